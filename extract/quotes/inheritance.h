// Pass 5 of the quote extractor: quotes with no cue of their own inherit a speaker (quotes.md
// 2.3, P5).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "extract/quotes/attribution.h"
#include "extract/quotes/spans.h"

namespace news::quotes {

// Gives each quote of `paragraph` that has no speaker yet the speaker of the quote it continues
// (one reopened after a quote left open), or, when it opens the paragraph, the speaker of the
// quote before it if that stands in one of the two paragraphs before. Runs after pass 4 has seen
// `paragraph` and before it sees the next one, so that the order in which people are first
// credited is the order of the text.
void inherit_unattributed(std::size_t paragraph, const std::vector<std::string>& paragraphs,
                          const std::vector<QuoteSpan>& quotes, Attributions& attributions);

}  // namespace news::quotes
