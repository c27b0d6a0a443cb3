#include "extract/quotes/affiliation.h"

#include <algorithm>
#include <optional>
#include <vector>

#include "common/strings.h"
#include "extract/quotes/lexicon.h"
#include "extract/quotes/names.h"
#include "extract/quotes/text.h"

namespace news::quotes {

namespace {

struct Word {
  std::string text;  // as written, trailing punctuation off
  std::string lower;
  bool ends_clause = false;  // a comma, semicolon or colon followed it
};

std::vector<Word> split_words(std::string_view role) {
  std::vector<Word> words;
  for (std::string_view piece : split(role, " ")) {
    Word word;
    while (!piece.empty() && (piece.back() == ',' || piece.back() == ';' || piece.back() == ':')) {
      piece.remove_suffix(1);
      word.ends_clause = true;
    }
    if (piece.empty()) {
      if (!words.empty() && word.ends_clause) words.back().ends_clause = true;
      continue;
    }
    // The extractor joins tokens with spaces, so a possessive mark may stand alone: "Allied
    // Shopworkers ’ Union". It belongs to the word before.
    const bool mark_alone =
        piece == "'" || piece == "'s" || piece == "\xE2\x80\x99" || piece == "\xE2\x80\x99s";
    if (mark_alone && !words.empty() && !words.back().ends_clause) {
      words.back().text += piece;
      words.back().lower += lower_ascii(piece);
      words.back().ends_clause = word.ends_clause;
      continue;
    }
    word.text = std::string(piece);
    word.lower = lower_ascii(piece);
    words.push_back(std::move(word));
  }
  return words;
}

// A word that can be part of a name: a capital first ("Unilever", "Staffs'"), or a digit first
// with a capital in it ("3M").
bool is_capitalised(const Word& word) {
  if (is_upper_start(word.text)) return true;
  return !word.text.empty() && word.text.front() >= '0' && word.text.front() <= '9' &&
         std::any_of(word.text.begin(), word.text.end(),
                     [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool is_possessive(const Word& word) {
  return strip_possessive(word.text) != word.text;
}

// Small words inside an organisation's name: "Bank of England", "Marks and Spencer", "Friends of
// the Earth", "Banco de Portugal".
bool is_name_connector(const Word& word) {
  return word.lower == "of" || word.lower == "for" || word.lower == "and" || word.lower == "&" ||
         word.lower == "the" || lexicon::is_name_particle(word.text);
}

// Prepositions after which a role names whom the person works for ("analyst at IDC").
bool is_affiliation_preposition(const Word& word) {
  return word.text == "at" || word.text == "of" || word.text == "for" || word.text == "with" ||
         word.text == "from";
}

bool is_preposition(const Word& word) {
  return is_affiliation_preposition(word) || word.text == "in" || word.text == "on" ||
         word.text == "to" || word.text == "by" || word.text == "and" || word.text == "or";
}

bool is_role_or_title(const Word& word) {
  const std::string bare = lower_ascii(strip_possessive(word.text));
  return lexicon::is_role_word(bare) || lexicon::is_title_word(bare);
}

// A word that says nothing about an organisation: a nationality, a place, a role or a title word,
// a function word or an honorific ("Russian", "Foreign", "Minister", "The", "Mr").
bool is_descriptive(const Word& word) {
  const std::string bare = strip_possessive(word.text);
  return lexicon::is_demonym(bare) || lexicon::is_place_name(bare) || is_role_or_title(word) ||
         lexicon::is_capitalised_function_word(bare) || lexicon::honorific(bare).has_value() ||
         is_name_connector(word);
}

// Nationality-shaped words the lists cannot hold ("Estravian", "Kessarian").
bool looks_like_demonym(std::string_view word) {
  for (std::string_view suffix : {"ian", "ese", "ish"}) {
    if (word.size() > suffix.size() + 2 && word.ends_with(suffix)) return true;
  }
  return false;
}

// Adjective and participle shapes that start a role in sentence case ("Political scientist",
// "Managing director", "Leading economist"): not names when alone at the start.
bool looks_like_adjective(std::string_view lower_word) {
  // Not "-al": "Arsenal manager"; the common "-al" adjectives are title words ("Local").
  for (std::string_view suffix :
       {"ing", "ed", "ical", "ial", "ive", "ous", "ful", "less", "ary", "ory", "ic"}) {
    if (lower_word.size() > suffix.size() + 2 && lower_word.ends_with(suffix)) return true;
  }
  return false;
}

// words[from, to) as an organisation's name, or nothing: a leading "the" dropped, and a run of
// only descriptive words refused, as is a lone generic organisation word ("the Council") or place.
// `sentence_start`: the run opens the role, where any word is capitalised, so a lone word shaped
// like an adjective is refused too.
std::optional<std::string> organisation(const std::vector<Word>& words, std::size_t from,
                                        std::size_t to, bool sentence_start) {
  while (from < to && is_determiner(words[from].lower)) ++from;
  while (to > from && is_name_connector(words[to - 1])) --to;
  if (from == to) return std::nullopt;
  std::vector<std::string> texts;
  for (std::size_t i = from; i < to; ++i) texts.push_back(words[i].text);
  const std::string name = join_words(texts);
  if (lexicon::is_place_name(name) || lexicon::is_demonym(name)) return std::nullopt;
  if (to - from == 1) {
    const Word& word = words[from];
    if (lexicon::is_organisation_word(word.text) || looks_like_demonym(word.text))
      return std::nullopt;
    const bool title_case = std::none_of(word.text.begin() + 1, word.text.end(),
                                         [](char c) { return c >= 'A' && c <= 'Z'; });
    if (sentence_start && title_case && looks_like_adjective(word.lower)) return std::nullopt;
  }
  const bool names_something = std::any_of(words.begin() + static_cast<std::ptrdiff_t>(from),
                                           words.begin() + static_cast<std::ptrdiff_t>(to),
                                           [](const Word& w) { return !is_descriptive(w); });
  if (!names_something) return std::nullopt;
  return name;
}

// The end of the capitalised run starting at `from`: capitalised words, and connectors between
// them when `connectors`; a possessive word ends it unless a capitalised word follows ("Staffs'
// Association"), as does a comma.
std::size_t run_end(const std::vector<Word>& words, std::size_t from, bool connectors) {
  std::size_t end = from;
  std::size_t i = from;
  while (i < words.size()) {
    if (is_capitalised(words[i])) {
      end = ++i;
      if (words[end - 1].ends_clause) break;
      if (is_possessive(words[end - 1]) && (end == words.size() || !is_capitalised(words[end])))
        break;
      continue;
    }
    if (!connectors || !is_name_connector(words[i]) || i == from) break;
    // Connectors inside a name only ("Friends of the Earth"): a capitalised word must follow.
    std::size_t next = i;
    while (next < words.size() && is_name_connector(words[next]) && !is_capitalised(words[next]))
      ++next;
    if (next == words.size() || !is_capitalised(words[next]) || words[i].ends_clause) break;
    i = next;
  }
  return end;
}

// The name in words[from, end), with a final possessive taken off when the role goes on after it
// ("at Barclays' investment arm" -> "Barclays"), and kept when it ends the role ("a pupil at St
// Cuthbert's", a school's name).
std::vector<Word> without_owner_mark(const std::vector<Word>& words, std::size_t from,
                                     std::size_t end) {
  std::vector<Word> run(words.begin() + static_cast<std::ptrdiff_t>(from),
                        words.begin() + static_cast<std::ptrdiff_t>(end));
  if (!run.empty() && end < words.size() && is_possessive(run.back())) {
    run.back().text = strip_possessive(run.back().text);
    run.back().lower = lower_ascii(run.back().text);
  }
  return run;
}

// "O2's head of devices", "Barclays' chief economist".
std::optional<std::string> possessive_owner(const std::vector<Word>& words, std::size_t start) {
  const std::size_t end = run_end(words, start, /*connectors=*/false);
  if (end == start || end == words.size() || !is_possessive(words[end - 1])) return std::nullopt;
  const std::vector<Word> run = without_owner_mark(words, start, end);
  return organisation(run, 0, run.size(), /*sentence_start=*/start == 0);
}

// "Unilever UK chief executive", "Arsenal manager", and in title case "Green Alliance Leader":
// the capitalised words before the role's head, once role and title words at their end are off.
std::optional<std::string> name_before_head(const std::vector<Word>& words, std::size_t start) {
  const std::size_t end = run_end(words, start, /*connectors=*/false);
  if (end == start) return std::nullopt;
  std::size_t name_end = end;
  bool head_in_run = false;
  while (name_end > start && is_role_or_title(words[name_end - 1])) {
    head_in_run = head_in_run || lexicon::is_role_word(words[name_end - 1].lower);
    --name_end;
  }
  const bool head_follows = end < words.size() && !words[end - 1].ends_clause &&
                            !is_capitalised(words[end]) && is_role_or_title(words[end]);
  if (!head_in_run && !head_follows) return std::nullopt;
  // After "a" or "the" a capital is the name's own, not the sentence's.
  return organisation(words, start, name_end, /*sentence_start=*/start == 0);
}

// "at IDC", "of the Transport Salaried Staffs' Association", "at the consultancy Northgate Labs":
// after the preposition, a determiner and up to three lowercase words may come before the name.
std::optional<std::string> name_after_preposition(const std::vector<Word>& words,
                                                  std::size_t preposition) {
  std::size_t i = preposition + 1;
  if (i < words.size() && is_determiner(words[i].lower) && !is_capitalised(words[i])) ++i;
  const std::size_t descriptor = i;
  while (i < words.size() && i - descriptor < 3 && !is_capitalised(words[i]) &&
         !is_preposition(words[i]) && !words[i].ends_clause)
    ++i;
  if (i == words.size() || !is_capitalised(words[i])) return std::nullopt;
  const std::size_t end = run_end(words, i, /*connectors=*/true);
  // After a descriptor the name must close the phrase: "the museum's Velmont wing" is no name.
  if (i > descriptor && end < words.size() && !words[end - 1].ends_clause &&
      !is_preposition(words[end]))
    return std::nullopt;
  const std::vector<Word> run = without_owner_mark(words, i, end);
  // "a cycling instructor from Bramwick" says where they live; "from the Red Cross" whom they
  // speak for.
  if (words[preposition].text == "from" && std::none_of(run.begin(), run.end(), [](const Word& w) {
        return lexicon::is_organisation_word(w.text);
      }))
    return std::nullopt;
  return organisation(run, 0, run.size(), /*sentence_start=*/false);
}

}  // namespace

std::string affiliation_of_role(std::string_view role) {
  const std::vector<Word> words = split_words(role);
  std::size_t start = 0;
  if (!words.empty() && is_determiner(words[0].lower)) start = 1;
  if (auto owner = possessive_owner(words, start)) return *owner;
  if (auto name = name_before_head(words, start)) return *name;
  for (std::size_t i = start; i < words.size(); ++i) {
    if (!is_affiliation_preposition(words[i])) continue;
    if (auto name = name_after_preposition(words, i)) return *name;
  }
  return "";
}

}  // namespace news::quotes
