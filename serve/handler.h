// news-serve's routes: which page or API answer a request gets (docs/api.md, docs/serve.md).
// One Handler per worker thread: it holds that thread's database, opened on first use and
// reopened before each request, so that answers follow news-index's commits, and opened afresh
// when a --compact has swapped in another directory, without a restart.
#pragma once

#include <optional>
#include <string>
#include <utility>

#include <xapian.h>

#include "serve/http.h"
#include "serve/pages.h"

namespace news::serve {

class Handler {
 public:
  // `search_seconds`: how long one search may match before it answers with what it found
  // (SearchOptions::time_limit_seconds); 0 for no limit.
  Handler(std::string db_path, double search_seconds);

  // The answer to `request` (method GET or HEAD; the server refuses others): the search page
  // (/), the query language's summary (/help), the built-in assets (/assets/...), the JSON API
  // (/api/search, /api/people, /api/histogram, /api/article/ID), or 404. A bad parameter or query
  // is a 400 saying what is wrong; a database that cannot be opened a 503. Never throws.
  HttpResponse handle(const HttpRequest& request);

 private:
  // The database, opened or brought to news-index's latest commit. Opened afresh when the path
  // names another directory than the one opened: news-index --compact swaps the compacted copy
  // in with one rename, and Xapian's reopen() on the old handle does not follow it (every search
  // on it fails with DatabaseModifiedError until the retries give up). Throws DatabaseError.
  const Xapian::Database& database();

  // The database as the pages and commands read it, with the search time limit.
  PageDatabase current();

  HttpResponse route(const HttpRequest& request);

  std::string db_path_;
  double search_seconds_;
  std::optional<Xapian::Database> db_;
  // The device and inode db_path_ named when db_ was opened (none when it could not be read).
  std::optional<std::pair<unsigned long, unsigned long>> db_identity_;
};

// The headers every answer carries: a Content-Security-Policy allowing only the server's own
// style sheet (no script, no frame, no form posting elsewhere), nosniff, no referrer.
const std::vector<std::pair<std::string, std::string>>& security_headers();

}  // namespace news::serve
