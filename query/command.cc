#include "query/command.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <vector>

#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "common/database.h"
#include "common/error.h"
#include "common/safe_output.h"
#include "query/people_listing.h"
#include "query/show.h"

namespace news {

namespace {

// One query of a --batch file: its text and line number.
struct BatchQuery {
  std::string text;
  std::size_t line = 0;
};

// The queries of a --batch file ("-" for stdin): one per line, blank lines and lines starting with
// '#' skipped, surrounding whitespace trimmed.
std::vector<BatchQuery> read_batch(const std::string& path) {
  const auto cannot_read = [&path](std::string_view why) {
    return UsageError(fmt::format(
        "cannot read --batch file {}: {}; give a file with one query per line, or - for stdin",
        path, why));
  };
  std::ifstream file;
  std::istream* in = &std::cin;
  if (path != "-") {
    // A directory opens as a stream that reads nothing: it gave exit 1 without a word.
    struct stat info {};
    if (::stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode))
      throw cannot_read("it is a directory");
    file.open(path);
    if (!file) throw cannot_read(std::strerror(errno));
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
  if (in->bad()) throw cannot_read(std::strerror(errno));
  return queries;
}

// NO_COLOR set to a value that is not empty: no colour (no-color.org; set but empty, it asks for
// nothing).
bool no_color_asked() {
  const char* value = std::getenv("NO_COLOR");
  return value != nullptr && *value != '\0';
}

// Fits the search to what `format` prints: highlights in colour, snippets escaped for a terminal,
// no snippets where none is shown, and for counts no hits but an exact total.
void fit_to_format(SearchOptions& options, OutputFormat format, ColorMode color_mode) {
  const bool color =
      format == OutputFormat::kText &&
      (color_mode == ColorMode::kAlways ||
       (color_mode == ColorMode::kAuto && isatty(STDOUT_FILENO) && !no_color_asked()));
  if (color) {
    options.highlight_start = "\033[1;31m";
    options.highlight_end = "\033[0m";
  }
  // JSON escapes control characters itself; CSV, paths and counts print no snippet.
  options.escape_controls = format == OutputFormat::kText;
  // Count: no hits to fetch, but an exact total. Formats that print no snippet build none.
  if (format == OutputFormat::kCount) {
    options.limit = 0;
    options.all = false;
    options.exact_total = true;
  }
  options.snippets = format == OutputFormat::kText || format == OutputFormat::kJson ||
                     format == OutputFormat::kJsonl;
}

// Refuses options that do not go together: a query and --batch; facets or a histogram in a format
// that prints no whole result set; --null but with --format paths.
void check_combination(const SearchOptions& options, OutputFormat format, bool batch, bool null) {
  if (batch && !options.query.empty())
    throw UsageError("give either a QUERY or --batch FILE, not both");
  if (null && format != OutputFormat::kPaths)
    throw UsageError("--null ends the paths of --format paths; give --format paths with it");
  const bool whole = format == OutputFormat::kText || format == OutputFormat::kJson ||
                     (batch && format == OutputFormat::kJsonl);
  if ((!options.facets.empty() || options.histogram) && !whole) {
    throw UsageError(
        "--facet and --histogram print with --format text or json (or jsonl with --batch); use "
        "one of those");
  }
}

// Prints the results of the queries of one command in one format, with the framing around them:
// the CSV header first; for a batch, each query's header (text), query column (csv, count), results
// object (jsonl) or array item (json); and the closing of the JSON array at the end.
// Every piece is checked once written (check_written), so that a long output to a full disk stops
// at once.
class ResultsPrinter {
 public:
  ResultsPrinter(std::ostream& out, OutputFormat format, bool batch, PathsStyle paths)
      : out_(out), format_(format), batch_(batch), paths_(paths) {}

  // Before the first query's results.
  void begin() {
    if (format_ == OutputFormat::kCsv) write(csv_header(batch_));
  }

