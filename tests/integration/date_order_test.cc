// --sort newest|oldest and --recent run on Xapian's own classes (sort by a value slot; a value
// weight scaled per era, common/date_order.h), so that remote shards can run them. These tests
// check that they give the order of the definitions they replaced, computed here independently:
// the dates sorted with ties by the order value, and BM25 plus the recency formula of search.h,
// over a generated archive of articles dated across 75 years, in the future, in the same minute,
// or not at all.
#include <algorithm>
#include <cfloat>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <xapian.h>

#include "common/date.h"
#include "common/date_order.h"
#include "common/document.h"
#include "common/schema.h"
#include "indexer/indexer.h"
#include "query/search.h"
#include "tests/integration/test_support.h"

namespace news {
namespace {

namespace fs = std::filesystem;
using testing_support::TempDir;

constexpr const char* kNow = "2025-06-15T12:00Z";
// Five days after an era began (common/date_order.h): the era before it is scaled through its
// weights counted from its start.
constexpr const char* kEraTurn = "2020-01-05T00:00Z";
constexpr int kArticles = 400;

// A "YYYY-MM-DDTHH:MM:00Z" date `minutes` after 1970 (negative: before).
std::string iso_minute(std::int64_t minutes) {
  const std::string key = minute_key(minutes);
  return fmt::format("{}-{}-{}T{}:{}:00Z", key.substr(0, 4), key.substr(4, 2), key.substr(6, 2),
                     key.substr(8, 2), key.substr(10, 2));
}

// The archive: articles of one to four "ferry"s among other words, many with the same text (so
// the same BM25 weight); a tenth undated, some in the same minute as an earlier one, some after
// "now"; the rest spread over the last two years, the 38 years before them (where the bonus is a
// normal double) and the 35 before those (where it underflows).
void write_archive(const fs::path& archive) {
  fs::create_directories(archive);
  std::mt19937 random(19);  // its output is fixed by the standard, unlike the distributions'
  const std::int64_t now = *key_minutes("202506151200");
  const std::int64_t year = 365LL * 24 * 60;
  const std::vector<std::string> fillers = {"The island council met on Tuesday.",
                                            "Walkers crossed the hills.",
                                            "Harbour fees rose again this spring."};
  std::vector<std::int64_t> dates;
  for (int i = 0; i < kArticles; ++i) {
    const auto kind = random() % 20;
    std::optional<std::int64_t> date;
    if (kind == 2 && !dates.empty()) {
      date = dates[random() % dates.size()];
    } else if (kind == 3) {
      date = now + static_cast<std::int64_t>(random() % year);
    } else if (kind > 3) {
      const std::int64_t span = kind < 12 ? 2 * year : kind < 16 ? 38 * year : 35 * year;
      const std::int64_t before = kind < 12 ? 0 : kind < 16 ? 2 * year : 40 * year;
      date = now - before - static_cast<std::int64_t>(random() % span);
    }
    std::string header = "By Ann Lee\n\n";
    if (date) {
      dates.push_back(*date);
      header += "Published: " + iso_minute(*date) + "\n\n";
    }
    std::string body;
    const auto ferries = 1 + random() % 4;
    for (std::uint_fast32_t f = 0; f < ferries; ++f) body += "The ferry sailed. ";
    if (random() % 2) body += fillers[random() % fillers.size()];
    std::ofstream(archive / fmt::format("{:04}.txt", i))
        << fmt::format("Ferry report {}\n\n{}{}\n", i, header, body);
  }
}

class DateOrder : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    write_archive(dir_->path() / "archive");
    IndexOptions options;
    options.db_path = db_path();
    options.inputs = {(dir_->path() / "archive").string()};
    run_index(options);
  }
  static void TearDownTestSuite() { delete dir_; }
  static std::string db_path() { return (dir_->path() / "db").string(); }

  static SearchResults run(const std::string& query, SortOrder sort, std::size_t limit = 1000,
                           std::size_t offset = 0, const char* now = kNow) {
    SearchOptions options;
    options.db_path = db_path();
    options.query = query;
    options.sort = sort;
    options.limit = limit;
    options.offset = offset;
    options.snippets = false;
    options.parsing.now = parse_now(now);
    return search(options);
  }

  // What the search needs to know of an article, read from the database.
  struct Stored {
    std::string published;  // the kPublished value, "" when undated
    std::string order;      // the kOrder value
  };
  static std::map<std::string, Stored> stored() {
    Xapian::Database db(db_path());
    std::map<std::string, Stored> out;
    for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
      const Xapian::Document document = db.get_document(*it);
      out[*article_id_of(document)] = {document.get_value(slot_number(Slot::kPublished)),
                                       document.get_value(slot_number(Slot::kOrder))};
    }
    return out;
  }

  static TempDir* dir_;
};

TempDir* DateOrder::dir_ = nullptr;

std::vector<std::string> ids(const SearchResults& results) {
  std::vector<std::string> out;
  for (const auto& hit : results.hits) out.push_back(hit.record["id"].get<std::string>());
  return out;
}

