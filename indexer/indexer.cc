#include "indexer/indexer.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <system_error>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>
#include <xapian.h>

#include "common/database.h"
#include "common/document.h"
#include "common/error.h"
#include "extract/html/reader.h"
#include "extract/json/record_file.h"
#include "common/schema.h"
#include "common/strings.h"
#include "extract/text_decoding.h"
#include "indexer/ordered_pool.h"
#include "indexer/part_writer.h"
#include "indexer/shard_set.h"
#include "indexer/stamp_reader.h"
#include "indexer/story_table.h"
#include "indexer/walk.h"

namespace news {

namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// JSON text for records that may hold file names which are not UTF-8: such bytes become U+FFFD
// instead of an exception that would stop the run.
template <typename Json>
std::string dump_lenient(const Json& json) {
  return json.dump(-1, ' ', false, Json::error_handler_t::replace);
}

// The writer's state for one JSON record file being indexed (record_file.h): what the database
// held of it, and which of its records this run has met.
struct RecordFile {
  std::string path;
  std::string canonical;
  SourceStamp stamp;   // mtime, ctime and size when the run began reading it (read by workers)
  KnownRecords known;  // id -> record hash when last indexed (read by workers, never changed)
  std::unordered_map<std::string, Xapian::docid> docids;  // id -> document (writer only)
  std::unordered_set<std::string> seen;                   // ids met in this run (writer only)
  std::string content_hash;  // of the whole file, set by the writer when it has read it all
};

// One record of a record file, as a worker hands it to the writer.
struct LoadedRecordDocument {
  std::size_t number = 0;
  std::string id;
  bool unchanged = false;
  bool repaired = false;
  std::string error;
  std::optional<Xapian::Document> document;
  std::vector<std::string> spelling_words;
};

// What a worker hands back to the writer for one file: the document to write, or why not. For a
// record file, one job per chunk, with its records, and a last job that closes the file.
struct Loaded {
  std::string path;
  std::string canonical;  // the path the article is known by (its id comes from it)
  std::string id_term;
  bool exists = false;  // an older version of the article is in the database
  std::optional<Xapian::Document> document;
  std::vector<std::string> spelling_words;  // the document's words for the spelling table
  bool repaired = false;
  bool without_body = false;  // a page indexed by title and metadata only
  std::string skip_reason;
  std::shared_ptr<RecordFile> record_file;  // set for the jobs of a record file
  std::vector<LoadedRecordDocument> records;
  bool closes_file = false;  // the record file's last job: all its chunks came before
};

bool repaired_utf8(const Article& article) {
  return std::any_of(article.warnings.begin(), article.warnings.end(),
                     [](const std::string& w) { return is_repair_warning(w); });
}

bool body_not_found(const Article& article) {
  return std::find(article.warnings.begin(), article.warnings.end(), kNoBodyWarning) !=
         article.warnings.end();
}

// The words of a document that go into the spelling table behind news-query's "Did you mean"
// (is_spelling_word), each once, so that a word's frequency is the number of articles with it.
std::vector<std::string> spelling_words(const Xapian::Document& document) {
  std::vector<std::string> words;
  for (auto it = document.termlist_begin(); it != document.termlist_end(); ++it) {
    std::string term = *it;
    if (is_spelling_word(term)) words.push_back(std::move(term));
  }
  return words;
}

// What a worker makes of an article: nothing but whether it reads (a dry run); its document (for
// a part writer, which takes the spelling words from its database at the end); or its document
// and spelling words (for the one writer, which adds them up per batch).
enum class Build { kNothing, kDocument, kDocumentAndWords };

// Reads and extracts one file; runs on a worker thread. Each worker has its own term generator
// (Xapian objects are not shared between threads), and lets go of the finished document before
// handing it over, so only the writer's thread touches it afterwards.
Loaded load_for_writing(Loaded job, const LoadOptions& options, Build build) {
  thread_local Xapian::TermGenerator generator = make_term_generator();
  LoadResult loaded = load_article(job.path, job.canonical, options);
  if (!loaded.article) {
    job.skip_reason = std::move(loaded.skip_reason);
    return job;
  }
  job.repaired = repaired_utf8(*loaded.article);
  job.without_body = body_not_found(*loaded.article);
  if (build != Build::kNothing) {
    job.document = to_document(*loaded.article, loaded.stamp, generator);
    generator.set_document(Xapian::Document());
    // Picked out here, on the worker, so the writer's thread (the pipeline's bottleneck) only
    // adds them up.
    if (build == Build::kDocumentAndWords) job.spelling_words = spelling_words(*job.document);
  }
  return job;
}

bool document_has_term(const Xapian::Document& document, const std::string& term) {
  Xapian::TermIterator it = document.termlist_begin();
  it.skip_to(term);
  return it != document.termlist_end() && *it == term;
}

// Reads one chunk of a record file into documents; runs on a worker thread (see load_for_writing).
Loaded load_records_for_writing(Loaded job, const RecordChunk& chunk, const LoadOptions& options,
                                Build build) {
  thread_local Xapian::TermGenerator generator = make_term_generator();
  const RecordFile& file = *job.record_file;
  for (LoadedRecord& record : load_records(chunk, file.canonical, options, &file.known)) {
    LoadedRecordDocument out;
    out.number = record.number;
    out.id = std::move(record.id);
    out.unchanged = record.unchanged;
    out.error = std::move(record.error);
    if (record.article) {
      out.repaired = repaired_utf8(*record.article);
      if (build != Build::kNothing) {
        SourceStamp stamp = file.stamp;
        stamp.content_hash = record.hash;
        out.document = to_document(*record.article, stamp, generator);
        generator.set_document(Xapian::Document());
        if (build == Build::kDocumentAndWords) out.spelling_words = spelling_words(*out.document);
      }
    }
    job.records.push_back(std::move(out));
  }
  return job;
}

unsigned worker_count(unsigned jobs) {
  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
  // One job reads on the writer's thread: no worker, no hand-over.
  return jobs == 1 ? 0 : jobs;
}

unsigned writer_count(const IndexOptions& options) {
  if (options.writers > 0) return options.writers;
  if (options.jobs == 1) return 1;
  return std::clamp(std::thread::hardware_concurrency(), 1u, 4u);
}

// Documents waiting for each parallel writer: enough to keep it busy while the next ones are
// read, few enough that memory stays with the writers' batches.
constexpr std::size_t kPartQueue = 64;

// Documents a parallel writer adds between flushes of its part. Xapian's writer slows down as its
// buffer grows (a map node per posting): over 9,000 generated articles with two writers, 100 took
// the least CPU, 250 about 7% more, 500 13%, 2,000 55% (docs/benchmarks.md). A part is scratch, so
// its flushes are not the durability points --batch-size sets for the database.
constexpr std::size_t kPartBatch = 100;

std::string order_value(std::uint64_t order) {
  return Xapian::sortable_serialise(static_cast<double>(order));
}

// Counts the files a walk of `inputs` would index, for the progress bar's ETA. Only run when
// progress is shown: on a terminal, someone is watching and a second walk (of cached directory
// entries) is cheap next to reading the files.
std::size_t count_candidates(const std::vector<std::string>& inputs) {
  std::size_t count = 0;
  for (const auto& input : inputs) {
    std::error_code ec;
    if (!fs::is_directory(input, ec)) {
      ++count;
      continue;
    }
    walk_tree(
        input,
        [&](EntryKind kind, const fs::path&, const std::string&) {
          if (kind == EntryKind::kArticle) ++count;
        },
        [] { return true; });
  }
  return count;
}

std::string format_duration(double seconds) {
  const auto total = static_cast<long long>(seconds + 0.5);
  if (total >= 3600)
    return fmt::format("{}:{:02}:{:02}", total / 3600, total / 60 % 60, total % 60);
  return fmt::format("{}:{:02}", total / 60, total % 60);
}

// Owns the database for one run: decides add / update / move / unchanged per file on this thread,
// hands reading and extraction to workers, writes their results in walk order, commits in
// batches.
class IndexRun {
 public:
  IndexRun(const IndexOptions& options, IndexSummary& summary)
      : options_(options),
        summary_(summary),
        pool_(worker_count(options.jobs)),
        // Enough finished documents queue up to keep every worker busy while the writer commits,
        // and no more: memory stays bounded whatever the archive's size.
        max_in_flight_(std::max<std::size_t>(4, 4 * worker_count(options.jobs))),
        start_(Clock::now()) {
    if (options.dry_run) {
      // Read-only, without the writer's lock; a database that does not exist yet is empty.
      std::error_code ec;
      if (fs::exists(options.db_path, ec)) db_ = open_for_read(options.db_path);
    } else {
      target_.emplace(options.db_path, options.shard_by, options.wait_seconds);
      db_ = target_->reader();
    }
    started_empty_ = db_.get_doccount() == 0;
    // The stored stamps, read apart from the writer (whose view holds this run's changes: reading
    // a value stream there would flush them). Not for a sharded archive, whose reader() numbers
    // documents over the shards it had at the start.
    if (!started_empty_ && !(target_ && target_->sharded()))
      stamps_.emplace(target_ ? open_for_read(options.db_path) : db_);
    const std::string next_order = db_.get_metadata(std::string(kNextOrderKey));
    if (!next_order.empty())
      next_order_ = static_cast<std::uint64_t>(Xapian::sortable_unserialise(next_order));
    stored_order_ = next_order_;
    // A first full index writes parts in parallel and merges them at the end. Only then: every
    // article is new, so nothing needs looking up in what the parts hold, but the stories
    // (StoryTable).
    // A sharded archive is written through one thread (one writer per shard).
    const unsigned writers = writer_count(options);
    if (target_ && !target_->sharded() && started_empty_ && writers > 1) start_parts(writers);
    summary_.writers = std::max<std::size_t>(parts_.size(), 1);
    // A dry run only needs to know whether each file reads as an article: no extraction.
    load_ = options.load;
    if (options.dry_run) load_.extract_quotes = false;
    if (options.progress) expected_files_ = count_candidates(options.inputs);
  }

