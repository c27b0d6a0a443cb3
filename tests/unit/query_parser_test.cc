// Query strings -> Xapian query descriptions, so a change in parsing shows up as a readable diff.
#include <chrono>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "common/error.h"
#include "common/schema.h"
#include "query/query_parser.h"

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
      {"words are ANDed and stemmed", "space weapons", "Query((Zspace@1 AND Zweapon@2))"},
      {"capitalised words are not stemmed", "Lavrov", "Query(lavrov@1)"},
      {"phrase", "\"arms race\"", "Query((arms@1 PHRASE 2 race@2))"},
      {"title field", "title:election", "Query(ZSelect@1)"},
      {"author phrase", "author:\"George Hale\"", "Query((Ageorge@1 PHRASE 2 Ahale@2))"},
      {"byline exact, lower-cased", "byline:\"George Hale\"", "Query(XAgeorge hale)"},
      {"org field", "org:barclays", "Query(ZXORGbarclay@1)"},
      {"org phrase", "org:\"transport salaried\"",
       "Query((XORGtransport@1 PHRASE 2 XORGsalaried@2))"},
      {"OR", "strike OR walkout", "Query((Zstrike@1 OR Zwalkout@2))"},
      {"NOT", "strike NOT rail", "Query((Zstrike@1 AND_NOT Zrail@2))"},
      {"day", "date:2023-11-27", "Query(VALUE_RANGE 0 202311270000 202311272359)"},
      {"month range", "date:2023-11..2023-12", "Query(VALUE_RANGE 0 202311010000 202312312359)"},
      {"open end", "date:2023-11-01..", "Query(VALUE_GE 0 202311010000)"},
      {"open start", "date:..2023", "Query(VALUE_LE 0 202312312359)"},
      {"updated field", "updated:2024", "Query(VALUE_RANGE 1 202401010000 202412312359)"},
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

// Relative dates, --since/--until and the newer query forms, with "now" fixed at
// 2024-01-15 12:00 UTC.
class QueryParserAtNowTest : public testing::Test {
 protected:
  static QueryOptions at(std::string_view now) {
    QueryOptions options;
    options.now = parse_now(now);
    return options;
  }
  std::string describe(const std::string& query, const QueryOptions& options) {
    ArticleQueryParser parser(db_, options);
    std::string description = parser.parse(query).query.get_description();
    for (std::size_t at; (at = description.find("0 * ")) != std::string::npos;)
      description.erase(at, 4);
    return description;
  }
  Xapian::WritableDatabase db_{std::string(), Xapian::DB_BACKEND_INMEMORY};
};

TEST_F(QueryParserAtNowTest, RelativeAndOpenDates) {
  struct Case {
    const char* name;
    const char* now;
    const char* query;
    const char* description;
  };
  const Case cases[] = {
      {"today is the UTC day of now", "2024-01-15T12:00Z", "date:today",
       "Query(VALUE_RANGE 0 202401150000 202401152359)"},
      {"a time with an offset moves to its UTC day", "2024-01-15T01:00+03:00", "date:today",
       "Query(VALUE_RANGE 0 202401140000 202401142359)"},
      {"relative names ignore case", "2024-01-15", "date:Yesterday",
       "Query(VALUE_RANGE 0 202401140000 202401142359)"},
      {"since yesterday", "2024-01-15", "date:yesterday..", "Query(VALUE_GE 0 202401140000)"},
      {"last 7 days", "2024-01-15", "date:7d..", "Query(VALUE_GE 0 202401080000)"},
      {"last 2 weeks", "2024-01-15", "date:2w..", "Query(VALUE_GE 0 202401010000)"},
      {"last 3 months cross a year", "2024-01-15", "date:3m..", "Query(VALUE_GE 0 202310150000)"},
      {"last year", "2024-01-15", "date:1y..", "Query(VALUE_GE 0 202301150000)"},
      {"a month back from the 31st is the month's last day", "2024-03-31", "date:1m",
       "Query(VALUE_RANGE 0 202402290000 202402292359)"},
      {"a year back from 29 February is 28 February", "2024-02-29", "date:1y",
       "Query(VALUE_RANGE 0 202302280000 202302282359)"},
      {"relative range between two relative days", "2024-01-15", "date:2w..1w",
       "Query(VALUE_RANGE 0 202401010000 202401082359)"},
      {"open-ended year", "2024-01-15", "date:2023..", "Query(VALUE_GE 0 202301010000)"},
      {"up to a month", "2024-01-15", "date:..2023-06", "Query(VALUE_LE 0 202306302359)"},
      {"updated takes the same forms", "2024-01-15", "updated:7d..",
       "Query(VALUE_GE 1 202401080000)"},
      {"NEAR", "2024-01-15", "tram NEAR extension", "Query((tram@1 NEAR 11 extension@2))"},
      {"love and hate", "2024-01-15", "+election -recount", "Query((Zelect@1 AND_NOT Zrecount@2))"},
      {"wildcard", "2024-01-15", "sanction*", "Query(WILDCARD SYNONYM sanction)"},
      {"section is an exact filter", "2024-01-15", "section:Politics", "Query(XSECTIONpolitics)"},
      {"outlet is an exact filter", "2024-01-15", "election outlet:\"Velmont Post\"",
       "Query((Zelect@1 FILTER XOUTLETvelmont post))"},
  };
  for (const auto& c : cases) EXPECT_EQ(describe(c.query, at(c.now)), c.description) << c.name;
}

