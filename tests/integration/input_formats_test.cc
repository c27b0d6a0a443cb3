// news-index over the input formats: HTML pages and JSON / JSON Lines record files, next to plain
// text. Format detection by content, one article per record with its own id, broken records and
// lines skipped with the rest indexed, re-runs that change nothing, edits, and dates that keep the
// offset the source gives. The corpora under ../shared are indexed whole where present.
#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include <gtest/gtest.h>
#include <xapian.h>

#include "common/database.h"
#include "common/document.h"
#include "common/schema.h"
#include "indexer/indexer.h"
#include "query/search.h"
#include "tests/integration/test_support.h"

namespace news {
namespace {

namespace fs = std::filesystem;
using testing_support::shared_dir;
using testing_support::TempDir;

void write_file(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out << text;
}

void append_file(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::app);
  out << text;
}

std::string record_line(const std::string& title, const std::string& text,
                        const std::string& url = "") {
  nlohmann::json record = {{"title", title}, {"text", text}};
  if (!url.empty()) record["url"] = url;
  return record.dump() + "\n";
}

// The stored records of every article, by title.
std::map<std::string, nlohmann::json> records_by_title(const std::string& db_path) {
  std::map<std::string, nlohmann::json> out;
  const Xapian::Database db = open_for_read(db_path);
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    nlohmann::json record = read_record(db.get_document(*it));
    const std::string title = record["title"].get<std::string>();
    out[title] = std::move(record);
  }
  return out;
}

class InputFormats : public testing::Test {
 protected:
  IndexSummary index(DeleteLimit max_delete = {}) {
    IndexOptions options;
    options.db_path = (dir_.path() / "db").string();
    options.inputs = {(dir_.path() / "archive").string()};
    options.jobs = 2;
    options.max_delete = max_delete;
    return run_index(options);
  }
  fs::path archive(const std::string& name) const { return dir_.path() / "archive" / name; }

  TempDir dir_;
};

TEST_F(InputFormats, JsonLinesIndexOneArticlePerRecordAndSkipABrokenLine) {
  write_file(archive("feed.jsonl"),
             record_line("Tram line opens", "The new tram line opened on Monday.",
                         "https://news.example/tram") +
                 "{\"title\": \"Broken record\", \n" +
                 record_line("Bridge repairs", "Repairs to the bridge start in May."));
  IndexSummary first = index();
  EXPECT_EQ(first.added, 2u);
  ASSERT_EQ(first.skipped.size(), 1u);
  EXPECT_EQ(first.skipped[0].path, archive("feed.jsonl").string() + ":2");
  auto records = records_by_title((dir_.path() / "db").string());
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records["Tram line opens"]["url"], "https://news.example/tram");
  EXPECT_EQ(records["Tram line opens"]["format"], "json");
  EXPECT_NE(records["Tram line opens"]["id"], records["Bridge repairs"]["id"]);

  // Unchanged: nothing is read again.
  IndexSummary second = index();
  EXPECT_FALSE(second.changed());
  EXPECT_EQ(second.unchanged, 2u);

  // A line appended: one article added, the others unchanged.
  append_file(archive("feed.jsonl"), record_line("Library hours", "The library opens late."));
  IndexSummary third = index();
  EXPECT_EQ(third.added, 1u);
  EXPECT_EQ(third.updated, 0u);
  EXPECT_EQ(third.unchanged, 2u);

  // The record with a url edited and moved to another line: updated, under the same id.
  const std::string id = records_by_title((dir_.path() / "db").string())["Tram line opens"]["id"];
  write_file(archive("feed.jsonl"),
             record_line("Bridge repairs", "Repairs to the bridge start in May.") +
                 record_line("Tram line opens", "The new tram line opened on Tuesday instead.",
                             "https://news.example/tram"));
  // A record without a url is known by its line: "Bridge repairs", now on line 1, is a new
  // article, and what lines 3 and 4 held ("Bridge repairs" before, "Library hours") is deleted.
  IndexSummary fourth = index();
  EXPECT_EQ(fourth.updated, 1u);
  EXPECT_EQ(fourth.added, 1u);
  EXPECT_EQ(fourth.deleted, 2u);
  records = records_by_title((dir_.path() / "db").string());
  EXPECT_EQ(records["Tram line opens"]["id"], id);
  EXPECT_EQ(records.count("Library hours"), 0u);

  // The file deleted: its articles go, and so does its stamp. They are every article under the
  // archive, which the delete guard holds back unless told otherwise (--max-delete all).
  fs::remove(archive("feed.jsonl"));
  const IndexSummary held = index();
  EXPECT_EQ(held.deleted, 0u);
  EXPECT_EQ(held.held_back, 2u);
  IndexSummary fifth = index(DeleteLimit{DeleteLimit::Kind::kUnlimited, 0});
  EXPECT_EQ(fifth.deleted, 2u);
  EXPECT_EQ(open_for_read((dir_.path() / "db").string()).get_doccount(), 0u);
  EXPECT_TRUE(open_for_read((dir_.path() / "db").string())
                  .get_metadata(record_source_key(archive("feed.jsonl").string()))
                  .empty());
}

