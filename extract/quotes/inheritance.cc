#include "extract/quotes/inheritance.h"

#include <algorithm>
#include <string_view>

#include "common/strings.h"

namespace news::quotes {

namespace {

// True if quote `id` opens its paragraph.
bool starts_paragraph(const std::vector<std::string>& paragraphs,
                      const std::vector<QuoteSpan>& quotes, std::size_t id) {
  const Span& span = quotes[id].span;
  return trim(std::string_view(paragraphs[span.paragraph]).substr(0, span.mark_begin)).empty();
}

}  // namespace

// Quotes with no cue of their own: continuations, and paragraphs that are a quote.
void inherit_unattributed(std::size_t paragraph, const std::vector<std::string>& paragraphs,
                          const std::vector<QuoteSpan>& quotes, Attributions& attributions) {
  const auto speaker_of = [&](std::size_t id) { return attributions.quotes[id].speaker; };
  // The quotes are in text order: start at the paragraph's first one, not at the article's
  // (a pass over every quote for every paragraph was quadratic in a long article).
  const auto first = std::partition_point(
      quotes.begin(), quotes.end(),
      [&](const QuoteSpan& quote) { return quote.span.paragraph < paragraph; });
  for (auto id = static_cast<std::size_t>(first - quotes.begin());
       id < quotes.size() && quotes[id].span.paragraph == paragraph; ++id) {
    const Span& span = quotes[id].span;
    if (speaker_of(id) >= 0) continue;
    int speaker = -1;
    if (id > 0 && span.continues_previous) speaker = speaker_of(id - 1);
    if (speaker < 0 && starts_paragraph(paragraphs, quotes, id) && id > 0 &&
        quotes[id - 1].span.paragraph + 2 >= paragraph &&
        quotes[id - 1].span.paragraph < paragraph) {
      // P5: a paragraph that opens with a quote continues the previous speaker's words.
      speaker = speaker_of(id - 1);
    }
    if (speaker >= 0) attributions.assign_quote(id, speaker, "");
  }
}

}  // namespace news::quotes
