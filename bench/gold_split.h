// The cut of every gold set into a tuning part and a sealed part (bench/gold/README-splits.md).
// Rules tuned on the gold they are scored on fit that gold, so each set is cut in two, by article
// or page, before anything is tuned on it: the tuning part may be read case by case; the sealed
// part is read only as totals and predicts the score on text nobody on the team has read.
#pragma once

#include <string_view>

namespace news {

enum class GoldPart { kTuning, kSealed };

// The salt of the cut. Changing it would move items between the parts and unseal them.
inline constexpr std::string_view kGoldSplitSeed = "news-gold-split-2026-12-06:";

// The part of the item named `file` (the gold line's file field, as the set writes it): FNV-1a 64
// of kGoldSplitSeed followed by `file`; odd is sealed. A fixed function of the name alone, so the
// cut never changes when gold lines are added, reordered or corrected, and any tool can recompute
// it.
GoldPart gold_part(std::string_view file);

// "tuning" or "sealed".
std::string_view part_name(GoldPart part);

}  // namespace news
