// What the command lines of news-index and news-query share: --version, how a bad command line is
// reported (in our words, with the tool's name, exit code 2), and validators for option values
// that say what was expected and what was given. Built on CLI11's own facilities: a version flag,
// App::failure_message and CLI::Validator.
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <CLI/CLI.hpp>

namespace news {

// What --version prints: "TOOL X.Y.Z" (the project's version, from project(VERSION) in
// CMakeLists.txt), then "Xapian X.Y.Z" (the library the tool runs with), one a line.
std::string version_text(std::string_view tool);

// Gives `app` what both tools share: a --version flag printing version_text(tool) on stdout (exit
// 0, before any other check, so that it works without --db), and errors of the command line
// reported by App::exit on stderr as "TOOL: WHAT\n(see TOOL --help)\n", the same form as the
// tools' own usage errors. WHAT is CLI11's message, "--OPTION: PROBLEM" for a value a validator
// below refused; an argument CLI11 did not expect is named as an unknown option or an unexpected
// argument, the latter followed by `extra_argument_hint` when given (news-query: quote a query of
// several words), an unknown option of one dash by `dash_argument_hint` and the argument
// (news-query: a query starting with - goes after --). Call before adding options: --version must
// come first to be checked first.
void set_up_command_line(CLI::App& app, const std::string& tool,
                         const std::string& extra_argument_hint = "",
                         const std::string& dash_argument_hint = "");

// One value an option can take: the name accepted on the command line, and the text the option's
// variable is then read from (the name itself for a string; CLI11 reads an enum from its number).
struct Choice {
  std::string name;
  std::string value;
};

// The Choice of an enumerator: `name` stands for `value`.
template <typename Enum>
Choice choice(std::string_view name, Enum value) {
  static_assert(std::is_enum_v<Enum>);
  return {std::string(name), std::to_string(static_cast<std::underlying_type_t<Enum>>(value))};
}

// A validator (use with Option::transform) accepting one of the names of `choices` in any case and
// rewriting the value to the choice's value; anything else is refused with "must be one of NAME,
// NAME, ...; got 'VALUE'", the names in the order given.
CLI::Validator one_of(std::vector<Choice> choices);

// one_of for a string option: each name stands for itself, in lower case.
CLI::Validator one_of_names(const std::vector<std::string>& names);

// A validator (use with Option::check) for a duration: a number of seconds from 0 to
// `max_seconds`, fractions allowed (2.5). Refuses anything else with seconds_problem's message
// (common/numbers.h): "must be a number of seconds from 0 to MAX; got 'VALUE'".
CLI::Validator seconds(std::uint64_t max_seconds);

// A validator (use with Option::check) for a whole number from `min` to `max` written in decimal
// digits. Refuses anything else (a sign, a fraction, a word) with whole_number_problem's message
// (common/numbers.h): "must be a whole number from MIN to MAX; got 'VALUE'".
CLI::Validator whole_number(std::uint64_t min, std::uint64_t max);

}  // namespace news
