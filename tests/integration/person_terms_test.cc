// Searches for persons through shared surname ids (query/people.h, PersonsQuery) over real
// archives: corpus/, and where ../shared is beside the project the BBC and PolNeAR sets. For
// every person of the table, and for every surname with all its persons (what `speaker:SURNAME`
// adds), the search matches exactly the documents the OR of the persons' ids matches.
#include <gtest/gtest.h>

#include <filesystem>
#include <iostream>

#include "common/database.h"
#include "indexer/indexer.h"
#include "tests/integration/test_support.h"
#include "tests/person_queries.h"

namespace news {
namespace {

namespace fs = std::filesystem;
using testing_support::check_person_queries;
using testing_support::shared_dir;
using testing_support::TempDir;

// Indexes `inputs` into a fresh database and checks every person's and every surname's search.
void expect_same_matches(const std::string& what, const std::vector<fs::path>& inputs) {
  const TempDir dir;
  IndexOptions options;
  options.db_path = (dir.path() / "db").string();
  for (const fs::path& input : inputs) options.inputs.push_back(input.string());
  run_index(options);
  const auto check = check_person_queries(open_for_read(options.db_path));
  EXPECT_TRUE(check.differences.empty()) << testing::PrintToString(check.differences);
  EXPECT_GT(check.persons, 0u);
  EXPECT_GT(check.surnames, 0u);
  // The figures a reader of the test log can compare with docs/people.md.
  std::cout << what << ": " << check.persons << " persons, " << check.surnames << " surnames, "
            << check.shared << " searches through a shared surname id; " << check.old_terms
            << " terms by ids, " << check.new_terms << " now\n";
}

TEST(PersonTerms, CorpusSearchesMatchTheIds) {
  expect_same_matches("corpus/", {fs::path(CORPUS_DIR)});
}

TEST(PersonTerms, BbcSearchesMatchTheIds) {
  if (!shared_dir()) GTEST_SKIP() << "../shared is absent beside the project (a fresh clone?)";
  expect_same_matches("BBC", {*shared_dir() / "corpora" / "bbc"});
}

TEST(PersonTerms, PolnearSearchesMatchTheIds) {
  if (!shared_dir()) GTEST_SKIP() << "../shared is absent beside the project (a fresh clone?)";
  const fs::path polnear = *shared_dir() / "corpora" / "polnear";
  expect_same_matches("PolNeAR", {polnear / "train" / "text", polnear / "dev" / "text"});
}

}  // namespace
}  // namespace news
