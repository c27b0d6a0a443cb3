// Loading one file as an article: size cap, binary and empty checks, then the reader
// choose_reader picks (extract/format.h), then the quote extractor. Shared by the indexer and
// `news-index --explain`; knows nothing of directories or databases.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "common/article.h"
#include "common/document.h"
#include "extract/format.h"
#include "extract/text/reader.h"

namespace news {

// The largest max_file_bytes news-index takes (4 GiB): a file is read whole into memory, and so
// is a JSON Lines line.
inline constexpr std::uint64_t kMaxFileBytesLimit = 4ull << 30;

struct LoadOptions {
  InputFormat format = InputFormat::kAuto;
  // Files larger than this are skipped unread ("too large"): real articles are far smaller, and a
  // multi-gigabyte log file in the archive must not exhaust memory.
  std::uint64_t max_file_bytes = 32ull << 20;
  TextReaderOptions text;
  // Find the people quoted and their quotes (extract_quotes). Off, articles index faster but
  // speaker:, who: and quote: find nothing in them.
  bool extract_quotes = true;
  // The last day an article may be dated (drop_implausible_dates); empty: a year after today, by
  // the clock when the file is read. Tests set it to stay the same whenever they run.
  std::optional<std::chrono::sys_days> latest_date;
};

// The outcome of loading a file: an article, or the reason it was skipped.
struct LoadResult {
  std::optional<Article> article;
  std::string skip_reason;  // set when article is empty: "binary file", "empty file", ...
  SourceStamp stamp;        // mtime and size from stat, hash of the bytes read
};

// Removes the published and updated dates of `article` that are not plausible for news: before
// kEarliestYear-01-01 or after options.latest_date (common/date.h; in UTC where the date has a
// zone). Each one removed leaves a warning (is_date_not_used_warning) that names it and the range:
// "date not used (outside 1800-01-01 to 2027-03-21): published 9999-01-01". An article dated
// 9999 or 1600 would otherwise sort first or last for ever, and a day histogram of such dates
// printed 304 MB.
void drop_implausible_dates(Article& article, const LoadOptions& options);

// True for a warning drop_implausible_dates gave.
bool is_date_not_used_warning(std::string_view warning);

// True for what is read as a stream rather than as a file: "-" (standard input), and a path that
// is neither a regular file nor a directory (a FIFO, /dev/stdin, a character device). A run
// refuses those (a FIFO would hang it); news-index --explain reads them (read_stream).
bool is_stream(const std::string& path);

// Reads `path` ("-": standard input) to its end, blocking as a pipe does, and at most `max_bytes`
// of it. Returns nothing and sets `error` to a readable reason when it cannot be read or has more
// ("too large (over 2000 bytes, the limit)").
std::optional<std::string> read_stream(const std::string& path, std::uint64_t max_bytes,
                                       std::string& error);

// Stats `path` (mtime, ctime, size) without reading it. Throws std::filesystem::filesystem_error.
SourceStamp stat_source(const std::string& path);

// The content hash of the file's bytes, as load_article records it, without parsing anything.
// Throws std::filesystem::filesystem_error if the file cannot be read.
std::string hash_source(const std::string& path);

// Reads and parses `path` as one article, by the reader choose_reader picks: an HTML page
// (read_html) or plain text (read_plain_text); a file choose_reader gives to the record reader is
// skipped (record files are read whole, extract/json/record_file.h). Never throws for bad
// content or an unreadable file: those come back as a skip reason. The article's id is derived
// from the canonical path; `warnings` note repairs such as invalid UTF-8 decoded as Windows-1252,
// and a page whose body was not found ("no article body found"), which is indexed by its title
// and metadata.
LoadResult load_article(const std::filesystem::path& path, const LoadOptions& options = {});

// load_article for bytes already read (standard input, a pipe), with `name` for the reader's choice
// (choose_reader: a name without a useful extension leaves it to the content). The stamp has only
// the size and the content hash.
LoadResult load_article_bytes(std::string_view bytes, std::string_view name,
                              const std::string& canonical_path, const LoadOptions& options);

// load_article for a file whose canonical path the caller already knows (the indexer's walk yields
// canonical paths), which saves resolving it again.
LoadResult load_article(const std::filesystem::path& path, const std::string& canonical_path,
                        const LoadOptions& options);

}  // namespace news
