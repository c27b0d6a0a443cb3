// Table-driven cases for the own HTML parser (extract/html/parser.h): each tokenizer case and each
// tree rule of libxml2 2.9.14 it reproduces, as the tree it builds (a compact rendering, below),
// and where libxml2 is at hand the same tree as libxml2's (dom.h parse_with_libxml2). The pages
// are written for these tests.
#include <cctype>
#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "extract/html/dom.h"
#include "extract/html/parser.h"
#include "extract/html/tree.h"

namespace news::html {
namespace {

// The tree in one line: an element as name(attribute=value,...)[children], text in double quotes,
// a script's or style's raw text in braces, the doctype as '!'; siblings apart by a space. No
// recursion: some cases nest thousands deep.
std::string render(const Node* root) {
  std::string out;
  const Node* node = root->children;
  while (node != nullptr) {
    switch (node->type) {
      case NodeType::kElement:
        out += node->name;
        if (!node->attributes.empty()) {
          out += '(';
          for (std::size_t i = 0; i < node->attributes.size(); ++i) {
            if (i > 0) out += ',';
            out += node->attributes[i].name;
            out += '=';
            out += node->attributes[i].value;
          }
          out += ')';
        }
        break;
      case NodeType::kText:
        out += '"';
        out += node->content;
        out += '"';
        break;
      case NodeType::kRawText:
        out += '{';
        out += node->content;
        out += '}';
        break;
      default:
        out += '!';
    }
    if (node->children != nullptr) {
      out += '[';
      node = node->children;
      continue;
    }
    while (node != nullptr && node->next == nullptr && node->parent != root) {
      node = node->parent;
      out += ']';
    }
    if (node == nullptr || node->next == nullptr) break;
    out += ' ';
    node = node->next;
  }
  return out;
}

std::string own_tree(std::string_view html) {
  TreeBuilder builder(html.size());
  parse_into(html, builder);
  return render(builder.finish()->root());
}

std::string libxml2_tree(std::string_view html) {
  return render(parse_with_libxml2(html)->root());
}

struct TreeCase {
  const char* name;
  std::string html;
  std::string tree;
};

// gtest prints a failing case by its name.
void PrintTo(const TreeCase& c, std::ostream* out) {
  *out << c.name;
}

// Each case is a test of its own, named after the case.
class HtmlParserCase : public testing::TestWithParam<TreeCase> {};

TEST_P(HtmlParserCase, BuildsLibxml2sTree) {
  const TreeCase& c = GetParam();
  EXPECT_EQ(own_tree(c.html), c.tree) << c.html;
  EXPECT_EQ(libxml2_tree(c.html), c.tree) << c.html;
}

std::string case_name(const testing::TestParamInfo<TreeCase>& info) {
  std::string name = std::to_string(info.index) + "_";
  for (const char* p = info.param.name; *p != 0; ++p)
    name += std::isalnum(static_cast<unsigned char>(*p)) ? *p : '_';
  return name;
}

// ---- Tokenizer
// ------------------------------------------------------------------------------------

std::vector<TreeCase> tokenizer_cases() {
  return {
      {"tag and attribute names in lower case", "<P CLASS=Lead>x</P>",
       R"(html[body[p(class=Lead)["x"]]])"},
      {"attribute values quoted, unquoted and none", R"(<p id='a' class="b c" title=d/e lang>x)",
       R"(html[body[p(id=a,class=b c,title=d/e,lang=)["x"]]])"},
      {"blanks around '=' and between attributes", "<p id = a\n\tclass\r=\"b\">x",
       R"(html[body[p(id=a,class=b)["x"]]])"},
      {"attributes right after a quoted value", R"(<p id="a"class='b'title=c>x)",
       R"(html[body[p(id=a,class=b,title=c)["x"]]])"},
      {"the first of repeated attributes counts", "<p id=a ID=b id=c>x",
       R"(html[body[p(id=a)["x"]]])"},
      {"the first of repeated attributes counts among many",
       [] {
         std::string tag = "<p";
         for (int i = 0; i < 40; ++i) tag += " data-" + std::to_string(i) + "=x";
         return tag + " id=a class=b ID=c data-7=y class=d>x";
       }(),
       R"(html[body[p(id=a,class=b)["x"]]])"},
      {"attributes the reader does not read are dropped", "<p data-x=1 id=a onclick=f()>x",
       R"(html[body[p(id=a)["x"]]])"},
      {"what is not an attribute is skipped to the next blank", R"(<p "x=1 id=a =b -c=d>x)",
       R"(html[body[p(id=a)["x"]]])"},
      {"an unquoted value keeps a final slash", "<a href=/x/>t</a>",
       R"(html[body[a(href=/x/)["t"]]])"},
      {"references in attribute values", R"(<p title="a&amp;b&lt&#65;&#x42;&copy;&nope;&">x)",
       R"(html[body[p(title=a&b&ltAB©&nope;&)["x"]]])"},
      {"a reference to no character ends the value", R"(<p title="ab&#0;cd" id="x&#xD800;y">z)",
       R"(html[body[p(title=ab,id=x)["z"]]])"},
      {"character references", "<p>&#65;&#x42;&#X43;&#68&#x45x&#128;&#1234567;&#0;&#;&#x;.",
       "html[body[p[\"ABCDEx\u0080.\"]]]"},
      {"a character reference stops at a non-digit", "<p>&#65a&#x41g&#a;&#xg;",
       R"(html[body[p["AaAga;g;"]]])"},
      {"named references need their ';'", "<p>&amp;&amp &lt;&lt &nbsp;&copy2",
       "html[body[p[\"&&amp <&lt \u00a0&copy2\"]]]"},
      {"names are case-sensitive, and only HTML 4's",
       "<p>&AMP;&Eacute;&eacute;&apos;&hellip;&notin;&notit;",
       "html[body[p[\"&AMP;\u00c9\u00e9'\u2026\u2209&notit;\"]]]"},
      {"an '&' without a name is text", "<p>a & b &; &1;", R"(html[body[p["a & b &; &1;"]]])"},
      {"a '<' that starts no tag is text", "<p>a < b <3 <_x> <.y> <é>",
       R"(html[body[p["a < b <3 <_x> <.y> <é>"]]])"},
      {"'</' without a name is dropped", "<p>a</ p>b</3>c</>d", R"(html[body[p["a p>b3>c>d"]]])"},
      {"an end tag of nothing open is dropped", "<p>a</b>b</_x>c</p>", R"(html[body[p["abc"]]])"},
      {"name characters stop a name", "<caf\xc3\xa9 id=x>t</caf\xc3\xa9>",
       R"(html[body[caf(id=x)["t"]]])"},
      {"names are read to 100 characters", "<" + std::string(104, 'a') + " id=x>t",
       "html[body[" + std::string(100, 'a') + "(id=x)[\"t\"]]]"},
      {"control characters but tab, CR and LF are dropped from text",
       "<p>a\x01\x0b"
       "b\r\n\tc\x7f",
       "html[body[p[\"ab\r\n\tc\x7f\"]]]"},
      {"U+FFFE and U+FFFF are dropped from text",
       "<p>a\xef\xbf\xbe"
       "b\xef\xbf\xbf"
       "c\xef\xbf\xbd",
       "html[body[p[\"abc\xef\xbf\xbd\"]]]"},
      {"comments split text", "<p>a<!---->b<!-- x -- y -->c", R"(html[body[p["a" "b" "c"]]])"},
      {"a comment ends at '--!>' too", "<p>a<!-- x --!>b", R"(html[body[p["a" "b"]]])"},
      {"'<!-->' opens a comment that runs on", "<p>a<!-->b-->c", R"(html[body[p["a" "c"]]])"},
      {"an unterminated comment drops the rest", "<p>a<!-- b <p>c", R"(html[body[p["a"]]])"},
      {"other markup declarations are text", "<p>a<!x>b<![CDATA[c]]>",
       R"(html[body[p["a<!x>b<![CDATA[c]]>"]]])"},
      {"processing instructions are dropped to their '>'", "<p>a<?php echo 1 ?>b<? c>d",
       R"(html[body[p["ab c>d"]]])"},
      {"a processing instruction's target at the page's end is text", "<p>a<?x",
       R"(html[body[p["ax"]]])"},
      {"a non-ASCII target at the page's end is one", "<p>a<?sp\xc9\xb5", R"(html[body[p["a"]]])"},
      {"a target starts with one of XML 1.0's letters", "<p>a<?\xc3\xa9 x>b<?\xc2\xa0x>c",
       "html[body[p[\"ab\xc2\xa0x>c\"]]]"},
      {"what follows '&' is text, less what text drops", "<p>&\xef\xbf\xbex",
       R"(html[body[p["&x"]]])"},
      {"the doctype is the document's first child", "<!DOCTYPE html><p>x",
       R"(! html[body[p["x"]]])"},
      {"a doctype's quoted literals may hold '>'",
       R"(<!doctype html PUBLIC "-//a>b//EN" 'c>d'><p>x)", R"(! html[body[p["x"]]])"},
      {"a misplaced doctype counts once", "<p>a<!DOCTYPE x>b", R"(! html[body[p["a" "b"]]])"},
      {"after a misplaced doctype, '</' is text", "<p>a<!DOCTYPE x></p>b",
       R"(! html[body[p["a" "</p>b"]]])"},
      // Raw text is kept by the tree builder in JSON-LD scripts only (tree.h), so the cases on
      // raw text use one.
      {"script and style are raw text",
       R"(<script type=application/ld+json>if (a<b && c) x="</p>";</script><p>y)",
       R"(html[head[script(type=application/ld+json)[{if (a<b && c) x="</p>";}]] body[p["y"]]])"},
      {"raw text ends at '</script' in any case, '</scriptx>' is then dropped",
       "<script type=application/ld+json>a</SCRIPTx>b</script>c",
       R"(html[head[script(type=application/ld+json)[{ab}]] body[p["c"]]])"},
      {"an end tag first in a script is read as one",
       "<script type=application/ld+json></b>a</script>",
       R"(html[head[script(type=application/ld+json)[{a}]]])"},
      {"an unterminated style runs to the end", "<style>a</p>b", R"(html[head[style]])"},
      {"the raw text of other scripts and of styles is not kept",
       "<script>var a = 1;</script><style>p { margin: 0 }</style><p>y",
       R"(html[head[script style] body[p["y"]]])"},
      {"'/>' ends any element", "<div/>a<br/>b<span class=x/>c",
       R"(html[body[div "a" br "b" span(class=x/)["c"]]])"},
      {"a tag cut by the page's end", R"(<p>a<b class="x)", R"(html[body[p["a" b(class=x)]]])"},
  };
}

// ---- Tree construction ------------------------------------------------------------------------

std::vector<TreeCase> implied_element_cases() {
  return {
      {"text alone", "hello", R"(html[body[p["hello"]]])"},
      {"blanks before anything are skipped", " \n <p>x", R"(html[body[p["x"]]])"},
      {"head elements imply a head", "<title>t</title><meta name=a><p>x",
       R"(html[head[title["t"] meta(name=a)] body[p["x"]]])"},
      {"text in head closes it and opens body and p", "<head><title>t</title>x",
       R"(html[head[title["t"]] body[p["x"]]])"},
      {"blank text stays in html and head", "<html> <head> </head> <body> </body> </html>",
       R"(html[" " head[" "] " " body[" "] " "])"},
      {"blanks before '&' are not blanks", "<head> &amp;", R"(html[head body[p[" &"]]])"},
      {"a chunk of 1000 blanks is not blank", "<head>" + std::string(1000, ' ') + "<title>",
       "html[head body[p[\"" + std::string(1000, ' ') + "\"] title]]"},
      {"unknown elements stay in head", "<head><article>x</article>",
       R"(html[head[article["x"]]])"},
      {"an element that is not head content opens body", "<head><title>t</title><div>x",
       R"(html[head[title["t"]] body[div["x"]]])"},
      {"a second html is dropped, attributes too", "<html lang=en><html lang=fr><p>x",
       R"(html(lang=en)[body[p["x"]]])"},
      {"head anywhere but in html is dropped", "<p>a<head>b", R"(html[body[p["a"] "b"]])"},
      {"body inside body is dropped, and so is one of its end tags",
       "<body><body class=x><p>a</body>b</body>c", R"(html[body[p["ab"]] p["c"]])"},
      {"after </html>, text opens a second html inside the first", "<p>a</p></html>b",
       R"(html[body[p["a"]] html[p["b"]]])"},
      {"frameset opens no body", "<frameset><frame src=a></frameset><p>x",
       R"(html[frameset[frame] body[p["x"]]])"},
      {"an unknown element opens body", "<x-card>a</x-card>", R"(html[body[x-card["a"]]])"},
      {"text before <html>: the html tag is then dropped", "x<html lang=en><p>y",
       R"(html[body[p["x"] p["y"]]])"},
      {"blanks after </p> and </body> stay where they are",
       "<html><body><p>a</p>\n</body>\n</html>\n", "html[body[p[\"a\"] \"\n\"] \"\n\"]"},
      {"a reference to no character does not open a body", "<html><head>&#0;<title>t</title>",
       R"(html[head[title["t"]]])"},
      {"a '<' that is text does not open a body; the text after it does", "<head> <3 x",
       R"(html[head[" <"] body[p["3 x"]]])"},
      {"comments, processing instructions and blanks around the doctype",
       " <!-- a --> <?pi x?>\n<!DOCTYPE html>\n<!-- b -->\n<html>", R"(! html)"},
      {"a byte order mark is dropped", "\xef\xbb\xbf<p>x", R"(html[body[p["x"]]])"},
  };
}

std::vector<TreeCase> start_tag_cases() {
  return {
      {"a block closes p", "<p>a<div>b</div>c", R"(html[body[p["a"] div["b"] "c"]])"},
      {"p closes p", "<p>a<p>b", R"(html[body[p["a"] p["b"]]])"},
      {"only the current element is closed", "<p>a<b>b<div>c",
       R"(html[body[p["a" b["b" div["c"]]]]])"},
      {"p closes b, then p", "<p>a<b>b<p>c</b>d", R"(html[body[p["a" b["b"]] p["cd"]]])"},
      {"li closes li", "<ul><li>a<li>b</ul>", R"(html[body[ul[li["a"] li["b"]]]])"},
      {"a nested list stays in its li", "<ul><li>a<ul><li>b</ul>c</ul>",
       R"(html[body[ul[li["a" ul[li["b"]] "c"]]]])"},
      {"dt and dd close each other", "<dl><dt>a<dd>b<dt>c</dl>",
       R"(html[body[dl[dt["a"] dd["b"] dt["c"]]]])"},
      {"cells and rows", "<table><tr><td>a<td>b<tr><th>c</table>d",
       R"(html[body[table[tr[td["a"] td["b"]] tr[th["c"]]] "d"]])"},
      {"no tbody is implied", "<table><td>x</table>", R"(html[body[table[td["x"]]]])"},
      {"blanks in tables stay", "<table> <tr> <td>a</td> </tr> </table>",
       R"(html[body[table[" " tr[" " td["a"] " "] " "]]])"},
      {"p does not close option", "<p>a<select><option>b<p>c",
       R"(html[body[p["a" select[option["b" p["c"]]]]]])"},
      {"option closes option", "<select><option>a<option>b</select>",
       R"(html[body[select[option["a"] option["b"]]]])"},
      {"a closes a", "<a href=1>a<a href=2>b</a>c",
       R"(html[body[a(href=1)["a"] a(href=2)["b"] "c"]])"},
      {"headings close on tables and lists, not on each other", "<h1>a<h2>b</h1>c",
       R"(html[body[h1["a" h2["b"]] "c"]])"},
      {"title closes p", "<p>a<title>t</title>b", R"(html[body[p["a"] title["t"] "b"]])"},
      {"form closes form", "<form>a<form>b</form>c", R"(html[body[form["a"] form["b"] "c"]])"},
      {"the peek ignores '.', the tag does not", "<p>a<table.x>b",
       R"(html[body[p["a"] table.x["b"]]])"},
      {"unknown elements are never closed", "<section>a<section>b<p>c<article>d",
       R"(html[body[section["a" section["b" p["c" article["d"]]]]]])"},
      {"empty elements take no content", "<p>a<br>b<img src=x>c<hr>d</br>e",
       R"(html[body[p["a" br "b" img "c"] hr "de"]])"},
      {"noscript closes a script it starts", "<script><noscript>x",
       R"(html[head[script noscript["x"]]])"},
      {"body closes a style it starts", "<div><style><body>x", R"(html[body[div[style "x"]]])"},
  };
}

std::vector<TreeCase> end_tag_cases() {
  return {
      {"an end tag closes the elements inside", "<div><span><b>a</div>b",
       R"(html[body[div[span[b["a"]]] "b"]])"},
      {"a misplaced end tag closes no element of higher priority", "<div><table><td>a</div>b",
       R"(html[body[div[table[td["ab"]]]]])"},
      {"</tr> closes its cells", "<table><tr><td>a</tr>b</table>c",
       R"(html[body[table[tr[td["a"]] "b"] "c"]])"},
      {"</p> of no p is dropped", "<div>a</p>b", R"(html[body[div["ab"]]])"},
      {"</em> closes p, of equal priority", "<em><p>a</em>b", R"(html[body[em[p["a"]] "b"]])"},
      {"</body> and </html> close what is open", "<div>a</body>b",
       R"(html[body[div["a"]] p["b"]])"},
      {"</head> closes head", "<head><title>t</title></head> <p>x",
       R"(html[head[title["t"]] " " body[p["x"]]])"},
      {"an end tag's attributes are skipped", "<p>a</p class=x>b", R"(html[body[p["a"] "b"]])"},
  };
}

INSTANTIATE_TEST_SUITE_P(Tokenizer, HtmlParserCase, testing::ValuesIn(tokenizer_cases()),
                         case_name);
INSTANTIATE_TEST_SUITE_P(ImpliedElements, HtmlParserCase,
                         testing::ValuesIn(implied_element_cases()), case_name);
INSTANTIATE_TEST_SUITE_P(StartTagsThatClose, HtmlParserCase, testing::ValuesIn(start_tag_cases()),
                         case_name);
INSTANTIATE_TEST_SUITE_P(EndTags, HtmlParserCase, testing::ValuesIn(end_tag_cases()), case_name);

// Deep nesting and long runs of end tags: linear time, and no recursion.
TEST(HtmlParser, PathologicalInput) {
  std::string html;
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "<td>";
  for (int i = 0; i < 100000; ++i) html += "<i>";
  // Each </div> is ignored (the td has a higher priority), found without walking the i elements.
  for (int i = 0; i < 100000; ++i) html += "</div>";
  for (int i = 0; i < 100000; ++i) html += "</x>";
  const auto start = std::chrono::steady_clock::now();
  TreeBuilder builder(html.size());
  parse_into(html, builder);
  const DocPtr document = builder.finish();
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(seconds, 5.0);  // quadratic work would take minutes
  int depth = 0;
  for (const Node* node = document->root()->children; node != nullptr; node = node->children)
    ++depth;
  EXPECT_EQ(depth, 2 + 100000 + 1 + 100000);  // html, body, the divs, td, the i elements
}

// A tag with 100,000 attributes: the check for repeated names stays linear.
TEST(HtmlParser, ManyAttributes) {
  std::string html = "<p";
  for (int i = 0; i < 100000; ++i) html += " a" + std::to_string(i % 50000) + "=x";
  html += " id=last>x";
  const auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(own_tree(html), R"(html[body[p(id=last)["x"]]])");
  EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), 5.0);
}

}  // namespace
}  // namespace news::html
