#include "extract/load.h"

#include <cerrno>
#include <cstring>
#include <string_view>
#include <system_error>

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include "extract/html/reader.h"
#include "extract/quotes/extractor.h"
#include "extract/text_decoding.h"

namespace news {

namespace {

// Reads `fd` to its end into `bytes`, starting with room for `expected` bytes and one more (to
// notice a file that grew meanwhile), retrying interrupted reads. False, with `error` set to a
// readable reason (and `error_number` to the errno behind it, 0 for the size limit), when a read
// fails or the bytes would pass `max_bytes`.
bool read_to_end(int fd, std::size_t expected, std::uint64_t max_bytes, std::string& bytes,
                 std::string& error, int& error_number) {
  std::size_t capacity = expected + 1;
  bytes.resize(capacity);
  std::size_t used = 0;
  for (;;) {
    if (used == capacity) {
      capacity *= 2;
      bytes.resize(capacity);
    }
    const ssize_t n = ::read(fd, bytes.data() + used, capacity - used);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      error_number = errno;
      error = std::strerror(error_number);
      return false;
    }
    if (n == 0) break;
    used += static_cast<std::size_t>(n);
    if (used > max_bytes) {
      error = fmt::format("too large (over {} bytes, the limit)", max_bytes);
      return false;
    }
  }
  bytes.resize(used);
  return true;
}

// Reads the whole file; on failure returns nothing and sets `error` to a readable reason and
// `error_number` to the errno behind it (0 when it is not a regular file). Opened non-blocking and
// checked to be a regular file, so a FIFO or device named on the command line is refused instead
// of hanging the run.
std::optional<std::string> read_bytes(const std::string& path, std::string& error,
                                      int& error_number) {
  error_number = 0;
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    error_number = errno;
    error = std::strerror(error_number);
    return std::nullopt;
  }
  struct stat info {};
  std::optional<std::string> bytes;
  if (::fstat(fd, &info) != 0) {
    error_number = errno;
    error = std::strerror(error_number);
  } else if (!S_ISREG(info.st_mode)) {
    error = "not a regular file";
  } else {
    // The size limit was checked on the stat before; a file that grew meanwhile is read whole.
    bytes.emplace();
    if (!read_to_end(fd, static_cast<std::size_t>(info.st_size), UINT64_MAX, *bytes, error,
                     error_number))
      bytes.reset();
  }
  ::close(fd);
  return bytes;
}

constexpr std::string_view kDateNotUsed = "date not used (outside ";

}  // namespace

std::optional<std::string> read_stream(const std::string& path, std::uint64_t max_bytes,
                                       std::string& error) {
  const int fd = path == "-" ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    error = std::strerror(errno);
    return std::nullopt;
  }
  // Stop at the limit, as a file over it is never read: a pipe may have no end.
  std::optional<std::string> bytes{std::in_place};
  int error_number = 0;
  if (!read_to_end(fd, 64 << 10, max_bytes, *bytes, error, error_number)) bytes.reset();
  if (fd != STDIN_FILENO) ::close(fd);
  return bytes;
}

bool is_stream(const std::string& path) {
  struct stat info {};
  return path == "-" ||
         (::stat(path.c_str(), &info) == 0 && !S_ISREG(info.st_mode) && !S_ISDIR(info.st_mode));
}

void drop_implausible_dates(Article& article, const LoadOptions& options) {
  using namespace std::chrono;
  const year_month_day latest{
      options.latest_date.value_or(floor<days>(system_clock::now()) + days{366})};
  const std::string last_key =
      fmt::format("{:04}{:02}{:02}2359", static_cast<int>(latest.year()),
                  static_cast<unsigned>(latest.month()), static_cast<unsigned>(latest.day()));
  const std::string first_key = fmt::format("{:04}01010000", kEarliestYear);
  for (auto [date, name] :
       {std::pair{&article.published, "published"}, std::pair{&article.updated, "updated"}}) {
    if (!*date) continue;
    const std::string key = (*date)->sort_key();
    if (key >= first_key && key <= last_key) continue;
    article.warnings.push_back(fmt::format(
        "{}{}-01-01 to {}-{}-{}): {} {}", kDateNotUsed, kEarliestYear, last_key.substr(0, 4),
        last_key.substr(4, 2), last_key.substr(6, 2), name, (*date)->to_iso()));
    date->reset();
  }
}

