#include "extract/quotes/attribution.h"

#include <algorithm>
#include <optional>
#include <utility>

#include "common/strings.h"
#include "extract/quotes/inheritance.h"
#include "extract/quotes/lexicon.h"
#include "extract/quotes/names.h"
#include "extract/quotes/resolution.h"
#include "extract/quotes/subjects.h"

namespace news::quotes {

void Attributions::assign_quote(std::size_t id, int speaker, const std::string& cue) {
  if (quotes[id].speaker >= 0) return;
  quotes[id].speaker = speaker;
  quotes[id].cue = cue;
  credit(speaker);
}

void Attributions::add_reported(ReportedSpeech speech) {
  const int speaker = speech.speaker;
  reported.push_back(std::move(speech));
  credit(speaker);
}

void Attributions::credit(int person) {
  if (person < 0) return;
  if (std::find(speakers.begin(), speakers.end(), person) == speakers.end())
    speakers.push_back(person);
}

namespace {

// The longest reported speech taken, in tokens (words and punctuation).
constexpr std::size_t kMaxReportedTokens = 150;

// True for a sentence most of whose words (three in four) start with a capital: a heading.
bool is_title_case(const Sentence& s) {
  std::size_t words = 0;
  std::size_t capitalised = 0;
  for (const Token& token : s) {
    if (!is_word(token)) continue;
    ++words;
    if (is_upper_start(token.text)) ++capitalised;
  }
  return words >= 3 && capitalised * 4 >= words * 3;
}

// Verbs of publishing and giving, whose "of" introduces what was published or given, not what
// was said: "posted a video of the flood", "reported a rise of 3%", "pledged $750m of his money".
bool publishes(std::string_view verb) {
  static constexpr std::string_view kStems[] = {"post",   "tweet", "report", "publish", "shar",
                                                "releas", "pledg", "promis", "agree"};
  return std::any_of(std::begin(kStems), std::end(kStems),
                     [verb](std::string_view stem) { return verb.starts_with(stem); });
}

// Verbs of promising and threatening ("pledged to", "vowed to"): with a to-infinitive they report
// a speech act, where "agreed to" or "decided to" report a decision.
bool promises(std::string_view verb) {
  static constexpr std::string_view kStems[] = {"pledg",  "promis", "vow",
                                                "threat", "swor",   "swear"};
  return std::any_of(std::begin(kStems), std::end(kStems),
                     [verb](std::string_view stem) { return verb.starts_with(stem); });
}

// True when the words after the verb carry reported content: a "that"-clause, an object and
// "of"/"that" for accuse-type verbs, or (for say-type verbs) at least three words.
bool has_content_after(const Sentence& s, std::size_t v, bool needs_clause) {
  std::size_t words = 0;
  for (std::size_t i = v + 1; i < s.size(); ++i) {
    // A quote after the verb is its content, for every kind of verb.
    if (s[i].kind == Token::Kind::kQuote) return true;
    if (!is_word(s[i])) {
      if (ends_sentence(s[i])) break;
      continue;
    }
    const std::string_view w = lower(s[i]);
    // Not "to": "agreed to pay" reports a decision, not speech. "of" gives the content of
    // "accused X of", "warned of", but not of "posted a video of".
    if (needs_clause && (w == "that" || w == "how" || w == "whether")) return true;
    if (needs_clause && w == "of" && !publishes(lower(s[v]))) return true;
    // "talked about bringing communities together", "spoke about the crash": the topic is the
    // content.
    if (needs_clause && w == "about" && i == v + 1 &&
        (lower(s[v]).starts_with("talk") || lower(s[v]).starts_with("spo") ||
         lower(s[v]).starts_with("speak")))
      return true;
    // "called for a ban", "calls for reducing the tax": a demand is speech.
    if (needs_clause && w == "for" && i == v + 1 && lower(s[v]).starts_with("call")) return true;
    // "pledged to push for an amendment", "vowed to appeal": a promise is speech too.
    if (needs_clause && w == "to" && i == v + 1 && promises(lower(s[v]))) return true;
    // "agreed to pay $1.5bn of the costs": a to-infinitive right after the verb is a decision,
    // whatever follows ("called on Congress to act" is still speech).
    if (needs_clause && w == "to" && i == v + 1) return false;
    ++words;
    if (!needs_clause && words >= 3) return true;
    if (needs_clause && words > 8) return false;
  }
  return false;
}

// The reported content after the cue at `v` (to the end of the sentence), as written.
std::string_view content_after(std::string_view paragraph, const Sentence& s, std::size_t v) {
  // Up to the end of the sentence, or to a direct quote the clause goes on to (", adding: "..."),
  // or kMaxReportedTokens on: real reported speech is far shorter, and without a bound a
  // "sentence" of thousands of cues (no full stop in a 32 MB file) costs time and memory in the
  // square of its length.
  const std::size_t end = std::min(s.size(), v + 1 + kMaxReportedTokens);
  std::size_t last = v + 1;
  while (last < end && !ends_sentence(s[last]) && s[last].kind != Token::Kind::kQuote) ++last;
  // Trailing punctuation goes, and a trailing cue with what introduces it (", adding", ", he
  // said", ", Smith said"); a cue word used as a noun stays ("held without charge").
  while (last > v + 1) {
    if (!is_word(s[last - 1])) {
      --last;
      continue;
    }
    if (!lexicon::speech_cue(lower(s[last - 1])) || last < v + 3) break;
    const Token& before = s[last - 2];
    if (is_comma(before)) {
      --last;
    } else if (is_word(before) &&
               (lexicon::person_pronoun(lower(before)) || is_upper_start(before.text))) {
      last -= 2;
    } else {
      break;
    }
  }
  if (last == v + 1) return "";
  std::string_view text = paragraph.substr(s[v + 1].begin, s[last - 1].end - s[v + 1].begin);
  text = trim(text);
  if (starts_with_ci(text, "that ")) text = trim(text.substr(5));
  return text;
}

// The reported content before a cue's subject ("The talks have failed, Smith said.", "...,
// said Smith, the minister."), as written. `end` is where the subject's part of the sentence
// starts: the inverted cue itself, or the first word of a subject before the cue (its role words
// aside), so that an appositive after the name ("..., Smith, the minister, said.") is not taken
// for the content.
std::string_view content_before(std::string_view paragraph, const Sentence& s, std::size_t end) {
  // The content starts the sentence and ends at the comma before `end`, at most
  // kMaxReportedTokens back (as for content_after).
  const std::size_t floor = end > kMaxReportedTokens + 1 ? end - kMaxReportedTokens - 1 : 0;
  std::size_t last = end;
  while (last > floor && !is_comma(s[last - 1])) --last;
  if (last <= 1 || !is_comma(s[last - 1]) || last - 1 > kMaxReportedTokens) return "";
  std::string_view text = paragraph.substr(s[0].begin, s[last - 2].end - s[0].begin);
  return trim(text);
}

// Does the clause before the subject at `subject` end with a comma or a quote, the subject's role
// words aside ("..., company spokesman Bjorn Lund said", "..., its chief executive Jo Bell said"),
// so that what comes before is what the subject said?
bool ends_content_before(const Sentence& s, std::size_t subject) {
  constexpr std::size_t kMaxRoleWords = 6;
  std::size_t k = subject;
  while (k > 0 && subject - k < kMaxRoleWords && is_word(s[k - 1])) {
    const std::string_view word = lower(s[k - 1]);
    if (word == "that" || word == "and" || word == "but" || word == "or" || word == "which" ||
        word == "who" || word == "as" || word == "when" || word == "while" || word == "if" ||
        lexicon::speech_cue(word) || lexicon::is_belief_verb(word))
      break;
    --k;
  }
  for (const std::size_t at : {subject, k}) {
    if (at > 2 &&
        (is_comma(s[at - 1]) || s[at - 1].kind == Token::Kind::kQuote || is_quote_mark(s[at - 1])))
      return true;
  }
  return false;
}

// Is the quote at token `q` attributed by the cue at `v`? Allowed between them: the subject,
// punctuation, "that", and the words of the cue's clause (at most a few).
bool quote_adjacent(const Sentence& s, std::size_t q, std::size_t v, bool inverted) {
  if (q > v) {
    // After the cue: `said: "..."`, `said, "..."`, `told reporters: "..."`, `adding that "..."`.
    // Past the most words allowed the answer is no: stop there, not at a quote far away.
    const std::size_t most = inverted ? 6u : 5u;
    std::size_t words = 0;
    for (std::size_t i = v + 1; i < q; ++i) {
      if (s[i].kind == Token::Kind::kQuote) return false;
      if (is_word(s[i]) && ++words > most) return false;
    }
    return true;
  }
  // Before: `"...," Lavrov said` / `"...," said the minister`: only the subject between. Read
  // back from the cue, so as to stop after 8 words.
  std::size_t words = 0;
  for (std::size_t i = v; i > q + 1; --i) {
    const Token& token = s[i - 1];
    if (token.kind == Token::Kind::kQuote || ends_sentence(token)) return false;
    if (is_word(token) && ++words > 8) return false;
  }
  return true;
}

// A cue found at a token, with the speaker its subject resolves to.
struct CueMatch {
  int speaker = -1;
  bool inverted = false;  // the subject follows the cue ("..., said Lavrov", "according to X")
  std::string word;       // the cue as written, or "according to"
};

// The state of one attribution pass while it walks the article in text order: who was last in
// subject or speaker position (in the resolver), the subject the last verb found, and the
// attributions so far, in the order made.
class AttributionWalk {
 public:
  // `paragraphs`, `quotes` and `people` as for attribute(); they must outlive the walk.
  AttributionWalk(const std::vector<std::string>& paragraphs, const std::vector<QuoteSpan>& quotes,
                  People& people)
      : paragraphs_(paragraphs), quotes_(quotes), resolver_(people) {
    result_.quotes.resize(quotes.size());
  }

