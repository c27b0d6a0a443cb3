// JSON record files in a run: telling them apart, passing over an unchanged one, reading a changed
// one in chunks on the workers (each record an article), writing its records, and deleting the
// records it no longer has. Record files are read by extract/json/record_file.h; this is the
// indexer's side of them.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <xapian.h>

#include "common/document.h"
#include "extract/json/record_file.h"
#include "extract/load.h"
#include "indexer/indexer.h"
#include "indexer/jobs.h"

namespace news {

class ArchiveWriter;

// The writer's state for one record file being indexed: what the database held of it, and which
// of its records this run has met.
struct RecordFile {
  std::string path;
  std::string canonical;
  SourceStamp stamp;   // mtime, ctime and size when the run began reading it (read by workers)
  KnownRecords known;  // id -> record hash when last indexed (read by workers, never changed)
  std::unordered_map<std::string, Xapian::docid> docids;  // id -> document (writer only)
  std::unordered_set<std::string> seen;                   // ids met in this run (writer only)
  // Records that could not be indexed (writer only): kept with the file's stamp, so that a run
  // that passes the file over as unchanged reports them again.
  std::vector<SkippedRecord> skipped;
  std::string content_hash;  // of the whole file, set by the writer when it has read it all
};

// Reads one chunk of a record file into documents; runs on a worker thread (see
// load_for_writing, indexer/jobs.h).
Loaded load_records_for_writing(Loaded job, const RecordChunk& chunk, const LoadOptions& options,
                                Build build);

// The record files of one run. Lives on the writer's thread.
class RecordFiles {
 public:
  // Hands work to the workers (in order with the run's other files) and writes what is ready.
  using Submit = std::function<void(std::function<Loaded()>)>;

  // `db` is the database as the run began (the writer's view); `writer` writes, or is null for a
  // dry run. `load` must outlive the jobs submitted.
  RecordFiles(const Xapian::Database& db, ArchiveWriter* writer, IndexSummary& summary,
              const IndexOptions& options, const LoadOptions& load);

  // True if the file at `path` is a record file: one whose articles the database keeps a stamp of,
  // or one choose_reader gives to the record reader (extract/format.h).
  bool is_record_file(const std::string& path, const std::string& canonical) const;

  // Indexes a record file: passes it over when its stamp says it has not changed (reporting again
  // the records it could not index when it last read it), else reads it in
  // chunks, each submitted to the workers and building what `build` asks for; the file's last job
  // closes it (write). Stops early when `stopped` says so, leaving the file unclosed.
  void index(const std::string& path, const std::string& canonical, Build build,
             const Submit& submit, const std::function<bool()>& stopped);

  // Writes what a worker made of a chunk of a record file, or, for the file's last job, deletes
  // the records it no longer has and stores its stamp and record count, so that the next run
  // passes it over while it stays the same.
  void write(Loaded& loaded);

 private:
  bool unchanged(const RecordFile& file);
  void read_known_records(RecordFile& file) const;
  void write_records(Loaded& loaded);
  void skip_record(RecordFile& file, std::uint64_t number, std::string reason);
  void close(RecordFile& file);

  const Xapian::Database& db_;
  ArchiveWriter* writer_;
  IndexSummary& summary_;
  const IndexOptions& options_;
  const LoadOptions& load_;
};

}  // namespace news
