#include "bench/evaluator_cli.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>

#include "bench/gold_error.h"

namespace news {

namespace fs = std::filesystem;

void add_shared_option(CLI::App& app, fs::path& shared, const char* built_in) {
  const char* env = std::getenv("SHARED_DIR");
  shared = env != nullptr ? env : built_in;
  app.add_option("--shared", shared,
                 "the shared folder holding corpora/html-* (default: $SHARED_DIR, else ../shared "
                 "beside the source tree)");
}

bool any_set_present(const fs::path& shared, const std::vector<std::string>& sets) {
  return std::any_of(sets.begin(), sets.end(), [&](const std::string& name) {
    std::error_code ec;
    return fs::is_directory(shared / "corpora" / name, ec);
  });
}

std::string read_page_file(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw GoldError("cannot read " + file.string());
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

int parse_and_run(CLI::App& app, int argc, char** argv, std::string_view tool,
                  const std::function<int()>& run) {
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  try {
    return run();
  } catch (const GoldError& e) {
    std::cerr << tool << ": " << e.what() << '\n';
    return 2;
  } catch (const std::exception& e) {
    std::cerr << tool << ": internal error: " << e.what() << '\n';
    return 3;
  }
}

}  // namespace news
