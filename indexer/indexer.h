// news-index's engine: walk the inputs, load each article on worker threads, write it through
// one writer in batches (or parallel part writers, or a writer per shard), and report what
// happened to every file. IndexRun (indexer/index_run.h) does the work.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "extract/load.h"
#include "indexer/delete_guard.h"
#include "indexer/shard_set.h"
#include "indexer/summary.h"

namespace news {

// The largest values news-index's options take (it refuses more, in words, rather than wrap them):
// a batch is held in memory until its commit; threads beyond these numbers only contend; a wait
// of a day covers the longest nightly run that could hold the lock.
inline constexpr std::uint64_t kMaxBatchSize = 100'000;
inline constexpr std::uint64_t kMaxJobs = 1024;
inline constexpr std::uint64_t kMaxWriters = 64;
inline constexpr std::uint64_t kMaxWaitSeconds = 86'400;

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
  // named in `inputs` and present now are considered, so an unmounted archive deletes nothing;
  // nor are the articles under a directory or file that cannot be read.
  bool delete_missing = true;
  // The delete guard (indexer/delete_guard.h): a run that would delete more articles than this
  // (by default more than half of the database's), or every article under a directory named in
  // `inputs` (unless unlimited), deletes none of them and says why (summary.held_back).
  DeleteLimit max_delete;
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

// Indexes `options.inputs` into `options.db_path`. Files that cannot be read are skipped and listed
// in the summary, as are inputs that do not exist (also in summary.missing_inputs); the run goes
// on. Throws UsageError if `options.db_path` is a directory of other files than a database's (the
// arguments swapped?), DatabaseLockedError if another writer holds the database, DatabaseError (or
// SchemaVersionError) if it cannot be opened or written.
IndexSummary run_index(const IndexOptions& options);

// Loads `path` as the indexer would and returns the article as JSON (to_json), without touching
// any database. The reader is chosen as a run chooses it (choose_reader, extract/format.h); for a
// JSON record file (.json, .jsonl, .ndjson, --format json, or another name whose content starts
// like JSON), an array with one entry per record: its article, or {"number", "error"} for a record
// that cannot be read. `path` may be "-" for standard input, or a file that is not regular (a pipe,
// /dev/stdin, a FIFO): read once, whole (up to options.max_file_bytes), with the reader chosen by
// the content. Throws UsageError if the file cannot be read, saying why.
nlohmann::ordered_json explain_file(const std::string& path, const LoadOptions& options);

}  // namespace news