  // Walks the article once, sentence by sentence, and hands over the result.
  Attributions run(const std::vector<std::vector<Sentence>>& sentences) {
    for (std::size_t p = 0; p < sentences.size(); ++p) {
      for (const auto& sentence : sentences[p]) attribute_sentence(p, sentence);
      inherit_unattributed(p, paragraphs_, quotes_, result_);
    }
    return std::move(result_);
  }

 private:
  void attribute_sentence(std::size_t paragraph, const Sentence& s);
  std::optional<CueMatch> match_cue(std::size_t paragraph, const Sentence& s, std::size_t v,
                                    int clause_subject, int sentence_speaker);
  void attribute_cue(std::size_t paragraph, const Sentence& s, std::size_t v, const CueMatch& cue,
                     const std::vector<std::size_t>& quotes_here);
  void attribute_signed_quotes(std::size_t paragraph, const Sentence& s,
                               const std::vector<std::size_t>& quotes_here);
  void add_reported(std::size_t paragraph, std::string_view text, const std::string& cue,
                    int speaker) {
    result_.add_reported({paragraph, text, cue, speaker});
  }

  const std::vector<std::string>& paragraphs_;
  const std::vector<QuoteSpan>& quotes_;
  Resolver resolver_;
  // The subject find_subject last found, kept across cues, sentences and paragraphs: a
  // participial or "according to" cue finds no subject of its own and reads this one's start
  // (the content-before test in attribute_cue), and the co-subjects of a verb whose cue was not
  // taken (tier B without a clause) stay until the next cue that is. That is how the extractor
  // has always behaved; each cue finding its own would change results.
  Subject last_subject_;
  // Whether the sentence being read is in title case (computed once per sentence: the test reads
  // the whole sentence).
  bool sentence_in_title_case_ = false;
  // Whether it holds a quote (computed once per sentence, as above: a check per cue would cost
  // the sentence's length per cue).
  bool sentence_has_quote_ = false;
  Attributions result_;
};

void AttributionWalk::attribute_sentence(std::size_t paragraph, const Sentence& s) {
  sentence_in_title_case_ = is_title_case(s);
  int sentence_speaker = -1;
  const std::size_t unnamed_before = resolver_.unnamed_subjects();
  std::vector<std::size_t> quotes_here;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i].kind == Token::Kind::kQuote) quotes_here.push_back(i);
  }
  sentence_has_quote_ = !quotes_here.empty();
  // Subjects of the sentence, for participial cues ("He accused ..., adding: ...").
  int clause_subject = -1;
  for (std::size_t v = 0; v < s.size(); ++v) {
    const std::optional<CueMatch> cue =
        match_cue(paragraph, s, v, clause_subject, sentence_speaker);
    if (!cue) continue;
    clause_subject = cue->speaker;
    sentence_speaker = cue->speaker;
    attribute_cue(paragraph, s, v, *cue, quotes_here);
  }
  attribute_signed_quotes(paragraph, s, quotes_here);
  // Quotes inside reported speech: "Lavrov said the US 'flew off the handle'".
  if (sentence_speaker >= 0) {
    for (std::size_t q : quotes_here) {
      const auto id = static_cast<std::size_t>(s[q].quote);
      if (result_.quotes[id].speaker < 0) result_.assign_quote(id, sentence_speaker, "");
    }
  }
  // A subject in this sentence makes the person salient for later pronouns: the sentence's
  // first, or the subject of an inverted belief verb ("Sales will slow, reckons Priya Dasgupta,
  // an analyst. "..." she said."), which is not speech itself.
  // Not when the speaker was someone unnamed ("A spokesman for Michael Howard said ..."): the
  // name in their description is not who "he" is next.
  if (sentence_speaker < 0 && resolver_.unnamed_subjects() == unnamed_before) {
    int subject = salient_subject(resolver_, paragraph, s);
    for (std::size_t v = 1; subject < 0 && v + 1 < s.size(); ++v) {
      if (is_comma(s[v - 1]) && is_word(s[v]) && lexicon::is_belief_verb(lower(s[v])))
        subject = subject_after(resolver_, paragraph, s, v + 1);
    }
    if (subject >= 0) resolver_.mark_salient(subject, paragraph);
  }
}

