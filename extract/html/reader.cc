#include "extract/html/reader.h"

#include <iconv.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <span>
#include <unordered_map>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <nlohmann/json.hpp>

#include "common/strings.h"
#include "extract/text_decoding.h"
#include "extract/text/reader.h"

namespace news {

namespace {

using nlohmann::json;

// Deeper elements are not looked at: libxml2 builds trees as deep as the input nests, and these
// walks recurse.
constexpr int kMaxDepth = 400;
// JSON-LD is walked to this depth looking for the article object.
constexpr int kMaxJsonDepth = 24;
// The charset declaration is looked for in this much of the page.
constexpr std::size_t kCharsetSniffBytes = 65536;
// libxml2 takes an int size.
constexpr std::size_t kMaxParseBytes = INT_MAX;
// Metadata strings longer than this are not names, titles or dates.
constexpr std::size_t kMaxAuthorBytes = 120;
constexpr std::size_t kMaxBylineBytes = 300;

// ---------------------------------------------------------------------------------------------
// Text helpers

// Length of the whitespace-like character at `i` (ASCII space, U+00A0, U+2000..U+200B, U+202F,
// U+205F, U+3000, U+FEFF), or 0.
std::size_t space_length(std::string_view s, std::size_t i) {
  const auto byte = [&](std::size_t k) {
    return k < s.size() ? static_cast<unsigned char>(s[k]) : 0u;
  };
  if (is_space(s[i])) return 1;
  if (byte(i) == 0xC2 && byte(i + 1) == 0xA0) return 2;
  if (byte(i) == 0xE2 && byte(i + 1) == 0x80 && (byte(i + 2) <= 0x8B || byte(i + 2) == 0xAF))
    return 3;
  if (byte(i) == 0xE2 && byte(i + 1) == 0x81 && byte(i + 2) == 0x9F) return 3;
  if (byte(i) == 0xE3 && byte(i + 1) == 0x80 && byte(i + 2) == 0x80) return 3;
  if (byte(i) == 0xEF && byte(i + 1) == 0xBB && byte(i + 2) == 0xBF) return 3;
  return 0;
}

// Decodes character references left in text: pages often escape metadata twice, so that
// "&#8217;" or "&amp;" survives the parser's own decoding.
std::string decode_entities(std::string_view s) {
  static const std::map<std::string_view, char32_t> kNamed = {
      {"amp", '&'},       {"lt", '<'},       {"gt", '>'},       {"quot", '"'},
      {"apos", '\''},     {"nbsp", 0xA0},    {"ndash", 0x2013}, {"mdash", 0x2014},
      {"lsquo", 0x2018},  {"rsquo", 0x2019}, {"ldquo", 0x201C}, {"rdquo", 0x201D},
      {"hellip", 0x2026}, {"laquo", 0xAB},   {"raquo", 0xBB},   {"eacute", 0xE9},
      {"egrave", 0xE8},   {"aacute", 0xE1},  {"oacute", 0xF3},  {"iacute", 0xED},
      {"uacute", 0xFA},   {"ntilde", 0xF1},  {"ouml", 0xF6},    {"uuml", 0xFC},
      {"auml", 0xE4},     {"ccedil", 0xE7}};
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t semicolon = s[i] == '&' ? s.find(';', i) : std::string_view::npos;
    if (semicolon == std::string_view::npos || semicolon - i > 10 || semicolon - i < 3) {
      out += s[i++];
      continue;
    }
    const std::string_view name = s.substr(i + 1, semicolon - i - 1);
    std::optional<char32_t> cp;
    if (name[0] == '#') {
      const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
      const std::string_view digits = name.substr(hex ? 2 : 1);
      char32_t value = 0;
      bool ok = !digits.empty();
      for (char c : digits) {
        const int digit = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                          : hex && c >= 'a' && c <= 'f'               ? c - 'a' + 10
                          : hex && c >= 'A' && c <= 'F'               ? c - 'A' + 10
                                                                      : -1;
        if (digit < 0 || value > 0x10FFFF) {
          ok = false;
          break;
        }
        value = value * (hex ? 16 : 10) + static_cast<char32_t>(digit);
      }
      if (ok) cp = value;
    } else if (const auto it = kNamed.find(name); it != kNamed.end()) {
      cp = it->second;
    }
    if (!cp) {
      out += s[i++];
      continue;
    }
    if (*cp == 0 || *cp > 0x10FFFF || (*cp >= 0xD800 && *cp <= 0xDFFF)) cp = 0xFFFD;
    append_utf8(out, *cp);
    i = semicolon + 1;
  }
  return out;
}

// Runs of whitespace (Unicode spaces included) as one space, trimmed; valid UTF-8 out; character
// references decoded.
std::string collapse(std::string_view raw) {
  std::string decoded;
  if (raw.find('&') != std::string_view::npos) decoded = decode_entities(raw);
  const std::string_view s = decoded.empty() ? raw : std::string_view(decoded);
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < s.size();) {
    if (s[i] == '\0') {
      ++i;
      continue;
    }
    if (const std::size_t n = space_length(s, i)) {
      pending_space = true;
      i += n;
      continue;
    }
    if (pending_space && !out.empty()) out += ' ';
    pending_space = false;
    out += s[i];
    ++i;
  }
  // libxml2 only gives valid UTF-8 back, but that is its promise, not ours.
  DecodedText checked = decode_text(out);
  if (checked.repaired_bytes > 0) return checked.text;
  return out;
}

bool contains_ci(std::string_view haystack, std::string_view lower_needle) {
  return lower_ascii(haystack).find(lower_needle) != std::string::npos;
}

bool is_url(std::string_view s) {
  return s.find("://") != std::string_view::npos || starts_with_ci(s, "www.") ||
         starts_with_ci(s, "/");
}

// ---------------------------------------------------------------------------------------------
// Charsets

enum class CharsetFamily { kNone, kUtf8, kWestern, kUtf16, kOther };

CharsetFamily charset_family(const std::string& label) {
  if (label.empty()) return CharsetFamily::kNone;
  if (label == "utf-8" || label == "utf8" || label == "unicode-1-1-utf-8")
    return CharsetFamily::kUtf8;
  static const std::set<std::string> kWestern = {
      "windows-1252", "cp1252",  "x-cp1252",   "iso-8859-1", "iso8859-1", "iso_8859-1",
      "latin1",       "latin-1", "l1",         "us-ascii",   "ascii",     "cp819",
      "ibm819",       "ansi",    "iso-ir-100", "csisolatin1"};
  if (kWestern.contains(label)) return CharsetFamily::kWestern;
  if (label.starts_with("utf-16") || label == "unicode" || label == "ucs-2")
    return CharsetFamily::kUtf16;
  return CharsetFamily::kOther;
}

// The charset named by an XML declaration or a <meta> tag in the first part of the page, lower
// case, or "".
std::string sniff_charset(std::string_view bytes) {
  const std::string head = lower_ascii(bytes.substr(0, std::min(bytes.size(), kCharsetSniffBytes)));
  const auto read_value = [&](std::size_t at) {
    while (at < head.size() &&
           (is_space(head[at]) || head[at] == '=' || head[at] == '"' || head[at] == '\''))
      ++at;
    std::string value;
    while (at < head.size() && value.size() < 40 &&
           (std::isalnum(static_cast<unsigned char>(head[at])) || head[at] == '-' ||
            head[at] == '_' || head[at] == '.' || head[at] == ':'))
      value += head[at++];
    return value;
  };
  if (head.starts_with("<?xml")) {
    const std::size_t end = head.find("?>");
    const std::size_t at = head.find("encoding");
    if (at != std::string::npos && at < end) {
      std::string value = read_value(at + 8);
      if (!value.empty()) return value;
    }
  }
  for (std::size_t at = head.find("<meta"); at != std::string::npos;
       at = head.find("<meta", at + 5)) {
    const std::size_t end = head.find('>', at);
    const std::string_view tag =
        std::string_view(head).substr(at, end == std::string::npos ? std::string::npos : end - at);
    const std::size_t charset = tag.find("charset");
    if (charset == std::string_view::npos) continue;
    std::string value = read_value(at + charset + 7);
    if (!value.empty()) return value;
  }
  return {};
}

// Converts `bytes` from `charset` to UTF-8 with iconv; a byte iconv cannot convert is decoded as
// Windows-1252 and counted. Nothing if iconv does not know the charset.
std::optional<DecodedText> convert_with_iconv(std::string_view bytes, const std::string& charset) {
  iconv_t cd = iconv_open("UTF-8", charset.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
  DecodedText result;
  std::string& out = result.text;
  out.reserve(bytes.size() * 2);
  std::array<char, 8192> buffer{};
  std::size_t i = 0;
  while (i < bytes.size()) {
    char* in = const_cast<char*>(bytes.data() + i);
    std::size_t in_left = bytes.size() - i;
    char* dest = buffer.data();
    std::size_t dest_left = buffer.size();
    const std::size_t rc = iconv(cd, &in, &in_left, &dest, &dest_left);
    out.append(buffer.data(), buffer.size() - dest_left);
    i = bytes.size() - in_left;
    if (rc != static_cast<std::size_t>(-1)) continue;
    if (errno == E2BIG) continue;
    // EILSEQ or EINVAL (a sequence cut short at the end): take one byte as Windows-1252.
    const DecodedText one = decode_text(bytes.substr(i, 1));
    out += one.text;
    ++result.repaired_bytes;
    ++i;
    iconv(cd, nullptr, nullptr, nullptr, nullptr);
  }
  iconv_close(cd);
  // What iconv produced is UTF-8; this drops NULs and guards against a converter's surprises.
  DecodedText checked = decode_text(out);
  checked.repaired_bytes += result.repaired_bytes;
  return checked;
}

struct PageText {
  std::string text;
  std::vector<std::string> warnings;
};

PageText decode_page(std::string_view bytes) {
  PageText page;
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
    const std::string charset = bytes.starts_with("\xFF\xFE") ? "UTF-16LE" : "UTF-16BE";
    if (auto converted = convert_with_iconv(bytes.substr(2), charset)) {
      page.text = std::move(converted->text);
      page.warnings.push_back("charset " + lower_ascii(charset) + " decoded");
      return page;
    }
  }
  DecodedText as_utf8 = decode_text(bytes);
  const std::string declared = sniff_charset(bytes);
  const CharsetFamily family = charset_family(declared);
  if (as_utf8.repaired_bytes == 0) {
    const bool non_ascii = std::any_of(bytes.begin(), bytes.end(), [](char c) { return c & 0x80; });
    if (non_ascii && (family == CharsetFamily::kOther || family == CharsetFamily::kWestern)) {
      page.warnings.push_back("charset " + declared +
                              " declared, but the page is valid UTF-8: read as UTF-8");
    }
    page.text = std::move(as_utf8.text);
    return page;
  }
  if (family == CharsetFamily::kOther) {
    if (auto converted = convert_with_iconv(bytes, declared)) {
      page.text = std::move(converted->text);
      std::string warning = "charset " + declared + " decoded";
      if (converted->repaired_bytes > 0)
        warning += "; " + std::to_string(converted->repaired_bytes) +
                   " invalid bytes decoded as Windows-1252";
      page.warnings.push_back(std::move(warning));
      return page;
    }
    page.warnings.push_back("unknown charset " + declared + ": read as UTF-8");
  }
  if (family == CharsetFamily::kWestern) {
    page.warnings.push_back("charset " + declared + " decoded");
  } else {
    page.warnings.push_back(repair_warning(as_utf8.repaired_bytes));
  }
  page.text = std::move(as_utf8.text);
  return page;
}

