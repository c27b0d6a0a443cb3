#include "common/safe_output.h"

#include <cerrno>
#include <cstring>
#include <ostream>

#include <fmt/format.h>

#include "common/error.h"
#include "common/strings.h"

namespace news {

namespace {

bool is_c0_or_del(unsigned char byte) {
  return byte < 0x20 || byte == 0x7F;
}

}  // namespace

std::string escape_controls(std::string_view text, LineFeeds line_feeds) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    // Printable ASCII, nearly all text, is copied a run at a time.
    std::size_t printable = i;
    while (printable < text.size() && static_cast<unsigned char>(text[printable]) >= 0x20 &&
           static_cast<unsigned char>(text[printable]) < 0x7F)
      ++printable;
    if (printable > i) {
      out.append(text, i, printable - i);
      i = printable;
      continue;
    }
    const auto byte = static_cast<unsigned char>(text[i]);
    if (is_c0_or_del(byte)) {
      const bool kept = byte == '\t' || (byte == '\n' && line_feeds == LineFeeds::kKeep);
      out += kept ? std::string(1, text[i]) : fmt::format("\\x{:02x}", byte);
      ++i;
      continue;
    }
    if (is_c1_control_at(text, i)) {
      out += fmt::format("\\u{:04x}", static_cast<unsigned char>(text[i + 1]));
      i += 2;
      continue;
    }
    const std::size_t length = utf8_sequence_length(text, i);
    if (length == 0) {
      out += fmt::format("\\x{:02x}", byte);
      ++i;
      continue;
    }
    out.append(text, i, length);
    i += length;
  }
  return out;
}

std::string escape_json_controls(std::string json) {
  std::size_t i = 0;
  // Most output has none: look before copying.
  while (i < json.size() && static_cast<unsigned char>(json[i]) != 0x7F &&
         !is_c1_control_at(json, i))
    ++i;
  if (i == json.size()) return json;
  std::string out(json, 0, i);
  out.reserve(json.size() + 16);
  for (; i < json.size(); ++i) {
    if (static_cast<unsigned char>(json[i]) == 0x7F) {
      out += "\\u007f";
    } else if (is_c1_control_at(json, i)) {
      out += fmt::format("\\u{:04x}", static_cast<unsigned char>(json[i + 1]));
      ++i;
    } else {
      out += json[i];
    }
  }
  return out;
}

void check_written(std::ostream& out) {
  if (out) return;
  const int error = errno;
  throw OutputError(error == 0 ? std::string("cannot write the output")
                               : fmt::format("cannot write the output: {}", std::strerror(error)));
}

void flush_and_check(std::ostream& out) {
  out.flush();
  check_written(out);
}

}  // namespace news
