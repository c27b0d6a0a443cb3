// news-query --people: the people quoted in the articles a query matches, most quoted first, with
// what the archive's people table knows of each (spellings, roles and affiliations with their
// dates), and how often each was quoted per month or week (attention over time).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>
#include <nlohmann/json.hpp>

#include "common/people.h"
#include "query/attention.h"
#include "query/search.h"

namespace news {

// One person of the listing. The counts are over the matching articles; `person` is the person as
// the whole archive knows them.
struct ListedPerson {
  PersonEntry person;
  std::size_t articles = 0;  // matching articles quoting them
  std::size_t quotes = 0;    // their quotes in those articles
  std::string first;         // first and last day quoted among them ("YYYY-MM-DD"; "" undated)
  std::string last;
};

// Articles per period for the listed people (ListedPerson order), zero-filled over every period
// from the first to the last in which one of them was quoted.
struct PeopleAttention {
  HistogramInterval interval = HistogramInterval::kMonth;
  std::vector<std::string> periods;              // "2024-03", "2024-W11", "2024-03-05"
  std::vector<std::vector<std::size_t>> counts;  // [person][period]
};

struct PeopleListing {
  std::string query;
  std::size_t matches = 0;           // articles the query matched
  std::size_t distinct = 0;          // persons quoted in them, before the limit
  std::vector<ListedPerson> people;  // most articles first, then most quotes, then by name
  // With attention: the listed people's matching articles per period (series in listing order,
  // labelled with their names), zero-filled over every period from the first to the last in
  // which one of them was quoted.
  std::optional<AttentionTable> attention;
};

// Lists the people quoted in the articles `options.query` matches (all of them: limit, offset and
// sort do not apply; quote: conditions do, person by person), at most `options.limit` of them.
// With `attention` (month or week), counts each listed person's articles per period of it.
// Throws as search does for the query, and UsageError for more than kMaxHistogramPeriods periods.
PeopleListing list_people(const Xapian::Database& db, const SearchOptions& options,
                          std::optional<HistogramInterval> attention);

// The listing as text (a block per person, with `why` the lines saying how each person was put
// together, and with attention attention_text's bars, `width` columns wide, `unicode` bars or
// '#'), JSON (docs/json.md, "news-query --people"; docs/schema/news-query-people.schema.json)
// and CSV (one row per person).
std::string people_to_text(const PeopleListing& listing, int width, bool unicode, bool why = false);
nlohmann::ordered_json people_to_json(const PeopleListing& listing);
std::string people_to_csv(const PeopleListing& listing);

}  // namespace news