// ---------------------------------------------------------------------------------------------
// libxml2 access

struct DocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocFree>;

void ignore_libxml_message(void*, const char*, ...) {}

DocPtr parse_html(const std::string& text) {
  static std::once_flag init;
  std::call_once(init, [] { xmlInitParser(); });
  // The generic error handler is per thread in libxml2; silence it for this thread.
  xmlSetGenericErrorFunc(nullptr, ignore_libxml_message);
  const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                      HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT;
  const std::size_t size = std::min(text.size(), kMaxParseBytes);
  return DocPtr(htmlReadMemory(text.data(), static_cast<int>(size), nullptr, "UTF-8", options));
}

std::string_view name_of(const xmlNode* node) {
  if (node == nullptr || node->name == nullptr) return {};
  return reinterpret_cast<const char*>(node->name);
}

bool is_element(const xmlNode* node) {
  return node != nullptr && node->type == XML_ELEMENT_NODE;
}

// The attribute's value ("" when absent).
std::string attribute(const xmlNode* node, const char* name) {
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
  if (!is_element(node)) return false;
  for (const xmlAttr* attr = node->properties; attr != nullptr; attr = attr->next) {
    if (attr->name != nullptr && lower_ascii(reinterpret_cast<const char*>(attr->name)) == name)
      return true;
  }
  return false;
}

// Elements whose text is never article text.
bool is_non_text_element(std::string_view name) {
  static const std::set<std::string_view> kNames = {
      "script", "style", "noscript", "template", "svg",    "canvas", "iframe",
      "object", "embed", "select",   "option",   "button", "input",  "textarea",
      "head",   "meta",  "link",     "video",    "audio",  "map",    "math"};
  return kNames.contains(name);
}

bool is_block_element(std::string_view name) {
  static const std::set<std::string_view> kNames = {
      "p",  "div",     "li",      "ul",         "ol",     "h1",     "h2",    "h3",
      "h4", "h5",      "h6",      "br",         "tr",     "td",     "th",    "dd",
      "dt", "section", "article", "blockquote", "figure", "header", "footer"};
  return kNames.contains(name);
}

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

// The element's visible text, whitespace collapsed.
std::string text_of(const xmlNode* node) {
  std::string out;
  if (node != nullptr) append_text(node, out, 0);
  return collapse(out);
}

// The raw text of an element's children (a script's content).
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

// Class and id as one lower-case string of tokens.
std::string class_and_id(const xmlNode* node) {
  return lower_ascii(attribute(node, "class") + " " + attribute(node, "id"));
}

// ---------------------------------------------------------------------------------------------
// What one pass over the tree collects

struct Page {
  std::string html_lang;
  std::vector<std::pair<std::string, std::string>> metas;  // lower-case key, content
  std::string canonical;
  std::string title_element;
  std::vector<std::string> json_ld;
  std::vector<std::string> h1;
  std::vector<std::string> h2;            // the first few, for pages whose <h1> is the site's logo
  std::vector<const xmlNode*> itemprops;  // elements with an itemprop attribute
  std::vector<const xmlNode*> times;      // <time datetime>, with whether in an article
  std::vector<bool> time_in_article;
  std::vector<const xmlNode*> bylines;  // byline and author markup
  std::vector<const xmlNode*> dated;    // elements classed as a date or a byline, in the body
  // Elements that hold an <h1>: the page's frame around its headline, whatever their class or
  // tag say ("sidebar" as the id of the content column, an ASP.NET page's one big form).
  std::set<const xmlNode*> headline_ancestors;
  // Kickers: the short label a headline wears above or before it ("Genetik", "Covid-19"), in an
  // element classed as one (kicker, overline, eyebrow, Dachzeile, ...).
  std::vector<std::string> kickers;
  const xmlNode* body = nullptr;
};

bool is_author_link(const xmlNode* node);
bool has_itemprop(const xmlNode* node, std::string_view prop);

bool is_byline_markup(const xmlNode* node) {
  if (lower_ascii(attribute(node, "rel")) == "author" || is_author_link(node)) return true;
  // <address> holds the contact details of its article: its author.
  if (name_of(node) == "address") return true;
  const std::string tokens = class_and_id(node);
  if (tokens.find("byline") != std::string::npos ||
      tokens.find("contributor") != std::string::npos ||
      std::string(" " + tokens).find(" submitted") != std::string::npos)
    return true;
  // "author", and its French, Spanish, Portuguese, German and Italian forms.
  if (tokens.find("author") == std::string::npos && tokens.find("auteur") == std::string::npos &&
      tokens.find("autor") == std::string::npos)
    return false;
  // Author boxes and biographies hold more than a name.
  for (std::string_view not_byline : {"bio", "about", "avatar", "image", "img", "photo", "desc"}) {
    if (tokens.find(not_byline) != std::string::npos) return false;
  }
  return true;
}

// Class or id naming a date: "date", "time", "posted", "published", "publication" (not "byline" or
// "meta", which
// hold dates among other things).
bool is_strong_date_markup(const xmlNode* node) {
  const std::string tokens = class_and_id(node);
  for (std::string_view word : {"date", "time", "posted", "published", "publication"}) {
    if (tokens.find(word) != std::string::npos) return true;
  }
  return false;
}

bool is_date_markup(const xmlNode* node) {
  const std::string tokens = class_and_id(node);
  for (std::string_view word : {"date", "time", "posted", "published", "publication", "byline",
                                "meta", "info", "submitted", "author"}) {
    if (tokens.find(word) != std::string::npos) return true;
  }
  return false;
}

bool in_breadcrumb(const xmlNode* node) {
  for (const xmlNode* n = node->parent; n != nullptr; n = n->parent) {
    // Page-wide classes ("has-breadcrumbs" on <body>) say nothing about one element.
    const std::string_view name = name_of(n);
    if (name == "body" || name == "main" || name == "article") break;
    if (class_and_id(n).find("breadcrumb") != std::string::npos ||
        lower_ascii(attribute(n, "itemtype")).find("breadcrumblist") != std::string::npos)
      return true;
  }
  return false;
}

bool is_kicker_markup(const xmlNode* node) {
  const std::string tokens = class_and_id(node);
  for (std::string_view word : {"kicker", "overline", "eyebrow", "dachzeile", "roofline", "topline",
                                "supertitle", "pretitle"}) {
    if (tokens.find(word) != std::string::npos) return true;
  }
  return false;
}

void collect(const xmlNode* node, Page& page, int depth, bool in_article) {
  if (depth > kMaxDepth) return;
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (!is_element(child)) continue;
    const std::string_view name = name_of(child);
    bool child_in_article = in_article;
    if (name == "html" && page.html_lang.empty()) {
      page.html_lang = attribute(child, "lang");
      if (page.html_lang.empty()) page.html_lang = attribute(child, "xml:lang");
    } else if (name == "body" && page.body == nullptr) {
      page.body = child;
    } else if (name == "meta") {
      std::string key = attribute(child, "property");
      if (key.empty()) key = attribute(child, "name");
      if (key.empty()) key = attribute(child, "http-equiv");
      // itemprop metas are microdata, read with the item they belong to.
      std::string content = attribute(child, "content");
      if (content.empty()) content = attribute(child, "value");
      if (!key.empty() && !content.empty())
        page.metas.emplace_back(lower_ascii(collapse(key)), collapse(content));
    } else if (name == "link") {
      if (page.canonical.empty() && lower_ascii(attribute(child, "rel")) == "canonical")
        page.canonical = collapse(attribute(child, "href"));
    } else if (name == "title") {
      if (page.title_element.empty()) page.title_element = text_of(child);
      continue;
    } else if (name == "script") {
      if (contains_ci(attribute(child, "type"), "ld+json"))
        page.json_ld.push_back(raw_text_of(child));
      continue;
    } else if (name == "h1") {
      // An <h1> marked as the alternative headline, or one inside a breadcrumb trail (the last
      // crumb, the page's own name), is not the headline.
      if (!has_itemprop(child, "alternativeheadline") && !in_breadcrumb(child))
        page.h1.push_back(text_of(child));
      for (const xmlNode* n = child->parent; n != nullptr; n = n->parent)
        page.headline_ancestors.insert(n);
    } else if (name == "h2") {
      if (page.body != nullptr && page.h2.size() < 40) page.h2.push_back(text_of(child));
    } else if (name == "article") {
      child_in_article = true;
    } else if (has_attribute(child, "datetime") && name != "del" && name != "ins") {
      page.times.push_back(child);
      page.time_in_article.push_back(in_article);
    }
    if (page.body != nullptr && page.kickers.size() < 8 && is_kicker_markup(child)) {
      std::string kicker = text_of(child);
      while (!kicker.empty() && (kicker.back() == ':' || kicker.back() == ' ')) kicker.pop_back();
      if (!kicker.empty() && kicker.size() <= 80) page.kickers.push_back(std::move(kicker));
    }
    if (has_attribute(child, "itemprop")) page.itemprops.push_back(child);
    if (page.body != nullptr && is_byline_markup(child)) page.bylines.push_back(child);
    if (page.body != nullptr && is_date_markup(child)) page.dated.push_back(child);
    collect(child, page, depth + 1, child_in_article);
  }
}

// All values of a meta key, in page order.
std::vector<std::string> meta_values(const Page& page, std::string_view key) {
  std::vector<std::string> values;
  for (const auto& [k, v] : page.metas) {
    if (k == key) values.push_back(v);
  }
  return values;
}

std::string first_meta(const Page& page, std::initializer_list<std::string_view> keys) {
  for (std::string_view key : keys) {
    for (const auto& [k, v] : page.metas) {
      if (k == key && !v.empty()) return v;
    }
  }
  return {};
}

// ---------------------------------------------------------------------------------------------
// JSON-LD

