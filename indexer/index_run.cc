#include "indexer/index_run.h"

#include <algorithm>
#include <filesystem>
#include <system_error>
#include <thread>

#include "common/database.h"
#include "common/document.h"
#include "common/schema.h"
#include "indexer/walk.h"

namespace news {

namespace fs = std::filesystem;

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

unsigned worker_count(unsigned jobs) {
  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
  // One job reads on the writer's thread: no worker, no hand-over.
  return jobs == 1 ? 0 : jobs;
}

std::optional<ArchiveWriter> open_writer(const IndexOptions& options) {
  if (options.dry_run) return std::nullopt;
  return std::optional<ArchiveWriter>(std::in_place, options);
}

// What a run reads from: the writer's view, or for a dry run the database read-only, without the
// writer's lock; a database that does not exist yet reads as empty.
Xapian::Database open_reader(const IndexOptions& options,
                             const std::optional<ArchiveWriter>& writer) {
  if (writer) return writer->reader();
  std::error_code ec;
  if (fs::exists(options.db_path, ec)) return open_for_read(options.db_path);
  return Xapian::Database();
}

LoadOptions worker_load_options(const IndexOptions& options) {
  LoadOptions load = options.load;
  // A dry run only needs to know whether each file reads as an article: no extraction.
  if (options.dry_run) load.extract_quotes = false;
  return load;
}

// The path an article is known by. Walking a canonical root yields canonical paths already, but
// for a symbolic link to a file, which is identified by its target.
fs::path canonical_path(const fs::path& path) {
  std::error_code ec;
  fs::path canonical = fs::weakly_canonical(fs::absolute(path), ec);
  return ec ? path : canonical;
}

}  // namespace

IndexRun::IndexRun(const IndexOptions& options, IndexSummary& summary)
    : options_(options),
      summary_(summary),
      start_(Clock::now()),
      writer_(open_writer(options)),
      db_(open_reader(options, writer_)),
      load_(worker_load_options(options)),
      pool_(worker_count(options.jobs)),
      // Enough finished documents queue up to keep every worker busy while the writer commits,
      // and no more: memory stays bounded whatever the archive's size.
      max_in_flight_(std::max<std::size_t>(4, 4 * worker_count(options.jobs))),
      progress_(options.progress, options.inputs),
      started_empty_(db_.get_doccount() == 0),
      articles_at_start_(started_empty_ ? 0 : article_count(db_)),
      record_files_(db_, writer_ ? &*writer_ : nullptr, summary, options, load_) {
  // The stored stamps, read apart from the writer (whose view holds this run's changes: reading
  // a value stream there would flush them). Not for a sharded archive, whose reader() numbers
  // documents over the shards it had at the start.
  if (!started_empty_ && !(writer_ && writer_->sharded()))
    stamps_.emplace(writer_ ? open_for_read(options.db_path) : db_);
  summary_.writers = writer_ ? writer_->writer_count() : 1;
}

int IndexRun::stop_signal() const {
  return options_.stop_signal ? options_.stop_signal->load(std::memory_order_relaxed) : 0;
}

Build IndexRun::build_mode() const {
  if (!writer_) return Build::kNothing;
  return writer_->parallel() ? Build::kDocument : Build::kDocumentAndWords;
}

void IndexRun::index_input(const std::string& input) {
  if (stopped()) return;
  std::error_code ec;
  const fs::file_status status = fs::status(input, ec);
  if (ec || !fs::exists(status)) {
    note_skip(summary_, input, ec ? ec.message() : "No such file or directory");
    summary_.missing_inputs.push_back(input);
  } else if (fs::is_directory(status)) {
    const fs::path root = fs::weakly_canonical(fs::absolute(input), ec);
    if (ec) {
      note_skip(summary_, input, ec.message());
      summary_.missing_inputs.push_back(input);
      return;
    }
    walked_roots_.push_back(root.string());
    walk(root.string());
  } else {
    // A file named on the command line is read whatever its extension: the user chose it.
    index_file(input, canonical_path(input).string());
  }
}

void IndexRun::finish() {
  drain();
  summary_.scan_seconds = seconds_since(start_);
  progress_.clear();
  if (const int signal = stop_signal()) {
    // Not every file was seen: deleting "missing" articles now would delete present ones.
    summary_.interrupted_by = signal;
  } else if (options_.delete_missing) {
    const auto start = Clock::now();
    delete_missing();
    summary_.delete_seconds = seconds_since(start);
  }
  if (writer_) writer_->finish(summary_);
}

