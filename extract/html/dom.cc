#include "extract/html/dom.h"

#include <algorithm>
#include <cassert>
#include <climits>
#include <mutex>
#include <new>
#include <set>
#include <vector>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include "common/strings.h"
#include "extract/html/name_set.h"
#include "extract/html/parser.h"
#include "extract/html/prescan.h"
#include "extract/html/text.h"

namespace news::html {

namespace {

// libxml2 takes an int size.
constexpr std::size_t kMaxParseBytes = INT_MAX;

void ignore_libxml_message(void*, const char*, ...) {}

std::string_view view(const xmlChar* text) {
  return text == nullptr ? std::string_view() : reinterpret_cast<const char*>(text);
}

std::string_view view(const xmlChar* text, int size) {
  return {reinterpret_cast<const char*>(text), static_cast<std::size_t>(size)};
}

// libxml2's SAX events, passed on to the TreeBuilder that `context` points to. libxml2 decides
// the tree's shape (implied elements, what a tag closes); the builder nests what it is told, as
// libxml2's own tree builder (SAX2) does.
TreeBuilder& builder_of(void* context) {
  return *static_cast<TreeBuilder*>(context);
}

void on_start_element(void* context, const xmlChar* name, const xmlChar** attributes) {
  std::vector<Attribute> read;
  for (const xmlChar** at = attributes; at != nullptr && *at != nullptr; at += 2) {
    // Unread attributes left in tags the prescan does not rewrite are of no use.
    if (is_read_attribute(view(at[0]))) read.push_back({view(at[0]), view(at[1])});
  }
  builder_of(context).start_element(view(name), read);
}

void on_end_element(void* context, const xmlChar*) {
  builder_of(context).end_element();
}

void on_characters(void* context, const xmlChar* text, int size) {
  builder_of(context).text(view(text, size));
}

void on_raw_text(void* context, const xmlChar* text, int size) {
  builder_of(context).raw_text(view(text, size));
}

void on_comment(void* context, const xmlChar*) {
  builder_of(context).comment();
}

void on_doctype(void* context, const xmlChar*, const xmlChar*, const xmlChar*) {
  builder_of(context).doctype();
}

// libxml2's default HTML handler drops what it calls ignorable whitespace; so does this one.
void on_blanks(void*, const xmlChar*, int) {}

void append_text(const Node* node, std::string& out, int depth) {
  if (depth > kMaxDepth) return;
  for (const Node* child = node->children; child != nullptr; child = child->next) {
    if (child->type == NodeType::kText || child->type == NodeType::kRawText) {
      out += child->content;
    } else if (is_element(child) && !is_non_text(child)) {
      const bool block = is_block(child);
      if (block) out += ' ';
      append_text(child, out, depth + 1);
      if (block) out += ' ';
    }
  }
}

}  // namespace

DocPtr parse_html(const std::string& text, ParseWith parser) {
  // libxml2 reads scripts, styles and comments one character at a time; the reader never looks
  // at them (except JSON-LD), so they are dropped first. The own parser skips them faster than
  // the prescan could, and drops unread attributes itself.
  if (parser == ParseWith::kLibxml2) return parse_with_libxml2(drop_unread_text(text));
  TreeBuilder builder(text.size());
  parse_into(text, builder);
  return builder.finish();
}

DocPtr parse_with_libxml2(std::string_view html) {
  static std::once_flag init;
  std::call_once(init, [] { xmlInitParser(); });
  // The generic error handler is per thread in libxml2; silence it for this thread.
  xmlSetGenericErrorFunc(nullptr, ignore_libxml_message);
  const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                      HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT;
  const std::size_t size = std::min(html.size(), kMaxParseBytes);
  TreeBuilder builder(size);
  // libxml2 gives no document for an empty buffer; the tree is then empty, as for blanks alone.
  if (size == 0) return builder.finish();
  // Events only, no libxml2 tree: building libxml2's tree (one allocation per node, attribute and
  // text) cost as much again as the parse.
  htmlSAXHandler handler{};
  handler.startElement = on_start_element;
  handler.endElement = on_end_element;
  handler.characters = on_characters;
  handler.cdataBlock = on_raw_text;
  handler.comment = on_comment;
  handler.internalSubset = on_doctype;
  handler.ignorableWhitespace = on_blanks;
  // What htmlReadMemory does, with these events in place of libxml2's tree builder.
  htmlParserCtxtPtr context = htmlCreateMemoryParserCtxt(html.data(), static_cast<int>(size));
  if (context == nullptr) throw std::bad_alloc();
  const std::unique_ptr<htmlParserCtxt, decltype(&htmlFreeParserCtxt)> owner(context,
                                                                             htmlFreeParserCtxt);
  *context->sax = handler;
  context->userData = &builder;
  htmlCtxtUseOptions(context, options);
  // The text is UTF-8 whatever the page declares (HTML_PARSE_IGNORE_ENC).
  if (xmlCharEncodingHandlerPtr utf8 = xmlFindCharEncodingHandler("UTF-8"))
    xmlSwitchToEncoding(context, utf8);
  htmlParseDocument(context);
  if (context->myDoc != nullptr) xmlFreeDoc(context->myDoc);
  context->myDoc = nullptr;
  return builder.finish();
}

std::string_view name_of(const Node* node) {
  if (node == nullptr) return {};
  return node->name;
}

bool is_element(const Node* node) {
  return node != nullptr && node->type == NodeType::kElement;
}

bool is_read_attribute(std::string_view name) {
  static const NameSet kNames = {
      "aria-hidden", "class",    "content",   "datetime", "hidden", "href",  "http-equiv",
      "id",          "itemprop", "itemscope", "itemtype", "lang",   "name",  "property",
      "rel",         "role",     "style",     "title",    "type",   "value", "xml:lang"};
  return kNames.contains(name);
}

std::string attribute(const Node* node, const char* name) {
  assert(is_read_attribute(name));
  if (!is_element(node)) return {};
  for (const Attribute& attribute : node->attributes) {
    if (attribute.name == name) return std::string(attribute.value);
  }
  return {};
}

std::string_view attribute_view(const Node* node, const char* name) {
  assert(is_read_attribute(name));
  if (!is_element(node)) return {};
  for (const Attribute& attribute : node->attributes) {
    if (attribute.name == name) return attribute.value;
  }
  return {};
}

bool has_attribute(const Node* node, const char* name) {
  assert(is_read_attribute(name));
  if (!is_element(node)) return false;
  for (const Attribute& attribute : node->attributes) {
    if (attribute.name == name) return true;
  }
  return false;
}

bool is_block_element(std::string_view name) {
  static const NameSet kNames = {
      "p",       "div",      "li",      "ul",         "ol",    "dl",    "dt",      "dd",
      "h1",      "h2",       "h3",      "h4",         "h5",    "h6",    "br",      "tr",
      "td",      "th",       "table",   "tbody",      "thead", "tfoot", "caption", "section",
      "article", "main",     "header",  "footer",     "nav",   "aside", "figure",  "figcaption",
      "form",    "fieldset", "address", "blockquote", "pre",   "hr",    "center",  "details",
      "summary", "menu",     "dialog",  "legend",     "body",  "html"};
  return kNames.contains(name) || name.find('-') != std::string_view::npos;
}

bool is_non_text_element(std::string_view name) {
  static const NameSet kNames = {"script", "style",    "noscript", "template", "svg",    "canvas",
                                 "iframe", "object",   "embed",    "select",   "option", "button",
                                 "input",  "textarea", "head",     "meta",     "link",   "video",
                                 "audio",  "map",      "math"};
  return kNames.contains(name);
}

std::string text_of(const Node* node) {
  std::string out;
  if (node != nullptr) append_text(node, out, 0);
  return collapse(out);
}

std::string raw_text_of(const Node* node) {
  std::string out;
  for (const Node* child = node->children; child != nullptr; child = child->next) {
    out += child->content;
  }
  return out;
}

bool is_inside(const Node* node, const Node* container) {
  for (const Node* n = node; n != nullptr; n = n->parent) {
    if (n == container) return true;
  }
  return false;
}

bool class_contains(const Node* node, std::string_view word) {
  if (!is_element(node)) return word.empty();
  for (std::size_t i = 1; i < word.size(); ++i) {
    if ((node->class_bigrams & class_bigram_bit(word[i - 1], word[i])) == 0) return false;
  }
  return node->class_and_id.find(word) != std::string_view::npos;
}

std::string_view class_and_id(const Node* node) {
  if (!is_element(node)) return {};
  return node->class_and_id;
}

bool has_itemprop(const Node* node, std::string_view prop) {
  for (auto token : split(attribute_view(node, "itemprop"), " ")) {
    if (equals_ci(token, prop)) return true;
  }
  return false;
}

const Node* find_itemprop(const Node* node, std::string_view prop, int depth) {
  if (depth > kMaxDepth) return nullptr;
  for (const Node* child = node->children; child != nullptr; child = child->next) {
    if (!is_element(child)) continue;
    if (equals_ci(attribute_view(child, "itemprop"), prop)) return child;
    if (const Node* found = find_itemprop(child, prop, depth + 1)) return found;
  }
  return nullptr;
}

std::string itemprop_value(const Node* node) {
  for (const char* attr : {"content", "datetime", "value"}) {
    std::string value = attribute(node, attr);
    if (!value.empty()) return collapse(value);
  }
  // <abbr title="2018-06-05T08:00:00-07:00">08:00</abbr>: the title is the full value.
  if (name_of(node) == "abbr" && !attribute(node, "title").empty())
    return collapse(attribute(node, "title"));
  return text_of(node);
}

const Node* enclosing_item(const Node* node) {
  for (const Node* n = node->parent; n != nullptr; n = n->parent) {
    if (has_attribute(n, "itemscope")) return n;
  }
  return nullptr;
}

}  // namespace news::html
