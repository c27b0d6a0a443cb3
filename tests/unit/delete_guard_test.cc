// The delete guard's two pure parts (indexer/delete_guard.h): reading --max-delete, and deciding
// whether a run's deletions go ahead.
#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "indexer/delete_guard.h"

namespace news {
namespace {

using Kind = DeleteLimit::Kind;

TEST(ParseDeleteLimit, Values) {
  const struct {
    const char* text;
    DeleteLimit limit;
  } cases[] = {
      {"0", {Kind::kCount, 0}},        {"120", {Kind::kCount, 120}},
      {"0%", {Kind::kPercent, 0}},     {"50%", {Kind::kPercent, 50}},
      {"100%", {Kind::kPercent, 100}}, {"all", {Kind::kUnlimited, 0}},
      {"007", {Kind::kCount, 7}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(parse_delete_limit(c.text), std::optional<DeleteLimit>(c.limit));
  }
  const char* errors[] = {"",    "%",   "101%", "-1",  "+5",   " 5", "5 ",
                          "1e3", "5%%", "%5",   "ALL", "none", "x",  "99999999999999999999999"};
  for (const char* text : errors) {
    SCOPED_TRACE(text);
    EXPECT_EQ(parse_delete_limit(text), std::nullopt);
  }
}

TEST(ParseDeleteLimit, TextRoundTrips) {
  for (const char* text : {"0", "120", "50%", "all"})
    EXPECT_EQ(delete_limit_text(*parse_delete_limit(text)), text);
  EXPECT_EQ(delete_limit_text(DeleteLimit{}), "50%") << "the default";
}

TEST(HoldBackDeletions, Decisions) {
  const DeleteLimit half{Kind::kPercent, 50};
  const DeleteLimit three{Kind::kCount, 3};
  const DeleteLimit none{Kind::kCount, 0};
  const DeleteLimit all{Kind::kUnlimited, 0};
  // Roots: /a with 4 articles, /b with 6; `gone` of them would be deleted.
  const auto roots = [](std::uint64_t gone_a, std::uint64_t gone_b) {
    return std::vector<RootDeletions>{{"/a", 4, gone_a}, {"/b", 6, gone_b}};
  };
  const struct {
    const char* name;
    DeleteLimit limit;
    std::uint64_t archive;
    std::vector<RootDeletions> roots;
    const char* reason;  // a part of the reason, or nullptr when the deletions go ahead
  } cases[] = {
      {"nothing gone", none, 10, roots(0, 0), nullptr},
      {"a few gone", half, 10, roots(1, 2), nullptr},
      {"exactly half", half, 10, roots(3, 2), nullptr},
      {"more than half", half, 10, roots(3, 3), "that is 60% of the 10 articles in the database"},
      {"just over half, not rounded down to it", half, 1000,
       std::vector<RootDeletions>{{"/c", 1000, 501}}, "that is 50.1% of the 1000 articles"},
      {"a root emptied", half, 10, roots(4, 0), "all 4 articles indexed under /a would go"},
      {"a root emptied whatever the share", half, 100,
       std::vector<RootDeletions>{{"/a", 1, 1}, {"/b", 99, 0}},
       "the only article indexed under /a would go"},
      {"a root with nothing indexed is not emptied", half, 10,
       std::vector<RootDeletions>{{"/new", 0, 0}, {"/b", 10, 1}}, nullptr},
      {"within the count", three, 10, roots(1, 2), nullptr},
      {"over the count", three, 10, roots(2, 2), "more than --max-delete 3 allows"},
      {"0 allows none", none, 10, roots(0, 1), "more than --max-delete 0 allows"},
      {"all allows a root emptied", all, 10, roots(4, 6), nullptr},
      {"100% still guards a root", {Kind::kPercent, 100}, 10, roots(4, 0), "under /a"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    std::uint64_t gone = 0;
    for (const auto& root : c.roots) gone += root.gone;
    const std::optional<std::string> reason =
        hold_back_deletions(c.limit, c.archive, gone, c.roots);
    if (c.reason == nullptr) {
      EXPECT_EQ(reason, std::nullopt);
    } else {
      ASSERT_TRUE(reason.has_value());
      EXPECT_NE(reason->find(c.reason), std::string::npos) << *reason;
    }
  }
}

}  // namespace
}  // namespace news
