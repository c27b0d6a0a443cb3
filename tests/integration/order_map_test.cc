// The order map (common/order_map.h): news-index leaves one in every database it writes, it gives
// every document's order value from its docid, and a search that breaks ties with it ranks as the
// search that reads the order values. Checked on a generated archive with many articles of the
// same text (ties of weight everywhere), indexed by one writer, by three (merged parts), then
// changed by a second run (files added, deleted and moved), and compacted.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <xapian.h>

#include "common/document.h"
#include "common/order_map.h"
#include "common/schema.h"
#include "indexer/indexer.h"
#include "query/search.h"
#include "tests/integration/test_support.h"

namespace news {
namespace {

namespace fs = std::filesystem;
using testing_support::TempDir;

// More than 12 runs of 100 (the parallel index's batch), so that each of three parts gets several.
constexpr int kArticles = 1250;

// Articles of four texts, so that most share their BM25 weight with hundreds of others, and a
// reference number of the same length each (files of equal content would be taken for moves of
// one another).
void write_articles(const fs::path& dir, int first, int count) {
  fs::create_directories(dir);
  const std::vector<std::string> bodies = {
      "The ferry sailed at dawn. The harbour was calm.",
      "The ferry was late again. Walkers waited on the harbour wall.",
      "Harbour fees rose this spring, the council said.",
      "The island council met on Tuesday to discuss the ferry timetable."};
  std::mt19937 random(7);
  for (int i = first; i < first + count; ++i) {
    std::ofstream(dir / fmt::format("{:05}.txt", i)) << fmt::format(
        "Harbour news\n\nBy Ann Lee\n\n{}\n\nRef r{:05}.\n", bodies[random() % bodies.size()], i);
  }
}

IndexOptions options_for(const fs::path& archive, const fs::path& db, unsigned writers) {
  IndexOptions options;
  options.inputs = {archive.string()};
  options.db_path = db.string();
  options.writers = writers;
  options.batch_size = 200;
  return options;
}

// Every document's order value equals what the map gives for its docid.
void expect_map_matches_values(const std::string& path) {
  const Xapian::Database db(path);
  const std::optional<OrderMap> map = OrderMap::load(db);
  ASSERT_TRUE(map) << path << ": no current order map";
  std::size_t checked = 0;
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    const std::string value = db.get_document(*it).get_value(slot_number(Slot::kOrder));
    ASSERT_FALSE(value.empty());
    EXPECT_EQ(map->lookup(*it), std::optional<std::string>(value)) << path << " docid " << *it;
    ++checked;
  }
  EXPECT_EQ(checked, db.get_doccount());
}

std::vector<std::string> ranked_ids(const std::string& path, const std::string& query,
                                    std::size_t offset, std::size_t limit) {
  SearchOptions options;
  options.db_path = path;
  options.query = query;
  options.offset = offset;
  options.limit = limit;
  options.snippets = false;
  std::vector<std::string> out;
  for (const Hit& hit : search(options).hits) out.push_back(hit.record["id"].get<std::string>());
  return out;
}

// The rankings of `path` through its order map, then (the map removed) through the order values.
void expect_same_ranking_without_map(const std::string& path) {
  struct Page {
    std::string query;
    std::size_t offset, limit;
  };
  const std::vector<Page> pages = {
      {"ferry", 0, 10},          {"ferry", 37, 25},          {"harbour", 0, 50}, {"council", 3, 7},
      {"harbour -ferry", 0, 30}, {"walkers OR fees", 0, 40}, {"", 0, 60}};
  std::vector<std::vector<std::string>> with_map;
  for (const Page& page : pages) {
    with_map.push_back(ranked_ids(path, page.query, page.offset, page.limit));
    EXPECT_EQ(with_map.back().size(), page.limit) << page.query;
  }
  {
    Xapian::WritableDatabase db(path, Xapian::DB_OPEN);
    db.set_metadata(std::string(kOrderMapKey), "");
    db.commit();
  }
  ASSERT_FALSE(OrderMap::load(Xapian::Database(path)));
  for (std::size_t i = 0; i < pages.size(); ++i) {
    EXPECT_EQ(ranked_ids(path, pages[i].query, pages[i].offset, pages[i].limit), with_map[i])
        << pages[i].query << " from " << pages[i].offset;
  }
}

class OrderMapTest : public testing::Test {
 protected:
  void SetUp() override { write_articles(archive(), 0, kArticles); }
  fs::path archive() const { return dir_.path() / "archive"; }
  fs::path db(const char* name) const { return dir_.path() / name; }