TEST_F(InputFormats, ARepeatedUrlIsKeyedByItsLine) {
  write_file(archive("feed.jsonl"),
             record_line("First", "First text.", "https://x.example/same") +
                 record_line("Second", "Second text.", "https://x.example/same"));
  const IndexSummary summary = index();
  EXPECT_EQ(summary.added, 2u);
  EXPECT_TRUE(summary.skipped.empty());
  const auto records = records_by_title((dir_.path() / "db").string());
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records.at("Second").at("id"), article_id(archive("feed.jsonl").string() + "#line:2"));
  EXPECT_FALSE(index().changed());
}

TEST_F(InputFormats, ALineLongerThanTheLimitIsSkippedAndTheRestIndexed) {
  write_file(archive("feed.jsonl"), record_line("Short one", "Short text.") +
                                        record_line("Long one", std::string(5000, 'x')) +
                                        record_line("Short two", "More short text."));
  IndexOptions options;
  options.db_path = (dir_.path() / "db").string();
  options.inputs = {(dir_.path() / "archive").string()};
  options.load.max_file_bytes = 1000;
  const IndexSummary summary = run_index(options);
  EXPECT_EQ(summary.added, 2u);
  ASSERT_EQ(summary.skipped.size(), 1u);
  EXPECT_EQ(summary.skipped[0].path, archive("feed.jsonl").string() + ":2");
  EXPECT_NE(summary.skipped[0].reason.find("longer than the limit"), std::string::npos);
  const auto records = records_by_title(options.db_path);
  EXPECT_EQ(records.count("Short two"), 1u) << "line numbers after the long line stay right";
}

