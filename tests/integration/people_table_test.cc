// The people table over corpus/people/ and the reference article (issue 17): news-index links the
// speakers of the whole archive as corpus/people/persons.gold says a reader would, and news-query
// finds each person under every spelling.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>

#include "common/article.h"
#include "common/database.h"
#include "common/document.h"
#include "common/name_key.h"
#include "common/people.h"
#include "indexer/indexer.h"
#include "query/people.h"
#include "query/search.h"
#include "tests/integration/test_support.h"

namespace news {
namespace {

namespace fs = std::filesystem;
using testing_support::shared_dir;
using testing_support::TempDir;

// The archive indexed once for every test: corpus/people/, and the reference article when
// ../shared is beside the project.
class PeopleTableOverCorpus : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    db_path_ = (dir_->path() / "db").string();
    IndexOptions options;
    options.db_path = db_path_;
    options.inputs = {(fs::path(CORPUS_DIR) / "people").string()};
    if (const auto shared = shared_dir())
      options.inputs.push_back((*shared / "seed" / "lavrov-space-arms.txt").string());
    run_index(options);
    std::ifstream in(fs::path(CORPUS_DIR) / "people" / "persons.gold");
    gold_ = new nlohmann::json(nlohmann::json::parse(in));
  }
  static void TearDownTestSuite() {
    delete gold_;
    delete dir_;
  }

  // The archive path of a gold article name ("people/x.txt", "@seed/lavrov-space-arms.txt"), or
  // nothing when it is not in this archive (the reference article without ../shared).
  static std::optional<fs::path> path_of(const std::string& article) {
    if (article.starts_with("@seed/")) {
      const auto shared = shared_dir();
      if (!shared) return std::nullopt;
      return fs::canonical(*shared / "seed" / article.substr(6));
    }
    return fs::canonical(fs::path(CORPUS_DIR) / article);
  }

  // The person the table gives the mention of `name` in `article`: through the local id the
  // article's document carries for it, by the name as the gold writes it, or, when the extractor
  // has it only as a surname (an unconfirmed one-word speaker), by that surname. "" when the
  // document has neither, or the table ties it to no one.
  static std::string person_of(const Xapian::Database& db, const PeopleTable& table,
                               const fs::path& article, const std::string& name) {
    const std::string id = article_id(article.string());
    const Xapian::PostingIterator at = db.postlist_begin(id_term(id));
    if (at == db.postlist_end(id_term(id))) return "";
    const std::vector<std::string> carried = local_person_ids(db.get_document(*at));
    const NameKey key = name_key(name);
    for (const std::string& local : {local_person_id(id, name), key.surname() + '@' + id}) {
      if (std::find(carried.begin(), carried.end(), local) != carried.end())
        return table.person_of(local);
    }
    return "";
  }

  static TempDir* dir_;
  static std::string db_path_;
  static nlohmann::json* gold_;
};

TempDir* PeopleTableOverCorpus::dir_ = nullptr;
std::string PeopleTableOverCorpus::db_path_;
nlohmann::json* PeopleTableOverCorpus::gold_ = nullptr;

// Acceptance 1 and 3: each gold person is one person of the table, and no two gold persons are.
TEST_F(PeopleTableOverCorpus, LinksEveryMentionAsTheGoldDoes) {
  const Xapian::Database db = open_for_read(db_path_);
  const PeopleTable table(db);
  std::map<std::string, std::string> owner;  // table person -> gold canonical
  std::size_t mentions = 0;
  for (const auto& person : (*gold_)["persons"]) {
    const std::string canonical = person["canonical"];
    std::set<std::string> found;
    for (const auto& mention : person["mentions"]) {
      const auto path = path_of(mention["article"]);
      if (!path) continue;
      ++mentions;
      const std::string id = person_of(db, table, *path, mention["name"]);
      EXPECT_FALSE(id.empty()) << canonical << ": " << mention["name"] << " in "
                               << mention["article"] << " belongs to no person";
      if (id.empty()) continue;
      found.insert(id);
      const auto [it, fresh] = owner.emplace(id, canonical);
      EXPECT_TRUE(fresh || it->second == canonical)
          << canonical << " and " << it->second << " are one person of the table: " << id;
    }
    EXPECT_EQ(found.size(), 1u) << canonical << " is split into " << found.size()
                                << " persons: " << testing::PrintToString(found);
  }
  EXPECT_GE(mentions, 70u);
}

