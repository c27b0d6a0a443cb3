// A fixed set of worker threads whose results come back in the order the work was submitted.
//
// news-index reads and extracts articles on workers while one thread owns the Xapian writer: the
// writer takes results in walk order, so document ids and the database's contents do not depend
// on which worker finished first.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace news {

template <typename Result>
class OrderedPool {
 public:
  // Starts `threads` workers. With 0 threads, submit() runs the work at once on the caller's
  // thread (the same code path, without concurrency).
  explicit OrderedPool(unsigned threads) {
    workers_.reserve(threads);
    for (unsigned i = 0; i < threads; ++i) workers_.emplace_back([this] { work(); });
  }

  OrderedPool(const OrderedPool&) = delete;
  OrderedPool& operator=(const OrderedPool&) = delete;

  // Finishes the queued work (its results are dropped) and joins the workers.
  ~OrderedPool() {
    {
      std::lock_guard lock(mutex_);
      closing_ = true;
    }
    wakeup_.notify_all();
    for (auto& worker : workers_) worker.join();
  }

  // Queues `task`; its result joins the back of the line that next() serves from the front.
  void submit(std::function<Result()> task) {
    auto packaged = std::make_shared<std::packaged_task<Result()>>(std::move(task));
    pending_.push_back(packaged->get_future());
    if (workers_.empty()) {
      (*packaged)();
      return;
    }
    {
      std::lock_guard lock(mutex_);
      queue_.push_back([packaged] { (*packaged)(); });
    }
    wakeup_.notify_one();
  }

  // Results submitted but not yet taken by next().
  std::size_t pending() const { return pending_.size(); }

  // True if the oldest result is ready, so next() would not wait.
  bool front_ready() const {
    return !pending_.empty() &&
           pending_.front().wait_for(std::chrono::seconds(0)) == std::future_status::ready;
  }

  // The oldest result, waiting for it if needed; nothing when no work is pending. Rethrows an
  // exception the task threw.
  std::optional<Result> next() {
    if (pending_.empty()) return std::nullopt;
    std::future<Result> front = std::move(pending_.front());
    pending_.pop_front();
    return front.get();
  }

 private:
  void work() {
    for (;;) {
      std::function<void()> job;
      {
        std::unique_lock lock(mutex_);
        wakeup_.wait(lock, [this] { return closing_ || !queue_.empty(); });
        if (queue_.empty()) return;  // closing, and nothing left to run
        job = std::move(queue_.front());
        queue_.pop_front();
      }
      job();
    }
  }

  std::vector<std::thread> workers_;
  std::deque<std::future<Result>> pending_;  // owned by the submitting thread only
  std::mutex mutex_;
  std::condition_variable wakeup_;
  std::deque<std::function<void()>> queue_;  // guarded by mutex_
  bool closing_ = false;                     // guarded by mutex_
};

}  // namespace news
