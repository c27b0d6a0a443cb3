// Table-driven cases for the JSON and JSON Lines reader. The records are written for these tests;
// none is a copy of a corpus file.
#include <cctype>
#include <fstream>
#include <iterator>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "extract/json/reader.h"
#include "extract/text_decoding.h"

namespace news {
namespace {

using namespace std::literals;

// A record and what the article read from it must hold. `expected` is a JSON object whose keys
// are a subset of to_json's (docs/json.md): only those keys are compared, so each case states
// what it is about and nothing more.
struct RecordCase {
  const char* name;
  std::string_view record;
  JsonDialect dialect;
  std::string_view expected;
};

const RecordCase kRecordCases[] = {
    // Our own schema.
    {"NativeText",
     R"({"title": "Harbour tunnel reopens after repairs",
         "authors": ["Ines Calloway", "Tomas Brink"],
         "published": "2024-03-05T09:15:00+01:00", "updated": "2024-03-05 11:40",
         "url": "https://gazette.example/transport/tunnel", "section": "Transport",
         "outlet": "Example Gazette", "language": "en",
         "text": "The tunnel reopened\non Tuesday.\n\nTraffic was light.\n"})",
     JsonDialect::kNative,
     R"({"format": "json", "title": "Harbour tunnel reopens after repairs",
         "authors": ["Ines Calloway", "Tomas Brink"],
         "published": "2024-03-05T09:15+01:00", "updated": "2024-03-05T11:40",
         "url": "https://gazette.example/transport/tunnel", "section": "Transport",
         "outlet": "Example Gazette", "language": "en",
         "paragraphs": ["The tunnel reopened on Tuesday.", "Traffic was light."],
         "standfirst": [], "warnings": []})"},
    {"NativeTextBlankLineOfSpaces", R"({"title": "T", "text": "One.\nTwo.\n  \nThree."})",
     JsonDialect::kNative, R"({"paragraphs": ["One. Two.", "Three."]})"},
    {"NativeTextSingleNewlines", R"({"title": "T", "text": "One.\nTwo.\nThree."})",
     JsonDialect::kNative, R"({"paragraphs": ["One.", "Two.", "Three."]})"},
    {"NativeTextCrLf", R"({"title": "T", "text": "One\r\nstill one.\r\n\r\nTwo."})",
     JsonDialect::kNative, R"({"paragraphs": ["One still one.", "Two."]})"},
    {"NativeParagraphs",
     R"({"title": "T", "paragraphs": ["One.", "  Two  ", "", "Three.\n\nFour.", 5]})",
     JsonDialect::kNative, R"({"paragraphs": ["One.", "Two", "Three.", "Four.", "5"]})"},
    {"NativeParagraphItemWithLineBreaksIsOneParagraph",
     R"({"title": "T", "paragraphs": ["One line\nwrapped.", "Two."]})", JsonDialect::kNative,
     R"({"paragraphs": ["One line wrapped.", "Two."]})"},
    {"NativeParagraphsWinOverText",
     R"({"title": "T", "paragraphs": ["From the array."], "text": "From the text."})",
     JsonDialect::kNative, R"({"paragraphs": ["From the array."]})"},
    {"NativeParagraphsAsOneString", R"({"title": "T", "paragraphs": "One.\n\nTwo."})",
     JsonDialect::kNative, R"({"paragraphs": ["One.", "Two."]})"},
    {"NativeStandfirst", R"({"title": "T", "standfirst": ["A lead line."], "text": "Body."})",
     JsonDialect::kNative, R"({"standfirst": ["A lead line."]})"},
    {"TitleOnly", R"({"title": "Only a headline"})", JsonDialect::kNative,
     R"({"title": "Only a headline", "paragraphs": []})"},
    {"TextOnly", R"({"text": "Only a body."})", JsonDialect::kNative,
     R"({"title": "", "paragraphs": ["Only a body."]})"},
    {"WhitespaceAndControlsCollapsed",
     R"({"title": "  Tab\there\u0000 and\nnew\u0007line  ", "text": "a\tb  c"})",
     JsonDialect::kNative, R"({"title": "Tab here and new line", "paragraphs": ["a b c"]})"},

    // Authors.
    {"AuthorsOneStringSplitByByline",
     R"({"title": "T", "authors": "By Ines Calloway and Tomas Brink"})", JsonDialect::kNative,
     R"({"authors": ["Ines Calloway", "Tomas Brink"]})"},
    {"AuthorsOneWordKeptWhole", R"({"title": "T", "authors": "Reuters"})", JsonDialect::kNative,
     R"({"authors": ["Reuters"]})"},
    {"AuthorsObjects",
     R"({"title": "T", "authors": [{"name": "Ines Calloway"}, {"name": null}, {"url": "x"},
                                   "  Tomas   Brink ", {"name": "Ada Quill"}]})",
     JsonDialect::kNative, R"({"authors": ["Ines Calloway", "Tomas Brink", "Ada Quill"]})"},
    {"AuthorsOneObject", R"({"title": "T", "authors": {"name": "Ines Calloway"}})",
     JsonDialect::kNative, R"({"authors": ["Ines Calloway"]})"},
    {"AuthorsCleaned",
     R"({"title": "T", "authors": ["Ines Calloway", "", "  ", "INES CALLOWAY", "Ines Calloway",
         "https://gazette.example/staff/ines", "www.facebook.com", "gazette.example",
         "desk@gazette.example", "J.R. Hartley", null, 42]})",
     JsonDialect::kNative, R"({"authors": ["Ines Calloway", "J.R. Hartley", "42"]})"},
    {"AuthorSingularKey", R"({"title": "T", "author": "Ines Calloway"})", JsonDialect::kNative,
     R"({"authors": ["Ines Calloway"]})"},

    // Dates.
    {"DateOffsetKept", R"({"title": "T", "published": "2024-03-05T23:30:00-05:00"})",
     JsonDialect::kNative, R"({"published": "2024-03-05T23:30-05:00"})"},
    {"DateMicrosecondsAndOffset",
     R"({"title": "T", "published": "2024-03-05 08:15:07.125000+00:00"})", JsonDialect::kNative,
     R"({"published": "2024-03-05T08:15Z"})"},
    {"DateDayOnly", R"({"title": "T", "published": "5 March 2024"})", JsonDialect::kNative,
     R"({"published": "2024-03-05"})"},
    {"DateEpochSeconds", R"({"title": "T", "published": 1709626500})", JsonDialect::kNative,
     R"({"published": "2024-03-05T08:15Z"})"},
    {"DateEpochSecondsFraction", R"({"title": "T", "published": 1709626500.75})",
     JsonDialect::kNative, R"({"published": "2024-03-05T08:15Z"})"},
    {"DateEpochMilliseconds", R"({"title": "T", "published": 1709626500000})", JsonDialect::kNative,
     R"({"published": "2024-03-05T08:15Z"})"},
    {"DateEpochAsString", R"({"title": "T", "published": "1709626500"})", JsonDialect::kNative,
     R"({"published": "2024-03-05T08:15Z"})"},
    {"DateEpochBefore1970", R"({"title": "T", "published": -315360000})", JsonDialect::kNative,
     R"({"published": "1960-01-04T00:00Z"})"},
    {"DateEpochOutOfRange", R"({"title": "T", "published": 1e300})", JsonDialect::kNative,
     R"({"published": null, "warnings": ["'published' is not a date: 1e+300"]})"},
    {"DateNotADate", R"({"title": "T", "published": "sometime last week"})", JsonDialect::kNative,
     R"({"published": null, "warnings": ["'published' is not a date: \"sometime last week\""]})"},
    {"DateEmptyString", R"({"title": "T", "published": " "})", JsonDialect::kNative,
     R"({"published": null, "warnings": []})"},

    // Null and wrongly typed values.
    {"NullsIgnored",
     R"({"title": "T", "authors": null, "published": null, "updated": null, "url": null,
         "section": null, "outlet": null, "language": null, "text": null, "paragraphs": null})",
     JsonDialect::kNative,
     R"({"authors": [], "published": null, "url": "", "section": "", "paragraphs": [],
         "warnings": []})"},
    {"NumbersTakenAsText", R"({"title": 1984, "section": 7, "text": 2.5})", JsonDialect::kNative,
     R"({"title": "1984", "section": "7", "paragraphs": ["2.5"]})"},
    {"WrongTypesIgnoredWithWarnings",
     R"({"title": "T", "section": ["Sport"], "outlet": {"name": "x"}, "published": true,
         "language": false})",
     JsonDialect::kNative,
     R"({"section": "", "outlet": "", "published": null, "language": "",
         "warnings": ["'published' is a boolean, not a date; ignored",
                      "'section' is an array, not a string; ignored",
                      "'outlet' is an object, not a string; ignored",
                      "'language' is a boolean, not a string; ignored"]})"},
    {"UrlMustBeAbsolute", R"({"title": "T", "url": "/local/path"})", JsonDialect::kNative,
     R"({"url": "", "warnings": ["'url' is not a URL: \"/local/path\"; ignored"]})"},
    {"UnknownKeysIgnored", R"({"title": "T", "shares": 12, "tags": ["a"], "extra": {"x": [1]}})",
     JsonDialect::kNative, R"({"title": "T", "warnings": []})"},

    // news-please.
    {"NewsPlease",
     R"({"authors": ["Lotte Verhaar"], "date_download": "2021-04-10 08:00:00",
         "date_modify": "2021-04-10 07:12:00", "date_publish": "2021-04-09 06:45:00",
         "description": "A ferry strike leaves islanders waiting.", "filename": "x.json",
         "image_url": "https://img.example/ferry.jpg", "language": "nl", "localpath": null,
         "maintext": "Ferries stayed in port on Friday.\n\nThe union meets again on Monday.",
         "source_domain": "www.krant.example", "title": "Ferry strike strands islanders",
         "title_page": null, "title_rss": null, "url": "https://www.krant.example/ferry"})",
     JsonDialect::kNewsPlease,
     R"({"title": "Ferry strike strands islanders", "authors": ["Lotte Verhaar"],
         "published": "2021-04-09T06:45", "updated": "2021-04-10T07:12",
         "url": "https://www.krant.example/ferry", "outlet": "www.krant.example", "language": "nl",
         "standfirst": ["A ferry strike leaves islanders waiting."],
         "paragraphs": ["Ferries stayed in port on Friday.", "The union meets again on Monday."],
         "warnings": []})"},
    {"NewsPleaseDescriptionRepeatingTheBodyDropped",
     R"({"title": "T", "maintext": "Ferries stayed in port on Friday. The union meets Monday.",
         "description": "Ferries stayed in port on Friday...", "date_publish": null})",
     JsonDialect::kNewsPlease, R"({"standfirst": [], "published": null})"},

    // newspaper4k.
    {"Newspaper4k",
     R"({"url": "https://times.example/2022/08/01/heat", "title": "Heat record broken again",
         "text": "Temperatures passed 40C.\n\nOfficials urged caution.",
         "text_cleaned": "ignored", "authors": ["Mika Sorensen", "www.facebook.com"],
         "publish_date": "2022-08-01T18:20:05+09:00", "meta_lang": "en",
         "meta_site_name": "Example Times", "meta_description": "A second record in a week.",
         "meta_keywords": ["heat"], "keywords": [], "summary": "", "top_image": "",
         "canonical_link": "https://times.example/heat", "language": "de", "tags": []})",
     JsonDialect::kNewspaper4k,
     R"({"title": "Heat record broken again", "authors": ["Mika Sorensen"],
         "published": "2022-08-01T18:20+09:00", "updated": null,
         "url": "https://times.example/2022/08/01/heat", "outlet": "Example Times",
         "language": "en", "standfirst": ["A second record in a week."],
         "paragraphs": ["Temperatures passed 40C.", "Officials urged caution."], "warnings": []})"},
    {"Newspaper4kFallbacks",
     R"({"title": "T", "text": null, "text_cleaned": "Cleaned body.", "meta_lang": "",
         "language": "fr", "canonical_link": "https://times.example/t", "publish_date": null})",
     JsonDialect::kNewspaper4k,
     R"({"paragraphs": ["Cleaned body."], "language": "fr", "url": "https://times.example/t"})"},
    {"Newspaper4kCanonicalLinkNotAUrl", R"({"title": "T", "canonical_link": "8000123"})",
     JsonDialect::kNewspaper4k,
     R"({"url": "", "warnings": ["'canonical_link' is not a URL: \"8000123\"; ignored"]})"},
};

