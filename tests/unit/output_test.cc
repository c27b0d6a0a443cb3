// query/output.h: CSV cells guarded against formula injection, and the paths of --format paths
// byte for byte.
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

TEST(HitLine, PathsByteForByte) {
  Hit hit;
  hit.record = {{"path", "/a/caf\xEF\xBF\xBD.txt"}};
  hit.path = "/a/caf\xE9\n.txt";
  EXPECT_EQ(hit_line(OutputFormat::kPaths, hit), "/a/caf\xE9\n.txt\n");
  EXPECT_EQ(hit_line(OutputFormat::kPaths, hit, nullptr, {'\0'}),
            std::string("/a/caf\xE9\n.txt\0", 13));
}

}  // namespace
}  // namespace news
