#include "extract/quotes/extractor.h"

#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "extract/quotes/lexicon.h"
#include "common/strings.h"

// How the extractor works, in the order it runs (rules from quotes.md):
//  1. Quote spans: marks paired by type (2.1); a quote left open at the end of a paragraph and
//     reopened at the start of the next one continues; contents under 4 words or all in title case
//     are not quotes, and their words stay in the sentence.
//  2. Tokens: each paragraph becomes words and punctuation, with each quote reduced to one token,
//     then sentences. Nothing inside a quote is ever looked at for speakers.
//  3. Names: runs of capitalised words are split into role, honorific and name ("The Russian
//     Foreign Minister Sergey Lavrov" -> role "Russian Foreign Minister", name "Sergey Lavrov");
//     every full name of the article is registered first, so a surname used before the full name
//     still links to it.
//  4. Cues: each speech verb looks for its subject (before it, across an appositive, or after it
//     when inverted) and for its content: an adjacent quote (direct) or the rest of the clause
//     (indirect). Subjects resolve to people: full names, surnames and honorific + surname,
//     he/she to the most recent compatible person, "the minister" to the person with that role.
//     Organisations, groups, unnamed sources, "I", "we" and "they" are never people.
//  5. Quotes with no cue of their own inherit the speaker of the quote they continue, or of the
//     paragraph just before when they make up a paragraph on their own.

