#include "serve/assets.h"

namespace news::serve {

namespace {

// One style sheet: readable on a phone (one column below 50em), visible focus for the keyboard,
// colours of at least 4.5:1 contrast against their background (WCAG AA).
constexpr std::string_view kStyle = R"css(
:root { color-scheme: light; --ink: #1a1a1a; --muted: #4a4a4a; --link: #0b4f9c; --mark: #fff1a8;
        --line: #d0d0d0; --bar: #2f6db5; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72em; padding: 0 1em; font: 16px/1.5 system-ui, sans-serif;
       color: var(--ink); background: #fff; display: grid; gap: 0 2em;
       grid-template-columns: minmax(0, 1fr) 16em;
       grid-template-areas: "header header" "main aside" "footer footer";
       overflow-wrap: break-word; }
header { grid-area: header; padding: 1em 0; border-bottom: 1px solid var(--line); }
main { grid-area: main; min-width: 0; }
aside { grid-area: aside; }
footer { grid-area: footer; color: var(--muted); border-top: 1px solid var(--line); margin-top: 2em; }
@media (max-width: 50em) {
  body { grid-template-columns: minmax(0, 1fr); grid-template-areas: "header" "main" "aside" "footer"; }
}
a { color: var(--link); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible {
  outline: 3px solid #b35900; outline-offset: 2px; }
.skip { position: absolute; left: -999em; }
.skip:focus { left: 1em; top: 1em; background: #fff; padding: .5em; z-index: 1; }
.home { margin: 0 0 .5em; font-weight: 600; }
form[role=search] { display: flex; flex-wrap: wrap; gap: .5em; align-items: center; }
form[role=search] > label { font-weight: 600; }
#q { flex: 1 1 20em; min-width: 0; font-size: 1.1em; padding: .4em; border: 1px solid #767676; }
button { font-size: 1em; padding: .4em 1em; background: var(--link); color: #fff; border: 0; }
.help { flex-basis: 100%; margin: 0; color: var(--muted); font-size: .9em; }
fieldset.options { border: 0; padding: 0; margin: 0; display: flex; gap: 1em; flex-wrap: wrap; }
fieldset.options legend { position: absolute; left: -999em; }
h1 { font-size: 1.3em; }
ol.hits { padding-left: 1.5em; }
ol.hits h2 { font-size: 1.1em; margin: 1em 0 .2em; }
.meta, .speakers, .count, figcaption, .reading { color: var(--muted); font-size: .9em; margin: 0; }
.snippet { margin: .3em 0 0; }
mark { background: var(--mark); color: inherit; }
aside h2 { font-size: 1em; margin: 1.5em 0 .3em; }
aside ul, ul.filters { list-style: none; padding: 0; margin: 0; }
ul.filters li { display: inline-block; margin: 0 .5em .5em 0; padding: .2em .5em; border: 1px solid var(--line);
                max-width: 100%; overflow-wrap: anywhere; }
.chart svg { max-width: 100%; height: auto; }
.chart .bar { fill: var(--bar); }
.chart .hit { fill: transparent; }
.chart a:hover .bar, .chart a:focus .bar { fill: #b35900; }
.pager { display: flex; gap: 1em; margin: 1.5em 0; }
pre.explain { white-space: pre-wrap; overflow-wrap: anywhere; background: #f4f4f4; padding: 1em; }
blockquote, .quote { background: var(--mark); }
q.quote { quotes: none; }
dl.meta { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0 1em; }
dl.meta dd { margin: 0; }
.quotes blockquote { margin: .5em 0; padding: .3em .6em; }
)css";

}  // namespace

std::optional<Asset> find_asset(std::string_view path) {
  if (path == "/assets/style.css") return Asset{"text/css; charset=utf-8", kStyle};
  return std::nullopt;
}

}  // namespace news::serve