// The cue at token `v`, if it is one and its subject resolves to somebody: "according to X", a
// participle ("adding", "saying": the subject of the governing clause), or a speech verb with its
// subject before it or, inverted, after it.
std::optional<CueMatch> AttributionWalk::match_cue(std::size_t paragraph, const Sentence& s,
                                                   std::size_t v, int clause_subject,
                                                   int sentence_speaker) {
  if (!is_word(s[v])) return std::nullopt;
  // A capitalised word inside a sentence is a name's, not a verb ("Lagos State health
  // commissioner", "the Post reported"), unless the line is in title case, as subheadings are
  // ("Zoe Marlow Responds To Her Critics").
  if (v > 0 && is_upper_start(s[v].text) && !sentence_in_title_case_) return std::nullopt;
  const std::string_view w = lower(s[v]);
  CueMatch match{-1, false, std::string(s[v].text)};
  int& speaker = match.speaker;
  if (w == "according" && v + 1 < s.size() && lower(s[v + 1]) == "to") {
    speaker = subject_after(resolver_, paragraph, s, v + 2);
    match.word = "according to";
    match.inverted = true;
  } else if (auto cue = lexicon::speech_cue(w)) {
    if (cue->participle) {
      // "with leader Charles Kennedy saying ...": a name right before the participle.
      if (v > 0 && is_name_token(s[v - 1]))
        speaker = subject_before(resolver_, paragraph, s, v - 1);
      // "The Daily Bugle quoted chairman Jo Bell as saying ...": the object of "quoted" speaks.
      if (speaker < 0 && v >= 3 && is_word(s[v - 1]) && lower(s[v - 1]) == "as") {
        constexpr std::size_t kMaxObjectTokens = 8;
        for (std::size_t q = v - 2; q > 0 && v - q <= kMaxObjectTokens + 1; --q) {
          if (!is_word(s[q - 1])) break;
          const std::string_view verb = lower(s[q - 1]);
          if (verb == "quoted" || verb == "quotes" || verb == "quoting" || verb == "cited") {
            speaker = subject_after(resolver_, paragraph, s, q);
            break;
          }
        }
      }
      // "adding:", "saying": the subject of the governing clause.
      if (speaker < 0) speaker = clause_subject >= 0 ? clause_subject : sentence_speaker;
      if (speaker < 0) speaker = first_subject(resolver_, paragraph, s, v);
    } else {
      // "Andriessen will ask ministers to ...": speech to come is no attribution (its subject is
      // often inside what someone else said), unless it comes with its words, as a speech's text
      // released beforehand does ('"...," he will say').
      if (v > 0 && is_word(s[v - 1])) {
        const std::string_view modal = lower(s[v - 1]);
        const bool future = modal == "will" || modal == "shall" || modal == "may" ||
                            modal == "might" || modal == "must" || modal == "should";
        if (future && !sentence_has_quote_) return std::nullopt;
      }
      last_subject_ = find_subject(resolver_, paragraph, s, v);
      speaker = last_subject_.person;
      if (speaker < 0 && v + 1 < s.size() &&
          (v == 0 || is_comma(s[v - 1]) || s[v - 1].kind == Token::Kind::kQuote ||
           (v >= 1 && is_word(s[v - 1]) && lexicon::speech_cue(lower(s[v - 1]))))) {
        // Inverted: "..., said Lavrov" / "says Howard".
        speaker = subject_after(resolver_, paragraph, s, v + 1);
        match.inverted = speaker >= 0;
      }
      if (speaker < 0) return std::nullopt;
      // Tier B verbs report speech only with a clause or an object + "of": "accused X of"; or,
      // inverted, with the quote they follow ("...," reckons Njeri Kariuki).
      const bool after_quote = match.inverted && v > 0 && s[v - 1].kind == Token::Kind::kQuote;
      // "The group has turned around, analyst William Leach agreed.": the verb ends the sentence
      // and its content is the clause before the subject.
      const bool trailing = !match.inverted && (v + 1 == s.size() || ends_sentence(s[v + 1])) &&
                            last_subject_.start < v && ends_content_before(s, last_subject_.start);
      const bool needs_clause =
          cue->strength == lexicon::CueStrength::kReported || last_subject_.in_who_clause;
      if (needs_clause && !after_quote && !trailing && !has_content_after(s, v, true))
        return std::nullopt;
    }
  } else {
    return std::nullopt;
  }
  if (speaker < 0) return std::nullopt;
  return match;
}

