// news-index's engine: walk the inputs, load each article, write it through one writer in batches,
// and report what happened to every file.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/article_file.h"

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
};

// A file that was not indexed, and why.
struct SkippedFile {
  std::string path;
  std::string reason;
};

struct IndexSummary {
  std::size_t added = 0;      // new articles
  std::size_t updated = 0;    // articles whose file changed since the last run
  std::size_t unchanged = 0;  // files already indexed as they are
  std::size_t moved = 0;      // articles whose file moved or was renamed (kept, not re-read)
  std::size_t deleted = 0;    // articles whose file has gone
  std::size_t ignored = 0;    // files that are not articles (other extensions, READMEs, hidden)
  std::size_t repaired = 0;   // articles read with invalid UTF-8 decoded as Windows-1252
  std::vector<SkippedFile> skipped;  // articles that could not be read
  double seconds = 0;

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
// "reason"}], "seconds", "changed"}.
nlohmann::ordered_json summary_to_json(const IndexSummary& summary);

// Loads `path` as the indexer would and returns the article as JSON (to_json), without touching
// any database. Throws UsageError if the file cannot be read as an article, saying why.
nlohmann::ordered_json explain_file(const std::string& path, const LoadOptions& options);

}  // namespace news
