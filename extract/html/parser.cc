// The HTML parser: a tokenizer and libxml2 2.9.14's tree rules, learnt by experiment against the
// libxml2 on this machine (bench/html_parser_check.cc compares the two trees page by page).
// The control flow follows the order in which libxml2 looks at the input, since that order is
// what decides the tree on broken markup: one loop over the content, where an end tag is looked
// at first, then whether a start tag closes the current element, then raw text, then the rest.
#include "extract/html/parser.h"

#include <algorithm>
#include <array>
#include <bitset>
#include <cstdint>
#include <cstring>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "extract/html/dom.h"
#include "extract/html/entities.h"
#include "extract/html/name_start.h"
#include "extract/text_decoding.h"

namespace news::html {

namespace {

// ---- The elements libxml2 knows by name -------------------------------------------------------

// Every element name that one of the tables below mentions, sorted; its index + 1 is its TagId.
// Any other name (HTML5's article or section, svg, custom elements) is TagId 0: libxml2 2.9 never
// closes it by a start tag, never implies anything for it and gives it the lowest end priority.
constexpr std::array<std::string_view, 85> kTagNames = {
    "a",        "abbr",    "acronym",    "address", "area",    "b",        "base",     "basefont",
    "bdo",      "big",     "blockquote", "body",    "br",      "caption",  "center",   "cite",
    "code",     "col",     "colgroup",   "dd",      "dfn",     "dir",      "div",      "dl",
    "dt",       "em",      "fieldset",   "font",    "form",    "frame",    "frameset", "h1",
    "h2",       "h3",      "h4",         "h5",      "h6",      "head",     "hr",       "html",
    "i",        "iframe",  "img",        "input",   "isindex", "kbd",      "legend",   "li",
    "link",     "listing", "map",        "menu",    "meta",    "noframes", "noscript", "ol",
    "optgroup", "option",  "p",          "param",   "pre",     "q",        "s",        "samp",
    "script",   "small",   "span",       "strike",  "strong",  "style",    "sub",      "sup",
    "table",    "tbody",   "td",         "tfoot",   "th",      "thead",    "title",    "tr",
    "tt",       "u",       "ul",         "var",     "xmp",
};
constexpr std::size_t kTagCount = kTagNames.size();

using TagId = std::uint8_t;

// The TagId of a lower-case name, 0 for an unknown one; usable at compile time.
constexpr TagId tag_id(std::string_view name) {
  const auto* it = std::lower_bound(kTagNames.begin(), kTagNames.end(), name);
  return it != kTagNames.end() && *it == name ? static_cast<TagId>(it - kTagNames.begin() + 1) : 0;
}

constexpr TagId kHtml = tag_id("html");
constexpr TagId kHead = tag_id("head");
constexpr TagId kBody = tag_id("body");
constexpr TagId kP = tag_id("p");
constexpr TagId kScript = tag_id("script");
constexpr TagId kStyle = tag_id("style");
static_assert(std::is_sorted(kTagNames.begin(), kTagNames.end()) && kP != 0 && kStyle != 0);

// Which elements a start tag closes when one of them is the current element: for each element,
// the start tags that close it. Found by parsing "<div><OLD><NEW>" with libxml2 2.9.14 for every
// pair of known names (and "<head><NEW>", and html, head and body as NEW) and seeing whether NEW
// became OLD's child. Only the current element is checked, again and again: "<p><b><div>"
// closes neither, since div does not close b.
struct CloseRule {
  std::string_view element;
  std::string_view closed_by;  // names separated by spaces
};
constexpr std::array<CloseRule, 45> kCloseRules = {{
    {"a", "a fieldset table td th"},
    {"address", "dd dl dt form li ul"},
    {"b", "center p td th"},
    {"big", "p"},
    {"caption", "col colgroup tbody tfoot thead tr"},
    {"colgroup", "colgroup tbody tfoot thead tr"},
    {"dd", "dt"},
    {"dir", "dd dl dt form ul"},
    {"dl", "form li"},
    {"dt", "dd dl"},
    {"font", "center td th"},
    {"form", "form"},
    {"h1", "fieldset form li p table"},
    {"h2", "fieldset form li p table"},
    {"h3", "fieldset form li p table"},
    {"h4", "fieldset form li p table"},
    {"h5", "fieldset form li p table"},
    {"h6", "fieldset form li p table"},
    {"head",
     "a abbr acronym address b bdo big blockquote body br center cite code dd dfn dir div dl dt "
     "em fieldset font form frameset h1 h2 h3 h4 h5 h6 hr i iframe img kbd li listing map menu "
     "ol p pre q s samp small span strike strong sub sup table tt u ul var xmp"},
    {"i", "center p td th"},
    {"legend", "fieldset"},
    {"li", "li"},
    {"listing", "dd dl dt fieldset form li table ul"},
    {"menu", "dd dl dt form ul"},
    {"ol", "form ul"},
    {"option", "optgroup option"},
    {"p",
     "address blockquote body caption center col colgroup dd dir div dl dt fieldset form "
     "frameset h1 h2 h3 h4 h5 h6 head hr li listing menu ol p pre table tbody td tfoot th title "
     "tr ul xmp"},
    {"pre", "dd dl dt fieldset form li table ul"},
    {"s", "p"},
    {"script", "noscript"},
    {"small", "p"},
    {"span", "td th"},
    {"strike", "p"},
    {"style", "body frameset"},
    {"tbody", "tbody tfoot"},
    {"td", "tbody td tfoot th tr"},
    {"tfoot", "tbody"},
    {"th", "tbody td tfoot th tr"},
    {"thead", "tbody tfoot"},
    {"title", "body frameset"},
    {"tr", "tbody tfoot tr"},
    {"tt", "p"},
    {"u", "p td th"},
    {"ul", "address form menu ol pre"},
    {"xmp", "dd dl dt fieldset form li table ul"},
}};

// An end tag closes the open elements above its own only when none of them has a higher priority
// than it; otherwise the end tag is ignored ("</div>" inside a table cell closes nothing). Unknown
// and unlisted elements have 100.
constexpr int kDefaultPriority = 100;
// The priorities that occur, lowest first: an element's place here is its level.
constexpr std::array<int, 8> kPriorityLevels = {100, 150, 160, 170, 180, 190, 200, 220};
constexpr std::array<std::pair<std::string_view, int>, 11> kEndPriorities = {{
    {"div", 150},
    {"td", 160},
    {"th", 160},
    {"tr", 170},
    {"thead", 180},
    {"tbody", 180},
    {"tfoot", 180},
    {"table", 190},
    {"head", 200},
    {"body", 200},
    {"html", 220},
}};

// Elements that never have content: ended as soon as their start tag is read.
constexpr std::array<std::string_view, 13> kEmptyElements = {
    "area", "base",  "basefont", "br",   "col",  "frame", "hr",
    "img",  "input", "isindex",  "link", "meta", "param",
};

struct TagTables {
  std::array<std::bitset<kTagCount + 1>, kTagCount + 1> closes{};  // [new][old]
  std::array<std::uint8_t, kTagCount + 1> level{};                 // in kPriorityLevels
  std::array<bool, kTagCount + 1> empty{};
  std::array<bool, kTagCount + 1> head_content{};   // implies <head> at the top
  std::array<bool, kTagCount + 1> frame_content{};  // implies no <body>
  // kTagNames by a hash of the name, open addressing; 0 marks a free slot.
  std::array<TagId, 256> by_hash{};

