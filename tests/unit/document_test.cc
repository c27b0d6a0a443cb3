// to_document -> the expected terms and values (Omega's omindexcheck idea): the schema table in
// action, checked from the outside.
#include <cmath>
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "common/document.h"
#include "common/schema.h"
#include "common/strings.h"
#include "indexer/stories.h"

namespace news {
namespace {

Article sample_article() {
  Article article;
  article.id = "00000000000000ab";
  article.path = "/archive/a.txt";
  article.format = "text";
  article.title = "Harbour strike ends";
  article.authors = {"Mira Castell", "Tom Lyle"};
  article.published = parse_date("2024-03-05 09:15");
  article.updated = parse_date("2024-03-06");
  article.paragraphs = {"Dockers voted to return.", "Cranes moved again."};
  return article;
}

std::set<std::string> terms_of(const Xapian::Document& document) {
  std::set<std::string> terms;
  for (auto it = document.termlist_begin(); it != document.termlist_end(); ++it) terms.insert(*it);
  return terms;
}

TEST(ToDocument, TermsForEveryField) {
  Xapian::TermGenerator generator = make_term_generator();
  const Xapian::Document document =
      to_document(sample_article(), SourceStamp{5, 7, 6, "abc"}, generator);
  const std::set<std::string> terms = terms_of(document);
  const std::set<std::string> expected = {
      "Q00000000000000ab",
      "XTYPEarticle",  // identity and type
      "Sharbour",
      "Sstrike",
      "Sends",
      "ZSharbour",  // title, prefixed
      "harbour",
      "strike",
      "ends",  // title, unprefixed
      "Amira",
      "Acastell",
      "Atom",
      "Alyle",  // author words
      "XAmira castell",
      "XAtom lyle",  // exact bylines
      "dockers",
      "voted",
      "cranes",
      "Zdocker",
      "Zcrane",  // body words and stems
  };
  for (const auto& term : expected) EXPECT_TRUE(terms.count(term)) << "missing term " << term;
  EXPECT_FALSE(terms.count("Sdockers")) << "body words must not get the title prefix";
}

TEST(ToDocument, Values) {
  Xapian::TermGenerator generator = make_term_generator();
  const Xapian::Document document = to_document(
      sample_article(),
      SourceStamp{1700000000123456789, 1700000000987654321, 4096, "0123456789abcdef"}, generator);
  EXPECT_EQ(document.get_value(slot_number(Slot::kPublished)), "202403050915");
  EXPECT_EQ(document.get_value(slot_number(Slot::kUpdated)), "202403060000");
  // 2024-03-05 09:15 is 8,322,645 minutes before its era's end, 2040-01-01.
  EXPECT_EQ(document.get_value(slot_number(Slot::kRecencyWeight)),
            Xapian::sortable_serialise(std::exp2(-8'322'645.0 / (14 * 24 * 60))));
  // No order yet (news-index gives it): the sort keys hold the date alone.
  EXPECT_EQ(document.get_value(slot_number(Slot::kOldestKey)), "202403050915");
  EXPECT_EQ(document.get_value(slot_number(Slot::kNewestKey)), "797596949084");
  const auto stamp = read_source_stamp(document);
  ASSERT_TRUE(stamp);
  EXPECT_EQ(*stamp,
            (SourceStamp{1700000000123456789, 1700000000987654321, 4096, "0123456789abcdef"}));
}

// The value a boolean field's term gives back (prefix and ':' marker off), read from the term list
// as the section and outlet facets did before they had slots.
std::string term_value(const Xapian::Document& document, FieldSource source) {
  const std::string prefix(field(source).prefix);
  for (const std::string& term : terms_of(document)) {
    if (!term.starts_with(prefix)) continue;
    std::string value = term.substr(prefix.size());
    if (value.starts_with(':')) value.erase(0, 1);
    return value;
  }
  return "";
}

// The section and outlet slots hold what their terms hold, however the value is written, so that
// facets counted from the slots count what the terms would.
TEST(ToDocument, SectionAndOutletSlotsHoldTheirTermsValues) {
  std::string long_value;
  while (long_value.size() < 300) long_value += "R\xC3\xA9gion ";
  struct Case {
    const char* name;
    std::string written;
    std::string slot;  // "" for no value
  };
  const Case cases[] = {
      {"lower-cased", "World News", "world news"},
      {"leading colon", ":Opinion", ":opinion"},
      {"non-ASCII letters kept",
       "\xC3\x89"
       "conomie",
       "\xC3\x89"
       "conomie"},
      {"none", "", ""},
      {"too long: cut as the term is", long_value,
       boolean_term(FieldSource::kSection, lower_ascii(long_value)).substr(8)},
  };
  Xapian::TermGenerator generator = make_term_generator();
  for (const Case& c : cases) {
    Article article = sample_article();
    article.section = c.written;
    article.outlet = c.written;
    const Xapian::Document document = to_document(article, SourceStamp{}, generator);
    for (const auto& [source, slot] : {std::pair{FieldSource::kSection, Slot::kSection},
                                       std::pair{FieldSource::kOutlet, Slot::kOutlet}}) {
      const std::string value = document.get_value(slot_number(slot));
      EXPECT_EQ(value, term_value(document, source)) << c.name;
      if (source == FieldSource::kSection) {
        EXPECT_EQ(value, c.slot) << c.name;
      }
    }
  }
}

TEST(ToDocument, RecordRoundTrip) {
  Xapian::TermGenerator generator = make_term_generator();
  const Xapian::Document document =
      to_document(sample_article(), SourceStamp{1, 3, 2, "x"}, generator);
  const nlohmann::json record = read_record(document);
  EXPECT_EQ(record["id"], "00000000000000ab");
  EXPECT_EQ(record["title"], "Harbour strike ends");
  EXPECT_EQ(record["authors"], nlohmann::json({"Mira Castell", "Tom Lyle"}));
  EXPECT_EQ(record["published"], "2024-03-05T09:15");
  EXPECT_EQ(record["body"], "Dockers voted to return.\n\nCranes moved again.");
  EXPECT_FALSE(record.contains("paragraphs"));
}

// A hit's speakers come from the record's first line, as the speakers' value slot has them; a
// record written before the line had them gives nullopt, and the search reads the slot.
TEST(ToDocument, RecordSpeakersAreTheSpeakersSlotsNames) {
  Xapian::TermGenerator generator = make_term_generator();
  Article article = sample_article();
  article.people = {{"Mira Castell", {}, "", ""}, {"Ivo Brant", {}, "", ""}};
  const Xapian::Document document = to_document(article, SourceStamp{}, generator);
  const nlohmann::json record = read_record(document);
  ASSERT_TRUE(record_speakers(record));
  EXPECT_EQ(*record_speakers(record),
            display_names(document.get_value(slot_number(Slot::kSpeakers))));
  EXPECT_EQ(*record_speakers(record), (std::vector<std::string>{"Mira Castell", "Ivo Brant"}));
  struct Case {
    const char* name;
    nlohmann::json record;
    bool has;
  };
  const Case cases[] = {
      {"no key (older record)", {{"id", "x"}}, false},
      {"not an array", {{"speakers", "Mira Castell"}}, false},
      {"a name that is not a string", {{"speakers", {"Mira Castell", 3}}}, false},
      {"no speakers", {{"speakers", nlohmann::json::array()}}, true},
  };
  for (const Case& c : cases) EXPECT_EQ(record_speakers(c.record).has_value(), c.has) << c.name;
}

// A JSON record file's stamp keeps the records that could not be indexed, so that a run passing
// the unchanged file over reports them again.
TEST(RecordSource, RoundTrip) {
  const SourceStamp stamp{1700000000123456789, 1700000000987654321, 4096, "0123456789abcdef"};
  const RecordSourceStamp cases[] = {
      {stamp, 12, {}},
      {stamp, 2, {{2, "syntax error while parsing object"}}},
      {stamp, 0, {{1, "not an object"}, {7, "repeats the url of an earlier record"}}},
      {stamp, 1, {{3, ""}}},
  };
  for (const auto& source : cases) {
    SCOPED_TRACE(source.skipped.size());
    EXPECT_EQ(decode_record_source(encode_record_source(source)), source);
  }
  // A line break in a reason cannot end its line early.
  const RecordSourceStamp broken{stamp, 1, {{4, "line one\nline two"}}};
  const auto decoded = decode_record_source(encode_record_source(broken));
  ASSERT_TRUE(decoded);
  ASSERT_EQ(decoded->skipped.size(), 1u);
  EXPECT_EQ(decoded->skipped[0], (SkippedRecord{4, "line one line two"}));
}

TEST(RecordSource, OlderAndMalformedValues) {
  // Written before skipped records were kept: the hash ends the value.
  const std::string fields = encode_record_source({{1, 2, 3, ""}, 4, {}});
  const auto old = decode_record_source(fields + "abcdef");
  ASSERT_TRUE(old);
  EXPECT_EQ(old->stamp, (SourceStamp{1, 2, 3, "abcdef"}));
  EXPECT_EQ(old->records, 4u);
  EXPECT_TRUE(old->skipped.empty());
  const std::string errors[] = {"", "short", fields + "abcdef\n2 no tab", fields + "abcdef\nx\tbad",
                                fields + "abcdef\n-2\tnegative"};
  for (const auto& value : errors) {
    SCOPED_TRACE(value);
    EXPECT_EQ(decode_record_source(value), std::nullopt);
  }
}

TEST(ToDocument, UndatedArticleHasNoDateValue) {
  Article article = sample_article();
  article.published.reset();
  article.updated.reset();
  Xapian::TermGenerator generator = make_term_generator();
  const Xapian::Document document = to_document(article, SourceStamp{}, generator);
  EXPECT_TRUE(document.get_value(slot_number(Slot::kPublished)).empty());
  EXPECT_TRUE(document.get_value(slot_number(Slot::kRecencyWeight)).empty());
  EXPECT_EQ(document.get_value(slot_number(Slot::kNewestKey)), "~");
  EXPECT_EQ(read_record(document)["published"], nullptr);
}

TEST(ToDocument, QuotesAreStoredByRangeAndReadBackWithText) {
  Article article = sample_article();
  article.people = {{"Mira Castell", {"Castell"}, "union leader", ""}};
  // "voted to return" in paragraph 0, "Cranes moved" in paragraph 1.
  article.quotes = {{"Mira Castell", "voted to return", "said", 0, 8, 23, false},
                    {"Mira Castell", "Cranes moved", "", 1, 0, 12, true}};
  Xapian::TermGenerator generator = make_term_generator();
  const nlohmann::json record = read_record(to_document(article, SourceStamp{}, generator));
  for (const auto& quote : record["quotes"]) EXPECT_FALSE(quote.contains("text")) << "stored twice";
  const nlohmann::json quotes = stored_quotes(record);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0]["text"], "voted to return");
  EXPECT_EQ(quotes[1]["text"], "Cranes moved");
  EXPECT_EQ(quotes[1]["speaker"], "Mira Castell");
}