  TempDir dir_;
};

TEST_F(OrderMapTest, OneWriterGivesOneGroup) {
  run_index(options_for(archive(), db("serial"), 1));
  expect_map_matches_values(db("serial").string());
  EXPECT_EQ(OrderMap::load(Xapian::Database(db("serial").string()))->groups(), 1u);
  expect_same_ranking_without_map(db("serial").string());
}

// A run that changes nothing writes nothing, the order map included: the revision stays.
TEST_F(OrderMapTest, ARunThatChangesNothingLeavesTheRevision) {
  run_index(options_for(archive(), db("again"), 3));
  const Xapian::rev before = Xapian::Database(db("again").string()).get_revision();
  const IndexSummary summary = run_index(options_for(archive(), db("again"), 3));
  ASSERT_FALSE(summary.changed());
  EXPECT_EQ(Xapian::Database(db("again").string()).get_revision(), before);
  expect_map_matches_values(db("again").string());
}

TEST_F(OrderMapTest, ParallelWritersGiveAboutOneGroupPerPart) {
  const IndexSummary summary = run_index(options_for(archive(), db("parallel"), 3));
  ASSERT_EQ(summary.writers, 3u);
  expect_map_matches_values(db("parallel").string());
  // Part 0 holds the last, shorter run too: 3 parts, 4 groups; a map without groups would have
  // one per run of 100 (13).
  EXPECT_EQ(OrderMap::load(Xapian::Database(db("parallel").string()))->groups(), 4u);
  expect_same_ranking_without_map(db("parallel").string());
}

TEST_F(OrderMapTest, ALaterRunThatAddsDeletesAndMovesKeepsItCurrent) {
  run_index(options_for(archive(), db("changed"), 3));
  for (int i = 0; i < kArticles; i += 29) fs::remove(archive() / fmt::format("{:05}.txt", i));
  for (int i = 5; i < kArticles; i += 97) {
    const fs::path from = archive() / fmt::format("{:05}.txt", i);
    if (fs::exists(from)) fs::rename(from, archive() / fmt::format("moved-{:05}.txt", i));
  }
  write_articles(archive(), kArticles, 140);
  const IndexSummary summary = run_index(options_for(archive(), db("changed"), 3));
  ASSERT_GT(summary.added, 0u);
  ASSERT_GT(summary.deleted, 0u);
  ASSERT_GT(summary.moved, 0u);
  expect_map_matches_values(db("changed").string());
  expect_same_ranking_without_map(db("changed").string());
}

TEST_F(OrderMapTest, CompactionRenumbersAndWritesANewMap) {
  run_index(options_for(archive(), db("compacted"), 1));
  const Xapian::docid last_before = Xapian::Database(db("compacted").string()).get_lastdocid();
  for (int i = 0; i < 300; i += 3) fs::remove(archive() / fmt::format("{:05}.txt", i));
  IndexOptions options = options_for(archive(), db("compacted"), 1);
  options.compact = true;
  run_index(options);
  const Xapian::Database compacted(db("compacted").string());
  // Xapian's compaction drops the docids before the first document left (article 0 was deleted),
  // so every docid moved down.
  ASSERT_LT(compacted.get_lastdocid(), last_before);
  expect_map_matches_values(db("compacted").string());
  expect_same_ranking_without_map(db("compacted").string());
}

TEST_F(OrderMapTest, AMapMadeForOtherDocidsIsNotUsed) {
  run_index(options_for(archive(), db("stale"), 1));
  const std::string path = db("stale").string();
  const std::vector<std::string> before = ranked_ids(path, "ferry", 0, 20);
  {
    // A writer that knows nothing of the map (an older news-index) adds an article: its docid
    // is past the map's last one.
    Xapian::WritableDatabase writer(path, Xapian::DB_OPEN);
    Xapian::Document document = writer.get_document(1);
    Xapian::TermIterator id_term = document.termlist_begin();
    id_term.skip_to("Q");
    document.remove_term(*id_term);
    document.add_boolean_term("Qextra");
    writer.add_document(document);
    writer.commit();
  }
  EXPECT_FALSE(OrderMap::load(Xapian::Database(path)));
  // Ranked by the order values instead, which give every other article the place it had.
  std::vector<std::string> after = ranked_ids(path, "ferry", 0, 21);
  after.erase(std::remove(after.begin(), after.end(), "extra"), after.end());
  after.resize(std::min(after.size(), before.size()));
  EXPECT_EQ(after, before);
  // The next run of news-index makes it current again.
  run_index(options_for(archive(), db("stale"), 1));
  expect_map_matches_values(path);
}

// A document whose order value is not one order_value writes (empty, or not a whole number) is
// in no run: the map gives nothing for it, so the search reads its value, and the runs around it
// are kept.
TEST(OrderMapBuild, DocumentsWithoutAnOrderAreLeftToTheirValue) {
  TempDir dir;
  const std::string path = (dir.path() / "db").string();
  Xapian::WritableDatabase db(path, Xapian::DB_CREATE);
  for (const std::string& value : {order_value(1), order_value(2), std::string(), order_value(4),
                                   Xapian::sortable_serialise(4.5), order_value(6)}) {
    Xapian::Document document;
    document.add_value(slot_number(Slot::kOrder), value);
    db.add_document(document);
  }
  const OrderMap map = OrderMap::build(db);
  EXPECT_EQ(map.lookup(1), std::optional<std::string>(order_value(1)));
  EXPECT_EQ(map.lookup(2), std::optional<std::string>(order_value(2)));
  EXPECT_EQ(map.lookup(3), std::nullopt);
  EXPECT_EQ(map.lookup(4), std::optional<std::string>(order_value(4)));
  EXPECT_EQ(map.lookup(5), std::nullopt);
  EXPECT_EQ(map.lookup(6), std::optional<std::string>(order_value(6)));
  EXPECT_EQ(map.lookup(7), std::nullopt);
}

TEST(OrderMapText, GarbageIsNotAMap) {
  TempDir dir;
  const std::string path = (dir.path() / "db").string();
  Xapian::WritableDatabase db(path, Xapian::DB_CREATE);
  db.add_document(Xapian::Document());
  for (const char* text : {"", "order-map 2 1\n", "order-map 1 1", "order-map 1 1\n1 0 1 1 0\n",
                           "order-map 1 1\n5 2 1 1 0\n3 2 1 9 0\n", "order-map 1 1\nx\n"}) {
    db.set_metadata(std::string(kOrderMapKey), text);
    db.commit();
    EXPECT_FALSE(OrderMap::load(Xapian::Database(path))) << text;
  }
  db.set_metadata(std::string(kOrderMapKey), "order-map 1 1\n1 1 1 1 0\n");
  db.commit();
  EXPECT_TRUE(OrderMap::load(Xapian::Database(path)));
}

}  // namespace
}  // namespace news
