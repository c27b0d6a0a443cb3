// The values behind --sort newest|oldest and --recent (common/date_order.h): their byte order is
// the order the searches want, and the recency weight times its era's factor is the bonus.
#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <xapian.h>

#include "common/date_order.h"
#include "common/document.h"
#include "common/schema.h"

namespace news {
namespace {

std::string order(double n) {
  return Xapian::sortable_serialise(n);
}

TEST(KeyMinutes, ReadsKeysAndRefusesTheRest) {
  struct Case {
    const char* key;
    std::optional<std::int64_t> minutes;
  };
  const Case cases[] = {
      {"197001010000", 0},
      {"197001010001", 1},
      {"196912312359", -1},
      {"202402292215", 28'487'415},  // a leap day
      {"180001010000", -89'411'040},
      {"202402300000", std::nullopt},  // no such day
      {"202401012400", std::nullopt},
      {"202401010060", std::nullopt},
      {"20240101000", std::nullopt},  // eleven digits
      {"2024010100000", std::nullopt},
      {"2024-1-01000", std::nullopt},
      {"", std::nullopt},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.key);
    EXPECT_EQ(key_minutes(c.key), c.minutes);
    if (c.minutes) {
      EXPECT_EQ(minute_key(*c.minutes), c.key);
    }
  }
}

// Sorting the keys of a shuffled list gives the order of the key maker they replace: dates
// ascending (oldest) or descending (newest), a minute's articles by order, undated ones last by
// order.
TEST(SortKeys, SortAsTheSearchesWant) {
  struct Article {
    std::string published;
    double order;
  };
  // In the order --sort oldest must give. Orders 9 and 1000 differ in the length of their
  // sortable_serialise bytes, which must not matter.
  const std::vector<Article> oldest = {
      {"189912312359", 7},
      {"200001010000", 3},
      {"200001010000", 9},
      {"200001010000", 1000},
      {"200001010001", 2},
      {"202312312359", 1},
      {"", 4},
      {"", 5},
      {"", 120000},
  };
  // The same, as --sort newest must give.
  const std::vector<Article> newest = {
      {"202312312359", 1},
      {"200001010001", 2},
      {"200001010000", 3},
      {"200001010000", 9},
      {"200001010000", 1000},
      {"189912312359", 7},
      {"", 4},
      {"", 5},
      {"", 120000},
  };
  std::vector<Article> shuffled = oldest;
  std::reverse(shuffled.begin(), shuffled.end());
  std::rotate(shuffled.begin(), shuffled.begin() + 4, shuffled.end());
  const auto sorted_by = [&](auto key_of) {
    std::vector<Article> articles = shuffled;
    std::stable_sort(articles.begin(), articles.end(), [&](const Article& a, const Article& b) {
      return key_of(a.published, order(a.order)) < key_of(b.published, order(b.order));
    });
    std::vector<std::string> out;
    for (const auto& a : articles) out.push_back(a.published + "/" + std::to_string(a.order));
    return out;
  };
  const auto listed = [](const std::vector<Article>& articles) {
    std::vector<std::string> out;
    for (const auto& a : articles) out.push_back(a.published + "/" + std::to_string(a.order));
    return out;
  };
  EXPECT_EQ(sorted_by(oldest_sort_key), listed(oldest));
  EXPECT_EQ(sorted_by(newest_sort_key), listed(newest));
}

TEST(SortKeys, Layout) {
  EXPECT_EQ(oldest_sort_key("202403050915", "\xa0"), "202403050915\xa0");
  EXPECT_EQ(newest_sort_key("202403050915", "\xa0"), "797596949084\xa0");
  EXPECT_EQ(oldest_sort_key("", "\xa0"), "~\xa0");
  EXPECT_EQ(newest_sort_key("", "\xa0"), "~\xa0");
}

TEST(RecencyEra, TwentyYearsFromAYearDivisibleByTwenty) {
  struct Case {
    const char* published;
    int first_year;
    const char* first_key;
    const char* last_key;
    const char* end;
  };
  const Case cases[] = {
      {"200001010000", 2000, "200001010000", "201912312359", "202001010000"},
      {"201912312359", 2000, "200001010000", "201912312359", "202001010000"},
      {"202001010000", 2020, "202001010000", "203912312359", "204001010000"},
      {"180506071200", 1800, "180001010000", "181912312359", "182001010000"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.published);
    const RecencyEra era = recency_era(*key_minutes(c.published));
    EXPECT_EQ(era.first_year, c.first_year);
    EXPECT_EQ(era.first_key, c.first_key);
    EXPECT_EQ(era.last_key, c.last_key);
    EXPECT_EQ(era.end_minutes, key_minutes(c.end));
    EXPECT_EQ(era.start_minutes, key_minutes(c.first_key));
    EXPECT_EQ(next_era(era).first_key, c.end);
  }
}

// For "now" well inside an era, just after one began and just after an era ended, and bonuses
// below and above 1: every dated article up to now falls in exactly one part, or in none when its
// bonus underflows; its weight times the part's factor is max_bonus * 2^(-age / 14 days) to
// rounding; the factor is at most 1 (Xapian 1.4 goes wrong above, date_order.h) and a normal
// double wherever the bonus is one; and the part's maximum weight, the factor times the largest
// value its slot can hold, is at most max_bonus * 2^27.
TEST(RecencyParts, GiveEveryArticleTheFormulasBonus) {
  const double half_life_minutes = kRecencyHalfLifeDays * 24 * 60;
  const std::vector<const char*> published = {"196512310000", "198601010000", "199912312359",
                                              "200503030303", "201911200000", "201912312359",
                                              "202001010000", "202001041200", "202506010000",
                                              "202506151159", "202506151200"};
  for (const char* now_key : {"202506151200", "202001050000", "200001010000"}) {
    for (double max_bonus : {0.5, 3.25, 40.0}) {
      const std::int64_t now = *key_minutes(now_key);
      const std::vector<RecencyPart> parts =
          recency_parts(published.front(), published.back(), now, max_bonus);
      for (const char* key : published) {
        SCOPED_TRACE(fmt::format("now {}, max_bonus {}, published {}", now_key, max_bonus, key));
        const std::int64_t t = *key_minutes(key);
        if (t > now) continue;  // the search gives those the whole bonus
        const double expected =
            max_bonus * std::exp2(-static_cast<double>(now - t) / half_life_minutes);
        std::vector<RecencyPart> holding;
        for (const auto& part : parts) {
          if (part.first_key <= key && key <= part.last_key) holding.push_back(part);
        }
        if (holding.empty()) {
          EXPECT_EQ(expected, 0);
          continue;
        }
        ASSERT_EQ(holding.size(), 1u);
        const RecencyPart& part = holding.front();
        const bool by_era = part.slot == Slot::kRecencyWeight;
        const double weight = by_era ? recency_weight(t) : recency_year_weight(t);
        EXPECT_TRUE(std::isnormal(weight));
        // The stored value reads back as the same double.
        EXPECT_EQ(Xapian::sortable_unserialise(Xapian::sortable_serialise(weight)), weight);
        EXPECT_LE(part.factor, 1);
        if (std::isnormal(expected)) {
          EXPECT_TRUE(std::isnormal(part.factor)) << part.factor;
        }
        EXPECT_NEAR(part.factor * weight, expected, std::max(1e-12 * expected, DBL_MIN));
        EXPECT_LE(part.factor * (by_era ? 1 : std::exp2(64 + 366.0 / 14)),
                  max_bonus * std::exp2(27));
      }
    }
  }
}

TEST(RecencyParts, ErasLongOverThenYears) {
  const std::int64_t now = *key_minutes("202506151200");
  const std::vector<RecencyPart> parts = recency_parts("199506010000", "202607010000", now, 0.5);
  std::vector<std::string> spans;
  for (const auto& part : parts) {
    spans.push_back(fmt::format("{}..{} {}", part.first_key, part.last_key,
                                part.slot == Slot::kRecencyWeight ? "era" : "year"));
  }
  const std::vector<std::string> expected = {
      "198001010000..199912312359 era",  "200001010000..201912312359 era",
      "202001010000..202012312359 year", "202101010000..202112312359 year",
      "202201010000..202212312359 year", "202301010000..202312312359 year",
      "202401010000..202412312359 year", "202501010000..202506151200 year",
  };
  EXPECT_EQ(spans, expected);
  // An era that ended two centuries ago scales to nothing, as its articles' bonus is.
  EXPECT_TRUE(recency_parts("180001010000", "181912312359", now, 3.25).empty());
  EXPECT_TRUE(recency_parts("", "", now, 3.25).empty());
}

TEST(RecencyWeight, Ranges) {
  for (const char* published : {"200001010000", "201912312359", "202506151200"}) {
    SCOPED_TRACE(published);
    const std::int64_t t = *key_minutes(published);
    EXPECT_LE(recency_weight(t), 1);
    EXPECT_GE(recency_weight(t), std::exp2(-524));
    EXPECT_GE(recency_year_weight(t), std::exp2(64));
    EXPECT_LE(recency_year_weight(t), std::exp2(64 + 366.0 / 14));
  }
}

TEST(WriteOrder, WritesTheOrderAndBothSortKeys) {
  Xapian::Document document;
  document.add_value(slot_number(Slot::kPublished), "202403050915");
  write_order(document, order(12));
  EXPECT_EQ(document.get_value(slot_number(Slot::kOrder)), order(12));
  EXPECT_EQ(document.get_value(slot_number(Slot::kOldestKey)), "202403050915" + order(12));
  EXPECT_EQ(document.get_value(slot_number(Slot::kNewestKey)), "797596949084" + order(12));
  Xapian::Document undated;
  write_order(undated, order(3));
  EXPECT_EQ(undated.get_value(slot_number(Slot::kOldestKey)), "~" + order(3));
  EXPECT_EQ(undated.get_value(slot_number(Slot::kNewestKey)), "~" + order(3));
}

}  // namespace
}  // namespace news
