// query/output.h: CSV cells guarded against formula injection, the text listing escaped for a
// terminal (a database indexed before the readers dropped control characters), and the paths of
// --format paths byte for byte.
#include "query/output.h"

#include <string>

#include <gtest/gtest.h>

namespace news {
namespace {

TEST(CsvCell, Cases) {
  struct Case {
    const char* name;
    std::string value;
    std::string cell;
  };
  const Case cases[] = {
      {"plain", "Tram line approved", "Tram line approved"},
      {"empty", "", ""},
      {"comma quoted", "Ferries, trams", "\"Ferries, trams\""},
      {"quotes doubled", "The \"plan\"", "\"The \"\"plan\"\"\""},
      {"formula =", "=1+2", "'=1+2"},
      {"formula +", "+1+2", "'+1+2"},
      {"formula -", "-2+3", "'-2+3"},
      {"formula @", "@SUM(A1)", "'@SUM(A1)"},
      {"leading tab", "\t=1", "'\t=1"},
      {"leading carriage return quoted too", "\r=1", "\"'\r=1\""},
      {"guarded, then quoted", "=HYPERLINK(\"x\",\"y\")", "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""},
      {"a sign inside is harmless", "Costs rise +5%", "Costs rise +5%"},
      {"a path starts with a slash", "/archive/-x.txt", "/archive/-x.txt"},
  };
  for (const auto& c : cases) EXPECT_EQ(csv_cell(c.value), c.cell) << c.name;
}

TEST(HitToCsv, GuardsEveryTextCell) {
  Hit hit;
  hit.rank = 1;
  hit.record = {{"id", "abc"},          {"path", "/a/x.txt"},
                {"title", "=cmd"},      {"authors", {"@someone", "Jane Doe"}},
                {"published", nullptr}, {"updated", nullptr}};
  hit.speakers = {"-Sam"};
  const std::string query = "+ferry";
  EXPECT_EQ(hit_to_csv(hit, &query),
            "'+ferry,1,0,abc,/a/x.txt,'=cmd,'@someone; Jane Doe,,,'-Sam\r\n");
}

// A database indexed before the readers dropped control characters can hold them anywhere.
TEST(ResultsToText, EscapesControlCharacters) {
  SearchResults results;
  results.query = "harbour\033[2J";
  results.total = 1;
  results.did_you_mean = "harbor\033]0;x\007";
  Hit hit;
  hit.rank = 1;
  hit.record = {{"title", "\033]0;pwned\007Headline\xC2\x9B"},
                {"authors", {"Jane \033[8mDoe"}},
                {"path", "/a/caf\xEF\xBF\xBD.txt"},
                {"published", nullptr}};
  hit.path = "/a/caf\xE9\033.txt";
  hit.snippet = "already escaped by the search";
  results.hits.push_back(hit);
  results.facets.push_back({FacetField::kAuthor, {{"Jane \033[8mDoe", 1, ""}}, 1});
  const std::string text = results_to_text(results);
  EXPECT_EQ(text.find('\033'), std::string::npos) << text;
  EXPECT_EQ(text.find('\007'), std::string::npos) << text;
  EXPECT_EQ(text.find("\xC2\x9B"), std::string::npos) << text;
  for (const char* shown :
       {"Did you mean: harbor\\x1b]0;x\\x07\n", "'harbour\\x1b[2J'",
        "1. \\x1b]0;pwned\\x07Headline\\u009b\n",
        "(no date) | Jane \\x1b[8mDoe | /a/caf\\xe9\\x1b.txt\n", "     1  Jane \\x1b[8mDoe\n"}) {
    EXPECT_NE(text.find(shown), std::string::npos) << shown << " not in:\n" << text;
  }
}

TEST(HitLine, PathsByteForByteOrEscaped) {
  Hit hit;
  hit.record = {{"path", "/a/caf\xEF\xBF\xBD.txt"}};
  hit.path = "/a/caf\xE9\n.txt";
  EXPECT_EQ(hit_line(OutputFormat::kPaths, hit), "/a/caf\xE9\n.txt\n");
  EXPECT_EQ(hit_line(OutputFormat::kPaths, hit, nullptr, {'\0', false}),
            std::string("/a/caf\xE9\n.txt\0", 13));
  EXPECT_EQ(hit_line(OutputFormat::kPaths, hit, nullptr, {'\n', true}), "/a/caf\\xe9\\x0a.txt\n");
}

TEST(DumpJson, EscapesDelAndC1AndReplacesBadBytes) {
  const nlohmann::ordered_json json = {{"q", "a\x7F\xC2\x9B\xE9"}};
  EXPECT_EQ(dump_json(json, -1), "{\"q\":\"a\\u007f\\u009b\xEF\xBF\xBD\"}");
}

}  // namespace
}  // namespace news
