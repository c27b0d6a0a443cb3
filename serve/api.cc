#include "serve/api.h"

#include <algorithm>
#include <array>
#include <vector>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "common/error.h"
#include "query/cli.h"

namespace news::serve {

namespace {

// The parameters a route takes: news-query's long options, without their dashes.
constexpr std::array kValueOptions = {"limit",       "offset",    "sort",     "facet",
                                      "facet-limit", "since",     "until",    "now",
                                      "like",        "histogram", "attention"};
constexpr std::array kFlagOptions = {"recent", "collapse", "quotes",
                                     "count",  "explain",  "month-first"};

bool is_one_of(std::string_view name, const auto& names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// A flag parameter's value: set or not. Throws UsageError for anything else.
bool flag_value(const std::string& name, const std::string& value) {
  if (value.empty() || value == "1" || value == "true" || value == "on") return true;
  if (value == "0" || value == "false" || value == "off") return false;
  throw UsageError(
      fmt::format("parameter {}: a flag takes 1, true or on (or nothing), or 0, false or off; got "
                  "'{}'",
                  name, value));
}

// Runs news-query's option parser over `arguments` (in order), filling `command`.
void parse_options(std::vector<std::string> arguments, QueryCommand& command) {
  CLI::App app{"news-serve API", "news-serve"};
  add_query_options(app, command);
  std::reverse(arguments.begin(), arguments.end());  // CLI11 takes them last first
  try {
    app.parse(arguments);
  } catch (const CLI::ParseError& e) {
    // news-query's messages name the option ("--limit: must be ..."); here it is a parameter.
    std::string message = e.what();
    if (message.starts_with("--")) message = "parameter " + message.substr(2);
    throw UsageError(message);
  }
}

}  // namespace

QueryCommand api_command(ApiRoute route, const Params& params) {
  std::vector<std::string> arguments = {"--format", "json"};
  std::string query;
  bool histogram_given = false;
  for (const auto& [name, value] : params) {
    if (name == "q") {
      if (value.size() > kMaxQueryBytes)
        throw UsageError(fmt::format("parameter q: the query is {} bytes, more than the {} allowed",
                                     value.size(), kMaxQueryBytes));
      query = value;
    } else if (is_one_of(name, kFlagOptions)) {
      if (flag_value(name, value)) arguments.push_back("--" + name);
    } else if (route == ApiRoute::kHistogram && (name == "limit" || name == "offset")) {
      throw UsageError(fmt::format(
          "parameter {} does not go with /api/histogram, which gives no results (/api/search "
          "gives results and a histogram together)",
          name));
    } else if (is_one_of(name, kValueOptions)) {
      arguments.push_back("--" + name);
      arguments.push_back(value);
      histogram_given |= name == "histogram";
    } else {
      throw UsageError(fmt::format(
          "unknown parameter '{}' (the API takes q and news-query's options by their long names; "
          "docs/api.md)",
          name));
    }
  }
  if (route == ApiRoute::kPeople) arguments.push_back("--people");
  if (route == ApiRoute::kHistogram) {
    if (!histogram_given) {
      arguments.push_back("--histogram");
      arguments.push_back("month");
    }
    arguments.push_back("--limit");
    arguments.push_back("0");
  }
  arguments.push_back("--");
  arguments.push_back(query);
  QueryCommand command;
  parse_options(std::move(arguments), command);
  if (command.search.limit > kMaxApiLimit)
    throw UsageError(fmt::format("parameter limit: at most {} results a request (got {})",
                                 kMaxApiLimit, command.search.limit));
  if (route != ApiRoute::kPeople && command.attention)
    throw UsageError("parameter attention goes with /api/people");
  return command;
}

QueryCommand article_command(const std::string& id) {
  const bool id_like = id.size() == 16 && std::all_of(id.begin(), id.end(), [](char c) {
                         return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
                       });
  if (!id_like) throw UsageError("not an article id: 16 hexadecimal digits, as results give it");
  QueryCommand command;
  command.show = id;
  command.format = OutputFormat::kJson;
  return command;
}

}  // namespace news::serve
