// What a nightly cron run relies on, through the indexing library: edits caught however the file's
// times were left, dry runs that write nothing, a stop request honoured without losing work or
// deleting present files, parallel runs identical to serial ones, compaction under a reader, and
// archives with links and odd file names.
#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <thread>

#include <gtest/gtest.h>

#include "common/database.h"
#include "common/document.h"
#include "common/schema.h"
#include "indexer/indexer.h"
#include "query/search.h"
#include "tests/integration/test_support.h"

namespace news {
namespace {

namespace fs = std::filesystem;
using testing_support::TempDir;

void write_file(const fs::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

std::string article_text(const std::string& headline, const std::string& body) {
  return headline + "\n\nBy Ann Lee\n\nPublished: 2024-01-02\n\n" + body + "\n";
}

// Everything a document holds but its docid: data, values and terms with positions.
std::string describe(const Xapian::Document& document) {
  std::string out = document.get_data() + "\n";
  for (auto it = document.values_begin(); it != document.values_end(); ++it)
    out += "value " + std::to_string(it.get_valueno()) + "=" + *it + "\n";
  for (auto it = document.termlist_begin(); it != document.termlist_end(); ++it) {
    out += *it + " wdf " + std::to_string(it.get_wdf()) + ":";
    for (auto pos = it.positionlist_begin(); pos != it.positionlist_end(); ++pos)
      out += " " + std::to_string(*pos);
    out += "\n";
  }
  return out;
}

// Each document of a database, by docid.
std::map<Xapian::docid, std::string> contents(const std::string& db_path) {
  Xapian::Database db = open_for_read(db_path);
  std::map<Xapian::docid, std::string> out;
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it)
    out[*it] = describe(db.get_document(*it));
  return out;
}

class Archive : public testing::Test {
 protected:
  void SetUp() override {
    fs::create_directories(archive_ / "2024");
    write_file(archive_ / "harbour.txt", article_text("Harbour wall rebuilt", "The wall is up."));
    write_file(archive_ / "2024" / "ferry.txt", article_text("Ferry strike ends", "Boats sail."));
    write_file(archive_ / "2024" / "school.txt", article_text("School opens", "Pupils arrive."));
    options_.db_path = (dir_.path() / "db").string();
    options_.inputs = {archive_.string()};
  }

  IndexSummary index() { return run_index(options_); }
  Xapian::doccount count() { return article_count(open_for_read(options_.db_path)); }