std::optional<json> parse_json_ld(std::string text) {
  std::string_view view = trim(text);
  for (std::string_view prefix : {"<!--", "//<![CDATA[", "<![CDATA["}) {
    if (view.starts_with(prefix)) view = trim(view.substr(prefix.size()));
  }
  for (std::string_view suffix : {"-->", "//]]>", "]]>", ";"}) {
    if (view.ends_with(suffix)) view = trim(view.substr(0, view.size() - suffix.size()));
  }
  std::string cleaned(view);
  try {
    json value = json::parse(cleaned, nullptr, false);
    if (!value.is_discarded()) return value;
    // Raw line ends and tabs inside strings are the commonest fault; outside strings they are
    // whitespace anyway.
    for (char& c : cleaned) {
      if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    }
    value = json::parse(cleaned, nullptr, false);
    if (!value.is_discarded()) return value;
  } catch (const std::exception&) {
  }
  return std::nullopt;
}

std::vector<std::string> json_types(const json& object) {
  std::vector<std::string> types;
  const auto it = object.find("@type");
  if (it == object.end()) return types;
  if (it->is_string()) types.push_back(it->get<std::string>());
  if (it->is_array()) {
    for (const auto& type : *it) {
      if (type.is_string()) types.push_back(type.get<std::string>());
    }
  }
  return types;
}

bool is_article_type(const std::string& type) {
  static const std::set<std::string> kTypes = {"Article",
                                               "NewsArticle",
                                               "ReportageNewsArticle",
                                               "AnalysisNewsArticle",
                                               "OpinionNewsArticle",
                                               "ReviewNewsArticle",
                                               "BackgroundNewsArticle",
                                               "AskPublicNewsArticle",
                                               "BlogPosting",
                                               "LiveBlogPosting",
                                               "SocialMediaPosting",
                                               "TechArticle",
                                               "ScholarlyArticle",
                                               "Report",
                                               "SatiricalArticle",
                                               "AdvertiserContentArticle",
                                               "MedicalScholarlyArticle",
                                               "DiscussionForumPosting",
                                               "Review"};
  std::string_view name = type;
  if (const std::size_t slash = name.rfind('/'); slash != std::string_view::npos)
    name = name.substr(slash + 1);  // "http://schema.org/NewsArticle"
  return kTypes.contains(std::string(name));
}

void flatten_json(const json& value, std::vector<const json*>& objects, int depth) {
  if (depth > kMaxJsonDepth) return;
  if (value.is_array()) {
    for (const auto& item : value) flatten_json(item, objects, depth + 1);
  } else if (value.is_object()) {
    objects.push_back(&value);
    for (const char* nested : {"@graph", "mainEntity", "itemListElement"}) {
      if (const auto it = value.find(nested); it != value.end())
        flatten_json(*it, objects, depth + 1);
    }
  }
}

// A string, or the name/@value of an object, or the first of an array.
std::string json_text(const json& value, int depth = 0) {
  if (depth > 4) return {};
  if (value.is_string()) return collapse(value.get<std::string>());
  if (value.is_number()) return value.dump();
  if (value.is_array() && !value.empty()) return json_text(value.front(), depth + 1);
  if (value.is_object()) {
    for (const char* key : {"name", "@value"}) {
      if (const auto it = value.find(key); it != value.end()) return json_text(*it, depth + 1);
    }
  }
  return {};
}

std::string json_field(const json* object, const char* key) {
  if (object == nullptr) return {};
  const auto it = object->find(key);
  if (it == object->end()) return {};
  return json_text(*it);
}

struct JsonLd {
  std::vector<json> documents;  // owns what the pointers point into
  std::vector<const json*> objects;
  std::unordered_map<std::string, const json*> by_id;
  const json* article = nullptr;
  const json* page = nullptr;  // a WebPage, for dates when there is no article
};

void load_json_ld(const Page& page, JsonLd& ld, std::vector<std::string>& warnings) {
  ld.documents.reserve(page.json_ld.size());
  std::size_t invalid = 0;
  for (const auto& text : page.json_ld) {
    if (trim(text).empty()) continue;
    if (auto value = parse_json_ld(text)) {
      ld.documents.push_back(std::move(*value));
    } else {
      ++invalid;
    }
  }
  if (invalid > 0) warnings.push_back("invalid JSON-LD ignored (" + std::to_string(invalid) + ")");
  for (const auto& document : ld.documents) flatten_json(document, ld.objects, 0);
  for (const json* object : ld.objects) {
    if (const auto it = object->find("@id"); it != object->end() && it->is_string())
      ld.by_id.emplace(it->get<std::string>(), object);
  }
  for (const json* object : ld.objects) {
    const auto types = json_types(*object);
    const bool article = std::any_of(types.begin(), types.end(), is_article_type);
    if (article && ld.article == nullptr) ld.article = object;
    if (ld.page == nullptr && std::find(types.begin(), types.end(), "WebPage") != types.end())
      ld.page = object;
  }
}

