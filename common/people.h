// The people of an archive, as both tools see them: what each article's document carries for the
// people table (local person ids, and the mentions the table is built from), and the table's
// entries in the database's metadata, which news-index writes (indexer/people_table.h) and
// news-query reads (speaker:, person:, --facet speaker, --people). docs/people.md has the design.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/article.h"

namespace news {

// The id a person of one article has from that article alone: for a full name, the name key's
// given name and surname joined by '-' ("sergei-lavrov" for "Sergey Lavrov", "Sergei Lavrov" and
// "Сергей Лавров" alike; see common/name_key.h), with ".jr", ".sr", ".ii", ".iii" or ".iv"
// after it when the name ends with that suffix ("donald-trump.jr"), which is also the id of the
// archive's person of that key; for a surname-only name ("Lavrov", "Mr Plumb"), the surname key,
// '@' and the article's id, because who that is depends on the rest of the archive. "" when the
// name has no key at all (no letter or digit). The article's document carries one term per person
// (boolean, prefix XPERSON), which never changes while the article does not.
std::string local_person_id(std::string_view article_id, std::string_view name);

// The given name's and the surname's keys of a full name's local id ("sergei-lavrov" and
// "sergei-lavrov.jr": "sergei" and "lavrov").
std::string full_id_given(std::string_view id);
std::string full_id_surname(std::string_view id);

// True for a local id of a surname-only name (it holds '@').
inline bool is_surname_only_id(std::string_view local_id) {
  return local_id.find('@') != std::string_view::npos;
}

// The surname key of a surname-only local id ("lavrov" of "lavrov@1a2b..."); the id itself for
// any other.
inline std::string_view surname_of_id(std::string_view local_id) {
  return local_id.substr(0, local_id.find('@'));
}

// The local id every article with a confirmed surname-only mention of `surname_key` carries as
// well as that mention's own ("lavrov@": the surname key and '@', no article id), so that a
// search for most of a surname's mentions reads one posting list rather than one term per
// article (query/people.h). Unconfirmed mentions (PersonMention::unconfirmed) do not give it:
// they belong to no one unless the table ties them, and are then matched by their own id.
inline std::string shared_surname_id(std::string_view surname_key) {
  std::string id(surname_key);
  id += '@';
  return id;
}

// One person of one article, as the people table needs them (Slot::kPeople holds an article's).
struct PersonMention {
  std::string local_id;  // local_person_id of the name
  std::string name;      // Person::name
  std::vector<std::string> aliases;
  std::string role;
  std::string affiliation;
  unsigned quotes = 0;  // the person's quotes in the article
  // Article::unconfirmed: a one-word name the article alone does not show to be a person; the
  // table ties it to a person whose roles fit the article's words, or leaves it out.
  bool unconfirmed = false;

  friend bool operator==(const PersonMention&, const PersonMention&) = default;
};

// The mentions of an article's people, then of its unconfirmed ones (Article::unconfirmed;
// people without a local id are left out).
std::vector<PersonMention> mentions_of(const Article& article);

// The XPERSON ids (without the prefix) an article's document carries for its mentions: each
// mention's local id, and for a confirmed surname-only one its surname's shared id. Sorted,
// without duplicates.
std::vector<std::string> document_person_ids(const std::vector<PersonMention>& mentions);

// Slot::kPeople's value and back: one line per mention, fields separated by U+001F, aliases by
// U+001E, a last field "u" for an unconfirmed mention (stored text never holds control
// characters: the readers drop them). decode_mentions skips malformed lines.
std::string encode_mentions(const std::vector<PersonMention>& mentions);
std::vector<PersonMention> decode_mentions(std::string_view value);

// The local ids of a Slot::kPeople value, in order (the first field of each line), without
// decoding the rest: what the speaker facet reads of every match. One per line, malformed or
// not, as the document's XPERSON terms were written one per mention. The ids are views into
// `value`: keep the string they come from (not a temporary) while they are used.
std::vector<std::string_view> mention_ids(std::string_view value);

// A name, role or affiliation as the table counts it: how often, and over which dates.
struct DatedCount {
  std::string text;
  std::size_t count = 0;  // articles
  std::string first;      // earliest and latest publication day ("YYYY-MM-DD"), "" when
  std::string last;       // every article of it is undated

