// Query parsing for news-query: a Xapian QueryParser configured from the schema table.
#pragma once

#include <string>
#include <string_view>

#include <xapian.h>

#include "common/date.h"

namespace news {

struct QueryOptions {
  DateParseOptions dates;  // how ambiguous numeric dates in date: ranges are read
};

// A QueryParser for `db`: English stemming (STEM_SOME), AND as the default operator, phrases,
// boolean operators, +/-, wildcards and pure NOT; every named field of the schema table registered
// (text fields as prefixes, boolean fields as lower-cased exact filters, date fields as ranges).
Xapian::QueryParser make_query_parser(const Xapian::Database& db, const QueryOptions& options = {});

// Parses a user's query into an article-level query (quote documents excluded). An empty or blank
// query matches every article. Throws QueryError with a readable message on bad syntax or a bad
// date range.
Xapian::Query parse_user_query(Xapian::QueryParser& parser, std::string_view query);

// The value range query for a date expression on `slot`: a day, month or year ("2023-11-27",
// "27/11/2023", "2023-11", "2023"), or a range of them with either end open ("2023-11..2023-12",
// "2023-11-01..", "..2023"). Each end covers its whole period. Throws QueryError if it is not one.
Xapian::Query date_range_query(Xapian::valueno slot, std::string_view expression,
                               const DateParseOptions& options = {});

}  // namespace news
