// Which files are articles and which reader reads each: the one home of format detection, for a
// run and for `news-index --explain` alike. Knows nothing of databases.
#pragma once

#include <string>
#include <string_view>

namespace news {

// Which reader reads a file: decided by its content (and, for record files, its name), or forced
// by news-index --format.
enum class InputFormat {
  kAuto,  // HTML if it looks like markup, JSON records if it looks like JSON, else plain text
  kText,
  kHtml,
  kJson,  // JSON or JSON Lines records (extract/json/record_file.h)
};

// The readers a file can go to.
enum class ReaderKind {
  kText,     // one plain-text article (extract/text/reader.h)
  kHtml,     // one HTML page (extract/html/reader.h)
  kRecords,  // JSON or JSON Lines records, one article each (extract/json/record_file.h)
};

// How many of a file's first bytes choose_reader looks at.
inline constexpr std::size_t kReaderHeadBytes = 4096;

// Which reader reads a file named `name` whose first bytes are `head` (kReaderHeadBytes of them,
// or the whole file when shorter):
//   - a forced format picks its reader: kText text, kHtml HTML, kJson records;
//   - with kAuto, a record file name (.json, .jsonl, .ndjson) gives records; another name that is
//     not a text or HTML one (.txt, .text, .html, .htm, .xhtml; a file without an extension
//     included) gives records when its content looks like JSON (looks_like_json); then a page
//     that looks like HTML (looks_like_html) gives HTML, and anything else plain text.
// So content decides between text and HTML (a page saved as .txt is read as a page), and a JSON
// Lines file without an extension is read as records.
ReaderKind choose_reader(std::string_view name, std::string_view head, InputFormat format);

// Whether choose_reader gives kRecords for the file at `path`: decided by the name and format
// alone when they can decide (every text, HTML or record file name, or a forced format), so that
// the indexer opens no file to ask; otherwise by the file's first bytes (read_head).
bool is_record_file(const std::string& path, InputFormat format);

// The first kReaderHeadBytes bytes of the file at `path` (fewer for a shorter file); empty if it
// cannot be read (the reader will say why when it tries).
std::string read_head(const std::string& path);

// True if a file's bytes look like an HTML page: after a byte-order mark and whitespace, markup
// ('<') with an HTML element (html, head, body, meta, title, article, div, p) or a doctype in the
// first 4 KiB. Content decides, not the name: a page saved as .txt is read as HTML, and a .html
// file of plain text as text.
bool looks_like_html(std::string_view bytes);

// True if bytes at the start of a file (a few hundred are enough) look like JSON: the first byte
// that is not whitespace (after a UTF-8 byte-order mark) is '{' or '['.
bool looks_like_json(std::string_view head);

// The first byte of `head` that is not whitespace, after a UTF-8 byte-order mark; 0 if none.
char first_significant_byte(std::string_view head);

// True if the indexer should read a file found while walking a directory, by its name: an
// extension (any case) is_single_article_name or is_record_file_name takes, and not a hidden file
// or a dataset's README or licence. Files named on the command line are read whatever their name.
bool is_article_name(std::string_view name);

// True for a name whose extension makes the file one article: .txt and .text (plain text or HTML,
// by content), .html, .htm and .xhtml. Record file names (is_record_file_name) are the other names
// is_article_name takes.
bool is_single_article_name(std::string_view name);

// True for a file name read as a record file whatever its content (with InputFormat::kAuto):
// .json, .jsonl and .ndjson (any case).
bool is_record_file_name(std::string_view name);

// The lower-cased extension of a file name or path, with its dot (".txt"), or "" for none.
std::string file_extension(std::string_view name);

}  // namespace news
