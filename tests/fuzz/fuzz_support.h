// What the fuzz targets share: a check that turns a broken contract into a crash libFuzzer records,
// and a UTF-8 validator for the promise that readers see, and produce, only valid UTF-8.
#pragma once

#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "common/date.h"

// Aborts with the failed condition when `condition` is false. libFuzzer saves the input that got
// here as a crash artifact, exactly as for a sanitizer report. A macro rather than a function for
// the condition's text and line: clang 14 has no std::source_location.
#define FUZZ_REQUIRE(condition)                                                               \
  do {                                                                                        \
    if (!(condition)) {                                                                       \
      std::fprintf(stderr, "%s:%d: contract violated: %s\n", __FILE__, __LINE__, #condition); \
      std::abort();                                                                           \
    }                                                                                         \
  } while (false)

namespace news::fuzz {

// Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing past U+10FFFF, no truncated
// sequence. Written apart from text_decoding.cc on purpose, so that it checks that code rather than
// repeating it.
inline bool is_valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto lead = static_cast<unsigned char>(s[i]);
    std::size_t length = 0;
    unsigned char low = 0x80;  // bounds of the second byte, which rule out the invalid forms
    unsigned char high = 0xBF;
    if (lead <= 0x7F) {
      ++i;
      continue;
    } else if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
    } else if (lead == 0xE0) {
      length = 3, low = 0xA0;  // below is overlong
    } else if (lead == 0xED) {
      length = 3, high = 0x9F;  // above is a surrogate
    } else if (lead >= 0xE1 && lead <= 0xEF) {
      length = 3;
    } else if (lead == 0xF0) {
      length = 4, low = 0x90;  // below is overlong
    } else if (lead == 0xF4) {
      length = 4, high = 0x8F;  // above is past U+10FFFF
    } else if (lead >= 0xF1 && lead <= 0xF3) {
      length = 4;
    } else {
      return false;
    }
    if (s.size() - i < length) return false;
    const auto second = static_cast<unsigned char>(s[i + 1]);
    if (second < low || second > high) return false;
    for (std::size_t k = 2; k < length; ++k) {
      const auto byte = static_cast<unsigned char>(s[i + k]);
      if (byte < 0x80 || byte > 0xBF) return false;
    }
    i += length;
  }
  return true;
}

// The DateTime invariant of date.h, for a date a reader filled: a valid year, a twelve-digit sort
// key, and to_iso reading back to the same value.
inline void check_date(const std::optional<DateTime>& date) {
  if (!date) return;
  FUZZ_REQUIRE(date->year >= 1000 && date->year <= 9999);
  const std::string key = date->sort_key();
  bool digits = key.size() == 12;
  for (char c : key) digits = digits && c >= '0' && c <= '9';
  FUZZ_REQUIRE(digits);
  FUZZ_REQUIRE(parse_date(date->to_iso()) == date);
}

}  // namespace news::fuzz
