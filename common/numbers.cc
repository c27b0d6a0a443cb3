#include "common/numbers.h"

#include <algorithm>
#include <cctype>
#include <charconv>

#include <fmt/format.h>

namespace news {

namespace {

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c));
  });
}

}  // namespace

std::string whole_number_problem(std::string_view text, WholeNumberRange range) {
  std::uint64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  // from_chars reports a number too large for 64 bits as out of range rather than wrapping it.
  if (!all_digits(text) || error != std::errc() || end != text.data() + text.size() ||
      value < range.min || value > range.max) {
    return fmt::format("must be a whole number from {} to {}; got '{}'", range.min, range.max,
                       text);
  }
  return {};
}

std::string seconds_problem(std::string_view text, std::uint64_t max_seconds) {
  const std::size_t dot = text.find('.');
  const std::string_view whole = text.substr(0, dot);
  const bool well_formed =
      all_digits(whole) && (dot == std::string_view::npos || all_digits(text.substr(dot + 1)));
  // The whole part decides the range: "86400.5" is over a limit of 86400, "0.5" is not.
  if (!well_formed || !whole_number_problem(whole, {0, max_seconds}).empty() ||
      (whole == std::to_string(max_seconds) && dot != std::string_view::npos &&
       text.find_first_not_of('0', dot + 1) != std::string_view::npos)) {
    return fmt::format("must be a number of seconds from 0 to {}; got '{}'", max_seconds, text);
  }
  return {};
}

}  // namespace news
