// UTF-8 character classes for the quote extractor: decoding one code point, letters, capitals and
// digits. Defined here, inline, because the tokenizer and the name tests call them for every
// character and word of an article.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "extract/text_decoding.h"

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

// Latin Extended-A pairs each capital with its small letter, even first, except where a letter
// without a pair shifts them (Ĺ to Ň, Ź to Ž: odd first).
inline bool is_latin_extended_a_capital(char32_t cp) {
  if (cp == 0x138 || cp == 0x149 || cp == 0x17F) return false;  // ĸ, ŉ, ſ
  if (cp == 0x178) return true;                                 // Ÿ
  if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) return cp % 2 == 1;
  return cp % 2 == 0;
}

// True if `word` starts with a capital letter: ASCII, Latin-1, Latin Extended-A, the Romanian
// comma-below letters, Latin Extended Additional (Vietnamese), Greek and Cyrillic.
inline bool is_upper_start(std::string_view word) {
  if (word.empty()) return false;
  std::size_t i = 0;
  const char32_t cp = next_code_point(word, i);
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  // Latin-1 capitals (U+00C0-U+00DE) and Latin Extended-A (U+0100-U+017F).
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  if (cp >= 0x100 && cp <= 0x17F) return is_latin_extended_a_capital(cp);
  // Romanian S and T with a comma below (Ș, Ț), Vietnamese letters with two diacritics (Ắ, Ễ ...)
  // and the capitals of Greek and Cyrillic.
  if ((cp >= 0x218 && cp <= 0x21B) || (cp >= 0x1E00 && cp <= 0x1EFF)) return cp % 2 == 0;
  if (cp >= 0x391 && cp <= 0x3A9) return true;
  if (cp >= 0x400 && cp <= 0x42F) return true;
  return false;
}

// True for the ASCII digits.
inline bool is_digit(char32_t cp) {
  return cp >= '0' && cp <= '9';
}

// `word` in lower case: ASCII, and a first letter among the capitals is_upper_start knows
// ("Țurcanu" -> "țurcanu", "Émile" -> "émile"), so that a name is not found "in lower case" as
// itself.
inline std::string lower_name_word(std::string_view word) {
  std::string out;
  std::size_t i = 0;
  const char32_t cp = word.empty() ? 0 : next_code_point(word, i);
  if (cp >= 0x80 && is_upper_start(word)) {
    if ((cp >= 0xC0 && cp <= 0xDE) || (cp >= 0x391 && cp <= 0x3A9) || (cp >= 0x410 && cp <= 0x42F))
      append_utf8(out, cp + 0x20);
    else if (cp >= 0x400 && cp <= 0x40F)
      append_utf8(out, cp + 0x50);
    else if (cp == 0x178)
      append_utf8(out, 0xFF);  // Ÿ -> ÿ
    else
      append_utf8(out, cp + 1);  // the capital/small pairs of Latin Extended
  } else {
    i = 0;  // the first character goes through as it is
  }
  for (; i < word.size(); ++i) {
    const char c = word[i];
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

// True for a word in capitals: two or more capitals and no small letter ("NBC", "UK"; not "O2"),
// an acronym rather than a personal name.
inline bool is_all_capitals(std::string_view word) {
  int capitals = 0;
  for (const char c : word) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++capitals;
  }
  return capitals >= 2;
}

}  // namespace news::quotes