// Attributes what the cue at `v` introduces: the quotes next to it, else the reported speech after
// it, or before it when inverted ("The talks have failed, Smith said.").
void AttributionWalk::attribute_cue(std::size_t paragraph, const Sentence& s, std::size_t v,
                                    const CueMatch& cue,
                                    const std::vector<std::size_t>& quotes_here) {
  const int speaker = cue.speaker;
  // "Johnnie Wilson said he had fought ...", "Quina Jones said as she ...": a he/she right
  // after the cue refers back to the speaker, which shows the speaker is a person.
  // "Acme Widgets said its sales ...": an "its" there shows a thing, an organisation.
  for (std::size_t k = v + 1; k < std::min(s.size(), v + 4); ++k) {
    if (!is_word(s[k])) continue;
    if (lexicon::person_pronoun(lower(s[k]))) {
      resolver_.record(speaker).pronoun_after_cue = true;
      break;
    }
    if (lower(s[k]) == "its") {
      resolver_.record(speaker).its_after_cue = true;
      break;
    }
  }
  resolver_.mark_salient(speaker, paragraph);
  // Direct: a quote next to the cue, after it ("said: "...") or before the subject ("...," X
  // said).
  bool direct = false;
  // quote_adjacent allows no quote between a quote and its cue: only the nearest quote on each
  // side can be next to it (trying every quote of the sentence cost their number per cue).
  const auto next = std::upper_bound(quotes_here.begin(), quotes_here.end(), v);
  const auto nearest_begin = next == quotes_here.begin() ? next : next - 1;
  const auto nearest_end = next == quotes_here.end() ? next : next + 1;
  for (auto q_at = nearest_begin; q_at != nearest_end; ++q_at) {
    const std::size_t q = *q_at;
    if (!quote_adjacent(s, q, v, cue.inverted)) continue;
    const auto id = static_cast<std::size_t>(s[q].quote);
    // A quote before the cue that an earlier cue already took ("X enthused: "..." She added that
    // ...") is not this cue's: its content is the clause after it.
    if (q < v && result_.quotes[id].speaker >= 0) continue;
    result_.assign_quote(id, speaker, cue.word);
    direct = true;
  }
  const std::string_view text = paragraphs_[paragraph];
  const std::size_t subject_start = last_subject_.start;
  // "..., said Marta Quill, the transport director.": after an inverted cue come the subject and
  // its appositive, not the content; the content is before, when the sentence has it.
  const std::string_view inverted_content =
      !direct && cue.inverted ? content_before(text, s, v) : std::string_view{};
  // "According to Helen Marchetti, the museum will ...": after an inverted cue with nothing
  // before it, the subject comes first and the content after the comma that ends it.
  std::size_t content_from = v;
  if (cue.inverted && inverted_content.empty()) {
    constexpr std::size_t kMaxSubjectTokens = 12;
    for (std::size_t k = v + 1; k < s.size() && k <= v + kMaxSubjectTokens; ++k) {
      if (ends_sentence(s[k]) || s[k].kind == Token::Kind::kQuote) break;
      if (is_comma(s[k])) {
        content_from = k;
        break;
      }
    }
  }
  if (!inverted_content.empty()) {
    add_reported(paragraph, inverted_content, cue.word, speaker);
  } else if (!direct && has_content_after(s, content_from, false)) {
    add_reported(paragraph, content_after(text, s, content_from), cue.word, speaker);
  } else if (!direct && subject_start < v && ends_content_before(s, subject_start)) {
    // "The talks have failed, Smith said." / "..., company spokesman Smith said." / "..., Smith,
    // the minister, said.": the content is before the subject.
    add_reported(paragraph, content_before(text, s, subject_start), cue.word, speaker);
  }
  // Coordinated subjects say the same: "Brown and Menendez suggested that ...".
  if (!direct) {
    for (int co_speaker : last_subject_.co_subjects) {
      add_reported(paragraph, content_after(text, s, v), cue.word, co_speaker);
    }
  }
  last_subject_.co_subjects.clear();
}