void add_json_authors(const JsonLd& ld, const json& value, std::vector<std::string>& out,
                      int depth) {
  if (depth > 6) return;
  if (value.is_string()) {
    for (auto& name : split_author_names(value.get<std::string>())) out.push_back(name);
  } else if (value.is_array()) {
    for (const auto& item : value) add_json_authors(ld, item, out, depth + 1);
  } else if (value.is_object()) {
    if (const auto name = value.find("name"); name != value.end()) {
      add_json_authors(ld, *name, out, depth + 1);
    } else if (const auto id = value.find("@id"); id != value.end() && id->is_string()) {
      const auto target = ld.by_id.find(id->get<std::string>());
      if (target != ld.by_id.end() && target->second != &value)
        add_json_authors(ld, *target->second, out, depth + 1);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Field helpers

void add_unique(std::vector<std::string>& names, const std::string& name) {
  const std::string lower = lower_ascii(name);
  for (const auto& existing : names) {
    if (lower_ascii(existing) == lower) return;
  }
  names.push_back(name);
}

std::vector<std::string> unique_names(const std::vector<std::string>& names) {
  std::vector<std::string> out;
  for (const auto& name : names) add_unique(out, name);
  return out;
}

std::string normalise_language(std::string_view tag) {
  tag = trim(tag);
  std::string primary;
  for (char c : tag) {
    if (c == '-' || c == '_') break;
    if (!std::isalpha(static_cast<unsigned char>(c))) return {};
    primary += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  if (primary.size() < 2 || primary.size() > 3) return {};
  return primary;
}

std::optional<DateTime> parse_page_date(std::string_view text, const DateParseOptions& options) {
  text = trim(text);
  if (text.empty() || text.size() > 80) return std::nullopt;
  if (auto date = parse_date(text, options)) return date;
  // Unix time in seconds or milliseconds, as some meta tags give it.
  if (text.size() >= 9 && text.size() <= 13 &&
      std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    long long seconds = std::stoll(std::string(text));
    if (text.size() == 13) seconds /= 1000;
    using namespace std::chrono;
    const sys_seconds instant{std::chrono::seconds{seconds}};
    const auto day = floor<days>(instant);
    const year_month_day ymd{day};
    const auto minutes_into_day = duration_cast<minutes>(instant - day).count();
    DateTime date;
    date.year = static_cast<int>(ymd.year());
    date.month = static_cast<int>(static_cast<unsigned>(ymd.month()));
    date.day = static_cast<int>(static_cast<unsigned>(ymd.day()));
    date.hour = static_cast<int>(minutes_into_day / 60);
    date.minute = static_cast<int>(minutes_into_day % 60);
    date.precision = DatePrecision::kMinute;
    date.utc_offset_minutes = 0;
    if (date.year >= 1990 && date.year <= 2100) return date;
    return std::nullopt;
  }
  // A date followed by words ("2023-11-27 14:50:00 +0000 UTC"): try the leading ISO part.
  if (text.size() >= 10 && std::isdigit(static_cast<unsigned char>(text[0]))) {
    for (std::size_t length :
         {std::size_t{25}, std::size_t{19}, std::size_t{16}, std::size_t{10}}) {
      if (text.size() > length) {
        if (auto date = parse_date(text.substr(0, length), options)) return date;
      }
    }
  }
  return std::nullopt;
}

// Words of a title, lower case: runs of letters and digits (bytes of non-ASCII letters included).
std::vector<std::string> title_words(std::string_view s) {
  std::vector<std::string> words;
  std::string word;
  for (char c : s) {
    if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

// True when the words of `inner` appear, in order and together, inside the longer `outer`.
bool contains_words(std::string_view outer, std::string_view inner) {
  const auto wo = title_words(outer);
  const auto wi = title_words(inner);
  if (wi.empty() || wi.size() >= wo.size()) return false;
  return std::search(wo.begin(), wo.end(), wi.begin(), wi.end()) != wo.end();
}

// Dice overlap of two titles' word sets, 0..1.
double word_overlap(std::string_view a, std::string_view b) {
  const auto wa = title_words(a);
  const auto wb = title_words(b);
  const std::set<std::string> sa(wa.begin(), wa.end());
  const std::set<std::string> sb(wb.begin(), wb.end());
  if (sa.empty() || sb.empty()) return 0;
  std::size_t common = 0;
  for (const auto& w : sa) common += sb.contains(w);
  return 2.0 * static_cast<double>(common) / static_cast<double>(sa.size() + sb.size());
}

// The first date written in a short text ("Posted on March 3, 2019 by Jane"): the longest run of
// words, at the earliest place, that parse_date reads as a whole.
std::optional<DateTime> find_date_in_text(std::string_view text, const DateParseOptions& options) {
  std::vector<std::string> words;
  for (auto word : split(text, " ")) {
    std::string w(word);
    while (!w.empty() && (w.back() == ',' || w.back() == '|' || w.back() == ';')) w.pop_back();
    while (!w.empty() && (w.front() == '(' || w.front() == '|')) w.erase(0, 1);
    if (w.ends_with(")")) w.pop_back();
    words.push_back(std::move(w));
    if (words.size() >= 40) break;
  }
  constexpr std::size_t kMaxWords = 7;
  for (std::size_t start = 0; start < words.size(); ++start) {
    if (words[start].empty() || words[start].size() > 20) continue;
    for (std::size_t n = std::min(kMaxWords, words.size() - start); n >= 1; --n) {
      std::string candidate;
      for (std::size_t k = start; k < start + n; ++k) {
        if (!candidate.empty()) candidate += ' ';
        candidate += words[k];
      }
      if (auto date = parse_date(candidate, options)) return date;
    }
  }
  return std::nullopt;
}

// A /YYYY/MM/DD/ or /YYYY-MM-DD path segment in an article's address, as blogs and news sites
// write them.
std::optional<DateTime> date_in_url(std::string_view url) {
  const std::size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return std::nullopt;
  const std::size_t path = url.find('/', scheme + 3);
  if (path == std::string_view::npos) return std::nullopt;
  const auto parts = split(url.substr(path), "/");
  const auto number = [](std::string_view s, std::size_t n) {
    return s.size() == n &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (number(parts[i], 4) && i + 2 < parts.size() && number(parts[i + 1], 2) &&
        number(parts[i + 2], 2)) {
      const std::string iso =
          std::string(parts[i]) + "-" + std::string(parts[i + 1]) + "-" + std::string(parts[i + 2]);
      if (auto date = parse_date(iso)) return date;
    }
    if (parts[i].size() >= 10 && number(parts[i].substr(0, 4), 4) && parts[i][4] == '-') {
      if (auto date = parse_date(parts[i].substr(0, 10))) return date;
    }
  }
  return std::nullopt;
}

// Removes a site-name suffix or prefix (" | Site", " - Site", "Site | ") from a title.
std::string strip_site_name(const std::string& title, const std::vector<std::string>& sites) {
  static constexpr std::array<std::string_view, 9> kSeparators = {
      " | ",           " - ",        " \xE2\x80\x93 ", " \xE2\x80\x94 ",
      " :: ",          " \xC2\xB7 ", " \xE2\x80\xA2 ", " \xC2\xBB ",
      " \xE2\x80\xBA "};
  for (std::string_view separator : kSeparators) {
    const std::size_t last = title.rfind(separator);
    if (last != std::string::npos && last > 0) {
      const std::string tail = lower_ascii(title.substr(last + separator.size()));
      for (const auto& site : sites) {
        const std::string lower_site = lower_ascii(site);
        if (!lower_site.empty() &&
            (tail == lower_site || lower_site.find(tail) != std::string::npos ||
             tail.find(lower_site) != std::string::npos))
          return collapse(title.substr(0, last));
      }
    }
    const std::size_t first = title.find(separator);
    if (first != std::string::npos && first > 0) {
      const std::string head = lower_ascii(title.substr(0, first));
      for (const auto& site : sites) {
        if (!site.empty() && head == lower_ascii(site))
          return collapse(title.substr(first + separator.size()));
      }
    }
  }
  return title;
}

// A title cut short by the site ("... for Hong Kong leader..."), which another source may give
// whole.
bool is_truncated(std::string_view title) {
  return title.ends_with("...") || title.ends_with("\xE2\x80\xA6");
}

// The <title> after `site` when the title starts with it and a separator ("Site » Archive »
// Post"); after a breadcrumb separator (» ›) its last part. Empty when it does not.
std::string title_after_site(const std::string& title, const std::string& site) {
  for (std::string_view separator :
       {std::string_view(" \xC2\xBB "), std::string_view(" \xE2\x80\xBA "), std::string_view(" | "),
        std::string_view(" - "), std::string_view(" \xE2\x80\x93 "),
        std::string_view(" \xE2\x80\x94 "), std::string_view(" :: "), std::string_view(": ")}) {
    if (site.empty() || !starts_with_ci(title, lower_ascii(site + std::string(separator))))
      continue;
    std::string rest = title.substr(site.size() + separator.size());
    const bool breadcrumb = separator == " \xC2\xBB " || separator == " \xE2\x80\xBA ";
    if (const std::size_t last = rest.rfind(separator); breadcrumb && last != std::string::npos)
      rest.erase(0, last + separator.size());
    return collapse(rest);
  }
  return {};
}

// The <title> element without its site-name part: the named site when known, else the last part
// after " | ", or after " - " when that part is short (a name, not half a headline).
std::string title_from_element(const std::string& title, const std::vector<std::string>& sites) {
  std::string stripped = strip_site_name(title, sites);
  if (stripped != title) return stripped;
  for (std::string_view separator :
       {std::string_view(" | "), std::string_view(" - "), std::string_view(" \xE2\x80\x93 "),
        std::string_view(" \xE2\x80\x94 ")}) {
    const std::size_t last = title.rfind(separator);
    if (last == std::string::npos || last == 0) continue;
    const std::string_view tail = std::string_view(title).substr(last + separator.size());
    const std::size_t words = split(tail, " ").size();
    if (separator == " | " || words <= 3) return collapse(title.substr(0, last));
  }
  return title;
}

// ---------------------------------------------------------------------------------------------
// Microdata and bylines

// The value of an itemprop element: content, datetime or its text.
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

const xmlNode* find_itemprop(const xmlNode* node, std::string_view prop, int depth) {
  if (depth > kMaxDepth) return nullptr;
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (!is_element(child)) continue;
    if (lower_ascii(attribute(child, "itemprop")) == prop) return child;
    if (const xmlNode* found = find_itemprop(child, prop, depth + 1)) return found;
  }
  return nullptr;
}

bool has_itemprop(const xmlNode* node, std::string_view prop) {
  // split gives views: the lower-case copy must outlive the loop.
  const std::string props = lower_ascii(attribute(node, "itemprop"));
  for (auto token : split(props, " ")) {
    if (token == prop) return true;
  }
  return false;
}

// Links and buttons of author boxes and account menus ("Profile", "Posts"), not names. `lower` is
// in lower case.
bool is_interface_word(std::string_view lower) {
  static const std::set<std::string_view> kWords = {
      "profile",   "account",  "posts",     "threads",    "articles", "stories",
      "biography", "bio",      "menu",      "home",       "login",    "log in",
      "sign in",   "register", "subscribe", "newsletter", "contact",  "news"};
  return kWords.contains(lower);
}

// A name from byline markup, without its label ("By", "Author:", "Von"), or nothing if it does not
// look like one: digits, brackets, colons or addresses in it, or more than six words.
std::optional<std::string> clean_person_name(std::string_view text) {
  std::string name = collapse(text);
  static constexpr std::array<std::string_view, 18> kLabels = {
      "written by", "posted by", "words by", "reporting by", "by",      "von",
      "por",        "par",       "authors",  "author",       "auteure", "auteur",
      "autorin",    "autor",     "autore",   "texte",        "texto",   "text"};
  for (std::string_view label : kLabels) {
    if (!starts_with_ci(name, label)) continue;
    std::string_view rest = std::string_view(name).substr(label.size());
    if (!rest.empty() && !is_space(rest[0]) && rest[0] != ':') continue;
    rest = trim(rest);
    if (rest.starts_with(":")) rest = trim(rest.substr(1));
    name = std::string(rest);
    break;
  }
  // A label ending in a full-width colon: "著者：", "作者："; other full-width punctuation is no
  // part of a name.
  constexpr std::string_view kFullWidthColon = "\xEF\xBC\x9A";
  if (const std::size_t colon = name.find(kFullWidthColon);
      colon != std::string::npos && colon <= 12)
    name = collapse(std::string_view(name).substr(colon + kFullWidthColon.size()));
  if (name.find('\xEF') != std::string::npos) return std::nullopt;
  if (name.size() < 2 || name.size() > kMaxAuthorBytes) return std::nullopt;
  for (char c : name) {
    if (std::isdigit(static_cast<unsigned char>(c)) || c == '(' || c == ')' || c == ':' ||
        c == '@' || c == '/' || c == '|' || c == '[' || c == ']')
      return std::nullopt;
  }
  if (split(name, " ").size() > 6) return std::nullopt;
  const std::string lower = lower_ascii(name);
  // A role after the names ("..., Political Correspondents").
  for (auto word : split(lower, " ")) {
    for (std::string_view role :
         {"correspondent", "correspondents", "reporter", "reporters", "writer", "writers", "editor",
          "editors", "contributor", "contributors", "columnist", "columnists", "program"}) {
      if (word == role) return std::nullopt;
    }
  }
  for (std::string_view lead : {"about ",
                                "\xC3\xBC"
                                "ber ",
                                "more ",
                                "follow ",
                                "view ",
                                "see ",
                                "all ",
                                "read ",
                                "contact ",
                                "show ",
                                "get ",
                                "go to ",
                                "visit ",
                                "join ",
                                "posted ",
                                "published ",
                                "publi\xC3\xA9 ",
                                "publicado ",
                                "written ",
                                "email ",
                                "share ",
                                "posts ",
                                "articles "}) {
    if (lower.starts_with(lead)) return std::nullopt;
  }
  for (std::string_view word : {"author", "authors", "by", "staff", "admin", "no author", "unknown",
                                "anonymous", "editor"}) {
    if (lower == word) return std::nullopt;
  }
  if (is_interface_word(lower)) return std::nullopt;
  for (auto word : split(lower, " ")) {
    if (word == "rss" || word == "feed" || word == "newsletter") return std::nullopt;
  }
  return name;
}

// The nearest enclosing microdata item (an itemscope element), or null at the page level.
const xmlNode* enclosing_item(const xmlNode* node) {
  for (const xmlNode* n = node->parent; n != nullptr; n = n->parent) {
    if (has_attribute(n, "itemscope")) return n;
  }
  return nullptr;
}

// True when the node sits in page furniture: comments, related lists, footers and the like.
bool inside_article(const xmlNode* node) {
  for (const xmlNode* n = node->parent; n != nullptr; n = n->parent) {
    if (name_of(n) == "article") return true;
  }
  return false;
}

bool in_furniture(const Page& page, const xmlNode* node) {
  static constexpr std::array<std::string_view, 17> kWords = {
      "comment",    "related",  "recommend", "sidebar",  "footer",  "promo",
      "newsletter", "outbrain", "taboola",   "trending", "popular", "reply",
      "respond",    "teaser",   "tag-cloud", "tag-list", "keywords"};
  for (const xmlNode* n = node->parent; n != nullptr; n = n->parent) {
    const std::string_view name = name_of(n);
    if (page.headline_ancestors.contains(n)) continue;
    // An article's own <footer> and <aside> (its author line, its date) belong to it; related
    // lists in them are still known by their class.
    if ((name == "footer" || name == "aside") && inside_article(n)) continue;
    if (name == "nav" || name == "footer" || name == "aside" || name == "form" || name == "menu")
      return true;
    // Page-wide classes ("has-related-posts" on <body>) say nothing about one element.
    if (name == "body" || name == "html" || name == "main" || name == "article") continue;
    // Layout modifiers ("has-sidebar", "one-sidebar-second", "no-comments") and states ("node-
    // promoted", promoted to the front page) describe the page around the element, or its
    // status, not the element.
    const std::string tokens = class_and_id(n);  // outlives the views split gives
    for (auto token : split(tokens, " ")) {
      // ... and the footer of a post or an entry is the article's own ("post-footer-line").
      if (token.find("has-") != std::string_view::npos || token.starts_with("has") ||
          token.find("with-") != std::string_view::npos || token.starts_with("with") ||
          token.starts_with("no-") || token.starts_with("post-footer") ||
          token.starts_with("entry-footer") || token.starts_with("article-footer") ||
          token.ends_with("promoted") || token.find("one-") != std::string_view::npos ||
          token.find("two-") != std::string_view::npos)
        continue;
      for (std::string_view word : kWords) {
        if (token.find(word) != std::string_view::npos) return true;
      }
    }
  }
  return false;
}

std::vector<std::string> microdata_authors(const Page& page) {
  std::vector<std::string> names;
  for (const xmlNode* node : page.itemprops) {
    if (!has_itemprop(node, "author") && !has_itemprop(node, "creator")) continue;
    // The article's authors, not those of cited works, comments or reviews: the item the author
    // belongs to is an article (or the page) and is not itself inside another item.
    const xmlNode* item = enclosing_item(node);
    if (item != nullptr) {
      const std::string type = lower_ascii(attribute(item, "itemtype"));
      if (type.find("article") == std::string::npos && type.find("posting") == std::string::npos &&
          type.find("webpage") == std::string::npos)
        continue;
      if (enclosing_item(item) != nullptr) continue;
    }
    if (in_furniture(page, node)) continue;
    const xmlNode* name = find_itemprop(node, "name", 0);
    const std::string value = name != nullptr ? itemprop_value(name) : itemprop_value(node);
    if (value.size() > kMaxBylineBytes) continue;
    for (auto& author : split_author_names(value)) {
      if (auto clean = clean_person_name(author)) add_unique(names, *clean);
    }
  }
  return names;
}

// The value of the first itemprop `prop` that belongs to the page's article, not to an item
// about something else: the site's header, an organisation, a person, a breadcrumb, an image.
std::string article_microdata_value(const Page& page, std::string_view prop,
                                    std::string_view skip_element = {}) {
  for (const xmlNode* node : page.itemprops) {
    if (!has_itemprop(node, prop) || name_of(node) == skip_element) continue;
    if (const xmlNode* item = enclosing_item(node)) {
      const std::string type = lower_ascii(attribute(item, "itemtype"));
      static constexpr std::array<std::string_view, 9> kOtherItems = {
          "header",     "footer", "organization", "person",  "breadcrumb",
          "navigation", "image",  "website",      "listitem"};
      if (std::any_of(kOtherItems.begin(), kOtherItems.end(), [&](std::string_view other) {
            return type.find(other) != std::string::npos;
          }))
        continue;
    }
    std::string value = itemprop_value(node);
    if (!value.empty()) return value;
  }
  return {};
}

std::string microdata_value(const Page& page, std::string_view prop) {
  for (const xmlNode* node : page.itemprops) {
    if (has_itemprop(node, prop)) {
      std::string value = itemprop_value(node);
      if (!value.empty()) return value;
    }
  }
  return {};
}

// Links that point at an author's page.
bool is_author_link(const xmlNode* node) {
  if (name_of(node) != "a") return false;
  if (lower_ascii(attribute(node, "rel")).find("author") != std::string::npos) return true;
  const std::string href = lower_ascii(attribute(node, "href"));
  for (std::string_view path : {"/author/", "/authors/", "/autor/", "/auteur/", "/profile/",
                                "/people/", "/staff/", "/journalist/", "/by/", "/writers/"}) {
    if (href.find(path) != std::string::npos) return true;
  }
  return false;
}

// A biography or a paragraph of running text inside an author box.
bool is_biography(const xmlNode* node, const std::string& tokens) {
  for (std::string_view word : {"bio", "about", "desc"}) {
    if (tokens.find(word) != std::string::npos) return true;
  }
  return name_of(node) == "p" && text_of(node).size() > 150;
}

// Elements inside a byline that hold one name each: author links, and elements classed as a name.
void find_name_elements(const xmlNode* node, std::vector<const xmlNode*>& out, int depth) {
  if (depth > kMaxDepth) return;
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (!is_element(child) || is_non_text_element(name_of(child))) continue;
    const std::string tokens = class_and_id(child);
    // An author's biography names other places and people ("He has written for <a>...</a>").
    if (is_biography(child, tokens)) continue;
    const bool named = has_itemprop(child, "name") || tokens.find("name") != std::string::npos ||
                       std::string(" " + tokens + " ").find(" fn ") != std::string::npos;
    if (is_author_link(child) || (named && tokens.find("title") == std::string::npos)) {
      out.push_back(child);
      continue;
    }
    find_name_elements(child, out, depth + 1);
  }
}

// The text of an element with every element boundary as a break, so that "Jane Doe" and a
// following "CEO" or "Twitter" in another element are not run together.
void append_chunks(const xmlNode* node, std::vector<std::string>& chunks, int depth) {
  if (depth > kMaxDepth) return;
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (child->type == XML_TEXT_NODE && child->content != nullptr) {
      std::string text = collapse(reinterpret_cast<const char*>(child->content));
      if (!text.empty()) chunks.push_back(std::move(text));
    } else if (is_element(child) && !is_non_text_element(name_of(child))) {
      append_chunks(child, chunks, depth + 1);
    }
  }
}

// The <a> elements inside a node.
void find_links(const xmlNode* node, std::vector<const xmlNode*>& out, int depth) {
  if (depth > kMaxDepth) return;
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (!is_element(child)) continue;
    if (name_of(child) == "a") {
      out.push_back(child);
    } else if (!is_biography(child, class_and_id(child))) {
      find_links(child, out, depth + 1);
    }
  }
}

// A user name as sites show it for their authors: one word of letters, digits, "_" or "-" with a
// letter in it ("freeman1984").
bool is_user_name(std::string_view text) {
  if (text.size() < 3 || text.size() > 30 || is_interface_word(lower_ascii(text))) return false;
  bool letter = false;
  for (char c : text) {
    if (std::isalpha(static_cast<unsigned char>(c))) {
      letter = true;
    } else if (!std::isdigit(static_cast<unsigned char>(c)) && c != '_' && c != '-') {
      return false;
    }
  }
  return letter;
}

std::vector<std::string> names_in_byline(const xmlNode* node) {
  std::vector<std::string> names;
  std::vector<const xmlNode*> name_elements;
  if (is_author_link(node) || has_itemprop(node, "author")) {
    name_elements.push_back(node);
  } else {
    find_name_elements(node, name_elements, 0);
  }
  for (const xmlNode* element : name_elements) {
    std::vector<std::string> chunks;
    append_chunks(element, chunks, 0);
    for (const auto& chunk : chunks) {
      bool found = false;
      for (auto& part : split_author_names(chunk)) {
        if (auto name = clean_person_name(part)) {
          add_unique(names, *name), found = true;
        } else if (is_author_link(element) && is_user_name(part)) {
          // An author page's link text is the name the site shows, a user name too.
          add_unique(names, part), found = true;
        }
      }
      if (found) break;  // the name, not the role or handle after it
    }
  }
  if (!names.empty()) return names;
  // A byline as text: "By Jane Doe and John Smith, Health Correspondent".
  std::vector<std::string> chunks;
  append_chunks(node, chunks, 0);
  std::string text;
  for (const auto& chunk : chunks) {
    if (!text.empty()) text += ' ';
    text += chunk;
  }
  if (text.size() > kMaxBylineBytes) return names;
  for (const auto& name : parse_byline(text)) {
    if (auto clean = clean_person_name(name)) add_unique(names, *clean);
  }
  if (!names.empty()) return names;
  // The links of a byline are its authors ("<a>Jane Doe</a> / TNN / Updated: ...").
  std::vector<const xmlNode*> links;
  find_links(node, links, 0);
  for (const xmlNode* link : links) {
    for (auto& part : split_author_names(text_of(link))) {
      // A one-word link in a byline is more often its section ("in <a>Politics</a>").
      if (auto clean = clean_person_name(part); clean && clean->find(' ') != std::string::npos)
        add_unique(names, *clean);
    }
  }
  if (!names.empty()) return names;
  // Else the first part of the line, before a separator: "Jane Doe | Published 3 hours ago", or a
  // lone name ("oz") in an element classed as a name.
  const std::string tokens = " " + class_and_id(node) + " ";
  const bool named =
      tokens.find("name") != std::string::npos || tokens.find(" fn ") != std::string::npos;
  if (!named && chunks.size() > 1) return names;
  std::string first_part = text;
  for (std::string_view separator : {" | ", " \xC2\xB7 ", " \xE2\x80\xA2 ", " \xE2\x80\x94 "}) {
    if (const std::size_t at = first_part.find(separator); at != std::string::npos)
      first_part.erase(at);
  }
  for (auto& part : split_author_names(first_part)) {
    if (auto clean = clean_person_name(part)) add_unique(names, *clean);
  }
  return names;
}

// A link to a person's page inside a paragraph of running text mentions the person ("<a
// href="/people/...">Prince</a> was married when he died ..."); it is not a byline.
bool in_running_text(const xmlNode* node) {
  if (name_of(node) != "a" ||
      lower_ascii(attribute(node, "rel")).find("author") != std::string::npos)
    return false;
  for (const xmlNode* n = node->parent; n != nullptr; n = n->parent) {
    if (name_of(n) == "p") return text_of(n).size() > 150;
  }
  return false;
}

// Names from byline markup: the first byline that gives any, with the bylines beside it (authors
// linked one by one).
std::vector<std::string> byline_authors(const Page& page) {
  std::vector<std::string> names;
  const xmlNode* first = nullptr;
  for (const xmlNode* node : page.bylines) {
    if (in_furniture(page, node) || in_running_text(node)) continue;
    if (first != nullptr && node->parent != first->parent &&
        (first->parent == nullptr || node->parent != first->parent->parent) &&
        !is_inside(node, first))
      continue;
    const auto found = names_in_byline(node);
    if (found.empty()) continue;
    if (first == nullptr) first = node;
    for (const auto& name : found) add_unique(names, name);
  }
  return names;
}

// Visible text nodes of the body in document order, each with its element.
void text_chunks(const xmlNode* node, std::vector<std::pair<std::string, const xmlNode*>>& out,
                 int depth) {
  if (depth > kMaxDepth || out.size() > 20000) return;
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (child->type == XML_TEXT_NODE && child->content != nullptr) {
      std::string text = collapse(reinterpret_cast<const char*>(child->content));
      if (!text.empty()) out.emplace_back(std::move(text), node);
    } else if (is_element(child) && !is_non_text_element(name_of(child)) &&
               name_of(child) != "figure" && name_of(child) != "figcaption") {
      text_chunks(child, out, depth + 1);
    }
  }
}

// Names after a "By" label in the text of the page, where no markup says "byline": "By" and the
// name in the elements after it ("<span>By</span><a>Jane Doe</a>"), "By Jane Doe | 12/10/2020",
// "Posted on March 3, 2020 by Jane Doe". Only short lines count, not running text; the first
// label that is followed by names gives them.
std::vector<std::string> labelled_byline_authors(const Page& page) {
  std::vector<std::string> names;
  if (page.body == nullptr) return names;
  std::vector<std::pair<std::string, const xmlNode*>> chunks;
  text_chunks(page.body, chunks, 0);
  static constexpr std::array<std::string_view, 10> kLabels = {
      "written by", "posted by", "reporting by", "words by", "by",
      "von",        "par",       "por",          "door",     "texto"};
  const auto strip = [](std::string_view text) {
    while (!text.empty() && (text.front() == '|' || text.front() == '-' || is_space(text.front())))
      text.remove_prefix(1);
    while (!text.empty() && (text.back() == '|' || text.back() == ':' || is_space(text.back())))
      text.remove_suffix(1);
    return std::string(text);
  };
  const auto names_in = [](std::string text) {
    std::vector<std::string> found;
    for (std::string_view separator : {" | ", " \xC2\xB7 ", " \xE2\x80\xA2 ", " \xE2\x80\x94 ",
                                       " \xE2\x80\x93 ", " - ", " @ "}) {
      if (const std::size_t at = text.find(separator); at != std::string::npos) text.erase(at);
    }
    // "By Jane Doe, in News, Business": the place or section after "in" is no name.
    std::string kept;
    for (auto word : split(text, " ")) {
      if (lower_ascii(word) == "in") break;
      if (!kept.empty()) kept += ' ';
      kept += word;
    }
    for (auto& part : split_author_names(kept)) {
      auto clean = clean_person_name(part);
      // Names are capitalised: "By the end of the day" is a sentence.
      if (!clean || std::islower(static_cast<unsigned char>(clean->front()))) break;
      add_unique(found, *clean);
    }
    return found;
  };
  for (std::size_t i = 0; i < chunks.size(); ++i) {
    const auto& [raw, element] = chunks[i];
    if (raw.size() > 200 || text_of(element).size() > 200 || in_furniture(page, element)) continue;
    const std::string chunk = strip(raw);
    const std::string lower = lower_ascii(chunk);
    std::string candidate;
    for (std::string_view label : kLabels) {
      if (lower == label) {
        // The name follows in the next elements: "By" <a>Jane Doe</a> and <a>John Roe</a>.
        for (std::size_t k = i + 1; k < chunks.size() && k <= i + 5; ++k) {
          const std::string next = strip(chunks[k].first);
          const std::string next_lower = lower_ascii(next);
          if (next.empty()) continue;
          const bool joiner = next_lower == "and" || next_lower == "&" || next_lower == "," ||
                              next_lower == "und" || next_lower == "et" || next_lower == "y";
          if (!candidate.empty() && !joiner && !candidate.ends_with(" and") &&
              !candidate.ends_with(" &"))
            break;
          if (!candidate.empty()) candidate += ' ';
          candidate += next;
        }
        break;
      }
      if (lower.starts_with(std::string(label) + " ")) {
        candidate = chunk.substr(label.size() + 1);
        break;
      }
    }
    // "Posted on March 3, 2020 by Jane Doe".
    if (candidate.empty() && (lower.starts_with("posted ") || lower.starts_with("published "))) {
      if (const std::size_t by = lower.rfind(" by "); by != std::string::npos)
        candidate = chunk.substr(by + 4);
    }
    if (candidate.empty()) continue;
    names = names_in(candidate);
    if (!names.empty()) return names;
  }
  return names;
}

// ---------------------------------------------------------------------------------------------
// Body

// Class or id words that mark an element as page furniture rather than article text.
bool is_boilerplate_container(const xmlNode* node) {
  const std::string_view name = name_of(node);
  if (name == "nav" || name == "footer" || name == "aside" || name == "form" || name == "figure" ||
      name == "figcaption" || name == "header" || name == "menu" || name == "dialog")
    return true;
  if (name == "html" || name == "body" || name == "main" || name == "article") return false;
  if (has_attribute(node, "hidden")) return true;
  if (lower_ascii(attribute(node, "aria-hidden")) == "true") return true;
  const std::string role = lower_ascii(attribute(node, "role"));
  if (role == "navigation" || role == "complementary" || role == "banner" ||
      role == "contentinfo" || role == "dialog")
    return true;
  if (has_itemprop(node, "articlebody")) return false;
  const std::string tokens = class_and_id(node);
  if (tokens.size() <= 1) return false;
  static constexpr std::array<std::string_view, 30> kUnlikely = {
      "comment",    "share",        "social",    "related",   "cookie",     "consent",
      "newsletter", "promo",        "sidebar",   "subscribe", "breadcrumb", "caption",
      "recommend",  "outbrain",     "taboola",   "popup",     "modal",      "footer",
      "navigation", "masthead",     "byline",    "author",    "signup",     "paywall",
      "trending",   "most-popular", "read-more", "readmore",  "disclaimer", "advert"};
  for (std::string_view word : kUnlikely) {
    if (tokens.find(word) != std::string::npos) return true;
  }
  // Short ad markers only as whole tokens ("ad", "ads"), not inside "header" or "read".
  std::string token;
  for (char c : tokens + " ") {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      token += c;
      continue;
    }
    if (token == "ad" || token == "ads" || token == "nav" || token == "menu" || token == "tags")
      return true;
    token.clear();
  }
  return false;
}

