// UTF-8 character classes for the quote extractor: decoding one code point, letters, capitals and
// digits. Defined here, inline, because the tokenizer and the name tests call them for every
// character and word of an article.
#pragma once

#include <cstddef>
#include <string_view>

namespace news::quotes {

// Decodes the code point at `i`, advancing `i`; invalid bytes come back as themselves.
inline char32_t next_code_point(std::string_view s, std::size_t& i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char lead = byte(i);
  std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  if (i + length > s.size()) length = 1;
  char32_t cp = length == 1   ? lead
                : length == 2 ? (lead & 0x1F)
                : length == 3 ? (lead & 0x0F)
                              : (lead & 0x07);
  for (std::size_t k = 1; k < length; ++k) cp = (cp << 6) | (byte(i + k) & 0x3F);
  i += length;
  return cp;
}

// True for letters of any script: ASCII, Latin-1, Latin Extended, Greek, Cyrillic and beyond.
inline bool is_letter(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  // Latin-1 letters, Latin Extended, Greek, Cyrillic and beyond; punctuation blocks excluded.
  return (cp >= 0xC0 && cp != 0xD7 && cp != 0xF7 && cp < 0x2000) || cp >= 0x3040;
}

// True if `word` starts with a capital letter (ASCII, Latin-1 or Latin Extended-A).
inline bool is_upper_start(std::string_view word) {
  if (word.empty()) return false;
  std::size_t i = 0;
  const char32_t cp = next_code_point(word, i);
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  // Latin-1 and Latin Extended capitals: U+00C0-U+00DE, and even code points in U+0100-U+017F.
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  if (cp >= 0x100 && cp <= 0x17F) return cp % 2 == 0;
  return false;
}

// True for the ASCII digits.
inline bool is_digit(char32_t cp) {
  return cp >= '0' && cp <= '9';
}

}  // namespace news::quotes