// news-query --show prints stored_article: what news-index --explain prints of the same article,
// key for key and in the same order, though the record keeps the body whole and quotes by range.
TEST(ToDocument, StoredArticleIsTheArticleAsExplainPrintsIt) {
  Article article = sample_article();
  article.url = "https://example.org/strike";
  article.standfirst = {"Two weeks of stoppage end"};
  article.people = {{"Mira Castell", {"Castell"}, "union leader", "Dockers' Union"},
                    {"Tom Lyle", {}, "", ""}};
  article.quotes = {{"Mira Castell", "voted to return", "said", 0, 8, 23, false},
                    {"Tom Lyle", "Cranes moved", "", 1, 0, 12, true}};
  article.content_hash = "0123456789abcdef";
  article.warnings = {"invalid UTF-8 decoded as Windows-1252"};
  Xapian::TermGenerator generator = make_term_generator();
  const nlohmann::json record = read_record(to_document(article, SourceStamp{}, generator));
  EXPECT_EQ(stored_article(record).dump(), to_json(article).dump());
}

TEST(ToDocument, AffiliationIsIndexedAndStored) {
  Article article = sample_article();
  article.people = {{"Mira Castell",
                     {"Ms Castell"},
                     "general secretary of the Quayside Workers' Union",
                     "Quayside Workers' Union"},
                    {"Tom Lyle", {}, "docker", ""}};
  Xapian::TermGenerator generator = make_term_generator();
  const Xapian::Document document = to_document(article, SourceStamp{}, generator);
  const std::set<std::string> terms = terms_of(document);
  for (const char* term : {"XORGquayside", "XORGworkers", "XORGunion", "ZXORGunion"})
    EXPECT_TRUE(terms.count(term)) << "missing term " << term;
  EXPECT_FALSE(terms.count("quayside")) << "affiliations are not body words";
  const nlohmann::json people = read_record(document)["people"];
  ASSERT_EQ(people.size(), 2u);
  EXPECT_EQ(people[0]["affiliation"], "Quayside Workers' Union");
  EXPECT_EQ(people[1]["affiliation"], nullptr) << "unknown, as an empty role is";
}