void IndexRun::walk(const std::string& root) {
  walk_tree(
      root,
      [this, &root](EntryKind kind, const std::string& path, const std::string& detail) {
        switch (kind) {
          case EntryKind::kArticle:
            index_file(path, detail.empty() ? path : detail);
            break;
          case EntryKind::kIgnored:
            ++summary_.ignored;
            break;
          case EntryKind::kError:
            note_skip(summary_, path, detail);
            unreadable_.push_back(path);
            // A root that cannot be listed is as good as missing: nothing in it was indexed.
            if (path == root) summary_.missing_inputs.push_back(path);
            break;
        }
      },
      [this] { return !stopped(); });
}

void IndexRun::index_file(const std::string& path, const std::string& canonical) {
  progress_.file_met();
  const std::string id = article_id(canonical);
  // The same file reached twice in one run (through a link, or named twice) is indexed once.
  if (!seen_.insert(id).second) return;
  const std::string term = id_term(id);

  Xapian::PostingIterator posting = db_.postlist_begin(term);
  const bool exists = posting != db_.postlist_end(term);
  if (!exists && record_files_.is_record_file(path, canonical)) {
    record_files_.index(
        path, canonical, build_mode(),
        [this](std::function<Loaded()> job) { submit(std::move(job)); },
        [this] { return stopped(); });
    return;
  }
  if (exists && !options_.full) {
    try {
      if (is_unchanged(*posting, path)) return;
    } catch (const fs::filesystem_error& e) {
      note_skip(summary_, path, e.code().message());
      return;
    }
  }

  // A new path whose bytes an article has whose own file is gone: the file moved. Keep that
  // article under its new path instead of reading and extracting it again.
  if (!exists && !started_empty_ && adopt_moved(path, canonical, id)) return;

  Loaded job;
  job.path = path;
  job.canonical = canonical;
  job.id_term = term;
  job.exists = exists;
  const LoadOptions* load = &load_;
  const Build build = build_mode();
  submit([job = std::move(job), load, build]() mutable {
    return load_for_writing(std::move(job), *load, build);
  });
}

// Compares the file with the stamp stored in its document. The same mtime, ctime and size mean
// unchanged, without reading the file. The same size but another time means it may have been
// touched, copied back or edited in place: the content hash decides, and a touched file only gets
// its new stamp (no extraction, no new terms).
bool IndexRun::is_unchanged(Xapian::docid docid, const std::string& path) {
  // The docid comes from the id term's posting list: skip the check that it exists.
  const std::optional<SourceStamp> stored =
      stamps_ ? parse_source_stamp(stamps_->value(docid))
              : read_source_stamp(db_.get_document(docid, Xapian::DOC_ASSUME_VALID));
  SourceStamp now = stat_source(path);
  if (!stored || stored->size != now.size) return false;
  if (stored->mtime_ns == now.mtime_ns && stored->ctime_ns == now.ctime_ns) {
    ++summary_.unchanged;
    return true;
  }
  now.content_hash = hash_source(path);
  if (now.content_hash != stored->content_hash) return false;
  if (writer_) {
    Xapian::Document document = db_.get_document(docid, Xapian::DOC_ASSUME_VALID);
    write_source_stamp(document, now);
    writer_->rewrite_at(docid, document);
  }
  ++summary_.unchanged;
  return true;
}

// If an article with the same content hash has a file that no longer exists, moves it to `path`
// (new id, path and stamp; terms and extraction kept) and returns true.
bool IndexRun::adopt_moved(const std::string& path, const std::string& canonical,
                           const std::string& id) {
  SourceStamp now;
  try {
    now = stat_source(path);
    now.content_hash = hash_source(path);
  } catch (const fs::filesystem_error&) {
    return false;  // loading will report why
  }
  const std::string hash_term = boolean_term(FieldSource::kContentHash, now.content_hash);
  for (auto it = db_.postlist_begin(hash_term); it != db_.postlist_end(hash_term); ++it) {
    Xapian::Document document = db_.get_document(*it);
    const std::string old_path = document.get_value(slot_number(Slot::kPath));
    std::error_code ec;
    if (old_path.empty() || fs::exists(old_path, ec) || ec) continue;
    // Only a file's one article moves with it: a record of a JSON file (whose hash is the
    // record's) is read again with its file.
    if (article_id_of(document) != article_id(old_path)) continue;
    // Another new file in this run may already have taken this article.
    if (!adopted_.insert(*it).second) continue;
    ++summary_.moved;
    note_change(summary_, FileChange::Action::kMove, canonical, old_path);
    if (!writer_) return true;
    move_document(document, id, canonical);
    write_source_stamp(document, now);
    writer_->rewrite_at(*it, document);
    return true;
  }
  return false;
}

