// Reference resolution for the attribution pass (pass 4): what a subject refers to, a name, he or
// she, or a descriptor ("the minister", "the 25-year-old"), resolved to one person of the article,
// and the salience that pronouns and descriptors are resolved against.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "extract/quotes/lexicon.h"
#include "extract/quotes/names.h"
#include "extract/quotes/people.h"
#include "extract/quotes/sentences.h"

namespace news::quotes {

// Resolves mentions to the article's people while the attribution pass walks the article in text
// order, remembering who was last in subject or speaker position. Persons are indices into
// people.records(); -1 is nobody. Lives only inside one attribution pass.
class Resolver {
 public:
  // `people` is the registered people of the article; it must outlive the resolver, which
  // records on them what mentions reveal (forms, gender, role, surname use).
  explicit Resolver(People& people) : people_(people) {}

  // The people being resolved to.
  People& people() { return people_; }

  // The record of `person`, which must be a valid index.
  PersonRecord& record(int person) { return people_.records()[static_cast<std::size_t>(person)]; }
  const PersonRecord& record(int person) const {
    return people_.records()[static_cast<std::size_t>(person)];
  }

  // The index of `person` in people.records(); -1 for nullptr.
  int index_of(const PersonRecord* person) const;

  // The person a name mention refers to (People::resolve, with a shared surname going to the one
  // who has been a subject or a speaker so far), or -1. Organisations and mentions after a
  // determiner are nobody. Notes the mention on the person, and `*role_out` (when given and not
  // empty) as their role if they have none.
  int person_for(const NameMention& mention, std::string* role_out);

  // He or she in `paragraph`: the most recent person in subject or speaker position if within two
  // paragraphs and not of the other gender, else the most recent compatible speaker, else -1. A
  // person of unknown gender so resolved takes the pronoun's ("Obama said. He ..." makes "she"
  // later go to someone else).
  int resolve_pronoun(std::size_t paragraph, lexicon::Gender gender);

  // A descriptor ending at `last`: "the minister", "the Tottenham striker", "the 25-year-old".
  // The most recent person whose role has the head noun, else the first such person of the
  // article; "the N-year-old" is the most recent person. -1 for groups ("the council"), words
  // that are no role, and phrases without a determiner unless `first_hint` (the determiner's
  // token, when the caller has found it) is given.
  int resolve_descriptor(const Sentence& s, std::size_t last,
                         std::size_t first_hint = std::string::npos) const;

  // Makes `person` the most recent one in subject or speaker position in `paragraph`, if the
  // article shows they are a person so far; -1 is ignored.
  void mark_salient(int person, std::size_t paragraph);

  // Someone unnamed now stands in subject position ("a spokesman for X said"): a he or she that
  // follows refers to them, not to the person before.
  void unnamed_subject() {
    last_person_ = -1;
    ++unnamed_subjects_;
  }

  // How many times unnamed_subject was called: a sentence that raised it has an unnamed subject.
  std::size_t unnamed_subjects() const { return unnamed_subjects_; }

 private:
  People& people_;
  int last_person_ = -1;  // most recent person in subject or speaker position
  std::size_t last_person_paragraph_ = 0;
  std::size_t unnamed_subjects_ = 0;
  std::vector<int> recent_;  // people in subject or speaker position, least recent first
};

}  // namespace news::quotes
