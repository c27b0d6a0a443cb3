// Query parsing for news-query: a Xapian QueryParser configured from the schema table.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include <xapian.h>

#include "common/date.h"

namespace news {

struct QueryOptions {
  DateParseOptions dates;  // how ambiguous numeric dates in date: ranges are read
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
};

// Parses the query language of docs/query-language.md into article-level queries: a Xapian
// QueryParser with English stemming (STEM_SOME), AND as the default operator, phrases, boolean
// operators, +/-, wildcards and pure NOT, and every named field of the schema table registered
// (text fields as prefixes, boolean fields as lower-cased exact filters, date fields as ranges).
class ArticleQueryParser {
 public:
  // `db` gives wildcards their vocabulary; it must outlive the parser.
  explicit ArticleQueryParser(const Xapian::Database& db, const QueryOptions& options = {});

  // Parses `query`. An empty or blank query matches every article. Throws QueryError with a
  // readable message on bad syntax or a bad date range.
  ParsedQuery parse(std::string_view query);

 private:
  Xapian::Query parse_with(Xapian::QueryParser& parser, std::string_view query);

  Xapian::QueryParser retrieval_;  // quote: words are body words
  Xapian::QueryParser marking_;    // quote: words carry the quote field's prefix
  // Field processors report errors here instead of throwing: an exception thrown through Xapian's
  // parser leaks its parse stack. Cleared before and checked after each parse.
  std::shared_ptr<std::string> field_error_;
};

// The value range query for a date expression on `slot`: a day, month or year ("2023-11-27",
// "27/11/2023", "2023-11", "2023"), or a range of them with either end open ("2023-11..2023-12",
// "2023-11-01..", "..2023"). Each end covers its whole period. Throws QueryError if it is not one.
Xapian::Query date_range_query(Xapian::valueno slot, std::string_view expression,
                               const DateParseOptions& options = {});

}  // namespace news
