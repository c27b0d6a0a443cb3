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
    bytes.emplace();
    // The size stat gave, plus room to notice a file that grew meanwhile: read to the end.
    std::size_t capacity = static_cast<std::size_t>(info.st_size) + 1;
    bytes->resize(capacity);
    std::size_t used = 0;
    for (;;) {
      if (used == capacity) {
        capacity *= 2;
        bytes->resize(capacity);
      }
      const ssize_t n = ::read(fd, bytes->data() + used, capacity - used);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) {
        error_number = errno;
        error = std::strerror(error_number);
        bytes.reset();
        break;
      }
      if (n == 0) break;
      used += static_cast<std::size_t>(n);
    }
    if (bytes) bytes->resize(used);
  }
  ::close(fd);
  return bytes;
}

}  // namespace

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
  result.stamp.content_hash = content_hash(*bytes);
  switch (classify_content(*bytes)) {
    case ContentKind::kEmpty:
      result.skip_reason = "empty file";
      return result;
    case ContentKind::kBinary:
      result.skip_reason = "binary file";
      return result;
    case ContentKind::kText:
      break;
  }
  const ReaderKind reader = choose_reader(
      path.native(), std::string_view(*bytes).substr(0, kReaderHeadBytes), options.format);
  if (reader == ReaderKind::kRecords) {
    result.skip_reason = "JSON records are read with their file (record_file.h), not one by one";
    return result;
  }
  Article article;
  if (reader == ReaderKind::kHtml) {
    // The HTML reader decodes the page itself: its charset may be declared in the markup.
    HtmlReaderOptions html;
    html.dates = options.text.dates;
    article = read_html(*bytes, html);
    if (article.title.empty() && article.paragraphs.empty()) {
      result.skip_reason = "no title and no text in the page";
      return result;
    }
  } else {
    const DecodedText decoded = decode_text(*bytes);
    article = read_plain_text(strip_controls(decoded.text), options.text);
    if (article.title.empty()) {
      result.skip_reason = "no text";
      return result;
    }
    if (decoded.repaired_bytes > 0) {
      article.warnings.push_back(repair_warning(decoded.repaired_bytes));
    }
  }
  if (options.extract_quotes) extract_quotes(article);
  article.path = canonical_path;
  article.id = article_id(article.path);
  article.content_hash = result.stamp.content_hash;
  result.article = std::move(article);
  return result;
}

}  // namespace news
