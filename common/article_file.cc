#include "common/article_file.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <system_error>

#include <fmt/format.h>
#include <sys/stat.h>

#include "common/quotes.h"
#include "common/strings.h"
#include "common/text_decoding.h"

namespace news {

namespace {

// Reads the whole file; on failure returns nothing and sets `error` to a readable reason.
std::optional<std::string> read_bytes(const std::filesystem::path& path, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = std::strerror(errno);
    return std::nullopt;
  }
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) {
    error = "read error";
    return std::nullopt;
  }
  return bytes;
}

}  // namespace

bool is_article_file(const std::filesystem::path& path) {
  const std::string name = path.filename().string();
  if (name.empty() || name.front() == '.') return false;
  const std::string stem = lower_ascii(path.stem().string());
  if (stem == "readme" || stem == "license" || stem == "licence" || stem == "changelog")
    return false;
  const std::string extension = lower_ascii(path.extension().string());
  return extension == ".txt" || extension == ".text";
}

SourceStamp stat_source(const std::filesystem::path& path) {
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

std::string hash_source(const std::filesystem::path& path) {
  std::string error;
  const auto bytes = read_bytes(path, error);
  if (!bytes) {
    throw std::filesystem::filesystem_error(error, path, std::make_error_code(std::errc::io_error));
  }
  return content_hash(*bytes);
}

LoadResult load_article(const std::filesystem::path& path, const LoadOptions& options) {
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
  const auto bytes = read_bytes(path, error);
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
  const DecodedText decoded = decode_text(*bytes);
  Article article = read_plain_text(decoded.text, options.text);
  if (options.extract_quotes) extract_quotes(article);
  if (article.title.empty()) {
    result.skip_reason = "no text";
    return result;
  }
  std::error_code ec;
  const auto canonical = std::filesystem::weakly_canonical(std::filesystem::absolute(path), ec);
  article.path = (ec ? path : canonical).string();
  article.id = article_id(article.path);
  article.content_hash = result.stamp.content_hash;
  if (decoded.repaired_bytes > 0) {
    article.warnings.push_back(
        fmt::format("{} byte(s) were not valid UTF-8 and were decoded as Windows-1252",
                    decoded.repaired_bytes));
  }
  result.article = std::move(article);
  return result;
}

}  // namespace news