struct Paragraph {
  const xmlNode* node;
  std::string text;
  std::size_t link_bytes;
};

void link_text_bytes(const xmlNode* node, std::size_t& bytes, bool in_link, int depth) {
  if (depth > kMaxDepth) return;
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (child->type == XML_TEXT_NODE && in_link && child->content != nullptr) {
      bytes += trim(reinterpret_cast<const char*>(child->content)).size();
    } else if (is_element(child)) {
      link_text_bytes(child, bytes, in_link || name_of(child) == "a", depth + 1);
    }
  }
}

void collect_paragraphs(const xmlNode* node, std::vector<Paragraph>& out, int depth) {
  if (depth > kMaxDepth) return;
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (!is_element(child)) continue;
    const std::string_view name = name_of(child);
    if (is_non_text_element(name) || is_boilerplate_container(child)) continue;
    if (name == "p" || name == "pre") {
      std::string text = text_of(child);
      if (text.empty()) continue;
      std::size_t links = 0;
      link_text_bytes(child, links, false, 0);
      out.push_back({child, std::move(text), links});
      continue;
    }
    collect_paragraphs(child, out, depth + 1);
  }
}

bool is_good_paragraph(const Paragraph& p) {
  return p.link_bytes * 2 < p.text.size();
}

const xmlNode* find_article_body(const Page& page) {
  for (const xmlNode* node : page.itemprops) {
    if (has_itemprop(node, "articlebody")) return node;
  }
  return nullptr;
}

