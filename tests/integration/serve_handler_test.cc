// news-serve's routes over a real database, without a socket (serve/handler.h): what each route
// answers, and that a worker's database follows news-index's commits and a --compact without a
// restart (issue 18).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "indexer/indexer.h"
#include "serve/handler.h"
#include "tests/integration/test_support.h"

namespace news::serve {
namespace {

namespace fs = std::filesystem;
using testing_support::TempDir;

HttpRequest get(std::string path, Params params = {}) {
  return {"GET", std::move(path), std::move(params)};
}

// The total of /api/search for `q`.
std::size_t total(Handler& handler, const std::string& q) {
  const HttpResponse response = handler.handle(get("/api/search", {{"q", q}}));
  EXPECT_EQ(response.status, 200) << response.body;
  return nlohmann::json::parse(response.body).value("total", std::size_t{0});
}

void write_article(const fs::path& path, const std::string& title, const std::string& body) {
  std::ofstream out(path);
  out << title << "\n\nBy Test Writer\n\n" << body << "\n";
}

// An archive of one article (articles/a.txt under `dir`) indexed into dir/db: the options that
// index it again.
IndexOptions index_one_article(const TempDir& dir, const std::string& title,
                               const std::string& body) {
  const fs::path articles = dir.path() / "articles";
  fs::create_directories(articles);
  write_article(articles / "a.txt", title, body);
  IndexOptions options;
  options.db_path = (dir.path() / "db").string();
  options.inputs = {articles.string()};
  run_index(options);
  return options;
}

TEST(ServeHandler, FollowsCommitsAndCompaction) {
  TempDir dir;
  IndexOptions options = index_one_article(
      dir, "Harbour tram line opens", "The new harbour tram line opened on Monday with ten stops.");
  const fs::path articles = options.inputs.front();
  Handler handler(options.db_path, 2);
  EXPECT_EQ(total(handler, "tram"), 1u);
  // news-index commits while the worker has the database open: the next request sees it.
  write_article(articles / "b.txt", "Tram fares frozen", "Tram fares will stay frozen next year.");
  run_index(options);
  EXPECT_EQ(total(handler, "tram"), 2u);
  // --compact swaps new files in under the open database: still answered, by the new one.
  write_article(articles / "c.txt", "Tram depot extended", "The tram depot gets two more tracks.");
  options.compact = true;
  run_index(options);
  EXPECT_EQ(total(handler, "tram"), 3u);
}

struct RouteCase {
  std::string path;
  Params params;
  int status;
  std::string content_type;  // its start
};

TEST(ServeHandler, Routes) {
  TempDir dir;
  const IndexOptions options =
      index_one_article(dir, "Harbour tram line opens",
                        "\"We waited ten years for this,\" said Maren Holloway, the mayor.");
  Handler handler(options.db_path, 2);
  const std::string id =
      nlohmann::json::parse(handler.handle(get("/api/search", {{"q", "tram"}})).body)["results"][0]
          .value("id", "");
  ASSERT_EQ(id.size(), 16u);
  // The person's id as the people table keys it (common/name_key.h folds spellings).
  const nlohmann::json people =
      nlohmann::json::parse(handler.handle(get("/api/people", {{"q", "tram"}})).body)["people"];
  ASSERT_EQ(people.size(), 1u);
  const std::string person = people[0].value("id", "");
  const std::vector<RouteCase> cases = {
      {"/", {}, 200, "text/html"},
      {"/", {{"q", "tram"}, {"filter", "date:2023"}, {"sort", "newest"}}, 200, "text/html"},
      {"/", {{"q", "tram"}, {"explain", "1"}}, 200, "text/html"},
      {"/", {{"q", "tram AND"}}, 400, "text/html"},
      {"/", {{"colour", "red"}}, 400, "text/html"},
      {"/help", {}, 200, "text/html"},
      {"/assets/style.css", {}, 200, "text/css"},
      {"/assets/app.js", {}, 404, "text/html"},
      {"/article/" + id, {}, 200, "text/html"},
      {"/article/0000000000000000", {}, 404, "text/html"},
      {"/article/..", {}, 404, "text/html"},
      {"/person/" + person, {}, 200, "text/html"},
      {"/person/nobody-at-all", {}, 404, "text/html"},
      {"/api/search", {{"q", "tram"}}, 200, "application/json"},
      {"/api/search", {{"q", "tram"}, {"explain", ""}}, 200, "text/plain"},
      {"/api/search", {{"q", "tram"}, {"count", ""}}, 200, "text/plain"},
      {"/api/search", {{"q", "nothingmatchesthis"}}, 200, "application/json"},
      {"/api/search", {{"q", "tram AND"}}, 400, "application/json"},
      {"/api/people", {{"q", "tram"}}, 200, "application/json"},
      {"/api/histogram", {{"q", "tram"}}, 200, "application/json"},
      {"/api/article/" + id, {}, 200, "application/json"},
      {"/api/article/0000000000000000", {}, 404, "application/json"},
      {"/api/article/etc", {}, 400, "application/json"},
      {"/api/nothing", {}, 404, "application/json"},
      {"/nothing", {}, 404, "text/html"},
  };
  for (const RouteCase& c : cases) {
    const HttpResponse response = handler.handle(get(c.path, c.params));
    EXPECT_EQ(response.status, c.status) << c.path << ": " << response.body.substr(0, 300);
    EXPECT_TRUE(response.content_type.starts_with(c.content_type))
        << c.path << ": " << response.content_type;
  }
}

TEST(ServeHandler, AMissingDatabaseIsA503) {
  TempDir dir;
  Handler handler((dir.path() / "none").string(), 2);
  EXPECT_EQ(handler.handle(get("/api/search", {{"q", "tram"}})).status, 503);
  EXPECT_EQ(handler.handle(get("/", {{"q", "tram"}})).status, 503);
}

}  // namespace
}  // namespace news::serve
