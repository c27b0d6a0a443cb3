// Facets, histograms, --all and the order of ties, checked against brute force: membership comes
// from the full result list, and every document's stored record is read and counted by hand. Over
// corpus/, and over the BBC set in ../shared when it is there. The local and the remote way of
// counting (facets.h) are held equal over corpus/ and a generated archive (BothSpies).
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <tuple>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "common/database.h"
#include "common/date.h"
#include "common/document.h"
#include "common/people.h"
#include "common/schema.h"
#include "common/strings.h"
#include "indexer/indexer.h"
#include "query/facets.h"
#include "query/output.h"
#include "query/people.h"
#include "query/query_parser.h"
#include "query/search.h"
#include "tests/integration/test_support.h"

namespace news {
namespace {

namespace fs = std::filesystem;
namespace chr = std::chrono;
using testing_support::persons_of;
using testing_support::shared_dir;
using testing_support::TempDir;

constexpr FacetField kAllFields[] = {FacetField::kSpeaker, FacetField::kAuthor,
                                     FacetField::kSection, FacetField::kOutlet,
                                     FacetField::kMonth,   FacetField::kYear};

using Counts = std::map<std::string, std::size_t>;

// What the facets and histograms of a query must say, counted from the stored records.
struct BruteForce {
  std::size_t matches = 0;
  std::map<FacetField, Counts> facets;
  Counts days;  // "YYYY-MM-DD" -> matching articles published that day
  std::size_t undated = 0;
};

BruteForce brute_force(const std::string& db_path, const std::string& query) {
  // Membership: every match, from the full result list.
  std::set<std::string> ids;
  SearchOptions options;
  options.db_path = db_path;
  options.query = query;
  options.all = true;
  options.snippets = false;
  search(options, [&](Hit&& hit) { ids.insert(hit.record["id"].get<std::string>()); });

  BruteForce expected;
  Xapian::Database db = open_for_read(db_path);
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    const Xapian::Document document = db.get_document(*it);
    const nlohmann::json record = read_record(document);
    if (!ids.count(record["id"].get<std::string>())) continue;
    ++expected.matches;
    // Persons, by id (docs/people.md): the facet counts each under all their spellings.
    for (const auto& person : persons_of(db, document))
      ++expected.facets[FacetField::kSpeaker][person];
    std::set<std::string> authors;
    for (const auto& name : record["authors"]) authors.insert(name.get<std::string>());
    for (const auto& name : authors) ++expected.facets[FacetField::kAuthor][name];
    for (const auto& [key, field] :
         {std::pair{"section", FacetField::kSection}, std::pair{"outlet", FacetField::kOutlet}}) {
      const std::string value = record.value(key, "");
      if (!value.empty()) ++expected.facets[field][lower_ascii(value)];
    }
    if (!record["published"].is_string()) {
      ++expected.undated;
      continue;
    }
    // The slot holds UTC when the article gives a zone: count the day the index counts.
    const std::string key = parse_date(record["published"].get<std::string>())->sort_key();
    ++expected.facets[FacetField::kYear][key.substr(0, 4)];
    ++expected.facets[FacetField::kMonth][key.substr(0, 4) + "-" + key.substr(4, 2)];
    ++expected.days[key.substr(0, 4) + "-" + key.substr(4, 2) + "-" + key.substr(6, 2)];
  }
  EXPECT_EQ(expected.matches, ids.size()) << query;
  return expected;
}

// The facet's counts by value; the speaker facet's by person id.
Counts as_counts(const Facet& facet) {
  Counts counts;
  for (const auto& count : facet.counts)
    counts[count.person.empty() ? count.value : count.person] = count.count;
  return counts;
}

chr::sys_days to_days(const std::string& iso) {
  return chr::sys_days{chr::year{std::stoi(iso.substr(0, 4))} / std::stoi(iso.substr(5, 2)) /
                       std::stoi(iso.substr(8, 2))};
}

// Checks news-query's facets and histograms for `query` against brute force, with a page smaller
// than the number of matches so that counting only the page shown would be caught.
void check_against_brute_force(const std::string& db_path, const std::string& query) {
  SCOPED_TRACE("query: '" + query + "'");
  const BruteForce expected = brute_force(db_path, query);
  for (HistogramInterval interval :
       {HistogramInterval::kMonth, HistogramInterval::kWeek, HistogramInterval::kDay}) {
    SCOPED_TRACE(fmt::format("--histogram {}", interval_name(interval)));
    SearchOptions options;
    options.db_path = db_path;
    options.query = query;
    options.limit = 2;
    options.facets.assign(std::begin(kAllFields), std::end(kAllFields));
    options.facet_limit = 1000000;
    options.histogram = interval;
    const SearchResults results = search(options);
    EXPECT_EQ(results.total, expected.matches);
    EXPECT_TRUE(results.total_exact);
    EXPECT_LE(results.hits.size(), 2u);
    ASSERT_EQ(results.facets.size(), std::size(kAllFields));
    for (const Facet& facet : results.facets) {
      const auto found = expected.facets.find(facet.field);
      EXPECT_EQ(as_counts(facet), found == expected.facets.end() ? Counts{} : found->second)
          << "--facet " << facet_name(facet.field);
      EXPECT_EQ(facet.distinct, facet.counts.size());
      EXPECT_TRUE(std::is_sorted(
          facet.counts.begin(), facet.counts.end(), [](const FacetCount& a, const FacetCount& b) {
            return a.count > b.count || (a.count == b.count && a.value < b.value);
          }));
    }
    ASSERT_TRUE(results.histogram);
    const Histogram& histogram = *results.histogram;
    EXPECT_EQ(histogram.undated, expected.undated);
    if (expected.days.empty()) {
      EXPECT_TRUE(histogram.buckets.empty());
      continue;
    }
    ASSERT_FALSE(histogram.buckets.empty());
    // Each matching day lands in the one bucket covering it; every other bucket is zero.
    std::vector<std::size_t> bucket_counts(histogram.buckets.size(), 0);
    for (const auto& [day, count] : expected.days) {
      std::size_t covering = histogram.buckets.size();
      for (std::size_t i = 0; i < histogram.buckets.size(); ++i) {
        const auto start = to_days(histogram.buckets[i].start);
        const auto end = i + 1 < histogram.buckets.size() ? to_days(histogram.buckets[i + 1].start)
                                                          : chr::sys_days::max();
        if (to_days(day) >= start && to_days(day) < end) covering = i;
      }
      ASSERT_LT(covering, histogram.buckets.size()) << day << " is in no bucket";
      bucket_counts[covering] += count;
    }
    for (std::size_t i = 0; i < histogram.buckets.size(); ++i) {
      const HistogramBucket& bucket = histogram.buckets[i];
      EXPECT_EQ(bucket.count, bucket_counts[i]) << bucket.period;
      // Zero-filled: consecutive periods, no gaps.
      const chr::year_month_day start{to_days(bucket.start)};
      switch (interval) {
        case HistogramInterval::kMonth:
          EXPECT_EQ(static_cast<unsigned>(start.day()), 1u);
          EXPECT_EQ(bucket.period, bucket.start.substr(0, 7));
          if (i > 0) {
            EXPECT_EQ(chr::year_month_day{to_days(histogram.buckets[i - 1].start)} + chr::months{1},
                      start);
          }
          break;
        case HistogramInterval::kWeek:
          EXPECT_EQ(chr::weekday{to_days(bucket.start)}, chr::Monday) << bucket.start;
          if (i > 0) {
            EXPECT_EQ(to_days(bucket.start) - to_days(histogram.buckets[i - 1].start),
                      chr::days{7});
          }
          break;
        case HistogramInterval::kDay:
          EXPECT_EQ(bucket.period, bucket.start);
          if (i > 0) {
            EXPECT_EQ(to_days(bucket.start) - to_days(histogram.buckets[i - 1].start),
                      chr::days{1});
          }
          break;
      }
    }
    // The range runs from the first to the last matching period.
    EXPECT_GT(histogram.buckets.front().count, 0u);
    EXPECT_GT(histogram.buckets.back().count, 0u);
  }
}

// Paths of the results of `options`, in order.
std::vector<std::string> result_paths(SearchOptions options) {
  std::vector<std::string> paths;
  for (const auto& hit : search(options).hits) paths.push_back(hit.record["path"]);
  return paths;
}

class AnalysisOverCorpus : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    IndexOptions options;
    options.db_path = db_path();
    options.inputs = {CORPUS_DIR};
    run_index(options);
  }
  static void TearDownTestSuite() { delete dir_; }
  static std::string db_path() { return (dir_->path() / "db").string(); }
  static TempDir* dir_;
};

