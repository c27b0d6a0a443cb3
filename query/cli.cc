#include "query/cli.h"

#include <vector>

#include "common/command_line.h"
#include "common/numbers.h"

namespace news {

const char* const kQueryHelpFooter =
    "Query language: words (AND by default), \"phrases\", AND OR NOT, +word -word, word*,\n"
    "title:WORD, author:WORD, byline:\"full name\", speaker:WORD, who:\"full name\", org:WORD,\n"
    "quote:WORD, date:2023-11-27, date:2023-11..2023-12, date:2023-11-01.., date:7d..,\n"
    "updated:..2024 (see docs/query-language.md).\n"
    "Output for scripts: --format json|jsonl|csv|paths|count, --all for every match, --batch FILE\n"
    "for a query per line (docs/json.md; JSON Schema in docs/schema/).\n"
    "A query starting with - goes after --: news-query --db PATH -- '-recount'. Limits: 4096\n"
    "bytes and 16 wildcards a query, dates from 1800 to 2199, --histogram 50000 periods.\n"
    "Exit codes: 0 matches (with --batch: in any query, and no line failed); 1 no match; 2 usage\n"
    "or query error (with --batch: a line failed; each is named on stderr and the others run);\n"
    "3 database missing or incompatible (create or rebuild it with news-index); 74 the output\n"
    "could not be written (a full disk). The same for every output format.";

namespace {

// A value checked against the names of an enum (enum_names.h), in any case, in table order.
template <typename Enum, std::size_t N>
CLI::Validator names_of(const std::array<EnumName<Enum>, N>& table) {
  std::vector<Choice> choices;
  for (const auto& entry : table) choices.push_back(choice(entry.name, entry.value));
  return one_of(std::move(choices));
}

// What to search: the database, the query (or the article to show), paging and order.
void add_search_options(CLI::App& app, QueryCommand& command) {
  SearchOptions& options = command.search;
  app.add_option("--db", options.db_path, "Database to search (default: $NEWS_DB)")
      ->option_text("PATH")
      ->envname("NEWS_DB");
  app.add_option("query", options.query, "The query; empty matches every article")
      ->option_text("QUERY");
  app.add_option("--show", command.show,
                 "Print one article instead of searching: its metadata, the people quoted, their "
                 "quotes and the body (text or --format json); ID as the results give it, or the "
                 "path of its file (a JSON Lines file: each of its articles)")
      ->option_text("ID|PATH");
  app.add_option("-n,--limit", options.limit, "Number of results to show (--all for every one)")
      ->capture_default_str()
      ->check(whole_number(0, kMaxLimit));
  app.add_option("--offset", options.offset, "Number of results to skip (for paging)")
      ->capture_default_str()
      ->check(whole_number(0, kMaxOffset));
  app.add_option("--sort", options.sort, "Result order: relevance, newest or oldest")
      ->transform(names_of(kSortOrderNames))
      ->option_text("ORDER");
  app.add_flag_callback(
      "--month-first",
      [&options] { options.parsing.dates.numeric_order = NumericDateOrder::kMonthFirst; },
      "Read ambiguous numeric dates in the query month first");
}

// Output and analysis: one group, listed apart in --help.
void add_output_options(CLI::Option_group& group, QueryCommand& command) {
  SearchOptions& options = command.search;
  group
      .add_option("--format", command.format,
                  "Output: text, json (docs/json.md), jsonl (one result per line), csv, paths (one "
                  "per line) or count")
      ->transform(names_of(kOutputFormatNames))
      ->option_text("FORMAT");
  group.add_flag("--count", command.count, "Print the number of matches only (--format count)");
  group.add_flag("-0,--null", command.null,
                 "With --format paths: end each path with a NUL byte, not a line feed (for "
                 "xargs -0; a file name may hold a line feed)");
  group.add_flag("--all", options.all,
                 "Every match, ignoring --limit (streamed by jsonl, csv, paths)");
  group
      .add_option("--batch", command.batch_file,
                  "Run each line of FILE as a query (blank lines and #comments skipped; - for "
                  "stdin), opening the database once")
      ->option_text("FILE");
  group.add_flag("--quotes", options.quotes,
                 "List the matching quotes (quote, speaker, article, date) instead of articles");
  group
      .add_option("--facet", options.facets,
                  "Count speaker, author, section, outlet, month or year over all matches; "
                  "repeatable")
      ->transform(names_of(kFacetFieldNames))
      ->option_text("FIELD")
      ->allow_extra_args(
          false);  // one value per --facet, so the query that follows stays the query
  group
      .add_option("--facet-limit", options.facet_limit,
                  "Values shown per facet, most frequent first")
      ->capture_default_str()
      ->check(whole_number(0, kMaxFacetLimit));
  group
      .add_option("--histogram", options.histogram,
                  "Count the matches per month, week (ISO) or day of publication, zero-filled")
      ->transform(names_of(kHistogramIntervalNames))
      ->option_text("PERIOD");
  group.add_flag("--people", command.people,
                 "List the people quoted in the matching articles, most quoted first, with their "
                 "spellings, roles and affiliations (docs/people.md)");
  group
      .add_option("--attention", command.attention,
                  "With --people: each listed person's matching articles per month or week (ISO)")
      ->transform(names_of(kAttentionIntervalNames))
      ->option_text("PERIOD");
  group
      .add_option("--plot", command.plot,
                  "With --people: write the attention chart to FILE as SVG (per month unless "
                  "--attention week)")
      ->option_text("FILE.svg");
  group.add_option("--plot-kind", command.plot_kind, "The chart's kind: line or bar")
      ->transform(names_of(kChartKindNames))
      ->option_text("KIND");
  group
      .add_option("--color", command.color,
                  "Colour the matched words in text output: auto (on a terminal, unless NO_COLOR "
                  "is set and not empty), always or never")
      ->transform(names_of(kColorModeNames))
      ->option_text("WHEN");
}

// Dates, recency and --explain (docs/query-language.md).
void add_date_options(CLI::App& app, QueryCommand& command) {
  QueryOptions& parsing = command.search.parsing;
  app.add_option("--since", parsing.since,
                 "Only articles published on or after DATE (as date:DATE..; DATE may be relative: "
                 "yesterday, 7d, 2w, 3m, 1y)")
      ->option_text("DATE");
  app.add_option("--until", parsing.until,
                 "Only articles published on or before DATE (as date:..DATE)")
      ->option_text("DATE");
  app.add_flag("--recent", command.recent,
               "Rank by relevance plus a bonus for recent articles (halved every 14 days); not "
               "with --sort newest or oldest");
  app.add_option("--now", command.now,
                 "The time relative dates and --recent count from (2024-01-15, "
                 "2024-01-15T09:30Z); default: $NEWS_QUERY_NOW, else the clock")
      ->option_text("DATE");
  app.add_flag("--explain", command.explain,
               "Print how the query parses (dates, fields, terms, Xapian's query) and exit 0 "
               "without searching; with --people, list why each person was put together");
}

// Near-duplicates and "more like this".
void add_story_options(CLI::App& app, SearchOptions& options) {
  app.add_flag("--collapse", options.collapse,
               "One result per story (near-duplicate copies), with the number of copies");
  app.add_option("--like", options.like,
                 "Articles like the one with this id (its top words), ANDed with the query")
      ->option_text("ARTICLE_ID");
}

}  // namespace

void add_query_options(CLI::App& app, QueryCommand& command) {
  add_search_options(app, command);
  add_output_options(*app.add_option_group("Output and analysis"), command);
  add_date_options(app, command);
  add_story_options(app, command.search);
}

}  // namespace news
