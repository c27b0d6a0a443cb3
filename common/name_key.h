// Name keys: one form for every spelling of a person's name, so that "Sergey Lavrov", "Sergei
// Lavrov", "Sergej Lawrow" and "Сергей Лавров" meet, and "John F. Plumb" meets "John Plumb".
// The people table (indexer/people_linker.h) links an archive's speakers through these keys, and
// news-query's `speaker:` looks names up through them, so both sides must compute them alike:
// hence common/. docs/people.md says which folds are made and why each is safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace news {

// `text` in Latin letters, ASCII only, lower-cased: any script through ICU's transliterators
// (Any-Latin, then Latin-ASCII), so "Лавров" gives "lavrov" and "Zelenskyy" stays "zelenskyy".
// Pure ASCII input is only lower-cased (no ICU call). Characters that have no Latin form are
// dropped. Invalid UTF-8 is read as U+FFFD and dropped. Thread-safe.
std::string to_latin_ascii(std::string_view text);

// The key of one name word, in any script: to_latin_ascii, then everything but letters and digits
// removed ("Mensah-Bonsu" -> one key), then the folds of docs/people.md that make the usual
// English, French and German renderings of one Cyrillic or Arabic name equal (Sergey / Sergei /
// Sergej, Zelensky / Zelenskyy / Zelenskiy, Gaddafi / Qaddafi / Kadhafi, Lavrov / Lawrow). A
// leading Arabic article ("al-", "el-") is removed. "" when nothing is left. Thread-safe.
std::string name_word_key(std::string_view word);

// True if `word` (any case, with or without a final '.') is an honorific or a title that is not
// part of a name: "Mr", "Mrs", "Ms", "Dr", "Prof", "Sir", "Col", "Gen", "President", ...
bool is_name_honorific(std::string_view word);

// A person's name reduced to what identifies them.
struct NameKey {
  // name_word_key of each word that is part of the name, in order: honorifics and titles removed
  // (is_name_honorific), initials ("F.", "F") removed, generational suffixes ("Jr", "III")
  // removed. Empty when nothing is left.
  std::vector<std::string> words;
  // The initial of the first given name when the name gives only an initial for it ("J. Plumb"
  // gives 'j' and words {"plumb"}); '\0' otherwise. It is the letter as written, in Latin
  // (to_latin_ascii), not folded: compare it with the first letter of a given name as written,
  // since the folds may change a first letter ("Julia" has the key "yulia").
  char given_initial = '\0';

  // The last word's key (the surname), or "" when words is empty.
  const std::string& surname() const;
  // The first word's key when there are at least two words (the given name), else "".
  std::string given() const;
  // True when only a surname is known ("Lavrov", "Mr Plumb", "J. Plumb").
  bool surname_only() const { return words.size() == 1; }
  // given() + ' ' + surname() for a full name, surname() for a surname-only one: what two
  // spellings of one person share ("john plumb" for "John F. Plumb" and "Mr John Plumb").
  std::string full() const;

  friend bool operator==(const NameKey&, const NameKey&) = default;
};

// The loose keys of one name word, from its key (name_word_key's result): spellings that the folds
// keep apart, because joining them in general would join different names, reduced further to a
// consonant skeleton: "kh" and "k"; "ch" as "k" or as "sh" (German Charitonow and French Rachidi:
// hence several keys); "sh", "zh", "sch" and "z" as "s"; c, g, q as "k"; j as y; a y, i or j
// gliding into the first vowel dropped (Yuri, Iouri, Jurij); u between vowels as v (Karaoui);
// doubled letters collapsed; then every vowel dropped but a first one (written "_") and a final
// "a" (Ivan and Ivana stay apart). "tatiana" and "tatjana" give "ttna"; "karavi", "garavi" and
// "karaoui" give "krv". Far too loose to identify anyone alone: the people table joins two full
// names by them only when both given name and surname meet and the two share a role
// (indexer/people_linker.h). Sorted, without duplicates; empty for an empty key.
std::vector<std::string> loose_keys_of(std::string_view word_key);

// The first letter, in Latin and lower case, of the first word of a name after its titles, as
// written ("Julia Smith" and "Dr J. Smith" give 'j', though Julia's key is "yulia"): what
// NameKey::given_initial is compared with. '\0' when there is none.
char written_initial(std::string_view name);

// The key of a whole name as written ("Col. Moammar Qaddafi", "John F. Plumb", "Лавров").
NameKey name_key(std::string_view name);

}  // namespace news
