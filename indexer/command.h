// news-index as a command: what its command line asks for, and carrying it out. main.cc only
// parses the command line into an IndexCommand and maps exceptions to exit codes.
#pragma once

#include <iosfwd>
#include <string>

#include "indexer/indexer.h"

namespace news {

// news-index's exit codes (README, docs/operations.md): 0 success; 1 success, but some files were
// skipped (each listed with its reason); 2 usage error (bad option, missing --db, unreadable
// --explain file, --db naming a directory that is not a database); 3 database error (cannot open,
// create or write; schema version mismatch); 4 the delete guard held deletions back (the rest was
// indexed); 66 a path named on the command line is missing (EX_NOINPUT; the others were indexed);
// 74 the output (the --summary json object, the --dry-run lines, --explain) could not be written
// (EX_IOERR: a full disk); 75 the database is locked by another writer (EX_TEMPFAIL: try again
// later); 128 + the signal (130, 143) when SIGINT or SIGTERM stopped the run after committing the
// files done. When a run ends with several of 130/143, 66, 4, 1, the first is the exit code: the
// one that most needs someone to look.
inline constexpr int kIndexExitOk = 0;
inline constexpr int kIndexExitSkipped = 1;
inline constexpr int kIndexExitUsage = 2;
inline constexpr int kIndexExitDatabase = 3;
inline constexpr int kIndexExitHeldBack = 4;
inline constexpr int kIndexExitNoInput = 66;
inline constexpr int kIndexExitOutput = 74;
inline constexpr int kIndexExitLocked = 75;

// How the end-of-run summary is printed (--summary).
enum class SummaryFormat {
  kText,  // a paragraph on stderr, and a dry run's changes one a line on stdout
  kJson,  // one JSON object on stdout, for monitoring (docs/json.md)
};

struct IndexCommand {
  IndexOptions options;
  // --explain FILE: print the article extracted from FILE as JSON and exit; nothing else is read
  // and no database is touched.
  std::string explain_path;
  SummaryFormat summary = SummaryFormat::kText;
  // Print nothing on success: skipped files, errors and an interruption are still reported.
  bool quiet = false;
  // --null: a dry run's changes as records ended by NUL bytes ("ACTION PATH\0", a move
  // "move NEW\0OLD\0"), the paths byte for byte whatever they hold (xargs -0). Needs dry_run and
  // the text summary.
  bool null = false;
  // Standard output is a terminal: the file names of a dry run's lines are escaped
  // (escape_controls), since a name must not drive the terminal; otherwise they are printed byte
  // for byte.
  bool terminal = false;
};

// Carries out `command`: --explain, or an index run (run_index) whose summary it prints, the JSON
// summary and a dry run's changes ("add PATH", "move OLD -> NEW", ...) on `out`, the text summary
// on `err`. Returns the exit code (run_exit_code). Throws UsageError for options that do not go
// together, OutputError when `out` cannot be written (after the run: its work is committed, only
// the report is lost), and what run_index and explain_file throw.
int run_index_command(const IndexCommand& command, std::ostream& out, std::ostream& err);

// The exit code of a run that ended with `summary`: 128 + the signal that stopped it, else
// kIndexExitNoInput, kIndexExitHeldBack, kIndexExitSkipped, kIndexExitOk, the first that applies.
int run_exit_code(const IndexSummary& summary);

}  // namespace news