TEST_F(PeopleTableOverCorpus, CanonicalNamesAreTheGolds) {
  const Xapian::Database db = open_for_read(db_path_);
  const PeopleTable table(db);
  for (const auto& person : (*gold_)["persons"]) {
    const auto& first = person["mentions"][0];
    const auto path = path_of(first["article"]);
    // The canonical form counts the reference article's spelling too.
    if (!path || !shared_dir()) continue;
    const auto entry = table.person(person_of(db, table, *path, first["name"]));
    ASSERT_TRUE(entry) << person["canonical"];
    EXPECT_EQ(entry->name, person["canonical"]);
  }
}

// A merged person's why lines are kept apart from its entry (person-why:), which searches read:
// no entry holds them, and the persons whose spellings or mentions were joined have them.
TEST_F(PeopleTableOverCorpus, WhyLinesAreKeptApartFromTheEntries) {
  const Xapian::Database db = open_for_read(db_path_);
  const PeopleTable table(db);
  std::size_t merged = 0;
  const std::string prefix(kPersonKeyPrefix);
  for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it) {
    const nlohmann::json entry = nlohmann::json::parse(db.get_metadata(*it));
    EXPECT_FALSE(entry.contains("why")) << *it;
    const std::string id = (*it).substr(prefix.size());
    const auto person = table.person(id);
    ASSERT_TRUE(person) << id;
    EXPECT_TRUE(person->why.empty()) << id;
    if (!table.why(id).empty()) ++merged;
  }
  // corpus/people joins the spellings of 13 persons (persons.gold) and ties surname-only
  // mentions to others.
  EXPECT_GE(merged, 13u);
}

// speaker: finds every article of a person from any of their spellings, in any script.
TEST_F(PeopleTableOverCorpus, SpeakerFindsEverySpelling) {
  for (const auto& person : (*gold_)["persons"]) {
    std::set<std::string> articles;
    std::set<std::string> full_names;
    for (const auto& mention : person["mentions"]) {
      const auto path = path_of(mention["article"]);
      if (!path) continue;
      articles.insert(path->string());
      const std::string name = mention["name"];
      if (name.find(' ') != std::string::npos) full_names.insert(name);
    }
    for (const std::string& name : full_names) {
      SearchOptions options;
      options.db_path = db_path_;
      options.query = "speaker:\"" + name + "\"";
      options.all = true;
      options.snippets = false;
      std::set<std::string> found;
      search(options, [&](Hit&& hit) { found.insert(hit.record["path"].get<std::string>()); });
      EXPECT_EQ(found, articles) << options.query << " (" << person["canonical"] << ")";
    }
  }
}

TEST_F(PeopleTableOverCorpus, SpeakerInAnotherScript) {
  SearchOptions options;
  options.db_path = db_path_;
  options.query = "speaker:Лавров";
  options.all = true;
  std::size_t cyrillic = 0;
  search(options, [&](Hit&&) { ++cyrillic; });
  options.query = "person:sergei-lavrov";
  std::size_t by_id = 0;
  search(options, [&](Hit&&) { ++by_id; });
  // Three articles of corpus/people/, and the reference article when ../shared is there.
  EXPECT_EQ(by_id, shared_dir() ? 4u : 3u);
  EXPECT_EQ(cyrillic, by_id);
}

// The speaker facet counts one person under all their spellings.
TEST_F(PeopleTableOverCorpus, FacetCountsPersons) {
  SearchOptions options;
  options.db_path = db_path_;
  options.limit = 0;
  options.facets = {FacetField::kSpeaker};
  options.facet_limit = 1000;
  const SearchResults results = search(options);
  ASSERT_EQ(results.facets.size(), 1u);
  std::set<std::string> names;
  for (const auto& count : results.facets[0].counts) {
    EXPECT_FALSE(count.person.empty()) << count.value;
    EXPECT_TRUE(names.insert(count.value).second) << count.value << " appears twice";
  }
  for (const auto& person : (*gold_)["persons"]) {
    if (!shared_dir()) break;
    EXPECT_TRUE(names.count(person["canonical"].get<std::string>())) << person["canonical"];
  }
}

}  // namespace
}  // namespace news
