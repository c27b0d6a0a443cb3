// The news-query command as data, and running it: the checks between options that are not the
// command line's, the queries of a --batch file, and the framing around each query's results (which
// formats stream, the headers of a batch, the JSON array of --batch json, the CSV header, the count
// lines). output.h formats one result set or hit; search.h finds them.
#pragma once

#include <array>
#include <iosfwd>
#include <optional>
#include <string>

#include "query/enum_names.h"
#include "query/output.h"
#include "query/search.h"
#include "query/svg_chart.h"

namespace news {

// news-query's exit codes, as grep's; the same for every --format (README).
inline constexpr int kExitMatch = 0;    // at least one article matched (with --batch: in any query)
inline constexpr int kExitNoMatch = 1;  // no article matched
inline constexpr int kExitUsage = 2;    // usage or query syntax error (with --batch: in any line)
inline constexpr int kExitDatabase =
    3;  // database missing, unreadable or of another schema version
// The output could not be written (a full disk): EX_IOERR of sysexits.h, as news-index.
inline constexpr int kExitOutput = 74;

// When the matched words of text output are coloured (--color).
enum class ColorMode { kAuto, kAlways, kNever };

// The names of the colour modes, as --color takes them. kAuto: on a terminal, unless NO_COLOR is
// set to a value that is not empty (no-color.org).
inline constexpr std::array<EnumName<ColorMode>, 3> kColorModeNames = {{
    {ColorMode::kAuto, "auto"},
    {ColorMode::kAlways, "always"},
    {ColorMode::kNever, "never"},
}};

// One news-query command line, as news-query --help describes its options.
struct QueryCommand {
  // What to search. run_query_command sets what the other options decide: the sort of --recent,
  // parsing.now, the highlights of --color, snippets, and for --count the limit and exactness.
  SearchOptions search;
  OutputFormat format = OutputFormat::kText;
  bool count = false;      // --count: the same as OutputFormat::kCount
  std::string batch_file;  // run each line of this file as a query ("-": stdin); empty: off
  // --null: end each path of --format paths with a NUL byte rather than a line feed (xargs -0), as
  // a file name may hold a line feed. Refused with other formats.
  bool null = false;
  ColorMode color = ColorMode::kAuto;
  bool recent = false;  // --recent: SortOrder::kRecent, refused with --sort newest or oldest
  // The time relative dates and --recent count from (parse_now); empty: $NEWS_QUERY_NOW, else
  // the clock.
  std::string now;
  bool explain = false;  // print how the query parses (explain) instead of searching
  // --show: print the articles with this id or from this file (query/show.h) instead of searching;
  // empty: off.
  std::string show;
  // --people: list the people quoted in the matching articles (query/people_listing.h) instead of
  // the articles; --attention: with it, their articles per month, week or day.
  bool people = false;
  std::optional<HistogramInterval> attention;
  // --plot FILE.svg: with --people, the attention chart written to FILE (month unless
  // --attention says week); --plot-kind: line or bar.
  std::string plot;
  ChartKind plot_kind = ChartKind::kLine;
};

// The command's search options with --now (else $NEWS_QUERY_NOW) and --recent applied: what a
// search or its explanation needs beyond the options themselves. Throws UsageError for a bad
// --now, or --recent with --sort newest or oldest.
SearchOptions timed_and_ranked(const QueryCommand& command);

// Runs the command, printing results to `out` (the terminal tests of ColorMode::kAuto and of
// --format paths, which escapes control characters on a terminal, look at standard output; a
// --batch file "-" is read from standard input). Returns kExitMatch when a query matched, with
// `explain`, or when `show` found an article, else kExitNoMatch. Throws UsageError for a missing
// database path, options that do not go together, a bad --now, an unreadable --batch file (a
// directory included), and QueryError for a query that does not parse. In a batch, a line that
// fails so (a UsageError: syntax, UTF-8, an unknown field, a limit) is reported on `err` as
// "news-query: FILE line N: ..." and the next line runs; the result is then kExitUsage, whatever
// the other lines matched. Throws as Searcher and search do for the database; throws OutputError
// when `out` cannot be written, at the first hit or query that fails (or at the end, when the
// output was short enough to sit in the buffer).
int run_query_command(const QueryCommand& command, std::ostream& out, std::ostream& err);

}  // namespace news