void PrintTo(const RecordCase& c, std::ostream* os) {
  *os << c.name;
}

std::string case_name(const testing::TestParamInfo<RecordCase>& info) {
  std::string name;
  for (const char c : std::string(info.param.name)) {
    name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  }
  return name;
}

class RecordTest : public testing::TestWithParam<RecordCase> {};

TEST_P(RecordTest, ReadsExpectedFields) {
  const RecordCase& c = GetParam();
  const nlohmann::json record = nlohmann::json::parse(c.record);
  EXPECT_EQ(detect_json_dialect(record), c.dialect);
  const JsonRecordResult result = read_json_record(record);
  ASSERT_TRUE(result.article) << result.error;
  EXPECT_EQ(result.error, "");
  EXPECT_EQ(result.dialect, c.dialect);
  EXPECT_EQ(result.article->format, "json");
  const nlohmann::ordered_json actual = to_json(*result.article);
  const nlohmann::json expected = nlohmann::json::parse(c.expected);
  for (const auto& [key, value] : expected.items()) {
    ASSERT_TRUE(actual.contains(key)) << key;
    EXPECT_EQ(nlohmann::json(actual[key]), value) << key;
  }
  for (const auto& paragraph : result.article->paragraphs) {
    EXPECT_FALSE(paragraph.empty());
    EXPECT_EQ(paragraph.find('\n'), std::string::npos) << paragraph;
  }
}