TempDir* AnalysisOverCorpus::dir_ = nullptr;

TEST_F(AnalysisOverCorpus, FacetsAndHistogramsEqualBruteForceCounts) {
  for (const char* query : {"", "election", "said", "speaker:brandauer", "date:2024",
                            "title:election OR title:satellite", "council NOT election",
                            "speaker:brandauer quote:harbourside", "xylophonequagmire"}) {
    check_against_brute_force(db_path(), query);
  }
}

TEST_F(AnalysisOverCorpus, FacetsCountEveryMatchNotThePageShown) {
  SearchOptions options;
  options.db_path = db_path();
  options.limit = 1;
  options.facets = {FacetField::kYear};
  const SearchResults results = search(options);
  ASSERT_EQ(results.hits.size(), 1u);
  std::size_t dated = 0;
  for (const auto& count : results.facets[0].counts) dated += count.count;
  EXPECT_GT(dated, 10u);
}

// Quote-level queries go through a match decider, which offsets and rounds must respect too.
class AllInRounds : public AnalysisOverCorpus, public testing::WithParamInterface<const char*> {};

INSTANTIATE_TEST_SUITE_P(Queries, AllInRounds, testing::Values("said", "quote:we"));

TEST_P(AllInRounds, ReturnsEveryMatchInOrderWhateverTheChunk) {
  SearchOptions options;
  options.db_path = db_path();
  options.query = GetParam();
  options.limit = 1000;
  const std::vector<std::string> expected = result_paths(options);
  ASSERT_GT(expected.size(), 10u);
  options.facets = {FacetField::kSpeaker};
  options.histogram = HistogramInterval::kDay;
  const SearchResults page = search(options);
  for (std::size_t chunk : {1u, 4u, 7u, 1000u}) {
    options.all = true;
    options.limit = 2;  // ignored with `all`
    options.all_chunk = chunk;
    std::vector<std::string> paths;
    std::size_t rank = 0;
    const SearchResults results = search(options, [&](Hit&& hit) {
      EXPECT_EQ(hit.rank, ++rank);
      paths.push_back(hit.record["path"]);
    });
    EXPECT_TRUE(results.hits.empty()) << "hits go to the sink";
    EXPECT_EQ(results.total, expected.size());
    EXPECT_EQ(paths, expected) << "chunk " << chunk;
    // Spies count in the first round only: later rounds must not count the matches again.
    ASSERT_EQ(results.facets.size(), 1u);
    EXPECT_EQ(as_counts(results.facets[0]), as_counts(page.facets[0])) << "chunk " << chunk;
    ASSERT_TRUE(results.histogram);
    EXPECT_EQ(results.histogram->buckets.size(), page.histogram->buckets.size());
    EXPECT_EQ(results.histogram->undated, page.histogram->undated);
  }
  // From an offset on.
  options.offset = 5;
  options.all_chunk = 3;
  std::vector<std::string> paths;
  search(options, [&](Hit&& hit) { paths.push_back(hit.record["path"]); });
  EXPECT_EQ(paths, std::vector<std::string>(expected.begin() + 5, expected.end()));
}

