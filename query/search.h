// news-query's engine: parse the query, run it, and collect results in a format-neutral form.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/query_parser.h"

namespace news {

enum class SortOrder { kRelevance, kNewest, kOldest };

struct SearchOptions {
  std::string db_path;  // required
  std::string query;    // in the query language of docs/query-language.md; empty matches all
  std::size_t limit = 10;
  std::size_t offset = 0;
  SortOrder sort = SortOrder::kRelevance;
  QueryOptions parsing;
  std::size_t snippet_bytes = 240;  // length of the snippet of the body shown with each hit
  // Put around each matched word in snippets.
  std::string highlight_start = "**";
  std::string highlight_end = "**";
};

struct Hit {
  std::size_t rank = 0;   // 1-based, counting from the first result overall (offset included)
  double score = 0;       // Xapian's BM25 weight; 0 for pure filters
  nlohmann::json record;  // the stored article record (read_record): id, path, title, authors, ...
  std::string snippet;    // a passage of the body with matched words highlighted
};

struct SearchResults {
  std::string query;
  std::size_t total = 0;  // number of matching articles (exact when total_exact)
  bool total_exact = true;
  std::size_t offset = 0;
  std::vector<Hit> hits;
};

// Runs one search. Throws DatabaseError if the database is missing or of another schema,
// QueryError for a query that does not parse. Retries when the index changes under it.
SearchResults search(const SearchOptions& options);

}  // namespace news
