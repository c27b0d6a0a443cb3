// Shared by the quote extractor's table-driven tests (quotes_rules_test.cc,
// quotes_known_gaps_test.cc): a case, what to check, and how to report what differs. Rules:
// ../shared/docs/quotes.md. Every text is written for these tests, with fictional people; none is
// a copy of a corpus or shared file.
//
// A case states what quotes.md says is right. Cases the extractor does not yet get right live in
// kKnownGaps with a one-line reason: the QuoteKnownGaps suite skips them while they still fail
// (the skip message shows expected vs actual), and fails once one passes, so that it moves to
// kQuoteCases. Never weaken a case to make it pass.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "common/article.h"

namespace news::quote_cases {

// One expected attribution, found by a substring of the quote text.
struct QuoteCheck {
  std::string fragment;        // a substring of Quote::text
  std::string speaker;         // expected speaker; "" = no quote with this text has a speaker
  std::optional<bool> direct;  // expected Quote::direct, if it matters
};

// Expected details of one person.
struct PersonCheck {
  std::string name;
  std::vector<std::string> aliases;  // each must be among Person::aliases (others may be too)
  std::optional<std::string> role;   // expected Person::role, exactly
};

struct QuoteCase {
  const char* name;
  std::vector<std::string> paragraphs;
  std::vector<std::string> people;  // canonical names, in order of first quote
  std::optional<PersonCheck> person = std::nullopt;
  std::vector<QuoteCheck> quotes = {};
  std::vector<std::string> not_direct = {};     // no direct quote may contain these words
  std::vector<std::string> not_in_quotes = {};  // no quote at all may contain these words
  const char* gap = "";                         // kKnownGaps only: why the extractor fails it
};

// gtest prints a parameter on failure; the case name says more than its bytes.
void PrintTo(const QuoteCase& c, std::ostream* os);

// The people and quotes the extractor found, for a failure message.
std::string describe(const Article& article);

// What differs between the case and the extractor's output; empty when the case passes.
std::vector<std::string> mismatches(const QuoteCase& c, const Article& article);

// The article of the case's paragraphs after extract_quotes, which must not throw.
Article extract(const QuoteCase& c);

// Checks a case in the running test: without a .gap, every mismatch is a failure; with one, the
// test is skipped while the case still fails (the message shows what differs) and fails once it
// passes, so that the gap is removed. `passes_hint` says where a passing gap belongs.
void check_case(const QuoteCase& c, const char* passes_hint);

// The case's name with every character that is not a letter or a digit as '_', for gtest.
std::string case_name(const testing::TestParamInfo<QuoteCase>& info);

}  // namespace news::quote_cases