  void index_input(const std::string& input) {
    if (stopped()) return;
    std::error_code ec;
    const fs::file_status status = fs::status(input, ec);
    if (ec || !fs::exists(status)) {
      skip(input, ec ? ec.message() : "No such file or directory");
    } else if (fs::is_directory(status)) {
      const fs::path root = fs::weakly_canonical(fs::absolute(input), ec);
      if (ec) {
        skip(input, ec.message());
        return;
      }
      walked_roots_.push_back(root.string());
      walk(root.string());
    } else {
      // A file named on the command line is read whatever its extension: the user chose it.
      index_file(input, canonical_path(input).string());
    }
  }

  IndexRun(const IndexRun&) = delete;
  IndexRun& operator=(const IndexRun&) = delete;

  ~IndexRun() {
    if (parts_.empty()) return;
    // After an error: the parts are scratch.
    parts_.clear();
    std::error_code ec;
    fs::remove_all(parts_dir(), ec);
  }

  void finish() {
    drain();
    summary_.scan_seconds = seconds_since(start_);
    if (options_.progress) std::fputs("\r\033[K", stderr);
    if (const int signal = stop_signal()) {
      // Not every file was seen: deleting "missing" articles now would delete present ones.
      summary_.interrupted_by = signal;
    } else if (options_.delete_missing) {
      const auto start = Clock::now();
      delete_missing();
      summary_.delete_seconds = seconds_since(start);
    }
    if (!target_) return;
    if (!parts_.empty()) {
      // An interrupted run merges too: what it wrote is kept, and the next run goes on from there.
      finish_parts();
      return;
    }
    // Commit explicitly: the destructor would too, but silently swallowing any error.
    const auto commit_start = Clock::now();
    flush_spelling();
    store_next_order();
    target_->commit();
    summary_.commit_seconds = seconds_since(commit_start);
    if (options_.compact && !summary_.interrupted_by) {
      const auto compact_start = Clock::now();
      target_->compact();
      summary_.compacted = true;
      summary_.compact_seconds = seconds_since(compact_start);
    }
  }