  static std::size_t hash(std::string_view name) {
    const auto c = [&name](std::size_t i) { return static_cast<unsigned char>(name[i]); };
    return (name.size() * 131 + c(0) * 31 + c(name.size() - 1) * 7 + c(name.size() / 2)) & 255;
  }

  // The TagId of a lower-case name, 0 for an unknown one (tag_id, without its binary search).
  TagId find(std::string_view name) const {
    if (name.empty() || name.size() > 10) return 0;  // no known name is longer
    for (std::size_t slot = hash(name);; slot = (slot + 1) & 255) {
      const TagId id = by_hash[slot];
      if (id == 0) return 0;
      const std::string_view known = kTagNames[id - 1];
      if (known.size() == name.size() && std::equal(known.begin(), known.end(), name.begin()))
        return id;
    }
  }

  TagTables() {
    auto add_rule = [this](const CloseRule& rule) {
      const TagId old_tag = tag_id(rule.element);
      std::string_view names = rule.closed_by;
      while (!names.empty()) {
        const std::size_t space = names.find(' ');
        closes[tag_id(names.substr(0, space))].set(old_tag);
        names = space == std::string_view::npos ? std::string_view{} : names.substr(space + 1);
      }
    };
    for (const CloseRule& rule : kCloseRules) add_rule(rule);
    static_assert(kPriorityLevels[0] == kDefaultPriority);  // level 0, as `level` starts
    for (const auto& [name, value] : kEndPriorities) {
      const auto* at = std::find(kPriorityLevels.begin(), kPriorityLevels.end(), value);
      level[tag_id(name)] = static_cast<std::uint8_t>(at - kPriorityLevels.begin());
    }
    for (std::string_view name : kEmptyElements) empty[tag_id(name)] = true;
    for (std::string_view name : {"script", "style", "meta", "link", "title", "base"})
      head_content[tag_id(name)] = true;
    for (std::string_view name : {"noframes", "frame", "frameset"})
      frame_content[tag_id(name)] = true;
    closes[0].reset();  // an unknown start tag closes nothing
    for (std::size_t id = 1; id <= kTagCount; ++id) {
      std::size_t slot = hash(kTagNames[id - 1]);
      while (by_hash[slot] != 0) slot = (slot + 1) & 255;
      by_hash[slot] = static_cast<TagId>(id);
    }
  }
};

const TagTables& tables() {
  static const TagTables instance;
  return instance;
}

// ---- Characters -------------------------------------------------------------------------------

constexpr std::size_t kNameLimit = 100;   // libxml2 reads tag and attribute names this far
constexpr std::size_t kTextChunk = 1000;  // libxml2 hands text over in chunks of this many bytes

bool is_blank(int c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
bool is_letter(int c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_digit(int c) {
  return c >= '0' && c <= '9';
}
char lower(int c) {
  return static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
}

// libxml2's test for a character it keeps in text (XML's Char production).
bool is_xml_char(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

// The first index at or after `i` where `text` has a byte that may end a run of text: '<' and
// '&' (when `markup`), and the bytes dropped_length looks at (below 0x20, 0xEF); text.size() when
// none. Sixteen bytes at a time where SSE2 is there: most runs of text are long and have none.
template <bool markup>
std::size_t find_text_stop(std::string_view text, std::size_t i) {
#if defined(__SSE2__)
  const __m128i less_than = _mm_set1_epi8('<');
  const __m128i ampersand = _mm_set1_epi8('&');
  const __m128i ef = _mm_set1_epi8(static_cast<char>(0xEF));
  const __m128i control = _mm_set1_epi8(0x1F);
  while (i + 16 <= text.size()) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    __m128i hit = _mm_or_si128(_mm_cmpeq_epi8(v, ef), _mm_cmpeq_epi8(_mm_min_epu8(v, control), v));
    if (markup)
      hit = _mm_or_si128(hit,
                         _mm_or_si128(_mm_cmpeq_epi8(v, less_than), _mm_cmpeq_epi8(v, ampersand)));
    const int mask = _mm_movemask_epi8(hit);
    if (mask != 0) return i + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
    i += 16;
  }
#endif
  for (; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c == 0xEF || (markup && (c == '<' || c == '&'))) return i;
  }
  return i;
}

// The first index at or after `i` where `text` has `a` or `b`; text.size() when neither.
std::size_t find_either(std::string_view text, std::size_t i, char a, char b) {
#if defined(__SSE2__)
  const __m128i va = _mm_set1_epi8(a);
  const __m128i vb = _mm_set1_epi8(b);
  while (i + 16 <= text.size()) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    const int mask = _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, va), _mm_cmpeq_epi8(v, vb)));
    if (mask != 0) return i + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
    i += 16;
  }
