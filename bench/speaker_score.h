// Scoring of the quote extractor (news::extract_quotes) against hand-made gold sets, following
// ../shared/docs/quotes.md, "Evaluation protocol and targets": the figures eval-speakers prints,
// computed by one piece of code. The unit is one (article, person quoted) pair; organisations and
// unnamed sources are not in the gold, so an extractor that outputs them as people is charged a
// false positive.
//
// Matching (the conventions the report and docs refer to):
//  - Names are normalised before comparison: curly apostrophes folded to ', lower-cased (ASCII and
//    accented Latin letters), whitespace collapsed, leading honorifics removed (Mr Mrs Ms Miss Dr
//    Sir Lord Lady Prof Professor Rev, with or without a dot, never the last token), and a
//    possessive 's removed from the last token.
//  - A predicted person's forms are its name, then its aliases; a gold person's forms are its name
//    and its aliases. A prediction refers to a gold person when one of its forms equals one of the
//    gold forms.
//  - A one-token form (a bare surname, "Mr Lavrov", a child's first name) refers to a gold person
//    also when it is the last token of that person's name, but it is used only when it refers to
//    exactly one of the article's gold people: a surname two gold people share matches nobody.
//  - Greedy one-to-one assignment: predictions in extractor order, each form in order (name first),
//    each gold person in gold order; the first gold person not yet taken wins. A second prediction
//    for an already matched person (an unmerged alias) is a false positive.
//
// Macro averages: each article's P = matched/predicted and R = matched/gold, averaged over all
// articles, with an empty set counting as vacuously right: no prediction gives P = 1, no gold
// person gives R = 1 (so an article with neither has P = R = 1, and an article where the
// extractor found nothing shows up in macro R, not in macro P).
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bench/gold_split.h"
#include "common/article.h"
#include "common/error.h"
#include "extract/text/reader.h"

namespace news::speaker_eval {

// A gold file or article text that cannot be read or parsed: the run would score the wrong thing,
// so it stops (eval-speakers exits 2) instead of skipping the article.
class InputError : public Error {
 public:
  using Error::Error;
};

// ---------------------------------------------------------------------------------------------
// Gold data

// One person quoted in a gold article, as the annotators wrote them.
struct GoldPerson {
  std::string name;
  std::vector<std::string> aliases;
  std::optional<std::string> role;  // nullopt: the gold says no role phrase is attached
  // Annotations only some sets have (corpus/ has none of them). Absent means unknown: such a
  // person is left out of the breakdown that needs the field instead of being counted as "no".
  std::optional<bool> direct;
  std::optional<bool> indirect;
  std::optional<std::vector<std::string>> attributed_by;
  std::optional<bool> multi_paragraph;
};

// One annotated article: where its text is, and everyone quoted in it.
struct GoldArticle {
  std::string file;                 // as the gold names it; what reports print
  std::filesystem::path text_path;  // where the text is read from
  std::string origin;               // "GOLD:LINE" or the .expected path, for error messages
  std::vector<GoldPerson> people;
};

// The articles of a JSONL gold set, in file order, each text_path being TEXTS_DIR/file. One
// article per non-blank line: {"file": "politics/001.txt", "people": [...], ...}. Fields other
// than file and people are ignored, so annotators may keep notes beside them. Throws InputError
// for an unreadable file, a malformed line or an article annotated twice.
std::vector<GoldArticle> load_gold_jsonl(const std::filesystem::path& gold_path,
                                         const std::filesystem::path& texts_dir);

// Which part of a gold set an article belongs to: bench/gold_split.h.
using news::gold_part;
using news::GoldPart;

// The gold of the project corpus: corpus/<slug>.expected beside corpus/<slug>.txt, in file-name
// order so that reports are stable from run to run. Throws InputError for an unreadable directory
// or .expected file.
std::vector<GoldArticle> load_corpus_gold(const std::filesystem::path& corpus_dir);

// The article exactly as the indexer would see it: decoded, then read by the plain-text reader.
// Throws InputError when the text cannot be read.
Article read_article(const GoldArticle& gold, const TextReaderOptions& reader_options);

// ---------------------------------------------------------------------------------------------
// Name and role normalisation

// The comparison key of a name (see "Matching" above); "" for no name.
std::string normalise_name(std::string_view name);

// A role's comparison key: lower case, folded apostrophes, single spaces, no leading article
// ("The returning officer" and "returning officer" are the same role).
std::string normalise_role(std::string_view role);

// The head noun of a role: its last word before any " of " or " for " complement ("medical
// director of Bramwick General" -> "director", "Russian Foreign Minister" -> "minister").
std::string role_head(std::string_view role);

// ---------------------------------------------------------------------------------------------
// Matching predicted people to gold people within one article

// Who matched whom in one article: one entry per prediction and one per gold person, indexes into
// the other list, nullopt for no partner.
struct MatchResult {
  std::vector<std::optional<std::size_t>> gold_of_predicted;  // per prediction: its gold index
  std::vector<std::optional<std::size_t>> predicted_of_gold;  // per gold person: its prediction
  std::size_t matched = 0;
};

// The greedy one-to-one assignment of "Matching" above, between one article's predictions (in
// extractor order) and its gold people (in gold order).
MatchResult match_people(const std::vector<Person>& predicted, const std::vector<GoldPerson>& gold);

// ---------------------------------------------------------------------------------------------
// Metrics

// A count of successes out of a total; the ratio is undefined (nullopt) when the total is 0.
struct Ratio {
  std::size_t hit = 0;
  std::size_t total = 0;

