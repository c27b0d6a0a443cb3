// Names for the quote extractor (part of pass 3): runs of capitalised words split into role,
// honorific and name ("The Russian Foreign Minister Sergey Lavrov" -> role "Russian Foreign
// Minister", name "Sergey Lavrov"), and the roles appositives give ("Smith, a florist, said").
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/quotes/lexicon.h"
#include "extract/quotes/sentences.h"
#include "extract/quotes/text.h"

namespace news::quotes {

// A capitalised run split into its parts.
struct NameMention {
  std::size_t begin = 0;          // token index of the first token of the whole run (role included)
  std::size_t end = 0;            // one past the last token of the name
  std::vector<std::string> name;  // name tokens, honorifics removed, possessive 's removed
  std::optional<lexicon::Gender> honorific;
  std::string honorific_text;
  std::string role;           // role words before the name, from the run and before it
  bool determiner = false;    // preceded by "the"/"a" with no role word in between
  bool organisation = false;  // contains an organisation word
};

// True for an Arabic surname written with its article or "son of" in lower case and a hyphen:
// "al-Rashidi", "el-Sisi", "bin-Talal", "ash-Shami" (newsrooms write "al-Assad" more often than
// "Al-Assad", which is_upper_start already takes).
inline bool is_arabic_prefixed_name(std::string_view word) {
  const std::size_t hyphen = word.find('-');
  if (hyphen == std::string_view::npos || hyphen + 1 >= word.size()) return false;
  const std::string_view prefix = word.substr(0, hyphen);
  for (const std::string_view article :
       {"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "bin", "ibn"}) {
    if (prefix == article) return is_upper_start(word.substr(hyphen + 1));
  }
  return false;
}

// True for a word that starts with a capital, or an Arabic surname with its lower-case article
// (is_arabic_prefixed_name): a possible part of a name.
inline bool is_name_token(const Token& token) {
  if (!is_word(token)) return false;
  return is_upper_start(token.text) || is_arabic_prefixed_name(token.text);
}

// True for "the", "a" and "an", given in lower case.
inline bool is_determiner(std::string_view lower_word) {
  return lower_word == "the" || lower_word == "a" || lower_word == "an";
}

// `word` without a possessive ending: "Clinton's" -> "Clinton", "players'" -> "players".
std::string strip_possessive(std::string word);

// words[from, to) joined with single spaces.
std::string join_words(const std::vector<std::string>& words, std::size_t from = 0,
                       std::size_t to = std::string::npos);

// Analyses the capitalised run s[first, end): leading function words ("The", "But") dropped, the
// last role word splitting role from name, honorifics taken off the name (kept as a gender hint
// and as written), role words before the run added to the role. Nothing when the run is no
// personal name: no name left, over 4 name words, a function word or a digit in the name, an
// acronym. Organisations and places come back marked `organisation`; a determiner before a name
// with no role marks `determiner`.
std::optional<NameMention> analyse_run(const Sentence& s, std::size_t first, std::size_t end);

// All capitalised runs of a sentence: [first, end) token ranges, particles and initials inside.
// With `from` and `until`, the runs that start in [from, until) when the scan starts at `from`:
// the sentence's own runs there when `from` is no particle inside a run (a run that `from` is
// inside comes back starting at `from`).
std::vector<std::pair<std::size_t, std::size_t>> capitalised_runs(
    const Sentence& s, std::size_t from = 0, std::size_t until = std::string::npos);

// The first token of the capitalised name run that ends at `last`.
std::size_t name_run_start(const Sentence& s, std::size_t last);

// True for a capitalised possessive: "Barclays'", "O2's", "NBC’s" (an organisation's, before a
// name or a role).
bool is_possessive_name(std::string_view word);

// The role in an appositive right after a name: "NAME, a florist on Quay Street, ...". `end` is
// the token after the name; "" when no role follows.
std::string appositive_after(const Sentence& s, std::size_t end);

// The role in an appositive right before a name that a comma closes: "The opposition leader,
// NAME, said", "Dravnia's foreign minister, NAME, ...". `first` is the name's first token and
// `end` the token after it; "" unless the phrase starts the sentence or a clause with a
// determiner or a possessive and appositive_role takes it.
std::string appositive_before(const Sentence& s, std::size_t first, std::size_t end);

// The role an appositive gives: "the foreign minister", "a cycling instructor from Bramwick",
// "her coach". Empty for asides that are not roles (ages, places, organisations).
std::string appositive_role(std::vector<std::string> words);

// True if a word of `phrase` (space-separated) is a role noun.
bool has_role_word(const std::string& phrase);

}  // namespace news::quotes
