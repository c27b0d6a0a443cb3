// The body metric (bench/body_score.h): the tokens Python's re.findall(r'\w+') gives, the 4-token
// shingles, the scaled per-page match and evaluate.py's averaging rules. Expected values were
// worked out by hand and, for the tokens, checked with python3.
#include "bench/body_score.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace news::body_eval {
namespace {

struct TokenCase {
  const char* name;
  std::string text;
  std::vector<std::string> tokens;
};

const TokenCase kTokenCases[] = {
    {"empty", "", {}},
    {"punctuation separates", "Hello, world!", {"Hello", "world"}},
    {"underscore and digits", "snake_case x1 2024", {"snake_case", "x1", "2024"}},
    {"case is kept", "ABC abc", {"ABC", "abc"}},
    {"apostrophe splits", "don't", {"don", "t"}},
    {"Latin letters beyond ASCII", "Zürich straße", {"Zürich", "straße"}},
    {"a combining mark ends a token", "e\u0301t\u00e9", {"e", "t\u00e9"}},
    {"Devanagari splits at vowel signs", "हिन्दी", {"ह", "न", "द"}},
    {"Hebrew points split", "שָׁלוֹם", {"ש", "לו", "ם"}},
    {"Arabic letters", "مرحبا", {"مرحبا"}},
    {"numbers with a value: subscripts, fractions, Roman numerals", "CO₂ ½ Ⅻ", {"CO₂", "½", "Ⅻ"}},
    {"circled digits are numbers", "①②", {"①②"}},
    {"circled letters are symbols", "Ⓐ ⓑ", {}},
    {"CJK ideographs run on", "東京都 2024年", {"東京都", "2024年"}},
    {"no-break space separates", "a\u00a0b", {"a", "b"}},
    {"zero-width space separates", "a\u200bb", {"a", "b"}},
    {"an invalid byte separates", std::string("ab\xff") + "cd", {"ab", "cd"}},
    {"a truncated sequence separates", "ab\xc3", {"ab"}},
};

TEST(BodyScore, TokensAreRunsOfPythonWordCharacters) {
  for (const auto& c : kTokenCases) {
    SCOPED_TRACE(c.name);
    std::vector<std::string> got;
    for (auto token : tokenize(c.text)) got.emplace_back(token);
    EXPECT_EQ(got, c.tokens);
  }
}

struct ShingleCase {
  const char* name;
  std::string text;
  Shingles shingles;
};

const ShingleCase kShingleCases[] = {
    {"empty text: none", "", {}},
    {"only punctuation: none", "-- !", {}},
    {"one token: one shingle", "one", {{"one", 1}}},
    {"three tokens: one shingle of all", "one, two; three", {{"one two three", 1}}},
    {"four tokens: one window", "a b c d", {{"a b c d", 1}}},
    {"five tokens: two windows", "a b c d e", {{"a b c d", 1}, {"b c d e", 1}}},
    {"repeats are counted", "x x x x x x", {{"x x x x", 3}}},
};

TEST(BodyScore, ShinglesAreWindowsOfFourTokens) {
  for (const auto& c : kShingleCases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(shingles(c.text), c.shingles);
  }
}

struct MatchCase {
  const char* name;
  std::string gold;
  std::string predicted;
  Match match;  // scaled
  double precision;
  double recall;
  bool counts_for_precision;
  bool counts_for_recall;
};

// {name, gold, predicted, {tp, fp, fn}, precision, recall, counts for P, counts for R}
const MatchCase kMatchCases[] = {
    {"identical", "a b c d e", "a b c d e", {1, 0, 0}, 1, 1, true, true},
    {"separators do not matter", "a, b.\n\nc d (e)", "a b c d e", {1, 0, 0}, 1, 1, true, true},
    {"half the gold found", "a b c d e", "a b c d", {0.5, 0, 0.5}, 1, 0.5, true, true},
    {"extra text predicted", "a b c d", "a b c d e", {0.5, 0.5, 0}, 0.5, 1, true, true},
    {"extra repeats", "x x x x x", "x x x x x x x", {0.5, 0.5, 0}, 0.5, 1, true, true},
    {"case matters", "The Cat", "the cat", {0, 0.5, 0.5}, 0, 0, true, true},
    // Nothing predicted: recall 0, and the page is left out of the precision mean.
    {"empty prediction", "a b c d e", "", {0, 0, 1}, 0, 0, false, true},
    // No gold: precision 0, and the page is left out of the recall mean.
    {"empty gold", "", "a b c d e", {0, 1, 0}, 0, 0, true, false},
    {"both empty: in neither mean", "", "", {0, 0, 0}, 1, 1, false, false},
    {"short texts: one shingle", "Breaking news", "Breaking news", {1, 0, 0}, 1, 1, true, true},
    {"non-ASCII",
     "Grüße aus Köln und Zürich",
     "Grüße aus Köln und Bern",
     {1. / 3, 1. / 3, 1. / 3},
     0.5,
     0.5,
     true,
     true},
};

TEST(BodyScore, PageMatchIsScaledToOne) {
  for (const auto& c : kMatchCases) {
    SCOPED_TRACE(c.name);
    const Match got = match_texts(c.gold, c.predicted);
    EXPECT_DOUBLE_EQ(got.tp, c.match.tp);
    EXPECT_DOUBLE_EQ(got.fp, c.match.fp);
    EXPECT_DOUBLE_EQ(got.fn, c.match.fn);
    EXPECT_DOUBLE_EQ(page_precision(got), c.precision);
    EXPECT_DOUBLE_EQ(page_recall(got), c.recall);
    EXPECT_EQ(counts_for_precision(got), c.counts_for_precision);
    EXPECT_EQ(counts_for_recall(got), c.counts_for_recall);
  }
}

TEST(BodyScore, PageF1IsTheHarmonicMeanOfThePage) {
  EXPECT_DOUBLE_EQ(page_f1(match_texts("a b c d e", "a b c d")), 2 * 1 * 0.5 / 1.5);
  EXPECT_DOUBLE_EQ(page_f1(match_texts("a b c d e", "")), 0.0);
}

// Four pages: a perfect one, one with nothing predicted, one with no gold and one half found.
struct PageTexts {
  const char* gold;
  const char* predicted;
  bool empty;
};

const PageTexts kFourPages[] = {{"a b c d e", "a b c d e", false},
                                {"a b c d e", "", true},
                                {"", "a b c d e", false},
                                {"a b c d e", "a b c d", false}};

// The totals of kFourPages[first, last).
Totals pages(std::size_t first, std::size_t last) {
  Totals totals;
  for (std::size_t i = first; i < last; ++i)
    totals.add(match_texts(kFourPages[i].gold, kFourPages[i].predicted), kFourPages[i].empty);
  return totals;
}

Totals four_pages() {
  return pages(0, 4);
}

TEST(BodyScore, PrecisionAndRecallAreMeansOverThePagesThatCount) {
  const Totals totals = four_pages();
  EXPECT_EQ(totals.pages, 4u);
  EXPECT_EQ(totals.empty, 1u);
  EXPECT_EQ(totals.precision_pages, 3u);  // not the page with nothing predicted
  EXPECT_EQ(totals.recall_pages, 3u);     // not the page without gold
  EXPECT_DOUBLE_EQ(totals.precision(), (1 + 0 + 1) / 3.0);
  EXPECT_DOUBLE_EQ(totals.recall(), (1 + 0 + 0.5) / 3.0);
}

TEST(BodyScore, F1IsComputedFromTheTwoMeansNotAveragedOverPages) {
  const Totals totals = four_pages();
  const double p = 2.0 / 3;
  const double r = 0.5;
  EXPECT_DOUBLE_EQ(totals.f1(), 2 * p * r / (p + r));  // 4/7; the mean of page F1s is 5/12
}

TEST(BodyScore, TotalsAddUpAcrossGroups) {
  const Totals first = pages(0, 2);
  const Totals second = pages(2, 4);
  Totals both;
  both.add(first);
  both.add(second);
  const Totals expected = four_pages();
  EXPECT_EQ(both.pages, expected.pages);
  EXPECT_EQ(both.empty, expected.empty);
  EXPECT_DOUBLE_EQ(both.precision(), expected.precision());
  EXPECT_DOUBLE_EQ(both.recall(), expected.recall());
}

TEST(BodyScore, NoPagesScoreZero) {
  const Totals none;
  EXPECT_EQ(none.precision(), 0.0);
  EXPECT_EQ(none.recall(), 0.0);
  EXPECT_EQ(none.f1(), 0.0);
}

}  // namespace
}  // namespace news::body_eval
