// The case-insensitive comparisons of common/strings.h, which the HTML reader runs on every
// element's attributes without copying them.
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "common/strings.h"

namespace news {
namespace {

TEST(CaseInsensitive, EqualsAndStartsWith) {
  struct Case {
    std::string_view s, lower;
    bool equals, starts_with;
  };
  const Case cases[] = {
      {"Canonical", "canonical", true, true},
      {"CANONICAL", "canonical", true, true},
      {"canonical-x", "canonical", false, true},
      {"canon", "canonical", false, false},
      {"", "", true, true},
      {"x", "", false, true},
      {"\xC3\x89"
       "a",
       "\xC3\xA9"
       "a",
       false, false},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(equals_ci(c.s, c.lower), c.equals) << c.s << " / " << c.lower;
    EXPECT_EQ(starts_with_ci(c.s, c.lower), c.starts_with) << c.s << " / " << c.lower;
  }
}

TEST(CaseInsensitive, Find) {
  struct Case {
    std::string_view s, lower;
    std::size_t from, expected;
  };
  constexpr std::size_t npos = std::string_view::npos;
  const Case cases[] = {
      {"https://Example.com/Author/jane", "/author/", 0, 19},
      {"application/LD+JSON", "ld+json", 0, 12},
      {"aAaA", "aa", 1, 1},
      {"aAaA", "aa", 3, npos},
      {"abc", "abcd", 0, npos},
      {"abc", "", 2, 2},
      {"abc", "", 4, npos},
      {"Rel=AUTHOR", "author", 0, 4},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(find_ci(c.s, c.lower, c.from), c.expected) << c.s << " / " << c.lower;
    // The same answer as a search in a lower-cased copy.
    if (!c.lower.empty() && c.from <= c.s.size()) {
      EXPECT_EQ(find_ci(c.s, c.lower, c.from), lower_ascii(c.s).find(c.lower, c.from)) << c.s;
    }
  }
}

}  // namespace
}  // namespace news