INSTANTIATE_TEST_SUITE_P(Records, RecordTest, testing::ValuesIn(kRecordCases), case_name);

TEST(RecordErrors, Cases) {
  struct Case {
    const char* name;
    std::string_view record;
    std::string_view error;
  };
  const Case cases[] = {
      {"no title, no text", R"({"url": "https://gazette.example/x", "authors": ["A B"]})",
       "no title or text"},
      {"blank title and text", R"({"title": "  \n", "text": "\n\n\t"})", "no title or text"},
      {"empty paragraphs", R"({"title": null, "paragraphs": ["", " "]})", "no title or text"},
      {"wrongly typed title and text", R"({"title": ["T"], "text": {"body": "x"}})",
       "no title or text"},
      {"empty object", "{}", "no title or text"},
      {"array", R"([{"title": "T"}])", "not a JSON object"},
      {"string", R"("a headline")", "not a JSON object"},
      {"null", "null", "not a JSON object"},
  };
  for (const Case& c : cases) {
    const JsonRecordResult result = read_json_record(nlohmann::json::parse(c.record));
    EXPECT_FALSE(result.article) << c.name;
    EXPECT_EQ(result.error, c.error) << c.name;
  }
}

TEST(RecordUtf8, InvalidBytesInAValueAreDecodedAsWindows1252) {
  // A value built in memory can hold any bytes; the reader must still hand out valid UTF-8.
  nlohmann::json record;
  record["title"] = "Caf\xE9 prices up";
  record["text"] =
      "Up by \xA3"
      "2.";
  const JsonRecordResult result = read_json_record(record);
  ASSERT_TRUE(result.article) << result.error;
  EXPECT_EQ(result.article->title, "Caf\xC3\xA9 prices up");
  EXPECT_EQ(result.article->paragraphs, std::vector<std::string>{"Up by \xC2\xA3"
                                                                 "2."});
  EXPECT_EQ(
      result.article->warnings,
      std::vector<std::string>{"2 byte(s) were not valid UTF-8 and were decoded as Windows-1252"});
}