namespace news {

namespace {

using lexicon::Gender;

// ---------------------------------------------------------------------------------------------
// UTF-8 character classes

// Decodes the code point at `i`, advancing `i`; invalid bytes come back as themselves.
char32_t next_code_point(std::string_view s, std::size_t& i) {
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

bool is_letter(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  // Latin-1 letters, Latin Extended, Greek, Cyrillic and beyond; punctuation blocks excluded.
  return (cp >= 0xC0 && cp != 0xD7 && cp != 0xF7 && cp < 0x2000) || cp >= 0x3040;
}

bool is_upper_start(std::string_view word) {
  if (word.empty()) return false;
  std::size_t i = 0;
  const char32_t cp = next_code_point(word, i);
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  // Latin-1 and Latin Extended capitals: U+00C0-U+00DE, and even code points in U+0100-U+017F.
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  if (cp >= 0x100 && cp <= 0x17F) return cp % 2 == 0;
  return false;
}

bool is_digit(char32_t cp) {
  return cp >= '0' && cp <= '9';
}

// ---------------------------------------------------------------------------------------------
// 1. Quote spans

enum class MarkFamily { kDouble, kSingle };

struct Mark {
  std::size_t begin;  // byte offset of the mark
  std::size_t end;    // byte offset just after it
  MarkFamily family;
  bool can_open;
  bool can_close;
};

struct Span {
  std::size_t paragraph;
  std::size_t begin;       // first byte of the content
  std::size_t end;         // one past the last byte of the content
  std::size_t mark_begin;  // first byte of the opening mark
  std::size_t mark_end;    // one past the closing mark (== end when unclosed)
  bool closed;
  bool continues_previous;  // reopens a quote left open at the end of the previous paragraph
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

// ---------------------------------------------------------------------------------------------
// 2. Tokens and sentences

struct Token {
  enum class Kind { kWord, kPunct, kQuote };
  Kind kind = Kind::kWord;
  std::string_view text;  // the word or punctuation, a view into the paragraph; empty for quotes
  int quote = -1;         // index into the extractor's quote list, for kQuote
  std::size_t begin = 0;  // byte range in the paragraph
  std::size_t end = 0;
  std::string lower;  // `text` lower-cased once, for the many word-list lookups
};

using Sentence = std::vector<Token>;

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

// Tokenizes `text`, replacing each real quote span by one quote token.
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

bool is_word(const Token& token) {
  return token.kind == Token::Kind::kWord;
}
bool is_punct(const Token& token, std::string_view p) {
  return token.kind == Token::Kind::kPunct && token.text == p;
}
bool is_comma(const Token& token) {
  return is_punct(token, ",");
}
// A quote mark left in the text (around a quote too short to be one: "''makes me smart,''").
bool is_quote_mark(const Token& token) {
  return token.kind == Token::Kind::kPunct &&
         (token.text == "'" || token.text == "\"" || token.text == "\xE2\x80\x9D" ||
          token.text == "\xE2\x80\x99");
}

bool is_dash(const Token& token) {
  return token.kind == Token::Kind::kPunct &&
         (token.text == "-" || token.text == "\xE2\x80\x93" || token.text == "\xE2\x80\x94" ||
          token.text == "\xE2\x80\x95");
}

bool ends_sentence(const Token& token) {
  return token.kind == Token::Kind::kPunct &&
         (token.text == "." || token.text == "!" || token.text == "?");
}

// The token lower-cased: its own text when it has no capitals (most words), else the copy.
std::string_view lower(const Token& token) {
  return token.lower.empty() ? token.text : std::string_view(token.lower);
}

// Splits a paragraph's tokens into sentences at . ! ? and after a quote that ends a sentence and is
// followed by a capitalised word that is not a speaker before a cue ("...!" Smith said).
std::vector<Sentence> split_sentences(std::vector<Token> tokens,
                                      const std::vector<std::string>& quote_texts) {
  std::vector<Sentence> sentences(1);
  sentences.back().reserve(tokens.size());
  int parentheses = 0;  // "(D-Wis.)": a dot inside parentheses ends no sentence
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (is_punct(tokens[i], "(")) ++parentheses;
    if (is_punct(tokens[i], ")") && parentheses > 0) --parentheses;
    bool boundary = ends_sentence(tokens[i]) && parentheses == 0;
    if (tokens[i].kind == Token::Kind::kQuote && i + 1 < tokens.size() && is_word(tokens[i + 1]) &&
        is_upper_start(tokens[i + 1].text)) {
      const std::string_view content = trim(quote_texts[static_cast<std::size_t>(tokens[i].quote)]);
      const bool terminal = !content.empty() && (content.back() == '.' || content.back() == '!' ||
                                                 content.back() == '?');
      bool cue_follows = false;
      for (std::size_t k = i + 1; k < std::min(tokens.size(), i + 5); ++k) {
        if (is_word(tokens[k]) && lexicon::speech_cue(lower(tokens[k]))) cue_follows = true;
      }
      boundary = terminal && !cue_follows;
    }
    sentences.back().push_back(std::move(tokens[i]));
    if (boundary && i + 1 < tokens.size()) {
      sentences.emplace_back();
      sentences.back().reserve(tokens.size() - i - 1);
    }
  }
  if (sentences.back().empty()) sentences.pop_back();
  return sentences;
}

// ---------------------------------------------------------------------------------------------
// 3. Names

// A capitalised run split into its parts.
struct NameMention {
  std::size_t begin = 0;          // token index of the first token of the whole run (role included)
  std::size_t end = 0;            // one past the last token of the name
  std::vector<std::string> name;  // name tokens, honorifics removed, possessive 's removed
  std::optional<Gender> honorific;
  std::string honorific_text;
  std::string role;           // role words before the name, from the run and before it
  bool determiner = false;    // preceded by "the"/"a" with no role word in between
  bool organisation = false;  // contains an organisation word
};

bool is_name_token(const Token& token) {
  if (!is_word(token)) return false;
  if (is_upper_start(token.text)) return true;
  return false;
}

std::string strip_possessive(std::string word) {
  for (std::string_view suffix : {"'s", "\xE2\x80\x99s"}) {
    if (word.size() > suffix.size() && std::string_view(word).ends_with(suffix)) {
      word.resize(word.size() - suffix.size());
      return word;
    }
  }
  if (word.ends_with('\'') || (word.size() > 3 && std::string_view(word).ends_with("\xE2\x80\x99")))
    word.resize(word.size() - (word.back() == '\'' ? 1 : 3));
  return word;
}

std::string join(const std::vector<std::string>& words, std::size_t from = 0,
                 std::size_t to = std::string::npos) {
  std::string out;
  for (std::size_t i = from; i < std::min(to, words.size()); ++i) {
    if (!out.empty()) out += ' ';
    out += words[i];
  }
  return out;
}

bool is_determiner(std::string_view lower_word) {
  return lower_word == "the" || lower_word == "a" || lower_word == "an";
}

// Extends a role backwards from token `start` (exclusive) over role-like words: "Assistant
// secretary of defence for space policy" before "John F. Plumb". Returns the role text, or "" if
// the words there contain no role noun.
std::string role_before(const Sentence& s, std::size_t start, bool continues_role) {
  // "joint administrator at Pellow Grant": a phrase ending in a connector is not the name's role,
  // unless the run itself starts with role words ("Secretary of | State John Kerry").
  if (!continues_role && start > 0 && is_word(s[start - 1]) &&
      lexicon::is_role_connector(lower(s[start - 1])))
    return "";
  std::vector<std::string> words;
  bool has_role_word = false;
  std::size_t i = start;
  while (i > 0 && words.size() < 10) {
    const Token& token = s[i - 1];
    if (!is_word(token)) break;
    const std::string_view lower_word = lower(token);
    if (is_determiner(lower_word)) {
      // "Secretary of the Treasury": a determiner after a connector is inside the role.
      if (i >= 2 && is_word(s[i - 2]) && lexicon::is_role_connector(lower(s[i - 2])) &&
          lower(s[i - 2]) != "the") {
        words.insert(words.begin(), std::string(token.text));
        --i;
        continue;
      }
      break;
    }
    if (lexicon::speech_cue(lower_word) || lexicon::person_pronoun(lower_word) ||
        lower_word == "which" || lower_word == "who" || lower_word == "that" ||
        lower_word == "whose")
      break;
    const bool connector = lexicon::is_role_connector(lower_word);
    if (!connector && lexicon::is_capitalised_function_word(token.text)) break;
    if (lexicon::is_role_word(lower_word)) has_role_word = true;
    words.insert(words.begin(), std::string(token.text));
    --i;
  }
  while (!words.empty() && lexicon::is_role_connector(lower_ascii(words.front())))
    words.erase(words.begin());
  if (!has_role_word) return "";
  // The role must end with its head noun next to the name ("Foreign Minister"), or be a phrase
  // whose head comes first ("secretary of defence for space policy").
  return join(words);
}

// Finds the name run that ends at token `last` (inclusive) or starts at `first`, and analyses it.
std::optional<NameMention> analyse_run(const Sentence& s, std::size_t first, std::size_t end) {
  NameMention mention;
  mention.begin = first;
  mention.end = end;
  std::vector<std::string> words;
  for (std::size_t i = first; i < end; ++i) words.push_back(std::string(s[i].text));
  // Leading function words ("The", "But").
  std::size_t start = 0;
  while (start < words.size() && lexicon::is_capitalised_function_word(words[start]) &&
         !lexicon::honorific(words[start])) {
    if (is_determiner(lower_ascii(words[start]))) mention.determiner = true;
    ++start;
  }
  // The last role word splits role from name: "Russian Foreign Minister | Sergey Lavrov".
  std::size_t name_start = start;
  for (std::size_t i = start; i < words.size(); ++i) {
    // A role word at the end is a surname ("Charlie King", "Ruth Judge"), not a title.
    if (i + 1 < words.size() && lexicon::is_role_word(lower_ascii(words[i]))) name_start = i + 1;
  }
  std::string role = join(words, start, name_start);
  // Honorifics before the name.
  while (name_start < words.size()) {
    if (auto gender = lexicon::honorific(words[name_start])) {
      mention.honorific = *gender;
      mention.honorific_text = words[name_start];
      ++name_start;
      continue;
    }
    break;
  }
  for (std::size_t i = name_start; i < words.size(); ++i)
    mention.name.push_back(strip_possessive(words[i]));
  // A trailing suffix ("Jr.") is part of the name but not a surname.
  if (mention.name.empty()) return std::nullopt;
  if (mention.name.size() > 4) return std::nullopt;
  const bool known_given_name =
      mention.name.size() >= 2 &&
      lexicon::given_name_gender(mention.name.front()) != Gender::kUnknown;
  for (const auto& word : mention.name) {
    if (lexicon::is_organisation_word(word)) mention.organisation = true;
    // "Theresa May", "Ruth Davis Monday": after a known given name a month-like word is a surname.
    if (lexicon::is_capitalised_function_word(word) && !lexicon::honorific(word) &&
        !(known_given_name && &word != &mention.name.front()))
      return std::nullopt;
    if (std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; }))
      return std::nullopt;
  }
  // "West Virginia", "New York": places look like names in capitals.
  if (lexicon::is_place_name(join(mention.name))) mention.organisation = true;
  // A name of capitals only is an acronym ("BBC", "NHS"), not a person.
  if (mention.name.size() == 1 && mention.name[0].size() > 1 &&
      std::all_of(mention.name[0].begin(), mention.name[0].end(),
                  [](char c) { return !(c >= 'a' && c <= 'z'); }))
    return std::nullopt;
  // Role words before the run: "Chelsea manager Jose Mourinho", "Assistant secretary of ... ".
  const std::string before = role_before(s, first + start, !role.empty());
  if (!before.empty()) role = role.empty() ? before : before + " " + role;
  // "the Football Association said": a determiner before a name with no role makes it a thing.
  // "The Russian Foreign Minister Sergey Lavrov": with a role, the determiner is the role's.
  if (!role.empty()) mention.determiner = false;
  if (role.empty() && start == 0 && first > 0 && is_word(s[first - 1]) &&
      is_determiner(lower(s[first - 1])))
    mention.determiner = true;
  mention.role = role;
  return mention;
}

// All capitalised runs of a sentence: [first, end) token ranges, particles and initials inside.
std::vector<std::pair<std::size_t, std::size_t>> capitalised_runs(const Sentence& s) {
  std::vector<std::pair<std::size_t, std::size_t>> runs;
  std::size_t i = 0;
  while (i < s.size()) {
    if (!is_name_token(s[i])) {
      ++i;
      continue;
    }
    std::size_t end = i + 1;
    while (end < s.size()) {
      if (is_name_token(s[end])) {
        // A possessive ends the run: "Clinton's campaign".
        if (s[end - 1].text.ends_with("'s") || s[end - 1].text.ends_with("\xE2\x80\x99s")) break;
        ++end;
        continue;
      }
      if (is_word(s[end]) && lexicon::is_name_particle(s[end].text) && end + 1 < s.size() &&
          is_name_token(s[end + 1])) {
        end += 2;
        continue;
      }
      break;
    }
    runs.emplace_back(i, end);
    i = end;
  }
  return runs;
}

// ---------------------------------------------------------------------------------------------
// People of one article

struct PersonRecord {
  std::vector<std::string> name;   // fullest form
  std::vector<std::string> forms;  // every form seen, as written (with honorifics)
  Gender gender = Gender::kUnknown;
  std::string role;
  bool quoted = false;
  std::size_t first_quote = 0;  // order of first attribution
  bool honorific_seen = false;
  bool surname_used = false;       // referred to by the last name alone somewhere
  bool relative_clause = false;    // introduced with "who" ("Smith, who lives nearby, said")
  bool signed_quote = false;       // signs a quote: `"..." ― Sonya Herridge`
  bool pronoun_after_cue = false;  // "X said he ...": the article calls them he or she

