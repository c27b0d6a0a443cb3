#include "extract/quotes/subjects.h"

#include <algorithm>
#include <optional>

#include "common/strings.h"
#include "extract/quotes/lexicon.h"
#include "extract/quotes/names.h"
#include "extract/quotes/text.h"

namespace news::quotes {

namespace {

// The start of a prepositional phrase of at most five words ending at token `end` (exclusive)
// and following a name ("Jeb Bush | in a Medium post"), or `end` when there is none.
std::size_t prepositional_phrase_after_name(const Sentence& s, std::size_t end) {
  static constexpr std::string_view kPrepositions[] = {"in", "on", "at", "during", "via"};
  for (std::size_t p = end; p > 1 && end - p < 5; --p) {
    const Token& token = s[p - 1];
    if (!is_word(token)) return end;
    if (std::find(std::begin(kPrepositions), std::end(kPrepositions), lower(token)) ==
        std::end(kPrepositions))
      continue;
    return p >= 2 && is_name_token(s[p - 2]) ? p - 1 : end;
  }
  return end;
}

// "Bruce Lazier of Prescott Ball and Turben | said", "Jo Bell at Acme Widgets | told": an
// organisation after a person's name, before the verb. Returns the index of the "of" or "at" (the
// name ends just before it) and sets `organisation`, or returns `end` when the words before `end`
// are not such an affiliation.
std::size_t affiliation_after_name(const Sentence& s, std::size_t end, std::string& organisation) {
  constexpr std::size_t kMaxOrganisationTokens = 8;
  std::size_t p = end;
  while (p > 0 && end - p < kMaxOrganisationTokens &&
         (is_name_token(s[p - 1]) ||
          (p < end && is_word(s[p - 1]) && (lower(s[p - 1]) == "and" || lower(s[p - 1]) == "&"))))
    --p;
  if (p == end || !is_name_token(s[p])) return end;
  std::size_t org_start = p;
  if (p > 0 && is_word(s[p - 1]) && lower(s[p - 1]) == "the") --p;
  if (p < 3 || !is_word(s[p - 1]) || (lower(s[p - 1]) != "of" && lower(s[p - 1]) != "at") ||
      !is_name_token(s[p - 2]))
    return end;
  const std::size_t name_end = p - 1;
  const auto mention = analyse_run(s, name_run_start(s, name_end - 1), name_end);
  if (!mention || mention->organisation || mention->determiner || mention->name.size() < 2)
    return end;
  std::vector<std::string> words;
  for (std::size_t t = org_start; t < end; ++t) words.push_back(std::string(s[t].text));
  organisation = join_words(words);
  return name_end;
}

// Skips backwards over auxiliaries and adverbs between a subject and its verb ("has also said").
std::size_t skip_auxiliaries(const Sentence& s, std::size_t i) {
  static constexpr std::string_view kSkippable[] = {
      "has",        "had",          "have",         "was",     "is",        "also",
      "later",      "then",         "previously",   "earlier", "again",     "repeatedly",
      "reportedly", "recently",     "further",      "once",    "already",   "now",
      "will",       "would",        "could",        "may",     "might",     "should",
      "did",        "does",         "had",          "even",    "simply",    "publicly",
      "privately",  "separately",   "subsequently", "today",   "yesterday", "last",
      "night",      "week",         "both",         "himself", "herself",   "all",
      "often",      "always",       "never",        "still",   "just",      "told",
      "quickly",    "immediately",  "openly",       "angrily", "firmly",    "flatly",
      "strongly",   "emphatically", "long"};
  while (i > 0) {
    const Token& token = s[i - 1];
    // "Gwen Moore (D-Wis.) said": a parenthesis between subject and verb.
    if (is_punct(token, ")")) {
      std::size_t open = i - 1;
      // Up to 40 tokens: "Farida Nazarova (who has run the shelter since 2009 and ...) said".
      while (open > 0 && !is_punct(s[open - 1], "(") && i - open < 40) --open;
      if (open == 0 || !is_punct(s[open - 1], "(")) break;
      i = open - 1;
      continue;
    }
    if (!is_word(token)) break;
    const std::string_view w = lower(token);
    // "in July", "on Monday", "last week": a time phrase between subject and verb.
    if (i >= 2 && is_upper_start(token.text) && lexicon::is_capitalised_function_word(token.text) &&
        is_word(s[i - 2])) {
      const std::string_view preposition = lower(s[i - 2]);
      if (preposition == "in" || preposition == "on" || preposition == "last" ||
          preposition == "this") {
        i -= 2;
        continue;
      }
    }
    // Adverbs in -ly ("initially", "angrily") and the listed auxiliaries and adverbs.
    const bool adverb = w.size() > 4 && w.ends_with("ly") && !is_upper_start(token.text);
    if (!adverb &&
        std::find(std::begin(kSkippable), std::end(kSkippable), w) == std::end(kSkippable)) {
      // "Jeb Bush in a Medium post said", "Smith at a rally on Friday said": a short
      // prepositional phrase right after a name.
      const std::size_t phrase = prepositional_phrase_after_name(s, i);
      if (phrase == i) break;
      i = phrase;
      continue;
    }
    if (w == "told") break;
    --i;
  }
  return i;
}

// "Sherrod Brown (D-Ohio) and Robert Menendez (D-N.J.) all suggested ...": the other names
// coordinated with the subject that starts at token `start` speak too. `first_name` is set to
// where the first of them starts (`start` when there are none).
std::vector<int> collect_co_subjects(Resolver& resolver, const Sentence& s, std::size_t start,
                                     std::size_t& first_name) {
  std::vector<int> co_subjects;
  std::size_t i = start;
  for (int names = 0; names < 6 && i > 0; ++names) {
    if (!(is_comma(s[i - 1]) || (is_word(s[i - 1]) && lower(s[i - 1]) == "and"))) break;
    std::size_t j = i - 1;
    if (j > 0 && is_comma(s[j - 1])) --j;  // Oxford comma: ", and"
    if (j > 0 && is_punct(s[j - 1], ")")) {
      std::size_t open = j - 1;
      while (open > 0 && !is_punct(s[open - 1], "(") && j - open < 8) --open;
      if (open == 0) break;
      j = open - 1;
    }
    if (j == 0 || !is_name_token(s[j - 1])) break;
    const std::size_t first = name_run_start(s, j - 1);
    const auto mention = analyse_run(s, first, j);
    if (!mention) break;
    const int person = resolver.person_for(*mention, nullptr);
    if (person < 0) break;
    co_subjects.push_back(person);
    i = first;
  }
  first_name = i;
  return co_subjects;
}

// "Merrill Lynch economists Raymond Stone and Ward McCarthy said": a plural role noun right before
// the first of coordinated names (with the organisation before it) is the role of each of them
// that has none.
void share_plural_role(Resolver& resolver, const Sentence& s, std::size_t first_name, int subject,
                       const std::vector<int>& co_subjects) {
  if (co_subjects.empty() || first_name == 0 || !is_word(s[first_name - 1])) return;
  const std::string_view plural = lower(s[first_name - 1]);
  if (plural.size() < 4 || !plural.ends_with('s') ||
      !lexicon::is_role_word(plural.substr(0, plural.size() - 1)))
    return;
  // The plural noun with the organisation's name before it.
  std::size_t from = first_name - 1;
  while (from > 0 && first_name - from < 5 && is_name_token(s[from - 1])) --from;
  std::vector<std::string> words;
  for (std::size_t t = from; t < first_name; ++t) words.push_back(std::string(s[t].text));
  const std::string role = join_words(words);
  for (const int person : co_subjects) {
    if (resolver.record(person).role.empty()) resolver.record(person).role = role;
  }
  if (resolver.record(subject).role.empty()) resolver.record(subject).role = role;
}

// A part of a time stamp: digits ("00", "15") or the colon between them.
bool is_time_part(const Token& token) {
  if (is_punct(token, ":")) return true;
  return is_word(token) && std::all_of(token.text.begin(), token.text.end(),
                                       [](char c) { return c >= '0' && c <= '9'; });
}

// "Her mother, Deborah Dunleavy, said": an aside that is a full name is the subject itself; the
// descriptor before it ("Her coach") gives the role.
int named_aside(Resolver& resolver, const Sentence& s, std::size_t k, std::size_t j) {
  if (j <= k || !is_name_token(s[k])) return -1;
  for (std::size_t t = k; t < j; ++t) {
    if (!is_name_token(s[t]) && !lexicon::is_name_particle(s[t].text)) return -1;
  }
  const auto mention = analyse_run(s, k, j);
  if (!mention || mention->name.size() < 2) return -1;
  // The words before the opening comma; a plural possessive's apostrophe, which the tokenizer
  // keeps apart ("the magistrates' court"), goes back onto its word.
  std::vector<std::string> descriptor_words;
  std::size_t t = k - 1;
  for (; t > 0 && descriptor_words.size() < 12; --t) {
    const bool apostrophe = (is_punct(s[t - 1], "'") || is_punct(s[t - 1], "\xE2\x80\x99")) &&
                            t > 1 && is_word(s[t - 2]) && s[t - 2].text.ends_with("s");
    if (apostrophe) {
      --t;
      descriptor_words.insert(descriptor_words.begin(),
                              std::string(s[t - 1].text) + std::string(s[t].text));
    } else if (is_word(s[t - 1])) {
      descriptor_words.insert(descriptor_words.begin(), std::string(s[t - 1].text));
    } else {
      break;
    }
  }
  // "Her coach, Ruben Alcott": a possessive or a role noun before the name. "The developer,
  // Greyfield Renewables" is an organisation introduced the same way: neither.
  const bool possessive =
      !descriptor_words.empty() && (lower_ascii(descriptor_words.front()) == "her" ||
                                    lower_ascii(descriptor_words.front()) == "his" ||
                                    lower_ascii(descriptor_words.front()) == "their");
  // "In a panel discussion in Washington, Marc H. Morial, the chief executive ..., told": the
  // comma closes an introductory phrase, and the name is the subject. A live page's time stamp
  // may come first ("11:34 Outside the court, X, whose ..., said").
  static constexpr std::string_view kIntroductory[] = {
      "in",    "on",    "at",      "after",   "during", "before",   "outside", "inside",
      "near",  "from",  "with",    "under",   "across", "behind",   "beside",  "amid",
      "among", "since", "despite", "earlier", "later",  "speaking", "asked",   "afterwards"};
  std::size_t opening = t;  // the descriptor's first token
  while (opening > 0 && is_time_part(s[opening - 1])) --opening;
  while (!descriptor_words.empty() &&
         std::all_of(descriptor_words.front().begin(), descriptor_words.front().end(),
                     [](char c) { return c >= '0' && c <= '9'; }))
    descriptor_words.erase(descriptor_words.begin());
  // One word opening the sentence is an introductory adverb too ("Backstage, X, who ..., said").
  const bool introductory =
      !descriptor_words.empty() && opening == 0 &&
      (descriptor_words.size() == 1 ||
       std::find(std::begin(kIntroductory), std::end(kIntroductory),
                 lower_ascii(descriptor_words.front())) != std::end(kIntroductory));
  if (introductory) return resolver.person_for(*mention, nullptr);
  if (!possessive && !has_role_word(join_words(descriptor_words))) return -1;
  std::string role = appositive_role(descriptor_words);
  return resolver.person_for(*mention, role.empty() ? nullptr : &role);
}

// A comma or a dash (en, em, or a spaced hyphen), which bound asides.
bool is_aside_mark(const Token& token) {
  return is_comma(token) || is_punct(token, "\xE2\x80\x93") || is_punct(token, "\xE2\x80\x94") ||
         is_punct(token, "-");
}

// The comma that opens an appositive running up to token `end` (exclusive) with no closing
// comma: a name just before the comma, and only words (no quote, no sentence end) after it.
std::optional<std::size_t> unclosed_appositive(const Sentence& s, std::size_t end) {
  constexpr std::size_t kLongestAside = 20;
  for (std::size_t c = end; c > 1 && end - c < kLongestAside; --c) {
    const Token& token = s[c - 1];
    if (is_comma(token)) {
      if (c >= end || !is_name_token(s[c - 2])) return std::nullopt;
      return c - 1;
    }
    if (!is_word(token) && !is_punct(token, "'") && !is_punct(token, "\xE2\x80\x99"))
      return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

int subject_before(Resolver& resolver, std::size_t paragraph, const Sentence& s, std::size_t last,
                   std::string* role_out) {
  // Find the run that ends at `last`.
  if (!is_word(s[last])) return -1;
  const std::string_view word = lower(s[last]);
  if (auto gender = lexicon::person_pronoun(word))
    return resolver.resolve_pronoun(paragraph, *gender);
  if (is_name_token(s[last])) {
    const std::size_t first = name_run_start(s, last);
    const auto mention = analyse_run(s, first, last + 1);
    if (!mention) return -1;
    // "The office of Attorney General X said", "a spokesman for X said", "sources close to X
    // said", "an adviser to X said": X is not the speaker.
    if (first > 1 && is_word(s[first - 1]) && is_word(s[first - 2]) &&
        !is_upper_start(s[first - 2].text)) {
      const std::string_view before = lower(s[first - 1]);
      if (before == "of" || before == "for") {
        resolver.unnamed_subject();
        return -1;
      }
      static constexpr std::string_view kCloseTo[] = {
          "close", "closer", "near", "aide", "adviser", "advisor", "counsel", "loyal", "allied"};
      if (before == "to" && std::find(std::begin(kCloseTo), std::end(kCloseTo),
                                      lower(s[first - 2])) != std::end(kCloseTo)) {
        resolver.unnamed_subject();
        return -1;
      }
    }
    return resolver.person_for(*mention, role_out);
  }
  // "the minister", "the Tottenham striker", "the 25-year-old"
  return resolver.resolve_descriptor(s, last);
}

int subject_after(Resolver& resolver, std::size_t paragraph, const Sentence& s, std::size_t first) {
  if (first >= s.size() || !is_word(s[first])) return -1;
  const std::string_view word = lower(s[first]);
  if (auto gender = lexicon::person_pronoun(word))
    return resolver.resolve_pronoun(paragraph, *gender);
  std::size_t start = first;
  if (is_determiner(word)) {
    // "said the minister" / "said the Russian Foreign Minister Sergey Lavrov"
    std::size_t end = first + 1;
    while (end < s.size() && is_word(s[end]) && end - first < 8) ++end;
    // Only the runs that start in (first, end) matter: scanning from the determiner, which is no
    // particle, finds the same ones as scanning the whole sentence, at a cost bounded by the
    // window (a whole-sentence scan per cue was quadratic in a sentence without full stops).
    const auto runs = capitalised_runs(s, first, end);
    for (auto [rf, re] : runs) {
      if (rf > first && rf < end) {
        const auto mention = analyse_run(s, first, re);
        // "said the Rev. Peter Wherry": an honorific after the determiner names a person too.
        if (mention && (!mention->role.empty() || mention->honorific))
          return resolver.person_for(*mention, nullptr);
      }
    }
    std::size_t last = first + 1;
    while (last + 1 < s.size() && is_word(s[last + 1]) &&
           !lexicon::speech_cue(lower(s[last + 1])) && last - first < 4)
      ++last;
    return resolver.resolve_descriptor(s, std::min(last, s.size() - 1), first);
  }
  // "noted NBC's Dante Chinni", "says Barclays' Rhiannon Dace", "said Tata Steel's Vikram
  // Raghunathan": an organisation's possessive (ending a run of a few words) before the name is
  // whom the person speaks for. The tokenizer keeps a closing apostrophe apart ("Barclays" "'").
  std::string affiliation;
  for (std::size_t t = start; t + 1 < s.size() && t - start < 4 && is_name_token(s[t]); ++t) {
    std::size_t name_at = 0;
    if (is_possessive_name(s[t].text)) {
      name_at = t + 1;
    } else if (s[t].text.ends_with("s") && t + 2 < s.size() &&
               (is_punct(s[t + 1], "'") || is_punct(s[t + 1], "\xE2\x80\x99"))) {
      name_at = t + 2;
    }
    if (name_at == 0 || !is_name_token(s[name_at])) continue;
    std::vector<std::string> organisation;
    for (std::size_t u = start; u <= t; ++u) organisation.push_back(std::string(s[u].text));
    organisation.back() = strip_possessive(organisation.back());
    affiliation = join_words(organisation);
    start = name_at;
    break;
  }
  // "said analyst Jason Kenney", "said Unilever UK chief executive Bram Oostveen": the words
  // before the name are its role; with an organisation before the role words, the whole phrase
  // (affiliation_of_role reads the organisation from it).
  std::string lead_role;
  if (affiliation.empty() && is_name_token(s[start])) {
    std::size_t run_end = start + 1;
    while (run_end < s.size() && is_name_token(s[run_end]) && run_end - start < 5) ++run_end;
    std::size_t name_at = run_end;
    bool role_word = false;
    while (name_at < s.size() && name_at - run_end < 4 && is_word(s[name_at]) &&
           !is_name_token(s[name_at]) && !lexicon::speech_cue(lower(s[name_at]))) {
      role_word |= lexicon::is_role_word(lower(s[name_at]));
      ++name_at;
    }
    // "said EEF chief economist, Steve Radley": a comma between the role and the name.
    const bool comma = role_word && name_at + 1 < s.size() && is_comma(s[name_at]) &&
                       lexicon::is_role_word(lower(s[name_at - 1]));
    if (role_word && name_at > run_end && name_at + comma < s.size() &&
        is_name_token(s[name_at + comma])) {
      for (std::size_t t = start; t < name_at; ++t)
        lead_role += (lead_role.empty() ? "" : " ") + std::string(s[t].text);
      start = name_at + comma;
    }
  }
  // "said analyst Jason Kenney", "said race director Matthew Turnbull": role words first.
  const bool role_read = !lead_role.empty();
  while (!role_read && start < s.size() && start - first < 3 && is_word(s[start]) &&
         !is_name_token(s[start]) && !lexicon::is_capitalised_function_word(s[start].text) &&
         !lexicon::speech_cue(lower(s[start]))) {
    lead_role += (lead_role.empty() ? "" : " ") + std::string(s[start].text);
    ++start;
  }
  // "said EEF chief economist, Steve Radley": a comma between the role and the name.
  if (!role_read && !lead_role.empty() && start + 1 < s.size() && is_comma(s[start]) &&
      is_name_token(s[start + 1]) && lexicon::is_role_word(lower(s[start - 1])))
    ++start;
  if (start >= s.size() || !is_name_token(s[start])) return -1;
  std::size_t end = start + 1;
  while (end < s.size() &&
         (is_name_token(s[end]) || (is_word(s[end]) && lexicon::is_name_particle(s[end].text) &&
                                    end + 1 < s.size() && is_name_token(s[end + 1]))))
    ++end;
  // "says Standard Meridian's research team": the possessed noun speaks, not the name.
  if (is_possessive_name(s[end - 1].text) && end < s.size() && is_word(s[end]) &&
      !is_name_token(s[end]))
    return -1;
  const auto mention = analyse_run(s, start, end);
  if (!mention) return -1;
  // "wrote Cameron Easley for Morning Consult": an affiliation after the name.
  if (affiliation.empty() && end + 1 < s.size() && is_word(s[end]) &&
      (lower(s[end]) == "for" || lower(s[end]) == "of" || lower(s[end]) == "at") &&
      is_name_token(s[end + 1])) {
    std::size_t org_end = end + 1;
    while (org_end < s.size() && is_name_token(s[org_end]) && org_end - end <= 4) ++org_end;
    for (std::size_t t = end + 1; t < org_end; ++t)
      affiliation += (affiliation.empty() ? "" : " ") + std::string(s[t].text);
  }
  // "said Ilse Marwitz, O2's head of devices": a role in an appositive after the name.
  if (lead_role.empty()) lead_role = appositive_after(s, end);
  const int person = resolver.person_for(*mention, lead_role.empty() ? nullptr : &lead_role);
  if (person >= 0 && !affiliation.empty() && resolver.record(person).affiliation.empty())
    resolver.record(person).affiliation = affiliation;
  // "said Victor Cha, who served as ...": only people are introduced with "who".
  if (person >= 0 && end + 1 < s.size() && is_comma(s[end]) && is_word(s[end + 1]) &&
      lower(s[end + 1]) == "who")
    resolver.record(person).relative_clause = true;
  return person;
}

Subject find_subject(Resolver& resolver, std::size_t paragraph, const Sentence& s, std::size_t v) {
  Subject subject;
  // "Mr Gates is said to be ...", "was told": a passive cue reports no speech by its subject.
  if (v > 0 && is_word(s[v - 1])) {
    const std::string_view before = lower(s[v - 1]);
    if (before == "is" || before == "was" || before == "are" || before == "were" ||
        before == "been" || before == "be" || before == "being")
      return subject;
  }
  std::size_t i = skip_auxiliaries(s, v);
  if (i == 0) return subject;
  // Up to three comma-bounded asides between subject and verb: "Giulia Marchetti, 21, a student,
  // said", "Smith, who was speaking in Leeds, said", "Her coach, Ruben Alcott, said".
  std::string aside_role;
  bool relative_clause = false;
  bool which_clause = false;  // "Kestrel Hydro, which operates four dams, said": a thing
  // "The line will reach the harbour, Marta Quill, the transport director, said.": a name between
  // commas before the asides is the subject itself when nothing before it is (its first token).
  std::optional<std::size_t> name_aside_start;
  std::size_t name_aside_end = 0;
  // Dashes bound an aside as commas do ("Sunita Rajbhandari – the founder of ... – said"); a
  // who-clause may run to 40 tokens.
  for (int asides = 0; asides < 3 && i > 0 && is_aside_mark(s[i - 1]); ++asides) {
    const std::size_t j = i - 1;  // the mark that closes the aside
    std::size_t k = j;
    while (k > 0 && !is_aside_mark(s[k - 1]) && j - k < 40 && s[k - 1].kind != Token::Kind::kQuote)
      --k;
    if (k == 0 || !is_aside_mark(s[k - 1])) break;  // no opening mark: the comma ends the subject
    if (const int named = named_aside(resolver, s, k, j); named >= 0) {
      subject.person = named;
      return subject;
    }
    if (!name_aside_start && asides > 0 && is_comma(s[k - 1]) &&
        std::all_of(s.begin() + static_cast<std::ptrdiff_t>(k),
                    s.begin() + static_cast<std::ptrdiff_t>(j), [](const Token& token) {
                      return is_name_token(token) || lexicon::is_name_particle(token.text);
                    })) {
      name_aside_start = k;
      name_aside_end = j;
    }
    std::vector<std::string> aside;
    for (std::size_t t = k; t < j; ++t) aside.push_back(std::string(s[t].text));
    if (!aside.empty() &&
        (lower_ascii(aside.front()) == "who" || lower_ascii(aside.front()) == "whose")) {
      relative_clause = true;
    } else if (!aside.empty() && lower_ascii(aside.front()) == "which") {
      which_clause = true;
    } else if (aside_role.empty()) {
      aside_role = appositive_role(aside);
    }
    i = k;  // s[i - 1] is now the opening comma, which may close another aside
  }
  if (i > 0 && is_aside_mark(s[i - 1])) --i;
  // "Jim Jordan (R-Ohio), an oversight panel member, said": a parenthesis before the asides.
  if (i > 0 && is_punct(s[i - 1], ")")) i = skip_auxiliaries(s, i);
  if (i == 0) return subject;
  // "Donald Trump ... bemoaned the unrest and said he ...": the verb shares the sentence's
  // subject.
  if (is_word(s[i - 1]) && (lower(s[i - 1]) == "and" || lower(s[i - 1]) == "but")) {
    subject.person = first_subject(resolver, paragraph, s, i - 1);
    return subject;
  }
  // "Stevie Wonder, who joked of the museum, '...'": in a who-clause, the name before it speaks.
  if (i >= 3 && is_word(s[i - 1]) && lower(s[i - 1]) == "who" && is_comma(s[i - 2]) &&
      is_name_token(s[i - 3])) {
    subject.person = subject_before(resolver, paragraph, s, i - 3, nullptr);
    if (subject.person >= 0) {
      resolver.record(subject.person).relative_clause = true;
      subject.start = name_run_start(s, i - 3);
      subject.in_who_clause = true;
    }
    return subject;
  }
  std::string organisation;
  if (aside_role.empty()) i = affiliation_after_name(s, i, organisation);
  const Token& last = s[i - 1];
  if (!is_word(last)) return subject;
  const std::string_view w = lower(last);
  if (w == "i" || w == "we" || w == "they" || w == "it" || w == "you") return subject;
  subject.person =
      subject_before(resolver, paragraph, s, i - 1, aside_role.empty() ? nullptr : &aside_role);
  if (subject.person >= 0 && !organisation.empty() && !lexicon::is_place_name(organisation) &&
      resolver.record(subject.person).affiliation.empty())
    resolver.record(subject.person).affiliation = organisation;
  // "Kwame Mensah-Bonsu, the general secretary of the Transport Salaried Staffs' Association
  // said": an appositive whose closing comma is missing; the name is before its opening comma.
  if (subject.person < 0 && aside_role.empty()) {
    if (const auto open = unclosed_appositive(s, i)) {
      std::vector<std::string> aside;
      for (std::size_t t = *open + 1; t < i; ++t) aside.push_back(std::string(s[t].text));
      std::string role = appositive_role(aside);
      if (!role.empty()) {
        const int named = subject_before(resolver, paragraph, s, *open - 1, &role);
        if (named >= 0) {
          subject.person = named;
          subject.start = name_run_start(s, *open - 1);
          return subject;
        }
      }
    }
  }
  if (subject.person < 0 && name_aside_start && !aside_role.empty() && name_aside_end > 0) {
    const int named = subject_before(resolver, paragraph, s, name_aside_end - 1, &aside_role);
    if (named >= 0) {
      subject.person = named;
      subject.start = *name_aside_start;
      return subject;
    }
  }
  // Only people are introduced with "who": organisations take "which".
  if (subject.person >= 0 && relative_clause)
    resolver.record(subject.person).relative_clause = true;
  if (subject.person >= 0 && which_clause) resolver.record(subject.person).which_clause = true;
  subject.start = is_name_token(s[i - 1]) ? name_run_start(s, i - 1) : i - 1;
  if (subject.person >= 0 && is_name_token(s[i - 1])) {
    std::size_t first_name = subject.start;
    subject.co_subjects = collect_co_subjects(resolver, s, subject.start, first_name);
    share_plural_role(resolver, s, first_name, subject.person, subject.co_subjects);
  }
  return subject;
}

namespace {

// Words that open an adverbial phrase before a sentence's subject ("During the debate, ...",
// "Earlier on Monday, ..."); the phrase runs to the first comma.
bool opens_adverbial(std::string_view word) {
  static constexpr std::string_view kOpeners[] = {
      "during",    "after", "before",     "at",        "in",         "on",
      "earlier",   "later", "outside",    "inside",    "speaking",   "since",
      "following", "last",  "this",       "meanwhile", "separately", "yesterday",
      "today",     "from",  "throughout", "despite",   "amid"};
  return std::find(std::begin(kOpeners), std::end(kOpeners), word) != std::end(kOpeners);
}

int first_subject_from(Resolver& resolver, std::size_t paragraph, const Sentence& s,
                       std::size_t from, std::size_t before);

}  // namespace

int salient_subject(Resolver& resolver, std::size_t paragraph, const Sentence& s) {
  int subject = first_subject(resolver, paragraph, s, s.size());
  if (subject >= 0) return subject;
  constexpr std::size_t kMaxOpenerTokens = 12;
  if (!s.empty() && is_word(s[0]) && opens_adverbial(lower(s[0]))) {
    for (std::size_t k = 1; k < s.size() && k <= kMaxOpenerTokens; ++k) {
      if (s[k].kind == Token::Kind::kQuote || ends_sentence(s[k])) break;
      if (is_comma(s[k])) return first_subject_from(resolver, paragraph, s, k + 1, s.size());
    }
  }
  // A person introduced with a role appositive: the last one of the sentence.
  for (std::size_t end = s.size(); end > 1; --end) {
    if (!is_comma(s[end - 1]) || !is_name_token(s[end - 2])) continue;
    const std::size_t first = name_run_start(s, end - 2);
    std::string role = appositive_after(s, end - 1);
    if (role.empty()) continue;
    const auto mention = analyse_run(s, first, end - 1);
    if (!mention || mention->name.size() < 2) continue;
    return resolver.person_for(*mention, &role);
  }
  return -1;
}

int first_subject(Resolver& resolver, std::size_t paragraph, const Sentence& s,
                  std::size_t before) {
  return first_subject_from(resolver, paragraph, s, 0, before);
}

namespace {

int first_subject_from(Resolver& resolver, std::size_t paragraph, const Sentence& s,
                       std::size_t from, std::size_t before) {
  // "But Chelsea manager Jose Mourinho ..." yes; "The 22-year-old pipped Maurice Greene" no: past
  // "pipped" names are objects.
  const std::size_t limit = std::min(before, s.size());
  std::size_t i = from;
  // "00:15 Cojocaru has just spoken ...": a live page's time stamp before the subject.
  while (i < limit && is_time_part(s[i])) ++i;
  while (i < limit) {
    const Token& token = s[i];
    if (!is_word(token)) {
      if (is_comma(token)) {
        ++i;
        continue;
      }
      return -1;
    }
    if (auto gender = lexicon::person_pronoun(lower(token)))
      return resolver.resolve_pronoun(paragraph, *gender);
    if (is_name_token(token) && !lexicon::is_capitalised_function_word(token.text)) {
      std::size_t end = i + 1;
      while (end < s.size() &&
             (is_name_token(s[end]) || (lexicon::is_name_particle(s[end].text) &&
                                        end + 1 < s.size() && is_name_token(s[end + 1]))))
        ++end;
      const auto mention = analyse_run(s, i, end);
      if (mention && !mention->organisation && !mention->determiner) {
        if (PersonRecord* person = resolver.people().resolve(*mention))
          return resolver.index_of(person);
      }
      // An organisation or a place as the subject: nobody to refer back to.
      if (mention && (mention->organisation || lexicon::is_place_name(join_words(mention->name))))
        return -1;
      i = end;
      continue;
    }
    const std::string_view w = lower(token);
    // "Democratic presidential nominee Hillary Clinton": modifiers of a role noun are allowed
    // too.
    const bool modifies_role =
        i + 1 < s.size() && is_word(s[i + 1]) && lexicon::is_role_word(lower(s[i + 1]));
    if (is_determiner(w) || lexicon::is_role_word(w) ||
        lexicon::is_capitalised_function_word(token.text) || token.text.ends_with("'s") ||
        modifies_role) {
      ++i;
      continue;
    }
    return -1;
  }
  return -1;
}

}  // namespace

}  // namespace news::quotes