TEST_F(InputFormats, FormatIsDecidedByContent) {
  const std::string page =
      "<!DOCTYPE html><html lang=\"en\"><head><title>Harbour plan | Example News</title>"
      "<meta property=\"article:published_time\" content=\"2023-11-27T14:50:00+01:00\">"
      "<meta name=\"author\" content=\"Jane Doe\"></head><body><article><h1>Harbour plan</h1>"
      "<p>The harbour plan was approved on Monday after a long debate in the council "
      "chamber.</p><p>Work starts next spring, the council said.</p></article></body></html>";
  write_file(archive("saved-page.txt"), page);  // a page saved with the wrong extension
  write_file(archive("plain.html"), "Headline in plain text\n\nA body paragraph of plain text.\n");
  IndexOptions options;
  options.db_path = (dir_.path() / "db").string();
  options.inputs = {(dir_.path() / "archive").string(),
                    (dir_.path() / "feed-without-extension").string()};
  write_file(dir_.path() / "feed-without-extension",
             record_line("Named on the command line", "JSON Lines in a file without extension."));
  const IndexSummary summary = run_index(options);
  EXPECT_EQ(summary.added, 3u);
  EXPECT_TRUE(summary.skipped.empty());
  auto records = records_by_title(options.db_path);
  ASSERT_EQ(records.count("Harbour plan"), 1u);
  EXPECT_EQ(records["Harbour plan"]["format"], "html");
  EXPECT_EQ(records["Harbour plan"]["authors"], nlohmann::json::array({"Jane Doe"}));
  // The offset is kept as the page gives it; the index sorts and filters in UTC.
  EXPECT_EQ(records["Harbour plan"]["published"], "2023-11-27T14:50+01:00");
  EXPECT_EQ(records["Headline in plain text"]["format"], "text");
  EXPECT_EQ(records["Named on the command line"]["format"], "json");
  SearchOptions search_options;
  search_options.db_path = options.db_path;
  search_options.query = "date:2023-11-27";
  EXPECT_EQ(search(search_options).hits.size(), 1u);
  search_options.query = "language:EN";  // from <html lang="en">
  ASSERT_EQ(search(search_options).hits.size(), 1u);
  EXPECT_EQ(search(search_options).hits[0].record["title"], "Harbour plan");
  const Xapian::Database db = open_for_read(options.db_path);
  std::set<std::string> published;
  for (auto it = db.valuestream_begin(slot_number(Slot::kPublished));
       it != db.valuestream_end(slot_number(Slot::kPublished)); ++it)
    published.insert(*it);
  EXPECT_EQ(published, std::set<std::string>{"202311271350"});

  // Forced: the same page read as text keeps its markup out of nothing but the reader's hands.
  TempDir other;
  options.db_path = (other.path() / "db").string();
  options.inputs = {archive("saved-page.txt").string()};
  options.load.format = InputFormat::kText;
  run_index(options);
  records = records_by_title(options.db_path);
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records.begin()->second["format"], "text");
}

// `news-index --explain FILE` reads a file as a run reads it: the same reader, chosen in one place
// (choose_reader), so that what it shows is what gets indexed.
TEST_F(InputFormats, ExplainChoosesTheReaderARunChooses) {
  const std::string page =
      "<!DOCTYPE html><html><head><title>Ferry timetable</title></head><body><article>"
      "<h1>Ferry timetable</h1><p>The winter ferry timetable starts on Monday, the operator "
      "said.</p></article></body></html>";
  struct Case {
    const char* name;
    const char* file;
    std::string bytes;
    std::vector<std::string> titles;  // as explain shows them, in order
    const char* format;
  };
  const Case cases[] = {
      {"a page saved as .txt is a page", "saved-page.txt", page, {"Ferry timetable"}, "html"},
      {"JSON Lines without an extension are records",
       "feed-without-extension",
       record_line("First record", "The first record's text.") +
           record_line("Second record", "The second record's text."),
       {"First record", "Second record"},
       "json"},
      {"plain text named .html is text",
       "plain.html",
       "Headline in plain text\n\nA body paragraph of plain text.\n",
       {"Headline in plain text"},
       "text"},
  };
  for (const Case& c : cases) {
    const fs::path file = archive(c.file);
    write_file(file, c.bytes);
    const nlohmann::ordered_json explained = explain_file(file.string(), LoadOptions{});
    // One article is an object; a record file, an array of them.
    const std::vector<nlohmann::ordered_json> articles =
        explained.is_array()
            ? std::vector<nlohmann::ordered_json>(explained.begin(), explained.end())
            : std::vector<nlohmann::ordered_json>{explained};
    std::vector<std::string> titles;
    for (const auto& article : articles) {
      titles.push_back(article["title"].get<std::string>());
      EXPECT_EQ(article["format"], c.format) << c.name;
    }
    EXPECT_EQ(titles, c.titles) << c.name;
    EXPECT_EQ(explained.is_array(), std::string(c.format) == "json") << c.name;

    // A run over the file alone indexes what explain showed.
    TempDir run_dir;
    IndexOptions options;
    options.db_path = (run_dir.path() / "db").string();
    options.inputs = {file.string()};
    EXPECT_EQ(run_index(options).added, c.titles.size()) << c.name;
    const auto records = records_by_title(options.db_path);
    for (const auto& title : c.titles) {
      ASSERT_EQ(records.count(title), 1u) << c.name << ": " << title;
      EXPECT_EQ(records.at(title)["format"], c.format) << c.name << ": " << title;
    }
  }
}

