#include "extract/quotes/spans.h"

#include <optional>

#include "common/strings.h"
#include "extract/quotes/lexicon.h"
#include "extract/quotes/text.h"

namespace news::quotes {

namespace {

enum class MarkFamily { kDouble, kSingle };

struct Mark {
  std::size_t begin;  // byte offset of the mark
  std::size_t end;    // byte offset just after it
  MarkFamily family;
  bool can_open;
  bool can_close;
};

// Finds the quote marks of a paragraph, deciding for each whether it may open or close a quote.
std::vector<Mark> find_marks(std::string_view text) {
  std::vector<Mark> marks;
  std::size_t i = 0;
  while (i < text.size()) {
    // Marks start with '"', '\'', 0xE2 (U+2018-U+201E) or 0xC2 (guillemets): skip other bytes
    // without decoding them, which is most of the text.
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte != '"' && byte != '\'' && byte != 0xE2 && byte != 0xC2) {
      ++i;
      continue;
    }
    const std::size_t begin = i;
    char32_t previous = ' ';
    if (begin > 0) {
      std::size_t back = begin - 1;
      while (back > 0 && begin - back < 4 &&
             (static_cast<unsigned char>(text[back]) & 0xC0) == 0x80)
        --back;
      std::size_t at = back;
      previous = next_code_point(text, at);
    }
    const char32_t cp = next_code_point(text, i);
    char32_t next = ' ';
    if (i < text.size()) {
      std::size_t j = i;
      next = next_code_point(text, j);
    }
    const bool space_before = previous == ' ' || previous == '\t' || previous == '(' ||
                              previous == '[' || previous == 0x2014 || previous == 0x2013 ||
                              previous == '-' || previous == ':' || begin == 0;
    const bool space_after = next == ' ' || next == '\t' || i >= text.size();
    switch (cp) {
      case 0x201C:  // “
      case 0x201E:  // „
      case 0x00AB:  // «
        marks.push_back({begin, i, MarkFamily::kDouble, true, false});
        break;
      case 0x201D:  // ”
      case 0x00BB:  // »
        // At the very start of a paragraph, before a word, it can only open (a typesetting slip).
        marks.push_back({begin, i, MarkFamily::kDouble, begin == 0 && is_letter(next), true});
        break;
      case '"': {
        // A straight mark opens after a space and before a word, and closes after a word and
        // before a space or punctuation; where the context says both or neither, it toggles.
        // Reading the context keeps `..the government. "Instead of..` from closing the quote
        // the previous sentence left open (the style of quotes that reopen without closing).
        const bool opening_context = space_before;
        const bool closing_context = space_after || next == '.' || next == ',' || next == ';' ||
                                     next == ':' || next == '!' || next == '?' || next == ')';
        marks.push_back({begin, i, MarkFamily::kDouble, opening_context || !closing_context,
                         closing_context || !opening_context});
        break;
      }
      case '\'':
        // Two apostrophes stand for a double quote in some copy ('' ... '').
        if (next == '\'') {
          ++i;
          marks.push_back({begin, i, MarkFamily::kDouble, true, true});
          break;
        }
        [[fallthrough]];
      case 0x2018:    // ‘
      case 0x2019: {  // ’ (also the apostrophe)
        // An opener follows a space and precedes a letter or digit; a closer is not between two
        // letters (don't, O'Brien) and precedes a space or punctuation.
        const bool letter_before = is_letter(previous) || is_digit(previous);
        const bool letter_after = is_letter(next) || is_digit(next);
        const bool opener = cp != 0x2019 && space_before && letter_after;
        const bool closer =
            cp != 0x2018 && !(letter_before && letter_after) && !letter_after && !space_before;
        // "the players' union": a plural possessive closes nothing unless a quote is open.
        if (opener || closer) marks.push_back({begin, i, MarkFamily::kSingle, opener, closer});
        break;
      }
      default:
        break;
    }
  }
  return marks;
}

// Pairs the marks of every paragraph into quote spans (double quotes at the top level, single
// quotes only outside double ones), following quotes across paragraph breaks.
std::vector<Span> find_quote_spans(const std::vector<std::string>& paragraphs) {
  std::vector<Span> spans;
  bool open_at_end = false;  // the previous paragraph ended inside an unclosed double quote
  for (std::size_t p = 0; p < paragraphs.size(); ++p) {
    const std::string& text = paragraphs[p];
    const std::vector<Mark> marks = find_marks(text);
    std::optional<Mark> open;
    bool first_span = true;
    bool reopened = false;  // the opener follows a quote of this paragraph that was never closed
    const auto emit = [&](const Mark& opener, std::size_t content_end, std::size_t mark_end,
                          bool closed) {
      const std::size_t leading = trim(std::string_view(text).substr(0, opener.begin)).size();
      spans.push_back({p, opener.end, content_end, opener.begin, mark_end, closed,
                       (first_span && leading == 0 && open_at_end) || reopened});
      first_span = false;
      reopened = false;
    };
    for (std::size_t m = 0; m < marks.size(); ++m) {
      const Mark& mark = marks[m];
      if (!open) {
        if (mark.can_open) open = mark;
        continue;
      }
      if (mark.family != open->family) continue;  // nested quote of the other kind: inside
      if (mark.can_close) {
        emit(*open, mark.begin, mark.end, true);
        open.reset();
      } else if (mark.can_open && mark.family == MarkFamily::kDouble) {
        // A second opener: the first was never closed. End it here and start again; the new one
        // continues it ("...government. "Instead of ...").
        emit(*open, mark.begin, mark.begin, false);
        open = mark;
        reopened = true;
      }
    }
    open_at_end = false;
    if (open) {
      emit(*open, text.size(), text.size(), false);
      open_at_end = open->family == MarkFamily::kDouble;
    }
  }
  return spans;
}

// The number of words in `text`, separated by whitespace.
std::size_t word_count(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = is_space(c);
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// Quotes under 4 words ("scare quotes") and titles in quote marks are words of the sentence.
bool is_real_quote(std::string_view content) {
  const auto words = split(content, " ");
  if (words.size() < 4) return false;
  std::size_t capitalised = 0;
  for (auto word : words) capitalised += is_upper_start(word) || lexicon::is_name_particle(word);
  return capitalised < words.size();
}

}  // namespace

std::vector<QuoteSpan> find_quotes(const std::vector<std::string>& paragraphs) {
  std::vector<QuoteSpan> quotes;
  for (const Span& span : find_quote_spans(paragraphs)) {
    const std::string_view content =
        std::string_view(paragraphs[span.paragraph]).substr(span.begin, span.end - span.begin);
    if (!is_real_quote(content) && !span.continues_previous) continue;
    if (word_count(content) == 0) continue;
    quotes.push_back({span, trim(content)});
  }
  return quotes;
}

}  // namespace news::quotes
