#include "indexer/stories.h"

#include <bit>
#include <optional>

#include "common/document.h"
#include "common/schema.h"

namespace news {

namespace {

constexpr std::size_t kBands = 4;
constexpr unsigned kBandBits = 16;

std::uint32_t band_bits(std::uint64_t hash, std::size_t band) {
  return static_cast<std::uint32_t>((hash >> (band * kBandBits)) & 0xffff);
}

}  // namespace

int hamming_distance(std::uint64_t a, std::uint64_t b) {
  return std::popcount(a ^ b);
}

void DatabaseStories::assign(const std::string& own_id_term, Xapian::Document& document,
                             const Xapian::Database& db,
                             const std::vector<Xapian::Database>& added) {
  const Xapian::valueno story_slot = slot_number(Slot::kStory);
  const std::optional<std::uint64_t> hash = read_simhash(document);
  if (!hash) {
    document.add_value(story_slot, own_id_term);
    return;
  }
  // Orders are Xapian::sortable_serialise strings (Slot::kOrder), which compare as the numbers do.
  ClosestStory<std::string> closest(*hash);
  std::string best_story;
  const auto search = [&](const Xapian::Database& in) {
    Xapian::docid own = 0;
    if (auto it = in.postlist_begin(own_id_term); it != in.postlist_end(own_id_term)) own = *it;
    candidates_.clear();
    for (const std::string& band : simhash_band_terms(*hash)) {
      for (auto it = in.postlist_begin(band); it != in.postlist_end(band); ++it) {
        const Xapian::docid docid = *it;
        if (docid == own || !candidates_.insert(docid).second) continue;
        const Xapian::Document other = in.get_document(docid, Xapian::DOC_ASSUME_VALID);
        const std::optional<std::uint64_t> other_hash = read_simhash(other);
        if (!other_hash) continue;
        if (closest.offer(*other_hash, other.get_value(slot_number(Slot::kOrder))))
          best_story = other.get_value(story_slot);
      }
    }
  };
  search(db);
  for (const Xapian::Database& shard : added) search(shard);
  if (best_story.empty()) best_story = document.get_value(slot_number(Slot::kSimHash));
  document.add_value(story_slot, best_story);
}

StoryTable::StoryTable() {
  for (auto& buckets : bands_) buckets.resize(std::size_t{1} << kBandBits);
}

std::string StoryTable::assign(std::uint64_t hash) {
  // An entry's index is its place in the order articles were assigned.
  ClosestStory<std::uint32_t> closest(hash);
  std::optional<std::uint64_t> story;
  for (std::size_t band = 0; band < kBands; ++band) {
    for (const std::uint32_t index : bands_[band][band_bits(hash, band)]) {
      // An entry found through several bands compares equal to itself: no harm.
      if (closest.offer(entries_[index].hash, index)) story = entries_[index].story;
    }
  }
  const auto index = static_cast<std::uint32_t>(entries_.size());
  entries_.push_back({hash, story.value_or(hash)});
  for (std::size_t band = 0; band < kBands; ++band)
    bands_[band][band_bits(hash, band)].push_back(index);
  return simhash_value(entries_.back().story);
}

}  // namespace news
