// Rendering search results: a readable listing for people, JSON for scripts (docs/json.md).
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "query/search.h"

namespace news {

// Version of the JSON result format; bumped when a key changes meaning or disappears.
inline constexpr int kResultsJsonVersion = 1;

// {"version", "query", "total", "total_exact", "offset", "results": [{"rank", "score", "id",
// "path", "title", "authors", "published", "updated", "speakers", ["quotes",] "snippet"}],
// "facets": {...}}; every key is documented in docs/json.md.
nlohmann::ordered_json results_to_json(const SearchResults& results);

// The text listing: a header line, then per hit its rank and title, a line with date, authors and
// path, and the snippet (for quote-level hits: who said it and the matching quotes), indented; then
// the facets.
std::string results_to_text(const SearchResults& results);

}  // namespace news
