#include "tests/integration/test_support.h"

#include <algorithm>
#include <fstream>
#include <random>
#include <set>

#include <gtest/gtest.h>
#include <xapian.h>

#include "common/people.h"
#include "common/schema.h"

namespace news::testing_support {

std::vector<std::string> persons_of(const Xapian::Database& db, const Xapian::Document& document) {
  std::set<std::string> persons;
  for (const PersonMention& mention :
       decode_mentions(document.get_value(slot_number(Slot::kPeople)))) {
    std::string person = db.get_metadata(std::string(kPersonOfKeyPrefix) + mention.local_id);
    if (person.empty() && !mention.unconfirmed) person = mention.local_id;
    if (!person.empty()) persons.insert(person);
  }
  return {persons.begin(), persons.end()};
}

namespace fs = std::filesystem;

TempDir::TempDir() {
  std::random_device random;
  for (int attempt = 0; attempt < 100; ++attempt) {
    fs::path candidate = fs::temp_directory_path() / ("news-test-" + std::to_string(random()));
    if (fs::create_directory(candidate)) {
      path_ = std::move(candidate);
      return;
    }
  }
  throw std::runtime_error("cannot create a temporary directory");
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

namespace {

std::optional<std::string> optional_string(const nlohmann::json& value) {
  if (value.is_null()) return std::nullopt;
  return value.get<std::string>();
}

}  // namespace

std::vector<Expectation> corpus_expectations() {
  std::vector<Expectation> expectations;
  // Recursive: corpus/people/ (issue 17's name-variant articles) is checked like corpus/ itself.
  for (const auto& entry : fs::recursive_directory_iterator(CORPUS_DIR)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".txt") continue;
    fs::path expected_path = entry.path();
    expected_path.replace_extension(".expected");
    std::ifstream in(expected_path);
    if (!in) {
      ADD_FAILURE() << entry.path() << " has no " << expected_path.filename();
      continue;
    }
    try {
      const nlohmann::json json = nlohmann::json::parse(in);
      Expectation expectation;
      expectation.article = entry.path();
      expectation.title = json.at("title").get<std::string>();
      expectation.authors = json.at("authors").get<std::vector<std::string>>();
      expectation.published = optional_string(json.at("published"));
      expectation.updated = optional_string(json.at("updated"));
      expectation.body_starts = json.at("body_starts").get<std::string>();
      expectation.body_ends = json.at("body_ends").get<std::string>();
      expectation.people = json.at("people");
      if (json.contains("archive_only"))
        expectation.archive_only = json.at("archive_only").get<std::vector<std::string>>();
      if (json.contains("known_misses"))
        expectation.known_misses = json.at("known_misses").get<std::vector<std::string>>();
      expectations.push_back(std::move(expectation));
    } catch (const nlohmann::json::exception& e) {
      ADD_FAILURE() << expected_path << ": " << e.what();
    }
  }
  std::sort(expectations.begin(), expectations.end(),
            [](const Expectation& a, const Expectation& b) { return a.article < b.article; });
  return expectations;
}

std::optional<fs::path> shared_dir() {
  const fs::path dir(SHARED_DIR);
  std::error_code ec;
  if (fs::is_directory(dir / "corpora", ec)) return dir;
  return std::nullopt;
}

}  // namespace news::testing_support
