#include "query/snippet.h"

#include <algorithm>
#include <cctype>

#include "common/document.h"
#include "common/safe_output.h"

namespace news {

namespace {

// How far before the first matched word a cropped snippet starts, so the word has some context.
constexpr std::size_t kLeadIn = 60;

bool is_ascii_word_byte(unsigned char c) {
  return static_cast<unsigned char>((c | 0x20) - 'a') < 26 ||
         static_cast<unsigned char>(c - '0') < 10;
}

char ascii_lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
}

// The first two bytes of a lower-cased term form, as one number (the second is 0 for a one-byte
// form); the caller has lower-cased any ASCII letters.
std::size_t start_key(std::string_view form) {
  const auto byte = [&](std::size_t i) {
    return i < form.size() ? static_cast<unsigned char>(form[i]) : 0u;
  };
  return byte(0) << 8 | byte(1);
}

// start_key for stems and the words that may stem to them, with a second 'y' read as 'i': English
// stemming removes endings, and its only irregular forms that change a word's first two letters
// are "dying", "lying" and "tying" (-> "die", "lie", "tie").
std::size_t stem_start_key(std::string_view form) {
  std::size_t key = start_key(form);
  if ((key & 0xFF) == 'y') key = (key & ~std::size_t{0xFF}) | 'i';
  return key;
}

// One code point of UTF-8 text: its value and its length in bytes (invalid bytes count as one
// code point each, as Xapian's iterator reads them).
struct CodePoint {
  unsigned value = 0;
  std::size_t length = 1;
};

CodePoint code_point_at(std::string_view text, std::size_t at) {
  const auto byte = static_cast<unsigned char>(text[at]);
  if (byte < 0x80) return {byte, 1};
  Xapian::Utf8Iterator it(text.data() + at, text.size() - at);
  CodePoint point{*it, 0};
  ++it;
  point.length = it == Xapian::Utf8Iterator()
                     ? text.size() - at
                     : static_cast<std::size_t>(it.raw() - text.data()) - at;
  return point;
}

bool is_word_char(unsigned value) {
  return value < 0x80 ? is_ascii_word_byte(static_cast<unsigned char>(value))
                      : Xapian::Unicode::is_wordchar(value);
}

bool is_apostrophe(unsigned value) {
  return value == '\'' || value == 0x2019;
}

// The end of the word starting at `at` (a word character): word characters, and apostrophes
// between two of them ("Blair's", "Blair’s"), as Xapian's term generator reads a word.
std::size_t word_end(std::string_view text, std::size_t at) {
  std::size_t end = at;
  while (end < text.size()) {
    if (is_ascii_word_byte(static_cast<unsigned char>(text[end]))) {
      ++end;
      continue;
    }
    const CodePoint point = code_point_at(text, end);
    if (is_word_char(point.value)) {
      end += point.length;
      continue;
    }
    if (!is_apostrophe(point.value) || end + point.length >= text.size()) break;
    const CodePoint next = code_point_at(text, end + point.length);
    if (!is_word_char(next.value)) break;
    end += point.length + next.length;
  }
  return end;
}

// A word as the term generator indexes it: lower case, typographic apostrophes made plain.
std::string term_form(std::string_view word) {
  const bool ascii = std::all_of(word.begin(), word.end(),
                                 [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  std::string lower;
  if (ascii) {
    lower.reserve(word.size());
    for (char c : word) lower += ascii_lower(c);
    return lower;
  }
  lower = Xapian::Unicode::tolower(std::string(word));
  for (std::size_t at = lower.find("\xE2\x80\x99"); at != std::string::npos;
       at = lower.find("\xE2\x80\x99", at + 1)) {
    lower.replace(at, 3, "'");
  }
  return lower;
}

// `text` cut to about options.snippet_bytes, starting a little before the first marker and at
// spaces (markers hug their words, so no marked word is cut in half), with "..." where text was
// left out: also at an end the caller says was cut already.
std::string crop(std::string text, bool cut_before, bool cut_after, const SnippetOptions& options) {
  std::size_t begin = 0;
  std::size_t end = text.size();
  if (text.size() > options.snippet_bytes) {
    const std::size_t first_mark =
        options.highlight_start.empty() ? std::string::npos : text.find(options.highlight_start);
    begin = first_mark == std::string::npos || first_mark < kLeadIn ? 0 : first_mark - kLeadIn;
    while (begin > 0 && text[begin - 1] != ' ') --begin;
    end = std::min(text.size(), begin + options.snippet_bytes);
    while (end < text.size() && text[end] != ' ') ++end;
  }
  std::string out = (cut_before || begin > 0) ? "..." : "";
  out.append(text, begin, end - begin);
  if ((cut_after && !out.ends_with(".")) || end < text.size()) out += "...";
  return out;
}

}  // namespace

void Highlighter::add_term(const std::string& term, std::string_view prefix) {
  const auto starts_lower = [](std::string_view rest) {
    return !rest.empty() && !std::isupper(static_cast<unsigned char>(rest[0]));
  };
  std::string_view rest(term);
  if (rest.starts_with(prefix) && starts_lower(rest.substr(prefix.size()))) {
    const std::string_view word = rest.substr(prefix.size());
    words_.emplace(word);
    word_starts_.set(start_key(word));
    return;
  }
  if (rest.starts_with("Z") && rest.substr(1).starts_with(prefix) &&
      starts_lower(rest.substr(1 + prefix.size()))) {
    const std::string_view stem = rest.substr(1 + prefix.size());
    stems_.emplace(stem);
    stem_starts_.set(stem_start_key(stem));
  }
}

bool Highlighter::matches(std::string_view word) const {
  // Most words start unlike every term and stem: turned away on their first two bytes, before any
  // copy is made (stem_start_key says why that holds for stems). A word starting with a non-ASCII
  // byte takes the full path, as its lower case may differ in more than ASCII.
  const auto first = static_cast<unsigned char>(word[0]);
  bool may_be_word = true;
  bool may_be_stem = !stems_.empty();
  if (first < 0x80 && (word.size() == 1 || static_cast<unsigned char>(word[1]) < 0x80)) {
    const char two[2] = {ascii_lower(word[0]), word.size() > 1 ? ascii_lower(word[1]) : '\0'};
    const std::string_view start(two, word.size() > 1 ? 2 : 1);
    may_be_word = word_starts_.test(start_key(start));
    may_be_stem = may_be_stem && stem_starts_.test(stem_start_key(start));
  }
  if (!may_be_word && !may_be_stem) return false;
  const std::string form = term_form(word);
  if (may_be_word && words_.contains(form)) return true;
  if (!may_be_stem) return false;
  // The indexer's stemmer, one per thread: a Xapian::Stem keeps its working buffers in the
  // object, so news-serve's workers, sharing one, corrupted the heap under load.
  thread_local const Xapian::Stem stemmer = english_stemmer();
  return stems_.contains(stemmer(form));
}

std::string Highlighter::mark(std::string_view text, const SnippetOptions& options) const {
  return crop(marked(text, options), false, false, options);
}

std::string Highlighter::marked(std::string_view text, const SnippetOptions& options) const {
  // Text is copied in runs up to each matched word, not byte by byte: most of it is unchanged.
  std::string out;
  out.reserve(text.size() + 32);
  const auto copy = [&](std::string_view run) {
    if (options.escape_controls) {
      out += escape_controls(run);
    } else {
      out += run;
    }
  };
  std::size_t copied = 0;
  std::size_t at = 0;
  while (at < text.size()) {
    const auto byte = static_cast<unsigned char>(text[at]);
    if (byte < 0x80 && !is_ascii_word_byte(byte)) {
      ++at;
      continue;
    }
    if (byte >= 0x80) {
      const CodePoint point = code_point_at(text, at);
      if (!is_word_char(point.value)) {
        at += point.length;
        continue;
      }
    }
    const std::size_t end = word_end(text, at);
    const std::string_view word = text.substr(at, end - at);
    if (matches(word)) {
      copy(text.substr(copied, at - copied));
      out += options.highlight_start;
      copy(word);  // a word may hold bytes that are not UTF-8, in an old database
      out += options.highlight_end;
      copied = end;
    }
    at = end;
  }
  copy(text.substr(copied));
  return out;
}

std::string Highlighter::snippet(std::string_view body, const SnippetOptions& options) const {
  // Marking a whole body would look at thousands of words to show forty: the passage is a window
  // of two snippet lengths, starting at the paragraph (or, deep in a long paragraph, a little
  // before the place) where a query word or stem first occurs, found by a plain search of the
  // lower-cased body (a stem also finds longer words, which is fine for choosing a region).
  const std::size_t window = 2 * options.snippet_bytes;
  std::size_t begin = 0;
  std::size_t end = body.size();
  if (body.size() > window) {
    std::string lower(body);
    for (char& c : lower) c = ascii_lower(c);
    std::size_t first = std::string::npos;
    for (const auto& word : words_) first = std::min(first, lower.find(word));
    for (const auto& stem : stems_) first = std::min(first, lower.find(stem));
    if (first != std::string::npos) {
      const std::size_t paragraph = lower.rfind("\n\n", first);
      begin = paragraph == std::string::npos ? 0 : paragraph + 2;
      if (first - begin > window) {
        begin = first - options.snippet_bytes;
        while (begin < first && body[begin] != ' ') ++begin;
      }
    }
    end = std::min(body.size(), begin + window);
    while (end < body.size() && body[end] != ' ' && body[end] != '\n') ++end;
  }
  std::string passage(body.substr(begin, end - begin));
  for (std::size_t at = passage.find("\n\n"); at != std::string::npos;
       at = passage.find("\n\n", at + 1)) {
    passage.replace(at, 2, " ");
  }
  return crop(marked(passage, options), begin > 0, end < body.size(), options);
}

}  // namespace news