#endif
  for (; i < text.size(); ++i) {
    if (text[i] == a || text[i] == b) return i;
  }
  return i;
}

// The code point of the UTF-8 sequence at `i` (a lead byte of 0x80 or more); 0 when the bytes are
// no sequence (the contract promises valid UTF-8, but nothing may crash without it).
char32_t code_point_at(std::string_view text, std::size_t i) {
  const auto lead = static_cast<unsigned char>(text[i]);
  const std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
  if (length == 0 || i + length > text.size()) return 0;
  char32_t c = lead & (0x7F >> length);
  for (std::size_t k = 1; k < length; ++k) {
    const auto next = static_cast<unsigned char>(text[i + k]);
    if ((next & 0xC0) != 0x80) return 0;
    c = (c << 6) | (next & 0x3F);
  }
  return c;
}

// The length of the character at `i` when libxml2 drops it from text (C0 controls but tab, line
// feed and carriage return; U+FFFE and U+FFFF), else 0. Other characters are never dropped: the
// input is valid UTF-8, so it has no surrogates.
std::size_t dropped_length(std::string_view text, std::size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (c < 0x20) return is_blank(c) ? 0 : 1;
  if (c == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
      (static_cast<unsigned char>(text[i + 2]) & 0xFE) == 0xBE)
    return 3;
  return 0;
}

// FNV-1a: element names are short, and std::hash's call per name showed in the parse time.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const {
    std::uint64_t h = 14695981039346656037ull;
    for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return static_cast<std::size_t>(h);
  }
};

// The bytes of tag and attribute names, lower-cased, and 0 for every other byte.
struct NameTable {
  std::array<char, 256> bytes{};
  NameTable() {
    for (int c = 0; c < 256; ++c) {
      if (is_letter(c) || is_digit(c) || c == ':' || c == '-' || c == '_' || c == '.')
        bytes[static_cast<std::size_t>(c)] = lower(c);
    }
  }
};
const NameTable& name_table() {
  static const NameTable instance;
  return instance;
}

// ---- The parser -------------------------------------------------------------------------------

class Parser {
 public:
  Parser(std::string_view input, TreeBuilder& builder)
      : in_(input), builder_(builder), tables_(tables()) {
    open_.reserve(64);
    for (std::size_t i = 0; i <= kTagCount; ++i) {
      known_[i].tag = static_cast<TagId>(i);
      if (i > 0) known_[i].name = kTagNames[i - 1];
    }
  }

  void run();

 private:
  // An element name, once per name and page. Where elements of that name are open lets an end
  // tag be decided without walking the open elements (pages can leave thousands open).
  struct Name {
    std::string_view name;  // lower case
    TagId tag = 0;
    std::vector<std::uint32_t> open_at;  // indexes in open_, innermost last
  };

  int cur() const { return pos_ < in_.size() ? static_cast<unsigned char>(in_[pos_]) : 0; }
  int at(std::size_t k) const {
    return pos_ + k < in_.size() ? static_cast<unsigned char>(in_[pos_ + k]) : 0;
  }
  void skip_blanks() {
    while (pos_ < in_.size() && is_blank(in_[pos_])) ++pos_;
  }
  // True when `word` (ASCII) is at `from`, in any case.
  bool starts_with_ci(std::size_t from, std::string_view word) const;
  void skip_to_gt() {
    const std::size_t gt = in_.find('>', pos_);
    pos_ = gt == std::string_view::npos ? in_.size() : gt;
  }