// P10, a quote signed with a dash: `"..." ― Sonya Herridge`, `"..." - Jo Bell, a nurse`.
void AttributionWalk::attribute_signed_quotes(std::size_t paragraph, const Sentence& s,
                                              const std::vector<std::size_t>& quotes_here) {
  for (std::size_t q : quotes_here) {
    const auto id = static_cast<std::size_t>(s[q].quote);
    if (result_.quotes[id].speaker >= 0 || q + 2 >= s.size() || !is_dash(s[q + 1]) ||
        !is_name_token(s[q + 2]))
      continue;
    std::size_t end = q + 3;
    while (end < s.size() && (is_name_token(s[end]) || lexicon::is_name_particle(s[end].text)))
      ++end;
    if (end < s.size() && !is_comma(s[end]) && !ends_sentence(s[end])) continue;
    const auto mention = analyse_run(s, q + 2, end);
    if (!mention || mention->organisation || mention->name.size() < 2) continue;
    const int signer = resolver_.person_for(*mention, nullptr);
    if (signer < 0) continue;
    resolver_.record(signer).signed_quote = true;
    result_.assign_quote(id, signer, "");
    resolver_.mark_salient(signer, paragraph);
  }
}

}  // namespace

Attributions attribute(const std::vector<std::string>& paragraphs,
                       const std::vector<QuoteSpan>& quotes,
                       const std::vector<std::vector<Sentence>>& sentences, People& people) {
  return AttributionWalk(paragraphs, quotes, people).run(sentences);
}

}  // namespace news::quotes