// The streamed JSON document (--format json prints hits as they come) is byte for byte the whole.
TEST_F(AnalysisOverCorpus, StreamedJsonIsTheWholeDocument) {
  for (const char* query :
       {"election", "xylophonequagmire", "speaker:brandauer quote:harbourside"}) {
    SearchOptions options;
    options.db_path = db_path();
    options.query = query;
    options.facets = {FacetField::kSpeaker, FacetField::kMonth};
    options.histogram = HistogramInterval::kWeek;
    const SearchResults whole = search(options);
    std::string streamed;
    bool any = false;
    const SearchResults rest = Searcher(db_path()).search(
        options,
        [&](Hit&& hit) {
          streamed += json_hit(hit, !any);
          any = true;
        },
        [&](const SearchResults& head) { streamed += json_head(head); });
    streamed += json_tail(rest, any);
    EXPECT_EQ(streamed, results_to_json(whole).dump(2)) << query;
  }
}

// The value of a boolean field's term (prefix and ':' marker off), read from the term list: how
// the section and outlet facets counted before they had slots.
std::vector<std::string> term_values(const Xapian::Document& document, FieldSource source) {
  const std::string prefix(field(source).prefix);
  std::vector<std::string> values;
  for (auto it = document.termlist_begin(); it != document.termlist_end(); ++it) {
    if (!(*it).starts_with(prefix)) continue;
    std::string value = (*it).substr(prefix.size());
    if (value.starts_with(':')) value.erase(0, 1);
    values.push_back(std::move(value));
  }
  return values;
}

