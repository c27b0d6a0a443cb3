// news-index's engine: walk the inputs, load each article, write it through one writer in batches,
// and report what happened to every file.
#pragma once

#include <atomic>
#include <cstddef>
#include <iosfwd>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "extract/load.h"
#include "indexer/shard_set.h"

namespace news {

struct IndexOptions {
  std::string db_path;              // the database to create or update (required)
  std::vector<std::string> inputs;  // files and directories; directories are walked recursively
  // Documents written between commits. Each commit fsyncs, so larger batches index faster; a run
  // that is killed loses at most one batch, which the next run redoes.
  std::size_t batch_size = 500;
  LoadOptions load;
  // Print a progress line on stderr while indexing (the tool sets this only when stderr is a
  // terminal).
  bool progress = false;
  // Delete the articles of files that have gone from the directories walked. Only directories
  // named in `inputs` and present now are considered, so an unmounted archive deletes nothing.
  bool delete_missing = true;
  // Read every file again, whatever its stored mtime and size say.
  bool full = false;
  // How long to wait for another writer to release the database, in seconds (0: fail at once).
  double wait_seconds = 0;
  // Threads that read files and extract articles while this thread writes the database; 0 means
  // one per core. With 1 the reading happens on this thread.
  unsigned jobs = 0;
  // Databases written at once by a first full index (one into an empty database), each by a
  // thread of its own, merged into the database at the end; 0 means one per core, up to 4, or 1
  // with jobs == 1. Xapian's writer is single-threaded and is the bottleneck otherwise. A run
  // into a database that has articles already writes through one writer: it has few changes.
  // Memory: each writer holds up to 100 documents before it flushes, and 64 more queued for it.
  unsigned writers = 0;
  // Split a new database into one shard per year or month of publication (docs/sharding.md); an
  // existing sharded archive keeps its own split (a different one here is a usage error), and an
  // existing unsharded database cannot be split (re-index into a new path).
  ShardBy shard_by = ShardBy::kNone;
  // Decide and report what would change (summary.changes lists it) without writing anything; the
  // database is opened read-only and need not exist.
  bool dry_run = false;
  // After a complete run, rewrite the database compactly and swap it in atomically: readers that
  // have the old one open keep reading it, new ones open the compacted one.
  bool compact = false;
  // Polled between files; when it holds a signal number the run stops early, writes what was
  // read, commits, and reports summary.interrupted_by. Deletions are skipped, since not every
  // file was seen. news-index points it at the flag its SIGINT/SIGTERM handler sets.
  const std::atomic<int>* stop_signal = nullptr;
};

// A file that was not indexed, and why.
struct SkippedFile {
  std::string path;
  std::string reason;
};

// One change a run made, or would make with dry_run.
struct FileChange {
  enum class Action { kAdd, kUpdate, kMove, kDelete };
  Action action;
  std::string path;        // the file (for kDelete, the path the article was indexed from)
  std::string moved_from;  // kMove: the article's previous path
};

// "add", "update", "move", "delete".
const char* action_name(FileChange::Action action);

struct IndexSummary {
  std::size_t added = 0;      // new articles
  std::size_t updated = 0;    // articles whose file changed since the last run
  std::size_t unchanged = 0;  // files already indexed as they are
  std::size_t moved = 0;      // articles whose file moved or was renamed (kept, not re-read)
  std::size_t deleted = 0;    // articles whose file has gone
  std::size_t ignored = 0;    // files that are not articles (other extensions, READMEs, hidden)
  std::size_t repaired = 0;   // articles read with invalid UTF-8 decoded as Windows-1252
  std::vector<SkippedFile> skipped;  // articles that could not be read
  // Pages indexed by their title and metadata only: no article body was found in them.
  std::vector<std::string> without_body;
  std::vector<FileChange> changes;  // with dry_run only: what a real run would do
  bool dry_run = false;
  int interrupted_by = 0;      // the signal that stopped the run early, or 0
  bool compacted = false;      // the database was compacted after the run
  std::size_t writers = 1;     // databases written at once (merged at the end when more than 1)
  double seconds = 0;          // the whole run
  double scan_seconds = 0;     // walking, reading, extracting and writing the files
  double delete_seconds = 0;   // finding and deleting the articles of vanished files
  double commit_seconds = 0;   // the final commit
  double compact_seconds = 0;  // compaction (with compact)
  double merge_seconds = 0;    // merging the parallel writers' parts (with writers > 1)

  bool changed() const { return added + updated + moved + deleted > 0; }
};

// Indexes `options.inputs` into `options.db_path`. Files that cannot be read are skipped and listed
// in the summary; the run goes on. Throws DatabaseLockedError if another writer holds the database,
// DatabaseError (or SchemaVersionError) if it cannot be opened or written.
IndexSummary run_index(const IndexOptions& options);

// The one-paragraph report news-index prints at the end of a run.
std::string format_summary(const IndexSummary& summary);

// The summary as one JSON object, for monitoring (`news-index --summary json`, docs/json.md):
// {"added", "updated", "unchanged", "moved", "deleted", "ignored", "repaired", "skipped": [{"path",
// "reason"}], "without_body": [paths], "dry_run", "interrupted_by", "compacted", "seconds",
// "writers", "phases": {"scan", "delete", "commit", "compact", "merge"}, "changed"}, plus
// "changes": [{"action", "path", "from"?}] for a dry run.
nlohmann::ordered_json summary_to_json(const IndexSummary& summary);

// summary_to_json as text; bytes of file names that are not UTF-8 become U+FFFD.
std::string summary_json_text(const IndexSummary& summary);

// Loads `path` as the indexer would and returns the article as JSON (to_json), without touching
// any database; for a JSON record file (.json, .jsonl, .ndjson, or --format json), an array with
// one entry per record: its article, or {"number", "error"} for a record that cannot be read.
// Throws UsageError if the file cannot be read, saying why.
nlohmann::ordered_json explain_file(const std::string& path, const LoadOptions& options);

}  // namespace news
