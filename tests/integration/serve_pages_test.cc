// news-serve's pages rendered through the library, without a server or a browser:
//   - over a database indexed before the readers dropped control characters (docs/input-formats.md,
//     "Control characters"), whose stored bodies may hold \x01 and \x02, the very bytes the page
//     asks the search library to put around matched words (serve/html.h): such text must never
//     become a <mark>;
//   - over tests/data/hostile (markup and script in every field): no page holds a tag, an event
//     handler or a javascript:/data: link from an article, and every facet link finds the articles
//     its facet counted. tests/browser/browser_test.py proves the same in Chromium; this runs
//     where Chromium is not installed.
#include <fstream>
#include <regex>
#include <set>
#include <string>

#include <fmt/format.h>
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

// Its name, for gtest's listing (and ctest's test names) instead of the object's bytes.
void PrintTo(const StoredControls& c, std::ostream* out) {
  *out << c.name;
}

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

// `text` with its %XX escapes and '+' decoded (a URL's query component).
std::string url_decode(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size()) {
      out += static_cast<char>(std::stoi(std::string(text.substr(i + 1, 2)), nullptr, 16));
      i += 2;
    } else {
      out += text[i] == '+' ? ' ' : text[i];
    }
  }
  return out;
}

// The parameters of a link of the page ("/?q=a&amp;filter=b").
Params link_params(std::string href) {
  for (std::size_t at = href.find("&amp;"); at != std::string::npos; at = href.find("&amp;", at))
    href.replace(at, 5, "&");
  Params params;
  std::string_view rest = std::string_view(href).substr(href.find('?') + 1);
  while (!rest.empty()) {
    const std::string_view pair = rest.substr(0, rest.find('&'));
    rest.remove_prefix(std::min(rest.size(), pair.size() + 1));
    const std::size_t equals = pair.find('=');
    params.emplace_back(url_decode(pair.substr(0, equals)), url_decode(pair.substr(equals + 1)));
  }
  return params;
}

// Every match of group 1 of `pattern` in `text`.
std::vector<std::string> all_matches(const std::string& text, const std::regex& pattern) {
  std::vector<std::string> found;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), pattern);
       it != std::sregex_iterator(); ++it)
    found.push_back((*it)[1].str());
  return found;
}

// What in `html` could run or load: a tag of script, img, iframe, object, embed or style, an
// event-handler attribute, a javascript: or data: URL (but the page's own data:, favicon). The
// page escapes every '<' of a text, so each '<' here starts a tag the page wrote.
std::vector<std::string> runnable(const std::string& html) {
  static const std::regex kTag(R"((<[a-zA-Z][^>]*>))");
  static const std::regex kQuoted(R"("[^"]*")");
  static const std::regex kBadTag(R"(^<(script|img|iframe|object|embed|style)\b)",
                                  std::regex::icase);
  static const std::regex kHandler(R"(\son[a-z]+\s*=)", std::regex::icase);
  static const std::regex kBadUrl(R"(\b(href|src|action)="\s*(javascript|data):)",
                                  std::regex::icase);
  std::vector<std::string> found;
  for (const std::string& tag : all_matches(html, kTag)) {
    if (tag == R"(<link rel="icon" href="data:,">)") continue;
    const std::string names_only = std::regex_replace(tag, kQuoted, "\"\"");
    if (std::regex_search(tag, kBadTag) || std::regex_search(names_only, kHandler) ||
        std::regex_search(tag, kBadUrl))
      found.push_back(tag);
  }
  return found;
}

// tests/data/hostile indexed once, into a temporary directory removed at exit.
const PageDatabase& hostile_database() {
  static const TempDir dir;
  static const PageDatabase database = [] {
    IndexOptions options;
    options.db_path = (dir.path() / "db").string();
    options.inputs = {HOSTILE_DIR};
    run_index(options);
    return PageDatabase{options.db_path, Xapian::Database(options.db_path)};
  }();
  return database;
}

TEST(PagesOverHostileArticles, NothingFromAnArticleCanRun) {
  const std::string search = search_page({{"q", "zqxhostile"}}, hostile_database()).body;
  ASSERT_NE(search.find("<h1>6 articles</h1>"), std::string::npos) << search;
  std::vector<std::pair<std::string, std::string>> pages = {{"/?q=zqxhostile", search}};
  const std::set<std::string> ids = [&] {
    const auto found = all_matches(search, std::regex(R"re(href="/article/([0-9a-f]{16})")re"));
    return std::set<std::string>(found.begin(), found.end());
  }();
  EXPECT_EQ(ids.size(), 6u);
  std::set<std::string> persons;
  for (const std::string& id : ids) {
    const std::string article = article_page(id, hostile_database()).body;
    for (const std::string& person :
         all_matches(article, std::regex(R"re(href="/person/([a-z0-9-]+)")re")))
      persons.insert(person);
    pages.emplace_back("/article/" + id, article);
  }
  EXPECT_EQ(persons.size(), 3u);
  for (const std::string& person : persons)
    pages.emplace_back("/person/" + person, person_page(person, hostile_database()).body);
  for (const auto& [path, html] : pages) {
    EXPECT_EQ(runnable(html), std::vector<std::string>{}) << path;
    EXPECT_NE(html.find("window.__pwned"), std::string::npos) << path << ": no payload as text";
  }
}

TEST(PagesOverHostileArticles, EveryFacetLinkFindsWhatItsFacetCounted) {
  const std::string search = search_page({{"q", "zqxhostile"}}, hostile_database()).body;
  const std::string aside = search.substr(search.find("<aside"));
  const std::regex link(R"re(<a href="([^"]*)">[^<]*</a> <span class="count">(\d+)</span>)re");
  std::size_t links = 0;
  for (auto it = std::sregex_iterator(aside.begin(), aside.end(), link);
       it != std::sregex_iterator(); ++it, ++links) {
    const std::string href = (*it)[1].str();
    const std::size_t count = std::stoul((*it)[2].str());
    const std::string narrowed = search_page(link_params(href), hostile_database()).body;
    EXPECT_NE(narrowed.find(fmt::format("<h1>{} article{}</h1>", count, count == 1 ? "" : "s")),
              std::string::npos)
        << href << " should find " << count;
  }
  EXPECT_GE(links, 10u);  // people, authors with '<' and '"', sections, outlets, a year
}

}  // namespace
}  // namespace news::serve