 private:
  int stop_signal() const {
    return options_.stop_signal ? options_.stop_signal->load(std::memory_order_relaxed) : 0;
  }
  bool stopped() const { return stop_signal() != 0; }

  std::string parts_dir() const { return options_.db_path + ".parts"; }

  void start_parts(unsigned count) {
    // Left by a run that was killed: it held the database's lock, which this run holds now.
    std::error_code ec;
    fs::remove_all(parts_dir(), ec);
    fs::create_directories(parts_dir(), ec);
    if (ec) {
      throw DatabaseError(
          fmt::format("cannot create the directory {}: {}", parts_dir(), ec.message()));
    }
    for (unsigned i = 0; i < count; ++i) {
      parts_.push_back(std::make_unique<PartWriter>(fmt::format("{}/{}", parts_dir(), i),
                                                    kPartBatch, kPartQueue));
    }
    stories_.emplace();
  }

  // Commits the parts and merges them into the (empty) database, replacing it atomically.
  void finish_parts() {
    const auto commit_start = Clock::now();
    parts_.front()->set_metadata(std::string(kNextOrderKey), order_value(next_order_));
    // Each part's last flush and spelling table are written on its own thread, all at once.
    for (auto& part : parts_) part->close();
    std::vector<std::string> paths;
    for (auto& part : parts_) {
      part->finish();
      paths.push_back(part->path());
    }
    // The database itself goes last: it has no articles, but may have metadata (the stamp of a
    // record file without records), and the parts' entries for the keys both have are newer.
    paths.push_back(options_.db_path);
    summary_.commit_seconds = seconds_since(commit_start);
    const auto merge_start = Clock::now();
    merge_and_swap(target_->home(), options_.db_path, paths);
    summary_.merge_seconds = seconds_since(merge_start);
    // The merge is a compaction.
    summary_.compacted = options_.compact;
    parts_.clear();
    std::error_code ec;
    fs::remove_all(parts_dir(), ec);
  }

  // Writes a new or rewritten article: in a parallel run to a part, kPartBatch articles in a row
  // to each part in turn, else through the writer, replacing the document with its id term. Runs
  // of articles, not one each: the merge numbers a part's documents one after the other, and a
  // later run looks the files up in walk order, so neighbours in the walk should be neighbours in
  // the database (handing them out one by one made a no-change re-run read 3.5 blocks per file
  // instead of about 1, and take twice omindex's time; docs/benchmarks.md).
  // `previous` is the docid in db_ of the article's document before this run, 0 for a new one.
  void write_article(const std::string& id_term, Xapian::Document& document,
                     std::vector<std::string>& words, Xapian::docid previous) {
    if (!parts_.empty()) {
      const std::optional<std::uint64_t> hash = read_simhash(document);
      document.add_value(slot_number(Slot::kStory), hash ? stories_->assign(*hash) : id_term);
      (void)words;  // the part takes them from its own database at the end
      parts_[next_part_]->add(std::move(document));
      if (++part_fill_ == kPartBatch) {
        part_fill_ = 0;
        next_part_ = (next_part_ + 1) % parts_.size();
      }
      return;
    }
    update_spelling(words, true);
    assign_story(id_term, document);
    target_->replace(id_term, document, previous);
    count_pending();
  }

