// What the two tools' mains share of CLI11 (header only: only the mains link CLI11): checks of
// numeric options in our own words (common/numbers.h), and error messages that name the tool.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

#include "common/numbers.h"

namespace news {

// Checks an option's value as a whole number in `range` before CLI11 converts it; CLI11 then
// prints "--limit: must be a whole number from 0 to 1000000; got '-1'".
inline CLI::Validator whole_number(WholeNumberRange range) {
  return CLI::Validator([range](std::string& text) { return whole_number_problem(text, range); },
                        "");
}

// Checks an option's value as a number of seconds from 0 to `max_seconds` (seconds_problem).
inline CLI::Validator seconds(std::uint64_t max_seconds) {
  return CLI::Validator(
      [max_seconds](std::string& text) { return seconds_problem(text, max_seconds); }, "");
}

// Makes CLI11's errors read as the tool's own: "news-query: --limit: must be ...", then where to
// look, as the tools print their own usage errors. `hint` may add a line for an error (or return
// "").
inline void name_errors_after(
    CLI::App& app, std::string tool,
    std::function<std::string(const CLI::App&, const CLI::Error&)> hint = {}) {
  app.failure_message([tool, hint](const CLI::App* failed, const CLI::Error& error) {
    std::string message = tool + ": " + error.what() + "\n";
    if (hint) message += hint(*failed, error);
    return message + "(see " + tool + " --help)\n";
  });
}

}  // namespace news
