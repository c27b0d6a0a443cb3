#include "extract/quotes/sentences.h"

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <utility>

#include "common/strings.h"
#include "extract/quotes/lexicon.h"
#include "extract/quotes/text.h"

namespace news::quotes {

namespace {

// Abbreviations that keep their dot, so their dot does not end a sentence.
bool keeps_dot(std::string_view word) {
  static constexpr std::string_view kAbbreviations[] = {
      "Mr",   "Mrs",  "Ms",  "Dr",     "St",   "Sen",  "Rep", "Gov", "Gen", "Lt",  "Col",
      "Capt", "Sgt",  "Det", "Insp",   "Supt", "Prof", "Rev", "Jr",  "Sr",  "Inc", "Ltd",
      "Co",   "Corp", "No",  "vs",     "Mt",   "Ft",   "Jan", "Feb", "Mar", "Apr", "Aug",
      "Sept", "Sep",  "Oct", "Nov",    "Dec",  "a.m",  "p.m", "U.S", "U.K", "U.N", "D.C",
      "e.g",  "i.e",  "etc", "approx", "Gov",  "Atty", "Cllr"};
  if (word.size() == 1 && is_upper_start(word)) return true;  // an initial: "John F. Plumb"
  // US state abbreviations, alone or in party-state labels: "Va.", "(R-Ky.)", "D-Wis."
  static constexpr std::string_view kStates[] = {
      "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del",  "Fla",  "Ga",   "Ill",  "Ind",
      "Kan", "Ky",   "La",  "Md",    "Mass", "Mich", "Minn", "Miss", "Mo",   "Mont", "Neb",
      "Nev", "Okla", "Ore", "Pa",    "Tenn", "Tex",  "Va",   "Vt",   "Wash", "Wis",  "Wyo"};
  const std::string_view state = word.size() > 2 && word[1] == '-' ? word.substr(2) : word;
  if (std::find(std::begin(kStates), std::end(kStates), state) != std::end(kStates)) return true;
  if (word.find('.') != std::string_view::npos) return true;  // "U.S", "a.m"
  return std::find(std::begin(kAbbreviations), std::end(kAbbreviations), word) !=
         std::end(kAbbreviations);
}

// Splits a paragraph's tokens into sentences at . ! ? and after a quote that ends a sentence and is
// followed by a capitalised word that is not a speaker before a cue ("...!" Smith said).
std::vector<Sentence> split_sentences(std::vector<Token> tokens,
                                      const std::vector<QuoteSpan>& quotes) {
  std::vector<Sentence> sentences;
  std::size_t start = 0;  // the first token of the sentence being read
  // Each sentence takes its own tokens when it ends, in a vector of its own size: reserving the
  // rest of the paragraph for each one cost memory in the square of a long paragraph.
  const auto end_sentence = [&](std::size_t end) {
    sentences.emplace_back(
        std::make_move_iterator(tokens.begin() + static_cast<std::ptrdiff_t>(start)),
        std::make_move_iterator(tokens.begin() + static_cast<std::ptrdiff_t>(end)));
    start = end;
  };
  int parentheses = 0;  // "(D-Wis.)": a dot inside parentheses ends no sentence
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (is_punct(tokens[i], "(")) ++parentheses;
    if (is_punct(tokens[i], ")") && parentheses > 0) --parentheses;
    bool boundary = ends_sentence(tokens[i]) && parentheses == 0;
    if (tokens[i].kind == Token::Kind::kQuote && i + 1 < tokens.size() && is_word(tokens[i + 1]) &&
        is_upper_start(tokens[i + 1].text)) {
      const std::string_view content = trim(quotes[static_cast<std::size_t>(tokens[i].quote)].text);
      const bool terminal = !content.empty() && (content.back() == '.' || content.back() == '!' ||
                                                 content.back() == '?');
      bool cue_follows = false;
      for (std::size_t k = i + 1; k < std::min(tokens.size(), i + 5); ++k) {
        if (is_word(tokens[k]) && lexicon::speech_cue(lower(tokens[k]))) cue_follows = true;
      }
      boundary = terminal && !cue_follows;
    }
    if (boundary && i + 1 < tokens.size()) end_sentence(i + 1);
  }
  if (start < tokens.size()) end_sentence(tokens.size());
  return sentences;
}

}  // namespace

std::vector<Token> tokenize(std::string_view text,
                            const std::vector<std::pair<std::size_t, std::size_t>>& quote_ranges,
                            const std::vector<int>& quote_ids) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 4 + 4);  // about one token per five bytes of news prose
  std::size_t i = 0;
  std::size_t next_quote = 0;
  while (i < text.size()) {
    if (next_quote < quote_ranges.size() && i >= quote_ranges[next_quote].first) {
      const std::size_t end = std::max(i, quote_ranges[next_quote].second);
      tokens.push_back({Token::Kind::kQuote, "", quote_ids[next_quote],
                        quote_ranges[next_quote].first, end, ""});
      i = end;
      ++next_quote;
      continue;
    }
    const std::size_t limit =
        next_quote < quote_ranges.size() ? quote_ranges[next_quote].first : text.size();
    std::size_t j = i;
    const char32_t cp = next_code_point(text, j);
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == 0xA0) {
      i = j;
      continue;
    }
    if (is_letter(cp) || is_digit(cp)) {
      // A word: letters and digits, with inner apostrophes, hyphens and dots ("O'Brien", "U.S").
      std::size_t end = j;
      while (end < limit) {
        std::size_t k = end;
        const char32_t c = next_code_point(text, k);
        if (is_letter(c) || is_digit(c)) {
          end = k;
          continue;
        }
        if ((c == '\'' || c == 0x2019 || c == '-' || c == '.' || c == 0x2010) && k < limit) {
          std::size_t m = k;
          const char32_t after = next_code_point(text, m);
          if (is_letter(after) || is_digit(after)) {
            end = k;
            continue;
          }
        }
        break;
      }
      std::string_view word = text.substr(i, end - i);
      // Keep the dot of an abbreviation or an initial as part of the word.
      if (end < limit && text[end] == '.' && keeps_dot(word)) {
        ++end;
        word = text.substr(i, end - i);
      }
      // Only words with capitals need a lower-case copy; the rest are their own lower case.
      std::string lowered =
          std::any_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; })
              ? lower_ascii(word)
              : std::string();
      tokens.push_back({Token::Kind::kWord, word, -1, i, end, std::move(lowered)});
      i = end;
      continue;
    }
    tokens.push_back({Token::Kind::kPunct, text.substr(i, j - i), -1, i, j, ""});
    i = j;
  }
  return tokens;
}

std::vector<std::vector<Sentence>> build_sentences(const std::vector<std::string>& paragraphs,
                                                   const std::vector<QuoteSpan>& quotes) {
  std::vector<std::vector<Sentence>> sentences(paragraphs.size());
  std::size_t next = 0;
  for (std::size_t p = 0; p < paragraphs.size(); ++p) {
    std::vector<std::pair<std::size_t, std::size_t>> ranges;
    std::vector<int> ids;
    while (next < quotes.size() && quotes[next].span.paragraph == p) {
      const Span& span = quotes[next].span;
      ranges.emplace_back(span.mark_begin, std::max(span.mark_end, span.end));
      ids.push_back(static_cast<int>(next));
      ++next;
    }
    sentences[p] = split_sentences(tokenize(paragraphs[p], ranges, ids), quotes);
  }
  return sentences;
}

}  // namespace news::quotes
