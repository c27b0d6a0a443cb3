#include "extract/format.h"

#include <algorithm>
#include <fstream>

#include "common/strings.h"

namespace news {

namespace {

// Whether a file starts like JSON is decided on this many bytes: a few hundred are enough.
constexpr std::size_t kJsonSniffBytes = 512;

}  // namespace

bool is_record_file(const std::string& path, InputFormat format) {
  const bool name_decides =
      format != InputFormat::kAuto || is_record_file_name(path) || is_single_article_name(path);
  // A text or HTML name never gives records, whatever the content: no need to read it.
  return choose_reader(path, name_decides ? std::string() : read_head(path), format) ==
         ReaderKind::kRecords;
}

ReaderKind choose_reader(std::string_view name, std::string_view head, InputFormat format) {
  switch (format) {
    case InputFormat::kText:
      return ReaderKind::kText;
    case InputFormat::kHtml:
      return ReaderKind::kHtml;
    case InputFormat::kJson:
      return ReaderKind::kRecords;
    case InputFormat::kAuto:
      break;
  }
  if (is_record_file_name(name)) return ReaderKind::kRecords;
  if (!is_single_article_name(name) && looks_like_json(head.substr(0, kJsonSniffBytes)))
    return ReaderKind::kRecords;
  return looks_like_html(head) ? ReaderKind::kHtml : ReaderKind::kText;
}

std::string read_head(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::string head(kReaderHeadBytes, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(std::max<std::streamsize>(in.gcount(), 0)));
  return head;
}

bool looks_like_html(std::string_view bytes) {
  std::string_view head = bytes.substr(0, 4096);
  if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
  const std::size_t first = head.find_first_not_of(" \t\r\n\f");
  if (first == std::string_view::npos || head[first] != '<') return false;
  const std::string lower = lower_ascii(head.substr(first));
  for (const char* tag : {"<!doctype html", "<html", "<head", "<body", "<meta", "<title",
                          "<article", "<div", "<p>", "<p ", "<?xml"}) {
    if (lower.find(tag) != std::string::npos) return true;
  }
  return false;
}

char first_significant_byte(std::string_view head) {
  if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
  for (char c : head) {
    if (!is_space(c)) return c;
  }
  return 0;
}

bool looks_like_json(std::string_view head) {
  const char first = first_significant_byte(head);
  return first == '{' || first == '[';
}

bool is_article_name(std::string_view name) {
  if (name.empty() || name.front() == '.') return false;
  const std::size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return false;
  const std::string stem = lower_ascii(name.substr(0, dot));
  if (stem == "readme" || stem == "license" || stem == "licence" || stem == "changelog")
    return false;
  return is_single_article_name(name) || is_record_file_name(name);
}

bool is_single_article_name(std::string_view name) {
  const std::string extension = file_extension(name);
  for (const char* known : {".txt", ".text", ".html", ".htm", ".xhtml"}) {
    if (extension == known) return true;
  }
  return false;
}

bool is_record_file_name(std::string_view name) {
  const std::string extension = file_extension(name);
  return extension == ".json" || extension == ".jsonl" || extension == ".ndjson";
}

std::string file_extension(std::string_view name) {
  const std::size_t slash = name.rfind('/');
  if (slash != std::string_view::npos) name.remove_prefix(slash + 1);
  const std::size_t dot = name.rfind('.');
  return dot == std::string_view::npos || dot == 0 ? std::string() : lower_ascii(name.substr(dot));
}

}  // namespace news
