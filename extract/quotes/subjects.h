// Subject finding for the attribution pass (pass 4): who a speech verb's subject is, before the
// verb (across auxiliaries, asides and appositives), after it when inverted ("said Lavrov"), or at
// the start of the sentence for a participle ("..., adding: ..."). Subjects resolve to people
// through the Resolver; organisations, groups, unnamed sources, "I", "we" and "they" never do.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "extract/quotes/resolution.h"
#include "extract/quotes/sentences.h"

namespace news::quotes {

// The subject find_subject found for a verb.
struct Subject {
  int person = -1;        // the person it refers to, or -1
  std::size_t start = 0;  // its first token (0 when none was reached)
  // Other people coordinated with it, who say the same: "Sherrod Brown (D-Ohio) and Robert
  // Menendez (D-N.J.) all suggested ...".
  std::vector<int> co_subjects;
  // The verb is in a who-clause after the name ("Stevie Wonder, who joked of ..."): what it
  // reports needs a clause or a quote, as such clauses mostly describe what the person did.
  bool in_who_clause = false;
};

// The subject of the verb at `v`: the noun phrase before it, across auxiliaries and adverbs
// ("has also said") and up to two comma-bounded asides ("Smith, 21, a student, said"); a full
// name as the aside is the subject itself ("Her coach, Ruben Alcott, said"). Passive cues ("is
// said to") have none. A who-clause aside marks the person, and an appositive gives their role.
Subject find_subject(Resolver& resolver, std::size_t paragraph, const Sentence& s, std::size_t v);

// The person a subject noun phrase ending at token `last` (inclusive) refers to, or -1: he/she, a
// name ("The office of Attorney General X said": not X), or a descriptor ("the minister").
// `*role_out`, when given, becomes the person's role if they have none.
int subject_before(Resolver& resolver, std::size_t paragraph, const Sentence& s, std::size_t last,
                   std::string* role_out = nullptr);

// The person an inverted subject starting at token `first` refers to, or -1: he/she, "said the
// minister", "said the Russian Foreign Minister Sergey Lavrov", "said analyst Jason Kenney",
// "noted NBC's Dante Chinni", "wrote Cameron Easley for Morning Consult".
int subject_after(Resolver& resolver, std::size_t paragraph, const Sentence& s, std::size_t first);

// The person in subject position at the start of a sentence, roughly, looking at the tokens
// before `before`: a leading pronoun, or the first name that resolves to a person, reached before
// any lower-case word other than a determiner or a role noun; -1 otherwise.
int first_subject(Resolver& resolver, std::size_t paragraph, const Sentence& s, std::size_t before);

// The person a sentence with no speech in it makes salient for a later he or she, or -1: its
// subject (first_subject), also after an opening adverbial phrase ("During the town hall, Tina
// Houchins had a question"), else the last person it introduces with a role appositive ("...
// worries Henry Crespo, president of the caucus").
int salient_subject(Resolver& resolver, std::size_t paragraph, const Sentence& s);

}  // namespace news::quotes
