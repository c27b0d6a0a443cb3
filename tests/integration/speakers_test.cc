// People quoted, end to end through the library: the corpus expectations, the reference article,
// quote-level search and speaker facets.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include <gtest/gtest.h>

#include "common/database.h"
#include "common/document.h"
#include "common/schema.h"
#include "common/strings.h"
#include "extract/load.h"
#include "indexer/indexer.h"
#include "query/people_listing.h"
#include "query/query_parser.h"
#include "query/quote_blocks.h"
#include "query/search.h"
#include "tests/integration/test_support.h"

namespace news {
namespace {

namespace fs = std::filesystem;
using testing_support::corpus_expectations;
using testing_support::shared_dir;
using testing_support::TempDir;

// Names compare without honorifics and case, as quotes.md's evaluation protocol says.
std::string normalised(std::string name) {
  name = lower_ascii(name);
  for (std::string_view honorific :
       {"mr ", "mrs ", "ms ", "miss ", "dr ", "sir ", "lord ", "lady ", "prof "}) {
    if (name.starts_with(honorific)) name.erase(0, honorific.size());
  }
  return name;
}

std::set<std::string> forms_of(const std::string& name, const std::vector<std::string>& aliases) {
  std::set<std::string> forms{normalised(name)};
  for (const auto& alias : aliases) forms.insert(normalised(alias));
  return forms;
}

TEST(CorpusSpeakers, EveryArticleGivesExactlyItsPeopleQuoted) {
  std::size_t gold_people = 0;
  for (const auto& expected : corpus_expectations()) {
    SCOPED_TRACE(expected.article.lexically_relative(CORPUS_DIR).string());
    const LoadResult loaded = load_article(expected.article);
    ASSERT_TRUE(loaded.article);
    std::vector<std::set<std::string>> predicted;
    for (const auto& person : loaded.article->people)
      predicted.push_back(forms_of(person.name, person.aliases));
    std::vector<bool> used(predicted.size(), false);
    for (const auto& gold : expected.people) {
      ++gold_people;
      const auto gold_forms = forms_of(gold["name"].get<std::string>(),
                                       gold["aliases"].get<std::vector<std::string>>());
      bool found = false;
      for (std::size_t i = 0; i < predicted.size() && !found; ++i) {
        if (used[i]) continue;
        for (const auto& form : predicted[i]) {
          if (gold_forms.count(form)) {
            used[i] = found = true;
            break;
          }
        }
      }
      const bool known_miss =
          std::find(expected.known_misses.begin(), expected.known_misses.end(),
                    gold["name"].get<std::string>()) != expected.known_misses.end();
      if (known_miss) {
        EXPECT_FALSE(found) << gold["name"]
                            << " is a known miss, yet the extractor finds them: take them off "
                               "known_misses";
      } else {
        EXPECT_TRUE(found) << "missed speaker " << gold["name"];
      }
    }
    // An archive_only speaker is one the article alone cannot name: if the extractor lists them
    // anyway, the gold is out of date (move them to `people`), so that is a failure too.
    for (const auto& name : expected.archive_only) {
      for (std::size_t i = 0; i < predicted.size(); ++i) {
        if (used[i] || !predicted[i].count(normalised(name))) continue;
        used[i] = true;
        ADD_FAILURE() << name << " is archive_only, yet the article alone gives them: move them "
                      << "to people";
      }
    }
    for (std::size_t i = 0; i < predicted.size(); ++i) {
      EXPECT_TRUE(used[i]) << "not a speaker per the expectations: "
                           << loaded.article->people[i].name;
    }
  }
  EXPECT_GE(gold_people, 60u);
}

TEST(ReferenceArticleSpeakers, ExactlyLavrovAndPlumb) {
  if (!shared_dir()) GTEST_SKIP() << "../shared is absent beside the project (a fresh clone?)";
  const LoadResult loaded = load_article(*shared_dir() / "seed" / "lavrov-space-arms.txt");
  ASSERT_TRUE(loaded.article);
  const auto& people = loaded.article->people;
  ASSERT_EQ(people.size(), 2u);
  EXPECT_EQ(people[0].name, "Sergey Lavrov");
  EXPECT_EQ(people[0].aliases, std::vector<std::string>{"Lavrov"});
  EXPECT_EQ(people[0].role, "Russian Foreign Minister");
  EXPECT_EQ(people[1].name, "John F. Plumb");
  EXPECT_EQ(lower_ascii(people[1].role), "assistant secretary of defence for space policy");
  // A nationality and a lowercase portfolio name no organisation.
  EXPECT_EQ(people[0].affiliation, "");
  EXPECT_EQ(people[1].affiliation, "");
  for (const auto& quote : loaded.article->quotes) {
    EXPECT_TRUE(quote.speaker == "Sergey Lavrov" || quote.speaker == "John F. Plumb")
        << quote.speaker;
  }
  // The multi-paragraph quotes reopen at each paragraph: every paragraph of them is Lavrov's.
  const auto lavrov_direct =
      std::count_if(loaded.article->quotes.begin(), loaded.article->quotes.end(),
                    [](const Quote& q) { return q.speaker == "Sergey Lavrov" && q.direct; });
  EXPECT_GE(lavrov_direct, 9);
}

// A few articles written by a test, indexed into a fresh database and searched.
class ArchiveSearch : public testing::Test {
 protected:
  // The directory the articles go in, created on first use.
  fs::path archive() const {
    const fs::path archive = dir_.path() / "archive";
    fs::create_directories(archive);
    return archive;
  }

