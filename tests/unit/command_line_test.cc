// The validators both command lines share: what each accepts, what it rewrites the value to, and
// the message it refuses the rest with (CLI11 puts "--OPTION: " before it).
#include "common/command_line.h"

#include <string>

#include <gtest/gtest.h>

namespace news {
namespace {

enum class Colour { kRed, kGreen };

struct ValidatorCase {
  const char* value;
  const char* rewritten;  // the value after validation; nullptr: refused
  const char* error;      // the message when refused
};

// Runs `validator` on each case as CLI11 does (on a copy it may rewrite) and checks the outcome.
void check_cases(const CLI::Validator& validator, std::initializer_list<ValidatorCase> cases) {
  for (const ValidatorCase& c : cases) {
    std::string value = c.value;
    const std::string error = validator(value);
    if (c.rewritten != nullptr) {
      EXPECT_EQ(error, "") << "value '" << c.value << "'";
      EXPECT_EQ(value, c.rewritten) << "value '" << c.value << "'";
    } else {
      EXPECT_EQ(error, c.error) << "value '" << c.value << "'";
    }
  }
}

TEST(CommandLine, OneOfAcceptsTheNamesInAnyCaseAndStoresTheirValues) {
  const CLI::Validator colours =
      one_of({choice("red", Colour::kRed), choice("green", Colour::kGreen)});
  check_cases(colours, {
                           {"red", "0", ""},
                           {"GREEN", "1", ""},
                           {"Green", "1", ""},
                           {"blue", nullptr, "must be one of red, green; got 'blue'"},
                           {"", nullptr, "must be one of red, green; got ''"},
                           {"re", nullptr, "must be one of red, green; got 're'"},
                       });
  check_cases(one_of_names({"text", "json"}),
              {
                  {"json", "json", ""},
                  {"JSON", "json", ""},
                  {"xml", nullptr, "must be one of text, json; got 'xml'"},
              });
}

// The validators carry common/numbers.h's checks and wording (numbers_test.cc has them in full).
TEST(CommandLine, SecondsAreDecimalNumbersUpToTheMaximum) {
  check_cases(seconds(3600),
              {
                  {"0", "0", ""},
                  {"3600", "3600", ""},
                  {"2.5", "2.5", ""},
                  {"abc", nullptr, "must be a number of seconds from 0 to 3600; got 'abc'"},
                  {"-1", nullptr, "must be a number of seconds from 0 to 3600; got '-1'"},
                  {"inf", nullptr, "must be a number of seconds from 0 to 3600; got 'inf'"},
                  {"3601", nullptr, "must be a number of seconds from 0 to 3600; got '3601'"},
              });
}

TEST(CommandLine, WholeNumbersAreDecimalDigitsInRange) {
  check_cases(whole_number(1, 64),
              {
                  {"1", "1", ""},
                  {"64", "64", ""},
                  {"0", nullptr, "must be a whole number from 1 to 64; got '0'"},
                  {"65", nullptr, "must be a whole number from 1 to 64; got '65'"},
                  {"1.5", nullptr, "must be a whole number from 1 to 64; got '1.5'"},
                  {"-1", nullptr, "must be a whole number from 1 to 64; got '-1'"},
                  {"+1", nullptr, "must be a whole number from 1 to 64; got '+1'"},
                  {"four", nullptr, "must be a whole number from 1 to 64; got 'four'"},
              });
}

TEST(CommandLine, VersionNamesTheToolAndXapian) {
  const std::string text = version_text("news-query");
  EXPECT_EQ(text.rfind("news-query ", 0), 0u) << text;
  EXPECT_NE(text.find("\nXapian 1."), std::string::npos) << text;
}

}  // namespace
}  // namespace news