// The section, outlet and speaker facets count from value slots (Slot::kSection, kOutlet,
// kPeople) what they counted from the terms before: checked document by document and facet by
// facet on a small archive of records whose values a term changes (capitals, a leading ':',
// non-ASCII letters, a value past the term length limit) and whose people are full names,
// surnames and unconfirmed one-word names.
TEST(FacetSlots, CountWhatTheTermsCount) {
  std::string long_section;
  while (long_section.size() < 300) long_section += "R\xC3\xA9gion Ouest ";
  struct Record {
    std::string section, outlet;  // "" for none
    std::string text;
  };
  const Record records[] = {
      {"Transport", "Example Gazette",
       "\"We are glad to have the tunnel back at last,\" said Ada Quill, who chairs the port "
       "authority."},
      {"transport", "EXAMPLE GAZETTE",
       "\"The tunnel is safe, and it will stay open all winter,\" said Mr Quill."},
      {":Opinion", "Other Times",
       "\"Nobody asked us about the tolls before they were set,\" said Brandt, a resident."},
      {"", "",
       "\"We will appeal against this decision in the courts,\" said Tomas Brink, who speaks "
       "for the drivers."},
      {"\xC3\x89"
       "conomie",
       "", "Prices rose again in March."},
      {long_section, "Other Times",
       "Ada Quill chairs the port authority.\n\n\"It is late, and it cost far too much money,\" "
       "said Quill."},
      {"Transport", "Other Times",
       "\"Fares will fall from next month for every driver,\" said Tomas Brink.\n\n\"We are "
       "pleased,\" Mr Brink added."},
      // An unconfirmed one-word speaker the table ties to no one: counted for no one.
      {"World", "",
       "The Moravian interior minister arrived in Tessaly on Monday.\n\nKovarik told reporters "
       "the border would reopen within a week."},
  };
  TempDir dir;
  const fs::path archive = dir.path() / "archive";
  fs::create_directories(archive);
  {
    std::ofstream out(archive / "records.jsonl");
    int day = 1;
    for (const Record& record : records) {
      nlohmann::json json = {{"title", fmt::format("Harbour tunnel, day {}", day)},
                             {"published", fmt::format("2024-03-{:02}T09:00:00Z", day)},
                             {"text", record.text}};
      if (!record.section.empty()) json["section"] = record.section;
      if (!record.outlet.empty()) json["outlet"] = record.outlet;
      out << json.dump() << '\n';
      ++day;
    }
  }
  IndexOptions index;
  index.db_path = (dir.path() / "db").string();
  index.inputs = {archive.string()};
  run_index(index);

  // The term way, document by document, beside the slots.
  const Xapian::Database db = open_for_read(index.db_path);
  ASSERT_EQ(db.get_doccount(), std::size(records));
  const PeopleTable people(db);
  std::map<FacetField, Counts> by_terms;
  std::size_t persons = 0;
  std::size_t surname_only_ids = 0;
  std::size_t tied_to_no_one = 0;
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    const Xapian::Document document = db.get_document(*it);
    for (const auto& [source, slot, facet] :
         {std::tuple{FieldSource::kSection, Slot::kSection, FacetField::kSection},
          std::tuple{FieldSource::kOutlet, Slot::kOutlet, FacetField::kOutlet}}) {
      const std::vector<std::string> values = term_values(document, source);
      ASSERT_LE(values.size(), 1u);
      const std::string value = values.empty() ? "" : values[0];
      EXPECT_EQ(document.get_value(slot_number(slot)), value) << "docid " << *it;
      if (!value.empty()) ++by_terms[facet][value];
    }
    std::set<std::string> ids_in_slot;
    const std::string people_value = document.get_value(slot_number(Slot::kPeople));
    for (const std::string_view id : mention_ids(people_value))
      ids_in_slot.insert(boolean_term_value(FieldSource::kPerson, id));
    const std::vector<std::string> terms = local_person_ids(document);
    EXPECT_EQ(ids_in_slot, std::set<std::string>(terms.begin(), terms.end())) << "docid " << *it;
    std::set<std::string> counted;
    for (const std::string& id : terms) {
      surname_only_ids += is_surname_only_id(id) ? 1 : 0;
      const std::string person = people.person_of(id);
      if (!person.empty() || !is_surname_only_id(id)) {
        counted.insert(person.empty() ? id : person);
      } else {
        ++tied_to_no_one;
      }
    }
    for (const std::string& person : counted) ++by_terms[FacetField::kSpeaker][person];
    persons += counted.size();
  }
  // The archive tests what it says: section values a term changes, and several persons.
  EXPECT_EQ(by_terms[FacetField::kSection].count(":opinion"), 1u);
  EXPECT_EQ(by_terms[FacetField::kSection]["transport"], 3u);
  EXPECT_EQ(by_terms[FacetField::kOutlet]["example gazette"], 2u);
  EXPECT_EQ(std::count_if(
                by_terms[FacetField::kSection].begin(), by_terms[FacetField::kSection].end(),
                [](const auto& count) {
                  return count.first.starts_with("r\xC3\xA9gion ouest") && count.first.size() < 240;
                }),
            1)
      << "the long section is cut as its term is";
  EXPECT_GE(by_terms[FacetField::kSpeaker].size(), 2u);
  EXPECT_GE(persons, 5u);
  EXPECT_GE(surname_only_ids, 3u);
  EXPECT_EQ(tied_to_no_one, 1u) << "the unconfirmed Kovarik";

  // The slot way: what the facets count.
  SearchOptions options;
  options.db_path = index.db_path;
  options.facets = {FacetField::kSection, FacetField::kOutlet, FacetField::kSpeaker};
  options.facet_limit = 1000;
  const SearchResults results = search(options);
  ASSERT_EQ(results.facets.size(), 3u);
  for (const Facet& facet : results.facets)
    EXPECT_EQ(as_counts(facet), by_terms[facet.field]) << "--facet " << facet_name(facet.field);
}