  void index() {
    IndexOptions options;
    options.db_path = (dir_.path() / "db").string();
    options.inputs = {archive().string()};
    run_index(options);
  }

  // `quotes`: list the matching quotes (--quotes), which also reads the people back.
  SearchResults find(const std::string& query, bool quotes = false) {
    SearchOptions options;
    options.db_path = (dir_.path() / "db").string();
    options.query = query;
    options.quotes = quotes;
    options.quote_check = check_;
    options.limit = 100;
    return search(options);
  }

  // Whether the person blocks' windows can say `query` (else the search falls back to the
  // decider): the tests of kBlocks check that they go through the windows.
  bool said_by_blocks(const std::string& query) {
    const Xapian::Database db = open_for_read((dir_.path() / "db").string());
    ArticleQueryParser parser(db);
    return person_block_query(parser.parse(query).marked).has_value();
  }

  // The names --people lists for `query` (list_people), most quoted first.
  std::vector<std::string> people(const std::string& query) {
    SearchOptions options;
    options.db_path = (dir_.path() / "db").string();
    options.query = query;
    options.quote_check = check_;
    std::vector<std::string> names;
    for (const ListedPerson& listed :
         list_people(open_for_read(options.db_path), options, std::nullopt).people)
      names.push_back(listed.person.name);
    return names;
  }

