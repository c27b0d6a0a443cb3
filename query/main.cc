// news-query: fills a QueryCommand from the command line and runs it (query/command.h). Exit codes,
// as grep:
//   0  at least one article matched
//   1  no article matched
//   2  usage or query syntax error (with --batch: some line failed; the others still ran)
//   3  database missing, unreadable or of another schema version
//  74  the output could not be written (EX_IOERR)
#include <iostream>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "common/command_line.h"
#include "common/error.h"
#include "common/safe_output.h"
#include "query/cli.h"
#include "query/command.h"

namespace {

// An error message as printed: it may quote a query or a --batch line, whose control characters
// must not reach the terminal.
std::string message(std::string_view what) {
  return news::escape_controls(what, news::LineFeeds::kKeep);
}

}  // namespace

int main(int argc, char** argv) {
  news::QueryCommand command;
  CLI::App app{"Search a news database built by news-index.", "news-query"};
  try {
    news::set_up_command_line(
        app, "news-query", "quote a query of several words",
        "a query starting with - goes after --, as in news-query --db PATH --");
    app.footer(news::kQueryHelpFooter);
    news::add_query_options(app, command);
    app.parse(argc, argv);
    return news::run_query_command(command, std::cout, std::cerr);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? news::kExitMatch : news::kExitUsage;
  } catch (const news::UsageError& e) {
    std::cerr << "news-query: " << message(e.what()) << "\n(see news-query --help)\n";
    return news::kExitUsage;
  } catch (const news::OutputError& e) {
    std::cerr << "news-query: " << message(e.what()) << '\n';
    return news::kExitOutput;
  } catch (const news::Error& e) {
    std::cerr << "news-query: " << message(e.what()) << '\n';
    return news::kExitDatabase;
  } catch (const Xapian::Error& e) {
    std::cerr << "news-query: database error: " << message(e.get_description()) << '\n';
    return news::kExitDatabase;
  } catch (const std::exception& e) {
    std::cerr << "news-query: " << message(e.what()) << '\n';
    return news::kExitDatabase;
  }
}
