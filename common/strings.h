// Small ASCII-level string helpers shared by the readers, the quote extractor, the document layer
// and the query parser. Text is UTF-8; these functions treat bytes >= 0x80 as opaque letters,
// which is what name and word handling needs, but for utf8_sequence_length, which checks them.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace news {

// Whitespace as the readers see it: space, tab, CR, LF, FF, VT.
bool is_space(char c);

// `s` without leading and trailing whitespace (and U+00A0 no-break spaces).
std::string_view trim(std::string_view s);

// `s` with ASCII letters lower-cased; other bytes unchanged.
std::string lower_ascii(std::string_view s);

// True if `s` starts with `lower_prefix` ignoring ASCII case; `lower_prefix` must be lower case.
bool starts_with_ci(std::string_view s, std::string_view lower_prefix);

// True if `s` equals `lower` (lower case) ignoring ASCII case.
bool equals_ci(std::string_view s, std::string_view lower);

// Where `lower_needle` (lower case) first occurs in `s` at or after `from`, ASCII letters matching
// in any case; npos when nowhere. Allocates nothing.
std::size_t find_ci(std::string_view s, std::string_view lower_needle, std::size_t from = 0);

// Splits on every occurrence of `separator`, trimming each part and dropping empty ones.
std::vector<std::string_view> split(std::string_view s, std::string_view separator);

// Length of the valid UTF-8 sequence starting at `i` (< s.size()), or 0 if the bytes there are
// not one (overlong forms, surrogates and code points past U+10FFFF count as invalid).
std::size_t utf8_sequence_length(std::string_view s, std::size_t i);

// The offset of the first byte of `s` that is not part of valid UTF-8, or nothing when all is.
std::optional<std::size_t> first_invalid_utf8(std::string_view s);

// The parts joined with `separator` between them.
std::string join(const std::vector<std::string>& parts, std::string_view separator);

// Length of the valid UTF-8 sequence starting at s[i] (i < s.size()), or 0 if the bytes there are
// not one (overlong forms, surrogates and code points past U+10FFFF count as invalid).
std::size_t utf8_sequence_length(std::string_view s, std::size_t i);

// True when s[i] starts a C1 control character (U+0080..U+009F, the bytes C2 80..C2 9F), which a
// terminal may obey as it does an escape sequence (U+009B is CSI).
bool is_c1_control_at(std::string_view s, std::size_t i);

}  // namespace news
