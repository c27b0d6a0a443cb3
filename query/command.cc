#include "query/command.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <vector>

#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "common/error.h"

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

// The search options with --now and --recent applied: all that explain needs.
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

// Fits the search to what `format` prints: highlights in colour, no snippets where none is shown,
// and for counts no hits but an exact total.
void fit_to_format(SearchOptions& options, OutputFormat format, ColorMode color_mode) {
  const bool color =
      format == OutputFormat::kText && (color_mode == ColorMode::kAlways ||
                                        (color_mode == ColorMode::kAuto && isatty(STDOUT_FILENO) &&
                                         std::getenv("NO_COLOR") == nullptr));
  if (color) {
    options.highlight_start = "\033[1;31m";
    options.highlight_end = "\033[0m";
  }
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
// that prints no whole result set.
void check_combination(const SearchOptions& options, OutputFormat format, bool batch) {
  if (batch && !options.query.empty())
    throw UsageError("give either a QUERY or --batch FILE, not both");
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
class ResultsPrinter {
 public:
  ResultsPrinter(std::ostream& out, OutputFormat format, bool batch)
      : out_(out), format_(format), batch_(batch) {}

  // Before the first query's results.
  void begin() {
    if (format_ == OutputFormat::kCsv) out_ << csv_header(batch_);
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
      sink = [&](Hit&& hit) { out_ << hit_line(format_, hit, query); };
    } else if (format_ == OutputFormat::kJson && !batch_) {
      // The JSON document is printed as the hits come, so --all holds none of them.
      start = [&](const SearchResults& head) { out_ << json_head(head); };
      sink = [&](Hit&& hit) {
        out_ << json_hit(hit, !any_hits);
        any_hits = true;
      };
    }
    const SearchResults results = searcher.search(options, sink, start);
    print_whole(results, any_hits);
    first_output_ = false;
    return results.total > 0;
  }

  // After the last query's results.
  void end() {
    if (batch_ && format_ == OutputFormat::kJson) out_ << (first_output_ ? "[]\n" : "\n]\n");
  }

 private:
  // What is printed of one query's results once its search is done.
  void print_whole(const SearchResults& results, bool any_hits) {
    switch (format_) {
      case OutputFormat::kText:
        if (batch_) out_ << (first_output_ ? "" : "\n") << "=== " << results.query << '\n';
        out_ << results_to_text(results);
        break;
      case OutputFormat::kJson:
        if (batch_) {
          out_ << (first_output_ ? "[\n" : ",\n") << results_to_json(results).dump(2);
        } else {
          out_ << json_tail(results, any_hits) << '\n';
        }
        break;
      case OutputFormat::kCount:
        out_ << results.total << (batch_ ? "\t" + results.query : "") << '\n';
        break;
      case OutputFormat::kJsonl:
        if (batch_) out_ << results_to_json(results).dump() << '\n';
        break;
      case OutputFormat::kCsv:
      case OutputFormat::kPaths:
        break;
    }
  }

  std::ostream& out_;
  const OutputFormat format_;
  const bool batch_;  // one of several queries (--batch)
  bool first_output_ = true;
};

}  // namespace

int run_query_command(const QueryCommand& command, std::ostream& out, std::ostream& err) {
  SearchOptions options = timed_and_ranked(command);
  if (command.explain) {
    out << explain(options);
    return kExitMatch;
  }
  const OutputFormat format = command.count ? OutputFormat::kCount : command.format;
  fit_to_format(options, format, command.color);
  const bool batch = !command.batch_file.empty();
  check_combination(options, format, batch);
  const std::vector<BatchQuery> queries =
      batch ? read_batch(command.batch_file) : std::vector<BatchQuery>{{options.query, 0}};
  Searcher searcher(options.db_path);
  ResultsPrinter printer(out, format, batch);
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