TEST(RecordDates, MonthFirstOption) {
  JsonReaderOptions options;
  options.dates.numeric_order = NumericDateOrder::kMonthFirst;
  const auto record = nlohmann::json::parse(R"({"title": "T", "published": "03/04/2024"})");
  EXPECT_EQ(read_json_record(record, options).article->published->to_iso(), "2024-03-04");
  EXPECT_EQ(read_json_record(record).article->published->to_iso(), "2024-04-03");
}

TEST(DocumentedExample, ReadsWithoutWarnings) {
  // The example record of docs/input-formats.md, which e2e_input_schema validates against the
  // schema: what the documentation shows must read as it says.
  std::ifstream in(std::string(DOCS_DIR) + "/input-formats.md");
  ASSERT_TRUE(in);
  const std::string doc{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  const std::size_t marker = doc.find("<!-- input-record-example");
  ASSERT_NE(marker, std::string::npos);
  const std::size_t start = doc.find("```json\n", marker);
  ASSERT_NE(start, std::string::npos);
  const std::size_t end = doc.find("\n```", start + 8);
  ASSERT_NE(end, std::string::npos);
  const JsonRecordResult result =
      read_json_record(nlohmann::json::parse(doc.substr(start + 8, end - start - 8)));
  ASSERT_TRUE(result.article) << result.error;
  const Article& article = *result.article;
  EXPECT_EQ(result.dialect, JsonDialect::kNative);
  EXPECT_TRUE(article.warnings.empty()) << article.warnings.front();
  EXPECT_FALSE(article.title.empty());
  EXPECT_EQ(article.authors.size(), 2u);
  ASSERT_TRUE(article.published && article.updated);
  EXPECT_EQ(article.published->utc_offset_minutes, 60);
  EXPECT_FALSE(article.url.empty() || article.section.empty() || article.outlet.empty() ||
               article.language.empty());
  EXPECT_EQ(article.standfirst.size(), 1u);
  EXPECT_EQ(article.paragraphs.size(), 2u);
}

TEST(DialectName, EveryDialect) {
  EXPECT_EQ(dialect_name(JsonDialect::kNative), "native");
  EXPECT_EQ(dialect_name(JsonDialect::kNewsPlease), "news-please");
  EXPECT_EQ(dialect_name(JsonDialect::kNewspaper4k), "newspaper4k");
}

// ---------------------------------------------------------------------------------------------
// Files

// number, key, title (or the start of the error) of each record.
struct Row {
  std::size_t number;
  std::string key;
  std::string title_or_error;
  bool operator==(const Row&) const = default;
};

void PrintTo(const Row& row, std::ostream* os) {
  *os << "{" << row.number << ", " << row.key << ", " << row.title_or_error << "}";
}

std::vector<Row> rows(const JsonFileResult& result, std::size_t error_prefix = 40) {
  std::vector<Row> out;
  for (const auto& record : result.records) {
    EXPECT_EQ(record.article.has_value(), record.error.empty()) << record.number;
    out.push_back({record.number, record.key,
                   record.article ? record.article->title : record.error.substr(0, error_prefix)});
  }
  return out;
}

TEST(JsonFile, LinesWithABrokenLineInTheMiddle) {
  const std::string bytes =
      "{\"title\": \"One\", \"url\": \"https://gazette.example/1\"}\n"
      "{\"title\": \"Two\", \"text\": }\n"
      "{\"title\": \"Three\"}\n";
  const JsonFileResult result = read_json_file(bytes);
  EXPECT_EQ(result.kind, JsonFileKind::kLines);
  EXPECT_EQ(result.error, "");
  EXPECT_EQ(rows(result, 25), (std::vector<Row>{{1, "https://gazette.example/1", "One"},
                                                {2, "line:2", "invalid JSON at column 26"},
                                                {3, "line:3", "Three"}}));
  EXPECT_NE(result.records[1].error.find("syntax error"), std::string::npos)
      << result.records[1].error;
}

TEST(JsonFile, LinesFirstLineBrokenStillLines) {
  const JsonFileResult result = read_json_file("{\"title\": \n{\"title\": \"Ok\"}\n");
  EXPECT_EQ(result.kind, JsonFileKind::kLines);
  EXPECT_EQ(rows(result, 12),
            (std::vector<Row>{{1, "line:1", "invalid JSON"}, {2, "line:2", "Ok"}}));
}

TEST(JsonFile, BlankLinesSkippedAndCounted) {
  const JsonFileResult result =
      read_json_file("\n{\"title\": \"A\"}\n\n  \t\n{\"title\": \"B\"}\n\n");
  EXPECT_EQ(result.kind, JsonFileKind::kLines);
  EXPECT_EQ(rows(result), (std::vector<Row>{{2, "line:2", "A"}, {5, "line:5", "B"}}));
}

TEST(JsonFile, LineEndsCrLfAndCr) {
  const JsonFileResult result =
      read_json_file("{\"title\": \"A\"}\r\n{\"title\": \"B\"}\r{\"title\": \"C\"}");
  EXPECT_EQ(rows(result),
            (std::vector<Row>{{1, "line:1", "A"}, {2, "line:2", "B"}, {3, "line:3", "C"}}));
}

TEST(JsonFile, LineThatIsNotAnObject) {
  const JsonFileResult result = read_json_file("{\"title\": \"A\"}\n[1, 2]\n\"text\"\n");
  EXPECT_EQ(rows(result), (std::vector<Row>{{1, "line:1", "A"},
                                            {2, "line:2", "not a JSON object"},
                                            {3, "line:3", "not a JSON object"}}));
}

TEST(JsonFile, Array) {
  const std::string bytes = R"([
  {"title": "First", "url": "https://gazette.example/1"},
  42,
  {"title": "Third", "text": "Body."},
  {"url": "https://gazette.example/4"}
])";
  const JsonFileResult result = read_json_file(bytes);
  EXPECT_EQ(result.kind, JsonFileKind::kArray);
  EXPECT_EQ(result.error, "");
  EXPECT_EQ(rows(result), (std::vector<Row>{{1, "https://gazette.example/1", "First"},
                                            {2, "item:2", "not a JSON object"},
                                            {3, "item:3", "Third"},
                                            {4, "item:4", "no title or text"}}));
}