TEST_F(QueryParserAtNowTest, SinceAndUntilFilterTheWholeQuery) {
  struct Case {
    const char* name;
    const char* since;
    const char* until;
    const char* query;
    const char* description;
  };
  const Case cases[] = {
      {"since a month", "2023-11", "", "election",
       "Query((Zelect@1 FILTER VALUE_GE 0 202311010000))"},
      {"until a year", "", "2023", "election", "Query((Zelect@1 FILTER VALUE_LE 0 202312312359))"},
      {"both, relative since", "7d", "today", "election",
       "Query((Zelect@1 FILTER (VALUE_GE 0 202401080000 AND VALUE_LE 0 202401152359)))"},
      {"on an empty query", "2024", "", "", "Query(VALUE_GE 0 202401010000)"},
      {"ANDed with a date: in the query", "2023", "", "date:..2023-06",
       "Query((VALUE_LE 0 202306302359 FILTER VALUE_GE 0 202301010000))"},
  };
  for (const auto& c : cases) {
    QueryOptions options = at("2024-01-15T12:00Z");
    options.since = c.since;
    options.until = c.until;
    EXPECT_EQ(describe(c.query, options), c.description) << c.name;
  }
}

TEST_F(QueryParserAtNowTest, NotesSayHowFieldsResolved) {
  QueryOptions options = at("2024-01-15");
  options.until = "yesterday";
  ArticleQueryParser parser(db_, options);
  const ParsedQuery parsed = parser.parse("date:7d.. byline:\"Maren Holloway\" updated:2023");
  const std::vector<std::string> expected = {
      "date:7d.. -> published from 2024-01-08 00:00 (open end)",
      "byline:Maren Holloway -> exact term XAmaren holloway",
      "updated:2023 -> updated 2023-01-01 00:00 to 2023-12-31 23:59",
      "--until yesterday -> published up to 2024-01-14 23:59 (open start)",
  };
  EXPECT_EQ(parsed.notes, expected);
}

TEST_F(QueryParserAtNowTest, BadDatesAreQueryErrorsSayingWhatToDo) {
  struct Case {
    const char* name;
    const char* since;
    const char* query;
    const char* message_part;
  };
  const Case cases[] = {
      {"unknown unit", "", "date:7x..", "'7x' is not a date"},
      {"word that is not a day", "", "date:tomorrow", "bad date 'tomorrow': not a date"},
      {"relative range backwards", "", "date:1w..2w", "the range ends before it starts"},
      {"too far back", "", "date:99999y..", "'99999y' is not a date"},
      {"years past std::chrono::year's range", "", "date:48881y", "not a date"},
      {"months back before the year 1000", "", "date:99999m", "not a date"},
      {"before 1800", "", "date:1600", "'1600' is outside the years news-query takes"},
      {"after 2199", "", "date:2023..9999-12-31", "'9999-12-31' is outside the years"},
      {"relative, before 1800", "", "date:99999d..", "'99999d' is outside the years"},
      {"--since before 1800", "1799-12-31", "election", "'1799-12-31' is outside the years"},
      {"the message lists the relative forms", "", "date:soon", "(7d, 2w, 3m, 1y)"},
      {"--since takes no range", "2023..2024", "election", "give one date, not a range"},
      {"--since must be a date", "last week", "election", "bad date 'last week..'"},
  };
  for (const auto& c : cases) {
    QueryOptions options = at("2024-01-15");
    options.since = c.since;
    try {
      describe(c.query, options);
      ADD_FAILURE() << c.name << ": no error";
    } catch (const QueryError& e) {
      EXPECT_NE(std::string(e.what()).find(c.message_part), std::string::npos)
          << c.name << ": " << e.what();
    }
  }
}