std::vector<std::string> extract_paragraphs(const Page& page) {
  std::vector<std::string> paragraphs;
  if (page.body == nullptr) return paragraphs;
  std::vector<Paragraph> all;
  collect_paragraphs(page.body, all, 0);

  const xmlNode* container = find_article_body(page);
  if (container != nullptr) {
    const bool any = std::any_of(all.begin(), all.end(), [&](const Paragraph& p) {
      return is_good_paragraph(p) && is_inside(p.node, container);
    });
    if (!any) container = nullptr;
  }
  if (container == nullptr) {
    // Scores in the order the containers first appear in the page, so that a tie goes to the
    // first one: ordering them by address made the choice, and the reader's output, depend on
    // where libxml2's allocations landed (the fuzzer found two reads of one page that differed).
    std::vector<std::pair<const xmlNode*, double>> scores;
    std::unordered_map<const xmlNode*, std::size_t> slot_of;
    const auto add = [&](const xmlNode* node, double score) {
      const auto [it, added] = slot_of.emplace(node, scores.size());
      if (added) scores.emplace_back(node, 0.0);
      scores[it->second].second += score;
    };
    for (const auto& p : all) {
      if (!is_good_paragraph(p) || p.text.size() < 25) continue;
      double score = 1.0 + static_cast<double>(std::count(p.text.begin(), p.text.end(), ',')) +
                     std::min(static_cast<double>(p.text.size()) / 100.0, 3.0);
      const xmlNode* parent = p.node->parent;
      if (parent == nullptr) continue;
      add(parent, score);
      if (parent->parent != nullptr) add(parent->parent, score / 2);
    }
    double best = 0;
    for (const auto& [node, score] : scores) {
      double weighted = score;
      if (name_of(node) == "article" || has_itemprop(node, "articlebody")) weighted *= 1.25;
      if (weighted > best) best = weighted, container = node;
    }
  }
  // A short page whose paragraphs are all too short to score: its body is the container.
  if (container == nullptr) container = page.body;
  for (const auto& p : all) {
    if (!is_inside(p.node, container) || !is_good_paragraph(p)) continue;
    if (paragraphs.empty() || paragraphs.back() != p.text) paragraphs.push_back(p.text);
  }
  return paragraphs;
}

// ---------------------------------------------------------------------------------------------

std::string ensure_utf8(std::string s) {
  DecodedText checked = decode_text(s);
  if (checked.repaired_bytes > 0 || checked.text.size() != s.size()) return checked.text;
  return s;
}

// Whole days between two dates' calendar days, as written.
int days_apart(const DateTime& x, const DateTime& y) {
  using namespace std::chrono;
  const auto day = [](const DateTime& d) {
    return sys_days{year_month_day{year{d.year}, month{static_cast<unsigned>(d.month)},
                                   std::chrono::day{static_cast<unsigned>(d.day)}}};
  };
  return static_cast<int>(std::abs((day(x) - day(y)).count()));
}

// Minutes from y to x, both read as written (offsets ignored).
int minutes_apart(const DateTime& x, const DateTime& y) {
  const auto minutes = [](const DateTime& d) {
    using namespace std::chrono;
    const sys_days day{year_month_day{year{d.year}, month{static_cast<unsigned>(d.month)},
                                      std::chrono::day{static_cast<unsigned>(d.day)}}};
    return day.time_since_epoch().count() * 24 * 60 + d.hour * 60 + d.minute;
  };
  return static_cast<int>(minutes(x) - minutes(y));
}

