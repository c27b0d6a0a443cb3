// The metric of the article-extraction benchmark (scrapinghub/article-extraction-benchmark,
// evaluate.py), with which eval-body and the integration test score the HTML reader's body:
//  - tokens are the runs of Python's \w (bench/word_chars.h), case kept;
//  - a text's shingles are the multiset of its windows of 4 consecutive tokens; a text of 1 to 3
//    tokens has one shingle of all of them, an empty text none;
//  - per page, over the two multisets: tp = the shingles both hold (the smaller count of each),
//    fp = the extra predicted ones, fn = the missed gold ones; the three are then scaled to sum 1
//    (when any is non-zero), so that a long article weighs no more than a short one;
//  - a page's precision is 1 when fp = fn = 0, 0 when tp = fp = 0, else tp / (tp + fp); its recall
//    likewise with fn. Precision is the mean over the pages with tp + fp > 0 (a page with nothing
//    predicted does not count), recall the mean over the pages with tp + fn > 0; F1 = 2PR / (P + R)
//    of the two means (not a mean of per-page F1).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace news::body_eval {

// The tokens of `text` (UTF-8), in order, as Python's re.findall(r'\w+', text) gives them. A byte
// that is not part of valid UTF-8 is not a word character: it ends a token. The views point into
// `text`.
std::vector<std::string_view> tokenize(std::string_view text);

// The multiset of shingles of `text`: each key is a shingle's tokens joined by one space (never a
// word character, so distinct shingles have distinct keys), mapped to how often it occurs.
using Shingles = std::unordered_map<std::string, std::size_t>;
Shingles shingles(std::string_view text);

// One page's match of predicted against gold shingles, scaled so that tp + fp + fn is 1 (or all
// zero when neither text has a token).
struct Match {
  double tp = 0;
  double fp = 0;
  double fn = 0;
};

// Matches the shingles of `predicted` against those of `gold`.
Match match_texts(std::string_view gold, std::string_view predicted);

// A page's precision and recall as evaluate.py defines them (see the top of this file), and their
// harmonic mean (0 when both are 0), which eval-body shows per page.
double page_precision(const Match& match);
double page_recall(const Match& match);
double page_f1(const Match& match);

// Whether a page counts in the precision mean (tp + fp > 0) and in the recall mean (tp + fn > 0).
bool counts_for_precision(const Match& match);
bool counts_for_recall(const Match& match);

// The averages over a group of pages (a set, a part of a set, or several sets).
struct Totals {
  std::size_t pages = 0;
  std::size_t empty = 0;  // pages where the reader found no body
  double precision_sum = 0;
  std::size_t precision_pages = 0;
  double recall_sum = 0;
  std::size_t recall_pages = 0;

  // Adds one page; `empty` says the reader found no body in it.
  void add(const Match& match, bool empty);
  // Adds every page of `other`.
  void add(const Totals& other);
  // The mean precision and recall over the pages that count for them (0 when none does), and F1
  // of the two (0 when both are 0).
  double precision() const;
  double recall() const;
  double f1() const;
};

}  // namespace news::body_eval
