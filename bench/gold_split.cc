#include "bench/gold_split.h"

#include <cstdint>

namespace news {

GoldPart gold_part(std::string_view file) {
  std::uint64_t hash = 14695981039346656037ULL;
  const auto mix = [&hash](std::string_view text) {
    for (const char c : text) {
      hash ^= static_cast<unsigned char>(c);
      hash *= 1099511628211ULL;
    }
  };
  mix(kGoldSplitSeed);
  mix(file);
  return (hash & 1U) != 0 ? GoldPart::kSealed : GoldPart::kTuning;
}

std::string_view part_name(GoldPart part) {
  return part == GoldPart::kSealed ? "sealed" : "tuning";
}

}  // namespace news
