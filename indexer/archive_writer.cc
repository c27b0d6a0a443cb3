#include "indexer/archive_writer.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <system_error>
#include <thread>

#include <fmt/format.h>

#include "common/document.h"
#include "common/error.h"
#include "common/order_map.h"
#include "common/schema.h"
#include "indexer/people_table.h"
#include "indexer/writable_database.h"

namespace news {

namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// Documents waiting for each parallel writer: enough to keep it busy while the next ones are
// read, few enough that memory stays with the writers' batches.
constexpr std::size_t kPartQueue = 64;

// Documents a parallel writer adds between flushes of its part. Xapian's writer slows down as its
// buffer grows (a map node per posting): over 9,000 generated articles with two writers, 100 took
// the least CPU, 250 about 7% more, 500 13%, 2,000 55% (docs/benchmarks.md). A part is scratch, so
// its flushes are not the durability points --batch-size sets for the database.
constexpr std::size_t kPartBatch = 100;

unsigned writers_wanted(const IndexOptions& options) {
  if (options.writers > 0) return options.writers;
  if (options.jobs == 1) return 1;
  return std::clamp(std::thread::hardware_concurrency(), 1u, 4u);
}

}  // namespace

ArchiveWriter::ArchiveWriter(const IndexOptions& options)
    : options_(options), target_(options.db_path, options.shard_by, options.wait_seconds) {
  const std::string next_order = reader().get_metadata(std::string(kNextOrderKey));
  if (!next_order.empty())
    next_order_ = static_cast<std::uint64_t>(Xapian::sortable_unserialise(next_order));
  stored_order_ = next_order_;
  // A first full index writes parts in parallel and merges them at the end. Only then: every
  // article is new, so nothing needs looking up in what the parts hold, but the stories
  // (StoryTable). A sharded archive is written through one thread (one writer per shard).
  const unsigned writers = writers_wanted(options);
  if (!target_.sharded() && reader().get_doccount() == 0 && writers > 1) start_parts(writers);
}

ArchiveWriter::~ArchiveWriter() {
  if (parts_.empty()) return;
  // After an error: the parts are scratch.
  parts_.clear();
  std::error_code ec;
  fs::remove_all(parts_dir(), ec);
}

void ArchiveWriter::start_parts(unsigned count) {
  // Left by a run that was killed: it held the database's lock, which this run holds now.
  std::error_code ec;
  fs::remove_all(parts_dir(), ec);
  fs::create_directories(parts_dir(), ec);
  if (ec) {
    throw DatabaseError(
        fmt::format("cannot create the directory {}: {}", parts_dir(), ec.message()));
  }
  for (unsigned i = 0; i < count; ++i) {
    parts_.push_back(
        std::make_unique<PartWriter>(fmt::format("{}/{}", parts_dir(), i), kPartBatch, kPartQueue));
  }
  part_stories_.emplace();
}

// Runs of articles, not one each, go to each part: the merge numbers a part's documents one after
// the other, and a later run looks the files up in walk order, so neighbours in the walk should be
// neighbours in the database (handing them out one by one made a no-change re-run read 3.5 blocks
// per file instead of about 1, and take twice omindex's time; docs/benchmarks.md).
void ArchiveWriter::write_article(const std::string& id_term, Xapian::Document& document,
                                  const std::vector<std::string>& words, Xapian::docid previous) {
  std::optional<Xapian::Document> old;
  if (previous) {
    old = reader().get_document(previous, Xapian::DOC_ASSUME_VALID);
    spelling_.remove(spelling_words(*old));
  }
  write_order(document, take_order(old ? &*old : nullptr));
  people_changed_ = true;
  if (!parts_.empty()) {
    // The part takes the spelling words from its own database at the end.
    const std::optional<std::uint64_t> hash = read_simhash(document);
    document.add_value(slot_number(Slot::kStory), hash ? part_stories_->assign(*hash) : id_term);
    parts_[next_part_]->add(std::move(document));
    if (++part_fill_ == kPartBatch) {
      part_fill_ = 0;
      next_part_ = (next_part_ + 1) % parts_.size();
    }
    return;
  }
  spelling_.add(words);
  stories_.assign(id_term, document, reader(), target_.added_since_open());
  target_.replace(id_term, document, previous);
  count_change();
}

void ArchiveWriter::rewrite_at(Xapian::docid docid, const Xapian::Document& document) {
  // A moved article's surname-only people have new local ids (move_document); a file touched
  // without a change leaves the table as it is.
  const Xapian::valueno people = slot_number(Slot::kPeople);
  if (document.get_value(people) != reader().get_document(docid).get_value(people))
    people_changed_ = true;
  const ShardSet::Location at = target_.locate(docid);
  target_.shard(at.shard).replace_document(at.docid, document);
  count_change();
}