  const Name* current() const { return open_.empty() ? nullptr : open_.back(); }
  TagId current_tag() const { return open_.empty() ? 0 : open_.back()->tag; }

  std::size_t read_html_name(char* buffer);
  TagId peek_tag();
  std::size_t xml_name_end(std::size_t from) const;
  // The Name of `name`, whose TagId is `tag`: null when no element of that name was seen yet.
  Name* find_name(std::string_view name, TagId tag);
  Name* intern(std::string_view name, TagId tag);

  void push(Name* name);
  void start(TagId tag);
  void end_current();
  void close_all();
  bool closes(TagId new_tag, TagId old_tag) const { return tables_.closes[new_tag].test(old_tag); }
  void auto_close(TagId new_tag);
  void check_implied(TagId new_tag);
  void check_paragraph();

  void content();
  bool end_tag();
  void element();
  void start_tag();
  bool repeated_attribute(std::string_view name);
  void attribute_value();
  char32_t char_ref();
  void reference();
  void char_data();
  void raw_text();
  void doctype();
  void comment();
  void processing_instruction();
  template <bool markup, typename Emit>
  std::size_t deliver(std::size_t from, Emit emit, std::size_t end = std::string_view::npos);

  std::string_view in_;
  std::size_t pos_ = 0;
  TreeBuilder& builder_;
  const TagTables& tables_;
  std::vector<Name*> open_;  // the open elements, innermost last
  std::array<Name, kTagCount + 1> known_;
  std::unordered_map<std::string, Name, StringHash, std::equal_to<>> unknown_;
  // For each priority level above the default, where elements of that level are open.
  std::array<std::vector<std::uint32_t>, kPriorityLevels.size()> level_open_at_;
  int open_heads_and_bodies_ = 0;
  int open_bodies_ = 0;
  int seen_ = 0;       // 3 once a head was opened, 10 once a body was (libxml2's ctxt->html)
  int misplaced_ = 0;  // html, head and body start tags ignored, whose end tags are ignored too
  char tag_buffer_[kNameLimit];
  char attribute_buffer_[kNameLimit];
  std::string value_;  // the attribute value being read
  // Nothing more goes into value_: a reference to no character ended it (libxml2 writes a NUL
  // there), or the attribute is not kept.
  bool value_cut_ = false;
  std::string attribute_text_;        // the start tag's attribute names and values
  std::vector<std::size_t> offsets_;  // name begin, name end (= value begin), value end, ...
  std::vector<Attribute> attributes_;
  std::unordered_set<std::string, StringHash, std::equal_to<>>
      many_names_;  // see repeated_attribute
  std::string scratch_;
  std::size_t peeked_at_ = std::string_view::npos;  // where peek_tag last looked, and what it saw
  std::size_t peeked_length_ = 0;
  TagId peeked_tag_ = 0;
};

bool Parser::starts_with_ci(std::size_t from, std::string_view word) const {
  if (from > in_.size() || in_.size() - from < word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (lower(static_cast<unsigned char>(in_[from + i])) != lower(word[i])) return false;
  }
  return true;
}

// A tag or attribute name as libxml2 reads it: a letter, '_', ':' or '.', then letters, digits,
// ':', '-', '_' and '.', lower-cased, at most kNameLimit bytes (the rest is left unread). Returns
// its length, 0 when there is no name here.
std::size_t Parser::read_html_name(char* buffer) {
  const int first = cur();
  if (!is_letter(first) && first != '_' && first != ':' && first != '.') return 0;
  const auto& name_bytes = name_table().bytes;
  std::size_t length = 0;
  while (length < kNameLimit && pos_ < in_.size()) {
    const char c = name_bytes[static_cast<unsigned char>(in_[pos_])];
    if (c == 0) break;
    buffer[length++] = c;
    ++pos_;
  }
  return length;
}

// The tag of the start tag at pos_ as libxml2 peeks at it before reading the tag, to see whether
// it closes the current element: here '.' is not a name character ("<table.x>" closes a p).
TagId Parser::peek_tag() {
  std::size_t length = 0;
  while (length < kNameLimit) {
    const int c = at(1 + length);
    if (!is_letter(c) && !is_digit(c) && c != ':' && c != '-' && c != '_') break;
    tag_buffer_[length++] = lower(c);
  }
  peeked_at_ = pos_;
  peeked_length_ = length;
  peeked_tag_ = tables_.find({tag_buffer_, length});
  return peeked_tag_;
}

