#include "extract/json/record_file.h"

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <system_error>

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/strings.h"
#include "extract/json/reader.h"
#include "extract/quotes/extractor.h"

namespace news {

namespace {

constexpr std::size_t kReadBytes = 1 << 20;

[[noreturn]] void throw_errno(const char* what, const std::string& path) {
  throw std::filesystem::filesystem_error(what, path,
                                          std::error_code(errno, std::generic_category()));
}

std::string line_too_long(std::uint64_t limit) {
  return fmt::format("line longer than the limit of {} bytes (--max-file-size); not read", limit);
}

}  // namespace

RecordFileReader::RecordFileReader(const std::string& path, std::uint64_t max_whole_bytes,
                                   std::size_t chunk_bytes)
    : path_(path),
      max_whole_bytes_(max_whole_bytes),
      chunk_bytes_(std::max<std::size_t>(chunk_bytes, 1)) {
  fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd_ < 0) throw_errno("cannot open", path);
  struct stat info {};
  if (::fstat(fd_, &info) != 0) throw_errno("cannot stat", path);
  if (!S_ISREG(info.st_mode)) {
    ::close(fd_);
    fd_ = -1;
    throw std::filesystem::filesystem_error("not a regular file", path,
                                            std::make_error_code(std::errc::invalid_argument));
  }
  fill();
  const char first = first_significant_byte(buffer_);
  const auto size = static_cast<std::uint64_t>(info.st_size);
  const std::string extension = file_extension(path);
  const bool named_lines = extension == ".jsonl" || extension == ".ndjson";
  if (first == '[' && size > max_whole_bytes_) {
    ::close(fd_);
    fd_ = -1;
    throw RecordFileTooLarge(fmt::format(
        "too large ({} bytes; a JSON array file is read whole and the limit is {}; write one "
        "record a line, as JSON Lines, to index a file of any size)",
        size, max_whole_bytes_));
  }
  whole_ = first == '[' || (first == '{' && !named_lines && size <= max_whole_bytes_);
}

RecordFileReader::~RecordFileReader() {
  if (fd_ >= 0) ::close(fd_);
}

bool RecordFileReader::fill() {
  if (at_eof_) return false;
  const std::size_t used = buffer_.size();
  buffer_.resize(used + kReadBytes);
  ssize_t n;
  do {
    n = ::read(fd_, buffer_.data() + used, kReadBytes);
  } while (n < 0 && errno == EINTR);
  if (n < 0) {
    buffer_.resize(used);
    throw_errno("cannot read", path_);
  }
  buffer_.resize(used + static_cast<std::size_t>(n));
  hasher_.update(std::string_view(buffer_).substr(used));
  if (n == 0) at_eof_ = true;
  return n > 0;
}

std::optional<RecordChunk> RecordFileReader::next() {
  if (done_) return std::nullopt;
  RecordChunk chunk;
  chunk.first_line = next_line_;
  if (whole_) {
    while (fill()) {
    }
    chunk.bytes = std::move(buffer_);
    chunk.whole_file = true;
    done_ = true;
    return chunk;
  }
  // Whole lines up to about chunk_bytes; a line longer than the limit is skipped as it streams by.
  bool dropping = false;
  for (;;) {
    if (dropping) {
      const std::size_t newline = buffer_.find('\n');
      if (newline == std::string::npos) {
        buffer_.clear();
        if (!fill()) break;
        continue;
      }
      buffer_.erase(0, newline + 1);
      ++next_line_;
      // The chunk ends here: its lines are numbered by counting from first_line, which the
      // dropped line would upset.
      break;
    }
    // Whole lines up to chunk_bytes, or one longer line whole.
    std::size_t cut = std::string::npos;
    if (buffer_.size() >= chunk_bytes_) {
      cut = buffer_.rfind('\n', chunk_bytes_ - 1);
      if (cut == std::string::npos) cut = buffer_.find('\n', chunk_bytes_);
    }
    if (cut != std::string::npos) {
      chunk.bytes.append(buffer_, 0, cut + 1);
      buffer_.erase(0, cut + 1);
      next_line_ += static_cast<std::size_t>(std::count(
          chunk.bytes.end() - static_cast<std::ptrdiff_t>(cut + 1), chunk.bytes.end(), '\n'));
      break;
    }
    // No whole line within reach yet: is the line being read over the limit?
    const std::size_t newline = buffer_.rfind('\n');
    const std::size_t line_start = newline == std::string::npos ? 0 : newline + 1;
    if (buffer_.size() - line_start > max_whole_bytes_) {
      chunk.bytes.append(buffer_, 0, line_start);
      next_line_ += static_cast<std::size_t>(std::count(
          buffer_.begin(), buffer_.begin() + static_cast<std::ptrdiff_t>(line_start), '\n'));
      chunk.dropped_lines.emplace_back(next_line_, line_too_long(max_whole_bytes_));
      buffer_.clear();
      dropping = true;
      continue;
    }
    if (!fill()) {
      chunk.bytes += buffer_;
      next_line_ += static_cast<std::size_t>(std::count(buffer_.begin(), buffer_.end(), '\n'));
      buffer_.clear();
      done_ = true;
      break;
    }
  }
  if (chunk.bytes.empty() && chunk.dropped_lines.empty()) {
    done_ = true;
    return std::nullopt;
  }
  return chunk;
}

