// Linking the people of a whole archive: every person quoted in every article tied to one person
// of the archive, across spellings. A pure function of the archive's articles (their order does
// not matter), so that the table after any sequence of runs equals the table a fresh index builds.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "common/people.h"

namespace news {

// The people of one article, with its publication time.
struct ArticlePeople {
  std::string published;  // DateTime::sort_key ("YYYYMMDDHHMM"), "" when undated
  std::vector<PersonMention> mentions;
  // What the article writes around its surname-only and unconfirmed mentions (article_context,
  // common/people.h); empty for an article without such a mention.
  WordSet words;
};

// Visits the articles of an archive. `with_words`: whether the visitor needs ArticlePeople::words
// (false may leave them empty). Every call must visit the same articles in the same order.
using ArticleVisitor = std::function<void(const ArticlePeople&)>;
using ArticleStream = std::function<void(bool with_words, const ArticleVisitor& visit)>;

// The archive's persons, sorted by id. The archive is read twice, one article at a time (first
// the full names, then every mention), so memory grows with the persons and the links made, not
// with the articles. The rules (docs/people.md):
// - Full names with one name key (common/name_key.h: transliterations, middle initials and titles
//   folded away) are one person, whose id is that key's local id. Two given names with one surname
//   are two persons.
// - Full names the folds keep apart are joined when their given names and surnames meet by loose
//   keys, they share two role words, one that is not generic, or an affiliation, and no article
//   quotes both; the joined person keeps the id of the one quoted in most articles.
// - A surname-only mention ("Lavrov", "Mr Plumb", "J. Plumb") is linked to a person with a full
//   name of that surname (and that initial) whose titles agree (a title held for life, "Lord",
//   "Gen.", must be the person's; "Mr" is never "Mrs"): with a role, the one candidate sharing a
//   role word with it that is not generic; without, the only candidate, unless the word, written
//   without a title, names a place ("Jordan") or, in this archive, an organisation (below). Never
//   when its article quotes a full-name person of that surname (the extractor would have joined
//   them had they been one) or names one in full by another given name. Otherwise the mention is
//   left alone: it joins the unresolved person of its surname (id: the surname key).
// - An unconfirmed mention (PersonMention::unconfirmed: a one-word name the extractor did not take
//   for a person on the article alone) is tied to the person of its surname, not named in the
//   article, two of whose role words the article holds, or one and the person's full name (their
//   given name up to three words before the surname; role words: not a generic one, "minister",
//   "chief", nor the surname), when exactly one person of that surname fits: "The Russian foreign
//   minister arrived ... Lavrov told reporters" is Sergey Lavrov, Russian Foreign Minister. A word
//   that names an organisation in this archive needs the full name. Otherwise it is no person at
//   all: it joins no unresolved person.
// - A word names an organisation in this archive when the archive writes it, capitalised, in
//   the roles and affiliations of the people it quotes ("a Ford Motor spokesman") in at least
//   as many articles as it quotes someone of that surname by their full name.
// - The canonical name is the most frequent full form (counted by article); ties go to the form
//   quoted first, then to the smallest.
std::vector<PersonEntry> link_people(const ArticleStream& archive);

// The same, over articles held in memory (tests).
std::vector<PersonEntry> link_people(const std::vector<ArticlePeople>& articles);

}  // namespace news
