// The JSON reader over real scraper output in ../shared: newspaper4k's records (one file each, and
// the same records as JSON Lines) and news-please's sample. Every record must read, without an
// error, with the fields its source has. Skips, saying why, where ../shared is absent.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "extract/json/reader.h"
#include "tests/integration/test_support.h"

namespace news {
namespace {

namespace fs = std::filesystem;
using testing_support::shared_dir;

#define REQUIRE_SHARED_JSON()                                                                  \
  if (!shared_dir())                                                                           \
  GTEST_SKIP() << "../shared is absent beside the project (a fresh clone?); these tests need " \
                  "its corpora json-newspaper4k and json-newsplease"

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in) << path;
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

bool has_text(const nlohmann::json& raw, const char* key) {
  return raw.contains(key) && raw[key].is_string() &&
         raw[key].get<std::string>().find_first_not_of(" \n\t") != std::string::npos;
}

// What every record of these corpora must give: the fields its source has, read.
void expect_fields(const nlohmann::json& raw, const JsonFileRecord& record, const char* text_key,
                   const char* date_key, const std::string& where) {
  ASSERT_TRUE(record.article) << where << ": " << record.error;
  const Article& article = *record.article;
  EXPECT_EQ(article.format, "json") << where;
  EXPECT_FALSE(article.title.empty()) << where;
  if (has_text(raw, text_key)) {
    EXPECT_FALSE(article.paragraphs.empty()) << where;
  }
  // A date where the record has one: all of them are forms parse_date reads.
  if (raw.contains(date_key) && !raw[date_key].is_null()) {
    EXPECT_TRUE(article.published) << where << ": " << raw[date_key];
  }
  if (has_text(raw, "url")) {
    EXPECT_EQ(article.url, raw["url"]) << where;
  }
  for (const auto& warning : article.warnings) {
    EXPECT_EQ(warning.find("not a date"), std::string::npos) << where << ": " << warning;
  }
}

fs::path newspaper4k_dir() {
  return *shared_dir() / "corpora" / "json-newspaper4k";
}

TEST(Newspaper4kCorpus, EveryMetadataFileReads) {
  REQUIRE_SHARED_JSON();
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(newspaper4k_dir() / "metadata")) {
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  }
  ASSERT_FALSE(files.empty());
  for (const auto& file : files) {
    const std::string bytes = read_bytes(file);
    const JsonFileResult result = read_json_file(bytes);
    EXPECT_EQ(result.kind, JsonFileKind::kObject) << file;
    EXPECT_EQ(result.error, "") << file;
    ASSERT_EQ(result.records.size(), 1u) << file;
    const nlohmann::json raw = nlohmann::json::parse(bytes);
    EXPECT_EQ(detect_json_dialect(raw), JsonDialect::kNewspaper4k) << file;
    expect_fields(raw, result.records[0], "text", "publish_date", file.filename().string());
  }
}

TEST(Newspaper4kCorpus, JsonLinesGiveTheSameArticlesAsTheFiles) {
  REQUIRE_SHARED_JSON();
  const fs::path path = newspaper4k_dir() / "articles.jsonl";
  const std::string bytes = read_bytes(path);
  const JsonFileResult result = read_json_file(bytes);
  EXPECT_EQ(result.kind, JsonFileKind::kLines);
  EXPECT_EQ(result.error, "");
  ASSERT_EQ(result.records.size(), 20u);

  std::set<std::string> keys;
  std::size_t line = 0;
  std::istringstream lines(bytes);
  for (std::string text; std::getline(lines, text);) {
    const JsonFileRecord& record = result.records.at(line++);
    EXPECT_EQ(record.number, line);
    EXPECT_TRUE(keys.insert(record.key).second) << "repeated key " << record.key;
    const nlohmann::json raw = nlohmann::json::parse(text);
    const std::string where = "articles.jsonl:" + std::to_string(line);
    expect_fields(raw, record, "text", "publish_date", where);
    // The line is its source file with one key added, which the reader ignores.
    const fs::path source = newspaper4k_dir() / raw.at("source_file").get<std::string>();
    const JsonFileResult alone = read_json_file(read_bytes(source));
    ASSERT_EQ(alone.records.size(), 1u) << source;
    ASSERT_TRUE(alone.records[0].article && record.article) << where;
    EXPECT_EQ(to_json(*record.article), to_json(*alone.records[0].article)) << where;
  }
}

TEST(NewsPleaseCorpus, SampleReads) {
  REQUIRE_SHARED_JSON();
  const fs::path path = *shared_dir() / "corpora" / "json-newsplease" / "sample.json";
  const std::string bytes = read_bytes(path);
  const JsonFileResult result = read_json_file(bytes);
  EXPECT_EQ(result.kind, JsonFileKind::kObject);
  ASSERT_EQ(result.records.size(), 1u) << result.error;
  const nlohmann::json raw = nlohmann::json::parse(bytes);
  EXPECT_EQ(detect_json_dialect(raw), JsonDialect::kNewsPlease);
  expect_fields(raw, result.records[0], "maintext", "date_publish", "sample.json");
  const Article& article = *result.records[0].article;
  EXPECT_EQ(result.records[0].key, article.url);
  EXPECT_FALSE(article.language.empty());
  EXPECT_FALSE(article.outlet.empty());
  // Its date has no zone: kept as the local time it is.
  ASSERT_TRUE(article.published);
  EXPECT_EQ(article.published->precision, DatePrecision::kMinute);
  EXPECT_FALSE(article.published->utc_offset_minutes);
}

}  // namespace
}  // namespace news
