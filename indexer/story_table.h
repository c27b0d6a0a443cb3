// The near-duplicate stories of the articles written in one run, kept in memory. A run that writes
// through one WritableDatabase finds earlier articles in the database itself (uncommitted ones
// included); a run that writes parts on other threads cannot, so it asks this table instead.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace news {

class StoryTable {
 public:
  StoryTable();

  // The story of an article whose SimHash is `hash`, by the rule the database lookup follows
  // (indexer.cc, assign_story): the story of the closest article added before it within
  // kMaxStoryDistance bits (ties: the one added first), else a new story labelled by `hash`
  // itself (simhash_value). The article is then remembered: about 32 bytes each, beside a fixed
  // 6 MiB of buckets.
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
