// Fuzz target for the article pipeline as load_article runs it on a file's bytes: classify_content,
// decode_text, read_plain_text and extract_quotes, then what the indexer and `news-index --explain`
// make of the article: to_json, and the stored record (to_document, read_record, stored_quotes).
// Checks the contracts of article.h, extract/text/reader.h, extract/quotes/extractor.h and
// document.h that later stages rely on.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <fuzzer/FuzzedDataProvider.h>
#include <xapian.h>

#include "common/article.h"
#include "common/date.h"
#include "common/document.h"
#include "common/strings.h"
#include "extract/quotes/extractor.h"
#include "extract/text/reader.h"
#include "extract/text_decoding.h"
#include "tests/fuzz/fuzz_support.h"

namespace news {
namespace {

// Xapian's backends refuse longer terms (at commit, failing the whole batch).
constexpr std::size_t kXapianMaxTermBytes = 245;

// What read_plain_text promises, given valid UTF-8 text (decode_text's output).
void check_read(const Article& article, std::string_view text) {
  FUZZ_REQUIRE(article.format == "text");
  // Left to the caller and to the extractor.
  FUZZ_REQUIRE(article.id.empty() && article.path.empty() && article.content_hash.empty());
  FUZZ_REQUIRE(article.quotes.empty() && article.people.empty());

  // "An article with no text gets an empty title and body"; any text gives a headline.
  bool blank = true;
  for (std::size_t start = 0; start <= text.size() && blank;) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    blank = trim(text.substr(start, end - start)).empty();
    start = end + 1;
  }
  FUZZ_REQUIRE(article.title.empty() == blank);
  if (article.title.empty()) {
    FUZZ_REQUIRE(article.standfirst.empty() && article.authors.empty() &&
                 article.paragraphs.empty());
  }

  // The reader splits and joins lines; it must never cut a character in two.
  FUZZ_REQUIRE(fuzz::is_valid_utf8(article.title));
  for (const auto& line : article.standfirst) FUZZ_REQUIRE(fuzz::is_valid_utf8(line));
  for (const auto& author : article.authors) {
    FUZZ_REQUIRE(!author.empty() && fuzz::is_valid_utf8(author));
  }
  // Article::body joins paragraphs with a blank line and stored_quotes splits the stored body there
  // again, which only works for non-empty paragraphs without line breaks.
  for (const auto& paragraph : article.paragraphs) {
    FUZZ_REQUIRE(!paragraph.empty() && paragraph.find('\n') == std::string::npos);
    FUZZ_REQUIRE(fuzz::is_valid_utf8(paragraph));
  }
  fuzz::check_date(article.published);
  fuzz::check_date(article.updated);
}

// What extract_quotes and the Quote struct promise.
void check_quotes(const Article& article) {
  std::vector<std::string_view> names;
  for (const auto& person : article.people) {
    FUZZ_REQUIRE(!person.name.empty() && fuzz::is_valid_utf8(person.name));
    FUZZ_REQUIRE(fuzz::is_valid_utf8(person.role));
    FUZZ_REQUIRE(fuzz::is_valid_utf8(person.affiliation));
    for (const auto& alias : person.aliases) FUZZ_REQUIRE(fuzz::is_valid_utf8(alias));
    names.push_back(person.name);
  }
  int previous_paragraph = 0;
  for (const auto& quote : article.quotes) {
    // "Every Quote's speaker is the canonical name of one of article.people."
    FUZZ_REQUIRE(std::find(names.begin(), names.end(), quote.speaker) != names.end());
    FUZZ_REQUIRE(quote.paragraph >= 0 &&
                 static_cast<std::size_t>(quote.paragraph) < article.paragraphs.size());
    // Quotes come in text order (docs/json.md).
    FUZZ_REQUIRE(quote.paragraph >= previous_paragraph);
    previous_paragraph = quote.paragraph;
    // start/end is the byte range of `text` in its paragraph: the stored record keeps only the
    // range and cuts the words back out of the body.
    const std::string& paragraph = article.paragraphs[static_cast<std::size_t>(quote.paragraph)];
    FUZZ_REQUIRE(quote.start <= quote.end && quote.end <= paragraph.size());
    FUZZ_REQUIRE(paragraph.compare(quote.start, quote.end - quote.start, quote.text) == 0);
    FUZZ_REQUIRE(fuzz::is_valid_utf8(quote.text) && fuzz::is_valid_utf8(quote.cue));
  }
}

// to_json as `news-index --explain` prints it: the documented keys, and printable.
void check_json(const Article& article) {
  const nlohmann::ordered_json json = to_json(article);
  for (const char* key :
       {"id", "path", "format", "url", "title", "standfirst", "authors", "published", "updated",
        "section", "outlet", "language", "paragraphs", "people", "quotes", "warnings"}) {
    FUZZ_REQUIRE(json.contains(key));
  }
  FUZZ_REQUIRE(json["quotes"].size() == article.quotes.size());
  // dump() throws on invalid UTF-8; an exception escaping here is reported by libFuzzer as a crash
  // with the exception's message, which is what we want.
  const std::string printed = json.dump();
  FUZZ_REQUIRE(!printed.empty());
}

// The stored record: the document the indexer writes, read back as news-query reads it.
void check_stored(const Article& article) {
  // A generator per run: one kept across runs would keep the last document alive, which libFuzzer
  // counts as memory the run did not free and so runs the input again under the leak checker.
  Xapian::TermGenerator generator = make_term_generator();
  const Xapian::Document document = to_document(article, SourceStamp{}, generator);
  for (auto term = document.termlist_begin(); term != document.termlist_end(); ++term) {
    FUZZ_REQUIRE((*term).size() <= kXapianMaxTermBytes);
  }
  const nlohmann::json record = read_record(document);
  FUZZ_REQUIRE(record.at("body") == article.body());
  const nlohmann::json quotes = stored_quotes(record);
  FUZZ_REQUIRE(quotes.size() == article.quotes.size());
  for (std::size_t i = 0; i < quotes.size(); ++i) {
    FUZZ_REQUIRE(quotes[i]["text"] == article.quotes[i].text);
  }
}

}  // namespace
}  // namespace news

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace news;
  FuzzedDataProvider provider(data, size);
  // FuzzedDataProvider takes numbers from the end of the input, so a seed article is still read as
  // an article (less its last byte, usually a line end).
  TextReaderOptions options;
  options.dates.numeric_order =
      provider.ConsumeBool() ? NumericDateOrder::kMonthFirst : NumericDateOrder::kDayFirst;
  const std::string bytes = provider.ConsumeRemainingBytesAsString();

  // As load_article: binary and empty files are skipped before any reader sees them.
  if (classify_content(bytes) != ContentKind::kText) return 0;
  const DecodedText decoded = decode_text(bytes);
  Article article = read_plain_text(decoded.text, options);
  check_read(article, decoded.text);

  extract_quotes(article);
  check_quotes(article);
  // "Replaces any quotes and people already there": a second run gives the same result.
  Article again = article;
  extract_quotes(again);
  FUZZ_REQUIRE(to_json(again) == to_json(article));

  check_json(article);
  // load_article skips an article without a title ("no text"); the rest are indexed.
  if (article.title.empty()) return 0;
  article.path = "fuzz-input.txt";
  article.id = article_id(article.path);
  article.content_hash = content_hash(bytes);
  check_stored(article);
  return 0;
}
