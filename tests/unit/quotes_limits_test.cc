// Robustness of the quote extractor on bad input.
#include <algorithm>
#include <string>

#include <gtest/gtest.h>

#include "extract/quotes/extractor.h"

namespace news {
namespace {

// Bad input found by fuzzing: one "sentence" of thousands of speech cues and no full stop. Each
// cue's reported speech used to run to the end of the sentence, so quote text (memory and time)
// grew with the square of its length; it is now bounded.
TEST(QuoteLimits, ReportedSpeechInAnEndlessSentenceIsBounded) {
  for (const std::string unit : {"Anna Bell said ", "The plan failed, Anna Bell said "}) {
    Article article;
    std::string paragraph;
    for (int i = 0; i < 3000; ++i) paragraph += unit;
    article.paragraphs = {paragraph};
    extract_quotes(article);
    ASSERT_FALSE(article.quotes.empty()) << unit;
    std::size_t longest = 0;
    for (const Quote& quote : article.quotes) longest = std::max(longest, quote.text.size());
    EXPECT_LT(longest, 2000u) << unit;
    EXPECT_GT(longest, 100u) << unit << ": reported speech is still taken, only cut short";
  }
}

}  // namespace
}  // namespace news
