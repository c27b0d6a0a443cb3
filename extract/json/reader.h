// Reader for article records in JSON, as scrapers write them: one object per article, in a file of
// its own, in a JSON array, or one per line (JSON Lines). Three dialects are read: our own schema
// (docs/input-formats.md, docs/schema/news-article-input.schema.json), news-please's and
// newspaper4k's output.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/article.h"
#include "common/date.h"

namespace news {

struct JsonReaderOptions {
  DateParseOptions dates;  // how ambiguous numeric dates in date strings are read
};

// Which program's output a record looks like, told by its keys (detect_json_dialect).
enum class JsonDialect {
  kNative,       // our own schema: title, text or paragraphs, published, ...
  kNewsPlease,   // news-please: maintext, date_publish, date_modify, source_domain, ...
  kNewspaper4k,  // newspaper4k: text, publish_date, meta_lang, meta_site_name, ...
};

// "native", "news-please" or "newspaper4k".
std::string_view dialect_name(JsonDialect dialect);

// The dialect of a record object: news-please if it has any of the keys maintext, date_publish,
// date_modify, source_domain; else newspaper4k if it has any of publish_date, meta_lang,
// meta_site_name, meta_description, source_url, canonical_link; else native. A key counts even
// when its value is null. Anything that is not an object is native.
JsonDialect detect_json_dialect(const nlohmann::json& record);

// What read_json_record made of one record: an article, or why there is none.
struct JsonRecordResult {
  std::optional<Article> article;  // format "json"; id, path and content_hash left to the caller
  std::string error;               // set exactly when `article` is empty
  JsonDialect dialect = JsonDialect::kNative;
};

// Maps one record object to an Article, reading the keys of its dialect (docs/input-formats.md has
// the mapping). Lenient: null values and unknown keys are ignored; a number where a string is
// expected is taken as its decimal text; other wrongly typed values are ignored with a warning in
// Article::warnings, as is a date that does not parse. Every string is made valid UTF-8 without
// NULs (invalid bytes decoded as Windows-1252, with a warning), and single-line fields (title,
// authors, section, outlet, language, url) have their whitespace runs collapsed to one space.
//   body:    `paragraphs` (an array of strings) if present: one paragraph per item, split at
//            blank lines in it; else the text key, split at blank lines, or at every line break
//            when the text has no blank line. Lines inside one paragraph are joined with a space.
//            Paragraphs are never empty and hold no line break.
//   authors: an array of strings or of {"name": ...} objects, one name each; or one string, split
//            with parse_byline ("Jane Doe and John Smith") and kept whole when that finds no name
//            ("Reuters"). Names are trimmed; empty ones, URLs, e-mail addresses and bare domain
//            names ("www.facebook.com") are dropped, and so are repeats (ignoring ASCII case).
//   dates:   a string parse_date accepts (the offset it names is kept), or epoch seconds as a
//            number or a string of 9 to 11 digits (12 or 13 digits: milliseconds), read as UTC.
//   standfirst: the description (news-please, newspaper4k) or `standfirst` (native), unless the
//            body already begins with it.
// Never throws. Errors: "not a JSON object" for any other value, and "no title or text" for a
// record with neither a title nor a non-blank body.
JsonRecordResult read_json_record(const nlohmann::json& record,
                                  const JsonReaderOptions& options = {});

// One record of a JSON or JSONL file.
struct JsonFileRecord {
  // Where the record is: for JSON Lines and a single-object file, the 1-based line it starts on;
  // for an array file, the 1-based index of the element.
  std::size_t number = 0;
  // What tells the record apart from the file's others, for a stable article id (the file's path
  // plus this key): the record's url, else "line:N" (JSON Lines, single object) or "item:N" (array
  // element). read_json_file gives a url already used by an earlier record of the file the
  // "line:N"/"item:N" key instead, so that keys are unique within a file.
  std::string key;
  std::optional<Article> article;  // as read_json_record makes it
  std::string error;               // set exactly when `article` is empty
};

// How read_json_file read a buffer.
enum class JsonFileKind {
  kObject,  // the buffer is one JSON object: one article
  kArray,   // a JSON array of article objects
  kLines,   // JSON Lines: one object per line, blank lines skipped
};

struct JsonFileResult {
  JsonFileKind kind = JsonFileKind::kLines;
  std::vector<JsonFileRecord> records;  // in file order; blank lines give none
  // Set when the file as a whole could not be read: an array or single-object file that is not
  // valid JSON (with nlohmann's line and column). `records` is then empty.
  std::string error;
};

// The key of a record by its place in its file: "line:N" for a line of JSON Lines or a
// single-object file (its 1-based line), "item:N" for an element of an array (its 1-based index).
// A record's key when it has no url, or a url an earlier record of the file gave.
std::string place_key(JsonFileKind kind, std::size_t number);

// Reads a whole file. The kind is decided by the first non-whitespace byte:
//   '['  an array: each element is a record (numbered from 1); an element that is not an object
//        is an error for that element only;
//   '{'  one object, if the whole buffer parses as one JSON value; otherwise JSON Lines, unless no
//        line at all is an object of its own, in which case the buffer is taken as one object
//        with a syntax error (a file-level error), not as many broken lines;
//   else JSON Lines (an empty or blank buffer gives no records and no error).
// JSON Lines are read with read_jsonl_line, each line on its own: a line with a syntax error is an
// error for that record, and the lines around it are still read. Lines end at LF, CRLF or CR.
// Bytes that are not valid UTF-8 are decoded as Windows-1252 (decode_text) before parsing, with a
// warning in the articles read from those bytes (for an array or object file, in every article of
// the file). Never throws.
JsonFileResult read_json_file(std::string_view bytes, const JsonReaderOptions& options = {});

// Reads one line of a JSON Lines file, for callers that stream a large file line by line instead
// of loading it whole. `line_number` is 1-based and becomes JsonFileRecord::number and, without a
// url, the key "line:N". The line's ending may be included. Returns nothing for a blank line. A
// line that is not valid JSON gives a record with an error naming the column. The caller sees the
// lines one at a time, so unlike read_json_file it does not make repeated urls unique. Never
// throws.
std::optional<JsonFileRecord> read_jsonl_line(std::string_view line, std::size_t line_number,
                                              const JsonReaderOptions& options = {});

}  // namespace news
