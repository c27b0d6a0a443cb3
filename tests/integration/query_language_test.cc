// The parts of the query language that need an index: recency ranking (--recent) and the spelling
// table behind "Did you mean", written by the indexer and kept up to date when articles change.
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "indexer/indexer.h"
#include "query/search.h"
#include "tests/integration/test_support.h"

namespace news {
namespace {

namespace fs = std::filesystem;
using testing_support::TempDir;

void write_file(const fs::path& path, const std::string& text) {
  std::ofstream(path) << text;
}

std::string article(const std::string& title, const std::string& date, const std::string& body) {
  return title + "\n\nBy Ann Lee\n\nPublished: " + date + "\n\n" + body + "\n";
}

// Filler articles without the searched word, so that it is rare enough to carry weight.
void write_filler(const fs::path& archive) {
  for (int i = 0; i < 4; ++i) {
    write_file(archive / ("filler" + std::to_string(i) + ".txt"),
               article("Council budget " + std::to_string(i), "2023-03-0" + std::to_string(i + 1),
                       "The council met to discuss the budget for the coming year."));
  }
}

std::vector<std::string> titles(const SearchResults& results) {
  std::vector<std::string> out;
  for (const auto& hit : results.hits) out.push_back(hit.record["title"].get<std::string>());
  return out;
}

class QueryLanguageIndex : public testing::Test {
 protected:
  void SetUp() override {
    fs::create_directories(archive());
    write_filler(archive());
  }
  fs::path archive() const { return dir_.path() / "archive"; }
  std::string db() const { return (dir_.path() / "db").string(); }
  void index() {
    IndexOptions options;
    options.db_path = db();
    options.inputs = {archive().string()};
    run_index(options);
  }
  SearchResults run(const std::string& query, SortOrder sort = SortOrder::kRelevance) {
    SearchOptions options;
    options.db_path = db();
    options.query = query;
    options.sort = sort;
    options.parsing.now = parse_now("2024-01-15");
    return search(options);
  }
  TempDir dir_;
};

TEST_F(QueryLanguageIndex, RecentPutsTheNewerOfEquallyRelevantArticlesFirst) {
  // The same text, so the same BM25 weight; the files' names put them in oldest-first docid order,
  // which is how relevance breaks ties.
  const std::string body = "The ferry to the island runs twice a day in winter.";
  write_file(archive() / "a.txt", article("Ferry timetable A", "2023-06-01", body));
  write_file(archive() / "b.txt", article("Ferry timetable B", "2024-01-01", body));
  write_file(archive() / "c.txt", article("Ferry timetable C", "2024-01-10", body));
  index();
  const std::vector<std::string> by_relevance = {"Ferry timetable A", "Ferry timetable B",
                                                 "Ferry timetable C"};
  EXPECT_EQ(titles(run("ferry")), by_relevance);
  const std::vector<std::string> by_recency = {"Ferry timetable C", "Ferry timetable B",
                                               "Ferry timetable A"};
  EXPECT_EQ(titles(run("ferry", SortOrder::kRecent)), by_recency);
  // A pure filter ranks by recency alone.
  EXPECT_EQ(titles(run("title:timetable", SortOrder::kRecent)), by_recency);
}

TEST_F(QueryLanguageIndex, RecentStillRanksAMuchMoreRelevantOldArticleFirst) {
  write_file(
      archive() / "old.txt",
      article("Ferry strike: ferry crews walk out", "2019-05-01",
              "Ferry crews stopped every ferry. The ferry strike left the ferry port idle."));
  std::string long_body = "A day in the life of the island.";
  for (int i = 0; i < 30; ++i) long_body += " Walkers crossed the hills and the beaches were busy.";
  long_body += " Some came by ferry.";
  write_file(archive() / "new.txt", article("Island summer", "2024-01-14", long_body));
  index();
  const SearchResults plain = run("ferry");
  ASSERT_EQ(plain.hits.size(), 2u);
  const SearchResults recent = run("ferry", SortOrder::kRecent);
  ASSERT_EQ(recent.hits.size(), 2u);
  EXPECT_EQ(titles(recent).front(), "Ferry strike: ferry crews walk out");
  // The new article did get its bonus: almost kRecencyShare of the best weight.
  const double best = plain.hits[0].score;
  const double new_plain = plain.hits[1].score;
  EXPECT_GT(recent.hits[1].score, new_plain + 0.9 * kRecencyShare * best);
  // And the old one, five years old, next to none.
  EXPECT_NEAR(recent.hits[0].score, best, 1e-6 * best);
}

TEST_F(QueryLanguageIndex, SpellingTableFollowsAddsEditsAndDeletes) {
  write_file(archive() / "airship.txt",
             article("Airship returns", "2024-01-02", "A zeppelin flew over the harbour."));
  index();
  EXPECT_EQ(run("zepelin").did_you_mean, "zeppelin");
  EXPECT_EQ(run("harbour zepelin").did_you_mean, "harbour zeppelin");
  // Known words are never "corrected", and a query with results gets no suggestion.
  EXPECT_EQ(run("harbour").did_you_mean, "");

  // An edit replaces the article's words in the table.
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  write_file(archive() / "airship.txt",
             article("Airship returns", "2024-01-02", "A dirigible flew over the harbour."));
  index();
  EXPECT_EQ(run("zepelin").did_you_mean, "");
  EXPECT_EQ(run("dirigble").did_you_mean, "dirigible");

  // A deleted article's words go too.
  fs::remove(archive() / "airship.txt");
  index();
  EXPECT_EQ(run("dirigble").did_you_mean, "");
}

}  // namespace
}  // namespace news
