// Word lists the quote extractor relies on: speech verbs, honorifics, role nouns, organisation
// words, function words and common given names. Kept as data in one place so that the rules in
// the extractor's passes (extractor.cc lists them) read as rules, and so that a list can grow
// without touching them.
#pragma once

#include <optional>
#include <string_view>

namespace news::lexicon {

// How strongly a verb form signals reported speech (quotes.md 2.2).
enum class CueStrength {
  kDirect,    // may introduce a direct quote or reported speech: said, told, added, insisted ...
  kReported,  // reported speech only with a clause or object: accused, warned, believes ...
};

struct Cue {
  CueStrength strength;
  bool participle;  // "adding", "saying": the speaker is the subject of the governing clause
};

// The cue for an inflected verb form ("said", "says", "criticised"), lower case, or nothing.
std::optional<Cue> speech_cue(std::string_view lower_word);

enum class Gender { kUnknown, kMale, kFemale };

// Honorifics (Mr, Mrs, Ms, Dr, Sir, Lady, Prof ...; with or without a final dot), or nothing.
// The gender is a hint for pronoun resolution.
std::optional<Gender> honorific(std::string_view word);

// True for a given name in the lists, of either gender ("John", "Kim", "Teboho"): a sign of a
// person, as a first name word.
bool is_given_name(std::string_view word);

// The gender usually carried by a given name ("John" -> male), or kUnknown: both for a name given
// to boys and girls alike and for a word that is no known given name.
Gender given_name_gender(std::string_view word);

// True for nouns that name a role or occupation ("minister", "spokesman", "coach", "striker"),
// compared in lower case, and for title abbreviations ("Sen.", "Gov.", "Gen.").
bool is_role_word(std::string_view lower_word);

// True for words that make a capitalised phrase an organisation or a place ("Ministry",
// "Council", "Party", "Street", "Bank", "United", "FC").
bool is_organisation_word(std::string_view word);

// True for place names that look like personal names in capitals: countries, US states, world
// regions and large cities ("West Virginia", "New York", "Washington"), compared as written.
bool is_place_name(std::string_view name);

// True for nationality and regional adjectives and nouns ("Russian", "British", "Scots",
// "European"), compared as written: they say where someone is from, not whom they speak for.
bool is_demonym(std::string_view word);

// True for words, compared in lower case, that qualify or complete a role title without naming an
// organisation: "former", "acting", "senior", "foreign", "managing", "political", and portfolios
// and fields ("health", "affairs", "policy", "economics"): "Managing director", "Minister of
// Finance", "Foreign Affairs spokesman".
bool is_title_word(std::string_view lower_word);

// True for nouns that, after "the", denote a group or an organisation rather than a person
// ("the ministry", "the council", "the company", "the government").
bool is_group_noun(std::string_view lower_word);

// True for capitalised words that start sentences or headings but never names ("The", "But",
// "However", "Monday", "January", "He").
bool is_capitalised_function_word(std::string_view word);

// Subject pronouns and their gender: "he" -> male, "she" -> female. "I", "we", "they" and "it"
// are not returned: they never name a quoted individual here.
std::optional<Gender> person_pronoun(std::string_view lower_word);

// Small words allowed inside a role phrase ("of", "for", "and", "the", "on").
bool is_role_connector(std::string_view lower_word);

// Lower-case particles allowed inside a personal name ("de", "van", "bin").
bool is_name_particle(std::string_view word);

// North, South, East, West and their -ern forms, Central: the start of a place's name.
bool is_compass_word(std::string_view word);

// A verb of belief or opinion in the present or past ("reckons", "thinks", "believed"): not
// speech, but its subject is someone the next "he" or "she" may refer to.
bool is_belief_verb(std::string_view lower_word);

}  // namespace news::lexicon
