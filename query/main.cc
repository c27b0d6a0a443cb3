// news-query: fills SearchOptions from the command line and calls the library. Exit codes, as grep:
//   0  at least one article matched
//   1  no article matched
//   2  usage or query syntax error
//   3  database missing, unreadable or of another schema version
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>

#include <unistd.h>
#include <CLI/CLI.hpp>

#include <fmt/format.h>

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
    "date:2023-11-27, date:2023-11..2023-12, date:2023-11-01.., date:7d.., updated:..2024\n"
    "(see docs/query-language.md).\n"
    "Output for scripts: --format json|jsonl|csv|paths|count, --all for every match, --batch FILE\n"
    "for a query per line (docs/json.md; JSON Schema in docs/schema/).\n"
    "Exit codes: 0 matches (with --batch: in any query); 1 no match; 2 usage or query error\n"
    "(with --batch, the line is named); 3 database missing or incompatible (create or rebuild it\n"
    "with news-index). The same for every --format.";

enum class Color { kAuto, kAlways, kNever };

// The output and analysis options (one group of the command line).
struct OutputOptions {
  news::OutputFormat format = news::OutputFormat::kText;
  bool count = false;
  std::string batch_file;
  Color color = Color::kAuto;
};

// One query of a --batch file: its text and line number.
struct BatchQuery {
  std::string text;
  std::size_t line = 0;
};

// The queries of a --batch file ("-" for stdin): one per line, blank lines and lines starting with
// '#' skipped, surrounding whitespace trimmed.
std::vector<BatchQuery> read_batch(const std::string& path) {
  std::ifstream file;
  std::istream* in = &std::cin;
  if (path != "-") {
    file.open(path);
    if (!file) {
      throw news::UsageError(
          fmt::format("cannot read --batch file {}: {}; give a file with one "
                      "query per line, or - for stdin",
                      path, std::strerror(errno)));
    }
    in = &file;
  }
  std::vector<BatchQuery> queries;
  std::string line;
  for (std::size_t number = 1; std::getline(*in, line); ++number) {
    const auto first = line.find_first_not_of(" \t\r");
    if (first == std::string::npos || line[first] == '#') continue;
    const auto last = line.find_last_not_of(" \t\r");
    queries.push_back({line.substr(first, last - first + 1), number});
  }
  return queries;
}

// Prints the results of one query (`batch`: one of several) in `format`; returns whether it
// matched. Streaming formats print hits as they come; the others print once the search is done.
bool run_query(news::Searcher& searcher, const news::SearchOptions& options,
               news::OutputFormat format, bool batch, bool& first_output) {
  using news::OutputFormat;
  const std::string* query = batch ? &options.query : nullptr;
  news::HitSink sink;
  news::StartSink start;
  bool any_hits = false;
  // In a batch, jsonl prints one results object per query (below) rather than one line per hit.
  if (news::streams(format) && !(batch && format == OutputFormat::kJsonl)) {
    sink = [&](news::Hit&& hit) { std::cout << news::hit_line(format, hit, query); };
  } else if (format == OutputFormat::kJson && !batch) {
    // The JSON document is printed as the hits come, so --all holds none of them.
    start = [&](const news::SearchResults& head) { std::cout << news::json_head(head); };
    sink = [&](news::Hit&& hit) {
      std::cout << news::json_hit(hit, !any_hits);
      any_hits = true;
    };
  }
  const news::SearchResults results = searcher.search(options, sink, start);
  switch (format) {
    case OutputFormat::kText:
      if (batch) std::cout << (first_output ? "" : "\n") << "=== " << options.query << '\n';
      std::cout << news::results_to_text(results);
      break;
    case OutputFormat::kJson:
      if (batch) {
        std::cout << (first_output ? "[\n" : ",\n") << news::results_to_json(results).dump(2);
      } else {
        std::cout << news::json_tail(results, any_hits) << '\n';
      }
      break;
    case OutputFormat::kCount:
      std::cout << results.total << (batch ? "\t" + options.query : "") << '\n';
      break;
    case OutputFormat::kJsonl:
      if (batch) std::cout << news::results_to_json(results).dump() << '\n';
      break;
    case OutputFormat::kCsv:
    case OutputFormat::kPaths:
      break;
  }
  first_output = false;
  return results.total > 0;
}