TEST(JsonFile, ArrayWithASyntaxErrorIsOneError) {
  const JsonFileResult result =
      read_json_file("[\n  {\"title\": \"First\"},\n  {\"title\": \"Second\",}\n]\n");
  EXPECT_EQ(result.kind, JsonFileKind::kArray);
  EXPECT_TRUE(result.records.empty());
  EXPECT_TRUE(result.error.starts_with("invalid JSON at line 3, column")) << result.error;
}

TEST(JsonFile, SingleObjectPrettyPrinted) {
  const JsonFileResult result =
      read_json_file("\n\n{\n  \"title\": \"Alone\",\n  \"text\": \"Body.\"\n}\n");
  EXPECT_EQ(result.kind, JsonFileKind::kObject);
  EXPECT_EQ(result.error, "");
  EXPECT_EQ(rows(result), (std::vector<Row>{{3, "line:3", "Alone"}}));
}

TEST(JsonFile, SingleObjectKeyedAsTheSameLineOfJsonLinesWouldBe) {
  // A JSON Lines file of one line reads as a single object; its key must not change when a second
  // line is appended, or the first article would get a new id.
  const std::string line = "{\"title\": \"A\"}\n";
  EXPECT_EQ(read_json_file(line).kind, JsonFileKind::kObject);
  EXPECT_EQ(read_json_file(line).records.at(0).key, read_json_file(line + line).records.at(0).key);
}

