// news-serve's search page over a database indexed before the readers dropped control characters
// (docs/input-formats.md, "Control characters"): its stored bodies may hold \x01 and \x02, the
// very bytes the page asks the search library to put around matched words (serve/html.h). Such
// text must never become a <mark>: only the query's words are marked.
#include <fstream>
#include <string>

#include <gtest/gtest.h>
#include <xapian.h>

#include "indexer/indexer.h"
#include "serve/html.h"
#include "serve/pages.h"
#include "tests/integration/test_support.h"

namespace news::serve {
namespace {

using testing_support::TempDir;

// The text stored after the query word, as an old database may hold it, and what must not be
// marked.
struct StoredControls {
  std::string name;
  std::string stored;  // inserted after "zqxmarks " in the stored body
  std::string never_marked;
};

class SearchPageOverOldDatabase : public testing::TestWithParam<StoredControls> {};

// Counts the non-overlapping occurrences of `needle` in `text`.
std::size_t occurrences(const std::string& text, const std::string& needle) {
  std::size_t count = 0;
  for (std::size_t at = text.find(needle); at != std::string::npos;
       at = text.find(needle, at + needle.size()))
    ++count;
  return count;
}

TEST_P(SearchPageOverOldDatabase, StoredControlCharactersMakeNoMarks) {
  const StoredControls& c = GetParam();
  const TempDir dir;
  {
    std::ofstream article(dir.path() / "article.txt");
    article << "Harbour tolls begin\n\nPublished: 2024-04-16\n\n"
               "Drivers paid the zqxmarks tolls for the first time on Monday.\n";
  }
  IndexOptions options;
  options.db_path = (dir.path() / "db").string();
  options.inputs = {(dir.path() / "article.txt").string()};
  run_index(options);
  {
    // What an old indexer stored: the body (after the record's second line) with the controls.
    Xapian::WritableDatabase db(options.db_path);
    const Xapian::docid id = *db.postlist_begin("");
    Xapian::Document document = db.get_document(id);
    std::string data = document.get_data();
    const std::size_t body = data.find('\n', data.find('\n') + 1);
    const std::size_t word = data.find("zqxmarks ", body);
    ASSERT_NE(word, std::string::npos);
    data.insert(word + 9, c.stored);
    document.set_data(data);
    db.replace_document(id, document);
    db.commit();
  }
  const HttpResponse page =
      search_page({{"q", "zqxmarks"}}, {options.db_path, Xapian::Database(options.db_path)});
  EXPECT_EQ(page.status, 200);
  EXPECT_EQ(occurrences(page.body, "<mark>"), 1u) << page.body;
  EXPECT_NE(page.body.find("<mark>zqxmarks</mark>"), std::string::npos) << page.body;
  EXPECT_EQ(page.body.find("<mark>" + c.never_marked), std::string::npos) << page.body;
  EXPECT_NE(page.body.find(c.never_marked), std::string::npos) << "the text is still shown";
  EXPECT_EQ(page.body.find('\x01'), std::string::npos);
  EXPECT_EQ(page.body.find('\x02'), std::string::npos);
}

// The page's own markers (serve/html.h), as an old database's text may hold them.
const std::string kStart(kHighlightStart);
const std::string kEnd(kHighlightEnd);
const StoredControls kCases[] = {
    {"StartAndEnd", kStart + "forged" + kEnd + " ", "forged"},
    {"Reversed", kEnd + kStart + "reversed" + kStart + " ", "reversed"},
    {"StartOnly", kStart + "unclosed words ", "unclosed"},
};

INSTANTIATE_TEST_SUITE_P(Cases, SearchPageOverOldDatabase, testing::ValuesIn(kCases),
                         [](const testing::TestParamInfo<StoredControls>& param_info) {
                           return param_info.param.name;
                         });

}  // namespace
}  // namespace news::serve
