// One Xapian writer on a thread of its own. A first full index writes several part databases at
// once, one PartWriter each, and merges them at the end: Xapian's writer is single-threaded and
// was the pipeline's bottleneck (docs/benchmarks.md, "Parallel writers").
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <mutex>
#include <string>
#include <thread>

#include <xapian.h>

namespace news {

class PartWriter {
 public:
  // Creates (or overwrites) the database at `path` with the schema version set, and starts its
  // thread. The thread commits every `batch_size` documents; at most `max_queued` documents wait
  // for it, so a slow writer holds the caller back instead of memory growing. The part is
  // written without fsync: it is scratch until merged, and a crash discards it anyway. Throws
  // DatabaseError if the database cannot be created.
  PartWriter(std::string path, std::size_t batch_size, std::size_t max_queued);

  PartWriter(const PartWriter&) = delete;
  PartWriter& operator=(const PartWriter&) = delete;

  // Stops the thread without committing what it has not committed yet (an error path: the part
  // is discarded).
  ~PartWriter();

  // Queues `document` for adding. Waits while the queue is full. Throws DatabaseError if the
  // thread has failed.
  void add(Xapian::Document document);

  // Queues a metadata entry, written with the next commit.
  void set_metadata(std::string key, std::string value);

  // Lets the thread write what is queued, then the spelling table (each word of the part, as
  // is_spelling_word picks them, with the number of its documents that have it: what one writer
  // adds up document by document), then commit and close, without waiting for it.
  void close();

  // close(), then waits for the thread. Throws DatabaseError if anything failed.
  void finish();

  const std::string& path() const { return path_; }

 private:
  struct Item {
    bool is_document = true;
    Xapian::Document document;
    std::string key;
    std::string value;
  };

  void push(Item item);
  void run();
  void write(Item& item);
  void add_spelling();
  void rethrow_failure();

  std::string path_;
  std::size_t batch_size_;
  std::size_t max_queued_;
  Xapian::WritableDatabase db_;  // used by the thread only, once started
  std::size_t uncommitted_ = 0;  // thread only

  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<Item> queue_;      // guarded by mutex_
  bool closing_ = false;        // guarded by mutex_
  bool discard_ = false;        // guarded by mutex_: the destructor ran before finish()
  std::exception_ptr failure_;  // guarded by mutex_
  std::thread thread_;
};

}  // namespace news