TEST(JsonFile, SingleObjectWithASyntaxErrorIsOneError) {
  const JsonFileResult result = read_json_file(
      "{\n  \"title\": \"Broken\",\n  \"authors\": [\"Ines Calloway\"\n  \"text\": \"x\"\n}\n");
  EXPECT_EQ(result.kind, JsonFileKind::kObject);
  EXPECT_TRUE(result.records.empty());
  EXPECT_TRUE(result.error.starts_with("invalid JSON at line 4")) << result.error;
}

TEST(JsonFile, NumberBeyondADoubleIsInvalidJson) {
  // nlohmann throws out_of_range, not parse_error, for 1e400 (found by fuzz_json_reader).
  const JsonFileResult lines =
      read_json_file("{\"title\": \"A\", \"published\": 1e400}\n{\"title\": \"B\"}\n");
  EXPECT_EQ(rows(lines, 37),
            (std::vector<Row>{{1, "line:1", "invalid JSON: number overflow parsing"},
                              {2, "line:2", "B"}}));
  const JsonFileResult array = read_json_file("[{\"title\": \"A\", \"published\": -1e400}]");
  EXPECT_TRUE(array.records.empty());
  EXPECT_EQ(array.error, "invalid JSON: number overflow parsing '-1e400'");
}

TEST(JsonFile, EmptyAndBlankBuffers) {
  for (const std::string_view bytes : {""sv, "  \n\n\t"sv, "\xEF\xBB\xBF"sv}) {
    const JsonFileResult result = read_json_file(bytes);
    EXPECT_EQ(result.kind, JsonFileKind::kLines);
    EXPECT_TRUE(result.records.empty());
    EXPECT_EQ(result.error, "");
  }
  EXPECT_TRUE(read_json_file("[]").records.empty());
}

