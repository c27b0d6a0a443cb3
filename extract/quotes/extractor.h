// The quote extractor: finds who said what in an article's body. Rules and evaluation protocol:
// ../shared/docs/quotes.md (docs/quotes.md in this project says which rules are implemented).
#pragma once

#include "common/article.h"

namespace news {

// Fills article.quotes and article.people from article.paragraphs (the title and standfirst are
// not searched: headline quotes repeat the body's). Each Person is a named individual quoted
// directly or indirectly at least once; organisations and unnamed sources are never people.
// Every Quote's speaker is the canonical name of one of article.people. Replaces any quotes and
// people already there. Never throws on any text.
void extract_quotes(Article& article);

}  // namespace news