TEST(ParseNow, DaysTimesAndZones) {
  struct Case {
    const char* name;
    const char* text;
    long long seconds;  // since the epoch
  };
  const Case cases[] = {
      {"a day is its start, UTC", "2024-01-15", 1705276800},
      {"a time without zone is UTC", "2024-01-15T09:30", 1705276800 + 9 * 3600 + 30 * 60},
      {"an offset is applied", "2024-01-15T09:30+01:00", 1705276800 + 8 * 3600 + 30 * 60},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(std::chrono::duration_cast<std::chrono::seconds>(parse_now(c.text).time_since_epoch())
                  .count(),
              c.seconds)
        << c.name;
  }
  EXPECT_THROW(parse_now("soon"), QueryError);
  // The clock counts nanoseconds in 64 bits (1677 to 2262): 9999-12-31 once wrapped to 1816.
  EXPECT_THROW(parse_now("9999-12-31"), QueryError);
  EXPECT_THROW(parse_now("1799-12-31T23:59Z"), QueryError);
  EXPECT_NO_THROW(parse_now("1800-01-01"));
  EXPECT_NO_THROW(parse_now("2199-12-31T23:59Z"));
}

TEST(UnknownField, NamesWhatIsNoField) {
  struct Case {
    const char* query;
    const char* unknown;  // nullptr: none
  };
  const Case cases[] = {
      {"foo:bar", "foo"},
      {"election foo:bar", "foo"},
      {"-foo:bar", "foo"},
      {"(tram OR foo:\"a b\")", "foo"},
      {"Title:election", "Title"},                   // fields are lower case
      {"TV presenter Deeley drops CD:UK", nullptr},  // a name with a capital: text (BBC headline)
      {"Star Trek:Voyager", nullptr},
      {"mp3:player", "mp3"},
      {"title:election author:holloway", nullptr},
      {"date:2024 updated:..2023 who:\"a b\" id:0123", nullptr},
      {"foo: bar", nullptr},               // a space after the colon: two words
      {"10:30", nullptr},                  // a time
      {"https://example.com/a", nullptr},  // an address
      {"\"foo:bar\"", nullptr},            // inside a phrase
      {"well-known:x", nullptr},           // not at the start of a term
      {"caf\xc3\xa9:x", nullptr},          // a word with a letter outside ASCII is no field name
  };
  for (const auto& c : cases) {
    const auto found = unknown_field(c.query);
    EXPECT_EQ(found.value_or("(none)"), c.unknown ? c.unknown : "(none)") << c.query;
  }
}

TEST(PureNegativeAsNot, OnlyQueriesOfExcludedTerms) {
  struct Case {
    const char* query;
    const char* rewritten;  // nullptr: left as it is
  };
  const Case cases[] = {
      {"-tram", "NOT (tram)"},
      {"-tram -election", "NOT (tram OR election)"},
      {" -\"tram extension\"  -title:tram ", "NOT (\"tram extension\" OR title:tram)"},
      {"-(tram OR election)", "NOT ((tram OR election))"},
      {"-date:2024", "NOT (date:2024)"},
      {"election -recount", nullptr},  // a term to find: Xapian's AND_NOT
      {"+election -recount", nullptr},
      {"-tram NOT election", nullptr},  // an operator: Xapian judges
      {"-tram -OR", nullptr},
      {"-(tram", nullptr},  // unbalanced
      {"-\"tram", nullptr},
      {"-", nullptr},
      {"NOT tram", nullptr},
  };
  for (const auto& c : cases) {
    const auto rewritten = pure_negative_as_not(c.query);
    EXPECT_EQ(rewritten.value_or("(as it is)"), c.rewritten ? c.rewritten : "(as it is)")
        << c.query;
  }
}

TEST_F(QueryParserTest, PureNegativeMatchesAllButTheTerms) {
  EXPECT_EQ(describe("-tram"), "Query((<alldocuments> AND_NOT Ztram@1))");
  EXPECT_EQ(describe("NOT tram"), describe("-tram"));
}

TEST_F(QueryParserTest, QueryTextLimitsAreQueryErrors) {
  struct Case {
    const char* name;
    std::string query;
    const char* message_part;
  };
  std::string wildcards;
  for (std::size_t i = 0; i <= kMaxWildcards; ++i) wildcards += "h* ";
  const Case cases[] = {
      {"too long", std::string(kMaxQueryBytes + 1, 'a'), "bytes long; the limit is 4096"},
      {"too many wildcards", wildcards, "the query has 17 wildcards; the limit is 16"},
      {"not UTF-8", "caf\xe9", "not valid UTF-8 (byte 0xe9 at offset 3)"},
      {"truncated UTF-8", "caf\xc3", "not valid UTF-8 (byte 0xc3 at offset 3)"},
      {"unknown field", "foo:bar", "unknown field 'foo' in 'foo:bar'; the fields are id, type"},
  };
  for (const auto& c : cases) {
    try {
      describe(c.query);
      ADD_FAILURE() << c.name << ": no error";
    } catch (const QueryError& e) {
      EXPECT_NE(std::string(e.what()).find(c.message_part), std::string::npos)
          << c.name << ": " << e.what();
    }
  }
  EXPECT_NO_THROW(describe(std::string(kMaxQueryBytes, 'a')));
  EXPECT_NO_THROW(describe(wildcards.substr(3)));  // exactly kMaxWildcards
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
