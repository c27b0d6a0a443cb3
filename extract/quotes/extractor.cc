#include "extract/quotes/extractor.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/quotes/affiliation.h"
#include "extract/quotes/attribution.h"
#include "extract/quotes/lexicon.h"
#include "extract/quotes/names.h"
#include "extract/quotes/people.h"
#include "extract/quotes/sentences.h"
#include "extract/quotes/spans.h"
#include "extract/quotes/speaker_model.h"

// How the extractor works, in the order it runs (rules from quotes.md):
//  1. Quote spans: marks paired by type (2.1); a quote left open at the end of a paragraph and
//     reopened at the start of the next one continues; contents under 4 words or all in title case
//     are not quotes, and their words stay in the sentence.
//  2. Tokens: each paragraph becomes words and punctuation, with each quote reduced to one token,
//     then sentences. Nothing inside a quote is ever looked at for speakers.
//  3. Names: runs of capitalised words are split into role, honorific and name ("The Russian
//     Foreign Minister Sergey Lavrov" -> role "Russian Foreign Minister", name "Sergey Lavrov");
//     every full name of the article is registered first, so a surname used before the full name
//     still links to it.
//  4. Cues: each speech verb looks for its subject (before it, across an appositive, or after it
//     when inverted) and for its content: an adjacent quote (direct) or the rest of the clause
//     (indirect). Subjects resolve to people: full names, surnames and honorific + surname,
//     he/she to the most recent compatible person, "the minister" to the person with that role.
//     Organisations, groups, unnamed sources, "I", "we" and "they" are never people.
//  5. Quotes with no cue of their own inherit the speaker of the quote they continue, or of the
//     paragraph just before when they make up a paragraph on their own.
//
// Where each pass lives (namespace news::quotes): 1. spans.h; 2. sentences.h; 3. names.h (runs
// split into role, honorific and name) and people.h (the article's people, the personhood test,
// and the registration); 4. attribution.h (the cues of each sentence and their content),
// subjects.h (finding a verb's subject) and resolution.h (names, he/she and descriptors to
// people, and salience); 5. inheritance.h. UTF-8 character classes are in text.h, word lists in
// lexicon.h. Each pass takes what the passes before it returned; extract_quotes below runs them
// and turns their result into the article's people and quotes.

