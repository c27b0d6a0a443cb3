// The given-name lists of the quote extractor (extract/quotes/lexicon.h): a given name of either
// gender is a sign of a person, and only a one-gender name gives a pronoun hint.
#include <string_view>

#include <gtest/gtest.h>

#include "extract/quotes/lexicon.h"

namespace news::lexicon {
namespace {

struct GivenNameCase {
  std::string_view word;
  bool given_name;
  Gender gender;
};

TEST(GivenNames, SignOfAPersonAndPronounHint) {
  const GivenNameCase cases[] = {
      {"John", true, Gender::kMale},
      {"Sarah", true, Gender::kFemale},
      // Given to boys and girls alike: a given name, with no hint.
      {"Kim", true, Gender::kUnknown},
      {"Teboho", true, Gender::kUnknown},
      {"Nour", true, Gender::kUnknown},
      // By region (docs/quotes.md, "given names by region").
      {"Hatem", true, Gender::kMale},
      {"Refiloe", true, Gender::kFemale},
      // Places, agencies and words left out of the lists.
      {"Said", false, Gender::kUnknown},
      {"Saida", false, Gender::kUnknown},
      {"Wafa", false, Gender::kUnknown},
      {"Kisii", false, Gender::kUnknown},
      // Compared as written: a lower-case word is no name.
      {"john", false, Gender::kUnknown},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(is_given_name(c.word), c.given_name) << c.word;
    EXPECT_EQ(given_name_gender(c.word), c.gender) << c.word;
  }
}

}  // namespace
}  // namespace news::lexicon