// Ties are broken by docid: the order articles were first indexed, which is path order for a
// database built in one run over a directory, and which later runs keep (an edited or renamed
// article keeps its place; a new one comes after the rest). Pages cut that one order.
TEST(TieOrder, TiesKeepTheOrderArticlesWereFirstIndexedIn) {
  TempDir dir;
  const fs::path archive = dir.path() / "archive";
  fs::create_directories(archive);
  for (const auto& entry : fs::directory_iterator(CORPUS_DIR)) {
    if (entry.path().extension() == ".txt")
      fs::copy_file(entry.path(), archive / entry.path().filename());
  }
  IndexOptions index;
  index.db_path = (dir.path() / "db").string();
  index.inputs = {archive.string()};
  run_index(index);

  const auto ids_of = [&](const char* query, SortOrder sort, std::size_t offset,
                          std::size_t limit) {
    SearchOptions options;
    options.db_path = index.db_path;
    options.query = query;
    options.sort = sort;
    options.offset = offset;
    options.limit = limit;
    options.snippets = false;
    std::vector<std::pair<std::string, std::string>> out;  // id, path
    for (const auto& hit : search(options).hits)
      out.emplace_back(hit.record["id"].get<std::string>(), hit.record["path"].get<std::string>());
    return out;
  };
  const char* const queries[] = {"", "date:2023..2025", "type:article"};
  std::map<std::string, std::vector<std::pair<std::string, std::string>>> before;
  for (const char* query : queries) {
    for (SortOrder sort : {SortOrder::kRelevance, SortOrder::kNewest, SortOrder::kOldest}) {
      const auto all = ids_of(query, sort, 0, 1000);
      ASSERT_GT(all.size(), 3u) << query;
      before[fmt::format("{} {}", query, static_cast<int>(sort))] = all;
      if (sort == SortOrder::kRelevance) {
        // Every hit weighs 0 for a pure filter: the whole list is one tie, in path order.
        std::vector<std::string> paths;
        for (const auto& [id, path] : all) paths.push_back(path);
        EXPECT_TRUE(std::is_sorted(paths.begin(), paths.end())) << query;
      }
      // Pages of 1 to 3 hits cut the same order, ties included.
      for (std::size_t limit : {1, 2, 3}) {
        for (std::size_t offset : {0, 1, 2, 5}) {
          const auto page = ids_of(query, sort, offset, limit);
          const std::vector<std::pair<std::string, std::string>> slice(
              all.begin() + static_cast<std::ptrdiff_t>(std::min(offset, all.size())),
              all.begin() + static_cast<std::ptrdiff_t>(std::min(offset + limit, all.size())));
          EXPECT_EQ(page, slice) << query << " offset " << offset << " limit " << limit;
        }
      }
    }
  }

  // An edit, a rename to a name that sorts first, and a new file that sorts first.
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(archive)) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  const fs::path edited = files[files.size() / 2];
  {
    std::ofstream out(edited, std::ios::app);
    out << "\nA paragraph added in a later edition of the article.\n";
  }
  fs::rename(files.back(), archive / "000-renamed.txt");
  fs::copy_file(files.front(), archive / "000-added.txt");
  {
    std::ofstream out(archive / "000-added.txt", std::ios::app);
    out << "\nA new article that differs from its source in this last paragraph.\n";
  }
  const IndexSummary second = run_index(index);
  EXPECT_EQ(second.added, 1u);
  EXPECT_EQ(second.moved, 1u);
  EXPECT_EQ(second.updated, 1u);
  for (const char* query : {"", "type:article"}) {
    const auto after = ids_of(query, SortOrder::kRelevance, 0, 1000);
    const auto& earlier =
        before[fmt::format("{} {}", query, static_cast<int>(SortOrder::kRelevance))];
    ASSERT_EQ(after.size(), earlier.size() + 1) << query;
    // The renamed article has a new path and, with it, a new id; the rest keep both.
    for (std::size_t i = 0; i < earlier.size(); ++i) {
      const std::string expected_path = earlier[i].second == files.back().string()
                                            ? (archive / "000-renamed.txt").string()
                                            : earlier[i].second;
      EXPECT_EQ(after[i].second, expected_path) << query << " at " << i;
    }
    EXPECT_EQ(after.back().second, (archive / "000-added.txt").string()) << query;
  }
}

