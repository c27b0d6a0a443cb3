// Indexes corpus/ through the library and checks field searches against the corpus expectations:
// the expected result sets are derived from the .expected files, not written down here.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <thread>

#include <gtest/gtest.h>

#include "common/database.h"
#include "common/document.h"
#include "common/error.h"
#include "common/schema.h"
#include "indexer/indexer.h"
#include "indexer/writable_database.h"
#include "query/search.h"
#include "tests/integration/test_support.h"

namespace news {
namespace {

namespace fs = std::filesystem;
using testing_support::corpus_expectations;
using testing_support::Expectation;
using testing_support::TempDir;

std::string canonical_string(const fs::path& path) {
  return fs::weakly_canonical(fs::absolute(path)).string();
}

class IndexedCorpus : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    IndexOptions options;
    options.db_path = (dir_->path() / "db").string();
    options.inputs = {CORPUS_DIR};
    options.batch_size = 7;  // several commits even on a small corpus
    summary_ = new IndexSummary(run_index(options));
  }
  static void TearDownTestSuite() {
    delete summary_;
    delete dir_;
  }

  static std::string db_path() { return (dir_->path() / "db").string(); }

  // Paths of every article matching `query`, all pages.
  static std::set<std::string> matching_paths(const std::string& query) {
    SearchOptions options;
    options.db_path = db_path();
    options.query = query;
    options.limit = 10000;
    std::set<std::string> paths;
    for (const auto& hit : search(options).hits)
      paths.insert(hit.record["path"].get<std::string>());
    return paths;
  }

  static std::set<std::string> expected_paths(
      const std::function<bool(const Expectation&)>& wanted) {
    std::set<std::string> paths;
    for (const auto& expectation : corpus_expectations()) {
      if (wanted(expectation)) paths.insert(canonical_string(expectation.article));
    }
    return paths;
  }

  static TempDir* dir_;
  static IndexSummary* summary_;
};

TempDir* IndexedCorpus::dir_ = nullptr;
IndexSummary* IndexedCorpus::summary_ = nullptr;

TEST_F(IndexedCorpus, IndexesEveryArticleAndIgnoresTheRest) {
  EXPECT_EQ(summary_->added, corpus_expectations().size());
  EXPECT_TRUE(summary_->skipped.empty());
  // README.md, the .expected files and corpus/people/persons.gold are not articles.
  std::size_t non_articles = 0;
  for (const auto& entry : fs::recursive_directory_iterator(CORPUS_DIR))
    non_articles += entry.is_regular_file() && entry.path().extension() != ".txt";
  EXPECT_EQ(summary_->ignored, non_articles);
  EXPECT_EQ(article_count(open_for_read(db_path())), corpus_expectations().size());
}

TEST_F(IndexedCorpus, AuthorQueriesReturnExactlyTheirArticles) {
  std::set<std::string> authors;
  for (const auto& expectation : corpus_expectations())
    authors.insert(expectation.authors.begin(), expectation.authors.end());
  ASSERT_GE(authors.size(), 5u);
  for (const auto& author : authors) {
    const auto expected = expected_paths([&](const Expectation& e) {
      return std::find(e.authors.begin(), e.authors.end(), author) != e.authors.end();
    });
    EXPECT_EQ(matching_paths("author:\"" + author + "\""), expected) << author;
    EXPECT_EQ(matching_paths("byline:\"" + author + "\""), expected) << author;
  }
}

TEST_F(IndexedCorpus, TitleQueriesReturnExactlyTheirArticles) {
  const auto has_word = [](const std::string& title, const std::string& word) {
    std::string lower = title;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    for (std::size_t at = lower.find(word); at != std::string::npos;
         at = lower.find(word, at + 1)) {
      const bool starts = at == 0 || !std::isalpha(static_cast<unsigned char>(lower[at - 1]));
      const std::size_t end = at + word.size();
      const bool ends =
          end == lower.size() || !std::isalpha(static_cast<unsigned char>(lower[end])) ||
          (lower[end] == 's' &&
           (end + 1 == lower.size() || !std::isalpha(static_cast<unsigned char>(lower[end + 1]))));
      if (starts && ends) return true;
    }
    return false;
  };
  for (const std::string word : {"election", "satellite"}) {
    const auto expected =
        expected_paths([&](const Expectation& e) { return has_word(e.title, word); });
    EXPECT_FALSE(expected.empty()) << word;
    EXPECT_EQ(matching_paths("title:" + word), expected) << word;
  }
}

