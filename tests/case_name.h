// The gtest name of a row of a case table: the row's `what` with every character that is not a
// letter or a digit as '_' (gtest allows no other), shared by the table-driven tests.
#pragma once

#include <cctype>
#include <string>

#include <gtest/gtest.h>

namespace news::testing_support {

// For INSTANTIATE_TEST_SUITE_P: `Case` has a `what` string saying what the row is.
template <typename Case>
std::string case_name(const testing::TestParamInfo<Case>& param_info) {
  std::string name;
  for (const char c : param_info.param.what)
    name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return name;
}

}  // namespace news::testing_support
