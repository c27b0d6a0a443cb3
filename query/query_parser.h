// Query parsing for news-query: a Xapian QueryParser configured from the schema table.
#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "common/date.h"
#include "query/people.h"

namespace news {

using Clock = std::chrono::system_clock;

// Bounds on one query (docs/query-language.md#limits): 'h* ' 30,000 times took 24.8 s and 1.7 GB.
// Each wildcard also expands to at most 2,000 words, the most frequent.
inline constexpr std::size_t kMaxQueryBytes = 4096;
inline constexpr std::size_t kMaxWildcards = 16;

struct QueryOptions {
  DateParseOptions dates;  // how ambiguous numeric dates in date: ranges are read
  // "Now" for relative dates (today, yesterday, 7d, 2w, 3m, 1y), whose days are UTC days; empty:
  // the system clock at each parse. Set it to make relative dates (and tests) deterministic.
  std::optional<Clock::time_point> now;
  // Bounds on the published date ANDed with the query (news-query --since/--until): each is one
  // date expression as date: takes it (a day, month, year or relative date; not a range), and
  // covers its whole period. Empty: no bound.
  std::string since;
  std::string until;
  // Ask Xapian for a spelling correction of words the database does not have (the spelling table
  // news-index writes); the result is ParsedQuery::corrected.
  bool spelling_correction = true;
};

// A parsed query in two readings.
struct ParsedQuery {
  // What the database runs: restricted to articles; `quote:` words search the body.
  Xapian::Query query;
  // The same query with `quote:` words marked by the quote field's prefix, for checking speaker and
  // quote conditions person by person (query/quote_filter.h).
  Xapian::Query marked;
  // True when the query has `quote:` words, which the search must then verify per person.
  bool has_quote_words = false;
  // The query with misspelt words replaced by the closest words in the database's spelling table
  // ("Did you mean"); empty when every word is known or no correction was asked for.
  std::string corrected;
  // How field values resolved, in the order met, for --explain: "date:7d.. -> published from
  // 2024-01-08 00:00 (open end)", "byline:\"Maren Holloway\" -> exact term XAmaren holloway".
  std::vector<std::string> notes;
};

// Parses the query language of docs/query-language.md into article-level queries: a Xapian
// QueryParser with English stemming (STEM_SOME), AND as the default operator, phrases, boolean
// operators, +/-, wildcards and pure NOT, and every named field of the schema table registered
// (text fields as prefixes, boolean fields as lower-cased exact filters, date fields as ranges).
class ArticleQueryParser {
 public:
  // `db` gives wildcards their vocabulary; it must outlive the parser.
  explicit ArticleQueryParser(const Xapian::Database& db, const QueryOptions& options = {});

  // Parses `query`. An empty or blank query matches every article, and so does a query of
  // excluded words only ("-tram": every article without tram, as "NOT tram"). Throws QueryError
  // with a readable message on bad syntax, a bad date range, a field the schema does not have
  // ("foo:bar"), bytes that are not UTF-8, or a query past kMaxQueryBytes or kMaxWildcards.
  ParsedQuery parse(std::string_view query);

  // Internal: what the parser shares with its field processors during a parse (now, notes, the
  // first error). Defined in query_parser.cc.
  struct State;

 private:
  Xapian::Query parse_with(Xapian::QueryParser& parser, std::string_view query);

  Xapian::Database db_;  // for spelling: which words the index has
  PeopleTable people_;   // for speaker: and person:
  QueryOptions options_;
  Xapian::QueryParser retrieval_;  // quote: words are body words
  Xapian::QueryParser marking_;    // quote: words carry the quote field's prefix
  // Field processors report errors here instead of throwing: an exception thrown through Xapian's
  // parser leaks its parse stack. Cleared before and checked after each parse.
  std::shared_ptr<State> state_;
};

// The first name before a colon in `query` that looks like a field ("foo" in "foo:bar": a word at
// the start of a term, then ':' and no space) but is no field of the schema, or nothing. Outside
// quoted phrases only; "10:30" and "http://..." are no fields. A name is taken for a field when it
// is lower case, as every field is, or a field in capitals ("Title"); a name with a capital that
// is no field ("CD:UK") is text, which Xapian reads as the phrase "cd uk". Xapian would read
// "foo:bar" as the phrase "foo bar" without a word of warning.
std::optional<std::string> unknown_field(std::string_view query);

// The query as Xapian can run it when every term of it is excluded ("-tram -recount"): Xapian
// refuses such a query and silently reparses it without operators, so that "-tram" searched for
// tram. Returns "NOT (tram OR recount)", which FLAG_PURE_NOT runs as every article without them;
// nothing when the query has a term that is not excluded, an operator, or unbalanced quotes or
// brackets (left for Xapian to judge).
std::optional<std::string> pure_negative_as_not(std::string_view query);

// `query` with each `speaker:NAME` and `speaker:"A NAME"` (outside phrases; not a bracket or a
// wildcard) that names persons of the people table (PeopleTable::resolve) made
// `(speaker:NAME OR person:ID ...)`, so that the search finds every spelling of them. Adds a note
// per expansion ("speaker:lavrov -> also Sergey Lavrov (sergei-lavrov)").
std::string expand_speakers(std::string_view query, const PeopleTable& people,
                            std::vector<std::string>& notes);

// The wildcards of a parsed query: its OP_WILDCARD nodes, each expanded when the search runs
// (ArticleQueryParser::parse refuses more than kMaxWildcards).
std::size_t count_wildcards(const Xapian::Query& query);

// The first and last sort keys ("YYYYMMDDHHMM", as DateTime::sort_key) a date expression covers;
// an open end is empty.
struct DateBounds {
  std::string first;
  std::string last;
};

// Resolves a date expression: a day, month or year ("2023-11-27", "27/11/2023", "2023-11",
// "2023"), a day relative to `now` ("today", "yesterday", "7d", "2w", "3m", "1y": that many days,
// weeks, months or years before today, in UTC), or a range of them with either end open
// ("2023-11..2023-12", "2023-11-01..", "..2023", "7d.."). Each end covers its whole period.
// Throws QueryError, saying which forms are accepted, if it is not one, or if an end falls outside
// the years kEarliestYear to kLatestQueryYear (common/date.h).
DateBounds resolve_dates(std::string_view expression, const DateParseOptions& options,
                         Clock::time_point now);

// The value range query on `slot` for a date expression (see resolve_dates).
Xapian::Query date_range_query(Xapian::valueno slot, std::string_view expression,
                               const DateParseOptions& options = {},
                               Clock::time_point now = Clock::now());

// Reads a "now" for QueryOptions::now (news-query --now, NEWS_QUERY_NOW): a day or a time as
// parse_date reads it ("2024-01-15", "2024-01-15T09:30Z"); a day means its start, and a time
// without a zone is taken as UTC. Throws QueryError if it is not one, or not in the years
// kEarliestYear to kLatestQueryYear (the clock's nanoseconds reach only 1677 to 2262: 9999-12-31
// once wrapped to 1816).
Clock::time_point parse_now(std::string_view text);

}  // namespace news