TEST_F(IndexedCorpus, EveryTitleFindsItsArticleFirst) {
  for (const auto& expectation : corpus_expectations()) {
    std::string title = expectation.title;
    std::replace(title.begin(), title.end(), '"', ' ');
    SearchOptions options;
    options.db_path = db_path();
    options.query = "title:(" + title + ")";
    options.limit = 1;
    const auto results = search(options);
    ASSERT_FALSE(results.hits.empty()) << title;
    EXPECT_EQ(results.hits.front().record["path"], canonical_string(expectation.article)) << title;
  }
}

TEST_F(IndexedCorpus, DateRangesReturnExactlyTheArticlesPublishedInThem) {
  struct Range {
    const char* query;
    std::string first;  // sort keys, inclusive
    std::string last;
  };
  const Range ranges[] = {
      {"date:2023-11", "202311010000", "202311302359"},
      {"date:2023-11-01..2023-11-30", "202311010000", "202311302359"},
      {"date:2024", "202401010000", "202412312359"},
      {"date:..2023", "", "202312312359"},
      {"date:2025-01-01..", "202501010000", "999999999999"},
      {"date:2023-06..2024-06", "202306010000", "202406302359"},
  };
  for (const auto& range : ranges) {
    const auto expected = expected_paths([&](const Expectation& e) {
      if (!e.published) return false;
      const std::string key = parse_date(*e.published)->sort_key();
      return key >= range.first && key <= range.last;
    });
    EXPECT_EQ(matching_paths(range.query), expected) << range.query;
  }
}

TEST_F(IndexedCorpus, AuthorAndDateCombine) {
  std::map<std::string, int> counts;
  for (const auto& e : corpus_expectations()) {
    for (const auto& a : e.authors) ++counts[a];
  }
  const auto prolific =
      std::max_element(counts.begin(), counts.end(),
                       [](const auto& a, const auto& b) { return a.second < b.second; });
  ASSERT_GE(prolific->second, 2);
  const std::string author = prolific->first;
  for (const char* year : {"2023", "2024", "2025"}) {
    const auto expected = expected_paths([&](const Expectation& e) {
      return std::find(e.authors.begin(), e.authors.end(), author) != e.authors.end() &&
             e.published && e.published->starts_with(year);
    });
    EXPECT_EQ(matching_paths("author:\"" + author + "\" date:" + year), expected)
        << author << " " << year;
  }
}

TEST_F(IndexedCorpus, SortNewestAndOldest) {
  for (SortOrder order : {SortOrder::kNewest, SortOrder::kOldest}) {
    SearchOptions options;
    options.db_path = db_path();
    options.limit = 1000;
    options.sort = order;
    const auto results = search(options);
    ASSERT_EQ(results.hits.size(), corpus_expectations().size());
    std::vector<std::string> keys;
    bool seen_undated = false;
    for (const auto& hit : results.hits) {
      if (hit.record["published"].is_null()) {
        seen_undated = true;
        continue;
      }
      EXPECT_FALSE(seen_undated) << "undated articles must sort last";
      keys.push_back(parse_date(hit.record["published"].get<std::string>())->sort_key());
    }
    if (order == SortOrder::kNewest) {
      EXPECT_TRUE(std::is_sorted(keys.rbegin(), keys.rend()));
    } else {
      EXPECT_TRUE(std::is_sorted(keys.begin(), keys.end()));
    }
  }
}