Article long_article(std::string last_word) {
  Article article = sample_article();
  article.paragraphs = {
      "The harbour authority said on Tuesday that the strike by dockers had ended after three "
      "weeks of talks, and that the cranes would be working again by the end of the week.",
      "Union leaders told members that the offer, a rise of four per cent this year and three "
      "next year, was the best they could get without a longer stoppage.",
      "Shipping lines had diverted more than forty vessels to other ports during the dispute, "
      "costing the town's traders an estimated two million pounds a " +
          last_word + "."};
  return article;
}

TEST(SimHash, SameBodySameHashSmallEditSmallDistance) {
  const auto a = simhash(long_article("week"));
  const auto b = simhash(long_article("week"));
  const auto c = simhash(long_article("month"));
  ASSERT_TRUE(a && b && c);
  EXPECT_EQ(*a, *b);
  EXPECT_LE(hamming_distance(*a, *c), 12) << "one word of 80 changed";
  Article other = sample_article();
  other.paragraphs = {
      "Ministers announced a review of rail fares across the northern region, "
      "with a report expected in the spring and new prices from next January."};
  const auto d = simhash(other);
  ASSERT_TRUE(d);
  EXPECT_GT(hamming_distance(*a, *d), kMaxStoryDistance);
}

TEST(SimHash, TitleIsLeftOutAndEmptyBodyHasNone) {
  Article retitled = long_article("week");
  retitled.title = "Dock strike over";
  EXPECT_EQ(simhash(retitled), simhash(long_article("week")));
  Article empty = sample_article();
  empty.paragraphs.clear();
  EXPECT_FALSE(simhash(empty));
  Xapian::TermGenerator generator = make_term_generator();
  const Xapian::Document document = to_document(empty, SourceStamp{}, generator);
  EXPECT_TRUE(document.get_value(slot_number(Slot::kSimHash)).empty());
}

