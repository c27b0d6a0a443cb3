#include "common/strings.h"

#include <cctype>
#include <optional>

namespace news {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\n' || c == '\r';
}

std::string_view trim(std::string_view s) {
  constexpr std::string_view kNoBreakSpace = "\xC2\xA0";
  bool changed = true;
  while (changed) {
    changed = false;
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1), changed = true;
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1), changed = true;
    if (s.starts_with(kNoBreakSpace)) s.remove_prefix(2), changed = true;
    if (s.ends_with(kNoBreakSpace)) s.remove_suffix(2), changed = true;
  }
  return s;
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  // Plain ASCII arithmetic: std::tolower consults the locale for every byte.
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

namespace {

char lower_ascii_char(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equal_ci_at(std::string_view s, std::size_t at, std::string_view lower) {
  for (std::size_t i = 0; i < lower.size(); ++i) {
    if (lower_ascii_char(s[at + i]) != lower[i]) return false;
  }
  return true;
}

}  // namespace

bool starts_with_ci(std::string_view s, std::string_view lower_prefix) {
  return s.size() >= lower_prefix.size() && equal_ci_at(s, 0, lower_prefix);
}

bool equals_ci(std::string_view s, std::string_view lower) {
  return s.size() == lower.size() && equal_ci_at(s, 0, lower);
}

std::size_t find_ci(std::string_view s, std::string_view lower_needle, std::size_t from) {
  if (lower_needle.empty()) return from <= s.size() ? from : std::string_view::npos;
  const char first = lower_needle.front();
  const char first_upper =
      first >= 'a' && first <= 'z' ? static_cast<char>(first - 'a' + 'A') : first;
  for (std::size_t at = from; at + lower_needle.size() <= s.size(); ++at) {
    if ((s[at] == first || s[at] == first_upper) && equal_ci_at(s, at, lower_needle)) return at;
  }
  return std::string_view::npos;
}

std::vector<std::string_view> split(std::string_view s, std::string_view separator) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = s.find(separator, start);
    const std::string_view part =
        trim(s.substr(start, end == std::string_view::npos ? end : end - start));
    if (!part.empty()) parts.push_back(part);
    if (end == std::string_view::npos) break;
    start = end + separator.size();
  }
  return parts;
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const auto& part : parts) {
    if (!out.empty()) out += separator;
    out += part;
  }
  return out;
}

std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char lead = byte(i);
  std::size_t length = 0;
  char32_t min = 0;
  char32_t cp = 0;
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2, min = 0x80, cp = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3, min = 0x800, cp = lead & 0x0F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4, min = 0x10000, cp = lead & 0x07;
  } else {
    return 0;
  }
  if (i + length > s.size()) return 0;
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return length;
}

bool is_c1_control_at(std::string_view s, std::size_t i) {
  return i + 1 < s.size() && static_cast<unsigned char>(s[i]) == 0xC2 &&
         static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
         static_cast<unsigned char>(s[i + 1]) <= 0x9F;
}

std::optional<std::size_t> first_invalid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t length = utf8_sequence_length(s, i);
    if (length == 0) return i;
    i += length;
  }
  return std::nullopt;
}

}  // namespace news