int run(int argc, char** argv) {
  news::SearchOptions options;
  OutputOptions output;
  bool month_first = false;
  const std::map<std::string, news::SortOrder> sorts = {{"relevance", news::SortOrder::kRelevance},
                                                        {"newest", news::SortOrder::kNewest},
                                                        {"oldest", news::SortOrder::kOldest}};
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
  app.add_flag("--month-first", month_first,
               "Read ambiguous numeric dates in the query month first");

  // Output and analysis: one group, listed apart in --help.
  CLI::Option_group* group = app.add_option_group("Output and analysis");
  const std::map<std::string, news::OutputFormat> formats = {
      {"text", news::OutputFormat::kText},   {"json", news::OutputFormat::kJson},
      {"jsonl", news::OutputFormat::kJsonl}, {"csv", news::OutputFormat::kCsv},
      {"paths", news::OutputFormat::kPaths}, {"count", news::OutputFormat::kCount}};
  const std::map<std::string, news::FacetField> facet_fields = {
      {"speaker", news::FacetField::kSpeaker}, {"author", news::FacetField::kAuthor},
      {"section", news::FacetField::kSection}, {"outlet", news::FacetField::kOutlet},
      {"month", news::FacetField::kMonth},     {"year", news::FacetField::kYear}};
  const std::map<std::string, news::HistogramInterval> intervals = {
      {"month", news::HistogramInterval::kMonth},
      {"week", news::HistogramInterval::kWeek},
      {"day", news::HistogramInterval::kDay}};
  const std::map<std::string, Color> colors = {
      {"auto", Color::kAuto}, {"always", Color::kAlways}, {"never", Color::kNever}};
  group
      ->add_option(
          "--format", output.format,
          "Output: text, json (docs/json.md), jsonl (one result per line), csv, paths (one "
          "per line) or count")
      ->transform(CLI::CheckedTransformer(formats, CLI::ignore_case))
      ->option_text("FORMAT");
  group->add_flag("--count", output.count, "Print the number of matches only (--format count)");
  group->add_flag("--all", options.all,
                  "Every match, ignoring --limit (streamed by jsonl, csv, paths)");
  group
      ->add_option("--batch", output.batch_file,
                   "Run each line of FILE as a query (blank lines and #comments skipped; - for "
                   "stdin), opening the database once")
      ->option_text("FILE");
  group->add_flag("--quotes", options.quotes,
                  "List the matching quotes (quote, speaker, article, date) instead of articles");
  group
      ->add_option("--facet", options.facets,
                   "Count speaker, author, section, outlet, month or year over all matches; "
                   "repeatable")
      ->transform(CLI::CheckedTransformer(facet_fields, CLI::ignore_case))
      ->option_text("FIELD")
      ->allow_extra_args(
          false);  // one value per --facet, so the query that follows stays the query
  group
      ->add_option("--facet-limit", options.facet_limit,
                   "Values shown per facet, most frequent first")
      ->capture_default_str();
  news::HistogramInterval histogram = news::HistogramInterval::kMonth;
  auto* histogram_option =
      group
          ->add_option("--histogram", histogram,
                       "Count the matches per month, week (ISO) or day of publication, zero-filled")
          ->transform(CLI::CheckedTransformer(intervals, CLI::ignore_case))
          ->option_text("PERIOD");
  group
      ->add_option("--color", output.color,
                   "Colour the matched words in text output: auto (on a terminal, unless NO_COLOR "
                   "is set), always or never")
      ->transform(CLI::CheckedTransformer(colors, CLI::ignore_case))
      ->option_text("WHEN");
  // Dates, recency and --explain (docs/query-language.md).
  std::string now_text;
  bool recent = false;
  bool explain = false;
  app.add_option("--since", options.parsing.since,
                 "Only articles published on or after DATE (as date:DATE..; DATE may be relative: "
                 "yesterday, 7d, 2w, 3m, 1y)")
      ->option_text("DATE");
  app.add_option("--until", options.parsing.until,
                 "Only articles published on or before DATE (as date:..DATE)")
      ->option_text("DATE");
  app.add_flag("--recent", recent,
               "Rank by relevance plus a bonus for recent articles (halved every 14 days); not "
               "with --sort newest or oldest");
  app.add_option("--now", now_text,
                 "The time relative dates and --recent count from (2024-01-15, "
                 "2024-01-15T09:30Z); default: $NEWS_QUERY_NOW, else the clock")
      ->option_text("DATE");
  app.add_flag("--explain", explain,
               "Print how the query parses (dates, fields, terms, Xapian's query) and exit 0 "
               "without searching");
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
  if (now_text.empty()) {
    if (const char* env = std::getenv("NEWS_QUERY_NOW")) now_text = env;
  }
  if (!now_text.empty()) options.parsing.now = news::parse_now(now_text);
  if (recent) {
    if (options.sort != news::SortOrder::kRelevance)
      throw news::UsageError(
          "--recent ranks by relevance; it cannot be combined with --sort "
          "newest or oldest");
    options.sort = news::SortOrder::kRecent;
  }
  if (explain) {
    std::cout << news::explain(options);
    return kExitMatch;
  }
  if (histogram_option->count() > 0) options.histogram = histogram;
  if (output.count) output.format = news::OutputFormat::kCount;
  const bool color =
      output.format == news::OutputFormat::kText &&
      (output.color == Color::kAlways || (output.color == Color::kAuto && isatty(STDOUT_FILENO) &&
                                          std::getenv("NO_COLOR") == nullptr));
  if (color) {
    options.highlight_start = "\033[1;31m";
    options.highlight_end = "\033[0m";
  }
  // Count: no hits to fetch, but an exact total. Formats that print no snippet build none.
  if (output.format == news::OutputFormat::kCount) {
    options.limit = 0;
    options.all = false;
    options.exact_total = true;
  }
  options.snippets = output.format == news::OutputFormat::kText ||
                     output.format == news::OutputFormat::kJson ||
                     output.format == news::OutputFormat::kJsonl;

  const bool batch = !output.batch_file.empty();
  if (batch && !options.query.empty())
    throw news::UsageError("give either a QUERY or --batch FILE, not both");
  const bool whole = output.format == news::OutputFormat::kText ||
                     output.format == news::OutputFormat::kJson ||
                     (batch && output.format == news::OutputFormat::kJsonl);
  if ((!options.facets.empty() || options.histogram) && !whole) {
    throw news::UsageError(
        "--facet and --histogram print with --format text or json (or jsonl with --batch); use "
        "one of those");
  }
  const std::vector<BatchQuery> queries =
      batch ? read_batch(output.batch_file) : std::vector<BatchQuery>{{options.query, 0}};
  news::Searcher searcher(options.db_path);
  if (output.format == news::OutputFormat::kCsv) std::cout << news::csv_header(batch);
  bool matched = false;
  bool first_output = true;
  for (const auto& query : queries) {
    options.query = query.text;
    try {
      matched |= run_query(searcher, options, output.format, batch, first_output);
    } catch (const news::QueryError& e) {
      if (!batch) throw;
      std::cout << std::flush;
      throw news::UsageError(
          fmt::format("{} line {}: {}", output.batch_file, query.line, e.what()));
    }
  }
  if (batch && output.format == news::OutputFormat::kJson)
    std::cout << (first_output ? "[]\n" : "\n]\n");
  return matched ? kExitMatch : kExitNoMatch;
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
