// Pass 4 (and, per paragraph, pass 5) of the quote extractor: each speech verb looks for its
// subject and its content, an adjacent quote (direct) or the rest of the clause (indirect), and
// attributes it to the person the subject resolves to.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extract/quotes/people.h"
#include "extract/quotes/sentences.h"
#include "extract/quotes/spans.h"

namespace news::quotes {

// Who a direct quote is attributed to.
struct QuoteAttribution {
  int speaker = -1;  // index into people.records(), or -1
  std::string cue;   // the cue that attributes it ("said", "according to"); "" if inherited
};

// Reported speech found in a sentence: "Smith said (that) the talks had failed".
struct ReportedSpeech {
  std::size_t paragraph = 0;
  std::string_view text;  // the content as written, a view into the paragraph; may be empty
  std::string cue;
  int speaker = -1;  // index into people.records()
};

// The result of passes 4 and 5. Speakers are people of any kind here: the personhood test is the
// caller's, once every mention has been seen.
struct Attributions {
  std::vector<QuoteAttribution> quotes;  // per quote id
  std::vector<ReportedSpeech> reported;  // in the order found
  std::vector<int> speakers;  // everyone credited with a quote, in the order of their first one

  // Attributes quote `id` to `speaker` (>= 0) with `cue`, unless it already has a speaker.
  void assign_quote(std::size_t id, int speaker, const std::string& cue);

  // Records reported speech, crediting its speaker.
  void add_reported(ReportedSpeech speech);

 private:
  void credit(int person);
};

// Passes 4 and 5 over the article in text order, paragraph by paragraph: the cues of each
// sentence (quotes.md 2.2, 2.3), then the quotes of the paragraph with no cue of their own
// (inherit_unattributed). `quotes` and `sentences` are passes 1 and 2 over `paragraphs`;
// `people` (pass 3) learns on the way what the article shows about each person (forms, roles,
// personhood signs).
Attributions attribute(const std::vector<std::string>& paragraphs,
                       const std::vector<QuoteSpan>& quotes,
                       const std::vector<std::vector<Sentence>>& sentences, People& people);

}  // namespace news::quotes
