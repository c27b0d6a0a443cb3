// news-query's engine: parse the query, run it, and collect results in a format-neutral form.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/query_parser.h"

namespace news {

enum class SortOrder { kRelevance, kNewest, kOldest };

// Fields that --facet can count over the matching articles.
enum class FacetField { kSpeaker, kAuthor };

struct SearchOptions {
  std::string db_path;  // required
  std::string query;    // in the query language of docs/query-language.md; empty matches all
  std::size_t limit = 10;
  std::size_t offset = 0;
  SortOrder sort = SortOrder::kRelevance;
  // List the matching quotes (speaker, quotes, article) rather than a passage of each article.
  bool quotes = false;
  // Count the values of these fields over all matching articles.
  std::vector<FacetField> facets;
  std::size_t facet_limit = 20;  // values shown per facet, most frequent first
  QueryOptions parsing;
  // One result per story (near-duplicate group, Slot::kStory), with the number of matching copies.
  bool collapse = false;
  // "More like this": the article id whose most telling body words are searched (ANDed with
  // `query`); the article itself is left out. Empty: off.
  std::string like;
  std::size_t snippet_bytes = 240;  // length of the snippet of the body shown with each hit
  // Put around each matched word in snippets.
  std::string highlight_start = "**";
  std::string highlight_end = "**";
};

struct Hit {
  std::size_t rank = 0;   // 1-based, counting from the first result overall (offset included)
  double score = 0;       // Xapian's BM25 weight; 0 for pure filters
  nlohmann::json record;  // the article record (read_record): id, path, title, authors, ...
  // For quote-level results: the people of the article who satisfy the speaker and quote
  // conditions, [{"speaker", "quotes": [quote records containing a searched quote word, or all of
  // that person's quotes when none was searched]}]; null otherwise.
  nlohmann::json quote;
  // With SearchOptions::collapse: the number of matching articles of this hit's story, itself
  // included (exact: every match is counted); 0 without collapse.
  std::size_t copies = 0;
  std::string snippet;  // a passage of the body, or the matching quotes, with matched words
                        // highlighted
};

struct FacetCount {
  std::string value;
  std::size_t count = 0;
};

struct Facet {
  FacetField field;
  std::vector<FacetCount> counts;  // most frequent first, ties by value
  std::size_t distinct = 0;        // number of distinct values before facet_limit
};

struct SearchResults {
  std::string query;
  std::size_t total =
      0;  // number of matching articles, or quotes with `quotes` (exact when total_exact)
  bool total_exact = true;
  std::size_t offset = 0;
  bool quotes = false;     // hits are quotes (SearchOptions::quotes)
  bool collapsed = false;  // one hit per story; each hit's `copies` is set
  bool quote_level =
      false;  // the query searched inside quotes (one hit per article, its best quote)
  std::vector<Hit> hits;
  std::vector<Facet> facets;
};

// The name of a facet field as the command line and the JSON output write it.
std::string_view facet_name(FacetField field);

// Runs one search. Throws DatabaseError if the database is missing or of another schema,
// QueryError for a query that does not parse, UsageError for a --like article that is not in the
// database. Retries when the index changes under it.
SearchResults search(const SearchOptions& options);

}  // namespace news