  // Companies and campaign groups look like two capitalised words too ("Greyfield Renewables");
  // a person shows it: an honorific, a role, a known given name, a middle initial, or a later
  // reference by surname alone.
  bool shows_personhood() const {
    if (honorific_seen || !role.empty() || surname_used || relative_clause || signed_quote ||
        pronoun_after_cue)
      return true;
    if (name.size() >= 2 && lexicon::given_name_gender(name.front()) != Gender::kUnknown)
      return true;
    for (std::size_t i = 1; i + 1 < name.size(); ++i) {
      if (name[i].size() == 2 && name[i][1] == '.') return true;
    }
    return false;
  }
};

class People {
 public:
  // Registers a full-name mention (two or more name tokens, or one with an honorific).
  void add_full(const NameMention& mention) {
    PersonRecord* person = find_exact(mention.name);
    if (!person) {
      // A longer form of a known name ("John F. Plumb" after "John Plumb") is the same person when
      // first and last tokens agree.
      for (auto& candidate : records_) {
        if (candidate.name.size() >= 2 && mention.name.size() >= 2 &&
            candidate.name.front() == mention.name.front() &&
            candidate.name.back() == mention.name.back()) {
          person = &candidate;
          if (mention.name.size() > candidate.name.size()) candidate.name = mention.name;
          break;
        }
      }
    }
    if (!person) {
      records_.push_back(
          {mention.name, {}, Gender::kUnknown, "", false, 0, false, false, false, false, false});
      person = &records_.back();
    }
    note(*person, mention);
  }

  // The person a mention refers to: its full name, or a surname (with or without an honorific)
  // that exactly one person of the article ends with. Nothing when ambiguous or unknown.
  // `salient`, when given, says whether a person has already been a subject or a speaker.
  PersonRecord* resolve(const NameMention& mention,
                        const std::function<bool(const PersonRecord*)>& salient = nullptr) {
    if (mention.name.size() >= 2) return find_exact(mention.name);
    const std::string& surname = mention.name.front();
    std::vector<PersonRecord*> matches;
    for (auto& person : records_) {
      if (person.name.size() >= 2 && person.name.back() == surname) matches.push_back(&person);
    }
    // Two people share the surname: a title in the mention that only one of them holds decides
    // ("President Obama" when Michelle Obama is quoted too); otherwise the honorific's gender.
    if (matches.size() > 1 && !mention.role.empty()) {
      // `words` views into `role`, so the lowered role needs a name that outlives it.
      const std::string role = lower_ascii(mention.role);
      const auto words = split(role, " ");
      const std::string head(words.empty() ? std::string_view() : words.back());
      std::vector<PersonRecord*> titled;
      for (PersonRecord* p : matches) {
        if (!head.empty() && lower_ascii(p->role).find(head) != std::string::npos)
          titled.push_back(p);
      }
      if (titled.size() == 1) matches = titled;
    }
    if (matches.size() > 1 && mention.honorific && *mention.honorific != Gender::kUnknown) {
      std::erase_if(matches, [&](PersonRecord* p) {
        return p->gender != Gender::kUnknown && p->gender != *mention.honorific;
      });
    }
    // Still two: if only one of them has been a subject or a speaker so far (Ted Cruz speaks, his
    // father Rafael Cruz is only mentioned), the surname is theirs. Two speakers sharing a surname
    // (Owen and Chloe Smith) stay ambiguous, and the quote gets nobody.
    if (matches.size() > 1 && salient) {
      std::vector<PersonRecord*> active;
      for (PersonRecord* p : matches) {
        if (salient(p)) active.push_back(p);
      }
      if (active.size() == 1) matches = active;
    }
    if (matches.size() == 1) {
      if (surname != matches.front()->name.front()) matches.front()->surname_used = true;
      return matches.front();
    }
    if (!matches.empty()) return nullptr;
    // A given name alone ("said Priya"), or a family name written first ("Mr Xie" for Xie Xuren),
    // when one person of the article starts with it.
    for (auto& person : records_) {
      if (person.name.size() >= 2 && person.name.front() == surname) matches.push_back(&person);
    }
    if (matches.size() == 1) return matches.front();
    if (!matches.empty()) return nullptr;
    // Only a surname with an honorific in the whole article ("Mr Blair"): that is the person.
    for (auto& person : records_) {
      if (person.name.size() == 1 && person.name.front() == surname) return &person;
    }
    return nullptr;
  }

  void note(PersonRecord& person, const NameMention& mention) {
    std::string form = join(mention.name);
    if (!mention.honorific_text.empty()) form = mention.honorific_text + " " + form;
    if (std::find(person.forms.begin(), person.forms.end(), form) == person.forms.end())
      person.forms.push_back(form);
    if (mention.honorific) person.honorific_seen = true;
    if (mention.honorific && *mention.honorific != Gender::kUnknown)
      person.gender = *mention.honorific;
    if (person.gender == Gender::kUnknown && mention.name.size() >= 2)
      person.gender = lexicon::given_name_gender(mention.name.front());
    if (person.role.empty() && !mention.role.empty()) person.role = mention.role;
  }

  // "Mr Xie" registered on its own, and "Xie Xuren" elsewhere: one person. Folds every
  // single-name record into the one full name that ends (or, for family-name-first names, starts)
  // with it. Call before any record is referred to by index.
  void merge_single_names() {
    for (std::size_t i = 0; i < records_.size();) {
      if (records_[i].name.size() != 1) {
        ++i;
        continue;
      }
      const std::string& token = records_[i].name.front();
      PersonRecord* target = nullptr;
      for (bool by_last : {true, false}) {
        std::vector<PersonRecord*> matches;
        for (auto& person : records_) {
          if (person.name.size() >= 2 &&
              (by_last ? person.name.back() : person.name.front()) == token)
            matches.push_back(&person);
        }
        if (matches.size() == 1) {
          target = matches.front();
          break;
        }
        if (!matches.empty()) break;
      }
      if (!target) {
        ++i;
        continue;
      }
      for (const auto& form : records_[i].forms) {
        if (std::find(target->forms.begin(), target->forms.end(), form) == target->forms.end())
          target->forms.push_back(form);
      }
      target->honorific_seen |= records_[i].honorific_seen;
      if (target->gender == Gender::kUnknown) target->gender = records_[i].gender;
      if (target->role.empty()) target->role = records_[i].role;
      records_.erase(records_.begin() + static_cast<std::ptrdiff_t>(i));
    }
  }

  PersonRecord* find_exact(const std::vector<std::string>& name) {
    for (auto& person : records_) {
      if (person.name == name) return &person;
    }
    return nullptr;
  }

  std::vector<PersonRecord>& records() { return records_; }

 private:
  // A deque would keep pointers stable; reserve() in the extractor does the same for a vector.
  std::vector<PersonRecord> records_;
};

// ---------------------------------------------------------------------------------------------
// 4. and 5. Attribution

struct Extractor {
  // The longest reported speech taken, in tokens (words and punctuation).
  static constexpr std::size_t kMaxReportedTokens = 150;

  const std::vector<std::string>& paragraphs;
  std::vector<Span> spans;                       // real quotes only
  std::vector<std::string> quote_texts;          // per span
  std::vector<std::string_view> quote_views;     // per span: the text where it stands
  std::vector<std::vector<Sentence>> sentences;  // per paragraph
  People people;
  std::vector<int> speaker_of_quote;             // per span: index into people.records(), or -1
  std::vector<Quote> indirect;                   // reported speech found in sentences
  std::vector<std::string_view> indirect_views;  // per indirect quote: its text in the paragraph
  std::vector<int> indirect_speaker;
  int last_person = -1;  // most recent person in subject or speaker position
  std::size_t last_person_paragraph = 0;
  std::size_t attribution_order = 0;

  Extractor(const std::vector<std::string>& paragraphs_in, std::string_view title)
      : paragraphs(paragraphs_in), title_(title) {}

  int index_of(PersonRecord* person) {
    if (!person) return -1;
    return static_cast<int>(person - people.records().data());
  }

  void run() {
    find_quotes();
    build_sentences();
    register_names();
    for (std::size_t p = 0; p < sentences.size(); ++p) {
      for (auto& sentence : sentences[p]) attribute_sentence(p, sentence);
      inherit_unattributed(p);
    }
  }

  void find_quotes() {
    for (const Span& span : find_quote_spans(paragraphs)) {
      const std::string_view content =
          std::string_view(paragraphs[span.paragraph]).substr(span.begin, span.end - span.begin);
      if (!is_real_quote(content) && !span.continues_previous) continue;
      if (word_count(content) == 0) continue;
      spans.push_back(span);
      quote_texts.emplace_back(trim(content));
      quote_views.push_back(trim(content));
    }
    speaker_of_quote.assign(spans.size(), -1);
  }

