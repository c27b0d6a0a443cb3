// Invariants of the schema table: the rest of the code relies on them without checking.
#include <cctype>
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "common/schema.h"

namespace news {
namespace {

TEST(Schema, NamesAreUnique) {
  std::set<std::string_view> names;
  for (const auto& spec : kFields) {
    if (spec.name.empty()) continue;
    EXPECT_TRUE(names.insert(spec.name).second) << "duplicate field name " << spec.name;
  }
}

TEST(Schema, PrefixesFollowOmegaConventions) {
  std::set<std::string_view> prefixes;
  for (const auto& spec : kFields) {
    if (spec.kind == FieldKind::kDate) {
      EXPECT_TRUE(spec.prefix.empty()) << spec.name << ": date fields live in value slots";
      continue;
    }
    if (spec.prefix.empty()) continue;  // the body
    EXPECT_TRUE(prefixes.insert(spec.prefix).second) << "duplicate prefix " << spec.prefix;
    const bool single_capital =
        spec.prefix.size() == 1 && std::isupper(static_cast<unsigned char>(spec.prefix[0]));
    const bool user_prefix = spec.prefix.size() > 1 && spec.prefix[0] == 'X' &&
                             std::all_of(spec.prefix.begin(), spec.prefix.end(), [](char c) {
                               return std::isupper(static_cast<unsigned char>(c));
                             });
    EXPECT_TRUE(single_capital || user_prefix) << spec.prefix;
    EXPECT_FALSE(spec.prefix.starts_with("XQ")) << "XQ... is too easily confused with Q";
  }
}

TEST(Schema, OnlyTheBodyIsUnprefixed) {
  int unprefixed_text = 0;
  for (const auto& spec : kFields) {
    if (spec.kind == FieldKind::kText && spec.prefix.empty()) {
      ++unprefixed_text;
      EXPECT_TRUE(spec.name.empty()) << "an unprefixed field cannot be searched by name";
    }
  }
  EXPECT_EQ(unprefixed_text, 1);
}

TEST(Schema, BooleanFieldsArePrefixedAndUnweighted) {
  for (const auto& spec : kFields) {
    if (spec.kind != FieldKind::kBoolean) continue;
    EXPECT_FALSE(spec.prefix.empty()) << spec.name;
    EXPECT_EQ(spec.weight, 0u) << spec.name;
    EXPECT_FALSE(spec.also_unprefixed) << spec.name;
  }
}

TEST(Schema, DateFieldsHaveDistinctSlots) {
  std::set<Xapian::valueno> slots;
  for (const auto& spec : kFields) {
    EXPECT_EQ(spec.kind == FieldKind::kDate, spec.slot.has_value()) << spec.name;
    if (spec.slot) {
      EXPECT_TRUE(slots.insert(slot_number(*spec.slot)).second) << spec.name;
    }
  }
}

TEST(Schema, EverySourceHasExactlyOneField) {
  for (int source = 0; source <= static_cast<int>(FieldSource::kUpdated); ++source) {
    const auto count = std::count_if(kFields.begin(), kFields.end(), [&](const FieldSpec& spec) {
      return static_cast<int>(spec.source) == source;
    });
    EXPECT_EQ(count, 1) << "field source " << source;
  }
}

TEST(Schema, FindFieldByName) {
  ASSERT_NE(find_field("author"), nullptr);
  EXPECT_EQ(find_field("author")->prefix, "A");
  EXPECT_EQ(find_field("nonesuch"), nullptr);
  EXPECT_EQ(find_field(""), nullptr);
}

TEST(Schema, BooleanTerms) {
  struct Case {
    const char* name;
    FieldSource source;
    std::string value;
    std::string expected;
  };
  const Case cases[] = {
      {"lower-case value joins directly", FieldSource::kAuthorExact, "george bunn",
       "XAgeorge bunn"},
      {"capital gets a colon", FieldSource::kId, "Abc", "Q:Abc"},
      {"leading colon gets a colon", FieldSource::kId, ":x", "Q::x"},
      {"digits join directly", FieldSource::kId, "0123abcd", "Q0123abcd"},
  };
  for (const auto& c : cases) EXPECT_EQ(boolean_term(c.source, c.value), c.expected) << c.name;
}

TEST(Schema, LongBooleanTermsAreCutAtACharacterBoundary) {
  std::string value;
  while (value.size() < 400) value += "\xC3\xA9";  // "é", two bytes
  const std::string term = boolean_term(FieldSource::kAuthorExact, value);
  EXPECT_LE(term.size(), 240u);
  EXPECT_EQ((term.size() - 2) % 2, 0u) << "cut inside a UTF-8 sequence";
}

// boolean_term_value is what reading the term back gives: the term without its prefix and the
// ':' marker (the facet slots store it, and must count what the terms would).
TEST(Schema, BooleanTermValueIsTheTermAfterItsPrefixAndMarker) {
  struct Case {
    const char* name;
    FieldSource source;
    std::string value;
    std::string expected;
  };
  std::string long_value;
  while (long_value.size() < 400) long_value += "\xC3\xA9";
  const Case cases[] = {
      {"lower-case value as it is", FieldSource::kSection, "world news", "world news"},
      {"capital keeps its letter, not the marker", FieldSource::kOutlet, "Gazette", "Gazette"},
      {"leading colon keeps one colon", FieldSource::kSection, ":opinion", ":opinion"},
      {"two leading colons keep both", FieldSource::kSection, "::x", "::x"},
      {"digits", FieldSource::kOutlet, "7", "7"},
      {"too long: cut as the term is", FieldSource::kSection, long_value,
       boolean_term(FieldSource::kSection, long_value).substr(8)},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(boolean_term_value(c.source, c.value), c.expected) << c.name;
    // The term is the prefix, the marker when the value needs one, and this value.
    EXPECT_TRUE(boolean_term(c.source, c.value).ends_with(c.expected)) << c.name;
  }
  EXPECT_LT(boolean_term_value(FieldSource::kSection, long_value).size(), long_value.size());
}

}  // namespace
}  // namespace news