namespace news {

namespace {

// Where `view` (a view into `paragraph`) stands in it.
void set_range(Quote& quote, const std::string& paragraph, std::string_view view) {
  quote.start = static_cast<std::size_t>(view.data() - paragraph.data());
  quote.end = quote.start + view.size();
}

// Passes 1 to 5 over an article: what the speaker model then decides on.
struct Passes {
  std::vector<quotes::QuoteSpan> spans;
  quotes::People people;
  quotes::Attributions attributions;
};

Passes run_passes(const Article& article) {
  Passes passes;
  const std::vector<std::string>& paragraphs = article.paragraphs;
  passes.spans = quotes::find_quotes(paragraphs);
  const std::vector<std::vector<quotes::Sentence>> sentences =
      quotes::build_sentences(paragraphs, passes.spans);
  passes.people = quotes::register_people(paragraphs, sentences, article.title);
  passes.attributions = quotes::attribute(paragraphs, passes.spans, sentences, passes.people);
  return passes;
}

// Everyone the passes credited with a quote, in order of their first quote, with the built-in
// speaker model's judgement.
std::vector<SpeakerCandidate> judge(const Passes& passes) {
  const std::vector<quotes::PersonRecord>& records = passes.people.records();
  const quotes::SpeakerModel& model = quotes::SpeakerModel::built_in();
  const std::vector<quotes::SpeakerCredit> credits =
      quotes::credits_by_person(passes.attributions, records.size());
  std::vector<SpeakerCandidate> candidates;
  for (const int index : passes.attributions.speakers) {
    if (index < 0) continue;
    const auto i = static_cast<std::size_t>(index);
    SpeakerCandidate candidate;
    candidate.index = index;
    candidate.name = quotes::join_words(records[i].name);
    candidate.forms = records[i].forms;
    candidate.features = quotes::speaker_features(records[i], credits[i]);
    candidate.probability = model.probability(candidate.features);
    candidate.accepted = candidate.probability >= model.threshold();
    candidates.push_back(std::move(candidate));
  }
  return candidates;
}

// "Lavrov": a single word with a capital first and a lower-case letter after it (not "NATO").
bool is_one_capitalised_word(const std::string& name) {
  if (name.size() < 2 || name.find(' ') != std::string::npos) return false;
  if (!std::isupper(static_cast<unsigned char>(name[0]))) return false;
  return std::any_of(name.begin() + 1, name.end(),
                     [](char c) { return std::islower(static_cast<unsigned char>(c)); });
}

// True when the article writes `word` as the first word of an organisation's name: followed by up
// to three capitalised words, one of which names an organisation or a company's form ("Ford Motor
// Co", "Bloomberg News", "Dillard Department Stores"). A one-word speaker the article writes so is
// as likely the organisation as anyone of that surname: the people table must not tie it.
bool written_as_organisation(const Article& article, std::string_view word) {
  const auto is_word_byte = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
  };
  for (const std::string& paragraph : article.paragraphs) {
    for (std::size_t at = paragraph.find(word); at != std::string::npos;
         at = paragraph.find(word, at + 1)) {
      if (at > 0 && is_word_byte(paragraph[at - 1])) continue;
      std::size_t next = at + word.size();
      for (int words = 0; words < 3; ++words) {
        if (next + 1 >= paragraph.size() || paragraph[next] != ' ' ||
            !std::isupper(static_cast<unsigned char>(paragraph[next + 1])))
          break;
        std::size_t end = next + 1;
        while (end < paragraph.size() && (is_word_byte(paragraph[end]) || paragraph[end] == '&'))
          ++end;
        if (lexicon::is_organisation_word(
                std::string_view(paragraph).substr(next + 1, end - next - 1)))
          return true;
        next = end;
      }
    }
  }
  return false;
}

bool is_speaker(const std::vector<bool>& accepted, int index) {
  return index >= 0 && accepted[static_cast<std::size_t>(index)];
}

// The people quoted, in order of their first quote.
std::vector<Person> people_quoted(const std::vector<quotes::PersonRecord>& records,
                                  const quotes::Attributions& attributions,
                                  const std::vector<bool>& accepted) {
  std::vector<Person> people;
  for (const int index : attributions.speakers) {
    if (!is_speaker(accepted, index)) continue;
    const quotes::PersonRecord& record = records[static_cast<std::size_t>(index)];
    Person person;
    person.name = quotes::join_words(record.name);
    for (const auto& form : record.forms) {
      if (form != person.name &&
          std::find(person.aliases.begin(), person.aliases.end(), form) == person.aliases.end())
        person.aliases.push_back(form);
    }
    person.role = record.role;
    person.affiliation =
        record.affiliation.empty() ? quotes::affiliation_of_role(record.role) : record.affiliation;
    people.push_back(std::move(person));
  }
  return people;
}

// The quotes of people, in text order: direct ones by span, then reported speech, stably sorted
// by paragraph.
std::vector<Quote> quotes_of_people(const std::vector<std::string>& paragraphs,
                                    const std::vector<quotes::QuoteSpan>& spans,
                                    const std::vector<quotes::PersonRecord>& records,
                                    const quotes::Attributions& attributions,
                                    const std::vector<bool>& accepted) {
  std::vector<Quote> found;
  for (std::size_t id = 0; id < spans.size(); ++id) {
    const int speaker = attributions.quotes[id].speaker;
    if (!is_speaker(accepted, speaker)) continue;
    Quote quote;
    quote.speaker = quotes::join_words(records[static_cast<std::size_t>(speaker)].name);
    quote.text = std::string(spans[id].text);
    set_range(quote, paragraphs[spans[id].span.paragraph], spans[id].text);
    quote.cue = attributions.quotes[id].cue;
    quote.paragraph = static_cast<int>(spans[id].span.paragraph);
    quote.direct = true;
    found.push_back(std::move(quote));
  }
  for (const quotes::ReportedSpeech& speech : attributions.reported) {
    if (!is_speaker(accepted, speech.speaker)) continue;
    Quote quote;
    quote.text = std::string(speech.text);
    quote.cue = speech.cue;
    quote.paragraph = static_cast<int>(speech.paragraph);
    quote.direct = false;
    quote.speaker = quotes::join_words(records[static_cast<std::size_t>(speech.speaker)].name);
    set_range(quote, paragraphs[speech.paragraph], speech.text);
    if (!quote.text.empty()) found.push_back(std::move(quote));
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const Quote& a, const Quote& b) { return a.paragraph < b.paragraph; });
  return found;
}

}  // namespace

void extract_quotes(Article& article) {
  article.quotes.clear();
  article.people.clear();
  const Passes passes = run_passes(article);
  const std::vector<quotes::PersonRecord>& records = passes.people.records();
  // Which people are speakers, by index into the records.
  std::vector<bool> accepted(records.size(), false);
  const std::vector<SpeakerCandidate> candidates = judge(passes);
  for (const SpeakerCandidate& candidate : candidates)
    accepted[static_cast<std::size_t>(candidate.index)] = candidate.accepted;
  article.people = people_quoted(records, passes.attributions, accepted);
  article.quotes =
      quotes_of_people(article.paragraphs, passes.spans, records, passes.attributions, accepted);
  article.unconfirmed.clear();
  article.unconfirmed_quotes.clear();
  for (const SpeakerCandidate& candidate : candidates) {
    if (candidate.accepted || !is_one_capitalised_word(candidate.name)) continue;
    if (!std::all_of(candidate.forms.begin(), candidate.forms.end(), is_one_capitalised_word))
      continue;
    if (written_as_organisation(article, candidate.name)) continue;
    const quotes::PersonRecord& record = records[static_cast<std::size_t>(candidate.index)];
    std::size_t credited = 0;
    for (const auto& quote : passes.attributions.quotes)
      credited += quote.speaker == candidate.index;
    for (const auto& speech : passes.attributions.reported)
      credited += speech.speaker == candidate.index;
    article.unconfirmed.push_back(Person{candidate.name, {}, record.role, {}});
    article.unconfirmed_quotes.push_back(credited);
  }
}

std::vector<SpeakerCandidate> speaker_candidates(const Article& article) {
  return judge(run_passes(article));
}

}  // namespace news