  // Prints the results of one query; returns whether it matched. Streaming formats print hits as
  // they come; the others print once the search is done.
  bool print(Searcher& searcher, const SearchOptions& options) {
    const std::string* query = batch_ ? &options.query : nullptr;
    HitSink sink;
    StartSink start;
    bool any_hits = false;
    // In a batch, jsonl prints one results object per query (below) rather than one line per hit.
    if (streams(format_) && !(batch_ && format_ == OutputFormat::kJsonl)) {
      sink = [&](Hit&& hit) { write(hit_line(format_, hit, query, paths_)); };
    } else if (format_ == OutputFormat::kJson && !batch_) {
      // The JSON document is printed as the hits come, so --all holds none of them.
      start = [&](const SearchResults& head) { write(json_head(head)); };
      sink = [&](Hit&& hit) {
        write(json_hit(hit, !any_hits));
        any_hits = true;
      };
    }
    const SearchResults results = searcher.search(options, sink, start);
    print_whole(results, any_hits);
    first_output_ = false;
    return results.total > 0;
  }

  // After the last query's results: the output flushed and checked.
  void end() {
    if (batch_ && format_ == OutputFormat::kJson) write(first_output_ ? "[]\n" : "\n]\n");
    flush_and_check(out_);
  }

 private:
  void write(std::string_view text) {
    out_ << text;
    check_written(out_);
  }

  // What is printed of one query's results once its search is done.
  void print_whole(const SearchResults& results, bool any_hits) {
    switch (format_) {
      case OutputFormat::kText:
        if (batch_)
          write(
              fmt::format("{}=== {}\n", first_output_ ? "" : "\n", escape_controls(results.query)));
        write(results_to_text(results));
        break;
      case OutputFormat::kJson:
        if (batch_) {
          write((first_output_ ? "[\n" : ",\n") + dump_json(results_to_json(results), 2));
        } else {
          write(json_tail(results, any_hits) + '\n');
        }
        break;
      case OutputFormat::kCount:
        write(fmt::format("{}{}\n", results.total,
                          batch_ ? "\t" + escape_controls(results.query) : ""));
        break;
      case OutputFormat::kJsonl:
        if (batch_) write(dump_json(results_to_json(results), -1) + '\n');
        break;
      case OutputFormat::kCsv:
      case OutputFormat::kPaths:
        break;
    }
  }

  std::ostream& out_;
  const OutputFormat format_;
  const bool batch_;  // one of several queries (--batch)
  const PathsStyle paths_;
  bool first_output_ = true;
};

// --show: the articles with the id or from the file command.show names, in text or JSON.
int show(const QueryCommand& command, std::ostream& out) {
  if (!command.search.query.empty() || !command.batch_file.empty() || command.explain)
    throw UsageError("--show takes no QUERY, --batch or --explain: it prints one article");
  const OutputFormat format = command.count ? OutputFormat::kCount : command.format;
  if (format != OutputFormat::kText && format != OutputFormat::kJson)
    throw UsageError("--show prints --format text or json");
  const std::vector<nlohmann::ordered_json> articles =
      find_articles(database_of(command.search), command.show);
  // Article text reaches the terminal: control characters escaped, as in search results.
  if (format == OutputFormat::kJson) {
    out << escape_json_controls(show_json(articles).dump(
               2, ' ', false, nlohmann::ordered_json::error_handler_t::replace))
        << '\n';
  } else if (articles.empty()) {
    out << fmt::format("No article has the id or path '{}'.\n", escape_controls(command.show));
  } else {
    for (std::size_t i = 0; i < articles.size(); ++i) {
      out << (i == 0 ? "" : "\n")
          << escape_controls(article_to_text(articles[i]), LineFeeds::kKeep);
    }
  }
  flush_and_check(out);
  return articles.empty() ? kExitNoMatch : kExitMatch;
}

// Writes `text` to the file at `path` (--plot), through a temporary file renamed over it, so a
// chart is never left half-written. Throws OutputError when it cannot.
void write_file_atomically(const std::string& path, const std::string& text) {
  const std::string temporary = path + ".tmp";
  {
    std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
    file << text;
    file.close();
    if (!file) {
      std::remove(temporary.c_str());
      throw OutputError(fmt::format("cannot write the chart {}", path));
    }
  }
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    const int error = errno;
    std::remove(temporary.c_str());
    throw OutputError(fmt::format("cannot write the chart {}: {}", path, std::strerror(error)));
  }
}

// The terminal's width for the attention bars: $COLUMNS when set and sane, else 80.
int terminal_width() {
  if (const char* columns = std::getenv("COLUMNS")) {
    const int width = std::atoi(columns);
    if (width >= 40 && width <= 1000) return width;
  }
  return 80;
}

// --people: the people quoted in the matching articles, as text, JSON or CSV; with --attention
// their articles per period, and with --plot the chart of it.
int people(const QueryCommand& command, const SearchOptions& options, std::ostream& out) {
  if (!command.batch_file.empty() || options.quotes || !options.facets.empty() ||
      options.histogram || !options.like.empty() || options.collapse)
    throw UsageError(
        "--people takes one QUERY and no --batch, --quotes, --facet, --histogram, --like or "
        "--collapse");
  const OutputFormat format = command.count ? OutputFormat::kCount : command.format;
  if (format != OutputFormat::kText && format != OutputFormat::kJson &&
      format != OutputFormat::kCsv)
    throw UsageError("--people prints --format text, json or csv");
  std::optional<HistogramInterval> attention = command.attention;
  if (!command.plot.empty() && !attention) attention = HistogramInterval::kMonth;
  const PeopleListing listing = list_people(database_of(options), options, attention);
  if (!command.plot.empty()) {
    SvgChartOptions chart;
    chart.kind = command.plot_kind;
    write_file_atomically(command.plot, attention_svg(*listing.attention, chart));
  }
  if (format == OutputFormat::kJson) {
    out << escape_json_controls(people_to_json(listing).dump(
               2, ' ', false, nlohmann::ordered_json::error_handler_t::replace))
        << '\n';
  } else if (format == OutputFormat::kCsv) {
    out << people_to_csv(listing);
  } else {
    // Block characters on a terminal, '#' in a pipe or a file.
    out << people_to_text(listing, terminal_width(), isatty(STDOUT_FILENO) == 1, command.explain);
  }
  flush_and_check(out);
  return listing.people.empty() ? kExitNoMatch : kExitMatch;
}

}  // namespace

