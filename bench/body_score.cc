#include "bench/body_score.h"

#include <algorithm>

#include "bench/word_chars.h"
#include "common/strings.h"

namespace news::body_eval {

namespace {

// How many tokens make a shingle (evaluate.py's ngram_n).
constexpr std::size_t kShingleTokens = 4;

// The code point of the valid UTF-8 sequence of `length` bytes at s[i].
char32_t decode(std::string_view s, std::size_t i, std::size_t length) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  if (length == 1) return byte(0);
  static constexpr unsigned char kLeadMask[] = {0, 0, 0x1F, 0x0F, 0x07};
  char32_t cp = byte(0) & kLeadMask[length];
  for (std::size_t k = 1; k < length; ++k) cp = (cp << 6) | (byte(k) & 0x3F);
  return cp;
}

double ratio(double part, double whole) {
  return whole == 0 ? 0.0 : part / whole;
}

double harmonic_mean(double p, double r) {
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

}  // namespace

std::vector<std::string_view> tokenize(std::string_view text) {
  std::vector<std::string_view> tokens;
  std::size_t start = std::string_view::npos;  // where the current token began, if in one
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t length = utf8_sequence_length(text, i);
    const bool word = length > 0 && is_word_char(decode(text, i, length));
    if (word && start == std::string_view::npos) start = i;
    if (!word && start != std::string_view::npos) {
      tokens.push_back(text.substr(start, i - start));
      start = std::string_view::npos;
    }
    i += std::max<std::size_t>(length, 1);
  }
  if (start != std::string_view::npos) tokens.push_back(text.substr(start));
  return tokens;
}

Shingles shingles(std::string_view text) {
  const std::vector<std::string_view> tokens = tokenize(text);
  Shingles out;
  if (tokens.empty()) return out;
  // evaluate.py's _ngrams: windows at 0 .. max(1, n - 4 + 1) - 1, each cut at the text's end, so
  // a text shorter than a window gives one shingle of all its tokens.
  const std::size_t windows = std::max<std::size_t>(
      1, tokens.size() >= kShingleTokens ? tokens.size() - kShingleTokens + 1 : 0);
  for (std::size_t i = 0; i < windows; ++i) {
    std::string key;
    const std::size_t end = std::min(tokens.size(), i + kShingleTokens);
    for (std::size_t k = i; k < end; ++k) {
      if (k > i) key += ' ';
      key += tokens[k];
    }
    ++out[key];
  }
  return out;
}

Match match_texts(std::string_view gold, std::string_view predicted) {
  const Shingles gold_shingles = shingles(gold);
  const Shingles predicted_shingles = shingles(predicted);
  Match match;
  for (const auto& [key, gold_count] : gold_shingles) {
    const auto found = predicted_shingles.find(key);
    const std::size_t predicted_count = found == predicted_shingles.end() ? 0 : found->second;
    match.tp += static_cast<double>(std::min(gold_count, predicted_count));
    match.fn += static_cast<double>(gold_count - std::min(gold_count, predicted_count));
  }
  for (const auto& [key, predicted_count] : predicted_shingles) {
    const auto found = gold_shingles.find(key);
    const std::size_t gold_count = found == gold_shingles.end() ? 0 : found->second;
    match.fp += static_cast<double>(predicted_count - std::min(gold_count, predicted_count));
  }
  const double sum = match.tp + match.fp + match.fn;
  if (sum > 0) {
    match.tp /= sum;
    match.fp /= sum;
    match.fn /= sum;
  }
  return match;
}

double page_precision(const Match& m) {
  if (m.fp == 0 && m.fn == 0) return 1.0;
  if (m.tp == 0 && m.fp == 0) return 0.0;
  return m.tp / (m.tp + m.fp);
}

double page_recall(const Match& m) {
  if (m.fp == 0 && m.fn == 0) return 1.0;
  if (m.tp == 0 && m.fn == 0) return 0.0;
  return m.tp / (m.tp + m.fn);
}

double page_f1(const Match& match) {
  return harmonic_mean(page_precision(match), page_recall(match));
}

bool counts_for_precision(const Match& match) {
  return match.tp + match.fp > 0;
}

bool counts_for_recall(const Match& match) {
  return match.tp + match.fn > 0;
}

void Totals::add(const Match& match, bool page_empty) {
  Totals page;
  page.pages = 1;
  page.empty = page_empty ? 1 : 0;
  if (counts_for_precision(match))
    page.precision_sum = page_precision(match), page.precision_pages = 1;
  if (counts_for_recall(match)) page.recall_sum = page_recall(match), page.recall_pages = 1;
  add(page);
}

void Totals::add(const Totals& other) {
  pages += other.pages;
  empty += other.empty;
  precision_sum += other.precision_sum;
  precision_pages += other.precision_pages;
  recall_sum += other.recall_sum;
  recall_pages += other.recall_pages;
}

double Totals::precision() const {
  return ratio(precision_sum, static_cast<double>(precision_pages));
}

double Totals::recall() const {
  return ratio(recall_sum, static_cast<double>(recall_pages));
}

double Totals::f1() const {
  return harmonic_mean(precision(), recall());
}

}  // namespace news::body_eval
