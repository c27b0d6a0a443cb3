// The HTML reader's article body over the body gold of ../shared (html-article-body, html-fundus),
// scored by the code eval-body prints the figures with (bench/body_evaluation.h): the F1 must not
// fall below the floors. Skips, saying why, where ../shared is absent; a set it lacks is not
// checked.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "bench/body_evaluation.h"
#include "tests/integration/test_support.h"

namespace news {
namespace {

using testing_support::shared_dir;

// The issue-16 targets, which the reader meets (docs/html.md, "Measuring the body", has the
// figures): F1 0.95 on html-article-body's pages and on its sealed part, 0.93 on html-fundus.
// Never lower them to let a change through.
constexpr double kMinArticleBodyF1 = 0.95;
constexpr double kMinArticleBodySealedF1 = 0.95;
constexpr double kMinFundusF1 = 0.93;

// One test, not one per set: ctest runs each test in a process of its own, and reading the 171
// pages is most of the time.
TEST(HtmlBody, F1StaysAboveTheFloors) {
  if (!shared_dir())
    GTEST_SKIP() << "../shared is absent beside the project (a fresh clone?); this test needs its "
                    "HTML corpora";
  const body_eval::Evaluation evaluation = body_eval::evaluate(*shared_dir());
  if (evaluation.sets.empty()) GTEST_SKIP() << "../shared/corpora has no body gold set";
  for (const auto& set : evaluation.sets) {
    SCOPED_TRACE(set.name);
    if (set.name == "html-article-body") {
      EXPECT_GT(set.sealed.pages, 0u);
      EXPECT_GE(set.all.f1(), kMinArticleBodyF1);
      EXPECT_GE(set.sealed.f1(), kMinArticleBodySealedF1);
    } else {
      EXPECT_EQ(set.name, "html-fundus");
      EXPECT_GE(set.all.f1(), kMinFundusF1);
    }
  }
}

// Every page of every HTML set yields a body: none of them is a gallery or a video page.
TEST(HtmlBody, EveryPageOfTheHtmlSetsHasABody) {
  if (!shared_dir())
    GTEST_SKIP() << "../shared is absent beside the project (a fresh clone?); this test needs its "
                    "HTML corpora";
  const std::vector<body_eval::CensusSet> sets = body_eval::census(*shared_dir());
  if (sets.empty()) GTEST_SKIP() << "../shared/corpora has no HTML set";
  for (const auto& set : sets) {
    SCOPED_TRACE(set.name);
    EXPECT_GT(set.tuning_pages + set.sealed_pages, 0u);
    EXPECT_EQ(set.tuning_empty_files, std::vector<std::string>{});
    EXPECT_EQ(set.sealed_empty, 0u);  // only counted: sealed pages are never named
  }
}

}  // namespace
}  // namespace news
