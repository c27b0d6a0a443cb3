#include "common/strings.h"

#include <cctype>

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

bool starts_with_ci(std::string_view s, std::string_view lower_prefix) {
  return s.size() >= lower_prefix.size() &&
         lower_ascii(s.substr(0, lower_prefix.size())) == lower_prefix;
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

}  // namespace news