TEST(SimHash, StoredWithFourBandTerms) {
  Xapian::TermGenerator generator = make_term_generator();
  const Xapian::Document document = to_document(long_article("week"), SourceStamp{}, generator);
  const auto stored = read_simhash(document);
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored, simhash(long_article("week")));
  const std::set<std::string> terms = terms_of(document);
  for (const auto& band : simhash_band_terms(*stored)) EXPECT_TRUE(terms.count(band)) << band;
  EXPECT_EQ(simhash_band_terms(0x0123456789abcdefull),
            (std::vector<std::string>{"XSIM0cdef", "XSIM189ab", "XSIM24567", "XSIM30123"}));
  EXPECT_TRUE(document.get_value(slot_number(Slot::kStory)).empty())
      << "the story is the writer's to set";
}

TEST(ReadRecord, RejectsForeignData) {
  Xapian::Document document;
  document.set_data("not json");
  EXPECT_ANY_THROW(read_record(document));
}

}  // namespace
TEST(ToDocument, PathThatIsNotUtf8IsStoredWithReplacementCharacters) {
  Article article = sample_article();
  article.path = "/archive/caf\xe9.txt";  // a Latin-1 file name
  Xapian::TermGenerator generator = make_term_generator();
  const Xapian::Document document = to_document(article, SourceStamp{}, generator);
  EXPECT_EQ(read_record(document)["path"], "/archive/caf\xef\xbf\xbd.txt");
  EXPECT_EQ(document.get_value(slot_number(Slot::kPath)), article.path) << "the slot keeps bytes";
}

}  // namespace news
