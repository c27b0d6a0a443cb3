// html-parser-check: parses HTML pages with libxml2 (dom.h parse_with_libxml2) and with the
// reader's own parser (parser.h parse_into) and compares the two trees node by node: type, name,
// attributes in order, text. Each page is first decoded as read_html does (charset.h
// decode_page), then given to both parsers as it is: read_html gives it to the own parser so, and
// to libxml2 after the prescan (prescan.h), which is checked to change no tree on these pages by
// a second comparison, with the prescan before libxml2.
//
//   html-parser-check [--generate N] [--seed S] [--verbose] [PATH...]
//     PATH: an HTML file, or a directory walked recursively for *.html and *.htm (any case).
//     --generate N: also compares N generated pages of random markup (tags known and unknown,
//     attributes quoted and not, references, comments, doctypes, stray and misplaced end tags,
//     scripts), parsed as they are, without the prescan; --seed picks the sequence.
//
// Prints one line per differing page (its name, the path of element names to the first differing
// node, and what differs), then "identical N/M pages". Exit codes: 0 all identical; 1 a page
// differs or a file could not be read; 2 usage error.
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <filesystem>
#include <iostream>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "bench/html_pages.h"
#include "extract/html/charset.h"
#include "extract/html/dom.h"
#include "extract/html/parser.h"
#include "extract/html/prescan.h"
#include "extract/html/tree.h"

