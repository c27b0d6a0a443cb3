#include "extract/html/text.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>

#include "common/strings.h"
#include "extract/text_decoding.h"

namespace news::html {

namespace {

// Length of the whitespace-like character at `i` (ASCII space, U+00A0, U+2000..U+200B, U+202F,
// U+205F, U+3000, U+FEFF), or 0. Control characters (C0 but NUL, which the caller drops; DEL; C1,
// U+0080..U+009F) count as whitespace: a page's text must not carry an escape sequence to the
// terminal that shows a search result, and a JSON-LD string can hold any of them.
std::size_t space_length(std::string_view s, std::size_t i) {
  const auto byte = [&](std::size_t k) {
    return k < s.size() ? static_cast<unsigned char>(s[k]) : 0u;
  };
  if (is_space(s[i]) || (byte(i) > 0 && byte(i) < 0x20) || byte(i) == 0x7F) return 1;
  if (is_c1_control_at(s, i)) return 2;
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

}  // namespace

std::string collapse(std::string_view raw) {
  // Whitespace between tags, many of a page's text nodes, gives nothing.
  if (std::all_of(raw.begin(), raw.end(), is_space)) return {};
  std::string decoded;
  if (raw.find('&') != std::string_view::npos) decoded = decode_entities(raw);
  const std::string_view s = decoded.empty() ? raw : std::string_view(decoded);
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  bool non_ascii = false;
  for (std::size_t i = 0; i < s.size();) {
    // Runs of printable ASCII, most of any text, are copied whole.
    std::size_t run = i;
    while (run < s.size() && static_cast<unsigned char>(s[run]) > 0x20 &&
           static_cast<unsigned char>(s[run]) < 0x7F)
      ++run;
    if (run > i) {
      if (pending_space && !out.empty()) out += ' ';
      pending_space = false;
      out.append(s.substr(i, run - i));
      i = run;
      continue;
    }
    if (static_cast<unsigned char>(s[i]) >= 0x80) non_ascii = true;
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
  // libxml2 only gives valid UTF-8 back, but that is its promise, not ours. (Printable ASCII
  // needs no check.)
  if (!non_ascii || is_valid_utf8(out)) return out;
  DecodedText checked = decode_text(out);
  if (checked.repaired_bytes > 0) return checked.text;
  return out;
}

bool contains_ci(std::string_view haystack, std::string_view lower_needle) {
  return find_ci(haystack, lower_needle) != std::string_view::npos;
}

bool is_url(std::string_view s) {
  return s.find("://") != std::string_view::npos || starts_with_ci(s, "www.") ||
         starts_with_ci(s, "/");
}

std::string compact_letters(std::string_view s) {
  std::string out;
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u)) {
      out += static_cast<char>(std::tolower(u));
    } else if (u >= 0x80) {
      out += c;
    }
  }
  return out;
}

std::string ensure_utf8(std::string s) {
  DecodedText checked = decode_text(s);
  if (checked.repaired_bytes > 0 || checked.text.size() != s.size()) return checked.text;
  return s;
}

}  // namespace news::html
