// StoryTable: the in-memory near-duplicate stories of a parallel first index, which must follow
// the rule the database lookup follows (indexer/stories.h).
#include "indexer/stories.h"

#include <cctype>
#include <cstdint>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "common/document.h"

namespace news {
namespace {

struct StoryCase {
  const char* name;
  std::vector<std::uint64_t> hashes;  // added in this order
  std::vector<std::size_t> story_of;  // for each, the index of the article whose hash labels it
};

class StoryTableTest : public testing::TestWithParam<StoryCase> {};

TEST_P(StoryTableTest, AssignsTheStoryOfTheClosestEarlierArticle) {
  const StoryCase& c = GetParam();
  StoryTable table;
  for (std::size_t i = 0; i < c.hashes.size(); ++i) {
    EXPECT_EQ(table.assign(c.hashes[i]), simhash_value(c.hashes[c.story_of[i]]))
        << c.name << ": article " << i;
  }
}

constexpr std::uint64_t kBase = 0x0123456789abcdefULL;

INSTANTIATE_TEST_SUITE_P(
    Rules, StoryTableTest,
    testing::Values(
        StoryCase{"a first article starts its own story", {kBase}, {0}},
        StoryCase{"an exact copy joins it", {kBase, kBase}, {0, 0}},
        StoryCase{"3 bits apart is the same story", {kBase, kBase ^ 0x7}, {0, 0}},
        StoryCase{"4 bits apart is another story", {kBase, kBase ^ 0xf}, {0, 1}},
        // Bits in all four 16-bit bands: no band is shared, so not found (nor within 3 bits).
        StoryCase{"differing in every band", {kBase, kBase ^ 0x0001000100010001ULL}, {0, 1}},
        // Bits in three bands: the fourth is shared, so found, and 3 bits is within the limit.
        StoryCase{"3 bits in 3 bands", {kBase, kBase ^ 0x0001000100010000ULL}, {0, 0}},
        // The third is 3 bits from the first article's story and 1 bit from the second's.
        StoryCase{
            "the closest wins over the first", {kBase, kBase ^ 0xf00, kBase ^ 0x700}, {0, 1, 1}},
        StoryCase{"a story keeps the label of its first article, not of the closest member",
                  {kBase, kBase ^ 0x7, kBase ^ 0x7 ^ 0x70},
                  {0, 0, 0}},
        StoryCase{"equal distances: the article added first",
                  {kBase ^ 0x3, kBase ^ 0x30, kBase},
                  {0, 1, 0}}),
    [](const testing::TestParamInfo<StoryCase>& param_info) {
      std::string name = param_info.param.name;
      for (char& ch : name)
        if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
      return name;
    });

}  // namespace
}  // namespace news
