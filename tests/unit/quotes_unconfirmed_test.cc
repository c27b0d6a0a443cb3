// The one-word speakers the extractor does not take for people on the article alone
// (Article::unconfirmed), which the people table may tie to a person of the archive: a word the
// article also writes as the start of an organisation's name is none of them.
#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "extract/quotes/extractor.h"
#include "tests/case_name.h"

namespace news {
namespace {

struct UnconfirmedCase {
  std::string what;
  std::vector<std::string> paragraphs;
  std::vector<std::string> unconfirmed;  // names, in order
};

class Unconfirmed : public testing::TestWithParam<UnconfirmedCase> {};

TEST_P(Unconfirmed, AreTheseOneWordSpeakers) {
  Article article;
  article.paragraphs = GetParam().paragraphs;
  extract_quotes(article);
  std::vector<std::string> names;
  for (const Person& person : article.unconfirmed) names.push_back(person.name);
  EXPECT_EQ(names, GetParam().unconfirmed);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, Unconfirmed,
    testing::Values(
        UnconfirmedCase{"a surname after a role, no full name",
                        {"The Moravian interior minister arrived in Tessaly on Monday.",
                         "Kovarik told reporters the border would reopen within a week."},
                        {"Kovarik"}},
        UnconfirmedCase{"a company's name with its form",
                        {"Shares of Hallworth Motor Co fell 4 percent on Tuesday.",
                         "Hallworth said sales of its trucks had slowed in the autumn."},
                        {}},
        UnconfirmedCase{"an agency's name",
                        {"The figures were first reported by Dunmore News on Friday.",
                         "Dunmore said the ministry had confirmed the numbers."},
                        {}},
        UnconfirmedCase{"the organisation word two words on",
                        {"Pellow Department Stores posted a loss for the quarter.",
                         "Pellow reported that visits to its shops were down."},
                        {}},
        UnconfirmedCase{"a lower-case word after the name is no organisation",
                        {"The Moravian interior minister arrived in Tessaly on Monday.",
                         "Kovarik group talks were held in the morning.",
                         "Kovarik told reporters the border would reopen within a week."},
                        {"Kovarik"}}),
    testing_support::case_name<UnconfirmedCase>);

}  // namespace
}  // namespace news
