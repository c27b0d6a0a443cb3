// The article model: one plain struct that readers fill, extractors enrich, and the document layer
// turns into a Xapian document. It knows nothing of files or Xapian.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/date.h"

namespace news {

// One stretch of reported speech and who said it (filled by the quote extractor).
struct Quote {
  std::string speaker;  // canonical name of a Person of the same article
  std::string text;     // the quoted words, without the marks
  std::string cue;      // the speech verb that attributes it ("said", "told"), if any
  int paragraph = 0;    // index into Article::paragraphs where the quote starts
  // Byte range of `text` in that paragraph. The stored record keeps the range rather than a second
  // copy of the words (document.h, stored_quote_text).
  std::size_t start = 0;
  std::size_t end = 0;
  bool direct = true;  // false for indirect speech ("X said that ...")
};

// A named person quoted in the article.
struct Person {
  std::string name;                  // canonical form: fullest name, honorifics removed
  std::vector<std::string> aliases;  // other forms the article uses ("Lavrov", "Mr Lavrov")
  std::string role;                  // role phrase as written ("Russian Foreign Minister"), or ""
  // Whom the person speaks for, as the article names it ("Barclays", "IDC", "Transport Salaried
  // Staffs' Association"; a leading "the" dropped), or "" when the article names no
  // organisation. A nationality or a portfolio is not one ("Russian Foreign Minister": "").
  std::string affiliation;
};

// Everything known about one article. Readers fill the text fields; the indexer fills id, path,
// format and content_hash; extractors fill quotes and people.
struct Article {
  std::string id;      // stable id, unique in the database (see article_id)
  std::string path;    // source path as the indexer resolved it
  std::string format;  // input format that read it ("text", "html", "json")
  std::string url;     // the article's address when the source gives one (HTML, JSON), else ""
  std::string title;
  std::vector<std::string> standfirst;  // captions and standfirst lines above the byline
  std::vector<std::string> authors;     // from the byline, in order, names only
  std::optional<DateTime> published;
  std::optional<DateTime> updated;
  std::string section;
  std::string outlet;
  std::string language;
  std::vector<std::string> paragraphs;  // body text, one entry per paragraph
  std::vector<Quote> quotes;
  std::vector<Person> people;
  // Credited with quotes, but not taken for people on the article alone: one-word names with no
  // other sign of a person ("Lavrov told reporters" after "The Russian foreign minister
  // arrived"). Not in `people`, `quotes` or the record; the people table (docs/people.md) ties
  // one to a person of the archive when the article's words fit that person's roles. A word the
  // article also writes as the start of an organisation's name ("Ford Motor Co") is not one.
  std::vector<Person> unconfirmed;
  std::vector<std::size_t> unconfirmed_quotes;  // quotes credited to each, in the same order
  std::string content_hash;                     // hex digest of the source bytes
  std::vector<std::string> warnings;  // what the reader repaired or doubted ("invalid UTF-8 ...")

  // The body as one string, paragraphs separated by a blank line.
  std::string body() const;
};

// The stable article id for a source path: 16 hex digits of a 64-bit hash of the canonical path,
// so re-indexing the same file replaces its document instead of adding a second one.
std::string article_id(const std::string& canonical_path);

// 16 hex digits of a 64-bit FNV-1a hash: cheap change detection, not a cryptographic digest.
std::string content_hash(std::string_view bytes);

// content_hash of bytes that arrive in pieces (a file read in chunks): update() with each piece in
// order, then hex() gives what content_hash of them all would.
class ContentHasher {
 public:
  void update(std::string_view bytes);
  std::string hex() const;

 private:
  std::uint64_t hash_ = 14695981039346656037ULL;
};

// The article as JSON, as `news-index --explain` prints it (documented in docs/json.md).
// Keys always present: id, path, format, title, standfirst, authors, published, updated, section,
// outlet, language, paragraphs, people, quotes, warnings; dates as ISO 8601 strings or null.
nlohmann::ordered_json to_json(const Article& article);

}  // namespace news