  Build build_mode() const {
    if (options_.dry_run) return Build::kNothing;
    return parts_.empty() ? Build::kDocumentAndWords : Build::kDocument;
  }

  // The order counter goes with the commit that holds the articles numbered by it; a run that
  // added nothing writes nothing, so that a no-change run leaves the database's revision as it was.
  void store_next_order() {
    if (next_order_ == stored_order_) return;
    target_->home().set_metadata(std::string(kNextOrderKey), order_value(next_order_));
    stored_order_ = next_order_;
  }

  // A document of db_, by its docid there, in whichever shard holds it.
  void replace_at(Xapian::docid docid, const Xapian::Document& document) {
    const ShardSet::Location at = target_->locate(docid);
    target_->shard(at.shard).replace_document(at.docid, document);
  }

  void delete_at(Xapian::docid docid) {
    const ShardSet::Location at = target_->locate(docid);
    target_->shard(at.shard).delete_document(at.docid);
  }

  // Metadata goes with the documents: into the first part in a parallel run (the merge keeps it).
  void write_metadata(const std::string& key, const std::string& value) {
    if (!parts_.empty()) {
      parts_.front()->set_metadata(key, value);
      return;
    }
    target_->home().set_metadata(key, value);
    count_pending();
  }

  // The order value (Slot::kOrder) for an article: the one it had if `old` is its previous
  // document, else the next one.
  std::string take_order(const Xapian::Document* old) {
    if (old) {
      std::string kept = old->get_value(slot_number(Slot::kOrder));
      if (!kept.empty()) return kept;
    }
    return order_value(next_order_++);
  }

  // The path an article is known by. Walking a canonical root yields canonical paths already, but
  // for a symbolic link to a file, which is identified by its target.
  static fs::path canonical_path(const fs::path& path) {
    std::error_code ec;
    fs::path canonical = fs::weakly_canonical(fs::absolute(path), ec);
    return ec ? path : canonical;
  }

  void walk(const std::string& root) {
    walk_tree(
        root,
        [this](EntryKind kind, const std::string& path, const std::string& detail) {
          switch (kind) {
            case EntryKind::kArticle:
              index_file(path, detail.empty() ? path : detail);
              break;
            case EntryKind::kIgnored:
              ++summary_.ignored;
              break;
            case EntryKind::kError:
              skip(path, detail);
              break;
          }
        },
        [this] { return !stopped(); });
  }

