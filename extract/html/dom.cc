#include "extract/html/dom.h"

#include <algorithm>
#include <cassert>
#include <climits>
#include <mutex>
#include <set>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

#include "common/strings.h"
#include "extract/html/prescan.h"
#include "extract/html/text.h"

namespace news::html {

namespace {

// libxml2 takes an int size.
constexpr std::size_t kMaxParseBytes = INT_MAX;

void ignore_libxml_message(void*, const char*, ...) {}

void append_text(const xmlNode* node, std::string& out, int depth) {
  if (depth > kMaxDepth) return;
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
      if (child->content != nullptr) out += reinterpret_cast<const char*>(child->content);
    } else if (is_element(child) && !is_non_text_element(name_of(child))) {
      const bool block = is_block_element(name_of(child));
      if (block) out += ' ';
      append_text(child, out, depth + 1);
      if (block) out += ' ';
    }
  }
}

}  // namespace

DocPtr parse_html(const std::string& text) {
  static std::once_flag init;
  std::call_once(init, [] { xmlInitParser(); });
  // The generic error handler is per thread in libxml2; silence it for this thread.
  xmlSetGenericErrorFunc(nullptr, ignore_libxml_message);
  const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                      HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT;
  // libxml2 reads scripts, styles and comments one character at a time; the reader never looks
  // at them (except JSON-LD), so they are dropped first.
  const std::string parsed = drop_unread_text(text);
  const std::size_t size = std::min(parsed.size(), kMaxParseBytes);
  return DocPtr(htmlReadMemory(parsed.data(), static_cast<int>(size), nullptr, "UTF-8", options));
}

std::string_view name_of(const xmlNode* node) {
  if (node == nullptr || node->name == nullptr) return {};
  return reinterpret_cast<const char*>(node->name);
}

bool is_element(const xmlNode* node) {
  return node != nullptr && node->type == XML_ELEMENT_NODE;
}

bool is_read_attribute(std::string_view name) {
  static const std::set<std::string_view> kNames = {
      "aria-hidden", "class", "content",  "datetime",   "hidden", "href",      "http-equiv",
      "id",          "itemprop", "itemscope", "itemtype", "lang",  "name",      "property",
      "rel",         "role",  "style",    "title",      "type",   "value",     "xml:lang"};
  return kNames.contains(name);
}

std::string attribute(const xmlNode* node, const char* name) {
  assert(is_read_attribute(name));
  if (!is_element(node)) return {};
  for (const xmlAttr* attr = node->properties; attr != nullptr; attr = attr->next) {
    if (attr->name == nullptr || lower_ascii(reinterpret_cast<const char*>(attr->name)) != name)
      continue;
    std::string value;
    for (const xmlNode* child = attr->children; child != nullptr; child = child->next) {
      if (child->content != nullptr) value += reinterpret_cast<const char*>(child->content);
    }
    return value;
  }
  return {};
}

bool has_attribute(const xmlNode* node, const char* name) {
  assert(is_read_attribute(name));
  if (!is_element(node)) return false;
  for (const xmlAttr* attr = node->properties; attr != nullptr; attr = attr->next) {
    if (attr->name != nullptr && lower_ascii(reinterpret_cast<const char*>(attr->name)) == name)
      return true;
  }
  return false;
}

bool is_block_element(std::string_view name) {
  static const std::set<std::string_view> kNames = {
      "p",       "div",      "li",      "ul",         "ol",    "dl",    "dt",      "dd",
      "h1",      "h2",       "h3",      "h4",         "h5",    "h6",    "br",      "tr",
      "td",      "th",       "table",   "tbody",      "thead", "tfoot", "caption", "section",
      "article", "main",     "header",  "footer",     "nav",   "aside", "figure",  "figcaption",
      "form",    "fieldset", "address", "blockquote", "pre",   "hr",    "center",  "details",
      "summary", "menu",     "dialog",  "legend",     "body",  "html"};
  return kNames.contains(name) || name.find('-') != std::string_view::npos;
}

bool is_non_text_element(std::string_view name) {
  static const std::set<std::string_view> kNames = {
      "script", "style", "noscript", "template", "svg",    "canvas", "iframe",
      "object", "embed", "select",   "option",   "button", "input",  "textarea",
      "head",   "meta",  "link",     "video",    "audio",  "map",    "math"};
  return kNames.contains(name);
}

std::string text_of(const xmlNode* node) {
  std::string out;
  if (node != nullptr) append_text(node, out, 0);
  return collapse(out);
}

std::string raw_text_of(const xmlNode* node) {
  std::string out;
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (child->content != nullptr) out += reinterpret_cast<const char*>(child->content);
  }
  return out;
}

bool is_inside(const xmlNode* node, const xmlNode* container) {
  for (const xmlNode* n = node; n != nullptr; n = n->parent) {
    if (n == container) return true;
  }
  return false;
}

std::string class_and_id(const xmlNode* node) {
  return lower_ascii(attribute(node, "class") + " " + attribute(node, "id"));
}

bool has_itemprop(const xmlNode* node, std::string_view prop) {
  // split gives views: the lower-case copy must outlive the loop.
  const std::string props = lower_ascii(attribute(node, "itemprop"));
  for (auto token : split(props, " ")) {
    if (token == prop) return true;
  }
  return false;
}

const xmlNode* find_itemprop(const xmlNode* node, std::string_view prop, int depth) {
  if (depth > kMaxDepth) return nullptr;
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (!is_element(child)) continue;
    if (lower_ascii(attribute(child, "itemprop")) == prop) return child;
    if (const xmlNode* found = find_itemprop(child, prop, depth + 1)) return found;
  }
  return nullptr;
}

std::string itemprop_value(const xmlNode* node) {
  for (const char* attr : {"content", "datetime", "value"}) {
    std::string value = attribute(node, attr);
    if (!value.empty()) return collapse(value);
  }
  // <abbr title="2018-06-05T08:00:00-07:00">08:00</abbr>: the title is the full value.
  if (name_of(node) == "abbr" && !attribute(node, "title").empty())
    return collapse(attribute(node, "title"));
  return text_of(node);
}

const xmlNode* enclosing_item(const xmlNode* node) {
  for (const xmlNode* n = node->parent; n != nullptr; n = n->parent) {
    if (has_attribute(n, "itemscope")) return n;
  }
  return nullptr;
}

}  // namespace news::html