  TempDir dir_;
  QuoteCheck check_ = QuoteCheck::kBlocks;  // the search's default
};

// The quote-level tests run both ways: the decider reading records, and the index's person blocks.
class QuoteChecks : public ArchiveSearch, public testing::WithParamInterface<QuoteCheck> {
 protected:
  QuoteChecks() { check_ = GetParam(); }
};

std::string check_name(const testing::TestParamInfo<QuoteCheck>& info) {
  return info.param == QuoteCheck::kDecider ? "Decider" : "Blocks";
}

// Acceptance: `speaker:X quote:Y` returns no quote where Y appears only in another person's quote.
class QuoteLevelSearch : public QuoteChecks {
 protected:
  void SetUp() override {
    const fs::path archive = this->archive();
    std::ofstream(archive / "harbour.txt")
        << "Council splits over harbour plan\n\n"
        << "By Nora Quill\n\nPublished: 12/03/2024\n\n"
        << "Councillors in Westby were divided on Tuesday over plans to rebuild the harbour "
           "wall.\n\n"
        << "Council leader Alice Brennan said: \"We cannot keep patching a wall that the sea is "
           "taking "
           "apart, and the budget is there to do it properly.\"\n\n"
        << "Opposition councillor Carl Dane disagreed. \"The harbour does not need a palace, it "
           "needs "
           "a repair crew and a sensible timetable,\" he said.\n";
    std::ofstream(archive / "budget.txt")
        << "Budget row in Eastby\n\n"
        << "Eastby's finance chief Tomas Wilde said the town would freeze spending next year.\n";
    index();
  }
};

TEST_P(QuoteLevelSearch, WordsInAnotherPersonsQuoteDoNotMatch) {
  // "harbour" is only in Dane's quote; "budget" only in Brennan's.
  EXPECT_EQ(find("speaker:brennan quote:harbour", true).total, 0u);
  EXPECT_EQ(find("speaker:brennan quote:harbour", false).total, 0u);
  EXPECT_EQ(find("speaker:dane quote:budget", true).total, 0u);

  EXPECT_TRUE(said_by_blocks("speaker:brennan quote:harbour"));
  const auto dane = find("speaker:dane quote:harbour", true);
  ASSERT_EQ(dane.total, 1u);
  ASSERT_EQ(dane.hits[0].quote.size(), 1u);
  EXPECT_EQ(dane.hits[0].quote[0]["speaker"], "Carl Dane");
  ASSERT_EQ(dane.hits[0].quote[0]["quotes"].size(), 1u);
  EXPECT_NE(dane.hits[0].quote[0]["quotes"][0]["text"].get<std::string>().find("harbour"),
            std::string::npos);
  EXPECT_NE(dane.hits[0].snippet.find("**harbour**"), std::string::npos) << dane.hits[0].snippet;

  const auto brennan_articles = find("speaker:brennan quote:budget", false);
  ASSERT_EQ(brennan_articles.total, 1u);
  EXPECT_TRUE(brennan_articles.quote_level);
  EXPECT_EQ(brennan_articles.hits[0].record["title"], "Council splits over harbour plan");
}

TEST_P(QuoteLevelSearch, BooleanOperatorsApplyPersonByPerson) {
  struct Case {
    const char* query;
    std::size_t total;
  };
  const Case cases[] = {
      {"speaker:brennan quote:harbour OR speaker:dane quote:harbour", 1},
      {"speaker:brennan quote:harbour OR speaker:brennan quote:palace", 0},
      {"quote:harbour NOT speaker:dane", 0},  // the only harbour quote is Dane's
      // NOT speaker: works on the article: it drops articles that quote Dane at all.
      {"quote:budget NOT speaker:dane", 0},
      {"quote:budget NOT speaker:wilde", 1},
      {"who:\"carl dane\" quote:\"repair crew\"", 1},
      {"who:\"alice brennan\" quote:\"repair crew\"", 0},
      {"quote:budget date:2024-03", 1},
      {"quote:budget date:2023", 0},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(find(c.query, false).total, c.total) << c.query;
    EXPECT_TRUE(said_by_blocks(c.query)) << c.query;
  }
}

TEST_P(QuoteLevelSearch, FunctionWordsAreCheckedOnTheArticleOnly) {
  // The person blocks hold no English function words (is_block_stopword, schema 17): "we" is
  // only in Brennan's quote, but speaker:dane quote:we is decided on the article, both ways. The
  // other words of a phrase are still checked person by person.
  struct Case {
    const char* query;
    std::size_t total;
  };
  const Case cases[] = {
      {"speaker:dane quote:we", 1},
      {"speaker:dane quote:\"we cannot\"", 0},
      {"speaker:brennan quote:\"we cannot\"", 1},
      {"speaker:wilde quote:we", 0},  // Wilde's article has no "we"
  };
  for (const auto& c : cases) {
    EXPECT_EQ(find(c.query, false).total, c.total) << c.query;
    EXPECT_TRUE(said_by_blocks(c.query)) << c.query;
  }
}

TEST_P(QuoteLevelSearch, QuotesKeepOnlyArticlesThatQuoteSomeone) {
  std::ofstream(archive() / "notice.txt")
      << "Harbour wall notice\n\nThe harbour wall path is closed for repairs this week.\n";
  index();
  EXPECT_EQ(find("wall", false).total, 2u);
  EXPECT_EQ(find("wall", true).total, 1u) << "the notice quotes nobody";
  EXPECT_TRUE(said_by_blocks("wall"));
}

TEST_P(QuoteLevelSearch, ArticleLevelSpeakerSearchMatchesAnywhereInTheArticle) {
  // Without quote:, words match the whole article: Brennan is quoted in an article about a harbour.
  EXPECT_EQ(find("speaker:brennan harbour", false).total, 1u);
  EXPECT_EQ(find("who:\"alice brennan\"", false).total, 1u);
  EXPECT_EQ(find("speaker:\"tomas wilde\"", false).total, 1u);
  EXPECT_EQ(find("speaker:quill", false).total, 0u) << "the author is not a speaker";
}

TEST_P(QuoteLevelSearch, ANotUnderAnOrFallsBackToTheDecider) {
  // "Someone who said harbour but is not Dane" has no window query: the decider answers it locally.
  const std::string query = "quote:budget OR (quote:harbour NOT speaker:dane)";
  EXPECT_FALSE(said_by_blocks(query));
  EXPECT_EQ(find(query).total, 1u) << "Brennan said budget";
  EXPECT_EQ(find("quote:divided OR (quote:harbour NOT speaker:dane)").total, 0u)
      << "only Dane said harbour, and nobody divided (a word of the narration)";
}

TEST_P(QuoteLevelSearch, PeopleListsOnlyThoseWhoSaidIt) {
  // --people with quote: counts a person only where they said the word, as the hits list them.
  EXPECT_EQ(people("quote:harbour"), std::vector<std::string>{"Carl Dane"});
  EXPECT_EQ(people("quote:budget"), std::vector<std::string>{"Alice Brennan"});
  EXPECT_EQ(people("speaker:brennan quote:harbour"), std::vector<std::string>{});
}

TEST_P(QuoteLevelSearch, QuoteWordsMatchTheirInflectedForms) {
  // A quote word matches the words of its stem in a person's quotes (the person blocks hold
  // stems): the totals and the people each hit lists agree both ways, a capitalised or phrased
  // word included, which the query keeps unstemmed.
  std::ofstream(archive() / "bridge.txt")
      << "Bridge repairs delayed again\n\nPublished: 14/03/2024\n\n"
      << "The prime minister visited Westby on Monday, and the promise of a new bridge came up "
         "once more.\n\n"
      << "\"The prime minister's promises are worth nothing to this town,\" said Ilse Marrow, "
         "who runs the ferry.\n";
  index();
  struct Case {
    const char* query;
    std::size_t total;
    const char* speaker;  // the person the hit lists, with one quote; nullptr: no hit
  };
  const Case cases[] = {
      {"quote:\"prime minister\"", 1, "Ilse Marrow"},  // she said "minister's"
      {"quote:Promise", 1, "Ilse Marrow"},             // she said "promises"
      {"speaker:marrow quote:\"prime minister\"", 1, "Ilse Marrow"},
      {"speaker:brennan quote:\"prime minister\"", 0, nullptr},
      {"quote:ferry", 0, nullptr},  // a word of the narration, not of her quote
  };
  for (const auto& c : cases) {
    const SearchResults found = find(c.query, true);
    EXPECT_EQ(found.total, c.total) << c.query;
    if (!c.speaker || found.hits.empty()) continue;
    ASSERT_EQ(found.hits[0].quote.size(), 1u) << c.query;
    EXPECT_EQ(found.hits[0].quote[0]["speaker"], c.speaker) << c.query;
    EXPECT_EQ(found.hits[0].quote[0]["quotes"].size(), 1u) << c.query;
  }
}

INSTANTIATE_TEST_SUITE_P(Checks, QuoteLevelSearch,
                         testing::Values(QuoteCheck::kDecider, QuoteCheck::kBlocks), check_name);

// Whom a person speaks for, from their role, is searched with org:, person by person with quote:.
class AffiliationSearch : public QuoteChecks {
 protected:
  void SetUp() override {
    const fs::path archive = this->archive();
    std::ofstream(archive / "ferries.txt")
        << "Winter ferry sailings cut\n\n"
        << "By Nora Quill\n\nPublished: 14/02/2024\n\n"
        << "Two island routes will lose their winter sailings from next month.\n\n"
        << "\"Nobody books a crossing in January, and we cannot sail empty boats,\" said Ilsa "
           "Brandvik, head of routes at Northwind Ferries.\n\n"
        << "Union official Dorian Pask said: \"This is a betrayal of the islanders and of the "
           "crews.\"\n";
    std::ofstream(archive / "tolls.txt")
        << "Bridge tolls to rise\n\n"
        << "By Nora Quill\n\nPublished: 15/02/2024\n\n"
        << "\"The tolls have not risen in a decade and the bridge needs repairs,\" said Marek "
           "Hollis, chief executive of the Tarrow Bridge Trust.\n";
    index();
  }
};

TEST_P(AffiliationSearch, OrgFindsArticlesQuotingSomeoneWhoSpeaksForIt) {
  const auto ferries = find("org:northwind");
  ASSERT_EQ(ferries.total, 1u);
  EXPECT_EQ(ferries.hits[0].record["title"], "Winter ferry sailings cut");
  // The stored record keeps it (people are read back for quote-level searches).
  const auto quoted = find("org:northwind", true);
  ASSERT_EQ(quoted.total, 1u);
  const auto& people = quoted.hits[0].record["people"];
  ASSERT_EQ(people.size(), 2u);
  EXPECT_EQ(people[0]["name"], "Ilsa Brandvik");
  EXPECT_EQ(people[0]["affiliation"], "Northwind Ferries");
  EXPECT_EQ(people[1]["affiliation"], nullptr);
  EXPECT_EQ(find("org:\"tarrow bridge trust\"").total, 1u);
  EXPECT_EQ(find("org:trust").total, 1u);
  EXPECT_EQ(find("org:ferries").total, 1u) << "stemmed like other text fields";
  EXPECT_EQ(find("org:quill").total, 0u) << "the author speaks for nobody here";
  EXPECT_EQ(find("org:islanders").total, 0u) << "quote words are not affiliations";
}

TEST_P(AffiliationSearch, OrgAndQuoteHoldForTheSamePerson) {
  // "betrayal" is Pask's word, and Pask's role names no organisation.
  EXPECT_EQ(find("org:northwind quote:betrayal").total, 0u);
  const auto said = find("org:northwind quote:crossing", true);
  ASSERT_EQ(said.total, 1u);
  ASSERT_EQ(said.hits[0].quote.size(), 1u);
  EXPECT_EQ(said.hits[0].quote[0]["speaker"], "Ilsa Brandvik");
}

INSTANTIATE_TEST_SUITE_P(Checks, AffiliationSearch,
                         testing::Values(QuoteCheck::kDecider, QuoteCheck::kBlocks), check_name);

// Acceptance (facets): --facet speaker counts equal a brute-force count over the matching articles.
TEST(SpeakerFacets, CountsEqualBruteForce) {
  TempDir dir;
  IndexOptions index_options;
  index_options.db_path = (dir.path() / "db").string();
  index_options.inputs = {CORPUS_DIR};
  run_index(index_options);

  for (const std::string query : {"", "said", "election", "date:2024"}) {
    SearchOptions options;
    options.db_path = index_options.db_path;
    options.query = query;
    options.limit = 10000;
    options.facets = {FacetField::kSpeaker, FacetField::kAuthor};
    options.facet_limit = 10000;
    const SearchResults results = search(options);
    std::map<std::string, std::size_t> speakers;
    std::map<std::string, std::size_t> authors;
    // Hits carry people only for quote-level searches: the brute force reads the stored records.
    const Xapian::Database db = open_for_read(options.db_path);
    for (const auto& hit : results.hits) {
      const std::string id_term_of_hit = id_term(hit.record["id"].get<std::string>());
      ASSERT_NE(db.postlist_begin(id_term_of_hit), db.postlist_end(id_term_of_hit));
      for (const auto& person :
           testing_support::persons_of(db, db.get_document(*db.postlist_begin(id_term_of_hit))))
        ++speakers[person];
      for (const auto& author : hit.record["authors"]) ++authors[author.get<std::string>()];
    }
    ASSERT_EQ(results.facets.size(), 2u);
    std::map<std::string, std::size_t> faceted_speakers;
    for (const auto& count : results.facets[0].counts) faceted_speakers[count.person] = count.count;
    std::map<std::string, std::size_t> faceted_authors;
    for (const auto& count : results.facets[1].counts) faceted_authors[count.value] = count.count;
    EXPECT_EQ(faceted_speakers, speakers) << query;
    EXPECT_EQ(faceted_authors, authors) << query;
  }
}

}  // namespace
}  // namespace news
