#include "indexer/story_table.h"

#include "common/document.h"

namespace news {

namespace {

constexpr std::size_t kBands = 4;
constexpr unsigned kBandBits = 16;

std::uint32_t band_bits(std::uint64_t hash, std::size_t band) {
  return static_cast<std::uint32_t>((hash >> (band * kBandBits)) & 0xffff);
}

}  // namespace

StoryTable::StoryTable() {
  for (auto& buckets : bands_) buckets.resize(std::size_t{1} << kBandBits);
}

std::string StoryTable::assign(std::uint64_t hash) {
  int best_distance = kMaxStoryDistance + 1;
  std::uint32_t best = 0;
  for (std::size_t band = 0; band < kBands; ++band) {
    for (const std::uint32_t index : bands_[band][band_bits(hash, band)]) {
      const int distance = hamming_distance(hash, entries_[index].hash);
      // An entry found through several bands compares equal to itself: no harm.
      if (distance < best_distance || (distance == best_distance && index < best)) {
        best_distance = distance;
        best = index;
      }
    }
  }
  const std::uint64_t story = best_distance <= kMaxStoryDistance ? entries_[best].story : hash;
  const auto index = static_cast<std::uint32_t>(entries_.size());
  entries_.push_back({hash, story});
  for (std::size_t band = 0; band < kBands; ++band)
    bands_[band][band_bits(hash, band)].push_back(index);
  return simhash_value(story);
}

}  // namespace news