// Elements showing the day the page was viewed, not the article's: classed "current" or "today"
// ("current-date", "date-today"), or in the site's masthead (a <header> that holds no headline
// and is not the article's).
bool shows_today(const Page& page, const xmlNode* node) {
  for (const xmlNode* n = node; n != nullptr; n = n->parent) {
    const std::string_view name = name_of(n);
    if (name == "article" || name == "main" || page.headline_ancestors.contains(n)) return false;
    if (name == "header") return true;
    const std::string tokens = class_and_id(n);
    if (tokens.find("current") != std::string::npos || tokens.find("today") != std::string::npos)
      return true;
  }
  return false;
}

// The date the page shows its readers: a <time> element (in the article first) whose datetime
// gives a local time (no offset, or one other than UTC) or whose text is a date; else the first
// date written in an element classed as a date or time, then in one classed as a byline or meta
// line (unless `date_markup_only`). Page furniture (comments, related lists) is skipped.
std::optional<DateTime> shown_date(const Page& page, const DateParseOptions& options,
                                   bool date_markup_only = false) {
  for (const bool article_only : {true, false}) {
    for (std::size_t i = 0; i < page.times.size(); ++i) {
      if ((article_only && !page.time_in_article[i]) || in_furniture(page, page.times[i])) continue;
      if (auto date = parse_page_date(attribute(page.times[i], "datetime"), options);
          date && date->utc_offset_minutes != 0)
        return date;
      const std::string text = text_of(page.times[i]);
      if (text.size() <= 200) {
        if (auto date = find_date_in_text(text, options)) return date;
      }
    }
  }
  for (const bool strong : {true, false}) {
    if (!strong && date_markup_only) break;
    for (const xmlNode* node : page.dated) {
      if (is_strong_date_markup(node) != strong || in_furniture(page, node) ||
          shows_today(page, node))
        continue;
      // hAtom's <abbr class="published" title="2018-06-05T08:00:00-07:00">08:00</abbr>.
      if (name_of(node) == "abbr") {
        if (auto date = parse_page_date(attribute(node, "title"), options)) return date;
      }
      const std::string text = text_of(node);
      if (text.size() > 200) continue;
      if (auto date = find_date_in_text(text, options)) return date;
    }
  }
  return std::nullopt;
}

// A company name: one ending in a legal form ("Inc", "Ltd", "GmbH", ...).
bool is_company(const std::string& name) {
  const std::size_t space = name.rfind(' ');
  if (space == std::string::npos) return false;
  std::string last = lower_ascii(name.substr(space + 1));
  if (last.ends_with(".")) last.pop_back();
  static const std::set<std::string> kForms = {"inc", "ltd", "llc", "gmbh", "ag", "plc", "corp",
                                               "co",  "sa",  "s.a", "srl",  "bv", "kk"};
  return kForms.contains(last);
}

// A title without the kicker the page marks before its headline: "Genetik: Das Geheimnis ..."
// with the kicker "Genetik" is "Das Geheimnis ...". Only a kicker followed by a colon or a dash
// is cut, and only when three or more words remain.
std::string without_kicker(const std::string& title, const std::vector<std::string>& kickers) {
  for (const auto& kicker : kickers) {
    if (!starts_with_ci(title, lower_ascii(kicker))) continue;
    std::string_view rest = trim(std::string_view(title).substr(kicker.size()));
    if (!rest.starts_with(":") && !rest.starts_with("- ") && !rest.starts_with("| ")) continue;
    rest = trim(rest.substr(1));
    if (split(rest, " ").size() >= 3) return std::string(rest);
  }
  return title;
}

// Meta names that give a title, after og:title.
constexpr std::array<std::string_view, 7> kTitleKeys = {
    "twitter:title",  "dc.title", "dcterms.title", "parsely-title",
    "sailthru.title", "title",    "headline"};

// The first value of each of these keys that the page has.
std::vector<std::string> first_metas(const Page& page, std::span<const std::string_view> keys) {
  std::vector<std::string> values;
  for (std::string_view key : keys) {
    std::string value = first_meta(page, {key});
    if (!value.empty()) values.push_back(std::move(value));
  }
  return values;
}

// When no <h1> is the headline (the <h1> is the site's logo), an <h2> that one of the page's
// titles repeats word for word is; else "".
std::string h2_headline(const Page& page, const std::vector<std::string>& titles,
                        const std::vector<std::string>& more_titles) {
  for (const auto& h2 : page.h2) {
    if (title_words(h2).size() < 3) continue;
    for (const auto* list : {&titles, &more_titles}) {
      for (const auto& title : *list) {
        if (title_words(title) == title_words(h2)) return h2;
      }
    }
  }
  return {};
}

