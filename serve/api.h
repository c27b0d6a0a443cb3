// The JSON API's requests as news-query commands: each URL parameter is the news-query option of
// that name (docs/api.md), read by news-query's own option definitions (query/cli.h), and the
// answer is news-query's own output (query/command.h). So /api/search and news-query --format
// json answer alike, by one code path.
#pragma once

#include <cstddef>
#include <string>

#include "query/command.h"
#include "serve/http.h"

namespace news::serve {

// What an API route runs.
enum class ApiRoute {
  kSearch,     // /api/search: the search, --format json (or --count, --explain)
  kPeople,     // /api/people: --people --format json
  kHistogram,  // /api/histogram: --histogram PERIOD (month by default) --limit 0 --format json
};

// The most results one request may ask for (limit), and the longest query (q, in bytes).
inline constexpr std::size_t kMaxApiLimit = 1000;
inline constexpr std::size_t kMaxQueryBytes = 4096;

// The news-query command for `route` with `params`: q is the query; every other parameter is
// the long option of that name, its value the option's ("limit=20", "facet=speaker", repeatable
// where the option is; a flag takes "", "1", "true" or "on" for set and "0", "false" or "off" for
// not). Options that name files or the database (--db, --batch, --plot, --show), change the
// output format or ask for every match (--all) are not parameters. Throws UsageError, naming the
// parameter, for one that is unknown or not allowed, a flag value that is neither, a limit past
// kMaxApiLimit, a query longer than kMaxQueryBytes, and any value news-query itself refuses.
QueryCommand api_command(ApiRoute route, const Params& params);

// The command that prints article `id` as news-query --show ID --format json. Throws UsageError
// when `id` is not an article id (16 lower-case hexadecimal digits; so never a path).
QueryCommand article_command(const std::string& id);

}  // namespace news::serve