// ISO weeks at year ends, where the week-numbering year differs from the calendar year.
TEST(Histogram, IsoWeeksAndZeroFill) {
  struct Case {
    const char* day;  // YYYYMMDD
    const char* week;
    const char* monday;
  };
  const Case cases[] = {
      {"20230101", "2022-W52", "2022-12-26"}, {"20230102", "2023-W01", "2023-01-02"},
      {"20201231", "2020-W53", "2020-12-28"}, {"20210103", "2020-W53", "2020-12-28"},
      {"20241230", "2025-W01", "2024-12-30"}, {"20240229", "2024-W09", "2024-02-26"},
  };
  for (const auto& c : cases) {
    const auto spy = make_day_spy();
    Xapian::Document document;
    document.add_value(slot_number(Slot::kPublished), std::string(c.day) + "1200");
    (*spy)(document, 0);
    const Histogram histogram = to_histogram(HistogramInterval::kWeek, *spy);
    ASSERT_EQ(histogram.buckets.size(), 1u) << c.day;
    EXPECT_EQ(histogram.buckets[0].period, c.week) << c.day;
    EXPECT_EQ(histogram.buckets[0].start, c.monday) << c.day;
  }
  // Zero-filled months across a year end; undated documents counted apart.
  const auto spy = make_day_spy();
  for (const char* value : {"202311150000", "202402010000", "202402290000", ""}) {
    Xapian::Document document;
    if (*value) document.add_value(slot_number(Slot::kPublished), value);
    (*spy)(document, 0);
  }
  const Histogram months = to_histogram(HistogramInterval::kMonth, *spy);
  std::vector<std::pair<std::string, std::size_t>> got;
  for (const auto& bucket : months.buckets) got.emplace_back(bucket.period, bucket.count);
  EXPECT_EQ(got, (std::vector<std::pair<std::string, std::size_t>>{
                     {"2023-11", 1}, {"2023-12", 0}, {"2024-01", 0}, {"2024-02", 2}}));
  EXPECT_EQ(months.undated, 1u);
}

// A document with `value` in `slot` (none when empty), as the spies see it.
Xapian::Document with_value(Slot slot, const std::string& value) {
  Xapian::Document document;
  if (!value.empty()) document.add_value(slot_number(slot), value);
  return document;
}

// A set of values in one slot value counts once for each distinct value in it, as often as
// documents had the set; documents with no value, or none left after splitting, count apart.
TEST(SlotCountSpy, SplitsEachDistinctSetAndCountsItsDocuments) {
  struct Case {
    const char* name;
    std::vector<std::string> values;  // kAuthors, one a document
    std::map<std::string, std::size_t> counts;
    std::size_t without;
    std::size_t distinct_sets;
  };
  const Case cases[] = {
      {"one set twice", {"Ann\nBob", "Ann\nBob"}, {{"Ann", 2}, {"Bob", 2}}, 0, 1},
      {"overlapping sets",
       {"Ann\nBob", "Bob", "Bob\nCy", ""},
       {{"Ann", 1}, {"Bob", 3}, {"Cy", 1}},
       1,
       3},
      {"a name twice in a set counts once", {"Ann\nAnn", "Ann"}, {{"Ann", 2}}, 0, 2},
      {"only empty lines", {"\n", "Ann"}, {{"Ann", 1}}, 1, 2},
      {"nothing", {"", ""}, {}, 2, 0},
  };
  const Xapian::WritableDatabase empty("", Xapian::DB_BACKEND_INMEMORY);
  const PeopleTable people(empty);  // not read by the author facet
  for (const Case& c : cases) {
    const auto spy = make_slot_facet_spy(FacetField::kAuthor, people);
    for (const std::string& value : c.values) (*spy)(with_value(Slot::kAuthors, value), 0);
    EXPECT_EQ(spy->counts(), c.counts) << c.name;
    EXPECT_EQ(spy->without_value(), c.without) << c.name;
    EXPECT_EQ(spy->distinct_slot_values(), c.distinct_sets) << c.name;
  }
}

// With a mapper, each distinct split value is mapped once, in byte order, after the match; a
// document counts once per distinct mapped value, and one whose values all map to "" counts as
// without a value.
TEST(SlotCountSpy, MapsEachDistinctValueOnceInByteOrder) {
  std::vector<std::string> asked;
  const std::map<std::string, std::string> persons = {
      {"a", "P"}, {"b", "P"}, {"c", "Q"}, {"x", ""}};
  SlotCountSpy spy(
      Slot::kAuthors,
      [](std::string&& value, std::vector<std::string>& out) {
        for (const std::string_view id : split(value, "\n")) out.emplace_back(id);
      },
      [&](const std::string& id) {
        asked.push_back(id);
        return persons.at(id);
      });
  for (const char* value : {"c\na\nb", "b", "x", "a\nx", "c\na\nb"}) {
    spy(with_value(Slot::kAuthors, value), 0);
  }
  EXPECT_TRUE(asked.empty()) << "mapped during the match";
  EXPECT_EQ(spy.counts(), (std::map<std::string, std::size_t>{{"P", 4}, {"Q", 2}}));
  EXPECT_EQ(spy.without_value(), 1u);
  EXPECT_EQ(asked, (std::vector<std::string>{"a", "b", "c", "x"}));
  spy.counts();
  EXPECT_EQ(asked.size(), 4u) << "mapped again";
}