void ArchiveWriter::delete_article(Xapian::docid docid) {
  people_changed_ = true;
  spelling_.remove(spelling_words(reader().get_document(docid)));
  const ShardSet::Location at = target_.locate(docid);
  target_.shard(at.shard).delete_document(at.docid);
}

void ArchiveWriter::write_metadata(const std::string& key, const std::string& value) {
  if (!parts_.empty()) {
    parts_.front()->set_metadata(key, value);
    return;
  }
  target_.home().set_metadata(key, value);
  count_change();
}

void ArchiveWriter::erase_metadata(const std::string& key) {
  target_.home().set_metadata(key, "");
}

void ArchiveWriter::count_change() {
  if (++pending_ >= options_.batch_size) {
    spelling_.flush(target_.home());
    store_next_order();
    target_.commit();
    pending_ = 0;
  }
}

// The order value for an article: the one it had if `previous` is its earlier document, else the
// next one.
std::string ArchiveWriter::take_order(const Xapian::Document* previous) {
  if (previous) {
    std::string kept = previous->get_value(slot_number(Slot::kOrder));
    if (!kept.empty()) return kept;
  }
  return order_value(next_order_++);
}

// The order counter goes with the commit that holds the articles numbered by it; a run that added
// nothing writes nothing, so that a no-change run leaves the database's revision as it was.
void ArchiveWriter::store_next_order() {
  if (next_order_ == stored_order_) return;
  target_.home().set_metadata(std::string(kNextOrderKey), order_value(next_order_));
  stored_order_ = next_order_;
}

void ArchiveWriter::finish(IndexSummary& summary) {
  if (!parts_.empty()) {
    finish_parts(summary);
    return;
  }
  update_people(summary);
  // Commit explicitly: the destructor would too, but silently swallowing any error.
  const auto commit_start = Clock::now();
  spelling_.flush(target_.home());
  store_next_order();
  store_order_maps();
  target_.commit();
  summary.commit_seconds = seconds_since(commit_start);
  if (options_.compact && !summary.interrupted_by) {
    const auto compact_start = Clock::now();
    target_.compact();
    summary.compacted = true;
    summary.compact_seconds = seconds_since(compact_start);
  }
}

// Each database's order map (common/order_map.h) as this run leaves it. A map that is still
// current (made for the database's last docid) is kept without reading anything more: the orders
// of the docids it covers never change, and deleted articles do not matter to it. So a run that
// added nothing, the nightly case, reads one metadata entry per database, and leaves the revision
// as it was.
void ArchiveWriter::store_order_maps() {
  for (std::size_t i = 0; i < target_.size(); ++i) {
    Xapian::WritableDatabase& shard = target_.shard(i);
    if (!OrderMap::load(shard)) OrderMap::build(shard).store(shard);
  }
}

// The people table, from every article of every shard as this run leaves them, when the run
// wrote or deleted an article (a no-change run reads nothing).
void ArchiveWriter::update_people(IndexSummary& summary) {
  if (!people_changed_) return;
  const auto start = Clock::now();
  Xapian::Database all;
  for (std::size_t i = 0; i < target_.size(); ++i) all.add_database(target_.shard(i));
  apply_people_metadata(target_.home(), people_metadata(link_people(article_people_stream(all))));
  summary.people_seconds = seconds_since(start);
}

// Commits the parts and merges them into the (empty) database, replacing it atomically.
void ArchiveWriter::finish_parts(IndexSummary& summary) {
  const auto commit_start = Clock::now();
  parts_.front()->set_metadata(std::string(kNextOrderKey), order_value(next_order_));
  // Each part's last flush and spelling table are written on its own thread, all at once.
  for (auto& part : parts_) part->close();
  std::vector<std::string> paths;
  for (auto& part : parts_) {
    part->finish();
    paths.push_back(part->path());
  }
  summary.commit_seconds = seconds_since(commit_start);
  // The database was empty: the table is the parts' articles' alone, read from the parts as
  // committed, and goes into the database itself, which the merge takes last.
  const auto people_start = Clock::now();
  Xapian::Database parts;
  for (const std::string& path : paths) parts.add_database(Xapian::Database(path));
  if (apply_people_metadata(target_.home(),
                            people_metadata(link_people(article_people_stream(parts)))) > 0)
    target_.home().commit();
  summary.people_seconds = seconds_since(people_start);
  // The database itself goes last: it has no articles, but may have metadata (the stamp of a
  // record file without records), and the parts' entries for the keys both have are newer.
  paths.push_back(options_.db_path);
  const auto merge_start = Clock::now();
  merge_and_swap(target_.home(), options_.db_path, paths);
  summary.merge_seconds = seconds_since(merge_start);
  // The merge is a compaction.
  summary.compacted = options_.compact;
  parts_.clear();
  std::error_code ec;
  fs::remove_all(parts_dir(), ec);
}

}  // namespace news