namespace news::html_parser_check {
namespace {

namespace fs = std::filesystem;
using html::Node;
using html::NodeType;

struct Options {
  std::vector<fs::path> paths;
  int generate = 0;
  std::uint64_t seed = 1;
  bool verbose = false;
};

// A short, one-line rendering of a text for the report.
std::string quoted(std::string_view text) {
  std::string out = "\"";
  for (char c : text.substr(0, 60)) {
    if (c == '\n') {
      out += "\\n";
    } else if (static_cast<unsigned char>(c) < 0x20) {
      out += fmt::format("\\x{:02x}", static_cast<unsigned char>(c));
    } else {
      out += c;
    }
  }
  out += text.size() > 60 ? "\"..." : "\"";
  return out;
}

std::string describe(const Node* node) {
  if (node == nullptr) return "nothing";
  switch (node->type) {
    case NodeType::kElement: {
      std::string out = "<" + std::string(node->name);
      for (const auto& attribute : node->attributes)
        out += fmt::format(" {}={}", attribute.name, quoted(attribute.value));
      return out + ">";
    }
    case NodeType::kText:
      return "text " + quoted(node->content);
    case NodeType::kRawText:
      return "raw text " + quoted(node->content);
    case NodeType::kOther:
      return "doctype";
    case NodeType::kDocument:
      return "document";
  }
  return "?";
}

bool same_node(const Node* a, const Node* b) {
  if (a->type != b->type || a->name != b->name || a->content != b->content) return false;
  return std::equal(
      a->attributes.begin(), a->attributes.end(), b->attributes.begin(), b->attributes.end(),
      [](const auto& x, const auto& y) { return x.name == y.name && x.value == y.value; });
}

// The element names from the root down to `element`, each with its index among its parent's
// children ("/html[0]/body[1]/div[3]/"), or "/" for the document.
std::string path_to(const Node* element) {
  std::vector<std::string> parts;
  for (const Node* at = element; at != nullptr && at->type == NodeType::kElement; at = at->parent) {
    int index = 0;
    for (const Node* sibling = at->parent->children; sibling != at; sibling = sibling->next)
      ++index;
    parts.push_back(fmt::format("{}[{}]", at->name, index));
  }
  std::reverse(parts.begin(), parts.end());
  std::string out = "/";
  for (const auto& part : parts) out += part + "/";
  return out;
}

// The first difference between the two trees in document order, or "" when they are the same.
// Walks both at once without recursion (generated pages nest deeply).
std::string first_difference(const Node* expected, const Node* actual) {
  const Node* a = expected->children;
  const Node* b = actual->children;
  const Node* parent_a = expected;
  const Node* parent_b = actual;
  while (true) {
    if (a == nullptr || b == nullptr) {
      if (a != b) {
        return fmt::format("in {}: libxml2 has {}, own has {}", path_to(parent_a), describe(a),
                           describe(b));
      }
      if (parent_a == expected) return {};
      a = parent_a->next;
      b = parent_b->next;
      parent_a = parent_a->parent;
      parent_b = parent_b->parent;
      continue;
    }
    if (!same_node(a, b)) {
      return fmt::format("in {}: libxml2 has {}, own has {}", path_to(parent_a), describe(a),
                         describe(b));
    }
    if (a->children != nullptr || b->children != nullptr) {
      parent_a = a;
      parent_b = b;
      a = a->children;
      b = b->children;
    } else {
      a = a->next;
      b = b->next;
    }
  }
}

// The difference between libxml2's tree of `libxml2_input` and the own parser's of `html`, or ""
// when there is none.
std::string compare(std::string_view html, std::string_view libxml2_input) {
  const html::DocPtr expected = html::parse_with_libxml2(libxml2_input);
  html::TreeBuilder builder(html.size());
  html::parse_into(html, builder);
  const html::DocPtr actual = builder.finish();
  return first_difference(expected->root(), actual->root());
}

// A page of random markup: mostly well-formed pieces in random order, so that elements nest,
// close and are closed in every way the tree rules cover.
std::string generate_page(std::mt19937_64& random) {
  // Every name libxml2 2.9 knows (HTML 4's), and some it does not.
  static const std::vector<std::string_view> kNames = [] {
    const auto known = html::known_element_names();
    std::vector<std::string_view> names(known.begin(), known.end());
    for (std::string_view unknown :
         {"applet",  "button",   "embed",   "ins",     "del",  "label",    "object",
          "select",  "textarea", "section", "article", "main", "nav",      "header",
          "footer",  "figure",   "svg",     "path",    "x-y",  "template", "time",
          "picture", "source",   "video",   "wbr",     "nobr", "marquee"})
      names.push_back(unknown);
    return names;
  }();
  static const std::vector<std::string_view> kPieces = {" ",
                                                        "  ",
                                                        "\n",
                                                        "\t",
                                                        "text",
                                                        "a b",
                                                        "&amp;",
                                                        "&amp",
                                                        "&lt;x",
                                                        "&nbsp;",
                                                        "&foo;",
                                                        "&#65;",
                                                        "&#x41;",
                                                        "&#0;",
                                                        "&#;",
                                                        "&",
                                                        "&#xD800;",
                                                        "< ",
                                                        "<3",
                                                        "<!---->",
                                                        "<!-- c -->",
                                                        "<!-->",
                                                        "<!DOCTYPE html>",
                                                        "<?php x ?>",
                                                        "<? x>",
                                                        "<![CDATA[x]]>",
                                                        "<!x>",
                                                        "</>",
                                                        "</ p>",
                                                        "<_a>",
                                                        "\r\n",
                                                        "é",
                                                        "\x01",
                                                        "\xef\xbf\xbe",
                                                        "<!--x--!>",
                                                        ">",
                                                        "\"",
                                                        "'",
                                                        "=",
                                                        "/>",
                                                        "</html>",
                                                        "</body>",
                                                        "</head>",
                                                        "<head>",
                                                        "<body>",
                                                        "<html>",
                                                        "&AMP;",
                                                        "&notin;",
                                                        "&not",
                                                        "&#x110000;",
                                                        "&#1234567;",
                                                        "&#X4a;",
                                                        "&#128;",
                                                        "&#9;",
                                                        "&#1;",
                                                        "&é;",
                                                        "&a.b;",
                                                        "<:x>",
                                                        "<a.b>",
                                                        "<table.x>",
                                                        "</.x>",
                                                        "<!doctype x PUBLIC \"a>b\" 'c>d'>",
                                                        "<!DOCTYPE x SYSTEM>",
                                                        "<?xml version=\"1.0\"?>",
                                                        "\xc2\xa0",
                                                        "\x0c",
                                                        "\x7f",
                                                        "<p/>",
                                                        "<br/>",
                                                        "<div/>"};
  static const std::vector<std::string_view> kAttributes = {
      "class", "id", "href", "title", "CLASS", "lang", "content", "name", "data-x", "style"};
  static const std::vector<std::string_view> kValues = {"x", "a b", "&amp;", "&#0;y", "&lt",
                                                        "",  "a&b", "&#x41", "/",     "x/"};
  auto pick = [&random](const auto& list) -> const auto& {
    return list[std::uniform_int_distribution<std::size_t>(0, list.size() - 1)(random)];
  };
  auto chance = [&random](int percent) {
    return std::uniform_int_distribution<int>(0, 99)(random) < percent;
  };
  std::string page;
  if (chance(30)) page += "<!DOCTYPE html>";
  if (chance(20)) page += "\n ";
  const int pieces = std::uniform_int_distribution<int>(1, 60)(random);
  for (int n = 0; n < pieces; ++n) {
    const int kind = std::uniform_int_distribution<int>(0, 9)(random);
    std::string name(pick(kNames));
    if (chance(10)) name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
    if (kind <= 3) {
      page += "<" + name;
      const int attributes = std::uniform_int_distribution<int>(0, 3)(random);
      for (int k = 0; k < attributes; ++k) {
        page += chance(80) ? " " : "";
        page += pick(kAttributes);
        const int form = std::uniform_int_distribution<int>(0, 3)(random);
        if (form == 0) page += "=\"" + std::string(pick(kValues)) + "\"";
        if (form == 1) page += "='" + std::string(pick(kValues)) + "'";
        if (form == 2) page += "=" + std::string(pick(kValues));
      }
      page += chance(10) ? "/>" : ">";
      if ((name == "script" || name == "style") && chance(70)) {
        page += chance(50) ? "var a = '<b>' < 1;" : "";
        page += chance(80) ? "</" + name + ">" : "</" + name + "x>";
      }
    } else if (kind <= 6) {
      page += "</" + name + (chance(10) ? " x" : "") + ">";
    } else if (kind <= 8 || !chance(20)) {
      page += pick(kPieces);
    } else {
      // Rarer shapes: long runs of blanks or text (libxml2 hands text over in 1000-byte chunks),
      // long names, deep nesting.
      const int shape = std::uniform_int_distribution<int>(0, 4)(random);
      const auto length = std::uniform_int_distribution<std::size_t>(990, 1010)(random);
      if (shape == 0) page += std::string(length, ' ');
      if (shape == 1) page += std::string(length, ' ') + "x";
      if (shape == 2) page += "<" + std::string(length % 20 + 95, 'a') + " class=x>";
      if (shape == 3) page += std::string(length % 100, '\n') + "\x01<b>";
      if (shape == 4) {
        for (int depth = 0; depth < 300; ++depth) page += "<" + std::string(pick(kNames)) + ">";
      }
    }
  }
  // Pages that end inside a tag, an attribute value, a comment or a script.
  if (chance(10)) {
    static const std::vector<std::string_view> kEndings = {
        "<p class=\"x", "<p class=", "<p",   "<!-- x", "<script>x", "<style>", "</p",
        "<!DOCTYPE",    "<?x",       "&#x4", "&amp",   "<",         "&",       "</script"};
    page += pick(kEndings);
  }
  return page;
}

int run(const Options& options) {
  int pages = 0;
  int identical = 0;
  for (const auto& file : bench::list_html_files(options.paths)) {
    const html::PageText text = html::decode_page(bench::load_file(file));
    std::string difference = compare(text.text, text.text);
    if (difference.empty()) {
      difference = compare(text.text, html::drop_unread_text(text.text));
      if (!difference.empty()) difference = "with the prescan before libxml2: " + difference;
    }
    ++pages;
    if (difference.empty()) {
      ++identical;
    } else {
      fmt::print("{}: {}\n", file.string(), difference);
    }
  }
  std::mt19937_64 random(options.seed);
  for (int n = 0; n < options.generate; ++n) {
    const std::string page = generate_page(random);
    const std::string difference = compare(page, page);
    ++pages;
    if (difference.empty()) {
      ++identical;
    } else {
      fmt::print("generated page {}: {}\n", n, difference);
      if (options.verbose) fmt::print("  page: {}\n", page);
    }
  }
  fmt::print("identical {}/{} pages\n", identical, pages);
  return identical == pages ? 0 : 1;
}

}  // namespace
}  // namespace news::html_parser_check

int main(int argc, char** argv) {
  using namespace news::html_parser_check;
  Options options;
  CLI::App app{"Compares the trees of libxml2 and of the reader's own HTML parser, page by page"};
  app.add_option("paths", options.paths,
                 "HTML files, or directories walked recursively for *.html and *.htm");
  app.add_option("--generate", options.generate, "also compare this many generated pages")
      ->check(CLI::Range(0, 100000000));
  app.add_option("--seed", options.seed, "the generated pages' random seed");
  app.add_flag("--verbose", options.verbose, "print each differing generated page");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  try {
    return run(options);
  } catch (const std::exception& e) {
    std::cerr << "html-parser-check: " << e.what() << '\n';
    return 1;
  }
}