// Where an XML name (entity names, processing instruction targets, the doctype's name) that
// starts at `from` ends; `from` itself when there is none. The first character is one of XML
// 1.0's letters (name_start.h); later non-ASCII characters all count as name characters, which
// only moves where a name ends inside text that is dropped or kept either way. Like libxml2, an
// ASCII name that runs to the page's end is no name ("<?x" at the end is text), a name with other
// characters is one.
std::size_t Parser::xml_name_end(std::size_t from) const {
  if (from >= in_.size()) return from;
  const auto first = static_cast<unsigned char>(in_[from]);
  if (first < 0x80 ? !starts_xml_name(first) : !starts_xml_name(code_point_at(in_, from)))
    return from;
  auto name_char = [](int c) {
    return is_letter(c) || is_digit(c) || c == '_' || c == ':' || c == '-' || c == '.' || c >= 0x80;
  };
  std::size_t end = from;
  bool ascii = true;
  while (end < in_.size() && name_char(static_cast<unsigned char>(in_[end]))) {
    ascii = ascii && static_cast<unsigned char>(in_[end]) < 0x80;
    ++end;
  }
  return end == in_.size() && ascii ? from : end;
}

Parser::Name* Parser::find_name(std::string_view name, TagId tag) {
  if (tag != 0) return &known_[tag];
  auto it = unknown_.find(name);
  return it == unknown_.end() ? nullptr : &it->second;
}

Parser::Name* Parser::intern(std::string_view name, TagId tag) {
  if (Name* found = find_name(name, tag)) return found;
  auto [it, inserted] = unknown_.try_emplace(std::string(name));
  it->second.name = it->first;
  return &it->second;
}

void Parser::push(Name* name) {
  const TagId tag = name->tag;
  if (tag == kHead && seen_ < 3) seen_ = 3;
  if (tag == kBody && seen_ < 10) seen_ = 10;
  if (tag == kHead || tag == kBody) ++open_heads_and_bodies_;
  if (tag == kBody) ++open_bodies_;
  const auto index = static_cast<std::uint32_t>(open_.size());
  name->open_at.push_back(index);
  if (const int level = tables_.level[tag]) level_open_at_[level].push_back(index);
  open_.push_back(name);
}

// An element libxml2 opens of its own accord (html, head, body, p), without attributes.
void Parser::start(TagId tag) {
  push(&known_[tag]);
  builder_.start_element(known_[tag].name, {});
}

void Parser::end_current() {
  builder_.end_element();
  Name* name = open_.back();
  open_.pop_back();
  const TagId tag = name->tag;
  if (tag == kHead || tag == kBody) --open_heads_and_bodies_;
  if (tag == kBody) --open_bodies_;
  name->open_at.pop_back();
  if (const int level = tables_.level[tag]) level_open_at_[level].pop_back();
}

void Parser::close_all() {
  while (!open_.empty()) end_current();
}

void Parser::auto_close(TagId new_tag) {
  while (!open_.empty() && closes(new_tag, open_.back()->tag)) end_current();
}

// The html, head and body elements a start tag implies when they are missing.
void Parser::check_implied(TagId new_tag) {
  if (new_tag == kHtml) return;
  if (open_.empty()) start(kHtml);
  if (new_tag == kBody || new_tag == kHead) return;
  if (open_.size() <= 1 && tables_.head_content[new_tag]) {
    if (seen_ >= 3) return;  // a head was open before: no second one
    start(kHead);
  } else if (!tables_.frame_content[new_tag]) {
    if (seen_ >= 10 || open_heads_and_bodies_ > 0) return;  // a body was open, or one still is
    start(kBody);
  }
}

// Text (or a character reference) outside every element, or right in html or head, opens a p
// element first (and the body, when there has been none).
void Parser::check_paragraph() {
  const TagId tag = current_tag();
  if (!open_.empty() && tag != kHtml && tag != kHead) return;
  auto_close(kP);
  check_implied(kP);
  start(kP);
}

void Parser::run() {
  // Before the content: blanks, comments, processing instructions and one document type.
  auto prolog_misc = [this] {
    while (cur() == '<' && ((at(1) == '!' && at(2) == '-' && at(3) == '-') || at(1) == '?')) {
      if (at(1) == '!') comment();
      if (cur() == '<' && at(1) == '?') processing_instruction();
      skip_blanks();
    }
  };
  // A byte order mark is dropped, and a second one too when four bytes or more follow the first
  // (libxml2 skips one as it sets the encoding, and one more as it detects it).
  constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
  if (in_.starts_with(kByteOrderMark)) pos_ = kByteOrderMark.size();
  if (in_.size() - pos_ >= 4 && in_.substr(pos_).starts_with(kByteOrderMark))
    pos_ += kByteOrderMark.size();
  skip_blanks();
  prolog_misc();
  if (cur() == '<' && at(1) == '!' && starts_with_ci(pos_ + 2, "DOCTYPE")) doctype();
  skip_blanks();
  prolog_misc();
  content();
}

