#include "extract/quotes/speaker_features.h"

#include <algorithm>
#include <string>

#include "common/strings.h"
#include "extract/quotes/lexicon.h"
#include "extract/quotes/text.h"

namespace news::quotes {

const std::array<std::string_view, kSpeakerFeatureCount> kSpeakerFeatureNames = {
    "bias",
    "known_given_name",
    "honorific",
    "role",
    "surname_used",
    "relative_clause",
    "signed_quote",
    "pronoun_after_cue",
    "middle_initial",
    "one_word",
    "three_or_more_words",
    "all_capitals_word",
    "hyphenated_word",
    "particle",
    "last_word_ends_in_s",
    "one_mention",
    "many_mentions",
    "one_attribution",
    "many_attributions",
    "direct_quote",
    "only_reported",
    "say_cue",
    "place_word",
    "after_name_connector",
    "noun_suffix",
    "tier_a_cue",
    "which_clause",
    "company_form",
    "its_after_cue",
    "surname_shape",
};

namespace {

bool is_say_cue(const std::string& cue) {
  return cue == "said" || cue == "says" || cue == "say" || cue == "told" || cue == "tell" ||
         cue == "tells" || cue == "saying";
}

bool is_tier_a_cue(const std::string& cue) {
  const auto found = lexicon::speech_cue(lower_ascii(cue));
  return found && found->strength == lexicon::CueStrength::kDirect;
}

// Endings of common nouns that surnames hardly have.
bool has_noun_suffix(const std::string& word) {
  static constexpr std::string_view kSuffixes[] = {
      "tion",  "tions", "sion",  "sions", "ment", "ments", "ness", "ology", "ics",   "ables",
      "ibles", "ware",  "works", "ities", "ance", "ances", "ency", "ancy",  "ships", "ists"};
  const std::string lower = lower_ascii(word);
  return std::any_of(std::begin(kSuffixes), std::end(kSuffixes), [&](std::string_view suffix) {
    return lower.size() > suffix.size() + 2 && std::string_view(lower).ends_with(suffix);
  });
}

// Is `word` shaped like a family name? Suffixes that end family names in many languages and
// almost never an English word, a company or a place written in Latin letters; or two capitalised
// parts joined by a hyphen. Japanese and English surname endings are left out: they end company
// names too (Toyota, Suzuki, Ericsson, Johnson).
bool has_surname_shape(const std::string& word) {
  static constexpr std::string_view kSuffixes[] = {
      // Slavic and Baltic
      "ski", "ska", "sky", "cki", "cka", "dzki", "wicz", "owicz", "ewicz", "vić", "vic", "vich",
      "ovich", "evich", "enko", "chuk", "czuk", "shyn", "ov", "ova", "ev", "eva", "yev", "yeva",
      "auskas", "auskiene", "aitis", "evičius", "avičius",
      // Romanian, Greek, Turkish, Armenian, Georgian
      "escu", "eanu", "opoulos", "poulos", "akis", "idis", "iadis", "oğlu", "oglu", "yan", "shvili",
      "dze",
      // Icelandic daughters' patronymics (not -sson: Ericsson) and Spanish patronymics
      "sdóttir", "sdottir", "ez"};
  const std::string lower = lower_ascii(word);
  const std::size_t hyphen = lower.find('-');
  if (hyphen != std::string::npos) {
    // "Kaczmarek-Nowak", "Mensah-Bonsu": both parts capitalised words of two letters or more.
    const std::string_view first = std::string_view(word).substr(0, hyphen);
    const std::string_view second = std::string_view(word).substr(hyphen + 1);
    const auto capitalised = [](std::string_view part) {
      return part.size() >= 2 && part.find('-') == std::string_view::npos &&
             ((part[0] >= 'A' && part[0] <= 'Z') || static_cast<unsigned char>(part[0]) >= 0xC0) &&
             std::none_of(part.begin() + 1, part.end(),
                          [](char c) { return c >= 'A' && c <= 'Z'; });
    };
    return capitalised(first) && capitalised(second);
  }
  return std::any_of(std::begin(kSuffixes), std::end(kSuffixes), [&](std::string_view suffix) {
    return lower.size() >= suffix.size() + 3 && std::string_view(lower).ends_with(suffix);
  });
}

}  // namespace

std::vector<SpeakerCredit> credits_by_person(const Attributions& attributions, std::size_t people) {
  std::vector<SpeakerCredit> credits(people);
  const auto credit = [&credits](int person, const std::string& cue, bool direct) {
    if (person < 0 || static_cast<std::size_t>(person) >= credits.size()) return;
    SpeakerCredit& c = credits[static_cast<std::size_t>(person)];
    (direct ? c.direct : c.reported) += 1;
    c.say |= is_say_cue(cue);
    c.tier_a |= is_tier_a_cue(cue);
  };
  for (const QuoteAttribution& quote : attributions.quotes) credit(quote.speaker, quote.cue, true);
  for (const ReportedSpeech& speech : attributions.reported)
    credit(speech.speaker, speech.cue, false);
  return credits;
}

SpeakerFeatures speaker_features(const PersonRecord& person, const SpeakerCredit& credit) {
  SpeakerFeatures f{};
  const auto set = [&f](SpeakerFeature feature, bool on) {
    f[static_cast<std::size_t>(feature)] = on ? 1.0F : 0.0F;
  };
  const std::vector<std::string>& name = person.name;
  set(SpeakerFeature::kBias, true);
  set(SpeakerFeature::kKnownGivenName, name.size() >= 2 && lexicon::is_given_name(name.front()));
  set(SpeakerFeature::kHonorific, person.honorific_seen);
  set(SpeakerFeature::kRole, !person.role.empty() || !person.affiliation.empty());
  set(SpeakerFeature::kSurnameUsed, person.surname_used);
  set(SpeakerFeature::kRelativeClause, person.relative_clause);
  set(SpeakerFeature::kSignedQuote, person.signed_quote);
  set(SpeakerFeature::kPronounAfterCue, person.pronoun_after_cue);
  bool initial = false;
  bool capitals = false;
  bool hyphen = false;
  bool particle = false;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const std::string& word = name[i];
    if (i > 0 && i + 1 < name.size() && word.size() == 2 && word[1] == '.') initial = true;
    capitals |= is_all_capitals(word);
    hyphen |= word.find('-') != std::string::npos;
    particle |= lexicon::is_name_particle(word);
  }
  set(SpeakerFeature::kMiddleInitial, initial);
  set(SpeakerFeature::kOneWord, name.size() == 1);
  set(SpeakerFeature::kThreeOrMoreWords, name.size() >= 3);
  set(SpeakerFeature::kAllCapitalsWord, capitals);
  set(SpeakerFeature::kHyphenatedWord, hyphen);
  set(SpeakerFeature::kParticle, particle);
  set(SpeakerFeature::kPlaceWord, std::any_of(name.begin(), name.end(), [](const std::string& w) {
        return lexicon::is_place_name(w) || lexicon::is_compass_word(w);
      }));
  set(SpeakerFeature::kAfterNameConnector, person.after_name_connector);
  set(SpeakerFeature::kWhichClause, person.which_clause);
  set(SpeakerFeature::kLastWordEndsInS,
      !name.empty() && name.back().size() > 3 && name.back().back() == 's');
  set(SpeakerFeature::kOneMention, person.mentions <= 1);
  set(SpeakerFeature::kManyMentions, person.mentions >= 4);

  const int direct = credit.direct;
  const int reported = credit.reported;
  const bool say = credit.say;
  const bool tier_a = credit.tier_a;
  set(SpeakerFeature::kOneAttribution, direct + reported == 1);
  set(SpeakerFeature::kManyAttributions, direct + reported >= 3);
  set(SpeakerFeature::kDirectQuote, direct > 0);
  set(SpeakerFeature::kOnlyReported, direct == 0 && reported > 0);
  set(SpeakerFeature::kSayCue, say);
  set(SpeakerFeature::kTierACue, tier_a);
  set(SpeakerFeature::kCompanyForm, person.company_form);
  set(SpeakerFeature::kItsAfterCue, person.its_after_cue);
  set(SpeakerFeature::kNounSuffix, !name.empty() && has_noun_suffix(name.back()));
  set(SpeakerFeature::kSurnameShape, name.size() >= 2 && has_surname_shape(name.back()));
  return f;
}

}  // namespace news::quotes
