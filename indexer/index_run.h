// One news-index run over one database: decides on this thread, file by file in walk order,
// whether a file is new, changed, unchanged, moved or a record file; hands reading and extraction
// to worker threads (indexer/jobs.h); writes their results in walk order
// (indexer/archive_writer.h); then deletes the articles of files that have gone.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include <xapian.h>

#include "extract/load.h"
#include "indexer/archive_writer.h"
#include "indexer/indexer.h"
#include "indexer/jobs.h"
#include "indexer/ordered_pool.h"
#include "indexer/progress.h"
#include "indexer/record_files.h"
#include "indexer/stamp_reader.h"

namespace news {

class IndexRun {
 public:
  // Opens the database (for writing, or read-only for a dry run, when it need not exist) and
  // starts the workers. Throws as ArchiveWriter does.
  IndexRun(const IndexOptions& options, IndexSummary& summary);

  IndexRun(const IndexRun&) = delete;
  IndexRun& operator=(const IndexRun&) = delete;

  // Indexes one input: a directory, walked recursively, or a file, read whatever its extension
  // (the user chose it). One that does not exist is skipped, with its reason.
  void index_input(const std::string& input);

  // Writes what the workers still have, deletes the articles of files gone from the directories
  // walked (unless stopped by a signal, or told not to, or the delete guard holds them back:
  // options.max_delete), and ends the run (ArchiveWriter::finish).
  void finish();

 private:
  using Clock = std::chrono::steady_clock;

  int stop_signal() const;
  bool stopped() const { return stop_signal() != 0; }
  Build build_mode() const;
  void walk(const std::string& root);
  void index_file(const std::string& path, const std::string& canonical);
  bool is_unchanged(Xapian::docid docid, const std::string& path);
  bool adopt_moved(const std::string& path, const std::string& canonical, const std::string& id);
  void submit(std::function<Loaded()> job);
  void write_ready();
  void drain();
  void write(Loaded loaded);
  void delete_missing();
  bool unreadable(const std::string& path) const;

  const IndexOptions& options_;
  IndexSummary& summary_;
  Clock::time_point start_;
  std::optional<ArchiveWriter> writer_;  // empty for a dry run
  Xapian::Database db_;  // reads: the writer's view, or a read-only handle for a dry run
  LoadOptions load_;     // options.load, as the workers use them
  OrderedPool<Loaded> pool_;
  std::size_t max_in_flight_;
  ProgressBar progress_;
  // Nothing indexed before this run: no article can have moved, so new files skip that check.
  bool started_empty_;
  Xapian::doccount articles_at_start_;  // the archive's size, for the delete guard's share
  std::optional<StampReader> stamps_;   // stored stamps, for is_unchanged
  RecordFiles record_files_;
  std::unordered_set<std::string> seen_;       // ids of the articles met in this run
  std::unordered_set<Xapian::docid> adopted_;  // articles moved to a new path in this run
  std::vector<std::string> walked_roots_;      // canonical directories walked in this run
  // What the walk could not read (directories, entries it could not stat): the articles under
  // them were not seen, but their files may well be there, so they are not deleted.
  std::vector<std::string> unreadable_;
};

}  // namespace news