TEST(JsonFile, ByteOrderMark) {
  const JsonFileResult result = read_json_file("\xEF\xBB\xBF{\"title\": \"A\"}");
  EXPECT_EQ(result.kind, JsonFileKind::kObject);
  EXPECT_EQ(rows(result), (std::vector<Row>{{1, "line:1", "A"}}));
}

TEST(JsonFile, RepeatedUrlKeyedByPlace) {
  const std::string url = "https://gazette.example/same";
  const JsonFileResult lines =
      read_json_file("{\"title\": \"A\", \"url\": \"" + url +
                     "\"}\n{\"title\": \"B\", \"url\": \"" + url + "\"}\n");
  EXPECT_EQ(rows(lines), (std::vector<Row>{{1, url, "A"}, {2, "line:2", "B"}}));
  EXPECT_EQ(lines.records[1].article->warnings,
            std::vector<std::string>{"url also given by an earlier record; keyed as line:2"});
  EXPECT_EQ(lines.records[1].article->url, url);

  const JsonFileResult array = read_json_file("[{\"title\": \"A\", \"url\": \"" + url +
                                              "\"}, {\"title\": \"B\", \"url\": \"" + url + "\"}]");
  EXPECT_EQ(rows(array), (std::vector<Row>{{1, url, "A"}, {2, "item:2", "B"}}));
}

TEST(JsonFile, InvalidUtf8InALine) {
  const JsonFileResult result =
      read_json_file("{\"title\": \"Plain\"}\n{\"title\": \"Caf\xE9\"}\n{\"title\": \xFF}\n");
  ASSERT_EQ(result.records.size(), 3u);
  EXPECT_TRUE(result.records[0].article->warnings.empty());
  ASSERT_TRUE(result.records[1].article);
  EXPECT_EQ(result.records[1].article->title, "Caf\xC3\xA9");
  EXPECT_EQ(
      result.records[1].article->warnings,
      std::vector<std::string>{"1 byte(s) were not valid UTF-8 and were decoded as Windows-1252"});
  // Outside a string the repaired byte is still no JSON.
  EXPECT_TRUE(result.records[2].error.starts_with("invalid JSON")) << result.records[2].error;
}

TEST(JsonFile, InvalidUtf8InAnArrayWarnsEveryArticle) {
  const JsonFileResult result = read_json_file("[{\"title\": \"Caf\xE9\"}, {\"title\": \"B\"}]");
  ASSERT_EQ(result.records.size(), 2u);
  EXPECT_EQ(result.records[0].article->title, "Caf\xC3\xA9");
  for (const auto& record : result.records) {
    EXPECT_EQ(record.article->warnings,
              std::vector<std::string>{
                  "1 byte(s) were not valid UTF-8 and were decoded as Windows-1252"});
  }
}

TEST(JsonlLine, ErrorMessageIsValidUtf8) {
  // nlohmann quotes the last bytes it read, here the first byte of a two-byte character.
  const std::optional<JsonFileRecord> record = read_jsonl_line("\xC3\xA9", 1);
  ASSERT_TRUE(record);
  EXPECT_TRUE(record->error.starts_with("invalid JSON at column 1")) << record->error;
  EXPECT_EQ(decode_text(record->error).repaired_bytes, 0u) << record->error;
}

TEST(JsonlLine, OneLineAtATime) {
  EXPECT_FALSE(read_jsonl_line("", 1));
  EXPECT_FALSE(read_jsonl_line("  \r\n", 2));
  const std::optional<JsonFileRecord> record =
      read_jsonl_line("{\"title\": \"A\", \"url\": \"https://gazette.example/a\"}\n", 7);
  ASSERT_TRUE(record && record->article);
  EXPECT_EQ(record->number, 7u);
  EXPECT_EQ(record->key, "https://gazette.example/a");
  const std::optional<JsonFileRecord> broken = read_jsonl_line("{\"title\"", 8);
  ASSERT_TRUE(broken);
  EXPECT_EQ(broken->key, "line:8");
  EXPECT_FALSE(broken->article);
  EXPECT_TRUE(broken->error.starts_with("invalid JSON at column")) << broken->error;
}

}  // namespace
}  // namespace news
