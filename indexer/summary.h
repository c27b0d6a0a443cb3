// What a news-index run reports: the counts, the files skipped and why, the changes of a dry run,
// and the report printed at the end (text, or JSON for monitoring).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace news {

// A file that was not indexed, and why.
struct SkippedFile {
  std::string path;
  std::string reason;
};

// Something a run noted about a file it indexed.
struct FileNote {
  std::string path;
  std::string note;
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
  // Dates the articles were indexed without, being implausible (drop_implausible_dates): the
  // file (PATH:LINE for a record) and the warning, "date not used (outside 1800-01-01 to
  // 2027-03-21): published 9999-01-01".
  std::vector<FileNote> dates_not_used;
  std::vector<FileChange> changes;  // with dry_run only: what a real run would do
  // Paths named on the command line that do not exist or cannot be read: nothing under them was
  // indexed or deleted. Each is in `skipped` too, with its reason.
  std::vector<std::string> missing_inputs;
  // Deletions the delete guard held back (IndexOptions::max_delete): how many articles would
  // have been deleted, and why they were not (hold_back_deletions); 0 and empty otherwise.
  std::size_t held_back = 0;
  std::string held_back_reason;
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
  double people_seconds = 0;   // making the people table again (runs that changed an article)

  bool changed() const { return added + updated + moved + deleted > 0; }
};

// Records a file that could not be indexed, and why.
void note_skip(IndexSummary& summary, std::string path, std::string reason);

// Records a date the article of `path` was indexed without, and why.
void note_date_not_used(IndexSummary& summary, std::string path, std::string note);

// Records a change the run makes, for a dry run's list of changes; a real run keeps no list.
void note_change(IndexSummary& summary, FileChange::Action action, std::string path,
                 std::string moved_from = {});

// The one-paragraph report news-index prints at the end of a run; file names in it have their
// control characters and bytes that are not UTF-8 escaped (escape_controls).
std::string format_summary(const IndexSummary& summary);

// The line that says the delete guard held deletions back, why, and what to do about it (part of
// format_summary; on its own on stderr with a JSON summary); empty when it did not.
std::string held_back_text(const IndexSummary& summary);

// The summary as one JSON object, for monitoring (`news-index --summary json`, docs/json.md):
// {"added", "updated", "unchanged", "moved", "deleted", "ignored", "repaired", "skipped": [{"path",
// "reason"}], "without_body": [paths], "dates_not_used": [{"path", "note"}], "dry_run",
// "interrupted_by", "compacted", "seconds", "writers", "phases": {"scan", "delete", "commit",
// "compact", "merge"}, "changed"}, plus "changes": [{"action", "path", "from"?}] for a dry run and
// "held_back": {"deletions", "reason"} when the delete guard held deletions back.
nlohmann::ordered_json summary_to_json(const IndexSummary& summary);

// summary_to_json as text; bytes of file names that are not UTF-8 become U+FFFD, and DEL and C1
// controls are escaped (escape_json_controls).
std::string summary_json_text(const IndexSummary& summary);

}  // namespace news