  void build_sentences() {
    sentences.resize(paragraphs.size());
    std::size_t next = 0;
    for (std::size_t p = 0; p < paragraphs.size(); ++p) {
      std::vector<std::pair<std::size_t, std::size_t>> ranges;
      std::vector<int> ids;
      while (next < spans.size() && spans[next].paragraph == p) {
        ranges.emplace_back(spans[next].mark_begin,
                            std::max(spans[next].mark_end, spans[next].end));
        ids.push_back(static_cast<int>(next));
        ++next;
      }
      sentences[p] = split_sentences(tokenize(paragraphs[p], ranges, ids), quote_texts);
    }
  }

  // Every full name outside quotes, so that a surname can link to a name given later.
  void register_names() {
    people.records().reserve(256);
    register_title_names();
    for (auto& paragraph : sentences) {
      for (auto& sentence : paragraph) {
        for (auto [first, end] : capitalised_runs(sentence)) {
          // Most runs are one capitalised word (a sentence start, a place): only an honorific
          // makes one word a name to register, so skip the analysis for the rest.
          if (end - first == 1) continue;
          const auto mention = analyse_run(sentence, first, end);
          if (!mention || mention->organisation || mention->determiner) continue;
          if (!mention->honorific && has_common_word(mention->name)) continue;
          if (mention->name.size() >= 2 || mention->honorific) {
            if (people.records().size() < 256) {
              people.add_full(*mention);
              // "Priya Dunleavy, a pupil at St Cuthbert's, won ...": an appositive gives the role.
              std::string role = appositive_after(sentence, end);
              if (!role.empty()) {
                PersonRecord* person = people.find_exact(mention->name);
                if (person && person->role.empty()) person->role = role;
              }
            }
          }
        }
      }
    }
    people.merge_single_names();
  }

  // Headlines often give the full name that the body then shortens ("Hillary Clinton Goes After
  // ..." then "Clinton said"). Headline words are all capitalised, so only a known given name and
  // the word after it are taken as a name.
  void register_title_names() {
    const std::vector<Token> tokens = tokenize(title_, {}, {});
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
      if (!is_word(tokens[i]) || !is_word(tokens[i + 1]) || !is_upper_start(tokens[i + 1].text))
        continue;
      if (lexicon::given_name_gender(tokens[i].text) == Gender::kUnknown) continue;
      NameMention mention;
      mention.name = {std::string(tokens[i].text),
                      strip_possessive(std::string(tokens[i + 1].text))};
      if (lexicon::is_organisation_word(mention.name.back()) ||
          lexicon::is_capitalised_function_word(mention.name.back()) ||
          lexicon::is_place_name(join(mention.name)))
        continue;
      people.add_full(mention);
      ++i;
    }
  }

  // The person a subject noun phrase ending at token `last` (inclusive) refers to, or -1.
  int subject_before(std::size_t paragraph, const Sentence& s, std::size_t last,
                     std::string* role_out = nullptr) {
    // Find the run that ends at `last`.
    if (!is_word(s[last])) return -1;
    const std::string_view word = lower(s[last]);
    if (auto gender = lexicon::person_pronoun(word)) return resolve_pronoun(paragraph, *gender);
    if (is_name_token(s[last])) {
      const std::size_t first = name_run_start(s, last);
      const auto mention = analyse_run(s, first, last + 1);
      if (!mention) return -1;
      // "The office of Attorney General X said", "a spokesman for X said": X is not the speaker.
      if (first > 1 && is_word(s[first - 1]) && is_word(s[first - 2]) &&
          !is_upper_start(s[first - 2].text)) {
        const std::string_view before = lower(s[first - 1]);
        if (before == "of" || before == "for") return -1;
      }
      return person_for(*mention, role_out);
    }
    // "the minister", "the Tottenham striker", "the 25-year-old"
    return descriptor(s, last);
  }

  int subject_after(std::size_t paragraph, const Sentence& s, std::size_t first) {
    if (first >= s.size() || !is_word(s[first])) return -1;
    const std::string_view word = lower(s[first]);
    if (auto gender = lexicon::person_pronoun(word)) return resolve_pronoun(paragraph, *gender);
    std::size_t start = first;
    if (is_determiner(word)) {
      // "said the minister" / "said the Russian Foreign Minister Sergey Lavrov"
      std::size_t end = first + 1;
      while (end < s.size() && is_word(s[end]) && end - first < 8) ++end;
      const auto runs = capitalised_runs(s);
      for (auto [rf, re] : runs) {
        if (rf > first && rf < end) {
          const auto mention = analyse_run(s, first, re);
          if (mention && !mention->role.empty()) return person_for(*mention, nullptr);
        }
      }
      std::size_t last = first + 1;
      while (last + 1 < s.size() && is_word(s[last + 1]) &&
             !lexicon::speech_cue(lower(s[last + 1])) && last - first < 4)
        ++last;
      return descriptor(s, std::min(last, s.size() - 1), first);
    }
    // "noted NBC's Dante Chinni": an outlet's possessive before the name is an affiliation.
    std::string affiliation;
    if (start + 1 < s.size() &&
        (s[start].text.ends_with("'s") || s[start].text.ends_with("\xE2\x80\x99s")) &&
        is_name_token(s[start + 1])) {
      affiliation = s[start].text;
      ++start;
    }
    // "said analyst Jason Kenney", "said race director Matthew Turnbull": role words first.
    std::string lead_role;
    while (start < s.size() && start - first < 3 && is_word(s[start]) && !is_name_token(s[start]) &&
           !lexicon::is_capitalised_function_word(s[start].text) &&
           !lexicon::speech_cue(lower(s[start]))) {
      lead_role += (lead_role.empty() ? "" : " ") + std::string(s[start].text);
      ++start;
    }
    if (start >= s.size() || !is_name_token(s[start])) return -1;
    std::size_t end = start + 1;
    while (end < s.size() &&
           (is_name_token(s[end]) || (is_word(s[end]) && lexicon::is_name_particle(s[end].text) &&
                                      end + 1 < s.size() && is_name_token(s[end + 1]))))
      ++end;
    const auto mention = analyse_run(s, start, end);
    if (!mention) return -1;
    // "wrote Cameron Easley for Morning Consult": an affiliation after the name.
    if (affiliation.empty() && end + 1 < s.size() && is_word(s[end]) &&
        (lower(s[end]) == "for" || lower(s[end]) == "of" || lower(s[end]) == "at") &&
        is_name_token(s[end + 1]))
      affiliation = std::string(s[end].text) + " " + std::string(s[end + 1].text);
    if (lead_role.empty()) lead_role = affiliation;
    const int person = person_for(*mention, lead_role.empty() ? nullptr : &lead_role);
    // "said Victor Cha, who served as ...": only people are introduced with "who".
    if (person >= 0 && end + 1 < s.size() && is_comma(s[end]) && is_word(s[end + 1]) &&
        lower(s[end + 1]) == "who")
      people.records()[static_cast<std::size_t>(person)].relative_clause = true;
    return person;
  }

  int person_for(const NameMention& mention, std::string* role_out) {
    if (mention.organisation || mention.determiner) return -1;
    PersonRecord* person = people.resolve(mention, [this](const PersonRecord* p) {
      const int index = static_cast<int>(p - people.records().data());
      return std::find(recent_.begin(), recent_.end(), index) != recent_.end();
    });
    if (!person) return -1;
    people.note(*person, mention);
    if (role_out && person->role.empty() && !role_out->empty()) person->role = *role_out;
    return index_of(person);
  }

  // Speakers are kept only if the article shows they are people (see shows_personhood), which is
  // known only once every mention has been seen.
  bool is_person(int index) {
    return index >= 0 && people.records()[static_cast<std::size_t>(index)].shows_personhood();
  }

