// name-key-census: which spellings the name keys (common/name_key.h) make one, and how fast they
// are. Reads names, one per line, from the files given (or standard input), groups them by
// name_key(...).full() and prints the number of distinct names and keys and every group of two
// or more spellings, each with the folds that made it: a fold made a group when taking it out
// alone splits the group. Reading those groups is how docs/people.md decided which folds are
// safe (a group is false when it joins two different names, "Ivan" and "Ivana").
//
//   name-key-census [--summary] [--speed] [FILE...]
//
// --summary prints only the counts (and the groups per fold); --speed adds keys per second for
// the ASCII names read and for a built-in list of Cyrillic ones.
#include <chrono>
#include <cstdint>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include <fmt/core.h>
#include <CLI/CLI.hpp>

#include "common/name_folds.h"
#include "common/name_key.h"
#include "common/strings.h"

namespace {

struct Options {
  std::vector<std::string> files;  // none: standard input
  bool summary = false;            // counts only, no groups
  bool speed = false;              // the micro-benchmark too
};

// Names in Cyrillic for the speed test: the names public figures are commonly known by, written
// here for this program (not taken from any corpus).
constexpr std::string_view kCyrillicNames[] = {
    "Сергей Лавров",    "Владимир Путин",    "Владимир Зеленский", "Михаил Горбачёв",
    "Никита Хрущёв",    "Юлия Тимошенко",    "Дмитрий Медведев",   "Алексей Навальный",
    "Пётр Чайковский",  "Фёдор Достоевский", "Лев Толстой",        "Анна Ахматова",
    "Евгений Пригожин", "Мария Захарова",    "Сергей Шойгу",       "Виталий Кличко",
};

void read_names(std::istream& in, std::vector<std::string>& names) {
  std::string line;
  while (std::getline(in, line)) {
    const std::string_view name = news::trim(line);
    if (!name.empty()) names.emplace_back(name);
  }
}

// The folds whose removal alone splits `group`.
std::vector<std::string_view> folds_that_join(const std::set<std::string>& group) {
  std::vector<std::string_view> joined;
  const auto folds = news::name_folds::folds();
  for (std::size_t i = 0; i < folds.size(); ++i) {
    std::set<std::string> keys;
    for (const std::string& name : group) {
      keys.insert(news::name_folds::name_key_without(name, std::uint64_t{1} << i).full());
    }
    if (keys.size() > 1) joined.push_back(folds[i].name);
  }
  return joined;
}

// name_key over `names` again and again for about half a second; keys per second.
double keys_per_second(const std::vector<std::string>& names) {
  using Clock = std::chrono::steady_clock;
  if (names.empty()) return 0;
  std::size_t done = 0;
  std::size_t checksum = 0;  // keeps the calls from being optimised away
  const auto start = Clock::now();
  auto elapsed = Clock::duration::zero();
  while (elapsed < std::chrono::milliseconds(500)) {
    for (const std::string& name : names) checksum += news::name_key(name).full().size();
    done += names.size();
    elapsed = Clock::now() - start;
  }
  if (checksum == 0) std::cerr << "";
  return static_cast<double>(done) / std::chrono::duration<double>(elapsed).count();
}

void print_speed(const std::vector<std::string>& names) {
  std::vector<std::string> ascii;
  for (const std::string& name : names) {
    bool is_ascii = true;
    for (const char c : name) is_ascii = is_ascii && static_cast<unsigned char>(c) < 0x80;
    if (is_ascii) ascii.push_back(name);
  }
  // The first non-ASCII key on a thread creates its transliterator: timed on a new thread, since
  // this one has made its own while grouping.
  double first_ms = 0;
  std::thread([&first_ms] {
    const auto start = std::chrono::steady_clock::now();
    (void)news::name_key(kCyrillicNames[0]);
    first_ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  }).join();
  const std::vector<std::string> cyrillic(std::begin(kCyrillicNames), std::end(kCyrillicNames));
  fmt::print(
      "speed: {:.0f} keys/s ASCII ({} names), {:.0f} keys/s Cyrillic ({} names); "
      "first transliteration {:.1f} ms\n",
      keys_per_second(ascii), ascii.size(), keys_per_second(cyrillic), cyrillic.size(), first_ms);
}

int run(const Options& options) {
  std::vector<std::string> names;
  if (options.files.empty()) {
    read_names(std::cin, names);
  } else {
    for (const std::string& file : options.files) {
      std::ifstream in(file);
      if (!in) {
        std::cerr << "name-key-census: cannot read " << file << '\n';
        return 2;
      }
      read_names(in, names);
    }
  }
  std::map<std::string, std::set<std::string>> groups;  // key -> distinct spellings
  std::set<std::string> distinct;
  for (const std::string& name : names) {
    distinct.insert(name);
    groups[news::name_key(name).full()].insert(name);
  }
  std::size_t joined_groups = 0;
  std::size_t joined_names = 0;
  std::map<std::string_view, std::size_t> per_fold;
  for (const auto& [key, group] : groups) {
    if (group.size() < 2) continue;
    ++joined_groups;
    joined_names += group.size();
    const std::vector<std::string_view> folds = folds_that_join(group);
    for (const std::string_view fold : folds) ++per_fold[fold];
    if (options.summary) continue;
    fmt::print("{}\t{}\t[{}]\n", key.empty() ? "(empty)" : key,
               news::join(std::vector<std::string>(group.begin(), group.end()), " | "),
               news::join(std::vector<std::string>(folds.begin(), folds.end()), " "));
  }
  fmt::print("names: {} distinct; keys: {}; groups of 2 or more spellings: {} ({} names)\n",
             distinct.size(), groups.size(), joined_groups, joined_names);
  for (const auto& fold : news::name_folds::folds()) {
    fmt::print("  fold {:<10} joins {} groups\n", fold.name, per_fold[fold.name]);
  }
  if (options.speed) print_speed(names);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  CLI::App app{"Group names by their name key and print the groups of different spellings.",
               "name-key-census"};
  app.add_option("files", options.files, "Files of names, one per line (default: standard input)")
      ->check(CLI::ExistingFile);
  app.add_flag("--summary", options.summary, "Print only the counts, not the groups");
  app.add_flag("--speed", options.speed, "Also print keys per second, ASCII and Cyrillic");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  return run(options);
}