void Parser::content() {
  // The element the loop last settled in, and how many were open then (libxml2's currentNode and
  // depth): raw text is read only while that element is a script or style.
  const Name* current_node = current();
  std::size_t depth = open_.size();
  while (true) {
    if (cur() == '<' && at(1) == '/') {
      if (end_tag() && (current_node != nullptr || open_.empty())) {
        current_node = current();
        depth = open_.size();
      }
      continue;
    }
    if (cur() == '<' && (is_letter(at(1)) || at(1) == '_' || at(1) == ':') && !open_.empty()) {
      const TagId tag = peek_tag();
      if (closes(tag, current_tag())) {
        auto_close(tag);
        continue;
      }
    }
    if (!open_.empty() && depth >= open_.size() && current_node != current()) {
      current_node = current();
      depth = open_.size();
      continue;
    }
    if (cur() != 0 && current_node != nullptr &&
        (current_node->tag == kScript || current_node->tag == kStyle)) {
      raw_text();
      continue;
    }
    if (cur() == '<' && at(1) == '!' && starts_with_ci(pos_ + 2, "DOCTYPE")) doctype();
    // After a misplaced doctype, what follows it is read in the same round, as below.
    if (cur() == '<' && at(1) == '!' && at(2) == '-' && at(3) == '-') {
      comment();
    } else if (cur() == '<' && at(1) == '?') {
      processing_instruction();
    } else if (cur() == '<' && is_letter(at(1))) {
      element();
      current_node = current();
      depth = open_.size();
    } else if (cur() == '<') {
      // Not markup: the '<' is text, given without the paragraph check other text gets.
      builder_.text("<");
      ++pos_;
    } else if (cur() == '&') {
      reference();
    } else if (pos_ >= in_.size()) {
      close_all();
      return;
    } else {
      char_data();
    }
  }
}

// "</name ...>": closes the element of that name and those opened inside it, unless one of those
// has a higher end priority; an end tag of no open element is ignored. True when it closed one.
bool Parser::end_tag() {
  pos_ += 2;
  const std::size_t length = read_html_name(tag_buffer_);
  if (length == 0) return false;  // "</" is dropped, what follows is text
  const std::string_view name(tag_buffer_, length);
  skip_blanks();
  if (cur() != '>') skip_to_gt();
  if (cur() == '>') ++pos_;
  const TagId tag = tables_.find(name);
  if (misplaced_ > 0 && (tag == kHtml || tag == kBody || tag == kHead)) {
    --misplaced_;
    return false;
  }
  const Name* target = find_name(name, tag);
  if (target == nullptr || target->open_at.empty()) return false;
  const std::uint32_t index = target->open_at.back();
  // Ignored when an element inside it has a higher priority than the end tag.
  for (std::size_t level = tables_.level[tag] + 1u; level < kPriorityLevels.size(); ++level) {
    if (!level_open_at_[level].empty() && level_open_at_[level].back() > index) return false;
  }
  while (open_.size() > index) end_current();
  return true;
}

// A start tag and what libxml2 does right after it: "/>" ends the current element (the new one,
// or for a discarded tag the one it was in), as does a known empty element's '>'.
void Parser::element() {
  start_tag();
  if (open_.empty()) {
    if (cur() == '>') ++pos_;
    return;
  }
  if (cur() == '/' && at(1) == '>') {
    pos_ += 2;
    end_current();
    return;
  }
  if (cur() != '>') {  // the page ended inside the tag: libxml2 drops it without an end event
    Name* name = open_.back();
    open_.pop_back();
    name->open_at.pop_back();
    return;
  }
  ++pos_;
  if (tables_.empty[current_tag()]) end_current();
}

// Reads a start tag from its '<' up to (not including) its '>' or "/>", closes and implies
// elements for it and opens it, unless it is discarded: a second html, a head anywhere but right
// in html, a body inside a body.
void Parser::start_tag() {
  const bool peeked = pos_ == peeked_at_;
  ++pos_;
  const std::size_t length = read_html_name(tag_buffer_);
  const std::string_view name(tag_buffer_, length);
  // The peek read the same name unless a '.' made this one longer.
  const TagId tag = peeked && length == peeked_length_ ? peeked_tag_ : tables_.find(name);
  auto_close(tag);
  check_implied(tag);
  bool discard = false;
  if (!open_.empty() && tag == kHtml) {
    discard = true;
    ++misplaced_;
  }
  if (open_.size() != 1 && tag == kHead) {
    discard = true;
    ++misplaced_;
  }
  if (tag == kBody && open_bodies_ > 0) {
    discard = true;
    misplaced_ += open_bodies_;
  }
  // The name stays in tag_buffer_ while attributes are read into their own buffers.
  attribute_text_.clear();
  offsets_.clear();
  skip_blanks();
  while (pos_ < in_.size() && cur() != '>' && !(cur() == '/' && at(1) == '>')) {
    const std::size_t name_length = read_html_name(attribute_buffer_);
    if (name_length > 0) {
      const std::string_view attribute(attribute_buffer_, name_length);
      // Only the attributes the reader reads are kept, as parse_with_libxml2 keeps them (dom.h
      // is_read_attribute); the others are read past without keeping their values. Whether one
      // repeats an earlier one is then asked among the kept ones only: no other has its name.
      const bool kept = is_read_attribute(attribute);
      skip_blanks();
      value_.clear();
      value_cut_ = !kept;
      if (cur() == '=') {
        ++pos_;
        skip_blanks();
        attribute_value();
      }
      // The first of two attributes of one name counts.
      if (kept && !repeated_attribute(attribute)) {
        offsets_.push_back(attribute_text_.size());
        attribute_text_ += attribute;
        offsets_.push_back(attribute_text_.size());
        attribute_text_ += value_;
        offsets_.push_back(attribute_text_.size());
      }
    } else {
      // Not an attribute: skipped up to a blank or the tag's end.
      while (pos_ < in_.size() && !is_blank(cur()) && cur() != '>' &&
             !(cur() == '/' && at(1) == '>'))
        ++pos_;
    }
    skip_blanks();
  }
  if (discard) return;
  attributes_.clear();
  const std::string_view text(attribute_text_);
  for (std::size_t k = 0; k < offsets_.size(); k += 3) {
    attributes_.push_back({text.substr(offsets_[k], offsets_[k + 1] - offsets_[k]),
                           text.substr(offsets_[k + 1], offsets_[k + 2] - offsets_[k + 1])});
  }
  push(intern(name, tag));
  builder_.start_element(name, attributes_);
}

