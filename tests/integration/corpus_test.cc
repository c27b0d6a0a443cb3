// Every article of corpus/ against its .expected: what the reader extracts is what a person
// reading the article says it contains.
#include <algorithm>
#include <fstream>
#include <map>
#include <set>

#include <gtest/gtest.h>

#include "extract/load.h"
#include "tests/integration/test_support.h"

namespace news {
namespace {

using testing_support::corpus_expectations;

std::optional<std::string> iso(const std::optional<DateTime>& date) {
  if (!date) return std::nullopt;
  return date->to_iso();
}

TEST(Corpus, HasAtLeastTwentyFiveArticles) {
  EXPECT_GE(corpus_expectations().size(), 25u);
}

TEST(Corpus, ReaderMatchesExpectations) {
  for (const auto& expected : corpus_expectations()) {
    SCOPED_TRACE(expected.article.filename().string());
    const LoadResult loaded = load_article(expected.article);
    ASSERT_TRUE(loaded.article) << loaded.skip_reason;
    const Article& article = *loaded.article;
    EXPECT_EQ(article.title, expected.title);
    EXPECT_EQ(article.authors, expected.authors);
    EXPECT_EQ(iso(article.published), expected.published);
    EXPECT_EQ(iso(article.updated), expected.updated);
    ASSERT_FALSE(article.paragraphs.empty());
    EXPECT_TRUE(article.paragraphs.front().starts_with(expected.body_starts))
        << "first paragraph: " << article.paragraphs.front();
    EXPECT_TRUE(article.paragraphs.back().ends_with(expected.body_ends))
        << "last paragraph: " << article.paragraphs.back();
    EXPECT_TRUE(article.warnings.empty());
  }
}

// corpus/people/persons.gold, the archive-wide truth of issue 17's people table, against the
// articles' own .expected files: a person added to or renamed in an article without the gold
// following would make every later comparison with the people table wrong.
class PersonsGold : public testing::Test {
 protected:
  static nlohmann::json gold() {
    std::ifstream in(std::filesystem::path(CORPUS_DIR) / "people" / "persons.gold");
    EXPECT_TRUE(in) << "corpus/people/persons.gold is missing";
    return nlohmann::json::parse(in);
  }
  // "people/<slug>.txt", as persons.gold names the articles.
  static std::string article_name(const testing_support::Expectation& e) {
    return e.article.lexically_relative(CORPUS_DIR).generic_string();
  }
  static bool in_people_dir(const testing_support::Expectation& e) {
    return article_name(e).starts_with("people/");
  }
};

TEST_F(PersonsGold, ListsEverySpeakerOfEveryArticleInExactlyOnePerson) {
  std::multiset<std::pair<std::string, std::string>> quoted;  // (article, name)
  for (const auto& e : corpus_expectations()) {
    if (!in_people_dir(e)) continue;
    for (const auto& person : e.people) quoted.emplace(article_name(e), person["name"]);
    for (const auto& name : e.archive_only) quoted.emplace(article_name(e), name);
  }
  ASSERT_GE(quoted.size(), 60u);
  // The reference article's two people (ReferenceArticleSpeakers checks that extraction).
  quoted.emplace("@seed/lavrov-space-arms.txt", "Sergey Lavrov");
  quoted.emplace("@seed/lavrov-space-arms.txt", "John F. Plumb");

  const nlohmann::json json = gold();
  std::multiset<std::pair<std::string, std::string>> mentioned;
  for (const auto& person : json["persons"]) {
    for (const auto& mention : person["mentions"])
      mentioned.emplace(mention["article"], mention["name"]);
  }
  EXPECT_EQ(mentioned, quoted);
}

TEST_F(PersonsGold, CanonicalIsTheOneMostFrequentFullFormAndVariantsCoverTheRest) {
  // Every form an article writes for its speaker, keyed by (article, canonical name there).
  std::map<std::pair<std::string, std::string>, std::vector<std::string>> forms;
  for (const auto& e : corpus_expectations()) {
    if (!in_people_dir(e)) continue;
    for (const auto& person : e.people) {
      auto& all = forms[{article_name(e), person["name"]}];
      all.push_back(person["name"]);
      for (const auto& alias : person["aliases"]) all.push_back(alias);
    }
  }
  const nlohmann::json json = gold();
  std::set<std::string> canonicals;
  std::size_t with_variants = 0;
  for (const auto& person : json["persons"]) {
    const std::string canonical = person["canonical"];
    SCOPED_TRACE(canonical);
    EXPECT_TRUE(canonicals.insert(canonical).second) << "two persons with one canonical name";
    std::map<std::string, int> full_forms;  // two words or more
    for (const auto& mention : person["mentions"]) {
      const std::string name = mention["name"];
      if (name.find(' ') != std::string::npos) ++full_forms[name];
    }
    const auto variants = person["variants"].get<std::vector<std::string>>();
    if (full_forms.empty()) {
      EXPECT_EQ(canonical, person["mentions"][0]["name"]) << "no full form: the one form there is";
    } else {
      const auto top =
          std::max_element(full_forms.begin(), full_forms.end(),
                           [](const auto& a, const auto& b) { return a.second < b.second; });
      EXPECT_EQ(canonical, top->first);
      // The corpus was written so that no person needs the tie rule (earliest article wins).
      const auto top_count = top->second;
      EXPECT_EQ(std::count_if(full_forms.begin(), full_forms.end(),
                              [&](const auto& f) { return f.second == top_count; }),
                1);
    }
    for (const auto& mention : person["mentions"]) {
      const auto found = forms.find({mention["article"], mention["name"]});
      if (found == forms.end()) continue;  // the reference article, or an archive_only form
      for (const auto& form : found->second) {
        EXPECT_TRUE(form == canonical ||
                    std::find(variants.begin(), variants.end(), form) != variants.end())
            << form << " is neither the canonical name nor a variant";
      }
    }
    with_variants += !variants.empty() && person["mentions"].size() > 1;
  }
  EXPECT_GE(with_variants, 10u);
  ASSERT_GE(json["apart"].size(), 5u);
  for (const auto& pair : json["apart"]) {
    EXPECT_TRUE(canonicals.count(pair["a"])) << pair["a"];
    EXPECT_TRUE(canonicals.count(pair["b"])) << pair["b"];
    EXPECT_NE(pair["a"], pair["b"]);
  }
}

}  // namespace
}  // namespace news