  int resolve_pronoun(std::size_t paragraph, Gender gender) {
    if (last_person < 0 || paragraph > last_person_paragraph + 2) return -1;
    const PersonRecord& person = people.records()[static_cast<std::size_t>(last_person)];
    if (person.gender != Gender::kUnknown && person.gender != gender) {
      // The most recent person is of the other gender: take the most recent compatible speaker.
      for (int i = static_cast<int>(recent_.size()) - 1; i >= 0; --i) {
        const PersonRecord& candidate =
            people.records()[static_cast<std::size_t>(recent_[static_cast<std::size_t>(i)])];
        if (candidate.gender == gender) return recent_[static_cast<std::size_t>(i)];
      }
      return -1;
    }
    return last_person;
  }

  // A descriptor ending at `last`: "the minister", "the Tottenham striker", "the 25-year-old".
  int descriptor(const Sentence& s, std::size_t last, std::size_t first_hint = std::string::npos) {
    if (!is_word(s[last])) return -1;
    const std::string_view head = lower(s[last]);
    std::size_t first = last;
    while (first > 0 && is_word(s[first - 1]) && !is_determiner(lower(s[first - 1])) &&
           last - first < 4)
      --first;
    if (first_hint != std::string::npos) first = first_hint + 1;
    const bool determiner =
        first > 0 && is_word(s[first - 1]) && is_determiner(lower(s[first - 1]));
    if (!determiner && first_hint == std::string::npos) return -1;
    if (lexicon::is_group_noun(head)) return -1;
    if (head.ends_with("-year-old")) return last_person;
    if (!lexicon::is_role_word(head)) return -1;
    // The most recent person whose role has this head noun.
    for (int i = static_cast<int>(recent_.size()) - 1; i >= 0; --i) {
      const PersonRecord& person =
          people.records()[static_cast<std::size_t>(recent_[static_cast<std::size_t>(i)])];
      const std::string role = lower_ascii(person.role);
      if (!role.empty() && (role.find(head) != std::string::npos))
        return recent_[static_cast<std::size_t>(i)];
    }
    for (auto& person : people.records()) {
      if (!person.role.empty() && lower_ascii(person.role).find(head) != std::string::npos)
        return index_of(&person);
    }
    return -1;
  }

  void mark_salient(int person, std::size_t paragraph) {
    // Pronouns refer back to people: a company or a place never becomes "he" or "she".
    if (person < 0 || !people.records()[static_cast<std::size_t>(person)].shows_personhood())
      return;
    last_person = person;
    last_person_paragraph = paragraph;
    std::erase(recent_, person);
    recent_.push_back(person);
  }

  void credit(int person) {
    if (person < 0) return;
    PersonRecord& record = people.records()[static_cast<std::size_t>(person)];
    if (!record.quoted) {
      record.quoted = true;
      record.first_quote = attribution_order++;
    }
  }

  // Skips backwards over auxiliaries and adverbs between a subject and its verb ("has also said").
  static std::size_t skip_auxiliaries(const Sentence& s, std::size_t i) {
    static constexpr std::string_view kSkippable[] = {
        "has",        "had",         "have",         "was",     "is",        "also",
        "later",      "then",        "previously",   "earlier", "again",     "repeatedly",
        "reportedly", "recently",    "further",      "once",    "already",   "now",
        "will",       "would",       "could",        "may",     "might",     "should",
        "did",        "does",        "had",          "even",    "simply",    "publicly",
        "privately",  "separately",  "subsequently", "today",   "yesterday", "last",
        "night",      "week",        "both",         "himself", "herself",   "all",
        "often",      "always",      "never",        "still",   "just",      "told",
        "quickly",    "immediately", "openly",       "angrily", "firmly",    "flatly",
        "strongly",   "emphatically"};
    while (i > 0) {
      const Token& token = s[i - 1];
      // "Gwen Moore (D-Wis.) said": a parenthesis between subject and verb.
      if (is_punct(token, ")")) {
        std::size_t open = i - 1;
        while (open > 0 && !is_punct(s[open - 1], "(") && i - open < 8) --open;
        if (open == 0 || !is_punct(s[open - 1], "(")) break;
        i = open - 1;
        continue;
      }
      if (!is_word(token)) break;
      const std::string_view w = lower(token);
      // "in July", "on Monday", "last week": a time phrase between subject and verb.
      if (i >= 2 && is_upper_start(token.text) &&
          lexicon::is_capitalised_function_word(token.text) && is_word(s[i - 2])) {
        const std::string_view preposition = lower(s[i - 2]);
        if (preposition == "in" || preposition == "on" || preposition == "last" ||
            preposition == "this") {
          i -= 2;
          continue;
        }
      }
      // Adverbs in -ly ("initially", "angrily") and the listed auxiliaries and adverbs.
      const bool adverb = w.size() > 4 && w.ends_with("ly") && !is_upper_start(token.text);
      if (!adverb &&
          std::find(std::begin(kSkippable), std::end(kSkippable), w) == std::end(kSkippable))
        break;
      if (w == "told") break;
      --i;
    }
    return i;
  }

  // The subject of the verb at `v`: the noun phrase before it, across one comma-bounded aside.
  int find_subject(std::size_t paragraph, const Sentence& s, std::size_t v) {
    co_subjects_.clear();
    subject_start_ = 0;
    // "Mr Gates is said to be ...", "was told": a passive cue reports no speech by its subject.
    if (v > 0 && is_word(s[v - 1])) {
      const std::string_view before = lower(s[v - 1]);
      if (before == "is" || before == "was" || before == "are" || before == "were" ||
          before == "been" || before == "be" || before == "being")
        return -1;
    }
    std::size_t i = skip_auxiliaries(s, v);
    if (i == 0) return -1;
    // Up to two comma-bounded asides between subject and verb: "Giulia Marchetti, 21, a student,
    // said", "Smith, who was speaking in Leeds, said", "Her coach, Ruben Alcott, said".
    std::string aside_role;
    bool relative_clause = false;
    for (int asides = 0; asides < 2 && i > 0 && is_comma(s[i - 1]); ++asides) {
      const std::size_t j = i - 1;  // the comma that closes the aside
      std::size_t k = j;
      while (k > 0 && !is_comma(s[k - 1]) && j - k < 20 && s[k - 1].kind != Token::Kind::kQuote)
        --k;
      if (k == 0 || !is_comma(s[k - 1])) break;  // no opening comma: the comma ends the subject
      if (const int named = named_aside(s, k, j); named >= 0) return named;
      std::vector<std::string> aside;
      for (std::size_t t = k; t < j; ++t) aside.push_back(std::string(s[t].text));
      if (!aside.empty() &&
          (lower_ascii(aside.front()) == "who" || lower_ascii(aside.front()) == "whose")) {
        relative_clause = true;
      } else if (aside_role.empty()) {
        aside_role = appositive_role(aside);
      }
      i = k;  // s[i - 1] is now the opening comma, which may close another aside
    }
    if (i > 0 && is_comma(s[i - 1])) --i;
    // "Jim Jordan (R-Ohio), an oversight panel member, said": a parenthesis before the asides.
    if (i > 0 && is_punct(s[i - 1], ")")) i = skip_auxiliaries(s, i);
    if (i == 0) return -1;
    // "Donald Trump ... bemoaned the unrest and said he ...": the verb shares the sentence's
    // subject.
    if (is_word(s[i - 1]) && (lower(s[i - 1]) == "and" || lower(s[i - 1]) == "but"))
      return first_subject(paragraph, s, i - 1);
    const Token& last = s[i - 1];
    if (!is_word(last)) return -1;
    const std::string_view w = lower(last);
    if (w == "i" || w == "we" || w == "they" || w == "it" || w == "you") return -1;
    const int subject =
        subject_before(paragraph, s, i - 1, aside_role.empty() ? nullptr : &aside_role);
    // Only people are introduced with "who": organisations take "which".
    if (subject >= 0 && relative_clause)
      people.records()[static_cast<std::size_t>(subject)].relative_clause = true;
    subject_start_ = is_name_token(s[i - 1]) ? name_run_start(s, i - 1) : i - 1;
    if (subject >= 0 && is_name_token(s[i - 1])) collect_co_subjects(s, subject_start_);
    return subject;
  }