// True when the start tag being read has an attribute `name` already. Past a few attributes the
// names go into a set, so that a tag with thousands of them is not read in quadratic time.
bool Parser::repeated_attribute(std::string_view name) {
  constexpr std::size_t kFew = 16;
  const std::size_t count = offsets_.size() / 3;
  if (count == 0) many_names_.clear();
  if (count < kFew) {
    for (std::size_t k = 0; k < offsets_.size(); k += 3) {
      if (std::string_view(attribute_text_).substr(offsets_[k], offsets_[k + 1] - offsets_[k]) ==
          name)
        return true;
    }
    if (count + 1 == kFew) {  // the next call uses the set: fill it
      for (std::size_t k = 0; k < offsets_.size(); k += 3)
        many_names_.emplace(attribute_text_.substr(offsets_[k], offsets_[k + 1] - offsets_[k]));
      many_names_.emplace(name);
    }
    return false;
  }
  return !many_names_.emplace(name).second;
}

// An attribute value into value_: quoted (up to the same quote, or the page's end) or not (up to a
// blank or '>'), with character and entity references decoded as libxml2 decodes them there.
void Parser::attribute_value() {
  int quote = 0;
  if (cur() == '"' || cur() == '\'') {
    quote = cur();
    ++pos_;
  }
  while (pos_ < in_.size()) {
    const int c = cur();
    if (c == quote || (quote == 0 && (c == '>' || is_blank(c)))) break;
    if (c != '&') {
      const std::size_t from = pos_;
      if (quote != 0) {
        pos_ = find_either(in_, pos_, static_cast<char>(quote), '&');
      } else {
        while (pos_ < in_.size()) {
          const int d = static_cast<unsigned char>(in_[pos_]);
          if (d == '&' || d == '>' || is_blank(d)) break;
          ++pos_;
        }
      }
      if (!value_cut_) value_.append(in_.substr(from, pos_ - from));
      continue;
    }
    if (at(1) == '#') {
      const char32_t code = char_ref();
      // libxml2 writes a reference to no character as a NUL, which ends the value there.
      if (code == 0) value_cut_ = true;
      if (!value_cut_) append_utf8(value_, code);
      continue;
    }
    ++pos_;
    const std::size_t name_end = xml_name_end(pos_);
    const std::string_view entity = in_.substr(pos_, name_end - pos_);
    pos_ = name_end;
    const char32_t code = entity.empty() || cur() != ';' ? 0 : entity_code_point(entity);
    if (code != 0) ++pos_;
    if (value_cut_) continue;
    if (code != 0) {
      append_utf8(value_, code);
    } else {
      value_ += '&';
      value_ += entity;
    }
  }
  if (quote != 0 && cur() == quote) ++pos_;
}

// "&#...;" or "&#x...;" at pos_: the character, or 0 for none (libxml2 then drops the reference).
// The ';' is optional; the digits end at the first other character.
char32_t Parser::char_ref() {
  char32_t value = 0;
  const bool hex = at(2) == 'x' || at(2) == 'X';
  pos_ += hex ? 3 : 2;
  while (cur() != ';') {
    const int c = cur();
    char32_t digit;
    if (is_digit(c)) {
      digit = static_cast<char32_t>(c - '0');
    } else if (hex && c >= 'a' && c <= 'f') {
      digit = static_cast<char32_t>(c - 'a' + 10);
    } else if (hex && c >= 'A' && c <= 'F') {
      digit = static_cast<char32_t>(c - 'A' + 10);
    } else {
      break;
    }
    if (value < 0x110000) value = value * (hex ? 16 : 10) + digit;
    ++pos_;
  }
  if (cur() == ';') ++pos_;
  return is_xml_char(value) ? value : 0;
}

// A character or entity reference in text. An unknown name, or a known one without ';', stays
// text as written.
void Parser::reference() {
  if (at(1) == '#') {
    const char32_t code = char_ref();
    if (code == 0) return;
    scratch_.clear();
    append_utf8(scratch_, code);
    check_paragraph();
    builder_.text(scratch_);
    return;
  }
  const std::size_t name_end = xml_name_end(pos_ + 1);
  const std::string_view entity = in_.substr(pos_ + 1, name_end - pos_ - 1);
  const char32_t code = entity.empty() || name_end >= in_.size() || in_[name_end] != ';'
                            ? 0
                            : entity_code_point(entity);
  check_paragraph();
  if (code == 0) {
    // The name is read again as text, which drops what libxml2 drops from text.
    builder_.text("&");
    ++pos_;
    return;
  }
  pos_ = name_end + 1;
  scratch_.clear();
  append_utf8(scratch_, code);
  builder_.text(scratch_);
}