SearchOptions timed_and_ranked(const QueryCommand& command) {
  SearchOptions options = command.search;
  std::string now_text = command.now;
  if (now_text.empty()) {
    if (const char* env = std::getenv("NEWS_QUERY_NOW")) now_text = env;
  }
  if (!now_text.empty()) options.parsing.now = parse_now(now_text);
  if (command.recent) {
    if (options.sort != SortOrder::kRelevance)
      throw UsageError(
          "--recent ranks by relevance; it cannot be combined with --sort "
          "newest or oldest");
    options.sort = SortOrder::kRecent;
  }
  return options;
}

int run_query_command(const QueryCommand& command, std::ostream& out, std::ostream& err) {
  if (command.search.db_path.empty())
    throw UsageError("--db PATH is required (or set NEWS_DB): the database to search");
  if (!command.show.empty()) return show(command, out);
  SearchOptions options = timed_and_ranked(command);
  if (command.explain && !command.people) {
    // The query's words are echoed, and a query may come from anywhere.
    out << escape_controls(explain(options), LineFeeds::kKeep);
    flush_and_check(out);
    return kExitMatch;
  }
  if ((command.attention || !command.plot.empty()) && !command.people)
    throw UsageError(
        "--attention and --plot go with --people: they count the listed people's articles");
  if (command.people) return people(command, options, out);
  const OutputFormat format = command.count ? OutputFormat::kCount : command.format;
  fit_to_format(options, format, command.color);
  const bool batch = !command.batch_file.empty();
  check_combination(options, format, batch, command.null);
  const std::vector<BatchQuery> queries =
      batch ? read_batch(command.batch_file) : std::vector<BatchQuery>{{options.query, 0}};
  Searcher searcher(options.db_path, database_of(options));
  // Paths byte for byte for a program, escaped for a terminal (as ls does).
  const PathsStyle paths{command.null ? '\0' : '\n', isatty(STDOUT_FILENO) == 1};
  ResultsPrinter printer(out, format, batch, paths);
  printer.begin();
  bool matched = false;
  bool failed = false;
  for (const auto& query : queries) {
    options.query = query.text;
    try {
      matched |= printer.print(searcher, options);
    } catch (const UsageError& e) {
      // One bad line of a batch is reported and the others still run; the exit code says so.
      if (!batch) throw;
      out << std::flush;
      err << fmt::format("news-query: {} line {}: {}\n", command.batch_file, query.line, e.what())
          << std::flush;
      failed = true;
    }
  }
  printer.end();
  if (failed) return kExitUsage;
  return matched ? kExitMatch : kExitNoMatch;
}

}  // namespace news
