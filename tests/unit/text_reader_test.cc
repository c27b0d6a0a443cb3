// Table-driven cases for the plain-text reader. The texts are written for these tests; none is a
// copy of a corpus file.
#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "extract/text/reader.h"

namespace news {
namespace {

std::optional<std::string> iso(const std::optional<DateTime>& date) {
  if (!date) return std::nullopt;
  return date->to_iso();
}

struct ReaderCase {
  const char* name;
  std::string text;
  std::string title;
  std::vector<std::string> authors;
  std::optional<std::string> published;
  std::optional<std::string> updated;
  std::vector<std::string> standfirst;
  std::vector<std::string> paragraphs;
};

const std::vector<ReaderCase>& reader_cases() {
  static const std::vector<ReaderCase> cases = {
      {"reference layout with times on their own lines",
       "Harbour cranes stand idle as dock strike enters third day\n\n\n"
       "Workers gathered at the east gate on Tuesday\n\n"
       "Mira Castell\n\n"
       "By Mira Castell\n\n"
       "Published: 05/03/2024\n\n- 09:15\n\n"
       "Updated: 05/03/2024\n\n- 11:40\n\n"
       "Cranes at Porthaven stood idle.\n\n"
       "Union leaders said talks would resume.\n\n"
       "You may like\n\nAnother headline here\n",
       "Harbour cranes stand idle as dock strike enters third day",
       {"Mira Castell"},
       "2024-03-05T09:15",
       "2024-03-05T11:40",
       {"Workers gathered at the east gate on Tuesday"},
       {"Cranes at Porthaven stood idle.", "Union leaders said talks would resume."}},
      {"bbc layout: headline, blank line, body",
       "Council approves new cycle lanes\n\nThe council voted on Monday.\n\nWork starts in May.\n",
       "Council approves new cycle lanes",
       {},
       std::nullopt,
       std::nullopt,
       {},
       {"The council voted on Monday.", "Work starts in May."}},
      {"time on the date line and two authors",
       "Rail fares to rise\n\nBy Ana Ruiz and Tom Lyle\n\nPublished: 27 November 2023, 14:50 "
       "GMT\n\n"
       "Fares will rise in January.\n",
       "Rail fares to rise",
       {"Ana Ruiz", "Tom Lyle"},
       "2023-11-27T14:50Z",
       std::nullopt,
       {},
       {"Fares will rise in January."}},
      {"published and updated on one line",
       "Markets close higher\nBy Lee Park\nPublished Nov 27 2023 | Updated Nov 28 2023\n\nShares "
       "rose.\n",
       "Markets close higher",
       {"Lee Park"},
       "2023-11-27",
       "2023-11-28",
       {},
       {"Shares rose."}},
      {"byline roles and places dropped",
       "Clinic waiting times fall\n\nBy Jane Okoro, Health Correspondent\n\nFirst published: "
       "2024-02-01\n\n"
       "Waiting times fell.\n",
       "Clinic waiting times fall",
       {"Jane Okoro"},
       "2024-02-01",
       std::nullopt,
       {},
       {"Waiting times fell."}},
      {"lines of one paragraph are joined",
       "Wrapped text\n\nThe first line\nand its continuation.\n\nSecond.\n",
       "Wrapped text",
       {},
       std::nullopt,
       std::nullopt,
       {},
       {"The first line and its continuation.", "Second."}},
      {"a body sentence starting with By is not a byline",
       "Targets missed\n\nBy the end of the year, targets were missed.\n\nOfficials agreed.\n",
       "Targets missed",
       {},
       std::nullopt,
       std::nullopt,
       {},
       {"By the end of the year, targets were missed.", "Officials agreed."}},
      {"a long paragraph ends the header search",
       "Long story\n\n" + std::string(400, 'x') + "\n\nBy Pat Doe\n\nText.\n",
       "Long story",
       {},
       std::nullopt,
       std::nullopt,
       {},
       {std::string(400, 'x'), "By Pat Doe", "Text."}},
      {"CRLF line ends and surrounding spaces",
       "  Title with spaces  \r\n\r\n  By Kim Lo  \r\n\r\n  Body.  \r\n",
       "Title with spaces",
       {"Kim Lo"},
       std::nullopt,
       std::nullopt,
       {},
       {"Body."}},
      {"read more inside a long story is kept",
       "Story\n\nOne.\n\nRead "
       "more\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nSix.\n\nSeven.\n\nEight.\n",
       "Story",
       {},
       std::nullopt,
       std::nullopt,
       {},
       {"One.", "Read more", "Two.", "Three.", "Four.", "Five.", "Six.", "Seven.", "Eight."}},
      {"a time line with no date above it is text, not a header",
       "The latest: flood warnings\n\n2:45 p.m.\n\nThe river rose overnight.\n\n1:30 p.m.\n\nRoads "
       "closed.\n",
       "The latest: flood warnings",
       {},
       std::nullopt,
       std::nullopt,
       {},
       {"2:45 p.m.", "The river rose overnight.", "1:30 p.m.", "Roads closed."}},
      {"empty input", "", "", {}, std::nullopt, std::nullopt, {}, {}},
      {"headline only",
       "\n\nJust a headline\n",
       "Just a headline",
       {},
       std::nullopt,
       std::nullopt,
       {},
       {}},
      {"unbalanced and odd bytes survive",
       "Odd \"quote\n\n\xE2\x80\x9C unclosed\n",
       "Odd \"quote",
       {},
       std::nullopt,
       std::nullopt,
       {},
       {"\xE2\x80\x9C unclosed"}},
  };
  return cases;
}

// gtest prints a parameter on failure; the case name says more than its bytes.
void PrintTo(const ReaderCase& c, std::ostream* os) {
  *os << c.name;
}

class ReaderTest : public testing::TestWithParam<ReaderCase> {};

TEST_P(ReaderTest, Extracts) {
  const ReaderCase& c = GetParam();
  const Article article = read_plain_text(c.text);
  EXPECT_EQ(article.title, c.title);
  EXPECT_EQ(article.authors, c.authors);
  EXPECT_EQ(iso(article.published), c.published);
  EXPECT_EQ(iso(article.updated), c.updated);
  EXPECT_EQ(article.standfirst, c.standfirst);
  EXPECT_EQ(article.paragraphs, c.paragraphs);
  EXPECT_EQ(article.format, "text");
}

std::string case_name(const testing::TestParamInfo<ReaderCase>& info) {
  std::string name;
  for (char c : std::string(info.param.name))
    name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(Layouts, ReaderTest, testing::ValuesIn(reader_cases()), case_name);

TEST(ReaderDates, MonthFirstOption) {
  TextReaderOptions options;
  options.dates.numeric_order = NumericDateOrder::kMonthFirst;
  const Article article =
      read_plain_text("T\n\nBy Al Bo\n\nPublished: 03/04/2024\n\nBody.\n", options);
  ASSERT_TRUE(article.published);
  EXPECT_EQ(article.published->to_iso(), "2024-03-04");
  EXPECT_EQ(
      read_plain_text("T\n\nBy Al Bo\n\nPublished: 03/04/2024\n\nBody.\n").published->to_iso(),
      "2024-04-03");
}

TEST(Byline, Cases) {
  struct Case {
    const char* name;
    const char* byline;
    std::vector<std::string> authors;
  };
  const Case cases[] = {
      {"one name", "By George Hale", {"George Hale"}},
      {"two names", "By Ana Ruiz and Tom Lyle", {"Ana Ruiz", "Tom Lyle"}},
      {"list with and", "By A. Lee, Bea Kerr and Carl Moss", {"A. Lee", "Bea Kerr", "Carl Moss"}},
      {"ampersand", "By Ana Ruiz & Tom Lyle", {"Ana Ruiz", "Tom Lyle"}},
      {"role after comma", "By Jane Okoro, Health Correspondent", {"Jane Okoro"}},
      {"place", "By Jane Okoro in Lisbon", {"Jane Okoro"}},
      {"place after comma", "By Jane Okoro, Moscow", {"Jane Okoro"}},
      {"capitals", "By JANE OKORO", {"Jane Okoro"}},
      {"particles", "By Ana de la Cruz", {"Ana de la Cruz"}},
      {"accented",
       "By Jos\xC3\xA9 N\xC3\xBA\xC3\xB1"
       "ez",
       {"Jos\xC3\xA9 N\xC3\xBA\xC3\xB1"
        "ez"}},
      {"middle initial", "By John F. Hale", {"John F. Hale"}},
      {"agency only", "By Reuters", {}},
      {"staff", "By Staff Reporter", {}},
      {"a sentence", "By the end of the year", {}},
      {"a number", "By 2030 emissions fall", {}},
  };
  for (const auto& c : cases) EXPECT_EQ(parse_byline(c.byline), c.authors) << c.name;
}

}  // namespace
}  // namespace news
