// The numbers the tools' options take, read strictly and refused in our own words: a value that is
// out of range must never wrap (--offset 4294967297 showed ranks 2-3, --limit -1 and --offset -5
// were accepted, --wait 1e300 overflowed a duration).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace news {

// The whole numbers an option accepts, both ends included.
struct WholeNumberRange {
  std::uint64_t min = 0;
  std::uint64_t max = 0;
};

// What is wrong with `text` as a whole number in `range`, worded to follow the option's name
// ("must be a whole number from 1 to 1024; got '-1'"), or "" when it is one. Only decimal digits
// are a whole number: no sign, spaces, fraction or exponent, so "-1" is refused, never wrapped.
std::string whole_number_problem(std::string_view text, WholeNumberRange range);

// What is wrong with `text` as a number of seconds from 0 to `max_seconds` ("must be a number of
// seconds from 0 to 86400; got 'nan'"), or "" when it is one: decimal digits with an optional
// fraction ("0.5"); no sign, exponent, "inf" or "nan".
std::string seconds_problem(std::string_view text, std::uint64_t max_seconds);

}  // namespace news
