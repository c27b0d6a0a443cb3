// Near-duplicate stories: the one home of the rule that puts an article in a story (the collapse
// key of news-query --collapse, Slot::kStory), applied two ways: by looking the article's SimHash
// bands up in the database (a run through one writer), or in an in-memory table (a parallel first
// index, whose parts cannot be asked).
//
// The rule: an article joins the story of the closest article indexed before it whose SimHash is
// within kMaxStoryDistance bits (ties: the one indexed first); with none, it starts a story of its
// own, labelled by its own SimHash (simhash_value). The label is the first member's SimHash rather
// than its article id so that when that member is later rewritten with other text, it does not
// keep sharing a label with the copies it no longer resembles; when it is deleted, the others keep
// the label and stay one story. Stories are decided when an article is written and not revisited:
// a re-index from scratch, walking in the same (name) order, gives the same stories, sharded or
// not, one writer or several. An article without a SimHash (no body words) is a story of its own,
// labelled by its id term.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

#include <xapian.h>

namespace news {

// Two SimHashes whose Hamming distance is at most this are the same story. With 4 bands of 16 bits,
// 3 is the largest distance at which near-duplicates are certain to share a band (3 differing bits
// touch at most 3 bands), so the band terms find every such pair. Measured on the BBC set: see
// docs/benchmarks.md.
inline constexpr int kMaxStoryDistance = 3;

// The number of bits in which two SimHashes differ.
int hamming_distance(std::uint64_t a, std::uint64_t b);

// The closest candidate story seen so far, by the rule above: offer() every earlier article that
// shares a band with the new one, in any order.
template <typename Order>
class ClosestStory {
 public:
  explicit ClosestStory(std::uint64_t hash) : hash_(hash) {}

  // Takes an earlier article with SimHash `other`, first indexed at `order` (smaller: earlier), if
  // it is within kMaxStoryDistance bits and closer than the best so far, or as close and earlier.
  // Returns true when it did: the caller then records that article's story label.
  bool offer(std::uint64_t other, const Order& order) {
    const int distance = hamming_distance(hash_, other);
    if (distance < distance_ || (distance == distance_ && order < order_)) {
      distance_ = distance;
      order_ = order;
      return true;
    }
    return false;
  }

 private:
  std::uint64_t hash_;
  int distance_ = kMaxStoryDistance + 1;
  Order order_{};
};

// Sets Slot::kStory of `document`, an article about to be written through one writer, by the rule
// above, looking for earlier articles through its SimHash band terms in `db` (the writer's view,
// which shows this run's uncommitted documents too) and in `added` (shards this run created, which
// `db` does not include). `own_id_term` is the article's id term: its own earlier version is not a
// candidate.
class DatabaseStories {
 public:
  void assign(const std::string& own_id_term, Xapian::Document& document,
              const Xapian::Database& db, const std::vector<Xapian::Database>& added);

 private:
  std::unordered_set<Xapian::docid> candidates_;  // scratch: the documents compared in one search
};

// The stories of the articles written in one parallel run, kept in memory, by the rule above.
class StoryTable {
 public:
  StoryTable();

  // The story of an article whose SimHash is `hash`, the articles assigned before it counting as
  // indexed before it. The article is then remembered: about 32 bytes each, beside a fixed 6 MiB
  // of buckets.
  std::string assign(std::uint64_t hash);

 private:
  struct Entry {
    std::uint64_t hash;
    std::uint64_t story;  // the SimHash of the story's first article: its label
  };
  std::vector<Entry> entries_;
  // For each 16-bit band, bucket b lists (in the order added) the entries whose band equals b.
  std::array<std::vector<std::vector<std::uint32_t>>, 4> bands_;
};

}  // namespace news
