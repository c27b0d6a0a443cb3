// What the speaker scorer looks at (issue 14): for each person the attribution pass credited with a
// quote, a fixed set of numbered features, each documented here and in docs/quotes.md. The model
// (speaker_model.h) weighs them; bench/train_speakers learns the weights from PolNeAR train.
//
// A feature is 0 or 1 unless its comment says otherwise. Adding, removing or reordering a feature
// changes the model file's format: retrain (docs/quotes.md, "The speaker model").
#pragma once

#include <array>
#include <cstddef>
#include <string_view>
#include <vector>

#include "extract/quotes/attribution.h"
#include "extract/quotes/people.h"

namespace news::quotes {

enum class SpeakerFeature : std::size_t {
  kBias,            // always 1
  kKnownGivenName,  // the first of two or more name words is in the given-name lists
  kHonorific,       // an honorific was seen with the name (Mr, Ms, Dr, Sen. ...)
  kRole,  // a role or an affiliation is known: before the name ("Barclays' X", "analyst X"), in an
          // appositive, from a descriptor, or "X for Morning Consult"
  kSurnameUsed,       // the article refers to them by surname alone somewhere
  kRelativeClause,    // introduced with a who-clause ("Smith, who lives nearby, said")
  kSignedQuote,       // signs a quote: `"..." ― Name`
  kPronounAfterCue,   // "X said he ...": the article calls them he or she
  kMiddleInitial,     // a middle initial ("John F. Plumb")
  kOneWord,           // the name is one word (only with an honorific, or a mononym)
  kThreeOrMoreWords,  // three or more name words
  kAllCapitalsWord,   // a name word in capitals ("NBC", "UK"): organisations more than people
  kHyphenatedWord,    // a hyphenated name word (Mensah-Bonsu)
  kParticle,          // a name particle (de, van, bin, al)
  kLastWordEndsInS,   // the last name word ends in -s (Renewables, Airways; but also Jones)
  kOneMention,        // named once only
  kManyMentions,      // named four or more times
  kOneAttribution,    // credited with exactly one quote or reported statement
  kManyAttributions,  // credited with three or more
  kDirectQuote,       // credited with a direct quote
  kOnlyReported,      // credited with reported speech only
  kSayCue,            // one of their cues is say/said/says/told/tell
  kPlaceWord,         // a name word is a place or a compass point (South Wales, Denzel Washington)
  kAfterNameConnector,  // once named right after "Capitalised of/for/and" (Institute for Fiscal
                        // Studies): the end of an organisation's name
  kNounSuffix,    // the last name word ends like a common noun (-tion, -ment, -ness, -ology, -ics,
                  // -ables, -ware, -works ...): "Greyfield Renewables", "Apex Logistics"
  kTierACue,      // one of their cues may introduce a direct quote (said, insisted, enthused ...)
  kWhichClause,   // introduced with a which-clause ("Kestrel Hydro, which operates ..., said")
  kCompanyForm,   // the article also names it with a company's legal form ("Acme Widgets Ltd")
  kItsAfterCue,   // "X said its sales ...": an "its" right after their cue
  kSurnameShape,  // a name of two or more words whose last word is shaped like a family name: a
                  // patronymic or family suffix of Slavic, Baltic, Balkan, Greek, Romanian,
                  // Turkish, Armenian, Georgian, Icelandic or Spanish names (-ski, -ović, -enko,
                  // -ov, -escu, -opoulos, -oğlu, -yan, -shvili, -sdóttir, -ez ...) or
                  // double-barrelled (Kaczmarek-Nowak): a sign of a person that no given-name list
                  // needs
  kCount
};

inline constexpr std::size_t kSpeakerFeatureCount =
    static_cast<std::size_t>(SpeakerFeature::kCount);

// The features' names as the model file writes them, in enum order.
extern const std::array<std::string_view, kSpeakerFeatureCount> kSpeakerFeatureNames;

using SpeakerFeatures = std::array<float, kSpeakerFeatureCount>;

// How the attribution passes credited one person: counted once per article for everyone
// (credits_by_person), so that computing features stays linear in the number of attributions.
struct SpeakerCredit {
  int direct = 0;       // direct quotes
  int reported = 0;     // reported statements
  bool say = false;     // a say-type cue (say, said, says, told, tell)
  bool tier_a = false;  // a cue that may introduce a direct quote
};

// The credits of every person, by index into people.records() (`people` records).
std::vector<SpeakerCredit> credits_by_person(const Attributions& attributions, std::size_t people);

// The features of a person, given what the article shows about them and how they were credited.
SpeakerFeatures speaker_features(const PersonRecord& person, const SpeakerCredit& credit);

}  // namespace news::quotes