TEST_F(IndexedCorpus, PagingIsStable) {
  SearchOptions options;
  options.db_path = db_path();
  options.query = "said";
  options.limit = 1000;
  const auto all = search(options);
  ASSERT_GE(all.hits.size(), 6u);
  options.limit = 3;
  options.offset = 3;
  const auto page = search(options);
  ASSERT_EQ(page.hits.size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(page.hits[i].rank, i + 4);
    EXPECT_EQ(page.hits[i].record["id"], all.hits[i + 3].record["id"]);
  }
}

TEST_F(IndexedCorpus, SnippetsMarkMatchedWords) {
  SearchOptions options;
  options.db_path = db_path();
  options.query = "election";
  options.highlight_start = "<<";
  options.highlight_end = ">>";
  const auto results = search(options);
  ASSERT_FALSE(results.hits.empty());
  for (const auto& hit : results.hits) {
    EXPECT_NE(hit.snippet.find("<<"), std::string::npos) << hit.snippet;
    EXPECT_EQ(hit.snippet.find("&amp;"), std::string::npos)
        << "HTML escaping leaked: " << hit.snippet;
  }
}

TEST(Reindexing, SecondRunChangesNothingAndAnEditIsAnUpdate) {
  TempDir dir;
  const fs::path archive = dir.path() / "archive";
  fs::create_directories(archive / "sub");
  const auto write = [](const fs::path& path, const std::string& text) {
    std::ofstream(path) << text;
  };
  write(archive / "one.txt",
        "First headline\n\nBy Ann Lee\n\nPublished: 2024-01-02\n\nBody one.\n");
  write(archive / "sub" / "two.txt", "Second headline\n\nBody two.\n");
  write(archive / "notes.md", "not an article");

  IndexOptions options;
  options.db_path = (dir.path() / "db").string();
  options.inputs = {archive.string()};
  const IndexSummary first = run_index(options);
  EXPECT_EQ(first.added, 2u);
  EXPECT_EQ(first.ignored, 1u);

  const IndexSummary second = run_index(options);
  EXPECT_EQ(second.added + second.updated, 0u);
  EXPECT_EQ(second.unchanged, 2u);
  EXPECT_FALSE(second.changed());

  // Make sure the edit gets a different mtime even on coarse-grained file systems.
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  write(archive / "one.txt",
        "First headline, corrected\n\nBy Ann Lee\n\nPublished: 2024-01-02\n\nBody one.\n");
  const IndexSummary third = run_index(options);
  EXPECT_EQ(third.updated, 1u);
  EXPECT_EQ(third.unchanged, 1u);
  EXPECT_EQ(article_count(open_for_read(options.db_path)), 2u);

  SearchOptions search_options;
  search_options.db_path = options.db_path;
  search_options.query = "title:corrected";
  EXPECT_EQ(search(search_options).total, 1u);
}

TEST(Reindexing, VanishedFilesAreDeletedUnlessToldNotTo) {
  TempDir dir;
  const fs::path archive = dir.path() / "archive";
  fs::create_directories(archive / "old");
  std::ofstream(archive / "keep.txt") << "Kept headline\n\nBody.\n";
  std::ofstream(archive / "old" / "gone.txt") << "Gone headline\n\nBody.\n";
  std::ofstream(dir.path() / "elsewhere.txt") << "Elsewhere headline\n\nBody.\n";

  IndexOptions options;
  options.db_path = (dir.path() / "db").string();
  options.inputs = {archive.string(), (dir.path() / "elsewhere.txt").string()};
  EXPECT_EQ(run_index(options).added, 3u);

  fs::remove(archive / "old" / "gone.txt");
  options.delete_missing = false;
  EXPECT_EQ(run_index(options).deleted, 0u);
  EXPECT_EQ(article_count(open_for_read(options.db_path)), 3u);

  options.delete_missing = true;
  const IndexSummary summary = run_index(options);
  EXPECT_EQ(summary.deleted, 1u);
  EXPECT_TRUE(summary.changed());
  EXPECT_EQ(article_count(open_for_read(options.db_path)), 2u);

  // Indexing only the other file must not delete the archive's articles: only directories walked
  // in the run are checked.
  options.inputs = {(dir.path() / "elsewhere.txt").string()};
  EXPECT_EQ(run_index(options).deleted, 0u);
  // Nor must a directory that is not there now (an unmounted disk).
  fs::rename(archive, dir.path() / "unmounted");
  options.inputs = {archive.string()};
  EXPECT_EQ(run_index(options).deleted, 0u);
  EXPECT_EQ(article_count(open_for_read(options.db_path)), 2u);
}