  // The first token of the capitalised name run that ends at `last`.
  static std::size_t name_run_start(const Sentence& s, std::size_t last) {
    std::size_t first = last;
    while (first > 0 && (is_name_token(s[first - 1]) ||
                         (is_word(s[first - 1]) && lexicon::is_name_particle(s[first - 1].text) &&
                          first >= 2 && is_name_token(s[first - 2])))) {
      if (s[first - 1].text.ends_with("'s")) break;
      --first;
    }
    return first;
  }

  // "Sherrod Brown (D-Ohio) and Robert Menendez (D-N.J.) all suggested ...": the other names
  // coordinated with the subject speak too. Fills co_subjects_.
  void collect_co_subjects(const Sentence& s, std::size_t start) {
    co_subjects_.clear();
    std::size_t i = start;
    for (int names = 0; names < 6 && i > 0; ++names) {
      if (!(is_comma(s[i - 1]) || (is_word(s[i - 1]) && lower(s[i - 1]) == "and"))) break;
      std::size_t j = i - 1;
      if (j > 0 && is_comma(s[j - 1])) --j;  // Oxford comma: ", and"
      if (j > 0 && is_punct(s[j - 1], ")")) {
        std::size_t open = j - 1;
        while (open > 0 && !is_punct(s[open - 1], "(") && j - open < 8) --open;
        if (open == 0) break;
        j = open - 1;
      }
      if (j == 0 || !is_name_token(s[j - 1])) break;
      const std::size_t first = name_run_start(s, j - 1);
      const auto mention = analyse_run(s, first, j);
      if (!mention) break;
      const int person = person_for(*mention, nullptr);
      if (person < 0) break;
      co_subjects_.push_back(person);
      i = first;
    }
  }

  // The role in an appositive right after a name: "NAME, a florist on Quay Street, ...".
  static std::string appositive_after(const Sentence& s, std::size_t end) {
    if (end >= s.size() || !is_comma(s[end])) return "";
    std::vector<std::string> words;
    for (std::size_t t = end + 1; t < s.size() && words.size() <= 12; ++t) {
      // "a retired Belgian general who works on ...": the role ends where a relative clause starts.
      if (is_comma(s[t]) || ends_sentence(s[t]) ||
          (is_word(s[t]) &&
           (lower(s[t]) == "who" || lower(s[t]) == "whose" || lower(s[t]) == "which")))
        return appositive_role(words);
      if (!is_word(s[t])) return "";
      words.push_back(std::string(s[t].text));
    }
    return words.size() <= 12 ? appositive_role(words) : "";
  }

  // "Her mother, Deborah Dunleavy, said": an aside that is a full name is the subject itself; the
  // descriptor before it ("Her coach") gives the role.
  int named_aside(const Sentence& s, std::size_t k, std::size_t j) {
    if (j <= k || !is_name_token(s[k])) return -1;
    for (std::size_t t = k; t < j; ++t) {
      if (!is_name_token(s[t]) && !lexicon::is_name_particle(s[t].text)) return -1;
    }
    const auto mention = analyse_run(s, k, j);
    if (!mention || mention->name.size() < 2) return -1;
    std::vector<std::string> descriptor_words;
    for (std::size_t t = k - 1; t > 0 && is_word(s[t - 1]) && descriptor_words.size() < 12; --t)
      descriptor_words.insert(descriptor_words.begin(), std::string(s[t - 1].text));
    // "Her coach, Ruben Alcott": a possessive or a role noun before the name. "The developer,
    // Greyfield Renewables" is an organisation introduced the same way: neither.
    const bool possessive =
        !descriptor_words.empty() && (lower_ascii(descriptor_words.front()) == "her" ||
                                      lower_ascii(descriptor_words.front()) == "his" ||
                                      lower_ascii(descriptor_words.front()) == "their");
    // "In a panel discussion in Washington, Marc H. Morial, the chief executive ..., told": the
    // comma closes an introductory phrase, and the name is the subject.
    static constexpr std::string_view kIntroductory[] = {
        "in", "on", "at", "after", "during", "before", "speaking", "asked", "later", "earlier"};
    const bool introductory =
        !descriptor_words.empty() && k - 1 - descriptor_words.size() == 0 &&
        std::find(std::begin(kIntroductory), std::end(kIntroductory),
                  lower_ascii(descriptor_words.front())) != std::end(kIntroductory);
    if (introductory) return person_for(*mention, nullptr);
    if (!possessive && !has_role_word(join(descriptor_words))) return -1;
    std::string role = appositive_role(descriptor_words);
    return person_for(*mention, role.empty() ? nullptr : &role);
  }