std::string record_id(const std::string& canonical_path, std::string_view key) {
  return article_id(fmt::format("{}#{}", canonical_path, key));
}

std::vector<LoadedRecord> load_records(const RecordChunk& chunk, const std::string& canonical_path,
                                       const LoadOptions& options, const KnownRecords* known) {
  JsonReaderOptions reader;
  reader.dates = options.text.dates;
  std::vector<JsonFileRecord> records;
  std::vector<LoadedRecord> out;
  if (chunk.whole_file) {
    JsonFileResult file = read_json_file(chunk.bytes, reader);
    if (!file.error.empty()) {
      LoadedRecord failed;
      failed.number = chunk.first_line;
      failed.error = file.error;
      out.push_back(std::move(failed));
      return out;
    }
    records = std::move(file.records);
  } else {
    std::string_view rest(chunk.bytes);
    std::size_t line = chunk.first_line;
    while (!rest.empty()) {
      const std::size_t newline = rest.find('\n');
      const std::string_view text = rest.substr(0, newline);
      if (text.size() > options.max_file_bytes) {
        // The reader streams past lines too long to hold; one that fitted in its buffer is
        // refused here, the same way.
        LoadedRecord dropped;
        dropped.number = line;
        dropped.error = line_too_long(options.max_file_bytes);
        out.push_back(std::move(dropped));
      } else if (auto record = read_jsonl_line(text, line, reader)) {
        records.push_back(std::move(*record));
      }
      if (newline == std::string_view::npos) break;
      rest.remove_prefix(newline + 1);
      ++line;
    }
  }
  for (const auto& [line, reason] : chunk.dropped_lines) {
    LoadedRecord dropped;
    dropped.number = line;
    dropped.error = reason;
    out.push_back(std::move(dropped));
  }
  for (JsonFileRecord& record : records) {
    LoadedRecord loaded;
    loaded.number = record.number;
    if (!record.article) {
      loaded.error = std::move(record.error);
      out.push_back(std::move(loaded));
      continue;
    }
    Article& article = *record.article;
    // Before the hash: a date that becomes plausible as time passes makes the record read again.
    drop_implausible_dates(article, options);
    loaded.id = record_id(canonical_path, record.key);
    // The record as read decides whether it changed: the same JSON in other bytes (spacing, key
    // order) reads the same.
    loaded.hash = content_hash(
        to_json(article).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
    if (known) {
      const auto it = known->find(loaded.id);
      if (it != known->end() && it->second == loaded.hash) {
        loaded.unchanged = true;
        out.push_back(std::move(loaded));
        continue;
      }
    }
    article.path = canonical_path;
    article.id = loaded.id;
    article.content_hash = loaded.hash;
    if (options.extract_quotes) extract_quotes(article);
    loaded.article = std::move(article);
    out.push_back(std::move(loaded));
  }
  std::stable_sort(out.begin(), out.end(), [](const LoadedRecord& a, const LoadedRecord& b) {
    return a.number < b.number;
  });
  return out;
}

}  // namespace news