TEST(Reindexing, TouchedButUnchangedFilesAreNotReindexedAndFullReadsEverything) {
  TempDir dir;
  const fs::path archive = dir.path() / "archive";
  fs::create_directories(archive);
  const fs::path file = archive / "a.txt";
  std::ofstream(file) << "Headline\n\nBy Ann Lee\n\nBody text.\n";
  IndexOptions options;
  options.db_path = (dir.path() / "db").string();
  options.inputs = {archive.string()};
  run_index(options);

  // Same bytes, new mtime: unchanged, and the new mtime is recorded so the next run skips it.
  fs::last_write_time(file, fs::last_write_time(file) + std::chrono::hours(1));
  IndexSummary touched = run_index(options);
  EXPECT_EQ(touched.unchanged, 1u);
  EXPECT_EQ(touched.updated, 0u);
  EXPECT_FALSE(touched.changed());
  const auto stamp = [&] {
    Xapian::Database db = open_for_read(options.db_path);
    return read_source_stamp(
        db.get_document(*db.postlist_begin(boolean_term(FieldSource::kType, kArticleType))));
  };
  ASSERT_TRUE(stamp());
  EXPECT_EQ(stamp()->mtime_ns, stat_source(file).mtime_ns);

  options.full = true;
  EXPECT_EQ(run_index(options).updated, 1u);
}

TEST(Reindexing, AMovedFileKeepsItsArticle) {
  TempDir dir;
  const fs::path archive = dir.path() / "archive";
  fs::create_directories(archive / "2024");
  std::ofstream(archive / "draft.txt")
      << "Harbour wall to be rebuilt\n\nBy Ann Lee\n\nThe council agreed.\n";
  std::ofstream(archive / "other.txt") << "Other headline\n\nOther body.\n";
  IndexOptions options;
  options.db_path = (dir.path() / "db").string();
  options.inputs = {archive.string()};
  ASSERT_EQ(run_index(options).added, 2u);

  fs::rename(archive / "draft.txt", archive / "2024" / "harbour.txt");
  const IndexSummary summary = run_index(options);
  EXPECT_EQ(summary.moved, 1u);
  EXPECT_EQ(summary.added + summary.updated + summary.deleted, 0u);
  EXPECT_EQ(article_count(open_for_read(options.db_path)), 2u);

  SearchOptions search_options;
  search_options.db_path = options.db_path;
  search_options.query = "title:harbour";
  const auto results = search(search_options);
  ASSERT_EQ(results.total, 1u);
  EXPECT_EQ(results.hits[0].record["path"], canonical_string(archive / "2024" / "harbour.txt"));
  EXPECT_EQ(results.hits[0].record["authors"], nlohmann::json({"Ann Lee"}));
  // The article now lives under its new id: the next run finds it unchanged.
  const IndexSummary again = run_index(options);
  EXPECT_EQ(again.unchanged, 2u);
  EXPECT_FALSE(again.changed());
}

TEST(Reindexing, SummaryAsJson) {
  IndexSummary summary;
  summary.added = 2;
  summary.deleted = 1;
  summary.skipped = {{"/a/b.txt", "binary file"}};
  const nlohmann::ordered_json json = summary_to_json(summary);
  EXPECT_EQ(json["added"], 2);
  EXPECT_EQ(json["deleted"], 1);
  EXPECT_EQ(json["skipped"][0]["reason"], "binary file");
  EXPECT_EQ(json["changed"], true);
}

TEST(Databases, WriterWaitsForTheLockAndGivesUp) {
  TempDir dir;
  const std::string path = (dir.path() / "db").string();
  Xapian::WritableDatabase first = open_for_write(path);
  const auto start = std::chrono::steady_clock::now();
  EXPECT_THROW(open_for_write(path, 0.5), DatabaseLockedError);
  EXPECT_GE(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(400));
  first.close();
  EXPECT_NO_THROW(open_for_write(path, 0.5));
}