  // The role an appositive gives: "the foreign minister", "a cycling instructor from Bramwick",
  // "her coach". Empty for asides that are not roles (ages, places, organisations).
  static std::string appositive_role(std::vector<std::string> words) {
    static constexpr std::string_view kLeading[] = {"the", "a", "an", "her", "his", "their", "its"};
    bool determiner = false;
    while (!words.empty() && std::find(std::begin(kLeading), std::end(kLeading),
                                       lower_ascii(words.front())) != std::end(kLeading)) {
      words.erase(words.begin());
      determiner = true;
    }
    if (words.empty() || words.size() > 12) return "";
    bool role_word = false;
    bool in_head = true;  // before the first preposition: "analyst | at the investment bank ..."
    for (const auto& word : words) {
      const std::string w = lower_ascii(word);
      if (w == "at" || w == "of" || w == "for" || w == "in" || w == "on" || w == "from" ||
          w == "with")
        in_head = false;
      if (in_head && !lexicon::is_role_word(w) &&
          (lexicon::is_group_noun(w) || lexicon::is_organisation_word(word)))
        return "";
      if (lexicon::speech_cue(w) || w == "is" || w == "was" || w == "has" || w == "had") return "";
      // An age or a number heads no role ("21"), but may qualify one ("the EB-5 coalition").
      if (in_head &&
          std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return "";
      role_word = role_word || (in_head && lexicon::is_role_word(w));
    }
    // "X, a florist on Quay Street, said": an indefinite appositive is a role even when its noun is
    // not in the role list; without a determiner the phrase needs a known role noun.
    if (!role_word && !determiner) return "";
    return join(words);
  }

  static bool has_role_word(const std::string& phrase) {
    for (auto word : split(phrase, " ")) {
      if (lexicon::is_role_word(lower_ascii(word))) return true;
    }
    return false;
  }

  void attribute_sentence(std::size_t paragraph, Sentence& s) {
    int sentence_speaker = -1;
    std::vector<std::size_t> quotes_here;
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (s[i].kind == Token::Kind::kQuote) quotes_here.push_back(i);
    }
    // Subjects of the sentence, for participial cues ("He accused ..., adding: ...").
    int clause_subject = -1;
    for (std::size_t v = 0; v < s.size(); ++v) {
      if (!is_word(s[v])) continue;
      const std::string_view w = lower(s[v]);
      int speaker = -1;
      bool inverted = false;
      std::string cue_word(s[v].text);
      if (w == "according" && v + 1 < s.size() && lower(s[v + 1]) == "to") {
        speaker = subject_after(paragraph, s, v + 2);
        cue_word = "according to";
        inverted = true;
      } else if (auto cue = lexicon::speech_cue(w)) {
        if (cue->participle) {
          // "with leader Charles Kennedy saying ...": a name right before the participle.
          if (v > 0 && is_name_token(s[v - 1])) speaker = subject_before(paragraph, s, v - 1);
          // "adding:", "saying": the subject of the governing clause.
          if (speaker < 0) speaker = clause_subject >= 0 ? clause_subject : sentence_speaker;
          if (speaker < 0) speaker = first_subject(paragraph, s, v);
        } else {
          speaker = find_subject(paragraph, s, v);
          if (speaker < 0 && v + 1 < s.size() &&
              (v == 0 || is_comma(s[v - 1]) || s[v - 1].kind == Token::Kind::kQuote ||
               (v >= 1 && is_word(s[v - 1]) && lexicon::speech_cue(lower(s[v - 1]))))) {
            // Inverted: "..., said Lavrov" / "says Howard".
            speaker = subject_after(paragraph, s, v + 1);
            inverted = speaker >= 0;
          }
          if (speaker < 0) continue;
          // Tier B verbs report speech only with a clause or an object + "of": "accused X of".
          if (cue->strength == lexicon::CueStrength::kReported && !has_content_after(s, v, true))
            continue;
        }
      } else {
        continue;
      }
      if (speaker < 0) continue;
      // "Johnnie Wilson said he had fought ...", "Quina Jones said as she ...": a he/she right
      // after the cue refers back to the speaker, which shows the speaker is a person.
      for (std::size_t k = v + 1; k < std::min(s.size(), v + 4); ++k) {
        if (is_word(s[k]) && lexicon::person_pronoun(lower(s[k]))) {
          people.records()[static_cast<std::size_t>(speaker)].pronoun_after_cue = true;
          break;
        }
      }
      clause_subject = speaker;
      sentence_speaker = speaker;
      mark_salient(speaker, paragraph);
      // Direct: a quote next to the cue, after it ("said: "...") or before the subject ("...," X
      // said).
      bool direct = false;
      for (std::size_t q : quotes_here) {
        if (quote_adjacent(s, q, v, inverted)) {
          assign_quote(static_cast<std::size_t>(s[q].quote), speaker, cue_word);
          direct = true;
        }
      }
      if (!direct && has_content_after(s, v, false)) {
        add_indirect(paragraph, content_after(paragraph, s, v), cue_word, speaker);
      } else if (!direct && (inverted || (subject_start_ > 2 && subject_start_ < v &&
                                          (is_comma(s[subject_start_ - 1]) ||
                                           s[subject_start_ - 1].kind == Token::Kind::kQuote ||
                                           is_quote_mark(s[subject_start_ - 1]))))) {
        // "The talks have failed, Smith said." / "..., said Smith.": the content is before.
        add_indirect(paragraph, content_before(paragraph, s, v), cue_word, speaker);
      }
      // Coordinated subjects say the same: "Brown and Menendez suggested that ...".
      if (!direct) {
        for (int co_speaker : co_subjects_) {
          add_indirect(paragraph, content_after(paragraph, s, v), cue_word, co_speaker);
        }
      }
      co_subjects_.clear();
    }
    // P10, a quote signed with a dash: `"..." ― Sonya Herridge`, `"..." - Jo Bell, a nurse`.
    for (std::size_t q : quotes_here) {
      const auto id = static_cast<std::size_t>(s[q].quote);
      if (speaker_of_quote[id] >= 0 || q + 2 >= s.size() || !is_dash(s[q + 1]) ||
          !is_name_token(s[q + 2]))
        continue;
      std::size_t end = q + 3;
      while (end < s.size() && (is_name_token(s[end]) || lexicon::is_name_particle(s[end].text)))
        ++end;
      if (end < s.size() && !is_comma(s[end]) && !ends_sentence(s[end])) continue;
      const auto mention = analyse_run(s, q + 2, end);
      if (!mention || mention->organisation || mention->name.size() < 2) continue;
      const int signer = person_for(*mention, nullptr);
      if (signer < 0) continue;
      people.records()[static_cast<std::size_t>(signer)].signed_quote = true;
      assign_quote(id, signer, "");
      mark_salient(signer, paragraph);
    }
    // Quotes inside reported speech: "Lavrov said the US 'flew off the handle'".
    if (sentence_speaker >= 0) {
      for (std::size_t q : quotes_here) {
        const auto id = static_cast<std::size_t>(s[q].quote);
        if (speaker_of_quote[id] < 0) assign_quote(id, sentence_speaker, "");
      }
    }
    // A subject in this sentence makes the person salient for later pronouns.
    if (sentence_speaker < 0) {
      const int subject = first_subject(paragraph, s, s.size());
      if (subject >= 0) mark_salient(subject, paragraph);
    }
  }

  // The person in subject position at the start of a sentence, roughly: a leading pronoun, or the
  // first name that resolves to a person, reached before any lower-case word other than a
  // determiner or a role noun ("But Chelsea manager Jose Mourinho ..." yes; "The 22-year-old pipped
  // Maurice Greene" no: past "pipped" names are objects).
  int first_subject(std::size_t paragraph, const Sentence& s, std::size_t before) {
    const std::size_t limit = std::min(before, s.size());
    std::size_t i = 0;
    while (i < limit) {
      const Token& token = s[i];
      if (!is_word(token)) {
        if (is_comma(token)) {
          ++i;
          continue;
        }
        return -1;
      }
      if (auto gender = lexicon::person_pronoun(lower(token)))
        return resolve_pronoun(paragraph, *gender);
      if (is_name_token(token) && !lexicon::is_capitalised_function_word(token.text)) {
        std::size_t end = i + 1;
        while (end < s.size() &&
               (is_name_token(s[end]) || (lexicon::is_name_particle(s[end].text) &&
                                          end + 1 < s.size() && is_name_token(s[end + 1]))))
          ++end;
        const auto mention = analyse_run(s, i, end);
        if (mention && !mention->organisation && !mention->determiner) {
          if (PersonRecord* person = people.resolve(*mention)) return index_of(person);
        }
        // An organisation or a place as the subject: nobody to refer back to.
        if (mention && (mention->organisation || lexicon::is_place_name(join(mention->name))))
          return -1;
        i = end;
        continue;
      }
      const std::string_view w = lower(token);
      // "Democratic presidential nominee Hillary Clinton": modifiers of a role noun are allowed
      // too.
      const bool modifies_role =
          i + 1 < s.size() && is_word(s[i + 1]) && lexicon::is_role_word(lower(s[i + 1]));
      if (is_determiner(w) || lexicon::is_role_word(w) ||
          lexicon::is_capitalised_function_word(token.text) || token.text.ends_with("'s") ||
          modifies_role) {
        ++i;
        continue;
      }
      return -1;
    }
    return -1;
  }

  // True when the words after the verb carry reported content: a "that"-clause, an object and
  // "of"/"that" for accuse-type verbs, or (for say-type verbs) at least three words.
  static bool has_content_after(const Sentence& s, std::size_t v, bool needs_clause) {
    std::size_t words = 0;
    for (std::size_t i = v + 1; i < s.size(); ++i) {
      if (s[i].kind == Token::Kind::kQuote) return !needs_clause || words > 0 || true;
      if (!is_word(s[i])) {
        if (ends_sentence(s[i])) break;
        continue;
      }
      const std::string_view w = lower(s[i]);
      // Not "to": "agreed to pay" reports a decision, not speech.
      if (needs_clause && (w == "that" || w == "of" || w == "how" || w == "whether")) return true;
      ++words;
      if (!needs_clause && words >= 3) return true;
      if (needs_clause && words > 8) return false;
    }
    return false;
  }

  // The reported content after the cue at `v` (to the end of the sentence), as written.
  std::string_view content_after(std::size_t paragraph, const Sentence& s, std::size_t v) const {
    // Up to the end of the sentence, or to a direct quote the clause goes on to (", adding: "..."),
    // or kMaxReportedTokens on: real reported speech is far shorter, and without a bound a
    // "sentence" of thousands of cues (no full stop in a 32 MB file) costs time and memory in the
    // square of its length.
    const std::size_t end = std::min(s.size(), v + 1 + kMaxReportedTokens);
    std::size_t last = v + 1;
    while (last < end && !ends_sentence(s[last]) && s[last].kind != Token::Kind::kQuote) ++last;
    while (last > v + 1 && (!is_word(s[last - 1]) || lexicon::speech_cue(lower(s[last - 1]))))
      --last;
    if (last == v + 1) return "";
    std::string_view text = std::string_view(paragraphs[paragraph])
                                .substr(s[v + 1].begin, s[last - 1].end - s[v + 1].begin);
    text = trim(text);
    if (starts_with_ci(text, "that ")) text = trim(text.substr(5));
    return text;
  }

