#include "indexer/part_writer.h"

#include <algorithm>
#include <utility>

#include <fmt/format.h>

#include "common/document.h"
#include "common/error.h"
#include "common/schema.h"
#include "indexer/spelling.h"

namespace news {

namespace {

Xapian::WritableDatabase create_part(const std::string& path) {
  try {
    Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OVERWRITE | Xapian::DB_NO_SYNC);
    db.set_metadata(std::string(kSchemaVersionKey), std::string(kSchemaVersion));
    return db;
  } catch (const Xapian::Error& e) {
    throw DatabaseError(fmt::format("cannot create {}: {}", path, e.get_description()));
  }
}

}  // namespace

PartWriter::PartWriter(std::string path, std::size_t batch_size, std::size_t max_queued)
    : path_(std::move(path)),
      batch_size_(batch_size),
      max_queued_(std::max<std::size_t>(max_queued, 1)),
      db_(create_part(path_)),
      thread_([this] { run(); }) {}

PartWriter::~PartWriter() {
  {
    std::lock_guard lock(mutex_);
    closing_ = true;
    discard_ = true;
    queue_.clear();
  }
  changed_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void PartWriter::add(Xapian::Document document) {
  Item item;
  item.document = std::move(document);
  push(std::move(item));
}

void PartWriter::set_metadata(std::string key, std::string value) {
  Item item;
  item.is_document = false;
  item.key = std::move(key);
  item.value = std::move(value);
  push(std::move(item));
}

void PartWriter::push(Item item) {
  {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return failure_ || queue_.size() < max_queued_; });
    if (!failure_) queue_.push_back(std::move(item));
  }
  changed_.notify_all();
  rethrow_failure();
}

void PartWriter::close() {
  {
    std::lock_guard lock(mutex_);
    closing_ = true;
  }
  changed_.notify_all();
}

void PartWriter::finish() {
  close();
  if (thread_.joinable()) thread_.join();
  rethrow_failure();
}

void PartWriter::rethrow_failure() {
  std::exception_ptr failure;
  {
    std::lock_guard lock(mutex_);
    failure = failure_;
  }
  if (!failure) return;
  try {
    std::rethrow_exception(failure);
  } catch (const Xapian::Error& e) {
    throw DatabaseError(fmt::format("writing {} failed: {}", path_, e.get_description()));
  }
}

void PartWriter::run() {
  try {
    for (;;) {
      Item item;
      {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [this] { return closing_ || !queue_.empty(); });
        if (queue_.empty()) break;  // closing, and all written
        item = std::move(queue_.front());
        queue_.pop_front();
      }
      changed_.notify_all();  // room in the queue
      write(item);
    }
    bool discard = false;
    {
      std::lock_guard lock(mutex_);
      discard = discard_;
    }
    if (!discard) {
      add_spelling();
      db_.commit();
    }
    db_.close();
  } catch (...) {
    {
      std::lock_guard lock(mutex_);
      failure_ = std::current_exception();
      queue_.clear();
    }
    changed_.notify_all();
  }
}

void PartWriter::write(Item& item) {
  if (!item.is_document) {
    db_.set_metadata(item.key, item.value);
    return;
  }
  db_.add_document(item.document);
  if (++uncommitted_ >= batch_size_) {
    db_.commit();
    uncommitted_ = 0;
  }
}

// A word's spelling frequency is the number of articles that have it, which is the term frequency
// of the word in the part: one add_spelling per word of the part's vocabulary, instead of a count
// per word of every document (15% of a parallel run's CPU when handed to Xapian at each flush,
// 2-3% when summed in memory; docs/benchmarks.md). Merging the parts sums the frequencies.
void PartWriter::add_spelling() {
  for (auto it = db_.allterms_begin(); it != db_.allterms_end(); ++it) {
    const std::string word = *it;
    if (is_spelling_word(word)) db_.add_spelling(word, it.get_termfreq());
  }
}

}  // namespace news