TEST_F(DateOrder, ArchiveHasWhatTheTestsNeed) {
  const auto articles = stored();
  ASSERT_EQ(articles.size(), static_cast<std::size_t>(kArticles));
  const std::string now_key = "202506151200";
  std::map<std::string, int> published_count;
  int undated = 0, future = 0, past_40_years = 0;
  for (const auto& [id, article] : articles) {
    if (article.published.empty()) {
      ++undated;
      continue;
    }
    ++published_count[article.published];
    if (article.published > now_key) ++future;
    if (article.published < "198506151200") ++past_40_years;
  }
  const auto shared_minutes = std::count_if(published_count.begin(), published_count.end(),
                                            [](const auto& entry) { return entry.second > 1; });
  EXPECT_GE(undated, 20);
  EXPECT_GE(future, 10);
  EXPECT_GE(past_40_years, 40);
  EXPECT_GE(shared_minutes, 10);
}

// Dates descending (newest) or ascending (oldest), ties by the order value, undated articles last
// by order value: what the key maker on kPublished then kOrder gave.
TEST_F(DateOrder, SortsGiveTheDateThenOrderSequence) {
  const auto articles = stored();
  for (const char* query : {"", "ferry", "harbour OR walkers"}) {
    for (SortOrder sort : {SortOrder::kNewest, SortOrder::kOldest}) {
      SCOPED_TRACE(fmt::format("'{}' {}", query, sort == SortOrder::kNewest ? "newest" : "oldest"));
      const std::vector<std::string> got = ids(run(query, sort));
      std::vector<std::string> expected = ids(run(query, SortOrder::kRelevance));
      ASSERT_GE(expected.size(), 50u);
      std::sort(expected.begin(), expected.end(), [&](const std::string& a, const std::string& b) {
        const Stored& x = articles.at(a);
        const Stored& y = articles.at(b);
        if (x.published.empty() != y.published.empty()) return y.published.empty();
        if (x.published != y.published) {
          return sort == SortOrder::kNewest ? x.published > y.published : x.published < y.published;
        }
        return x.order < y.order;  // sortable_serialise: byte order is number order
      });
      EXPECT_EQ(got, expected);
    }
  }
}

// Every --recent weight is BM25 plus 0.5 * M * 2^(-age_days / 14) (search.h) to rounding, and
// the ranking is the one that formula gives with ties by order value, except that articles whose
// formula weights are equal to rounding (1e-12 relative, or both below the smallest normal double)
// may swap.
TEST_F(DateOrder, RecentRanksByBm25PlusTheFormula) {
  const auto articles = stored();
  for (const auto& [now_text, now_key] :
       {std::pair{kNow, "202506151200"}, std::pair{kEraTurn, "202001050000"}}) {
    const std::int64_t now = *key_minutes(now_key);
    for (const char* query : {"ferry", "ferry harbour", "", "title:report", "walkers OR ferry"}) {
      SCOPED_TRACE(fmt::format("'{}' at {}", query, now_text));
      const SearchResults plain = run(query, SortOrder::kRelevance);
      std::map<std::string, double> bm25;
      double best = 0;
      for (const auto& hit : plain.hits) {
        bm25[hit.record["id"].get<std::string>()] = hit.score;
        best = std::max(best, hit.score);
      }
      ASSERT_GE(bm25.size(), 20u);
      const double max_bonus = kRecencyShare * (best > 0 ? best : 1.0);
      std::map<std::string, double> formula;
      for (const auto& [id, weight] : bm25) {
        double bonus = 0;
        if (const auto t = key_minutes(articles.at(id).published)) {
          const double age_days = static_cast<double>(std::max<std::int64_t>(0, now - *t)) / 1440;
          bonus = max_bonus * std::exp2(-age_days / kRecencyHalfLifeDays);
        }
        formula[id] = weight + bonus;
      }
      std::vector<std::string> expected = ids(plain);
      std::sort(expected.begin(), expected.end(), [&](const std::string& a, const std::string& b) {
        if (formula[a] != formula[b]) return formula[a] > formula[b];
        return articles.at(a).order < articles.at(b).order;
      });
      const auto tied = [](double a, double b) {
        return std::abs(a - b) <= std::max(1e-12 * std::max(a, b), DBL_MIN);
      };

      const SearchResults recent = run(query, SortOrder::kRecent, 1000, 0, now_text);
      // A page of 10 is the same as the first 10 of all: Xapian's matcher prunes by the weights'
      // bounds when it needs only a few, which a wrong bound makes it do wrongly.
      for (std::size_t offset : {0, 10, 20}) {
        const std::vector<std::string> page =
            ids(run(query, SortOrder::kRecent, 10, offset, now_text));
        const std::vector<std::string> all = ids(recent);
        EXPECT_EQ(page, std::vector<std::string>(all.begin() + offset, all.begin() + offset + 10))
            << "offset " << offset;
      }
      ASSERT_EQ(recent.hits.size(), expected.size());
      std::size_t same_place = 0;
      for (std::size_t i = 0; i < expected.size(); ++i) {
        const std::string id = recent.hits[i].record["id"].get<std::string>();
        EXPECT_TRUE(tied(recent.hits[i].score, formula[id]))
            << id << ": weight " << recent.hits[i].score << ", formula " << formula[id];
        EXPECT_TRUE(tied(formula[id], formula[expected[i]]))
            << "rank " << i + 1 << ": " << id << " (" << formula[id] << ") where the formula ranks "
            << expected[i] << " (" << formula[expected[i]] << ")";
        if (id == expected[i]) ++same_place;
      }
      // How close "equal to rounding" came to mattering, for the record.
      std::cout << fmt::format("'{}' at {}: {} of {} at the formula's exact rank (best BM25 {})\n",
                               query, now_text, same_place, expected.size(), best);
    }
  }
}

}  // namespace
}  // namespace news