  // The reported content before an inverted cue ("The talks have failed, Smith said."), as written.
  std::string_view content_before(std::size_t paragraph, const Sentence& s, std::size_t v) const {
    // The content starts the sentence and ends at the comma before the cue, at most
    // kMaxReportedTokens back (as for content_after).
    const std::size_t floor = v > kMaxReportedTokens + 1 ? v - kMaxReportedTokens - 1 : 0;
    std::size_t last = v;
    while (last > floor && !is_comma(s[last - 1])) --last;
    if (last <= 1 || !is_comma(s[last - 1]) || last - 1 > kMaxReportedTokens) return "";
    std::string_view text =
        std::string_view(paragraphs[paragraph]).substr(s[0].begin, s[last - 2].end - s[0].begin);
    return trim(text);
  }

  // Is the quote at token `q` attributed by the cue at `v`? Allowed between them: the subject,
  // punctuation, "that", and the words of the cue's clause (at most a few).
  static bool quote_adjacent(const Sentence& s, std::size_t q, std::size_t v, bool inverted) {
    if (q > v) {
      // After the cue: `said: "..."`, `said, "..."`, `told reporters: "..."`, `adding that "..."`.
      std::size_t words = 0;
      for (std::size_t i = v + 1; i < q; ++i) {
        if (s[i].kind == Token::Kind::kQuote) return false;
        if (is_word(s[i])) ++words;
      }
      return words <= (inverted ? 6u : 5u);
    }
    // Before: `"...," Lavrov said` / `"...," said the minister`: only the subject between.
    std::size_t words = 0;
    for (std::size_t i = q + 1; i < v; ++i) {
      if (s[i].kind == Token::Kind::kQuote) return false;
      if (ends_sentence(s[i])) return false;
      if (is_word(s[i])) ++words;
    }
    return words <= 8;
  }

  // Records reported speech: `text` is a view into paragraph `paragraph`.
  void add_indirect(std::size_t paragraph, std::string_view text, const std::string& cue,
                    int speaker) {
    Quote quote;
    quote.text = std::string(text);
    quote.cue = cue;
    quote.paragraph = static_cast<int>(paragraph);
    quote.direct = false;
    indirect.push_back(std::move(quote));
    indirect_views.push_back(text);
    indirect_speaker.push_back(speaker);
    credit(speaker);
  }

  void assign_quote(std::size_t id, int speaker, const std::string& cue) {
    if (speaker_of_quote[id] >= 0) return;
    speaker_of_quote[id] = speaker;
    cues_[id] = cue;
    credit(speaker);
  }

  // Quotes with no cue of their own: continuations, and paragraphs that are a quote.
  void inherit_unattributed(std::size_t paragraph) {
    for (std::size_t id = 0; id < spans.size(); ++id) {
      if (spans[id].paragraph != paragraph || speaker_of_quote[id] >= 0) continue;
      int speaker = -1;
      if (id > 0 && spans[id].continues_previous) speaker = speaker_of_quote[id - 1];
      if (speaker < 0 && starts_paragraph(id) && id > 0 &&
          spans[id - 1].paragraph + 2 >= paragraph && spans[id - 1].paragraph < paragraph) {
        // P5: a paragraph that opens with a quote continues the previous speaker's words.
        speaker = speaker_of_quote[id - 1];
      }
      if (speaker >= 0) assign_quote(id, speaker, "");
    }
  }

  bool starts_paragraph(std::size_t id) const {
    return trim(std::string_view(paragraphs[spans[id].paragraph]).substr(0, spans[id].mark_begin))
        .empty();
  }

  // "Obama Speech", "Hot Digital Sales": a capitalised run one of whose words the article also uses
  // in lower case is a title or a heading, not a name.
  bool has_common_word(const std::vector<std::string>& name) const {
    // A known given name first ("Theresa May", "Will Young") makes it a name whatever follows.
    if (name.size() >= 2 && lexicon::given_name_gender(name.front()) != Gender::kUnknown)
      return false;
    for (std::size_t i = 0; i < name.size(); ++i) {
      if (lexicon::is_name_particle(name[i])) continue;
      if (written_in_lower_case(lower_ascii(name[i]))) return true;
    }
    return false;
  }

  // True if some paragraph has `word` (lower case) as a whole word. A plain scan: it runs for the
  // few words of candidate names only, cheaper than collecting every word of the article.
  bool written_in_lower_case(const std::string& word) const {
    const auto is_letter_byte = [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
             static_cast<unsigned char>(c) >= 0x80;
    };
    for (const auto& paragraph : paragraphs) {
      for (std::size_t at = paragraph.find(word); at != std::string::npos;
           at = paragraph.find(word, at + 1)) {
        const std::size_t end = at + word.size();
        if ((at == 0 || !is_letter_byte(paragraph[at - 1])) &&
            (end == paragraph.size() || !is_letter_byte(paragraph[end])))
          return true;
      }
    }
    return false;
  }

  std::string_view title_;
  std::map<std::size_t, std::string> cues_;
  std::vector<int> recent_;
  std::vector<int> co_subjects_;   // set by find_subject: other people coordinated with the subject
  std::size_t subject_start_ = 0;  // set by find_subject: first token of the subject it found
};

}  // namespace

namespace {

// Where `view` (a view into `paragraph`) stands in it.
void set_range(Quote& quote, const std::string& paragraph, std::string_view view) {
  quote.start = static_cast<std::size_t>(view.data() - paragraph.data());
  quote.end = quote.start + view.size();
}

}  // namespace

void extract_quotes(Article& article) {
  article.quotes.clear();
  article.people.clear();
  Extractor extractor(article.paragraphs, article.title);
  extractor.run();

  auto& records = extractor.people.records();
  // People in order of their first quote.
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < records.size(); ++i) {
    if (records[i].quoted && records[i].shows_personhood()) order.push_back(i);
  }
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return records[a].first_quote < records[b].first_quote;
  });
  for (std::size_t i : order) {
    const PersonRecord& record = records[i];
    Person person;
    person.name = join(record.name);
    for (const auto& form : record.forms) {
      if (form != person.name &&
          std::find(person.aliases.begin(), person.aliases.end(), form) == person.aliases.end())
        person.aliases.push_back(form);
    }
    person.role = record.role;
    article.people.push_back(std::move(person));
  }
  // Quotes in text order: direct ones by span, then reported speech.
  for (std::size_t id = 0; id < extractor.spans.size(); ++id) {
    const int speaker = extractor.speaker_of_quote[id];
    if (!extractor.is_person(speaker)) continue;
    Quote quote;
    quote.speaker = join(records[static_cast<std::size_t>(speaker)].name);
    quote.text = extractor.quote_texts[id];
    set_range(quote, article.paragraphs[extractor.spans[id].paragraph], extractor.quote_views[id]);
    const auto cue = extractor.cues_.find(id);
    if (cue != extractor.cues_.end()) quote.cue = cue->second;
    quote.paragraph = static_cast<int>(extractor.spans[id].paragraph);
    quote.direct = true;
    article.quotes.push_back(std::move(quote));
  }
  for (std::size_t i = 0; i < extractor.indirect.size(); ++i) {
    if (!extractor.is_person(extractor.indirect_speaker[i])) continue;
    Quote quote = extractor.indirect[i];
    quote.speaker = join(records[static_cast<std::size_t>(extractor.indirect_speaker[i])].name);
    set_range(quote, article.paragraphs[static_cast<std::size_t>(quote.paragraph)],
              extractor.indirect_views[i]);
    if (!quote.text.empty()) article.quotes.push_back(std::move(quote));
  }
  std::stable_sort(article.quotes.begin(), article.quotes.end(),
                   [](const Quote& a, const Quote& b) { return a.paragraph < b.paragraph; });
}

}  // namespace news