// What runs on a remote shard is Xapian's own class: the spy is known to xapian-tcpsrv by the
// base's name, and the counts a shard sends back (serialise_results) merge into the same counts
// as one spy over every document.
TEST(SlotCountSpy, ShardsCountsMergeIntoTheWholeCounts) {
  const std::vector<std::string> days = {
      "202311150930", "202311151000", "202402010000", "", "202311150930", "202402290000", ""};
  const auto whole = make_slot_day_spy();
  for (const std::string& day : days) (*whole)(with_value(Slot::kPublished, day), 0);
  for (std::size_t split = 0; split <= days.size(); ++split) {
    const auto merged = make_slot_day_spy();
    EXPECT_EQ(merged->name(), Xapian::ValueCountMatchSpy(0).name());
    EXPECT_EQ(merged->serialise(),
              Xapian::ValueCountMatchSpy(slot_number(Slot::kPublished)).serialise());
    const auto shard = make_slot_day_spy();
    for (std::size_t i = 0; i < days.size(); ++i)
      (*(i < split ? merged : shard))(with_value(Slot::kPublished, days[i]), 0);
    merged->merge_results(shard->serialise_results());
    EXPECT_EQ(merged->counts(), whole->counts()) << split;
    EXPECT_EQ(merged->without_value(), whole->without_value()) << split;
  }
  EXPECT_EQ(whole->counts(), (std::map<std::string, std::size_t>{
                                 {"20231115", 3}, {"20240201", 1}, {"20240229", 1}}));
  EXPECT_EQ(whole->without_value(), 2u);
}

// An archive of `count` generated articles (seeded, so always the same) for the two spies: persons
// quoted in full and by surname (one surname shared by two people, so that the people table ties
// ids to persons), one to three authors drawn from a few (so that sets repeat), sections and
// outlets or none, and publication times over three years or none.
void write_generated_archive(const fs::path& file, int count) {
  const char* first[] = {"Ada", "Tomas", "Ines", "Halvard", "Priya", "Kwame"};
  const char* last[] = {"Quill", "Brink", "Okafor", "Brekke", "Quill", "Haddad"};
  const char* authors[] = {"Maren Holloway", "Aled Pryce", "Selin Tallis", "Oskar Novak"};
  const char* sections[] = {"", "Politics", "Business", "World", "Transport"};
  const char* outlets[] = {"", "Example Gazette", "Other Times"};
  const char* topics[] = {"tunnel", "budget", "council", "election"};
  std::mt19937 random(19);
  const auto pick = [&](int n) { return static_cast<int>(random() % static_cast<unsigned>(n)); };
  std::ofstream out(file);
  for (int i = 0; i < count; ++i) {
    const char* topic = topics[pick(4)];
    std::string text = fmt::format("The {} was discussed again on Monday.", topic);
    for (int quote = pick(4); quote > 0; --quote) {
      const int person = pick(6);
      text += fmt::format(
          "\n\n\"We will look at the {} again next week,\" said {} {}, who chairs "
          "the committee.",
          topic, first[person], last[person]);
      if (pick(2) == 0) {
        text += fmt::format("\n\n\"It is late and it cost too much,\" {} said.", last[person]);
      }
    }
    nlohmann::json record = {{"title", fmt::format("The {}, part {}", topic, i)}, {"text", text}};
    if (pick(8) != 0) {
      record["published"] = fmt::format("{}-{:02}-{:02}T{:02}:{:02}:00Z", 2022 + pick(3),
                                        1 + pick(12), 1 + pick(28), pick(24), pick(60));
    }
    std::vector<std::string> names;
    for (int n = pick(4); n > 0; --n) names.emplace_back(authors[pick(4)]);
    if (!names.empty()) record["authors"] = names;
    if (const char* section = sections[pick(5)]; *section) record["section"] = section;
    if (const char* outlet = outlets[pick(3)]; *outlet) record["outlet"] = outlet;
    out << record.dump() << '\n';
  }
}

// One count both ways: our CountingSpy (local databases) and SlotCountSpy (Xapian's
// ValueCountMatchSpy, databases with remote shards).
struct SpyPair {
  std::string name;
  std::unique_ptr<CountingSpy> ours;
  std::unique_ptr<SlotCountSpy> xapians;
};

// Every facet field and the publication day, both ways.
std::vector<SpyPair> every_count_both_ways(const PeopleTable& people) {
  std::vector<SpyPair> pairs;
  for (const FacetField field : kAllFields) {
    pairs.push_back({std::string(facet_name(field)), make_facet_spy(field, people),
                     make_slot_facet_spy(field, people)});
  }
  pairs.push_back({"day", make_day_spy(), make_slot_day_spy()});
  return pairs;
}