  TempDir dir_;
  fs::path archive_ = dir_.path() / "archive";
  IndexOptions options_;
};

TEST_F(Archive, AnEditInPlaceWithItsMtimeRestoredIsCaught) {
  ASSERT_EQ(index().added, 3u);
  const fs::path file = archive_ / "harbour.txt";
  const auto mtime = fs::last_write_time(file);
  const auto size = fs::file_size(file);
  // The kernel's timestamp clock can be coarse (a few ms): let the ctime move visibly.
  std::this_thread::sleep_for(std::chrono::milliseconds(30));
  write_file(file, article_text("Harbour wall rebuilt", "The wall is UP."));  // same length
  fs::last_write_time(file, mtime);
  ASSERT_EQ(fs::file_size(file), size);

  const IndexSummary summary = index();
  EXPECT_EQ(summary.updated, 1u);
  EXPECT_EQ(summary.unchanged, 2u);
  // The new stamp is recorded: the following run reads nothing.
  const IndexSummary again = index();
  EXPECT_EQ(again.unchanged, 3u);
  EXPECT_FALSE(again.changed());
}

TEST_F(Archive, ADryRunReportsEveryChangeAndWritesNothing) {
  ASSERT_EQ(index().added, 3u);
  const auto before = contents(options_.db_path);
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  write_file(archive_ / "2024" / "new.txt", article_text("New bridge", "It opens."));
  write_file(archive_ / "2024" / "ferry.txt", article_text("Ferry strike ends, talks go on", "B."));
  fs::rename(archive_ / "2024" / "school.txt", archive_ / "school-opens.txt");
  fs::remove(archive_ / "harbour.txt");

  options_.dry_run = true;
  const IndexSummary dry = index();
  EXPECT_TRUE(dry.dry_run);
  std::multiset<std::string> actions;
  for (const auto& change : dry.changes)
    actions.insert(std::string(action_name(change.action)) + " " +
                   fs::path(change.path).filename().string());
  const std::multiset<std::string> expected = {"add new.txt", "update ferry.txt",
                                               "move school-opens.txt", "delete harbour.txt"};
  EXPECT_EQ(actions, expected);
  EXPECT_EQ(contents(options_.db_path), before) << "a dry run must not write";

  // The real run does what the dry run said.
  options_.dry_run = false;
  const IndexSummary real = index();
  EXPECT_EQ(real.added, dry.added);
  EXPECT_EQ(real.updated, dry.updated);
  EXPECT_EQ(real.moved, dry.moved);
  EXPECT_EQ(real.deleted, dry.deleted);
  EXPECT_TRUE(real.changes.empty()) << "only dry runs list their changes";
  EXPECT_EQ(count(), 3u);
}

TEST_F(Archive, ADryRunNeedsNoDatabase) {
  options_.dry_run = true;
  EXPECT_EQ(index().added, 3u);
  EXPECT_FALSE(fs::exists(options_.db_path));
}

TEST_F(Archive, AStopRequestCommitsAndDeletesNothing) {
  ASSERT_EQ(index().added, 3u);
  fs::remove(archive_ / "harbour.txt");
  // Stopped before the walk reached anything: no file was seen, so none may count as vanished.
  const std::atomic<int> stop{SIGTERM};
  options_.stop_signal = &stop;
  const IndexSummary stopped = index();
  EXPECT_EQ(stopped.interrupted_by, SIGTERM);
  EXPECT_EQ(stopped.deleted, 0u);
  EXPECT_EQ(count(), 3u);
  EXPECT_NE(format_summary(stopped).find("stopped by SIGTERM"), std::string::npos);

  options_.stop_signal = nullptr;
  EXPECT_EQ(index().deleted, 1u);
  EXPECT_EQ(count(), 2u);
}

// Each document of a database by its id term, with what else a database holds that a search can
// see: the spelling table (word and frequency) and the order counter.
std::map<std::string, std::string> contents_by_article(const std::string& db_path) {
  Xapian::Database db = open_for_read(db_path);
  std::map<std::string, std::string> out;
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    const Xapian::Document document = db.get_document(*it);
    out[article_id_of(document).value_or("(no id)")] = describe(document);
  }
  for (auto it = db.spellings_begin(); it != db.spellings_end(); ++it)
    out["spelling " + *it] = std::to_string(it.get_termfreq());
  out["metadata next_order"] = db.get_metadata("next_order");
  return out;
}

TEST(ParallelIndexing, WritesTheSameDatabaseAsOneThread) {
  TempDir dir;
  IndexOptions options;
  options.inputs = {CORPUS_DIR};
  options.batch_size = 5;
  options.jobs = 1;
  options.db_path = (dir.path() / "serial").string();
  run_index(options);
  const auto serial = contents((dir.path() / "serial").string());
  EXPECT_GT(serial.size(), 20u);

  // Readers in parallel, one writer: same documents under the same docids, since results are
  // written in walk order whatever the threads.
  options.jobs = 4;
  options.writers = 1;
  options.db_path = (dir.path() / "parallel-readers").string();
  EXPECT_EQ(run_index(options).writers, 1u);
  EXPECT_EQ(contents(options.db_path), serial);

  // Parallel writers, merged: the same documents (docids differ), each with the order value
  // (Slot::kOrder) and story of the walk order, and the same spelling table.
  options.writers = 3;
  options.db_path = (dir.path() / "parallel-writers").string();
  const IndexSummary summary = run_index(options);
  EXPECT_EQ(summary.writers, 3u);
  EXPECT_FALSE(fs::exists(options.db_path + ".parts"));
  EXPECT_EQ(contents_by_article(options.db_path),
            contents_by_article((dir.path() / "serial").string()));
}

TEST_F(Archive, CompactionKeepsEveryArticleAndAnOpenReaderWorking) {
  ASSERT_EQ(index().added, 3u);
  Xapian::Database reader = open_for_read(options_.db_path);
  const auto before = contents(options_.db_path);

  write_file(archive_ / "extra.txt", article_text("Extra edition", "More news."));
  options_.compact = true;
  const IndexSummary summary = index();
  EXPECT_TRUE(summary.compacted);
  EXPECT_FALSE(fs::exists(options_.db_path + ".compacting"));
  EXPECT_EQ(count(), 4u);
  // The reader opened before keeps its view of the old database, whose files it still holds.
  EXPECT_EQ(reader.get_doccount(), 3u);
  for (auto it = reader.postlist_begin(""); it != reader.postlist_end(""); ++it)
    EXPECT_EQ(describe(reader.get_document(*it)), before.at(*it));
  SearchOptions search_options;
  search_options.db_path = options_.db_path;
  search_options.query = "title:extra";
  EXPECT_EQ(search(search_options).total, 1u);
  // And the compacted database takes the next run as any other.
  options_.compact = false;
  EXPECT_FALSE(index().changed());
}

TEST_F(Archive, LinksAreFollowedToFilesOnlyAndBrokenOnesReported) {
  const fs::path outside = dir_.path() / "outside.txt";
  write_file(outside, article_text("Outside story", "From elsewhere."));
  fs::create_symlink(outside, archive_ / "linked.txt");
  fs::create_symlink(archive_ / "harbour.txt", archive_ / "2024" / "same-harbour.txt");
  fs::create_symlink("..", archive_ / "2024" / "up");            // a loop if followed
  fs::create_symlink("missing.txt", archive_ / "dangling.txt");  // broken
  fs::create_symlink("itself.txt", archive_ / "itself.txt");     // too many levels

  const IndexSummary summary = index();
  // The three files, the outside file once through its link, the harbour file once.
  EXPECT_EQ(summary.added, 4u);
  EXPECT_EQ(count(), 4u);
  std::map<std::string, std::string> skipped;
  for (const auto& file : summary.skipped)
    skipped[fs::path(file.path).filename().string()] = file.reason;
  ASSERT_EQ(skipped.size(), 2u);
  EXPECT_NE(skipped["dangling.txt"].find("symbolic link"), std::string::npos);
  EXPECT_NE(skipped["itself.txt"].find("symbolic link"), std::string::npos);

  SearchOptions search_options;
  search_options.db_path = options_.db_path;
  search_options.query = "title:outside";
  const auto results = search(search_options);
  ASSERT_EQ(results.total, 1u);
  EXPECT_EQ(results.hits[0].record["path"], fs::canonical(outside).string());
}

TEST_F(Archive, AFileNameThatIsNotUtf8IsIndexedAndReported) {
  write_file(archive_ / "caf\xe9.txt", article_text("Cafe reopens", "Coffee again."));
  const IndexSummary summary = index();
  EXPECT_EQ(summary.added, 4u);
  // The JSON summary must be printable even when a skipped path is not UTF-8.
  IndexSummary with_bad_name;
  with_bad_name.skipped = {{(archive_ / "bad\xff.txt").string(), "binary file"}};
  EXPECT_NE(summary_json_text(with_bad_name).find("bad\xef\xbf\xbd.txt"), std::string::npos);
  EXPECT_FALSE(index().changed());
}

}  // namespace
}  // namespace news
