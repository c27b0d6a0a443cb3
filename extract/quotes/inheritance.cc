#include "extract/quotes/inheritance.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "common/strings.h"

namespace news::quotes {

namespace {

// True if quote `id` opens its paragraph.
bool starts_paragraph(const std::vector<std::string>& paragraphs,
                      const std::vector<QuoteSpan>& quotes, std::size_t id) {
  const Span& span = quotes[id].span;
  return trim(std::string_view(paragraphs[span.paragraph]).substr(0, span.mark_begin)).empty();
}

// True if `text` holds `word` (ASCII case aside) with no letter or digit on either side.
bool contains_word(std::string_view text, std::string_view word) {
  const auto is_word_char = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || (c & 0x80) != 0;
  };
  for (std::size_t at = 0; at + word.size() <= text.size(); ++at) {
    if (!std::equal(word.begin(), word.end(), text.begin() + static_cast<std::ptrdiff_t>(at),
                    [](char a, char b) {
                      return std::tolower(static_cast<unsigned char>(a)) ==
                             std::tolower(static_cast<unsigned char>(b));
                    }))
      continue;
    const bool open = at == 0 || !is_word_char(text[at - 1]);
    const bool close = at + word.size() == text.size() || !is_word_char(text[at + word.size()]);
    if (open && close) return true;
  }
  return false;
}

// True if the text between two quotes of one paragraph, from `from` (one past the first's closing
// mark) to `to` (the second's opening mark), is at most the end of the first quote's sentence:
// '"Q1," Marco Ferrante said. "Q2."' or '... said Nils Ekdahl, the head of the U.S. Ferry Union.
// "Q2."'. A sentence of its own between them ('... said Ekdahl. Jones disagreed: "Q2"') is not.
bool only_cue_sentence_between(std::string_view paragraph, std::size_t from, std::size_t to,
                               std::string_view cue) {
  constexpr std::size_t kMaxBetween = 200;
  if (to < from || to - from > kMaxBetween) return false;
  const std::string_view between = trim(paragraph.substr(from, to - from));
  if (between.empty()) return true;
  // The first quote's own cue is in that sentence: '"Q1," S said.', not '"Q1." Amor was
  // delighted.' nor 'S said: "Q1." Amor was delighted.'.
  if (cue.empty() || !contains_word(between, cue)) return false;
  const auto ends_sentence = [](char c) { return c == '.' || c == '!' || c == '?'; };
  if (!ends_sentence(between.back())) return false;
  for (std::size_t i = 0; i + 2 < between.size(); ++i) {
    if (!ends_sentence(between[i]) || between[i + 1] != ' ') continue;
    // "the U.S. Ferry Union", "Dr. Jo Bell": an abbreviation's dot ends no sentence.
    const std::size_t word_start =
        between.rfind(' ', i) == std::string_view::npos ? 0 : between.rfind(' ', i) + 1;
    const std::string_view word = between.substr(word_start, i - word_start);
    const bool abbreviation =
        between[i] == '.' && (word.size() <= 3 || word.find('.') != std::string_view::npos);
    if (!abbreviation) return false;
  }
  return true;
}

// The one speaker of the reported speech of paragraph `paragraph`, or -1 when it has none or
// several.
int only_reported_speaker(const Attributions& attributions, std::size_t paragraph) {
  int speaker = -1;
  for (auto it = attributions.reported.rbegin(); it != attributions.reported.rend(); ++it) {
    if (it->paragraph > paragraph) continue;
    if (it->paragraph < paragraph) break;
    if (speaker >= 0 && it->speaker != speaker) return -1;
    speaker = it->speaker;
  }
  return speaker;
}

}  // namespace

// Quotes with no cue of their own: continuations, and paragraphs that are a quote.
void inherit_unattributed(std::size_t paragraph, const std::vector<std::string>& paragraphs,
                          const std::vector<QuoteSpan>& quotes, Attributions& attributions) {
  const auto speaker_of = [&](std::size_t id) { return attributions.quotes[id].speaker; };
  // The quotes are in text order: start at the paragraph's first one, not at the article's
  // (a pass over every quote for every paragraph was quadratic in a long article).
  const auto first = std::partition_point(
      quotes.begin(), quotes.end(),
      [&](const QuoteSpan& quote) { return quote.span.paragraph < paragraph; });
  for (auto id = static_cast<std::size_t>(first - quotes.begin());
       id < quotes.size() && quotes[id].span.paragraph == paragraph; ++id) {
    const Span& span = quotes[id].span;
    if (speaker_of(id) >= 0) continue;
    int speaker = -1;
    if (id > 0 && span.continues_previous) speaker = speaker_of(id - 1);
    // P5 within a paragraph: the second half of a split quote ('"Q1," S said. "Q2."').
    if (speaker < 0 && id > 0 && quotes[id - 1].span.paragraph == paragraph &&
        speaker_of(id - 1) >= 0 &&
        only_cue_sentence_between(paragraphs[paragraph], quotes[id - 1].span.mark_end,
                                  span.mark_begin, attributions.quotes[id - 1].cue))
      speaker = speaker_of(id - 1);
    // P5 after reported speech: a paragraph opening with a quote, after a paragraph with no
    // quote whose statements are one person's ('S said the inquiry had been told.' then '"Nobody
    // acted on that warning."').
    const bool previous_has_quote =
        id > 0 && paragraph > 0 && quotes[id - 1].span.paragraph == paragraph - 1;
    if (speaker < 0 && paragraph > 0 && !previous_has_quote &&
        starts_paragraph(paragraphs, quotes, id) &&
        (id == 0 || quotes[id - 1].span.paragraph < paragraph))
      speaker = only_reported_speaker(attributions, paragraph - 1);
    if (speaker < 0 && starts_paragraph(paragraphs, quotes, id) && id > 0 &&
        quotes[id - 1].span.paragraph + 2 >= paragraph &&
        quotes[id - 1].span.paragraph < paragraph) {
      // P5: a paragraph that opens with a quote continues the previous speaker's words.
      speaker = speaker_of(id - 1);
    }
    if (speaker >= 0) attributions.assign_quote(id, speaker, "");
  }
}

}  // namespace news::quotes
