// Pass 2 of the quote extractor: each paragraph becomes words and punctuation, with each quote
// reduced to one token, then sentences. Nothing inside a quote is ever looked at for speakers.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/quotes/spans.h"

namespace news::quotes {

// A word, a punctuation mark, or a whole quote.
struct Token {
  enum class Kind { kWord, kPunct, kQuote };
  Kind kind = Kind::kWord;
  std::string_view text;  // the word or punctuation, a view into the paragraph; empty for quotes
  int quote = -1;         // the quote id (index into find_quotes' list), for kQuote
  std::size_t begin = 0;  // byte range in the paragraph
  std::size_t end = 0;
  std::string lower;  // `text` lower-cased once, for the many word-list lookups
};

using Sentence = std::vector<Token>;

// Tokenizes `text`, replacing each real quote span by one quote token: `quote_ranges` are the
// byte ranges of the quotes (marks included) in text order, `quote_ids` their ids. Words keep
// inner apostrophes, hyphens and dots ("O'Brien", "U.S") and the dot of an abbreviation or an
// initial ("Mr.", "F.").
std::vector<Token> tokenize(std::string_view text,
                            const std::vector<std::pair<std::size_t, std::size_t>>& quote_ranges,
                            const std::vector<int>& quote_ids);

// Pass 2: the sentences of each paragraph (one vector per paragraph, in order), each quote of
// `quotes` one token of its paragraph. A sentence ends at . ! ? and after a quote that ends a
// sentence and is followed by a capitalised word that is not a speaker before a cue ("...!"
// Smith said). Tokens view into `paragraphs`, which must outlive the result.
std::vector<std::vector<Sentence>> build_sentences(const std::vector<std::string>& paragraphs,
                                                   const std::vector<QuoteSpan>& quotes);

// Token tests, inline: the later passes call them for every token many times over.

inline bool is_word(const Token& token) {
  return token.kind == Token::Kind::kWord;
}
inline bool is_punct(const Token& token, std::string_view p) {
  return token.kind == Token::Kind::kPunct && token.text == p;
}
inline bool is_comma(const Token& token) {
  return is_punct(token, ",");
}
// A quote mark left in the text (around a quote too short to be one: "''makes me smart,''").
inline bool is_quote_mark(const Token& token) {
  return token.kind == Token::Kind::kPunct &&
         (token.text == "'" || token.text == "\"" || token.text == "\xE2\x80\x9D" ||
          token.text == "\xE2\x80\x99");
}

// A hyphen or a dash (en, em, horizontal bar).
inline bool is_dash(const Token& token) {
  return token.kind == Token::Kind::kPunct &&
         (token.text == "-" || token.text == "\xE2\x80\x93" || token.text == "\xE2\x80\x94" ||
          token.text == "\xE2\x80\x95");
}

// . ! or ?
inline bool ends_sentence(const Token& token) {
  return token.kind == Token::Kind::kPunct &&
         (token.text == "." || token.text == "!" || token.text == "?");
}

// The token lower-cased: its own text when it has no capitals (most words), else the copy.
inline std::string_view lower(const Token& token) {
  return token.lower.empty() ? token.text : std::string_view(token.lower);
}

}  // namespace news::quotes