// Hands a job to the workers, then writes the results that are ready.
void IndexRun::submit(std::function<Loaded()> job) {
  pool_.submit(std::move(job));
  write_ready();
}

// Writes the results that are ready, in order; waits for the oldest when too many are pending.
void IndexRun::write_ready() {
  while (pool_.front_ready() || pool_.pending() >= max_in_flight_) write(*pool_.next());
}

void IndexRun::drain() {
  while (pool_.pending() > 0) write(*pool_.next());
}

void IndexRun::write(Loaded loaded) {
  if (loaded.record_file) {
    record_files_.write(loaded);
    return;
  }
  if (!loaded.skip_reason.empty()) {
    note_skip(summary_, loaded.path, std::move(loaded.skip_reason));
    return;
  }
  if (loaded.repaired) ++summary_.repaired;
  if (loaded.without_body) summary_.without_body.push_back(loaded.path);
  for (auto& note : loaded.dates_not_used)
    note_date_not_used(summary_, loaded.path, std::move(note));
  ++(loaded.exists ? summary_.updated : summary_.added);
  note_change(summary_, loaded.exists ? FileChange::Action::kUpdate : FileChange::Action::kAdd,
              loaded.path);
  if (!writer_) return;
  Xapian::docid previous = 0;
  if (loaded.exists) {
    // The job says whether the article existed, not where: look its document up.
    Xapian::PostingIterator it = db_.postlist_begin(loaded.id_term);
    if (it != db_.postlist_end(loaded.id_term)) previous = *it;
  }
  writer_->write_article(loaded.id_term, *loaded.document, loaded.spelling_words, previous);
}

namespace {

// True if `path` lies under the directory `dir`.
bool is_under(const std::string& path, const std::string& dir) {
  return path.size() > dir.size() && path.starts_with(dir) &&
         (path[dir.size()] == '/' || dir.ends_with('/'));
}

}  // namespace

// True if `path` is, or lies under, something the walk could not read.
bool IndexRun::unreadable(const std::string& path) const {
  return std::any_of(unreadable_.begin(), unreadable_.end(),
                     [&](const std::string& what) { return path == what || is_under(path, what); });
}

// Deletes the articles whose file lies under a directory walked in this run but was not seen: the
// file has been deleted or moved away. Articles under what could not be read are kept. The delete
// guard may hold every deletion back (hold_back_deletions): then nothing is deleted, and the
// summary says why.
void IndexRun::delete_missing() {
  if (walked_roots_.empty()) return;
  std::vector<RootDeletions> roots;
  for (const auto& root : walked_roots_) roots.push_back({root, 0, 0});
  std::vector<std::pair<Xapian::docid, std::string>> gone;
  const Xapian::valueno slot = slot_number(Slot::kPath);
  for (auto it = db_.valuestream_begin(slot); it != db_.valuestream_end(slot); ++it) {
    const std::string path = *it;
    bool under_root = false;
    for (RootDeletions& root : roots) {
      if (!is_under(path, root.root)) continue;
      under_root = true;
      ++root.indexed;
    }
    if (!under_root || seen_.count(article_id(path)) || adopted_.count(it.get_docid()) ||
        unreadable(path))
      continue;
    for (RootDeletions& root : roots)
      if (is_under(path, root.root)) ++root.gone;
    gone.emplace_back(it.get_docid(), path);
  }
  if (std::optional<std::string> reason =
          hold_back_deletions(options_.max_delete, articles_at_start_, gone.size(), roots)) {
    summary_.held_back = gone.size();
    summary_.held_back_reason = std::move(*reason);
    return;
  }
  std::unordered_set<std::string> files_gone;
  for (const auto& [docid, path] : gone) {
    if (writer_) {
      writer_->delete_article(docid);
      // A record file's stamp goes with its records.
      if (files_gone.insert(path).second) writer_->erase_metadata(record_source_key(path));
    }
    note_change(summary_, FileChange::Action::kDelete, path);
    ++summary_.deleted;
  }
}

}  // namespace news
