// The numbers the tools' options take (common/numbers.h): what is accepted, and that nothing out of
// range wraps.
#include <gtest/gtest.h>

#include "common/numbers.h"

namespace news {
namespace {

TEST(WholeNumberProblem, AcceptsOnlyDigitsInRange) {
  struct Case {
    const char* text;
    std::uint64_t min;
    std::uint64_t max;
    bool ok;
  };
  const Case cases[] = {
      {"0", 0, 10, true},
      {"10", 0, 10, true},
      {"007", 1, 10, true},                     // leading zeros are still seven
      {"11", 0, 10, false},                     // past the end
      {"0", 1, 10, false},                      // before the start
      {"-1", 0, 10, false},                     // a sign: once wrapped to 2^64 - 1
      {"+1", 0, 10, false},                     // a sign, even a harmless one
      {"4294967297", 0, 1'000'000'000, false},  // once truncated to 1 by a 32-bit count
      {"18446744073709551615", 0, UINT64_MAX, true},
      {"18446744073709551616", 0, UINT64_MAX, false},  // past 64 bits: refused, not saturated
      {"99999999999999999999999", 0, UINT64_MAX, false},
      {"1x", 0, 10, false},
      {"1.0", 0, 10, false},
      {"1e3", 0, 10'000, false},
      {" 1", 0, 10, false},
      {"", 0, 10, false},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(whole_number_problem(c.text, {c.min, c.max}).empty(), c.ok) << c.text;
  }
  EXPECT_EQ(whole_number_problem("-1", {0, 1'000'000}),
            "must be a whole number from 0 to 1000000; got '-1'");
}

TEST(SecondsProblem, AcceptsDecimalSecondsInRange) {
  struct Case {
    const char* text;
    bool ok;
  };
  const Case cases[] = {
      {"0", true},        {"0.5", true},    {"3600", true}, {"86400", true}, {"86400.0", true},
      {"86400.5", false}, {"86401", false}, {"-1", false},  {"nan", false},  {"inf", false},
      {"1e300", false},   {".5", false},    {"5.", false},  {"", false},     {"1,5", false},
  };
  for (const auto& c : cases) EXPECT_EQ(seconds_problem(c.text, 86'400).empty(), c.ok) << c.text;
  EXPECT_EQ(seconds_problem("nan", 86'400),
            "must be a number of seconds from 0 to 86400; got 'nan'");
}

}  // namespace
}  // namespace news
