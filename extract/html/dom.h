// The HTML reader's access to a page: parsing it into the light tree (tree.h), and reading an
// element's name, attributes, text and microdata (itemprop) values, with the depth bound every
// recursive walk keeps.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "extract/html/tree.h"

namespace news::html {

// Deeper elements are not looked at: the parser builds trees as deep as the input nests, and these
// walks recurse.
constexpr int kMaxDepth = 400;

// Which parser parse_html uses: libxml2's, or the own one (parser.h) that builds the same tree.
enum class ParseWith { kLibxml2, kOwnParser };

// Parses UTF-8 text (no NULs) as HTML the way libxml2's forgiving HTML parser does (recovering
// from any markup, silent, no network access) into a light tree of what the reader reads (tree.h):
// by default with the reader's own parser (parser.h), else with libxml2's after the prescan
// (prescan.h). Never null. With libxml2 only the first INT_MAX bytes are read.
DocPtr parse_html(const std::string& text, ParseWith parser = ParseWith::kOwnParser);

// The libxml2 step of parse_html alone: `html` (UTF-8, no NULs: the page as decode_page gives it,
// or drop_unread_text's output, as parse_html gives it) parsed by libxml2's HTML parser, its SAX
// events building the tree. Never null. For comparing parsers (parser.h parse_into builds the same
// tree); the reader calls parse_html.
DocPtr parse_with_libxml2(std::string_view html);

// The element's tag name, lower case, or "" for null.
std::string_view name_of(const Node* node);

// True for a non-null element node.
bool is_element(const Node* node);

// The attributes the reader reads (`name` in lower case). The others are dropped before parsing
// (prescan.h), so `attribute` and `has_attribute` take only these names; a debug build asserts it.
bool is_read_attribute(std::string_view name);

// The attribute's value ("" when absent). `name` is in lower case and is_read_attribute; it matches
// in any case.
std::string attribute(const Node* node, const char* name);

// The same as a view into the document: no copy, valid as long as the document.
std::string_view attribute_view(const Node* node, const char* name);

// True when the element has the attribute `name` (lower case, is_read_attribute), even an empty
// one.
bool has_attribute(const Node* node, const char* name);

// Elements after which a browser starts a new line of text (and <br>). Custom elements (a '-' in
// the name) count too: sites use them as containers far more than as inline markup.
bool is_block_element(std::string_view name);

// Elements whose text is never article text.
bool is_non_text_element(std::string_view name);

// The element's visible text, whitespace collapsed.
std::string text_of(const Node* node);

// The raw text of an element's children (a script's content).
std::string raw_text_of(const Node* node);

// True when `node` is `container` or inside it.
bool is_inside(const Node* node, const Node* container);

// Class and id as one lower-case string of tokens ("" for null or a non-element).
std::string_view class_and_id(const Node* node);

// True when the element's class_and_id contains `word` (lower case), as a search would find it;
// most words not there are ruled out without one (Node::class_bigrams).
bool class_contains(const Node* node, std::string_view word);

// is_block_element and is_non_text_element of an element's name, from its flags.
inline bool is_block(const Node* node) {
  return (node->flags & kBlockElement) != 0;
}
inline bool is_non_text(const Node* node) {
  return (node->flags & kNonTextElement) != 0;
}

// True when the element's itemprop attribute has the token `prop` (lower case).
bool has_itemprop(const Node* node, std::string_view prop);

// The first element under `node`, in document order, whose itemprop is `prop` (lower case)
// alone; null if none. `depth` is the depth of `node` (0 at the start).
const Node* find_itemprop(const Node* node, std::string_view prop, int depth);

// The value of an itemprop element: content, datetime or its text.
std::string itemprop_value(const Node* node);

// The nearest enclosing microdata item (an itemscope element), or null at the page level.
const Node* enclosing_item(const Node* node);

}  // namespace news::html
