// news-query: fills SearchOptions from the command line and calls the library. Exit codes, as grep:
//   0  at least one article matched
//   1  no article matched
//   2  usage or query syntax error
//   3  database missing, unreadable or of another schema version
#include <iostream>
#include <map>

#include <unistd.h>
#include <CLI/CLI.hpp>

#include "common/error.h"
#include "query/output.h"
#include "query/search.h"

namespace {

constexpr int kExitMatch = 0;
constexpr int kExitNoMatch = 1;
constexpr int kExitUsage = 2;
constexpr int kExitDatabase = 3;

constexpr const char* kFooter =
    "Query language: words (AND by default), \"phrases\", AND OR NOT, +word -word, word*,\n"
    "title:WORD, author:WORD, byline:\"full name\", speaker:WORD, who:\"full name\", quote:WORD,\n"
    "date:2023-11-27, date:2023-11..2023-12, date:2023-11-01.., updated:..2024\n"
    "(see docs/query-language.md).\n"
    "Exit codes: 0 matches; 1 no match; 2 usage or query error; 3 database missing or "
    "incompatible.";

enum class Format { kText, kJson };

int run(int argc, char** argv) {
  news::SearchOptions options;
  Format format = Format::kText;
  bool month_first = false;
  const std::map<std::string, news::SortOrder> sorts = {{"relevance", news::SortOrder::kRelevance},
                                                        {"newest", news::SortOrder::kNewest},
                                                        {"oldest", news::SortOrder::kOldest}};
  const std::map<std::string, Format> formats = {{"text", Format::kText}, {"json", Format::kJson}};
  const std::map<std::string, news::FacetField> facet_fields = {
      {"speaker", news::FacetField::kSpeaker}, {"author", news::FacetField::kAuthor}};

  CLI::App app{"Search a news database built by news-index.", "news-query"};
  app.footer(kFooter);
  app.add_option("--db", options.db_path, "Database to search")->option_text("PATH")->required();
  app.add_option("query", options.query, "The query; empty matches every article")
      ->option_text("QUERY");
  app.add_option("-n,--limit", options.limit, "Number of results to show")->capture_default_str();
  app.add_option("--offset", options.offset, "Number of results to skip (for paging)")
      ->capture_default_str();
  app.add_option("--sort", options.sort, "Result order: relevance, newest or oldest")
      ->transform(CLI::CheckedTransformer(sorts, CLI::ignore_case))
      ->option_text("ORDER");
  app.add_option("--format", format, "Output format: text or json")
      ->transform(CLI::CheckedTransformer(formats, CLI::ignore_case))
      ->option_text("FORMAT");
  app.add_flag("--quotes", options.quotes,
               "List the matching quotes (quote, speaker, article, date) instead of articles");
  app.add_option("--facet", options.facets,
                 "Count the people quoted (speaker) or the authors (author) over all matches; "
                 "repeatable")
      ->transform(CLI::CheckedTransformer(facet_fields, CLI::ignore_case))
      ->option_text("FIELD")
      ->allow_extra_args(
          false);  // one value per --facet, so the query that follows stays the query
  app.add_option("--facet-limit", options.facet_limit,
                 "Values shown per facet, most frequent first")
      ->capture_default_str();
  app.add_flag("--month-first", month_first,
               "Read ambiguous numeric dates in the query month first");
  // Near-duplicates and "more like this".
  app.add_flag("--collapse", options.collapse,
               "One result per story (near-duplicate copies), with the number of copies");
  app.add_option("--like", options.like,
                 "Articles like the one with this id (its top words), ANDed with the query")
      ->option_text("ARTICLE_ID");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kExitMatch : kExitUsage;
  }
  options.parsing.dates.numeric_order =
      month_first ? news::NumericDateOrder::kMonthFirst : news::NumericDateOrder::kDayFirst;
  if (format == Format::kText && isatty(STDOUT_FILENO)) {
    options.highlight_start = "\033[1;31m";
    options.highlight_end = "\033[0m";
  }

  const news::SearchResults results = news::search(options);
  if (format == Format::kJson) {
    std::cout << news::results_to_json(results).dump(2) << '\n';
  } else {
    std::cout << news::results_to_text(results);
  }
  return results.total > 0 ? kExitMatch : kExitNoMatch;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const news::UsageError& e) {
    std::cerr << "news-query: " << e.what() << "\n(see news-query --help)\n";
    return kExitUsage;
  } catch (const news::Error& e) {
    std::cerr << "news-query: " << e.what() << '\n';
    return kExitDatabase;
  } catch (const Xapian::Error& e) {
    std::cerr << "news-query: database error: " << e.get_description() << '\n';
    return kExitDatabase;
  } catch (const std::exception& e) {
    std::cerr << "news-query: " << e.what() << '\n';
    return kExitDatabase;
  }
}
