// news-index: parses the command line into an IndexCommand and runs it (indexer/command.h), mapping
// errors to the exit codes documented there and in the README.
#include <atomic>
#include <csignal>
#include <iostream>

#include <fmt/format.h>
#include <unistd.h>
#include <CLI/CLI.hpp>

#include "common/command_line.h"
#include "common/error.h"
#include "common/numbers.h"
#include "common/safe_output.h"
#include "indexer/command.h"

namespace {

constexpr const char* kExitCodes =
    "Exit codes: 0 success; 1 success but some files were skipped; 2 usage error; 3 database "
    "error;\n"
    "4 deletions held back by --max-delete (the rest indexed; see the message); 66 an archive "
    "path is missing (the others indexed);\n"
    "74 the output (--summary json, --dry-run, --explain) could not be written, e.g. a full disk;\n"
    "75 database locked by another writer; 130/143 stopped by SIGINT/SIGTERM after committing "
    "the files done.\n"
    "When several apply: 130/143, then 66, then 4, then 1.";

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

// The command line as parsed, before it becomes an IndexCommand: flags that say "not" and names
// that become enums.
struct CommandLine {
  news::IndexCommand command;
  std::string shard_by = "none";
  std::string summary = "text";
  bool month_first = false;
  bool no_quotes = false;
  bool no_delete = false;
  std::string max_delete = news::delete_limit_text(news::DeleteLimit{});
};

// What to read and where to write it.
void add_input_options(CLI::App& app, CommandLine& line) {
  news::IndexOptions& options = line.command.options;
  app.add_option("--db", options.db_path,
                 "Database directory to create or update (default: $NEWS_DB)")
      ->option_text("PATH")
      ->envname("NEWS_DB");
  app.add_option("paths", options.inputs,
                 "Files and directories to index (directories recursively)")
      ->option_text("PATH...");
  app.add_option(
         "--explain", line.command.explain_path,
         "Print the article extracted from FILE (- for standard input; pipes and FIFOs too) as "
         "JSON and exit; no database is touched")
      ->option_text("FILE");
  // The defaults, from the options struct, are written into the text: option_text replaces
  // CLI11's "UINT=500".
  app.add_option("--batch-size", options.batch_size,
                 fmt::format("Documents written between commits (default: {})", options.batch_size))
      ->option_text("N")
      ->check(news::whole_number(1, news::kMaxBatchSize));
  app.add_option("--max-file-size", options.load.max_file_bytes,
                 fmt::format("Skip files larger than this many bytes (default: {})",
                             options.load.max_file_bytes))
      ->option_text("BYTES")
      ->check(news::whole_number(1, news::kMaxFileBytesLimit));
  app.add_option("--format", options.load.format,
                 "Read every file as text, html or json (JSON or JSON Lines records); default "
                 "auto: by content, and .json, .jsonl and .ndjson files as records")
      ->transform(news::one_of({news::choice("auto", news::InputFormat::kAuto),
                                news::choice("text", news::InputFormat::kText),
                                news::choice("html", news::InputFormat::kHtml),
                                news::choice("json", news::InputFormat::kJson)}))
      ->option_text("FORMAT");
  app.add_flag("--month-first", line.month_first,
               "Read ambiguous numeric dates (03/04/2023) month first, as US text writes them; "
               "the default is day first");
}

// How the run goes and what it reports.
void add_run_options(CLI::App& app, CommandLine& line) {
  news::IndexOptions& options = line.command.options;
  app.add_flag("--no-delete", line.no_delete,
               "Keep the articles of files that have gone from the directories indexed");
  app.add_option("--max-delete", line.max_delete,
                 "Delete nothing, and exit 4, if the run would delete more articles than this: "
                 "a count, or a percentage of the database's articles (N%); also if every "
                 "article under a directory named would go (an unmounted disk), unless 'all', "
                 "which lifts the guard. 0 allows no deletion")
      ->capture_default_str()
      ->option_text("N|N%|all")
      ->check(CLI::Validator(
          [](const std::string& value) {
            return news::parse_delete_limit(value)
                       ? std::string()
                       : "expected a count (N), a percentage (0% to 100%) or all";
          },
          "", "delete limit"));
  app.add_flag("--full", options.full,
               "Read every file again, even those unchanged since the last run");
  app.add_option(
         "--wait", options.wait_seconds,
         "If another news-index holds the database, wait up to SECONDS for it (default: fail "
         "at once with exit code 75)")
      ->option_text("SECONDS")
      ->check(news::seconds(news::kMaxWaitSeconds));
  app.add_option("--summary", line.summary,
                 "How to print the end-of-run summary: text (on stderr) or json (one object on "
                 "stdout, for monitoring)")
      ->transform(news::one_of_names({"text", "json"}))
      ->option_text("FORMAT");
  app.add_flag("--no-quotes", line.no_quotes,
               "Do not extract the people quoted: faster, but speaker:, who: and quote: then find "
               "nothing in the articles indexed");
  app.add_flag("-q,--quiet", line.command.quiet, "Print nothing but skipped files and errors");
  app.add_option("-j,--jobs", options.jobs,
                 "Threads reading and extracting articles while the writers write (default: one "
                 "per core)")
      ->option_text("N")
      ->check(news::whole_number(1, news::kMaxJobs));
  app.add_option("--writers", options.writers,
                 "Databases a first full index (into an empty database) writes at once, each on "
                 "its own thread, merged at the end (default: one per core, up to 4; 1 with "
                 "--jobs 1). Later runs write through one writer")
      ->option_text("N")
      ->check(news::whole_number(1, news::kMaxWriters));
  app.add_option("--shard-by", line.shard_by,
                 "Split a new database into one shard per year or month of publication, listed "
                 "in a stub file; searches open the directory as one database "
                 "(docs/sharding.md). An existing archive keeps its split")
      ->option_text("year|month")
      ->transform(news::one_of_names({"year", "month"}));
  app.add_flag("-n,--dry-run", options.dry_run,
               "Report what would be added, updated, moved and deleted (one line each on stdout) "
               "without writing; no lock is taken");
  app.add_flag("-0,--null", line.command.null,
               "With --dry-run: end each change with a NUL byte, not a line feed (ACTION PATH, "
               "and a move's old path as a record of its own), for xargs -0");
  app.add_flag("--compact", options.compact,
               "After a complete run, compact the database and swap it in atomically (readers "
               "keep working)");
}

// The command the parsed line asks for; the progress bar only on a terminal.
news::IndexCommand to_command(CommandLine line) {
  news::IndexCommand command = std::move(line.command);
  news::IndexOptions& options = command.options;
  options.load.extract_quotes = !line.no_quotes;
  options.shard_by = news::parse_shard_by(line.shard_by).value_or(news::ShardBy::kNone);
  options.load.text.dates.numeric_order =
      line.month_first ? news::NumericDateOrder::kMonthFirst : news::NumericDateOrder::kDayFirst;
  options.delete_missing = !line.no_delete;
  // Checked when parsed (--max-delete's validator).
  options.max_delete = news::parse_delete_limit(line.max_delete).value_or(news::DeleteLimit{});
  options.progress = !command.quiet && isatty(STDERR_FILENO);
  command.terminal = isatty(STDOUT_FILENO) == 1;
  options.stop_signal = &g_stop_signal;
  command.summary =
      line.summary == "json" ? news::SummaryFormat::kJson : news::SummaryFormat::kText;
  return command;
}

int run(int argc, char** argv) {
  CommandLine line;
  CLI::App app{"Index a directory of news articles into a Xapian database.", "news-index"};
  news::set_up_command_line(app, "news-index");
  app.footer(kExitCodes);
  add_input_options(app, line);
  add_run_options(app, line);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // CLI11's own codes are in the 100s; map them onto ours (help and version are successes).
    return app.exit(e) == 0 ? news::kIndexExitOk : news::kIndexExitUsage;
  }
  // Only a run polls the flag: --explain keeps the default handlers, which stop it at once.
  if (line.command.explain_path.empty()) install_stop_handlers();
  return news::run_index_command(to_command(std::move(line)), std::cout, std::cerr);
}

// An error message as printed: it may name a file, whose control characters and bytes that are
// not UTF-8 must not reach the terminal.
std::string message(std::string_view what) {
  return news::escape_controls(what, news::LineFeeds::kKeep);
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const news::UsageError& e) {
    std::cerr << "news-index: " << message(e.what()) << "\n(see news-index --help)\n";
    return news::kIndexExitUsage;
  } catch (const news::DatabaseLockedError& e) {
    std::cerr << "news-index: " << message(e.what()) << '\n';
    return news::kIndexExitLocked;
  } catch (const news::OutputError& e) {
    std::cerr << "news-index: " << message(e.what()) << '\n';
    return news::kIndexExitOutput;
  } catch (const news::Error& e) {
    std::cerr << "news-index: " << message(e.what()) << '\n';
    return news::kIndexExitDatabase;
  } catch (const Xapian::Error& e) {
    std::cerr << "news-index: database error: " << message(e.get_description()) << '\n';
    return news::kIndexExitDatabase;
  } catch (const std::exception& e) {
    std::cerr << "news-index: " << message(e.what()) << '\n';
    return news::kIndexExitDatabase;
  }
}
