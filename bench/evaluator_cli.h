// The frame the gold-set evaluators' command lines share (eval-metadata, eval-body): where the
// shared corpora are, reading the one page of --page, and the exit codes. Each tool adds its own
// options and its run function.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

namespace news {

// Adds --shared DIR to `app`, bound to `shared`, which it first sets to the default: $SHARED_DIR
// when set, else `built_in` (the build's ../shared beside the source tree).
void add_shared_option(CLI::App& app, std::filesystem::path& shared, const char* built_in);

// Whether any of `sets` is a folder under SHARED/corpora; when none is, the tool says so and exits
// 0 (a fresh clone without ../shared is no error).
bool any_set_present(const std::filesystem::path& shared, const std::vector<std::string>& sets);

// The bytes of the page named by --page. Throws GoldError when it cannot be read.
std::string read_page_file(const std::filesystem::path& file);

// Parses the command line into `app`'s options and calls `run`, mapping failures to the exit codes
// the tools document: 0 for --help; 2 for a usage error or a GoldError (message on stderr, after
// "`tool`: "); 3 for any other exception, as an internal error. Otherwise `run`'s result.
int parse_and_run(CLI::App& app, int argc, char** argv, std::string_view tool,
                  const std::function<int()>& run);

}  // namespace news
