// drop_implausible_dates (extract/load.h): dates before 1800 or after the latest date are not used,
// each with a warning; with latest_date given, the result does not depend on the clock.
#include <chrono>
#include <optional>
#include <string>

#include <gtest/gtest.h>

#include "common/article.h"
#include "common/date.h"
#include "extract/load.h"

namespace news {
namespace {

using std::chrono::sys_days;
using namespace std::chrono_literals;

TEST(DropImplausibleDates, KeepsNewsDatesAndDropsTheRest) {
  struct Case {
    const char* name;
    const char* date;
    bool kept;
  };
  const Case cases[] = {
      {"an ordinary day", "2023-11-27", true},
      {"the first day taken", "1800-01-01", true},
      {"the day before", "1799-12-31", false},
      {"a placeholder far back", "1600-01-01", false},
      {"the last day taken", "2025-06-14", true},
      {"the day after", "2025-06-15", false},
      {"a placeholder far ahead", "9999-12-31", false},
      {"in UTC the next day", "2025-06-14T23:30-05:00", false},
      {"in UTC the day before the start", "1800-01-01T00:30+01:00", false},
  };
  LoadOptions options;
  options.latest_date = sys_days{2025y / 6 / 14};
  for (const auto& c : cases) {
    Article article;
    article.published = parse_date(c.date);
    article.updated = parse_date(c.date);
    ASSERT_TRUE(article.published) << c.name;
    drop_implausible_dates(article, options);
    EXPECT_EQ(article.published.has_value(), c.kept) << c.name;
    EXPECT_EQ(article.updated.has_value(), c.kept) << c.name;
    EXPECT_EQ(article.warnings.size(), c.kept ? 0u : 2u) << c.name;
    for (const auto& warning : article.warnings) EXPECT_TRUE(is_date_not_used_warning(warning));
  }
}

TEST(DropImplausibleDates, TheWarningNamesTheDateAndTheRange) {
  LoadOptions options;
  options.latest_date = sys_days{2027y / 3 / 21};
  Article article;
  article.published = parse_date("9999-01-01");
  drop_implausible_dates(article, options);
  ASSERT_EQ(article.warnings.size(), 1u);
  EXPECT_EQ(article.warnings[0],
            "date not used (outside 1800-01-01 to 2027-03-21): published 9999-01-01");
  EXPECT_FALSE(is_date_not_used_warning("3 byte(s) were not valid UTF-8"));
}

}  // namespace
}  // namespace news
