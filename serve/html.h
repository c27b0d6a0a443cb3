// Writing HTML safely: every text that comes from an article (titles, names, quotes, snippets,
// URLs) or from a request goes through these, escaped for the context it lands in.
#pragma once

#include <string>
#include <string_view>

#include "serve/http.h"

namespace news::serve {

// `text` as HTML text or a quoted attribute value: & < > " ' escaped. Bytes that are not valid
// UTF-8 become U+FFFD, and control characters other than tab and line feed are dropped, so that
// nothing an article holds can end an element or an attribute early.
std::string escape_html(std::string_view text);

// `text` percent-encoded for a URL's query component (RFC 3986 unreserved bytes kept).
std::string url_encode(std::string_view text);

// A URL of this server: `path` and the parameters, encoded ("/?q=tram&facet=year"), HTML-escaped
// for an href attribute.
std::string href(std::string_view path, const Params& params);

// An article's own URL for an href when it is http or https (escaped); "" otherwise, so that a
// "javascript:" or "data:" URL is never a link.
std::string safe_external_href(std::string_view url);

// `snippet` with the highlight markers of kHighlightStart/kHighlightEnd turned into <mark>
// elements and everything else escaped.
std::string highlighted(std::string_view snippet);

// What the page asks the search library to put around matched words: control characters no
// article text holds (the readers drop them), so they cannot be forged by an article; and those of
// a database indexed before the readers dropped them the library escapes (search_page sets
// escape_controls).
inline constexpr std::string_view kHighlightStart = "\x01";
inline constexpr std::string_view kHighlightEnd = "\x02";

}  // namespace news::serve