// Text up to the next '<' or '&'. Outside every element and right in html or head, text that is
// not all blanks opens a p first (check_paragraph). libxml2 decides that on the first chunk of
// kTextChunk bytes it hands over, and counts blanks as blanks only when markup or the page's end
// follows them.
void Parser::char_data() {
  const std::size_t from = pos_;
  if (open_.empty() || current_tag() == kHtml || current_tag() == kHead) {
    std::size_t kept = 0;
    bool blanks = true;
    std::size_t i = from;
    while (i < in_.size() && in_[i] != '<' && in_[i] != '&' && kept < kTextChunk) {
      if (const std::size_t dropped = dropped_length(in_, i)) {
        i += dropped;
        continue;
      }
      if (!is_blank(in_[i])) {
        blanks = false;
        break;
      }
      ++kept;
      ++i;
    }
    // A full chunk is looked at while libxml2 still stands on its last blank, so it never counts
    // as blanks.
    const int next = i < in_.size() ? static_cast<unsigned char>(in_[i]) : 0;
    if (!blanks || kept >= kTextChunk || (kept > 0 && next != '<' && next != 0)) check_paragraph();
  }
  pos_ = deliver<true>(from, [this](std::string_view text) { builder_.text(text); });
}

// Hands the text from `from` to `emit` in pieces, without the characters libxml2 drops, up to
// the next '<' or '&' (with `markup`) or `end`; returns where it stopped.
template <bool markup, typename Emit>
std::size_t Parser::deliver(std::size_t from, Emit emit, std::size_t end) {
  const std::string_view text = in_.substr(0, end);
  std::size_t run = from;
  std::size_t i = from;
  while (true) {
    i = find_text_stop<markup>(text, i);
    if (i == text.size() || (markup && (text[i] == '<' || text[i] == '&'))) break;
    const std::size_t dropped = dropped_length(text, i);
    if (dropped == 0) {
      ++i;
      continue;
    }
    if (i > run) emit(text.substr(run, i - run));
    i += dropped;
    run = i;
  }
  if (i > run) emit(text.substr(run, i - run));
  return i;
}

// The content of a script or style element: everything up to "</" and the element's name, in any
// case (a "</scriptx>" ends it too, and is then an end tag of nothing).
void Parser::raw_text() {
  const std::string_view name = current()->name;
  const std::size_t from = pos_;
  std::size_t to = from;
  while (true) {
    to = in_.find("</", to);
    if (to == std::string_view::npos) {
      to = in_.size();
      break;
    }
    if (starts_with_ci(to + 2, name)) break;
    to += 2;
  }
  pos_ = to;
  deliver<false>(
      from, [this](std::string_view text) { builder_.raw_text(text); }, to);
}

// "<!DOCTYPE name PUBLIC "..." "...">": up to the '>' after its quoted literals (a '>' inside
// them does not end it), or the page's end.
void Parser::doctype() {
  pos_ += 9;
  skip_blanks();
  pos_ = xml_name_end(pos_);
  skip_blanks();
  auto literal = [this] {
    if (cur() != '"' && cur() != '\'') return;
    const std::size_t close = in_.find(static_cast<char>(cur()), pos_ + 1);
    pos_ = close == std::string_view::npos ? in_.size() : close + 1;
  };
  if (starts_with_ci(pos_, "SYSTEM")) {
    pos_ += 6;
    skip_blanks();
    literal();
  } else if (starts_with_ci(pos_, "PUBLIC")) {
    pos_ += 6;
    skip_blanks();
    literal();
    skip_blanks();
    literal();
  }
  skip_blanks();
  if (cur() != '>') skip_to_gt();
  if (cur() == '>') ++pos_;
  builder_.doctype();
}

// "<!--" up to the first "-->" or "--!>" after it; without either, the rest of the page.
void Parser::comment() {
  pos_ += 4;
  for (std::size_t dashes = in_.find("--", pos_); dashes != std::string_view::npos;
       dashes = in_.find("--", dashes + 1)) {
    const std::string_view after = in_.substr(dashes + 2);
    if (after.starts_with(">") || after.starts_with("!>")) {
      pos_ = dashes + 2 + (after[0] == '>' ? 1 : 2);
      builder_.comment();
      return;
    }
  }
  pos_ = in_.size();
}

// "<?target ...>": dropped up to the first '>'. Without a target only "<?" is dropped.
void Parser::processing_instruction() {
  pos_ += 2;
  const std::size_t target_end = xml_name_end(pos_);
  if (target_end == pos_) return;
  const std::size_t gt = in_.find('>', target_end);
  pos_ = gt == std::string_view::npos ? in_.size() : gt + 1;
}

}  // namespace

void parse_into(std::string_view utf8_html, TreeBuilder& builder) {
  Parser(utf8_html, builder).run();
}

std::span<const std::string_view> known_element_names() {
  return kTagNames;
}

}  // namespace news::html
