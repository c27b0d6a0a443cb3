#include "common/command_line.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdlib>

#include <fmt/format.h>
#include <xapian.h>

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
std::string describe(const CLI::App& app, const CLI::Error& error, const std::string& hint) {
  if (dynamic_cast<const CLI::ExtrasError*>(&error) == nullptr) return error.what();
  const std::vector<std::string> extras = app.remaining();
  if (extras.empty()) return error.what();
  std::string what;
  bool positional = false;
  for (const std::string& argument : extras) {
    if (!what.empty()) what += "; ";
    const bool option = argument.size() > 1 && argument[0] == '-';
    what += fmt::format("{} '{}'", option ? "unknown option" : "unexpected argument", argument);
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
                         const std::string& extra_argument_hint) {
  app.set_version_flag("--version", version_text(tool),
                       "Print the version of " + tool + " and of Xapian, and exit");
  app.failure_message([tool, extra_argument_hint](const CLI::App* failed, const CLI::Error& error) {
    return fmt::format("{}: {}\n(see {} --help)\n", tool,
                       describe(*failed, error, extra_argument_hint), tool);
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

CLI::Validator seconds() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        // strtod alone would take "inf", "nan" and hexadecimal; a duration is digits and a point.
        const bool digits =
            !value.empty() && value.find_first_not_of("0123456789.") == std::string::npos;
        char* end = nullptr;
        const double number = digits ? std::strtod(value.c_str(), &end) : -1;
        if (digits && end == value.c_str() + value.size() && std::isfinite(number)) return {};
        return fmt::format("expects a number of seconds, got '{}'", value);
      },
      "SECONDS");
}

CLI::Validator whole_number(std::uint64_t min, std::uint64_t max) {
  const std::string range = max == std::numeric_limits<std::uint64_t>::max()
                                ? fmt::format("of {} or more", min)
                                : fmt::format("from {} to {}", min, max);
  return CLI::Validator(
      [min, max, range](std::string& value) -> std::string {
        std::uint64_t number = 0;
        const char* end = value.data() + value.size();
        const auto [stop, error] = std::from_chars(value.data(), end, number);
        if (!value.empty() && error == std::errc() && stop == end && number >= min && number <= max)
          return {};
        return fmt::format("expects a whole number {}, got '{}'", range, value);
      },
      "N");
}

}  // namespace news