  void add(bool success) {
    ++total;
    if (success) ++hit;
  }
  std::optional<double> value() const {
    if (total == 0) return std::nullopt;
    return static_cast<double>(hit) / static_cast<double>(total);
  }
};

// One article's mistakes, by name, for the per-article error listing.
struct ArticleErrors {
  std::string file;
  std::vector<std::string> false_positives;  // predicted names with no gold partner
  std::vector<std::string> false_negatives;  // gold names nobody predicted
};

// Gold-person categories whose recall is broken out. Each is nullopt when no gold person of the
// set carries the field it needs, so a set without the annotation prints "n/a" rather than 0/0
// disguised as a result.
struct Breakdowns {
  std::optional<Ratio> direct;                      // has at least one direct quote
  std::optional<Ratio> indirect_only;               // indirect quotes and no direct one
  std::optional<Ratio> pronoun_or_descriptor_only;  // attributed_by within {pronoun, descriptor}
  std::optional<Ratio> surname_only;  // attributed_by within {surname, honorific-surname}
  std::optional<Ratio> multi_paragraph;
};

// The counts of a set, over the articles add_article has been given so far.
struct Summary {
  std::size_t articles = 0;
  std::size_t gold = 0;
  std::size_t predicted = 0;
  std::size_t matched = 0;
  double macro_precision_sum = 0;  // per-article P and R, summed; divided by articles when shown
  double macro_recall_sum = 0;
  Ratio exact_articles;  // predicted set equal to the gold set
  Breakdowns recall_by;
  Ratio role_exact;                   // over matched people with a gold role
  Ratio role_head;                    // same people, head nouns compared
  std::size_t extra_roles = 0;        // matched people given a role where the gold has none
  std::vector<ArticleErrors> errors;  // articles with at least one false positive or negative
};

// Matched / predicted over the whole set; nullopt when nothing was predicted.
std::optional<double> micro_precision(const Summary& s);

// Matched / gold over the whole set; nullopt when the set has no gold person.
std::optional<double> micro_recall(const Summary& s);

// The harmonic mean of micro precision and recall (0 when both are 0); nullopt when either is.
std::optional<double> micro_f1(const Summary& s);

// The mean of the per-article precisions (see "Macro averages" above); nullopt for no article.
std::optional<double> macro_precision(const Summary& s);

// The mean of the per-article recalls (see "Macro averages" above); nullopt for no article.
std::optional<double> macro_recall(const Summary& s);

// Scores one article's predictions against its gold people and adds them to the summary.
void add_article(Summary& s, const GoldArticle& gold, const std::vector<Person>& predicted);

}  // namespace news::speaker_eval
