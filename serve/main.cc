// news-serve: fills ServeOptions from the command line and serves (serve/server.h). Exit codes:
//   0  stopped by SIGTERM or SIGINT
//   2  usage error (a bad --listen, say)
//   3  the database is missing, unreadable or of another schema version
//   4  cannot listen (the port is in use, the address not this machine's)
#include <iostream>

#include <CLI/CLI.hpp>

#include "common/command_line.h"
#include "common/error.h"
#include "common/safe_output.h"
#include "serve/server.h"

int main(int argc, char** argv) {
  news::serve::ServeOptions options;
  CLI::App app{"Serve a news database built by news-index as a search page and a JSON API.",
               "news-serve"};
  try {
    news::set_up_command_line(app, "news-serve");
    app.footer(
        "Read-only: GET and HEAD only. Binds loopback unless --listen says otherwise; put it "
        "behind a reverse proxy for TLS and authentication (docs/serve.md).\n"
        "Exit codes: 0 stopped by SIGTERM or SIGINT; 2 usage error; 3 database missing or "
        "incompatible; 4 cannot listen.");
    app.add_option("--db", options.db_path, "Database to serve (default: $NEWS_DB)")
        ->option_text("PATH")
        ->envname("NEWS_DB")
        ->required();
    app.add_option("--listen", options.listen,
                   "HOST:PORT to listen on; port 0 takes a free one, named on stderr")
        ->capture_default_str()
        ->option_text("HOST:PORT");
    app.add_option("--threads", options.threads, "Worker threads, each with its own open database")
        ->capture_default_str()
        ->check(news::whole_number(1, 256));
    app.add_option("--timeout", options.timeout_seconds,
                   "Seconds to read a request or write an answer")
        ->capture_default_str()
        ->check(news::whole_number(1, 3600));
    app.add_option("--search-seconds", options.search_seconds,
                   "Seconds one search may match before it answers with what it found")
        ->capture_default_str()
        ->check(CLI::Range(0.01, 600.0));
    app.parse(argc, argv);
    news::serve::serve(options, std::cerr);
    return 0;
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  } catch (const news::UsageError& e) {
    std::cerr << "news-serve: " << news::escape_controls(e.what()) << "\n(see news-serve --help)\n";
    return 2;
  } catch (const news::DatabaseError& e) {
    std::cerr << "news-serve: " << news::escape_controls(e.what()) << '\n';
    return 3;
  } catch (const std::exception& e) {
    std::cerr << "news-serve: " << news::escape_controls(e.what()) << '\n';
    return 4;
  }
}
