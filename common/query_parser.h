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

// Which documents a query runs against.
enum class DocumentScope { kArticles, kQuotes };

struct ParsedQuery {
  Xapian::Query query;
  DocumentScope scope = DocumentScope::kArticles;
};

// Parses the query language of docs/query-language.md into article-level queries: a Xapian
// QueryParser with English stemming (STEM_SOME), AND as the default operator, phrases, boolean
// operators, +/-, wildcards and pure NOT, and every named field of the schema table registered
// (text fields as prefixes, boolean fields as lower-cased exact filters, date fields as ranges).
class ArticleQueryParser {
 public:
  // `db` gives wildcards their vocabulary; it must outlive the parser.
  explicit ArticleQueryParser(const Xapian::Database& db, const QueryOptions& options = {});

  // The query for `query`, restricted to one kind of document (schema.h): quote documents when the
  // query searches inside quotes (`quote:`), so that `speaker:X quote:Y` matches only X's own
  // words, or when `force_quotes` asks for quotes; article documents otherwise. An empty or blank
  // query matches every document of its kind. Throws QueryError with a readable message on bad
  // syntax or a bad date range.
  ParsedQuery parse(std::string_view query, bool force_quotes = false);

 private:
  Xapian::Query parse_with(Xapian::QueryParser& parser, std::string_view query);

  Xapian::QueryParser articles_;  // plain words search article bodies
  Xapian::QueryParser quotes_;    // plain words search quote words
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
