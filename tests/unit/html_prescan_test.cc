// What the HTML reader drops before parsing (extract/html/prescan.h) and the light tree it parses
// into (extract/html/tree.h): comments, script and style contents and unread attributes go; the
// shape of the page, its text, JSON-LD and the attributes the reader reads stay.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "extract/html/dom.h"
#include "extract/html/prescan.h"
#include "extract/html/tree.h"

namespace news::html {
namespace {

struct PrescanCase {
  const char* name;
  std::string input;
  std::string expected;
};

const std::vector<PrescanCase>& prescan_cases() {
  static const std::vector<PrescanCase> cases = {
      {"a comment becomes an empty comment, keeping the text on each side apart",
       "<p>By<!-- react-text: 12 -->Ada Brook</p>", "<p>By<!---->Ada Brook</p>"},
      {"'<!-->' is an empty comment already", "<p>a<!-->b</p>", "<p>a<!-->b</p>"},
      {"an unterminated comment is left to the parser", "<p>a<!-- never closed <p>b</p>",
       "<p>a<!-- never closed <p>b</p>"},
      {"a comment closed by '--!>' is left alone", "<p>a<!-- x --!> y --></p>",
       "<p>a<!-- x --!> y --></p>"},
      {"script contents go, tags stay",
       "<p>a</p><script>if (a < b) x = \"<div>\";</script><p>b</p>",
       "<p>a</p><script></script><p>b</p>"},
      {"style contents go", "<style>p { color: red }</style><p>b</p>", "<style></style><p>b</p>"},
      {"a script ends at '</script' in any case", "<script>x</SCRIPT ><p>b</p>",
       "<script></SCRIPT ><p>b</p>"},
      {"JSON-LD stays whole",
       "<script type=\"application/ld+json\">{\"headline\": \"A </p> b\"}</script>",
       "<script type=\"application/ld+json\">{\"headline\": \"A </p> b\"}</script>"},
      {"a self-closing script has no contents to drop", "<script src=\"a.js\" /><p>b</p>",
       "<script/><p>b</p>"},
      {"a '/' at the end of an unquoted value does not close the script",
       "<script src=a/>var x;</script><p>b</p>", "<script></script><p>b</p>"},
      {"an unterminated script is left to the parser", "<p>a</p><script>var x = 1;",
       "<p>a</p><script>var x = 1;"},
      {"unread attributes go, read ones stay in order",
       "<div data-track=\"x\" class=\"story\" onclick='go()' id=main>t</div>",
       "<div class=\"story\" id=main>t</div>"},
      {"a '>' inside a quoted value does not end the tag",
       "<a title=\"1 > 0\" data-x='<b>' href=\"/p\">t</a>", "<a title=\"1 > 0\" href=\"/p\">t</a>"},
      {"attribute names match in any case", "<DIV CLASS=\"a\" DATA-X=\"1\">t</DIV>",
       "<DIV CLASS=\"a\">t</DIV>"},
      {"a value-less attribute is kept or dropped by its name",
       "<section hidden async data-y>t</section>", "<section hidden>t</section>"},
      {"'/>' after an unquoted value stays apart from it",
       "<img class=photo data-src=\"a.jpg\"/><p>b</p>", "<img class=photo /><p>b</p>"},
      {"a tag of another shape is left whole", "<div @click=\"go\" data-x=\"1\">t</div>",
       "<div @click=\"go\" data-x=\"1\">t</div>"},
      {"markup inside attribute values is not touched",
       "<a title=\"<!-- x --> <script>\" href=\"/p\">t</a>",
       "<a title=\"<!-- x --> <script>\" href=\"/p\">t</a>"},
      {"a '<' in text is text", "<p>a < b and c<d</p>", "<p>a < b and c<d</p>"},
      {"a comment may hide a script", "<!-- <script>x</script> --><p>b</p>", "<!----><p>b</p>"},
  };
  return cases;
}

TEST(DropUnreadText, Cases) {
  for (const PrescanCase& c : prescan_cases()) {
    EXPECT_EQ(drop_unread_text(c.input), c.expected) << c.name;
  }
}

// The tree as text: elements as name[attributes](children), text in quotes, raw text in {}.
std::string shape(const Node* node) {
  std::string out;
  for (const Node* child = node->children; child != nullptr; child = child->next) {
    switch (child->type) {
      case NodeType::kElement: {
        out += std::string(child->name);
        if (!child->attributes.empty()) {
          out += '[';
          for (const Attribute& attribute : child->attributes)
            out += std::string(attribute.name) + "=" + std::string(attribute.value) + ";";
          out += ']';
        }
        out += "(" + shape(child) + ")";
        break;
      }
      case NodeType::kText:
        out += "'" + std::string(child->content) + "'";
        break;
      case NodeType::kRawText:
        out += "{" + std::string(child->content) + "}";
        break;
      case NodeType::kOther:
        out += "!doctype";
        break;
      case NodeType::kDocument:
        break;
    }
  }
  return out;
}

struct TreeCase {
  const char* name;
  std::string html;
  std::string expected_shape;
};

TEST(ParseHtml, BuildsTheLightTree) {
  const std::vector<TreeCase> cases = {
      {"implied html and body; text split by a comment stays two nodes", "<p>By<!-- x -->Ada</p>",
       "html(body(p('By''Ada')))"},
      {"entities decoded in text and attributes, unread attributes gone",
       "<p class=\"a&amp;b\" data-x=\"1\">Fish &amp; chips</p>",
       "html(body(p[class=a&b;]('Fish & chips')))"},
      {"JSON-LD is raw text",
       "<head><script type=\"application/ld+json\">{\"a\":1}</script></head>",
       "html(head(script[type=application/ld+json;]({{\"a\":1}})))"},
      {"the doctype is the document's first child",
       "<!DOCTYPE html><html><body><p>a</p></body></html>", "!doctypehtml(body(p('a')))"},
  };
  for (const TreeCase& c : cases) {
    const DocPtr document = parse_html(c.html);
    ASSERT_NE(document, nullptr) << c.name;
    EXPECT_EQ(shape(document->root()), c.expected_shape) << c.name;
  }
}

TEST(ParseHtml, ClassAndIdAreReadOnceInLowerCase) {
  const DocPtr document = parse_html("<div class=\"Story Body\" id=\"Main\">t</div>");
  const Node* div = document->root()->children->children->children;
  ASSERT_NE(div, nullptr);
  EXPECT_EQ(div->name, "div");
  EXPECT_EQ(class_and_id(div), "story body main");
  EXPECT_TRUE(is_block(div));
  // class_contains answers as a search in class_and_id would, pairs of characters or not.
  for (const char* word : {"story", "body", "y b", "main", "ory bo", "s"})
    EXPECT_TRUE(class_contains(div, word)) << word;
  for (const char* word : {"stories", "bodymain", "yb", "mainx", "paywall", "Story"})
    EXPECT_FALSE(class_contains(div, word)) << word;
}

}  // namespace
}  // namespace news::html
