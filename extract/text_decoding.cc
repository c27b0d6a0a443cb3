#include "extract/text_decoding.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#include "common/strings.h"

namespace news {

namespace {

constexpr std::size_t kSniffBytes = 8192;

// Windows-1252 code points for bytes 0x80..0x9F; the rest of 0xA0..0xFF equals ISO-8859-1.
// Bytes undefined in Windows-1252 map to U+FFFD.
constexpr std::array<char32_t, 32> kCp1252High = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

}  // namespace

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

ContentKind classify_content(std::string_view bytes) {
  const std::string_view head = bytes.substr(0, std::min(bytes.size(), kSniffBytes));
  std::size_t nuls = 0;
  std::size_t controls = 0;
  bool any_visible = false;
  for (unsigned char c : head) {
    if (c == 0) {
      ++nuls;
    } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
      ++controls;
    } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
      any_visible = true;
    }
  }
  if (head.empty()) return ContentKind::kEmpty;
  if (nuls * 100 > head.size() || (controls + nuls) * 10 > head.size()) return ContentKind::kBinary;
  if (!any_visible) {
    // The head is blank; the rest decides (a file of 9 KiB of spaces then text is text).
    const bool rest_blank = std::all_of(
        bytes.begin() + static_cast<std::ptrdiff_t>(head.size()), bytes.end(),
        [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; });
    if (rest_blank) return ContentKind::kEmpty;
  }
  return ContentKind::kText;
}

std::string strip_controls(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte == '\f' || byte == '\v') {
      out += ' ';
    } else if ((byte < 0x20 && byte != '\t' && byte != '\n') || byte == 0x7F) {
      // dropped
    } else if (is_c1_control_at(text, i)) {
      ++i;  // dropped
    } else {
      out += text[i];
    }
  }
  return out;
}

std::string repair_warning(std::size_t repaired_bytes) {
  return std::to_string(repaired_bytes) +
         " byte(s) were not valid UTF-8 and were decoded as Windows-1252";
}

bool is_repair_warning(std::string_view warning) {
  return warning.ends_with(" byte(s) were not valid UTF-8 and were decoded as Windows-1252");
}

bool is_valid_utf8(std::string_view bytes) {
  for (std::size_t i = 0; i < bytes.size();) {
    if (static_cast<unsigned char>(bytes[i]) < 0x80) {
      ++i;
      continue;
    }
    const std::size_t length = utf8_sequence_length(bytes, i);
    if (length == 0) return false;
    i += length;
  }
  return true;
}

DecodedText decode_text(std::string_view bytes) {
  DecodedText result;
  std::string& out = result.text;
  out.reserve(bytes.size());
  std::size_t i = 0;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  while (i < bytes.size()) {
    // Runs of plain ASCII, most of any page, are copied whole.
    std::size_t run = i;
    // Eight bytes at a time while none is non-ASCII, NUL or CR.
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    constexpr std::uint64_t kHighs = 0x8080808080808080ULL;
    const auto has_zero_byte = [](std::uint64_t word) {
      return ((word - kOnes) & ~word & kHighs) != 0;
    };
    while (run + 8 <= bytes.size()) {
      std::uint64_t word;
      std::memcpy(&word, bytes.data() + run, sizeof word);
      if ((word & kHighs) != 0 || has_zero_byte(word) || has_zero_byte(word ^ (kOnes * '\r')))
        break;
      run += 8;
    }
    while (run < bytes.size()) {
      const auto b = static_cast<unsigned char>(bytes[run]);
      if (b >= 0x80 || b == '\0' || b == '\r') break;
      ++run;
    }
    if (run > i) {
      out.append(bytes.substr(i, run - i));
      i = run;
      if (i == bytes.size()) break;
    }
    const char c = bytes[i];
    if (c == '\0') {
      ++i;
      continue;
    }
    if (c == '\r') {
      out += '\n';
      i += (i + 1 < bytes.size() && bytes[i + 1] == '\n') ? 2 : 1;
      continue;
    }
    const std::size_t length = utf8_sequence_length(bytes, i);
    if (length > 0) {
      out.append(bytes.substr(i, length));
      i += length;
      continue;
    }
    const auto byte = static_cast<unsigned char>(c);
    append_utf8(out, byte >= 0x80 && byte <= 0x9F ? kCp1252High[byte - 0x80] : char32_t{byte});
    ++result.repaired_bytes;
    ++i;
  }
  return result;
}

}  // namespace news
