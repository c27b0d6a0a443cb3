// The people of one article for the quote extractor: what is known about each person named in
// it, the test that a speaker is a person, the lookup from a mention to a person, and pass 3,
// which registers every full name of the article before any speaker is looked for.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/quotes/lexicon.h"
#include "extract/quotes/names.h"
#include "extract/quotes/sentences.h"

namespace news::quotes {

// One person named in the article, with the signs the article gives that they are a person.
struct PersonRecord {
  std::vector<std::string> name;   // fullest form
  std::vector<std::string> forms;  // every form seen, as written (with honorifics)
  lexicon::Gender gender = lexicon::Gender::kUnknown;
  std::string role;
  // Whom they speak for when the article says so apart from the role ("Barclays' Rhiannon Dace");
  // "" otherwise, and the role's organisation is used (affiliation.h).
  std::string affiliation;
  bool honorific_seen = false;
  bool surname_used = false;          // referred to by the last name alone somewhere
  bool relative_clause = false;       // introduced with "who" ("Smith, who lives nearby, said")
  bool signed_quote = false;          // signs a quote: `"..." ― Sonya Herridge`
  bool pronoun_after_cue = false;     // "X said he ...": the article calls them he or she
  bool which_clause = false;          // introduced with "which" ("X, which runs four dams, said")
  bool after_name_connector = false;  // once named after "Capitalised of/for/and" (see features)
  bool its_after_cue = false;         // "X said its ...": the article calls them "its"
  bool company_form = false;  // the article also names it with a company's legal form ("Ltd")
  int mentions = 0;           // full-name mentions outside quotes (and honorific + surname ones)

  // The personhood test. Companies and campaign groups look like two capitalised words too
  // ("Greyfield Renewables"); a person shows it: an honorific, a role, a known given name, a
  // middle initial, or a later reference by surname alone (or a who-clause, a signed quote, a
  // he/she right after their cue). Speakers are kept only if this holds once every mention has
  // been seen; a person becomes salient for pronouns only if it holds when they are mentioned.
  bool shows_personhood() const;

  // Weaker than shows_personhood, for salience while the article is read: a sign of personhood, or
  // a name of two or more words none of which is in capitals ("Tamsin Okonjo", not "Unilever UK").
  bool may_be_person() const;
};

// The surname of a full name: its last word, or the one before a generational suffix ("John G.
// Roberts Jr." -> "Roberts").
const std::string& surname_of(const std::vector<std::string>& name);

// The people of one article. A person is referred to by index into records() (-1: nobody) once
// registration is over; until then records may merge and move.
class People {
 public:
  // The most people one article registers (register_people reserves room for them, so that
  // pointers to records stay valid while mononyms are added during attribution).
  static constexpr std::size_t kMaxPeople = 256;

  // Registers a full-name mention (two or more name tokens, or one with an honorific): a new
  // person, or one already known by that name or by a shorter form with the same first and last
  // tokens ("John Plumb", then "John F. Plumb").
  void add_full(const NameMention& mention);

  // A one-word name in a speaker's slot that names nobody of the article ("Obama said", the
  // article never giving his full name): a new person, whom the speaker model then judges (one
  // word and nothing else is too little). Nothing for words that are no name (places, groups,
  // demonyms, titles, function words, acronyms) or when the article's kMaxPeople are reached.
  PersonRecord* add_mononym(const NameMention& mention);

  // The person a mention refers to: its full name, or a surname (with or without an honorific)
  // that exactly one person of the article ends with. Nothing when ambiguous or unknown.
  // `salient`, when given, says whether a person has already been a subject or a speaker.
  PersonRecord* resolve(const NameMention& mention,
                        const std::function<bool(const PersonRecord*)>& salient = nullptr);

  // Records what `mention` says about `person`: its form (an alias), an honorific and the gender
  // it or a known given name implies, and a role if the person has none yet.
  void note(PersonRecord& person, const NameMention& mention);

  // "Mr Xie" registered on its own, and "Xie Xuren" elsewhere: one person. Folds every
  // single-name record into the one full name that ends (or, for family-name-first names, starts)
  // with it. Call before any record is referred to by index.
  void merge_single_names();

  // The person whose fullest name is exactly `name`, or nothing.
  PersonRecord* find_exact(const std::vector<std::string>& name);

  // Records that the article names a company `name` followed by a legal form ("Acme Widgets Ltd",
  // "Tessellate Inc."): the record of that name, now or later, gets company_form.
  void add_company(const std::vector<std::string>& name);

  // Every person, in order of registration.
  std::vector<PersonRecord>& records() { return records_; }
  const std::vector<PersonRecord>& records() const { return records_; }

 private:
  // A deque would keep pointers stable; reserve() in register_people does the same for a vector.
  std::vector<PersonRecord> records_;
  std::vector<std::vector<std::string>> companies_;  // add_company's names
  // A new record's company_form.
  bool is_company(const std::vector<std::string>& name) const;
};

// Pass 3: every full name of the article outside quotes, so that a surname used before the full
// name still links to it: names from the title (a known given name and the word after it), then
// the body's capitalised runs that are names (not organisations, places, headings or words the
// article also writes in lower case), with the role an appositive gives them. At most kMaxPeople
// people; single names merged into full ones (People::merge_single_names).
People register_people(const std::vector<std::string>& paragraphs,
                       const std::vector<std::vector<Sentence>>& sentences, std::string_view title);

}  // namespace news::quotes
