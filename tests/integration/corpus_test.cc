// Every article of corpus/ against its .expected: what the reader extracts is what a person
// reading the article says it contains.
#include <gtest/gtest.h>

#include "extract/load.h"
#include "tests/integration/test_support.h"

namespace news {
namespace {

using testing_support::corpus_expectations;

std::optional<std::string> iso(const std::optional<DateTime>& date) {
  if (!date) return std::nullopt;
  return date->to_iso();
}

TEST(Corpus, HasAtLeastTwentyFiveArticles) {
  EXPECT_GE(corpus_expectations().size(), 25u);
}

TEST(Corpus, ReaderMatchesExpectations) {
  for (const auto& expected : corpus_expectations()) {
    SCOPED_TRACE(expected.article.filename().string());
    const LoadResult loaded = load_article(expected.article);
    ASSERT_TRUE(loaded.article) << loaded.skip_reason;
    const Article& article = *loaded.article;
    EXPECT_EQ(article.title, expected.title);
    EXPECT_EQ(article.authors, expected.authors);
    EXPECT_EQ(iso(article.published), expected.published);
    EXPECT_EQ(iso(article.updated), expected.updated);
    ASSERT_FALSE(article.paragraphs.empty());
    EXPECT_TRUE(article.paragraphs.front().starts_with(expected.body_starts))
        << "first paragraph: " << article.paragraphs.front();
    EXPECT_TRUE(article.paragraphs.back().ends_with(expected.body_ends))
        << "last paragraph: " << article.paragraphs.back();
    EXPECT_TRUE(article.warnings.empty());
  }
}

}  // namespace
}  // namespace news