TEST_F(InputFormats, APageWithoutABodyIsIndexedByItsMetadataAndReported) {
  write_file(archive("empty-page.html"),
             "<html><head><title>Council vote delayed</title>"
             "<meta property=\"og:title\" content=\"Council vote delayed\"></head>"
             "<body><nav><a href=\"/\">Home</a></nav></body></html>");
  const IndexSummary summary = index();
  EXPECT_EQ(summary.added, 1u);
  ASSERT_EQ(summary.without_body.size(), 1u);
  EXPECT_EQ(summary.without_body[0], archive("empty-page.html").string());
  EXPECT_NE(format_summary(summary).find("no article body found"), std::string::npos);
  SearchOptions options;
  options.db_path = (dir_.path() / "db").string();
  options.query = "title:council";
  EXPECT_EQ(search(options).hits.size(), 1u);
}

// A byte that is not UTF-8 is repaired, and counted, whichever reader met it.
TEST_F(InputFormats, RepairedBytesAreCountedInEveryFormat) {
  write_file(archive("page.html"),
             "<html><head><title>Price rise</title></head><body><article><p>Tickets now cost "
             "\xA3"
             "5 after the council vote on Monday, officials said.</p></article></body></html>");
  write_file(archive("plain.txt"),
             "Price rise\n\nTickets now cost \xA3"
             "5 from Monday.\n");
  write_file(archive("feed.jsonl"),
             "{\"title\": \"Price rise\", \"text\": \"Costs \xA3"
             "5.\"}\n");
  const IndexSummary summary = index();
  EXPECT_EQ(summary.added, 3u);
  EXPECT_EQ(summary.repaired, 3u);
}

TEST_F(InputFormats, ADryRunReportsRecordsWithoutWriting) {
  write_file(archive("feed.jsonl"), record_line("One", "First.") + record_line("Two", "Second."));
  IndexOptions options;
  options.db_path = (dir_.path() / "db").string();
  options.inputs = {(dir_.path() / "archive").string()};
  options.dry_run = true;
  const IndexSummary summary = run_index(options);
  EXPECT_EQ(summary.added, 2u);
  EXPECT_EQ(summary.changes.size(), 2u);
  EXPECT_FALSE(fs::exists(options.db_path));
}

// Every page of the three HTML sets and every JSON record of the JSON sets indexes; pages whose
// body cannot be found are indexed by title and metadata and listed.
TEST(SharedInputCorpora, EveryPageAndRecordIndexes) {
  if (!shared_dir())
    GTEST_SKIP() << "../shared is absent beside the project (a fresh clone?); this test needs its "
                    "HTML and JSON corpora";
  TempDir dir;
  IndexOptions options;
  options.db_path = (dir.path() / "db").string();
  std::size_t pages = 0;
  for (const char* set : {"html-trafilatura", "html-fundus", "html-postlight"}) {
    const fs::path pages_dir = *shared_dir() / "corpora" / set / "pages";
    options.inputs.push_back(pages_dir.string());
    for (const auto& entry : fs::recursive_directory_iterator(pages_dir))
      pages += entry.is_regular_file() ? 1 : 0;
  }
  for (const char* set : {"json-newspaper4k", "json-newsplease"})
    options.inputs.push_back((*shared_dir() / "corpora" / set).string());
  const IndexSummary summary = run_index(options);
  // 20 records in articles.jsonl, the same 20 as metadata/*.json, and news-please's sample.
  EXPECT_EQ(summary.added, pages + 41);
  for (const auto& skipped : summary.skipped)
    ADD_FAILURE() << skipped.path << ": " << skipped.reason;
  std::printf("%zu pages and 41 records indexed; %zu pages without a body found\n", pages,
              summary.without_body.size());
  // Listing and index pages among them have no article body; most pages do.
  EXPECT_LT(summary.without_body.size(), pages / 5);
}

}  // namespace
}  // namespace news
