// Loading one file as an article: size cap, binary and empty checks, decoding, choosing the reader.
// Shared by the indexer and `news-index --explain`; knows nothing of directories or databases.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "common/article.h"
#include "common/document.h"
#include "extract/text/reader.h"

namespace news {

// Which reader reads a file: decided by its content (and, for record files, its name), or forced
// by news-index --format.
enum class InputFormat {
  kAuto,  // HTML if it looks like markup, JSON records if it looks like JSON, else plain text
  kText,
  kHtml,
  kJson,  // JSON or JSON Lines records (record_file.h)
};

struct LoadOptions {
  InputFormat format = InputFormat::kAuto;
  // Files larger than this are skipped unread ("too large"): real articles are far smaller, and a
  // multi-gigabyte log file in the archive must not exhaust memory.
  std::uint64_t max_file_bytes = 32ull << 20;
  TextReaderOptions text;
  // Find the people quoted and their quotes (extract_quotes). Off, articles index faster but
  // speaker:, who: and quote: find nothing in them.
  bool extract_quotes = true;
};

// The outcome of loading a file: an article, or the reason it was skipped.
struct LoadResult {
  std::optional<Article> article;
  std::string skip_reason;  // set when article is empty: "binary file", "empty file", ...
  SourceStamp stamp;        // mtime and size from stat, hash of the bytes read
};

// True if the indexer should read a file found while walking a directory, by its extension (any
// case): .txt and .text (plain text or HTML, by content), .html, .htm and .xhtml, .json, .jsonl
// and .ndjson (records); not a hidden file or a dataset's README or licence.
bool is_article_file(const std::filesystem::path& path);

// True if a file's bytes look like an HTML page: after a byte-order mark and whitespace, markup
// ('<') with an HTML element (html, head, body, meta, title, article, div, p) or a doctype in the
// first 4 KiB. Content decides, not the name: a page saved as .txt is read as HTML, and a .html
// file of plain text as text.
bool looks_like_html(std::string_view bytes);

// The lower-cased extension of a file name or path, with its dot (".txt"), or "" for none.
std::string file_extension(std::string_view name);

// True for a name whose extension makes the file one article: .txt and .text (plain text or HTML,
// by content), .html, .htm and .xhtml. Record files (record_file.h, is_record_file_name) are the
// other names is_article_name takes.
bool is_single_article_name(std::string_view name);

// is_article_file for a bare file name ("story.txt"), without building a path.
bool is_article_name(std::string_view name);

// Stats `path` (mtime, ctime, size) without reading it. Throws std::filesystem::filesystem_error.
SourceStamp stat_source(const std::string& path);

// The content hash of the file's bytes, as load_article records it, without parsing anything.
// Throws std::filesystem::filesystem_error if the file cannot be read.
std::string hash_source(const std::string& path);

// Reads and parses `path` as one article: an HTML page (read_html) when options.format says so or,
// with kAuto, when looks_like_html; else plain text (read_plain_text). Never throws for bad
// content or an unreadable file: those come back as a skip reason. The article's id is derived
// from the canonical path; `warnings` note repairs such as invalid UTF-8 decoded as Windows-1252,
// and a page whose body was not found ("no article body found"), which is indexed by its title
// and metadata.
LoadResult load_article(const std::filesystem::path& path, const LoadOptions& options = {});

// load_article for a file whose canonical path the caller already knows (the indexer's walk yields
// canonical paths), which saves resolving it again.
LoadResult load_article(const std::filesystem::path& path, const std::string& canonical_path,
                        const LoadOptions& options);

}  // namespace news