// Runs each query once with every spy of both kinds in the one match, the Xapian ones sharing a
// ValueCountMatchSpy a slot as over remote shards (the year, month and day spies split the
// published slot's counts), and expects each pair's counts and without_value equal. Returns how
// many values were counted and how many documents went without one, over all queries and spies,
// for the caller to check that the archive exercised the counts.
std::pair<std::size_t, std::size_t> expect_both_spies_equal(
    const std::string& db_path, const std::vector<std::string>& queries) {
  const Xapian::Database db = open_for_read(db_path);
  const PeopleTable people(db);
  std::size_t values = 0;
  std::size_t without = 0;
  for (const std::string& query : queries) {
    ArticleQueryParser parser(db);
    Xapian::Enquire enquire(db);
    enquire.set_query(parser.parse(query).query);
    std::vector<SpyPair> pairs = every_count_both_ways(people);
    std::map<Slot, const SlotCountSpy*> counting;
    for (SpyPair& pair : pairs) {
      // Two different ways of counting, not one spy twice.
      EXPECT_EQ(dynamic_cast<Xapian::ValueCountMatchSpy*>(pair.ours.get()), nullptr) << pair.name;
      enquire.add_matchspy(pair.ours.get());
      const auto [at, fresh] = counting.try_emplace(pair.xapians->slot(), pair.xapians.get());
      if (fresh) {
        enquire.add_matchspy(pair.xapians.get());
      } else {
        pair.xapians->count_from(*at->second);
      }
    }
    const Xapian::MSet matches = enquire.get_mset(0, 0, db.get_doccount());
    for (const SpyPair& pair : pairs) {
      const ValueCounts& ours = *pair.ours;
      const ValueCounts& xapians = *pair.xapians;
      EXPECT_EQ(ours.counts(), xapians.counts()) << pair.name << " for '" << query << "'";
      EXPECT_EQ(ours.without_value(), xapians.without_value())
          << pair.name << " for '" << query << "'";
      values += ours.counts().size();
      without += ours.without_value();
    }
    EXPECT_EQ(counting.at(Slot::kPublished)->get_total(), matches.get_matches_estimated())
        << "the Xapian spies saw every match of '" << query << "'";
  }
  return {values, without};
}

// The local and the remote way of counting (facets.h) agree on every facet field and the day
// histogram's days, over corpus/ and over a generated archive with speakers, authors, sections,
// outlets and dates (and articles without each): only this keeps the faster local spy honest,
// since e2e_remote_shards compares remote shards' output with a local stub's, which counts the
// local way.
TEST_F(AnalysisOverCorpus, BothSpiesCountTheSame) {
  const auto [values, without] =
      expect_both_spies_equal(db_path(), {"", "election", "said", "speaker:brandauer", "date:2024",
                                          "council NOT election", "xylophonequagmire"});
  EXPECT_GT(values, 50u);
  EXPECT_GT(without, 0u);
}

TEST(BothSpies, CountTheSameOverAGeneratedArchive) {
  TempDir dir;
  const fs::path archive = dir.path() / "archive";
  fs::create_directories(archive);
  write_generated_archive(archive / "generated.jsonl", 400);
  IndexOptions index;
  index.db_path = (dir.path() / "db").string();
  index.inputs = {archive.string()};
  run_index(index);

  // The archive has what the spies count: persons, several authors an article, sections and
  // outlets, dates, and articles without each.
  const Xapian::Database db = open_for_read(index.db_path);
  SearchOptions options;
  options.db_path = index.db_path;
  options.facets.assign(std::begin(kAllFields), std::end(kAllFields));
  options.facet_limit = 1000;
  const SearchResults results = search(options);
  for (const Facet& facet : results.facets) {
    EXPECT_GE(facet.counts.size(), facet.field == FacetField::kOutlet ? 2u : 3u)
        << facet_name(facet.field);
  }
  std::size_t several_authors = 0;
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    several_authors +=
        display_names(db.get_document(*it).get_value(slot_number(Slot::kAuthors))).size() > 1;
  }
  EXPECT_GT(several_authors, 50u);

  const auto [values, without] = expect_both_spies_equal(
      index.db_path, {"", "tunnel", "budget OR council", "speaker:quill", "date:2023", "-election",
                      "section:politics", "nothingmatchesthis"});
  EXPECT_GT(values, 200u);
  EXPECT_GT(without, 100u);
}

TEST(SharedCorpora, BbcFacetsEqualBruteForceCounts) {
  if (!shared_dir() || !fs::is_directory(*shared_dir() / "corpora" / "bbc")) {
    GTEST_SKIP() << "../shared/corpora/bbc is absent beside the project (a fresh clone?)";
  }
  TempDir dir;
  IndexOptions index;
  index.db_path = (dir.path() / "db").string();
  index.inputs = {(*shared_dir() / "corpora" / "bbc").string()};
  run_index(index);
  for (const char* query : {"", "blair", "speaker:blair", "election OR budget", "said brown"}) {
    check_against_brute_force(index.db_path, query);
  }
}

}  // namespace
}  // namespace news
