// Query strings -> Xapian query descriptions, so a change in parsing shows up as a readable diff.
#include <string>

#include <gtest/gtest.h>

#include "common/error.h"
#include "common/query_parser.h"
#include "common/schema.h"

namespace news {
namespace {

class QueryParserTest : public testing::Test {
 protected:
  std::string describe(const std::string& query) {
    ArticleQueryParser parser(db_);
    std::string description = parser.parse(query).query.get_description();
    // Whether Xapian wraps a boolean filter in "0 * (...)" varies with what the database holds;
    // either way it is a weightless filter, so the wrapper is not part of what is checked here.
    for (std::size_t at; (at = description.find("0 * ")) != std::string::npos;)
      description.erase(at, 4);
    return description;
  }
  Xapian::WritableDatabase db_{std::string(), Xapian::DB_BACKEND_INMEMORY};
};

TEST_F(QueryParserTest, Descriptions) {
  struct Case {
    const char* name;
    const char* query;
    const char* description;
  };
  const Case cases[] = {
      {"words are ANDed and stemmed", "space weapons",
       "Query(((Zspace@1 AND Zweapon@2) FILTER XTYPEarticle))"},
      {"capitalised words are not stemmed", "Lavrov", "Query((lavrov@1 FILTER XTYPEarticle))"},
      {"phrase", "\"arms race\"", "Query(((arms@1 PHRASE 2 race@2) FILTER XTYPEarticle))"},
      {"title field", "title:election", "Query((ZSelect@1 FILTER XTYPEarticle))"},
      {"author phrase", "author:\"George Hale\"",
       "Query(((Ageorge@1 PHRASE 2 Ahale@2) FILTER XTYPEarticle))"},
      {"byline exact, lower-cased", "byline:\"George Hale\"",
       "Query((XAgeorge hale FILTER XTYPEarticle))"},
      {"OR", "strike OR walkout", "Query(((Zstrike@1 OR Zwalkout@2) FILTER XTYPEarticle))"},
      {"NOT", "strike NOT rail", "Query(((Zstrike@1 AND_NOT Zrail@2) FILTER XTYPEarticle))"},
      {"day", "date:2023-11-27",
       "Query((VALUE_RANGE 0 202311270000 202311272359 FILTER XTYPEarticle))"},
      {"month range", "date:2023-11..2023-12",
       "Query((VALUE_RANGE 0 202311010000 202312312359 FILTER XTYPEarticle))"},
      {"open end", "date:2023-11-01..", "Query((VALUE_GE 0 202311010000 FILTER XTYPEarticle))"},
      {"open start", "date:..2023", "Query((VALUE_LE 0 202312312359 FILTER XTYPEarticle))"},
      {"updated field", "updated:2024",
       "Query((VALUE_RANGE 1 202401010000 202412312359 FILTER XTYPEarticle))"},
      {"blank matches all articles", "  ", "Query(XTYPEarticle)"},
  };
  for (const auto& c : cases) EXPECT_EQ(describe(c.query), c.description) << c.name;
}

TEST_F(QueryParserTest, ErrorsAreQueryErrors) {
  const char* bad[] = {
      "date:2023-13",        // no month 13
      "date:yesterday-ish",  // not a date
      "date:2024..2023",     // ends before it starts
      "date:..",             // no end at all
      "storms AND",          // an operator without its right-hand side
      "rain OR OR hail",     // two operators in a row
  };
  for (const char* query : bad) {
    EXPECT_THROW(describe(query), QueryError) << query;
  }
}

TEST(DateRangeQuery, DayFirstAndMonthFirst) {
  EXPECT_EQ(date_range_query(0, "03/04/2023").get_description(),
            "Query(VALUE_RANGE 0 202304030000 202304032359)");
  DateParseOptions month_first;
  month_first.numeric_order = NumericDateOrder::kMonthFirst;
  EXPECT_EQ(date_range_query(0, "03/04/2023", month_first).get_description(),
            "Query(VALUE_RANGE 0 202303040000 202303042359)");
}

TEST(DateRangeQuery, LeapFebruaryEndsOnThe29th) {
  EXPECT_EQ(date_range_query(0, "2024-02").get_description(),
            "Query(VALUE_RANGE 0 202402010000 202402292359)");
}

}  // namespace
}  // namespace news
