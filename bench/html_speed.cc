// html-speed: how fast the HTML reader (news::read_html) reads saved pages, in pages and bytes per
// second, for the side-by-side with readability-lxml (bench/readability_speed.py, which prints the
// same fields; bench/body_speed.sh runs both). Only the reader is timed, not reading the files.
//
//   html-speed [--rounds N] [--stream] [--parse-only] [--parser libxml2|own] [--json] PATH...
//     PATH: an HTML file, or a directory walked recursively for *.html and *.htm (any case).
//     By default every file is loaded into memory first, then read --rounds times. With --stream
//     each file is loaded just before it is read and dropped after, round after round, so peak
//     memory is one page's, whatever the number of pages and rounds. With --parse-only each page is
//     only decoded, prescanned and parsed into the tree (read_html's first steps), no field read:
//     the floor under read_html. --parser picks the HTML parser, in both modes: the reader's own
//     (extract/html/parser.h, the default, as read_html's) or libxml2's, which builds the same
//     tree.
//
// Nothing is kept from one page to the next (the Article is dropped), so memory stays flat however
// many pages are read: only the input pages themselves are held, and only without --stream.
//
// Exit codes: 0 done; 1 a file could not be read, or no HTML file was found; 2 usage error.
#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdint>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "bench/html_pages.h"
#include "extract/html/charset.h"
#include "extract/html/dom.h"
#include "extract/html/reader.h"

namespace news::html_speed {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

struct Options {
  std::vector<fs::path> paths;
  int rounds = 1;           // each page is read this many times
  bool stream = false;      // load each file just before reading it, instead of all of them first
  bool parse_only = false;  // decode and parse only, no field read (the floor under read_html)
  std::string parser = "own";  // or "libxml2": HtmlReaderOptions::own_parser
  bool json = false;           // one JSON object instead of the text line
};

// What a run measured. output_bytes (the body text read_html returned) is printed so that the
// work cannot be optimised away and a reader that returns nothing shows at once.
struct Measurement {
  std::uint64_t files = 0;
  std::uint64_t pages = 0;  // files x rounds
  std::uint64_t bytes = 0;  // input bytes read, over all rounds
  std::uint64_t output_bytes = 0;
  double seconds = 0;      // in read_html only, by the wall clock
  double cpu_seconds = 0;  // the same by the process's CPU clock: steadier on a busy machine
};

double cpu_now() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

// Reads one page and drops the article; adds the bytes of body text (with parse_only: of the
// decoded page) and the time taken to m.
void read_one(std::string_view bytes, const Options& options, Measurement& m) {
  HtmlReaderOptions reader_options;
  reader_options.own_parser = options.parser == "own";
  const auto start = Clock::now();
  const double cpu_start = cpu_now();
  if (options.parse_only) {  // as read_html begins (extract/html/reader.cc)
    const html::PageText text = html::decode_page(bytes);
    const html::DocPtr doc =
        html::parse_html(text.text, reader_options.own_parser ? html::ParseWith::kOwnParser
                                                              : html::ParseWith::kLibxml2);
    if (doc != nullptr) m.output_bytes += text.text.size();
  } else {  // the article's destruction is part of the cost
    const Article article = read_html(bytes, reader_options);
    for (const auto& paragraph : article.paragraphs) m.output_bytes += paragraph.size();
  }
  m.cpu_seconds += cpu_now() - cpu_start;
  m.seconds += std::chrono::duration<double>(Clock::now() - start).count();
}

Measurement measure(const std::vector<fs::path>& files, const Options& options) {
  Measurement m;
  m.files = files.size();
  std::vector<std::string> pages;
  if (!options.stream) {
    pages.reserve(files.size());
    for (const auto& file : files) pages.push_back(bench::load_file(file));
  }
  for (int round = 0; round < options.rounds; ++round) {
    for (std::size_t i = 0; i < files.size(); ++i) {
      std::optional<std::string> streamed;
      if (options.stream) streamed = bench::load_file(files[i]);
      const std::string& bytes = options.stream ? *streamed : pages[i];
      read_one(bytes, options, m);
      m.bytes += bytes.size();
      ++m.pages;
    }
  }
  return m;
}

void print(const Measurement& m, const Options& options) {
  const double pages_per_s = m.seconds > 0 ? static_cast<double>(m.pages) / m.seconds : 0;
  // MB: 10^6 bytes, as readability_speed.py counts them.
  const double mb_per_s = m.seconds > 0 ? static_cast<double>(m.bytes) / 1e6 / m.seconds : 0;
  if (options.json) {
    const nlohmann::ordered_json out = {
        {"tool", options.parse_only ? "html-speed --parse-only" : "html-speed"},
        {"parser", options.parser},
        {"mode", options.stream ? "stream" : "memory"},
        {"input", "bytes"},
        {"files", m.files},
        {"rounds", options.rounds},
        {"pages", m.pages},
        {"bytes", m.bytes},
        {"seconds", m.seconds},
        {"cpu_seconds", m.cpu_seconds},
        {"pages_per_s", pages_per_s},
        {"mb_per_s", mb_per_s},
        {"output_bytes", m.output_bytes}};
    std::cout << out.dump() << '\n';
    return;
  }
  fmt::print(
      "pages {}  bytes {}  seconds {:.3f}  CPU seconds {:.3f}  pages/s {:.1f}  MB/s {:.2f}  output "
      "bytes {}\n",
      m.pages, m.bytes, m.seconds, m.cpu_seconds, pages_per_s, mb_per_s, m.output_bytes);
}

int run(const Options& options) {
  const std::vector<fs::path> files = bench::list_html_files(options.paths);
  if (files.empty()) {
    std::cerr << "html-speed: no *.html or *.htm file in the paths given\n";
    return 1;
  }
  print(measure(files, options), options);
  return 0;
}

}  // namespace
}  // namespace news::html_speed

int main(int argc, char** argv) {
  using namespace news::html_speed;
  Options options;
  CLI::App app{"Times news::read_html over saved HTML pages: pages/s and MB/s"};
  app.add_option("paths", options.paths,
                 "HTML files, or directories walked recursively for *.html and *.htm")
      ->required();
  app.add_option("--rounds", options.rounds, "read every page this many times")
      ->check(CLI::Range(1, 1000000));
  app.add_flag("--stream", options.stream,
               "load each file just before reading it, not all first (peak memory: one page)");
  app.add_flag(
      "--parse-only", options.parse_only,
      "only decode each page and parse it into the reader's tree (read_html's first steps)");
  app.add_option("--parser", options.parser,
                 "the HTML parser: own (extract/html/parser.h, read_html's default) or libxml2 "
                 "(the same tree)")
      ->check(CLI::IsMember({"libxml2", "own"}));
  app.add_flag("--json", options.json, "print the numbers as one JSON object");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  try {
    return run(options);
  } catch (const std::exception& e) {
    std::cerr << "html-speed: " << e.what() << '\n';
    return 1;
  }
}
