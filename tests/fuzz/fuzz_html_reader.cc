// Fuzz target for the HTML reader: read_html on raw bytes (its own charset detection included),
// then to_json as `news-index --explain` prints it. Checks the contracts of extract/html/reader.h
// and article.h that the indexer relies on.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include <fuzzer/FuzzedDataProvider.h>

#include "common/article.h"
#include "common/date.h"
#include "extract/html/reader.h"
#include "tests/fuzz/fuzz_support.h"

namespace news {
namespace {

// Single-line fields: valid UTF-8, no line breaks.
void check_line(const std::string& s) {
  FUZZ_REQUIRE(fuzz::is_valid_utf8(s));
  FUZZ_REQUIRE(s.find('\n') == std::string::npos && s.find('\0') == std::string::npos);
}

void check_article(const Article& article) {
  FUZZ_REQUIRE(article.format == "html");
  // Left to the caller and to the extractor.
  FUZZ_REQUIRE(article.id.empty() && article.path.empty() && article.content_hash.empty());
  FUZZ_REQUIRE(article.quotes.empty() && article.people.empty());
  for (const std::string* field :
       {&article.title, &article.section, &article.outlet, &article.language, &article.url})
    check_line(*field);
  for (const auto& author : article.authors) {
    FUZZ_REQUIRE(!author.empty());
    check_line(author);
  }
  // Article::body joins paragraphs with a blank line; the stored record splits there again.
  for (const auto& paragraph : article.paragraphs) {
    FUZZ_REQUIRE(!paragraph.empty());
    check_line(paragraph);
  }
  for (const auto& line : article.standfirst) check_line(line);
  for (const auto& warning : article.warnings) FUZZ_REQUIRE(fuzz::is_valid_utf8(warning));
  FUZZ_REQUIRE(article.language.size() <= 3);
  fuzz::check_date(article.published);
  fuzz::check_date(article.updated);
}

}  // namespace
}  // namespace news

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace news;
  FuzzedDataProvider provider(data, size);
  // Numbers come from the end of the input, so a seed page still reads as that page.
  HtmlReaderOptions options;
  options.dates.numeric_order =
      provider.ConsumeBool() ? NumericDateOrder::kMonthFirst : NumericDateOrder::kDayFirst;
  const std::string bytes = provider.ConsumeRemainingBytesAsString();
  const Article article = read_html(bytes, options);
  check_article(article);
  // dump() throws on invalid UTF-8; libFuzzer reports an escaping exception as a crash.
  FUZZ_REQUIRE(!to_json(article).dump().empty());
  // A pure function of the bytes.
  FUZZ_REQUIRE(to_json(read_html(bytes, options)) == to_json(article));
  return 0;
}