TEST(Reindexing, BadFilesAreSkippedWithReasonsAndTheRunCompletes) {
  TempDir dir;
  const fs::path archive = dir.path() / "archive";
  fs::create_directories(archive);
  std::ofstream(archive / "good.txt") << "Good headline\n\nBody.\n";
  std::ofstream(archive / "empty.txt") << "";
  std::ofstream(archive / "binary.txt", std::ios::binary) << std::string(
      "\x7f"
      "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
      16);
  std::ofstream(archive / "latin1.txt", std::ios::binary) << "Fee of \xA3"
                                                             "5m\n\nA \xA3"
                                                             "5m fee.\n";
  std::ofstream(archive / "big.txt") << "Big headline\n\n" << std::string(5000, 'x') << "\n";

  IndexOptions options;
  options.db_path = (dir.path() / "db").string();
  options.inputs = {archive.string(), (archive / "missing.txt").string()};
  options.load.max_file_bytes = 4096;
  const IndexSummary summary = run_index(options);
  EXPECT_EQ(summary.added, 2u);  // good.txt, latin1.txt
  EXPECT_EQ(summary.repaired, 1u);
  std::map<std::string, std::string> reasons;
  for (const auto& skipped : summary.skipped)
    reasons[fs::path(skipped.path).filename().string()] = skipped.reason;
  EXPECT_EQ(reasons["empty.txt"], "empty file");
  EXPECT_EQ(reasons["binary.txt"], "binary file");
  EXPECT_TRUE(reasons["big.txt"].starts_with("too large")) << reasons["big.txt"];
  EXPECT_EQ(reasons["missing.txt"], "No such file or directory");
  EXPECT_EQ(summary.skipped.size(), 4u);
  const std::string report = format_summary(summary);
  EXPECT_NE(report.find("skipped " + (archive / "empty.txt").string() + ": empty file"),
            std::string::npos)
      << report;

  SearchOptions search_options;
  search_options.db_path = options.db_path;
  search_options.query = "fee";
  const auto results = search(search_options);
  ASSERT_EQ(results.total, 1u);
  EXPECT_EQ(results.hits[0].record["title"],
            "Fee of \xC2\xA3"
            "5m");
}

TEST(Databases, MissingDatabaseIsADatabaseError) {
  TempDir dir;
  SearchOptions options;
  options.db_path = (dir.path() / "nothing-here").string();
  EXPECT_THROW(search(options), DatabaseError);
}

TEST(Databases, OtherSchemaVersionsAreRefused) {
  TempDir dir;
  const std::string path = (dir.path() / "db").string();
  {
    Xapian::WritableDatabase db(path, Xapian::DB_CREATE);
    db.set_metadata(std::string(kSchemaVersionKey), "0");
    db.commit();
  }
  EXPECT_THROW(open_for_write(path), SchemaVersionError);
  EXPECT_THROW(open_for_read(path), SchemaVersionError);
}

TEST(Databases, SecondWriterIsToldTheDatabaseIsLocked) {
  TempDir dir;
  const std::string path = (dir.path() / "db").string();
  Xapian::WritableDatabase first = open_for_write(path);
  // Xapian's lock is per process via a child; a second open from the same process is refused too.
  EXPECT_THROW(open_for_write(path), DatabaseLockedError);
}

TEST(Queries, SyntaxErrorsAreQueryErrors) {
  TempDir dir;
  IndexOptions index_options;
  index_options.db_path = (dir.path() / "db").string();
  index_options.inputs = {CORPUS_DIR};
  run_index(index_options);
  SearchOptions options;
  options.db_path = index_options.db_path;
  for (const char* query : {"storms AND", "date:2023-13", "date:2024..2023"}) {
    options.query = query;
    EXPECT_THROW(search(options), QueryError) << query;
  }
}

}  // namespace
}  // namespace news
