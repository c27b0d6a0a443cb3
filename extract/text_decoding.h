// Turning a file's bytes into text the rest of the pipeline can trust: valid UTF-8, no NULs, LF
// line ends. Readers receive text from here and never see raw bytes.
#pragma once

#include <string>
#include <string_view>

namespace news {

// What a byte buffer looks like before any reader sees it.
enum class ContentKind {
  kText,    // worth reading as text
  kEmpty,   // nothing but whitespace
  kBinary,  // NUL bytes or control characters in quantity: not a text article
};

// Classifies by looking at the first 8 KiB: more than 1% NUL bytes or more than 10% control
// characters (other than tab, CR, LF, FF) means binary. A few stray NULs, as some saved pages have,
// still count as text.
ContentKind classify_content(std::string_view bytes);

// The result of decode_text.
struct DecodedText {
  std::string text;
  // Number of bytes that were not valid UTF-8 and were decoded as Windows-1252 instead
  // (0xA3 -> "£"); non-zero means the source was not clean UTF-8.
  std::size_t repaired_bytes = 0;
};

// Appends the code point `cp` (at most U+10FFFF, not a surrogate) as UTF-8.
void append_utf8(std::string& out, char32_t cp);

// Decodes bytes as UTF-8, decoding each invalid byte as Windows-1252 (which also covers ISO-8859-1)
// so that a stray "£" from an old file survives as "£" rather than U+FFFD. Drops a leading BOM and
// NUL bytes, and turns CRLF and lone CR into LF. Never throws.
DecodedText decode_text(std::string_view bytes);

// True when every byte sequence of `bytes` is valid UTF-8 as decode_text reads it (so that
// decode_text would repair nothing). Copies nothing.
bool is_valid_utf8(std::string_view bytes);

// `text` (valid UTF-8, as decode_text gives it) without the control characters that would reach a
// terminal from the stored article (an escape sequence that retitles the window or clears the
// screen): form feed and vertical tab become a space (both separate words, as is_space says), and
// the other C0 controls but tab and line feed, DEL and the C1 controls (U+0080-U+009F) are
// dropped. The plain-text reader's input goes through it; the HTML and JSON readers drop them
// when they collapse whitespace.
std::string strip_controls(std::string_view text);

// The warning a reader puts in Article::warnings when decode_text repaired bytes ("3 byte(s) were
// not valid UTF-8 and were decoded as Windows-1252"); every reader words it so, and the indexer
// counts articles with it (is_repair_warning) as "repaired".
std::string repair_warning(std::size_t repaired_bytes);

// True for a warning made by repair_warning.
bool is_repair_warning(std::string_view warning);

}  // namespace news
