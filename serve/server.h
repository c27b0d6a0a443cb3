// news-serve's HTTP server: cpp-httplib (Debian's libcpp-httplib-dev), a thread pool of workers,
// each with its own database (serve/handler.h). docs/serve.md says why this library.
#pragma once

#include <iosfwd>
#include <string>

namespace news::serve {

struct ServeOptions {
  std::string db_path;
  // HOST:PORT to listen on ("127.0.0.1:8080", "[::1]:8080", "0.0.0.0:80"); port 0 takes a free
  // port, which the "listening on" line names. Loopback by default: opening it wider is a choice.
  std::string listen = "127.0.0.1:8080";
  unsigned threads = 8;           // worker threads, each with its own database
  unsigned timeout_seconds = 10;  // to read a request or write an answer
  double search_seconds = 2;      // one search's matching, then it answers with what it found
};

// HOST and PORT of a --listen value. Throws UsageError for one that is not HOST:PORT with a port
// from 0 to 65535.
struct ListenAddress {
  std::string host;
  int port = 0;
};
ListenAddress parse_listen(const std::string& listen);

// Serves until SIGTERM or SIGINT, which stop it cleanly (requests in progress are answered).
// Writes "news-serve: listening on http://HOST:PORT/ (database PATH)" to `log` once it listens,
// then one line per request: method, path, status, milliseconds. Answers GET and HEAD only
// (others: 405), URIs up to 8 KiB (longer: 414). Throws DatabaseError when the database cannot be
// opened at the start, Error when it cannot listen.
void serve(const ServeOptions& options, std::ostream& log);

}  // namespace news::serve