bool is_date_not_used_warning(std::string_view warning) {
  return warning.starts_with(kDateNotUsed);
}

SourceStamp stat_source(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) {
    throw std::filesystem::filesystem_error("cannot stat", path,
                                            std::error_code(errno, std::generic_category()));
  }
  SourceStamp stamp;
  stamp.mtime_ns =
      static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec;
  stamp.ctime_ns =
      static_cast<std::int64_t>(info.st_ctim.tv_sec) * 1'000'000'000 + info.st_ctim.tv_nsec;
  stamp.size = static_cast<std::uint64_t>(info.st_size);
  return stamp;
}

std::string hash_source(const std::string& path) {
  std::string error;
  int error_number = 0;
  const auto bytes = read_bytes(path, error, error_number);
  if (!bytes) {
    // The system's own error, which callers print ("Permission denied"); only a file that is not
    // a regular file has none.
    throw std::filesystem::filesystem_error(
        error, path,
        error_number != 0 ? std::error_code(error_number, std::generic_category())
                          : std::make_error_code(std::errc::io_error));
  }
  return content_hash(*bytes);
}

LoadResult load_article(const std::filesystem::path& path, const LoadOptions& options) {
  std::error_code ec;
  const auto canonical = std::filesystem::weakly_canonical(std::filesystem::absolute(path), ec);
  return load_article(path, (ec ? path : canonical).string(), options);
}

LoadResult load_article(const std::filesystem::path& path, const std::string& canonical_path,
                        const LoadOptions& options) {
  LoadResult result;
  try {
    result.stamp = stat_source(path);
  } catch (const std::filesystem::filesystem_error& e) {
    result.skip_reason = e.code().message();
    return result;
  }
  if (result.stamp.size > options.max_file_bytes) {
    result.skip_reason = fmt::format("too large ({} bytes; the limit is {})", result.stamp.size,
                                     options.max_file_bytes);
    return result;
  }
  std::string error;
  int error_number = 0;
  const auto bytes = read_bytes(path, error, error_number);
  if (!bytes) {
    result.skip_reason = error;
    return result;
  }
  SourceStamp stamp = result.stamp;
  result = load_article_bytes(*bytes, path.native(), canonical_path, options);
  stamp.content_hash = std::move(result.stamp.content_hash);
  result.stamp = std::move(stamp);
  return result;
}

LoadResult load_article_bytes(std::string_view bytes, std::string_view name,
                              const std::string& canonical_path, const LoadOptions& options) {
  LoadResult result;
  result.stamp.size = bytes.size();
  result.stamp.content_hash = content_hash(bytes);
  switch (classify_content(bytes)) {
    case ContentKind::kEmpty:
      result.skip_reason = "empty file";
      return result;
    case ContentKind::kBinary:
      result.skip_reason = "binary file";
      return result;
    case ContentKind::kText:
      break;
  }
  const ReaderKind reader = choose_reader(name, bytes.substr(0, kReaderHeadBytes), options.format);
  if (reader == ReaderKind::kRecords) {
    result.skip_reason = "JSON records are read with their file (record_file.h), not one by one";
    return result;
  }
  Article article;
  if (reader == ReaderKind::kHtml) {
    // The HTML reader decodes the page itself: its charset may be declared in the markup.
    HtmlReaderOptions html;
    html.dates = options.text.dates;
    article = read_html(bytes, html);
    if (article.title.empty() && article.paragraphs.empty()) {
      result.skip_reason = "no title and no text in the page";
      return result;
    }
  } else {
    const DecodedText decoded = decode_text(bytes);
    article = read_plain_text(strip_controls(decoded.text), options.text);
    if (article.title.empty()) {
      result.skip_reason = "no text";
      return result;
    }
    if (decoded.repaired_bytes > 0) {
      article.warnings.push_back(repair_warning(decoded.repaired_bytes));
    }
  }
  drop_implausible_dates(article, options);
  if (options.extract_quotes) extract_quotes(article);
  article.path = canonical_path;
  article.id = article_id(article.path);
  article.content_hash = result.stamp.content_hash;
  result.article = std::move(article);
  return result;
}

}  // namespace news