// Fills the article from the parsed page.
void read_page(const Page& page, const HtmlReaderOptions& options, Article& article) {
  JsonLd ld;
  load_json_ld(page, ld, article.warnings);
  const json* a = ld.article;

  // Site name first: titles lose it as a suffix.
  std::vector<std::string> sites;
  for (std::string site :
       {a != nullptr && a->contains("publisher") ? json_text((*a)["publisher"]) : std::string(),
        first_meta(page, {"og:site_name"}),
        first_meta(page, {"application-name", "twitter:site", "al:ios:app_name",
                          "apple-mobile-web-app-title", "publisher", "dc.publisher"})}) {
    if (!site.empty() && !is_url(site)) {
      if (site.starts_with("@")) site.erase(0, 1);
      sites.push_back(site);
    }
  }
  if (!sites.empty()) article.outlet = sites.front();
  // An <h1> that opens the <title>, where the rest of the <title> is the article's title as the
  // metadata gives it ("Blog Name: Post title"), is the site's name.
  for (const auto& h1 : page.h1) {
    const std::string rest = title_after_site(page.title_element, h1);
    if (rest.empty()) continue;
    for (const std::string& title : {json_field(a, "headline"), first_meta(page, {"og:title"}),
                                     first_meta(page, {"twitter:title"})}) {
      if (!title.empty() && title_words(title) == title_words(rest)) {
        sites.push_back(h1);
        break;
      }
    }
  }

  // Title: the metadata title, unless the page's own headline (the <h1> that shares most words
  // with it) says it differently: sites give search engines and social networks other wordings.
  const auto is_site = [&](const std::string& text) {
    return std::any_of(sites.begin(), sites.end(), [&](const std::string& site) {
      return lower_ascii(site) == lower_ascii(text);
    });
  };
  // Every title the page gives, in order of trust, without site names and without titles cut
  // short ("... leader..."): those stand only when nothing else does.
  std::vector<std::string> meta_titles;
  std::string truncated_title;
  const auto add_title = [&](const std::string& title, bool from_element) {
    if (title.empty() || title.size() > 600) return;
    std::string stripped = without_kicker(
        from_element ? title_from_element(title, sites) : strip_site_name(title, sites),
        page.kickers);
    if (stripped.empty() || is_site(stripped)) return;
    if (is_truncated(stripped)) {
      if (truncated_title.empty()) truncated_title = std::move(stripped);
      return;
    }
    meta_titles.push_back(std::move(stripped));
  };
  add_title(json_field(a, "headline"), false);
  add_title(first_meta(page, {"og:title"}), false);
  const std::vector<std::string> other_titles = first_metas(page, kTitleKeys);
  add_title(other_titles.empty() ? std::string() : other_titles.front(), false);
  // (A microdata headline on an <h1> is that <h1>, not a second source that agrees with it.)
  add_title(article_microdata_value(page, "headline", /*skip_element=*/"h1"), false);
  const bool metadata_title = !meta_titles.empty();
  add_title(page.title_element, true);
  if (meta_titles.empty() && !truncated_title.empty()) meta_titles.push_back(truncated_title);
  const std::string meta_title = meta_titles.empty() ? std::string() : meta_titles.front();
  // The <h1> sharing most words with any of them is the page's own headline.
  std::string best_h1;
  double best_overlap = 0;
  for (const auto& h1_text : page.h1) {
    const std::string h1 = without_kicker(h1_text, page.kickers);
    if (h1.empty() || h1.size() > 600 || is_site(h1)) continue;
    for (const auto& title : meta_titles) {
      const double overlap = word_overlap(h1, title);
      if (overlap > best_overlap) best_overlap = overlap, best_h1 = h1;
    }
  }
  const auto same_words = [](std::string_view x, std::string_view y) {
    return title_words(x) == title_words(y);
  };
  if (!best_h1.empty() && best_overlap >= 0.5) {
    // When the most trusted title says all the <h1> says and more, or less (a kicker before the
    // headline, a subtitle after it), the shorter one is the headline, unless another title of
    // the page repeats the <h1> word for word.
    const bool confirmed =
        std::any_of(meta_titles.begin(), meta_titles.end(),
                    [&](const std::string& t) { return same_words(t, best_h1); });
    article.title = !confirmed && contains_words(best_h1, meta_title) ? meta_title : best_h1;
  } else if (const std::string h2 = h2_headline(page, meta_titles, other_titles); !h2.empty()) {
    article.title = h2;
  } else if (!metadata_title && page.h1.size() == 1 && !page.h1.front().empty() &&
             !is_site(page.h1.front())) {
    // Without metadata, a lone <h1> is the headline, before a <title> ("Home") that names the
    // page rather than the article (as trafilatura reads it); but an <h1> that opens the <title>
    // ("Site » Blog Archive » Post") is the site's name, and the <title> names the post.
    const std::string after = title_after_site(page.title_element, page.h1.front());
    article.title = after.empty() ? page.h1.front() : after;
  } else if (!meta_title.empty()) {
    article.title = meta_title;
  } else if (page.h1.size() == 1) {
    article.title = page.h1.front();
  } else {
    article.title = page.title_element;
  }

  // Authors: the first source that names someone. A source that only names the site itself
  // ("El Diario" as author) gives way to a later one that names a person.
  const auto is_outlet_only = [&](const std::vector<std::string>& names) {
    return std::all_of(names.begin(), names.end(), [&](const std::string& name) {
      const std::string lower = lower_ascii(name);
      return std::any_of(sites.begin(), sites.end(), [&](const std::string& site) {
        const std::string lower_site = lower_ascii(site);
        return lower == lower_site ||
               (lower_site.size() >= 4 && lower.find(lower_site) != std::string::npos);
      });
    });
  };
  std::vector<std::vector<std::string>> author_sources;
  {
    std::vector<std::string> names;
    if (a != nullptr) {
      for (const char* key : {"author", "creator"}) {
        if (const auto it = a->find(key); it != a->end()) add_json_authors(ld, *it, names, 0);
        if (!names.empty()) break;
      }
    }
    author_sources.push_back(std::move(names));
  }
  const auto from_meta = [&](std::initializer_list<std::string_view> keys) {
    std::vector<std::string> names;
    for (std::string_view key : keys) {
      for (const auto& value : meta_values(page, key)) {
        if (value.size() > kMaxBylineBytes) continue;
        for (auto& name : split_author_names(value)) {
          if (clean_person_name(name) || name.size() <= 3) names.push_back(name);
        }
      }
      if (!names.empty()) break;
    }
    return names;
  };
  author_sources.push_back(from_meta({"article:author", "og:article:author"}));
  author_sources.push_back(
      from_meta({"author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author",
                 "byl", "cxenseparse:author", "twitter:creator"}));

  author_sources.push_back(microdata_authors(page));
  author_sources.push_back(byline_authors(page));
  author_sources.push_back(labelled_byline_authors(page));
  {
    // Link previews' "Written by" label: <meta name="twitter:label1" content="Written by"> with
    // the name in twitter:data1. It names the account that posted the page, which is not always
    // who wrote it: the byline shown on the page comes first.
    std::vector<std::string> names;
    for (char i = '1'; i <= '4' && names.empty(); ++i) {
      const std::string label =
          lower_ascii(first_meta(page, {"twitter:label" + std::string(1, i)}));
      if (label != "written by" && label != "author" && label != "autor" && label != "auteur" &&
          label != "escrito por" && label != "geschrieben von" &&
          label !=
              "\xC3\xA9"
              "crit par")
        continue;
      const std::string value = first_meta(page, {"twitter:data" + std::string(1, i)});
      if (value.size() > kMaxBylineBytes) continue;
      for (auto& name : split_author_names(value)) {
        if (clean_person_name(name) || name.size() <= 3) names.push_back(name);
      }
    }
    author_sources.push_back(std::move(names));
  }
  const std::vector<std::string>* outlet_only = nullptr;
  for (const auto& names : author_sources) {
    if (names.empty()) continue;
    if (is_outlet_only(names)) {
      if (outlet_only == nullptr) outlet_only = &names;
      continue;
    }
    article.authors = unique_names(names);
    // The outlet or a company credited beside the people who wrote ("Jane Doe; CNN", "PhillyVoice
    // Staff", "Example Media Inc") is not an author of its own.
    std::erase_if(article.authors, [&](const std::string& name) {
      return is_outlet_only({name}) || is_company(name);
    });
    if (article.authors.empty()) article.authors = unique_names(names);
    break;
  }
  if (article.authors.empty() && outlet_only != nullptr)
    article.authors = unique_names(*outlet_only);

  // Dates.
  const auto first_date = [&](const std::vector<std::string>& candidates) {
    for (const auto& text : candidates) {
      if (auto date = parse_page_date(text, options.dates)) return date;
    }
    return std::optional<DateTime>();
  };
  std::vector<std::string> published = {
      json_field(a, "datePublished"),
      first_meta(page,
                 {"article:published_time", "og:article:published_time", "og:published_time"}),
      first_meta(page,
                 {"dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created",
                  "dc.date.created", "parsely-pub-date", "sailthru.date", "pubdate", "publishdate",
                  "publish-date", "publish_date", "publication_date", "article.published", "date",
                  "datepublished", "cxenseparse:recs:publishtime", "cxenseparse:publishtime"}),
      microdata_value(page, "datepublished"),
      json_field(a, "dateCreated"),
      json_field(ld.page, "datePublished"),
  };
  // <time> elements of the article first, leaving out those of related lists and comments.
  for (const bool article_only : {true, false}) {
    for (std::size_t i = 0; i < page.times.size(); ++i) {
      if ((article_only && !page.time_in_article[i]) || in_furniture(page, page.times[i])) continue;
      published.push_back(attribute(page.times[i], "datetime"));
    }
  }
  for (const json* object : ld.objects) published.push_back(json_field(object, "datePublished"));
  article.published = first_date(published);
  // A timestamp in UTC does not say which day it was where the article was published: when the
  // page shows a date one day off, the page's own day is the one its readers saw.
  if (article.published && article.published->precision == DatePrecision::kMinute &&
      article.published->utc_offset_minutes == 0) {
    if (auto shown = shown_date(page, options.dates, /*date_markup_only=*/true)) {
      if (days_apart(*shown, *article.published) == 1) {
        // A shown time of day gives the page's offset from UTC, so the instant is kept.
        if (shown->precision == DatePrecision::kMinute && !shown->utc_offset_minutes) {
          const int offset = minutes_apart(*shown, *article.published);
          if (std::abs(offset) <= 14 * 60 && offset % 15 == 0) shown->utc_offset_minutes = offset;
        }
        article.published = shown;
      }
    }
  }
  // Else the date as the page shows it; then the date in the address.
  if (!article.published) article.published = shown_date(page, options.dates);
  if (!article.published) {
    for (const std::string& url : {page.canonical, first_meta(page, {"og:url"})}) {
      if (auto date = date_in_url(url)) {
        article.published = date;
        break;
      }
    }
  }
  article.updated = first_date({
      json_field(a, "dateModified"),
      first_meta(page, {"article:modified_time", "og:article:modified_time", "og:updated_time"}),
      first_meta(page, {"dc.date.modified", "dcterms.modified", "last-modified", "lastmod",
                        "datemodified"}),
      microdata_value(page, "datemodified"),
  });

  // Section.
  for (const std::string& section :
       {json_field(a, "articleSection"), first_meta(page, {"article:section"}),
        first_meta(page, {"parsely-section", "sailthru.section", "section", "dc.subject"})}) {
    if (!section.empty() && section.size() < 100) {
      article.section = section;
      break;
    }
  }

  // Language.
  for (const std::string& tag :
       {page.html_lang, first_meta(page, {"content-language", "language", "dc.language"}),
        json_field(a, "inLanguage"), first_meta(page, {"og:locale"})}) {
    article.language = normalise_language(tag);
    if (!article.language.empty()) break;
  }

  // URL.
  for (const std::string& url : {page.canonical, first_meta(page, {"og:url"}), json_field(a, "url"),
                                 json_field(a, "mainEntityOfPage")}) {
    if (url.find("://") != std::string::npos) {
      article.url = url;
      break;
    }
  }

  // Body, then the standfirst if it is not just the first paragraph.
  article.paragraphs = extract_paragraphs(page);
  if (article.paragraphs.empty()) {
    std::string body;
    if (a != nullptr && a->contains("articleBody") && (*a)["articleBody"].is_string())
      body = (*a)["articleBody"].get<std::string>();
    for (auto line : split(body, "\n")) {
      std::string paragraph = collapse(line);
      if (!paragraph.empty()) article.paragraphs.push_back(std::move(paragraph));
    }
  }
  if (article.paragraphs.empty()) article.warnings.push_back(std::string(kNoBodyWarning));
  for (const std::string& description :
       {json_field(a, "description"), first_meta(page, {"og:description"}),
        first_meta(page, {"description", "twitter:description", "dc.description"})}) {
    if (description.empty() || description.size() > 600) continue;
    const bool repeats =
        !article.paragraphs.empty() && article.paragraphs.front().starts_with(description.substr(
                                           0, std::min<std::size_t>(description.size(), 60)));
    if (!repeats) article.standfirst.push_back(description);
    break;
  }
}

}  // namespace

std::vector<std::string> split_author_names(std::string_view text) {
  std::string s = collapse(text);
  std::vector<std::string> names;
  if (s.empty() || is_url(s)) return names;
  for (std::string_view prefix : {"written by ", "posted by ", "words by ",
                                  "author: ", "authors: ", "by: ", "by ", "von ", "por ", "par "}) {
    if (starts_with_ci(s, prefix)) {
      s = collapse(std::string_view(s).substr(prefix.size()));
      break;
    }
  }
  // Conjunctions become commas, then everything splits at the separators.
  std::string lower = lower_ascii(s);
  for (std::string_view conjunction : {" and ", " und ", " et ", " y ", " & ", " | ", " / "}) {
    std::size_t at = 0;
    while ((at = lower.find(conjunction, at)) != std::string::npos) {
      s.replace(at, conjunction.size(), std::string(conjunction.size() - 1, ' ') + ",");
      lower.replace(at, conjunction.size(), std::string(conjunction.size() - 1, ' ') + ",");
      at += conjunction.size();
    }
  }
  for (char& c : s) {
    if (c == ';') c = ',';
  }
  static const std::set<std::string> kSuffixes = {
      "phd", "ph.d.", "ph.d", "md",  "m.d.", "jr", "jr.", "sr", "sr.", "mba",  "rn",   "dds",
      "esq", "esq.",  "msc",  "bsc", "ma",   "ba", "mph", "dr", "dr.", "prof", "prof."};
  for (auto part : split(s, ",")) {
    std::string name = collapse(part);
    while (!name.empty() && (name.back() == '.' || name.back() == ':' || name.back() == '-')) {
      // "Rodolfo Costa." keeps an initial's dot only ("Kiran C.").
      if (name.back() == '.' && name.size() >= 3 && name[name.size() - 3] == ' ') break;
      name.pop_back();
    }
    name = collapse(name);
    if (name.empty() || name.size() > kMaxAuthorBytes) continue;
    if (is_url(name)) continue;
    // Handles and addresses go, the name beside them stays ("Jane Doe @janedoe").
    if (name.find('@') != std::string::npos) {
      std::string kept;
      for (auto word : split(name, " ")) {
        if (word.find('@') != std::string_view::npos) continue;
        if (!kept.empty()) kept += ' ';
        kept += word;
      }
      name = collapse(kept);
      if (name.empty()) continue;
    }
    if (kSuffixes.contains(lower_ascii(name))) continue;
    add_unique(names, name);
  }
  return names;
}

Article read_html(std::string_view bytes, const HtmlReaderOptions& options) {
  Article article;
  article.format = "html";
  try {
    PageText text = decode_page(bytes);
    article.warnings = std::move(text.warnings);
    DocPtr doc = parse_html(text.text);
    if (doc == nullptr) {
      article.warnings.push_back(std::string(kNoBodyWarning));
      return article;
    }
    Page page;
    collect(reinterpret_cast<const xmlNode*>(doc.get()), page, 0, false);
    read_page(page, options, article);
  } catch (const std::exception& e) {
    article.warnings.push_back(std::string("page not fully read: ") + e.what());
  }
  // Every string leaves valid UTF-8, without line breaks in single-line fields.
  article.title = ensure_utf8(collapse(article.title));
  for (auto* field : {&article.section, &article.outlet, &article.language, &article.url})
    *field = ensure_utf8(collapse(*field));
  for (auto* list : {&article.authors, &article.paragraphs, &article.standfirst}) {
    std::vector<std::string> clean;
    for (auto& s : *list) {
      std::string c = ensure_utf8(collapse(s));
      if (!c.empty()) clean.push_back(std::move(c));
    }
    *list = std::move(clean);
  }
  for (auto& warning : article.warnings) warning = ensure_utf8(warning);
  return article;
}

}  // namespace news
