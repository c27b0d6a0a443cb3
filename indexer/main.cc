// news-index: fills IndexOptions from the command line and calls the library. Exit codes:
//   0  success: every article found was indexed or already up to date
//   1  success, but some files were skipped (each is listed with its reason)
//   2  usage error (bad option, missing --db, unreadable --explain file)
//   3  database error (cannot open, create or write; schema version mismatch)
//   75 the database is locked by another writer (EX_TEMPFAIL: try again later)
//   130, 143  stopped by SIGINT / SIGTERM (128 + the signal) after committing the files done
#include <atomic>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <map>

#include <fmt/format.h>
#include <unistd.h>
#include <CLI/CLI.hpp>

#include "common/error.h"
#include "indexer/indexer.h"

namespace {

constexpr int kExitOk = 0;
constexpr int kExitSkipped = 1;
constexpr int kExitUsage = 2;
constexpr int kExitDatabase = 3;
constexpr int kExitLocked = 75;

constexpr const char* kExitCodes =
    "Exit codes: 0 success; 1 success but some files were skipped; 2 usage error; 3 database "
    "error;\n"
    "75 database locked by another writer; 130/143 stopped by SIGINT/SIGTERM after committing "
    "the files done.";

// Set by the first SIGINT or SIGTERM; the indexer polls it between files. The handler is
// installed with SA_RESETHAND, so a second signal kills at once: the database stays consistent
// at its last commit either way.
std::atomic<int> g_stop_signal{0};

extern "C" void request_stop(int signal) {
  g_stop_signal.store(signal);
}

void install_stop_handlers() {
  struct sigaction action {};
  action.sa_handler = request_stop;
  action.sa_flags = SA_RESETHAND;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

int run(int argc, char** argv) {
  news::IndexOptions options;
  std::string explain_path;
  std::string shard_by = "none";
  bool month_first = false;
  bool quiet = false;

  CLI::App app{"Index a directory of news articles into a Xapian database.", "news-index"};
  app.footer(kExitCodes);
  app.add_option("--db", options.db_path, "Database directory to create or update")
      ->option_text("PATH");
  app.add_option("paths", options.inputs,
                 "Files and directories to index (directories recursively)")
      ->option_text("PATH...");
  app.add_option("--explain", explain_path,
                 "Print the article extracted from FILE as JSON and exit; no database is touched")
      ->option_text("FILE");
  app.add_option("--batch-size", options.batch_size, "Documents written between commits")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  app.add_option("--max-file-size", options.load.max_file_bytes,
                 "Skip files larger than this many bytes")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  const std::map<std::string, news::InputFormat> formats = {{"auto", news::InputFormat::kAuto},
                                                            {"text", news::InputFormat::kText},
                                                            {"html", news::InputFormat::kHtml},
                                                            {"json", news::InputFormat::kJson}};
  app.add_option("--format", options.load.format,
                 "Read every file as text, html or json (JSON or JSON Lines records); default "
                 "auto: by content, and .json, .jsonl and .ndjson files as records")
      ->transform(CLI::CheckedTransformer(formats, CLI::ignore_case))
      ->option_text("FORMAT");
  app.add_flag("--month-first", month_first,
               "Read ambiguous numeric dates (03/04/2023) month first, as US text writes them; "
               "the default is day first");
  bool no_quotes = false;
  bool no_delete = false;
  std::string summary_format = "text";
  app.add_flag("--no-delete", no_delete,
               "Keep the articles of files that have gone from the directories indexed");
  app.add_flag("--full", options.full,
               "Read every file again, even those unchanged since the last run");
  app.add_option(
         "--wait", options.wait_seconds,
         "If another news-index holds the database, wait up to SECONDS for it (default: fail "
         "at once with exit code 75)")
      ->option_text("SECONDS")
      ->check(CLI::NonNegativeNumber);
  app.add_option("--summary", summary_format,
                 "How to print the end-of-run summary: text (on stderr) or json (one object on "
                 "stdout, for monitoring)")
      ->check(CLI::IsMember({"text", "json"}))
      ->option_text("FORMAT");
  app.add_flag("--no-quotes", no_quotes,
               "Do not extract the people quoted: faster, but speaker:, who: and quote: then find "
               "nothing in the articles indexed");
  app.add_flag("-q,--quiet", quiet, "Print nothing but skipped files and errors");
  app.add_option("-j,--jobs", options.jobs,
                 "Threads reading and extracting articles while the writers write (default: one "
                 "per core)")
      ->option_text("N")
      ->check(CLI::Range(1u, 1024u));
  app.add_option("--writers", options.writers,
                 "Databases a first full index (into an empty database) writes at once, each on "
                 "its own thread, merged at the end (default: one per core, up to 4; 1 with "
                 "--jobs 1). Later runs write through one writer")
      ->option_text("N")
      ->check(CLI::Range(1u, 64u));
  app.add_option("--shard-by", shard_by,
                 "Split a new database into one shard per year or month of publication, listed "
                 "in a stub file; searches open the directory as one database "
                 "(docs/sharding.md). An existing archive keeps its split")
      ->option_text("year|month")
      ->check(CLI::IsMember({"year", "month"}));
  app.add_flag("-n,--dry-run", options.dry_run,
               "Report what would be added, updated, moved and deleted (one line each on stdout) "
               "without writing; no lock is taken");
  app.add_flag("--compact", options.compact,
               "After a complete run, compact the database and swap it in atomically (readers "
               "keep working)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // CLI11's own codes are in the 100s; map them onto ours (help and version are successes).
    return app.exit(e) == 0 ? kExitOk : kExitUsage;
  }
  options.load.extract_quotes = !no_quotes;
  options.shard_by = news::parse_shard_by(shard_by).value_or(news::ShardBy::kNone);
  options.load.text.dates.numeric_order =
      month_first ? news::NumericDateOrder::kMonthFirst : news::NumericDateOrder::kDayFirst;

  if (!explain_path.empty()) {
    std::cout << news::explain_file(explain_path, options.load)
                     .dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace)
              << '\n';
    return kExitOk;
  }
  if (options.db_path.empty())
    throw news::UsageError("--db PATH is required (or use --explain FILE)");
  if (options.inputs.empty())
    throw news::UsageError("name at least one file or directory to index");
  options.progress = !quiet && isatty(STDERR_FILENO);

  if (options.dry_run && options.compact)
    throw news::UsageError("--dry-run writes nothing, so it cannot --compact");

  options.delete_missing = !no_delete;
  options.stop_signal = &g_stop_signal;
  install_stop_handlers();
  const news::IndexSummary summary = news::run_index(options);
  if (summary_format == "json") {
    std::cout << news::summary_json_text(summary) << '\n';
    // The log (stderr) says why the run ended early even when the summary goes to a monitor.
    if (summary.interrupted_by) std::cerr << "news-index: " << news::format_summary(summary);
  } else {
    for (const auto& change : summary.changes) {
      std::cout << news::action_name(change.action) << ' '
                << (change.moved_from.empty() ? "" : change.moved_from + " -> ") << change.path
                << '\n';
    }
    if (!quiet || !summary.skipped.empty() || summary.interrupted_by)
      std::cerr << "news-index: " << news::format_summary(summary);
  }
  if (summary.interrupted_by) return 128 + summary.interrupted_by;
  return summary.skipped.empty() ? kExitOk : kExitSkipped;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const news::UsageError& e) {
    std::cerr << "news-index: " << e.what() << "\n(see news-index --help)\n";
    return kExitUsage;
  } catch (const news::DatabaseLockedError& e) {
    std::cerr << "news-index: " << e.what() << '\n';
    return kExitLocked;
  } catch (const news::Error& e) {
    std::cerr << "news-index: " << e.what() << '\n';
    return kExitDatabase;
  } catch (const Xapian::Error& e) {
    std::cerr << "news-index: database error: " << e.get_description() << '\n';
    return kExitDatabase;
  } catch (const std::exception& e) {
    std::cerr << "news-index: " << e.what() << '\n';
    return kExitDatabase;
  }
}
