#include "serve/handler.h"

#include <sys/stat.h>

#include <chrono>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "common/database.h"
#include "common/error.h"
#include "query/cli.h"
#include "query/command.h"
#include "serve/api.h"
#include "serve/assets.h"
#include "serve/html.h"

namespace news::serve {

namespace {

HttpResponse json_error(int status, const std::string& message) {
  HttpResponse response;
  response.status = status;
  response.content_type = "application/json";
  response.body = nlohmann::json{{"error", message}}.dump(
                      -1, ' ', false, nlohmann::json::error_handler_t::replace) +
                  "\n";
  return response;
}

// How often a command that failed fast on a database error runs again (see run_command), and
// what counts as fast: the search library's own retries, when the indexer keeps committing, take
// up to 30 s, and those are not repeated.
constexpr int kCommandAttempts = 3;
constexpr std::chrono::seconds kFastFailure{2};

// Runs a news-query command on the thread's database and answers with its output; with
// `not_found_status`, that status when news-query finds nothing (its exit code 1). news-query's
// JSON prints each hit as it is found, so when news-index commits after the first one the search
// library cannot start again and throws DatabaseError ("changed under the search after results
// were printed"). Here the output is only a buffer: the command runs again, on the new commit.
HttpResponse run_command(QueryCommand command, const PageDatabase& database,
                         int not_found_status = 200) {
  command.search.db_path = database.path;
  command.search.database = database.db;
  command.search.time_limit_seconds = database.search_seconds;
  std::ostringstream out;
  int exit_code = 0;
  for (int attempt = 1;; ++attempt) {
    const auto began = std::chrono::steady_clock::now();
    out.str("");
    std::ostringstream err;
    try {
      exit_code = run_query_command(command, out, err);
      break;
    } catch (const DatabaseError&) {
      if (attempt == kCommandAttempts || std::chrono::steady_clock::now() - began > kFastFailure)
        throw;
      Xapian::Database(database.db).reopen();  // a copy shares the handle: moves it on too
    }
  }
  HttpResponse response;
  if (exit_code == kExitNoMatch) response.status = not_found_status;
  // --count prints a number and --explain a reading, as text; but --people --explain prints the
  // people listing as JSON, with why each person was put together.
  const bool text = command.count || (command.explain && !command.people);
  response.content_type = text ? "text/plain; charset=utf-8" : "application/json";
  response.body = out.str();
  return response;
}

// The query language in brief, as news-query --help ends.
HttpResponse help_page() {
  HttpResponse response;
  response.body = fmt::format(
      "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>Query language - News archive</title>\n"
      "<link rel=\"stylesheet\" href=\"/assets/style.css\">\n</head>\n<body>\n"
      "<header><p class=\"home\"><a href=\"/\">News archive</a></p></header>\n"
      "<main id=\"results\">\n<h1>The query language</h1>\n<pre class=\"explain\">{}</pre>\n"
      "</main>\n</body>\n</html>\n",
      escape_html(kQueryHelpFooter));
  return response;
}

// The device and inode `path` names now, or none when it cannot be read.
std::optional<std::pair<unsigned long, unsigned long>> identity_of(const std::string& path) {
  struct stat status {};
  if (::stat(path.c_str(), &status) != 0) return std::nullopt;
  return std::pair<unsigned long, unsigned long>(status.st_dev, status.st_ino);
}

bool is_api(const std::string& path) {
  return path == "/api" || path.starts_with("/api/");
}

}  // namespace

const std::vector<std::pair<std::string, std::string>>& security_headers() {
  static const std::vector<std::pair<std::string, std::string>> kHeaders = {
      {"Content-Security-Policy",
       "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
       "base-uri 'none'; frame-ancestors 'none'"},
      {"X-Content-Type-Options", "nosniff"},
      {"Referrer-Policy", "no-referrer"},
      {"X-Frame-Options", "DENY"},
  };
  return kHeaders;
}

Handler::Handler(std::string db_path, double search_seconds)
    : db_path_(std::move(db_path)), search_seconds_(search_seconds) {}

const Xapian::Database& Handler::database() {
  // Taken before opening: a swap between the two makes the next request open afresh once more.
  const auto identity = identity_of(db_path_);
  if (db_ && identity == db_identity_) {
    try {
      db_->reopen();
      return *db_;
    } catch (const Xapian::Error&) {
      db_.reset();  // the files were replaced under the handle: open afresh
    }
  }
  db_.reset();  // let go of the old files before opening the new ones
  db_ = open_for_read(db_path_);
  db_identity_ = identity;
  return *db_;
}

PageDatabase Handler::current() {
  return {db_path_, database(), search_seconds_};
}

HttpResponse Handler::handle(const HttpRequest& request) {
  const bool api = is_api(request.path);
  try {
    return route(request);
  } catch (const UsageError& e) {
    return api ? json_error(400, e.what()) : error_page(400, e.what(), request.params);
  } catch (const DatabaseError& e) {
    db_.reset();  // whatever went wrong, the next request starts from a fresh handle
    return api ? json_error(503, e.what()) : error_page(503, e.what(), request.params);
  } catch (const Xapian::Error& e) {
    db_.reset();
    const std::string message = "database error: " + e.get_description();
    return api ? json_error(503, message) : error_page(503, message, request.params);
  } catch (const std::exception& e) {
    const std::string message = std::string("internal error: ") + e.what();
    return api ? json_error(500, message) : error_page(500, message, request.params);
  }
}

HttpResponse Handler::route(const HttpRequest& request) {
  const std::string& path = request.path;
  if (const auto asset = find_asset(path)) {
    HttpResponse response;
    response.content_type = asset->content_type;
    response.body = asset->body;
    response.headers.emplace_back("Cache-Control", "max-age=3600");
    return response;
  }
  if (path == "/help") return help_page();
  if (path == "/" || path == "/search") return search_page(request.params, current());
  if (path == "/api/search")
    return run_command(api_command(ApiRoute::kSearch, request.params), current());
  if (path == "/api/people")
    return run_command(api_command(ApiRoute::kPeople, request.params), current());
  if (path == "/api/histogram")
    return run_command(api_command(ApiRoute::kHistogram, request.params), current());
  if (path.starts_with("/article/")) return article_page(path.substr(9), current());
  if (path.starts_with("/person/")) return person_page(path.substr(8), current());
  if (path.starts_with("/api/article/")) {
    if (!request.params.empty()) throw UsageError("/api/article/ID takes no parameters");
    return run_command(article_command(path.substr(13)), current(), 404);
  }
  if (is_api(path))
    return json_error(404, fmt::format("no such route: {} (docs/api.md lists them)", path));
  return error_page(404, "There is no page at this address.", {});
}

}  // namespace news::serve
