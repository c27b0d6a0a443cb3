// Fuzz target for the JSON reader as the indexer will run it on a file's bytes: read_json_file on
// the whole buffer, and read_jsonl_line on each of its lines as a streaming caller would. Checks
// the contracts of extract/json/reader.h and article.h that the indexer and --explain rely on.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include <fuzzer/FuzzedDataProvider.h>

#include "common/article.h"
#include "extract/json/reader.h"
#include "tests/fuzz/fuzz_support.h"

namespace news {
namespace {

// What read_json_record promises of an article.
void check_article(const Article& article) {
  FUZZ_REQUIRE(article.format == "json");
  FUZZ_REQUIRE(article.id.empty() && article.path.empty() && article.content_hash.empty());
  FUZZ_REQUIRE(!article.title.empty() || !article.paragraphs.empty());
  // One-line fields: valid UTF-8, whitespace collapsed, so no line breaks.
  for (const std::string* field :
       {&article.title, &article.url, &article.section, &article.outlet, &article.language}) {
    FUZZ_REQUIRE(fuzz::is_valid_utf8(*field) && field->find('\n') == std::string::npos);
  }
  for (const auto& author : article.authors) {
    FUZZ_REQUIRE(!author.empty() && fuzz::is_valid_utf8(author));
  }
  for (const auto& line : article.standfirst) {
    FUZZ_REQUIRE(!line.empty() && fuzz::is_valid_utf8(line));
  }
  // Article::body joins paragraphs with a blank line; the stored record splits there again.
  for (const auto& paragraph : article.paragraphs) {
    FUZZ_REQUIRE(!paragraph.empty() && paragraph.find('\n') == std::string::npos);
    FUZZ_REQUIRE(fuzz::is_valid_utf8(paragraph));
  }
  for (const auto& warning : article.warnings) FUZZ_REQUIRE(fuzz::is_valid_utf8(warning));
  fuzz::check_date(article.published);
  fuzz::check_date(article.updated);
  // dump() throws on invalid UTF-8, which libFuzzer reports as a crash.
  FUZZ_REQUIRE(!to_json(article).dump().empty());
}

void check_record(const JsonFileRecord& record) {
  FUZZ_REQUIRE(record.number >= 1 && !record.key.empty());
  FUZZ_REQUIRE(record.article.has_value() == record.error.empty());
  FUZZ_REQUIRE(fuzz::is_valid_utf8(record.error) && fuzz::is_valid_utf8(record.key));
  if (record.article) {
    check_article(*record.article);
    // The key is the url when there is one, and only then anything but the record's place.
    const bool keyed_by_place = record.key.starts_with("line:") || record.key.starts_with("item:");
    FUZZ_REQUIRE(keyed_by_place || record.key == record.article->url);
  }
}

}  // namespace
}  // namespace news

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace news;
  FuzzedDataProvider provider(data, size);
  // Numbers come from the end of the input, so a seed still reads as itself but for its last byte.
  JsonReaderOptions options;
  options.dates.numeric_order =
      provider.ConsumeBool() ? NumericDateOrder::kMonthFirst : NumericDateOrder::kDayFirst;
  const std::string bytes = provider.ConsumeRemainingBytesAsString();

  const JsonFileResult result = read_json_file(bytes, options);
  FUZZ_REQUIRE(fuzz::is_valid_utf8(result.error));
  if (!result.error.empty()) FUZZ_REQUIRE(result.records.empty());
  if (result.kind == JsonFileKind::kObject) FUZZ_REQUIRE(result.records.size() <= 1);
  std::set<std::string> keys;
  std::size_t previous = 0;
  for (const auto& record : result.records) {
    check_record(record);
    FUZZ_REQUIRE(keys.insert(record.key).second);  // unique within the file
    FUZZ_REQUIRE(record.number > previous);        // in file order
    previous = record.number;
  }

  // A streaming caller reading the same file line by line gets the same records, but for the keys
  // of repeated urls, which only the whole-file reader makes unique.
  if (result.kind == JsonFileKind::kLines) {
    std::size_t index = 0;
    std::size_t number = 1;
    for (std::size_t begin = 0; begin < bytes.size(); ++number) {
      std::size_t end = bytes.find_first_of("\r\n", begin);
      if (end == std::string::npos) end = bytes.size();
      const std::optional<JsonFileRecord> line =
          read_jsonl_line(std::string_view(bytes).substr(begin, end - begin), number, options);
      begin = end + (bytes.compare(end, 2, "\r\n") == 0 ? 2 : 1);
      if (!line) continue;
      FUZZ_REQUIRE(index < result.records.size());
      const JsonFileRecord& whole = result.records[index++];
      FUZZ_REQUIRE(line->number == whole.number && line->error == whole.error);
      FUZZ_REQUIRE(line->article.has_value() == whole.article.has_value());
      if (line->article) FUZZ_REQUIRE(line->article->title == whole.article->title);
    }
    FUZZ_REQUIRE(index == result.records.size());
  }
  return 0;
}