  void index_file(const std::string& path, const std::string& canonical) {
    ++files_seen_;
    maybe_report_progress();
    const std::string id = article_id(canonical);
    // The same file reached twice in one run (through a link, or named twice) is indexed once.
    if (!seen_.insert(id).second) return;
    const std::string term = id_term(id);

    Xapian::PostingIterator posting = db_.postlist_begin(term);
    const bool exists = posting != db_.postlist_end(term);
    if (!exists && is_record_file(path, canonical)) {
      index_record_file(path, canonical);
      return;
    }
    if (exists && !options_.full) {
      try {
        if (is_unchanged(*posting, path)) return;
      } catch (const fs::filesystem_error& e) {
        skip(path, e.code().message());
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
    pool_.submit([job = std::move(job), load, build]() mutable {
      return load_for_writing(std::move(job), *load, build);
    });
    write_ready();
  }

  // Compares the file with the stamp stored in its document. The same mtime, ctime and size mean
  // unchanged, without reading the file. The same size but another time means it may have been
  // touched, copied back or edited in place: the content hash decides, and a touched file only
  // gets its new stamp (no extraction, no new terms).
  bool is_unchanged(Xapian::docid docid, const std::string& path) {
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
    if (target_) {
      Xapian::Document document = db_.get_document(docid, Xapian::DOC_ASSUME_VALID);
      write_source_stamp(document, now);
      replace_at(docid, document);
      count_pending();
    }
    ++summary_.unchanged;
    return true;
  }

  // Writes the results that are ready, in order; waits for the oldest when too many are pending.
  void write_ready() {
    while (pool_.front_ready() || pool_.pending() >= max_in_flight_) write(*pool_.next());
  }

  void drain() {
    while (pool_.pending() > 0) write(*pool_.next());
  }

  void write(Loaded loaded) {
    if (loaded.record_file) {
      if (loaded.closes_file) {
        close_record_file(*loaded.record_file);
      } else {
        write_records(loaded);
      }
      return;
    }
    if (!loaded.skip_reason.empty()) {
      skip(loaded.path, std::move(loaded.skip_reason));
      return;
    }
    if (loaded.repaired) ++summary_.repaired;
    if (loaded.without_body) summary_.without_body.push_back(loaded.path);
    ++(loaded.exists ? summary_.updated : summary_.added);
    record_change(loaded.exists ? FileChange::Action::kUpdate : FileChange::Action::kAdd,
                  loaded.path);
    if (target_) {
      std::optional<Xapian::Document> old;
      Xapian::docid previous = 0;
      if (loaded.exists) {
        Xapian::PostingIterator it = db_.postlist_begin(loaded.id_term);
        if (it != db_.postlist_end(loaded.id_term)) {
          previous = *it;
          old = db_.get_document(previous, Xapian::DOC_ASSUME_VALID);
          update_spelling(spelling_words(*old), false);
        }
      }
      loaded.document->add_value(slot_number(Slot::kOrder), take_order(old ? &*old : nullptr));
      write_article(loaded.id_term, *loaded.document, loaded.spelling_words, previous);
    }
  }

  // The spelling table: counts are summed here per batch and handed to Xapian once per word
  // (flush_spelling, before each commit); one add_spelling per word and document cost about twice
  // the extra CPU on the BBC corpus (docs/query-language.md has the numbers). Spelling data only
  // goes through the WritableDatabase, so this runs on the writer's thread.
  void update_spelling(const std::vector<std::string>& words, bool add) {
    for (const std::string& word : words) spelling_delta_[word] += add ? 1 : -1;
  }

  void flush_spelling() {
    for (const auto& [word, delta] : spelling_delta_) {
      if (delta > 0) target_->home().add_spelling(word, static_cast<Xapian::termcount>(delta));
      if (delta < 0) target_->home().remove_spelling(word, static_cast<Xapian::termcount>(-delta));
    }
    spelling_delta_.clear();
  }

  // Sets the document's story (Slot::kStory, the collapse key of news-query --collapse): the story
  // of the closest document already in the database (ties: the one indexed first, by its order
  // value, Slot::kOrder) whose SimHash is within kMaxStoryDistance bits, found through the shared
  // band terms; else a new story, labelled by this document's own SimHash. The label is the first
  // member's SimHash rather than its article id so that when that member is later rewritten with
  // other text, it does not keep sharing a label with the copies it no longer resembles; when it
  // is deleted, the others keep the label and stay one story. Stories are decided when a document
  // is written and not revisited: a re-index from scratch, walking in the same (name) order, gives
  // the same stories, sharded or not. A document without a SimHash (no body words) is a story of
  // its own. The writers' databases show the documents written in this run before they are
  // committed, so copies in one batch are found; shards created in this run are searched too.
  void assign_story(const std::string& own_id_term, Xapian::Document& document) {
    const Xapian::valueno story_slot = slot_number(Slot::kStory);
    const std::optional<std::uint64_t> hash = read_simhash(document);
    if (!hash) {
      document.add_value(story_slot, own_id_term);
      return;
    }
    int best_distance = kMaxStoryDistance + 1;
    std::string best_order;
    std::string best_story;
    const auto search = [&](const Xapian::Database& db) {
      Xapian::docid own = 0;
      if (auto it = db.postlist_begin(own_id_term); it != db.postlist_end(own_id_term)) own = *it;
      candidates_.clear();
      for (const std::string& band : simhash_band_terms(*hash)) {
        for (auto it = db.postlist_begin(band); it != db.postlist_end(band); ++it) {
          const Xapian::docid docid = *it;
          if (docid == own || !candidates_.insert(docid).second) continue;
          const Xapian::Document other = db.get_document(docid, Xapian::DOC_ASSUME_VALID);
          const std::optional<std::uint64_t> other_hash = read_simhash(other);
          if (!other_hash) continue;
          const int distance = hamming_distance(*hash, *other_hash);
          std::string order = other.get_value(slot_number(Slot::kOrder));
          if (distance < best_distance || (distance == best_distance && order < best_order)) {
            best_distance = distance;
            best_order = std::move(order);
            best_story = other.get_value(story_slot);
          }
        }
      }
    };
    search(db_);
    for (const Xapian::Database& shard : target_->added_since_open()) search(shard);
    if (best_story.empty()) best_story = document.get_value(slot_number(Slot::kSimHash));
    document.add_value(story_slot, best_story);
  }

  // A JSON record file: one whose articles the database keeps a stamp of, a file forced to JSON,
  // or a new file named .json, .jsonl or .ndjson, or of another extension than the text and HTML
  // ones and starting like JSON.
  bool is_record_file(const std::string& path, const std::string& canonical) {
    if (!db_.get_metadata(record_source_key(canonical)).empty()) return true;
    switch (load_.format) {
      case InputFormat::kJson:
        return true;
      case InputFormat::kText:
      case InputFormat::kHtml:
        return false;
      case InputFormat::kAuto:
        break;
    }
    if (is_record_file_name(path)) return true;
    if (is_single_article_name(path)) return false;
    return looks_like_json(read_head(path));
  }

  // Indexes a record file: passes it over when its stamp says it has not changed, else reads it
  // in chunks on the workers, each record an article; the file's last job (close_record_file)
  // deletes the records it no longer has and stores its stamp.
  void index_record_file(const std::string& path, const std::string& canonical) {
    auto file = std::make_shared<RecordFile>();
    file->path = path;
    file->canonical = canonical;
    try {
      file->stamp = stat_source(path);
    } catch (const fs::filesystem_error& e) {
      skip(path, e.code().message());
      return;
    }
    const std::optional<RecordSourceStamp> stored =
        decode_record_source(db_.get_metadata(record_source_key(canonical)));
    if (stored && !options_.full && stored->stamp.size == file->stamp.size) {
      bool same = stored->stamp.mtime_ns == file->stamp.mtime_ns &&
                  stored->stamp.ctime_ns == file->stamp.ctime_ns;
      if (!same) {
        // Touched, copied back or edited in place: the content decides.
        RecordSourceStamp now{file->stamp, stored->records};
        try {
          now.stamp.content_hash = hash_source(path);
        } catch (const fs::filesystem_error& e) {
          skip(path, e.code().message());
          return;
        }
        same = now.stamp.content_hash == stored->stamp.content_hash;
        if (same && target_)
          write_metadata(record_source_key(canonical), encode_record_source(now));
      }
      if (same) {
        summary_.unchanged += stored->records;
        return;
      }
    }
    // What the database holds of the file: its records' ids, documents and hashes.
    const std::string term = file_term(canonical);
    for (auto it = db_.postlist_begin(term); it != db_.postlist_end(term); ++it) {
      const Xapian::Document document = db_.get_document(*it, Xapian::DOC_ASSUME_VALID);
      Xapian::TermIterator id = document.termlist_begin();
      id.skip_to("Q");
      if (id == document.termlist_end() || !(*id).starts_with("Q")) continue;
      const std::string article = (*id).substr(1);
      file->docids[article] = *it;
      const std::optional<SourceStamp> stamp = read_source_stamp(document);
      file->known[article] = stamp ? stamp->content_hash : std::string();
    }
    try {
      RecordFileReader reader(path, load_.max_file_bytes);
      const LoadOptions* load = &load_;
      const Build build = build_mode();
      while (!stopped()) {
        std::optional<RecordChunk> chunk = reader.next();
        if (!chunk) {
          // Read to the end: the file's last job can close it.
          file->content_hash = reader.content_hash();
          Loaded closing;
          closing.record_file = file;
          closing.closes_file = true;
          pool_.submit([closing = std::move(closing)]() mutable { return std::move(closing); });
          write_ready();
          return;
        }
        Loaded job;
        job.path = path;
        job.record_file = file;
        pool_.submit([job = std::move(job), chunk = std::move(*chunk), load, build]() mutable {
          return load_records_for_writing(std::move(job), chunk, *load, build);
        });
        write_ready();
      }
    } catch (const RecordFileTooLarge& e) {
      skip(path, e.what());
    } catch (const fs::filesystem_error& e) {
      skip(path, e.code().message());
    }
  }

  void write_records(Loaded& loaded) {
    RecordFile& file = *loaded.record_file;
    for (LoadedRecordDocument& record : loaded.records) {
      const std::string where = fmt::format("{}:{}", file.path, record.number);
      if (!record.error.empty()) {
        skip(where, std::move(record.error));
        continue;
      }
      if (!file.seen.insert(record.id).second) {
        // A url an earlier record of the file gave: this one is known by its line instead, as
        // read_json_file keys a repeated url (the workers see one chunk each, so it is done here).
        const std::string by_line =
            article_id(fmt::format("{}#line:{}", file.canonical, record.number));
        if (!record.document || !file.seen.insert(by_line).second) {
          skip(where,
               "repeats the url of an earlier record of the file; run with --full to index it");
          continue;
        }
        move_document(*record.document, by_line, file.canonical);
        record.id = by_line;
      }
      if (record.unchanged) {
        ++summary_.unchanged;
        continue;
      }
      const auto old = file.docids.find(record.id);
      const bool exists = old != file.docids.end();
      if (record.repaired) ++summary_.repaired;
      ++(exists ? summary_.updated : summary_.added);
      record_change(exists ? FileChange::Action::kUpdate : FileChange::Action::kAdd, where);
      if (!target_) continue;
      std::optional<Xapian::Document> previous;
      if (exists) {
        previous = db_.get_document(old->second, Xapian::DOC_ASSUME_VALID);
        update_spelling(spelling_words(*previous), false);
      }
      record.document->add_value(slot_number(Slot::kOrder),
                                 take_order(previous ? &*previous : nullptr));
      write_article(id_term(record.id), *record.document, record.spelling_words,
                    exists ? old->second : 0);
      record.document.reset();
    }
  }

  // After the last chunk of a record file: the records it no longer has are deleted, and its stamp
  // and record count are stored, so that the next run passes it over while it stays the same.
  void close_record_file(RecordFile& file) {
    for (const auto& [id, docid] : file.docids) {
      if (file.seen.count(id)) continue;
      if (target_) {
        update_spelling(spelling_words(db_.get_document(docid)), false);
        delete_at(docid);
        count_pending();
      }
      record_change(FileChange::Action::kDelete, fmt::format("{}#{}", file.path, id));
      ++summary_.deleted;
    }
    if (!target_) return;
    RecordSourceStamp source{file.stamp, file.seen.size()};
    source.stamp.content_hash = file.content_hash;
    write_metadata(record_source_key(file.canonical), encode_record_source(source));
  }

  // The first bytes of a file, to tell JSON from other content; empty if it cannot be read (the
  // reader will say why).
  static std::string read_head(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::string head(512, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(std::max<std::streamsize>(in.gcount(), 0)));
    return head;
  }

  // If an article with the same content hash has a file that no longer exists, moves it to
  // `path` (new id, path and stamp; terms and extraction kept) and returns true.
  bool adopt_moved(const std::string& path, const std::string& canonical, const std::string& id) {
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
      if (!document_has_term(document, id_term(article_id(old_path)))) continue;
      // Another new file in this run may already have taken this article.
      if (!adopted_.insert(*it).second) continue;
      ++summary_.moved;
      record_change(FileChange::Action::kMove, canonical, old_path);
      if (!target_) return true;
      move_document(document, id, canonical);
      write_source_stamp(document, now);
      replace_at(*it, document);
      count_pending();
      return true;
    }
    return false;
  }

  void count_pending() {
    if (++pending_ >= options_.batch_size) {
      flush_spelling();
      store_next_order();
      target_->commit();
      pending_ = 0;
    }
  }

  // Deletes the articles whose file lies under a directory walked in this run but was not seen:
  // the file has been deleted or moved away.
  void delete_missing() {
    if (walked_roots_.empty()) return;
    std::vector<std::pair<Xapian::docid, std::string>> gone;
    const Xapian::valueno slot = slot_number(Slot::kPath);
    for (auto it = db_.valuestream_begin(slot); it != db_.valuestream_end(slot); ++it) {
      const std::string path = *it;
      const bool under_root =
          std::any_of(walked_roots_.begin(), walked_roots_.end(), [&](const std::string& root) {
            return path.size() > root.size() && path.starts_with(root) &&
                   (path[root.size()] == '/' || root.ends_with('/'));
          });
      if (under_root && !seen_.count(article_id(path)) && !adopted_.count(it.get_docid()))
        gone.emplace_back(it.get_docid(), path);
    }
    std::unordered_set<std::string> files_gone;
    for (const auto& [docid, path] : gone) {
      if (target_) {
        update_spelling(spelling_words(db_.get_document(docid)), false);
        delete_at(docid);
        // A record file's stamp goes with its records.
        if (files_gone.insert(path).second)
          target_->home().set_metadata(record_source_key(path), "");
      }
      record_change(FileChange::Action::kDelete, path);
      ++summary_.deleted;
    }
  }

  void record_change(FileChange::Action action, std::string path, std::string from = {}) {
    if (options_.dry_run) summary_.changes.push_back({action, std::move(path), std::move(from)});
  }

  void skip(std::string path, std::string reason) {
    summary_.skipped.push_back({std::move(path), std::move(reason)});
  }

  // A progress bar on stderr, redrawn at most five times a second: files done of those expected,
  // rate and time left.
  void maybe_report_progress() {
    if (!options_.progress || files_seen_ % 16 != 0) return;
    const auto now = Clock::now();
    if (now - last_progress_ < std::chrono::milliseconds(200)) return;
    last_progress_ = now;
    const double elapsed = seconds_since(start_);
    const double rate = elapsed > 0 ? static_cast<double>(files_seen_) / elapsed : 0.0;
    const std::size_t expected = std::max(expected_files_, files_seen_);
    const double fraction = static_cast<double>(files_seen_) / static_cast<double>(expected);
    constexpr int kWidth = 24;
    const int filled = static_cast<int>(fraction * kWidth);
    const std::string eta =
        rate > 0 ? format_duration(static_cast<double>(expected - files_seen_) / rate) : "?";
    std::fprintf(stderr, "\r\033[Knews-index [%s%s] %3.0f%% %zu/%zu files, %.0f files/s, ETA %s",
                 std::string(filled, '#').c_str(), std::string(kWidth - filled, '.').c_str(),
                 fraction * 100, files_seen_, expected, rate, eta.c_str());
  }

  const IndexOptions& options_;
  IndexSummary& summary_;
  Xapian::Database db_;             // reads: the writer itself, or a read-only handle for a dry run
  std::optional<ShardSet> target_;  // empty for a dry run
  std::unordered_map<std::string, int> spelling_delta_;  // spelling changes not yet flushed
  OrderedPool<Loaded> pool_;
  std::size_t max_in_flight_;
  LoadOptions load_;
  // Nothing indexed before this run: no article can have moved, so new files skip that check.
  bool started_empty_ = true;
  Clock::time_point start_;
  Clock::time_point last_progress_;
  std::size_t expected_files_ = 0;
  std::size_t pending_ = 0;
  std::size_t files_seen_ = 0;
  std::optional<StampReader> stamps_;             // stored stamps, for is_unchanged
  std::unordered_set<std::string> seen_;          // ids of the articles met in this run
  std::unordered_set<Xapian::docid> adopted_;     // articles moved to a new path in this run
  std::unordered_set<Xapian::docid> candidates_;  // assign_story's scratch: documents compared
  std::vector<std::string> walked_roots_;         // canonical directories walked in this run
  std::uint64_t next_order_ = 1;                  // Slot::kOrder of the next new article
  std::uint64_t stored_order_ = 1;                // next_order_ as the database has it
  // A parallel run's writers (empty otherwise), the next one to get an article, and the stories
  // of the articles written (which the parts cannot be asked for).
  std::vector<std::unique_ptr<PartWriter>> parts_;
  std::size_t next_part_ = 0;
  std::size_t part_fill_ = 0;  // articles the next part has had in a row
  std::optional<StoryTable> stories_;
};

}  // namespace

const char* action_name(FileChange::Action action) {
  switch (action) {
    case FileChange::Action::kAdd:
      return "add";
    case FileChange::Action::kUpdate:
      return "update";
    case FileChange::Action::kMove:
      return "move";
    case FileChange::Action::kDelete:
      return "delete";
  }
  return "?";
}

IndexSummary run_index(const IndexOptions& options) {
  if (options.batch_size == 0) throw UsageError("the batch size must be at least 1");
  const auto start = Clock::now();
  IndexSummary summary;
  summary.dry_run = options.dry_run;
  try {
    IndexRun run(options, summary);
    for (const auto& input : options.inputs) run.index_input(input);
    run.finish();
  } catch (const Xapian::Error& e) {
    throw DatabaseError(
        fmt::format("writing to {} failed: {}", options.db_path, e.get_description()));
  }
  summary.seconds = seconds_since(start);
  return summary;
}

std::string format_summary(const IndexSummary& summary) {
  std::string out;
  if (summary.interrupted_by) {
    const char* name = sigabbrev_np(summary.interrupted_by);
    out += fmt::format("stopped by SIG{} after committing the files done; ", name ? name : "?");
  }
  if (summary.dry_run) out += "dry run, nothing written: would have ";
  out += fmt::format(
      "{} added, {} updated, {} unchanged, {} moved, {} deleted, {} skipped, {} ignored (not "
      "articles)",
      summary.added, summary.updated, summary.unchanged, summary.moved, summary.deleted,
      summary.skipped.size(), summary.ignored);
  if (summary.repaired > 0) {
    out += fmt::format("; {} read with invalid UTF-8 decoded as Windows-1252", summary.repaired);
  }
  out += fmt::format(" in {:.1f}s", summary.seconds);
  if (summary.compacted) out += fmt::format(" (compacted in {:.1f}s)", summary.compact_seconds);
  if (!summary.changed()) out += "; nothing changed";
  out += '\n';
  for (const auto& skipped : summary.skipped)
    out += fmt::format("skipped {}: {}\n", skipped.path, skipped.reason);
  for (const auto& path : summary.without_body)
    out += fmt::format("indexed by title and metadata only (no article body found): {}\n", path);
  return out;
}

nlohmann::ordered_json summary_to_json(const IndexSummary& summary) {
  nlohmann::ordered_json skipped = nlohmann::ordered_json::array();
  for (const auto& file : summary.skipped)
    skipped.push_back({{"path", file.path}, {"reason", file.reason}});
  nlohmann::ordered_json json = {{"added", summary.added},
                                 {"updated", summary.updated},
                                 {"unchanged", summary.unchanged},
                                 {"moved", summary.moved},
                                 {"deleted", summary.deleted},
                                 {"ignored", summary.ignored},
                                 {"repaired", summary.repaired},
                                 {"skipped", skipped},
                                 {"without_body", summary.without_body},
                                 {"dry_run", summary.dry_run},
                                 {"interrupted_by", summary.interrupted_by},
                                 {"compacted", summary.compacted},
                                 {"seconds", summary.seconds},
                                 {"writers", summary.writers},
                                 {"phases",
                                  {{"scan", summary.scan_seconds},
                                   {"delete", summary.delete_seconds},
                                   {"commit", summary.commit_seconds},
                                   {"compact", summary.compact_seconds},
                                   {"merge", summary.merge_seconds}}},
                                 {"changed", summary.changed()}};
  if (summary.dry_run) {
    nlohmann::ordered_json changes = nlohmann::ordered_json::array();
    for (const auto& change : summary.changes) {
      nlohmann::ordered_json item = {{"action", action_name(change.action)}, {"path", change.path}};
      if (!change.moved_from.empty()) item["from"] = change.moved_from;
      changes.push_back(std::move(item));
    }
    json["changes"] = std::move(changes);
  }
  return json;
}

std::string summary_json_text(const IndexSummary& summary) {
  return dump_lenient(summary_to_json(summary));
}

nlohmann::ordered_json explain_file(const std::string& path, const LoadOptions& options) {
  const std::string canonical = fs::weakly_canonical(fs::absolute(path)).string();
  const bool records = options.format == InputFormat::kJson ||
                       (options.format == InputFormat::kAuto && is_record_file_name(path));
  if (records) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    try {
      RecordFileReader reader(path, options.max_file_bytes);
      while (std::optional<RecordChunk> chunk = reader.next()) {
        for (const LoadedRecord& record : load_records(*chunk, canonical, options)) {
          out.push_back(record.article ? to_json(*record.article)
                                       : nlohmann::ordered_json{{"number", record.number},
                                                                {"error", record.error}});
        }
      }
    } catch (const RecordFileTooLarge& e) {
      throw UsageError(fmt::format("cannot read {}: {}", path, e.what()));
    } catch (const fs::filesystem_error& e) {
      throw UsageError(fmt::format("cannot read {}: {}", path, e.code().message()));
    }
    return out;
  }
  LoadResult loaded = load_article(path, options);
  if (!loaded.article)
    throw UsageError(fmt::format("cannot read {} as an article: {}", path, loaded.skip_reason));
  return to_json(*loaded.article);
}

}  // namespace news