  friend bool operator==(const DatedCount&, const DatedCount&) = default;
};

// One person of the archive.
struct PersonEntry {
  std::string id;    // a full name's local id, or the surname key for unresolved surname-only
                     // mentions of one surname (see indexer/people_linker.h)
  std::string name;  // canonical: the most frequent full form (ties: earliest, then smallest)
  std::vector<DatedCount> variants;      // every form used, most frequent first
  std::vector<DatedCount> roles;         // as written, grouped ignoring case
  std::vector<DatedCount> affiliations;  // likewise
  std::size_t articles = 0;
  std::size_t quotes = 0;
  std::string first;  // first and last day quoted ("" when undated)
  std::string last;
  // The local ids of the person's mentions: the terms a search for the person matches. A full
  // name's id and each linked surname-only mention's id.
  std::vector<std::string> terms;
  // The surname-only ids of `terms` that only unconfirmed mentions gave the person: an article
  // carries shared_surname_id for a confirmed mention alone, so a search that matches a
  // surname's ids through that shared id must add these one by one (query/people.h). Sorted.
  std::vector<std::string> unconfirmed_terms;
  // Why each merge was made, one line per linked spelling or mention, for --explain.
  std::vector<std::string> why;
  bool unresolved = false;  // surname-only mentions the archive could not tie to one person

  friend bool operator==(const PersonEntry&, const PersonEntry&) = default;
};

// A set of words kept as sorted 64-bit hashes: what an article writes around its surname-only
// people (article_context), stored with the article and read by the people table, at a fraction
// of the size of the strings. A false "contains" needs a 64-bit hash collision.
class WordSet {
 public:
  WordSet() = default;
  explicit WordSet(const std::set<std::string>& words);
  // From hashes made as `contains` makes them (FNV-1a 64 of the word's bytes), in any order.
  explicit WordSet(std::vector<std::uint64_t> hashes);

  bool contains(std::string_view word) const;
  bool empty() const { return hashes_.empty(); }

  // As Slot::kPeopleContext stores it (8 bytes a hash) and back; decode ignores a partial hash.
  std::string encode() const;
  static WordSet decode(std::string_view value);

 private:
  std::vector<std::uint64_t> hashes_;  // sorted, unique
};

// What WordSet holds for a given name written (lower-cased) shortly before a surname of that
// name key: the article names that person in full, whether or not it quotes them so.
inline std::string given_name_pair(std::string_view given, std::string_view surname_key) {
  std::string pair(given);
  pair += '\x1f';
  pair += surname_key;
  return pair;
}

// What WordSet holds for a surname key written right after a capitalised word that is no title:
// someone of that surname is named in full in the article.
inline std::string named_in_full(std::string_view surname_key) {
  std::string marked = "\x1e";
  marked += surname_key;
  return marked;
}

// What the people table needs of an article's text to tie its surname-only and unconfirmed
// mentions (indexer/people_linker.h), computed once when the article is indexed: for each such
// surname, given_name_pair entries for every word up to three words before it and named_in_full
// when a capitalised word that is no title stands right before it; with an unconfirmed mention,
// also every word of the text (in Latin, lower-case: role words are matched in that form).
// Empty when the article has no such mention.
WordSet article_context(const Article& article, const std::vector<PersonMention>& mentions);

// The entry as the person:<id> key holds it: everything but `why` (person-why:<id> holds that).
nlohmann::ordered_json to_json(const PersonEntry& person);
// Throws nlohmann::json::exception on a value of another shape. `why` is left empty.
PersonEntry person_from_json(const nlohmann::json& json);

// Metadata keys of the table. Values are compact JSON.
//   person:<id>          -> the PersonEntry, without `why` (to_json), which every search for the
//                           person reads: its why lines can run to hundreds of kilobytes for a
//                           common surname's unresolved mentions, read only for --explain
//   person-why:<id>      -> array of the person's why lines, when there are any
//   person-surname:<key> -> array of the ids of persons with that surname key, in any of their
//                           spellings (search by surname)
//   person-of:<local id> -> the person id of a local id that is not its person's own (a
//                           surname-only mention; a spelling joined by loose keys)
//   person-loose:<given> <surname> -> array of the ids of persons with a full name of those
//                           loose keys (common/name_key.h loose_keys_of): speaker: with a
//                           spelling the archive has never written
inline constexpr std::string_view kPersonKeyPrefix = "person:";
inline constexpr std::string_view kPersonWhyKeyPrefix = "person-why:";
inline constexpr std::string_view kPersonSurnameKeyPrefix = "person-surname:";
inline constexpr std::string_view kPersonOfKeyPrefix = "person-of:";
inline constexpr std::string_view kPersonLooseKeyPrefix = "person-loose:";

}  // namespace news
