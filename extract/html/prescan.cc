#include "extract/html/prescan.h"

#include <algorithm>

#include "extract/html/dom.h"

namespace news::html {

namespace {

constexpr std::size_t kNone = std::string_view::npos;

char lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
}

bool is_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// The characters libxml2 reads as part of an HTML tag name.
bool is_name_char(char c) {
  return is_letter(c) || (c >= '0' && c <= '9') || c == ':' || c == '-' || c == '_' || c == '.';
}

// libxml2's blanks.
bool is_blank(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// True when `text` has `lower_prefix` (lower case) at `at`, in any case.
bool has_prefix_ci(std::string_view text, std::size_t at, std::string_view lower_prefix) {
  if (at + lower_prefix.size() > text.size()) return false;
  for (std::size_t i = 0; i < lower_prefix.size(); ++i) {
    if (lower(text[at + i]) != lower_prefix[i]) return false;
  }
  return true;
}

// Where the first `needle` (lower case, starting with '<', which has no case) is at or after
// `from` in any case; kNone when nowhere.
std::size_t find_tag_ci(std::string_view text, std::string_view needle, std::size_t from) {
  for (std::size_t at = text.find('<', from); at != kNone; at = text.find('<', at + 1)) {
    if (has_prefix_ci(text, at, needle)) return at;
  }
  return kNone;
}

// is_read_attribute for a name in any case, without allocating: every name read is short.
bool is_read_attribute_ci(std::string_view name) {
  char lowered[16];
  if (name.size() > sizeof lowered) return false;
  std::transform(name.begin(), name.end(), lowered, lower);
  return is_read_attribute(std::string_view(lowered, name.size()));
}

struct StartTag {
  std::size_t end = kNone;    // just past its '>'; kNone when the page ends first
  bool self_closing = false;  // ends in "/>" (libxml2 then reads no content)
};

// The start tag whose '<' is at `at`, read the way libxml2 reads attribute values: quoted ones up
// to the same quote (a '>' inside does not end the tag), unquoted ones up to a blank or '>' (a '/'
// at the end of one is part of the value, so "src=a/>" does not close the element).
StartTag read_start_tag(std::string_view text, std::size_t at) {
  enum class State { kOutside, kAfterEquals, kUnquoted, kQuoted };
  State state = State::kOutside;
  char quote = 0;
  for (std::size_t i = at + 1; i < text.size(); ++i) {
    const char c = text[i];
    switch (state) {
      case State::kQuoted:
        if (c == quote) state = State::kOutside;
        continue;
      case State::kAfterEquals:
        if (c == '"' || c == '\'') {
          quote = c;
          state = State::kQuoted;
          continue;
        }
        if (is_blank(c)) continue;
        if (c == '>') return {i + 1, false};
        state = State::kUnquoted;
        continue;
      case State::kUnquoted:
        if (c == '>') return {i + 1, false};
        if (is_blank(c)) state = State::kOutside;
        continue;
      case State::kOutside:
        if (c == '>') return {i + 1, text[i - 1] == '/'};
        if (c == '=') state = State::kAfterEquals;
        continue;
    }
  }
  return {};
}

// Appends the start tag `tag` ("<name ...>") to `out` with only the attributes the reader reads
// (is_read_attribute), and returns true; or returns false, appending nothing, when every attribute
// is read or when the tag is not the plain shape below, where libxml2's recovery would be hard to
// mirror: name, then attributes separated by blanks, each a name alone or with "=" and a value
// (quoted, or unquoted up to a blank or '>'), then '>' or "/>".
bool append_read_attributes(std::string_view tag, std::string& out) {
  std::size_t at = 1;
  while (at < tag.size() && is_name_char(tag[at])) ++at;
  const std::size_t name_end = at;
  struct Span {
    std::size_t begin, end;
  };
  Span kept[16];
  std::size_t kept_count = 0;
  bool dropped = false;
  while (true) {
    const std::size_t before_blanks = at;
    while (at < tag.size() && is_blank(tag[at])) ++at;
    if (at >= tag.size()) return false;
    if (tag[at] == '>' || (tag[at] == '/' && at + 2 == tag.size())) break;
    // Attributes follow the name or a value after at least one blank ...
    if (at == before_blanks && before_blanks != name_end) {
      // ... or right after a quoted value, which libxml2 accepts too.
      const char last = tag[before_blanks - 1];
      if (last != '"' && last != '\'') return false;
    } else if (at == name_end) {
      return false;
    }
    const std::size_t begin = at;
    const char first = tag[at];
    if (!is_letter(first) && first != '_' && first != ':') return false;
    while (at < tag.size() && is_name_char(tag[at])) ++at;
    const std::string_view name = tag.substr(begin, at - begin);
    std::size_t after_name = at;
    while (after_name < tag.size() && is_blank(tag[after_name])) ++after_name;
    if (after_name < tag.size() && tag[after_name] == '=') {
      at = after_name + 1;
      while (at < tag.size() && is_blank(tag[at])) ++at;
      if (at >= tag.size()) return false;
      if (tag[at] == '"' || tag[at] == '\'') {
        const std::size_t close = tag.find(tag[at], at + 1);
        if (close == kNone) return false;
        at = close + 1;
      } else {
        if (tag[at] == '>') return false;
        while (at < tag.size() && !is_blank(tag[at]) && tag[at] != '>') ++at;
      }
    } else if (at < tag.size() && !is_blank(tag[at]) && tag[at] != '>' &&
               !(tag[at] == '/' && at + 2 == tag.size())) {
      return false;
    }
    if (is_read_attribute_ci(name)) {
      if (kept_count == std::size(kept)) return false;
      kept[kept_count++] = {begin, at};
    } else {
      dropped = true;
    }
  }
  if (!dropped) return false;
  out.append(tag.substr(0, name_end));
  for (std::size_t i = 0; i < kept_count; ++i) {
    out += ' ';
    out.append(tag.substr(kept[i].begin, kept[i].end - kept[i].begin));
  }
  // "/>" right after an unquoted value would become part of it: "class=a data-x=1/>" must not
  // turn into "class=a/>".
  if (kept_count > 0 && tag[kept[kept_count - 1].end - 1] != '"' &&
      tag[kept[kept_count - 1].end - 1] != '\'' && tag[at] == '/')
    out += ' ';
  out.append(tag.substr(at));
  return true;
}

}  // namespace

std::string drop_unread_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t copied = 0;  // text before this is in `out` (or dropped)
  std::size_t pos = 0;     // where to look for the next '<'
  while (true) {
    const std::size_t lt = text.find('<', pos);
    if (lt == kNone || lt + 1 >= text.size()) break;
    const char next = text[lt + 1];
    if (text.compare(lt, 4, "<!--") == 0) {
      const std::size_t content = lt + 4;
      // "<!-->" and "<!--->" are empty comments to libxml2; a comment closed by "--!>" is left
      // alone rather than guessed at.
      if (text.compare(content, 1, ">") == 0 || text.compare(content, 2, "->") == 0) {
        pos = content;
        continue;
      }
      const std::size_t close = text.find("-->", content);
      if (close == kNone) break;
      if (text.substr(content, close - content).find("--!>") != kNone) {
        pos = content;
        continue;
      }
      // An empty comment stays in the comment's place: text on each side of it stays two text
      // nodes, as in the page ("By<!-- -->Jane").
      if (close > content) {
        out.append(text, copied, content - copied);
        copied = close;
      }
      pos = close + 3;
    } else if (is_letter(next)) {
      const StartTag tag = read_start_tag(text, lt);
      if (tag.end == kNone) break;
      pos = tag.end;
      const std::size_t out_size = out.size();
      out.append(text, copied, lt - copied);
      if (append_read_attributes(text.substr(lt, tag.end - lt), out)) {
        copied = tag.end;
      } else {
        out.resize(out_size);
      }
      std::size_t name_end = lt + 1;
      while (name_end < tag.end && is_name_char(text[name_end])) ++name_end;
      const std::size_t name_size = name_end - lt - 1;
      const bool script = name_size == 6 && has_prefix_ci(text, lt + 1, "script");
      const bool style = name_size == 5 && has_prefix_ci(text, lt + 1, "style");
      if ((!script && !style) || tag.self_closing) continue;
      // libxml2 (recovering) ends the raw text at the first "</script" in any case, whatever
      // follows it.
      const std::size_t close = find_tag_ci(text, script ? "</script" : "</style", tag.end);
      if (close == kNone) break;
      bool json_ld = false;
      for (std::size_t i = lt; script && !json_ld && i < tag.end; ++i)
        json_ld = has_prefix_ci(text, i, "ld+json");
      if (!json_ld && close > tag.end) {
        out.append(text, copied, tag.end - copied);
        copied = close;
      }
      pos = close + 2;
    } else if (next == '/' || next == '!' || next == '?') {
      // End tags, doctypes, processing instructions: nothing inside them is dropped.
      const std::size_t gt = text.find('>', lt + 1);
      if (gt == kNone) break;
      pos = gt + 1;
    } else {
      pos = lt + 1;
    }
  }
  out.append(text, copied);
  return out;
}

}  // namespace news::html
