// The quote extractor: finds who said what in an article's body. Rules and evaluation protocol:
// ../shared/docs/quotes.md (docs/quotes.md in this project says which rules are implemented).
#pragma once

#include <string>
#include <vector>

#include "common/article.h"
#include "extract/quotes/speaker_features.h"

namespace news {

// Fills article.quotes and article.people from article.paragraphs (the title and standfirst are
// not searched: headline quotes repeat the body's). Each Person is a named individual quoted
// directly or indirectly at least once; organisations and unnamed sources are never people.
// Every Quote's speaker is the canonical name of one of article.people. Replaces any quotes and
// people already there. Never throws on any text.
void extract_quotes(Article& article);

// One person the attribution passes credited with a quote, before the speaker model decides:
// what bench/train_speakers learns from and eval tools explain.
struct SpeakerCandidate {
  int index = -1;                  // the extractor's own number for the person
  std::string name;                // canonical name, as Person::name would be
  std::vector<std::string> forms;  // every form the article uses, as written
  quotes::SpeakerFeatures features;
  double probability = 0;  // the built-in model's
  bool accepted = false;   // the built-in model keeps them (they are in article.people)
};

// The candidates of extract_quotes on this article, in order of their first quote. Never throws
// on any text.
std::vector<SpeakerCandidate> speaker_candidates(const Article& article);

}  // namespace news
