#include "common/command_line.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdlib>

#include <fmt/format.h>
#include <xapian.h>

#include "common/numbers.h"
#include "common/version.h"

namespace news {

namespace {

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// WHAT of "TOOL: WHAT": CLI11's message, except for arguments it did not expect, which its message
// does not tell apart ("The following argument was not expected: ...").
std::string describe(const CLI::App& app, const CLI::Error& error, const std::string& hint,
                     const std::string& dash_hint) {
  if (dynamic_cast<const CLI::ExtrasError*>(&error) == nullptr) return error.what();
  const std::vector<std::string> extras = app.remaining();
  if (extras.empty()) return error.what();
  std::string what;
  bool positional = false;
  for (const std::string& argument : extras) {
    if (!what.empty()) what += "; ";
    const bool option = argument.size() > 1 && argument[0] == '-';
    what += fmt::format("{} '{}'", option ? "unknown option" : "unexpected argument", argument);
    if (option && argument[1] != '-' && !dash_hint.empty())
      what += fmt::format(" ({} '{}')", dash_hint, argument);
    positional |= !option;
  }
  if (positional && !hint.empty()) what += " (" + hint + ")";
  return what;
}

}  // namespace

std::string version_text(std::string_view tool) {
  return fmt::format("{} {}\nXapian {}", tool, kProjectVersion, Xapian::version_string());
}

void set_up_command_line(CLI::App& app, const std::string& tool,
                         const std::string& extra_argument_hint,
                         const std::string& dash_argument_hint) {
  app.set_version_flag("--version", version_text(tool),
                       "Print the version of " + tool + " and of Xapian, and exit");
  app.failure_message([tool, extra_argument_hint, dash_argument_hint](const CLI::App* failed,
                                                                      const CLI::Error& error) {
    return fmt::format("{}: {}\n(see {} --help)\n", tool,
                       describe(*failed, error, extra_argument_hint, dash_argument_hint), tool);
  });
}

CLI::Validator one_of(std::vector<Choice> choices) {
  std::string names;
  for (const Choice& choice : choices) names += (names.empty() ? "" : "|") + choice.name;
  return CLI::Validator(
      [choices](std::string& value) -> std::string {
        const std::string wanted = lower(value);
        for (const Choice& choice : choices) {
          if (lower(choice.name) == wanted) {
            value = choice.value;
            return {};
          }
        }
        std::string listed;
        for (const Choice& choice : choices) listed += (listed.empty() ? "" : ", ") + choice.name;
        return fmt::format("must be one of {}; got '{}'", listed, value);
      },
      names);
}

CLI::Validator one_of_names(const std::vector<std::string>& names) {
  std::vector<Choice> choices;
  for (const std::string& name : names) choices.push_back({name, lower(name)});
  return one_of(std::move(choices));
}

CLI::Validator seconds(std::uint64_t max_seconds) {
  return CLI::Validator(
      [max_seconds](std::string& value) { return seconds_problem(value, max_seconds); }, "SECONDS");
}

CLI::Validator whole_number(std::uint64_t min, std::uint64_t max) {
  return CLI::Validator(
      [min, max](std::string& value) {
        return whole_number_problem(value, {min, max});
      },
      "N");
}

}  // namespace news
