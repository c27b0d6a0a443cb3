// news-query's options as CLI11 options, in the search library so that every front end reads them
// alike: news-query's command line, and news-serve's requests (the page and /api/search take the
// same options as URL parameters), so that both always answer alike.
#pragma once

#include <CLI/CLI.hpp>

#include "query/command.h"

namespace news {

// The footer of news-query --help: the query language and the exit codes in brief.
extern const char* const kQueryHelpFooter;

// Adds every news-query option to `app`, each filling its field of `command` when parsed: the
// database and query, paging and order; output and analysis (one group, listed apart in --help);
// dates, recency and --explain; near-duplicates and --like. Each option's text is its --help line.
void add_query_options(CLI::App& app, QueryCommand& command);

}  // namespace news
