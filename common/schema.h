// The database schema: every field of the query language and of the index, as one table.
//
// Two kinds of document share the database, told apart by their XTYPE term:
//   article  one per source article;
//   quote    one per person quoted in an article, holding all that person's quotes there (direct
//            and reported speech), so that "what X said about Y" matches only where Y is inside
//            X's own words (design.md, "Quotes are first-class").
// Terms (prefixes follow Omega's conventions: single capitals reserved, X... our own):
//   Q<id>            unique id: the article id, or "<article id>-<n>" for the quote document of its
//                    n-th person quoted (boolean)
//   XTYPE<type>      "article" or "quote" (boolean)
//   XPARENT<id>      on quote documents: the article's id (boolean), to delete them with it
//   S<word>          title words (free text, positional); also unprefixed on articles
//   A<word>          author name words (free text, positional); also unprefixed on articles
//   XA<name>         an author's full name, lower-cased (boolean), for exact filters
//   XSPEAKER<word>   words of a speaker's canonical name and aliases (free text, positional); on
//                    articles every person quoted, on quotes that quote's speaker
//   XWHO<name>       a speaker's canonical name, lower-cased (boolean), for exact filters
//   XSAID<word>      on quote documents: the words of the person's quotes (free text, positional)
//   <word>           on articles: body words, unprefixed, positional, English stemming (Z-prefixed
//                    stems); quote documents have none (plain words of quote-level queries search
//                    XSAID)
//   XSECTION, XOUTLET    reserved for the section and outlet fields (boolean)
// Values (see Slot):
//   kPublished, kUpdated   "YYYYMMDDHHMM" (UTC when the source gives an offset, else as written);
//                          byte order is time order, so ranges and sorting compare strings
//   kFileMtime             mtime in nanoseconds since the epoch, 16 lower-case hex digits
//   kFileSize              size in bytes, 16 lower-case hex digits
//   kContentHash           16 hex digits of the source bytes' hash (see content_hash)
//   kParent                on quote documents: the article id (collapse key: one hit per article)
//   kSpeakers, kAuthors    display names joined by '\n' (canonical speakers; byline authors), for
//                          facets that keep the names' case
// Document data: JSON, the article record or the quote record (see document.h).
// Metadata: "schema_version" = kSchemaVersion, written on create and checked on every open.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include <xapian.h>

namespace news {

// Bump when terms, values or the data record change meaning; databases of another version are
// refused with a message saying to re-index.
inline constexpr std::string_view kSchemaVersion = "3";
inline constexpr std::string_view kSchemaVersionKey = "schema_version";

// Value slots. Numbers are part of the on-disk format: never renumber, only append.
enum class Slot : Xapian::valueno {
  kPublished = 0,
  kUpdated = 1,
  kFileMtime = 2,
  kFileSize = 3,
  kContentHash = 4,
  kParent = 5,
  kSpeakers = 6,
  kAuthors = 7,
};

constexpr Xapian::valueno slot_number(Slot slot) {
  return static_cast<Xapian::valueno>(slot);
}

// What a field holds, which decides how it is indexed and how the query parser treats it.
enum class FieldKind {
  kText,     // free text: words, positional, stemmed; `name:word` and `name:"a phrase"`
  kBoolean,  // exact values: one term per value, no positions; `name:value` filters
  kDate,     // a value slot queried by ranges: `name:2023-11`, `name:2023-11-01..2023-11-30`
};

// Which part of an article feeds a field (the document layer switches on this).
enum class FieldSource {
  kId,
  kType,
  kParent,
  kTitle,
  kAuthor,
  kAuthorExact,
  kBody,
  kSpeaker,
  kSpeakerExact,
  kQuote,
  kSection,
  kOutlet,
  kPublished,
  kUpdated
};

struct FieldSpec {
  std::string_view
      name;  // name in the query language ("" when the field is not searchable by name)
  std::string_view prefix;
  FieldKind kind;
  FieldSource source;
  Xapian::termcount weight;  // wdf increment per occurrence for text fields
  bool also_unprefixed;  // text fields: also index the words without prefix, for free-text queries
  std::optional<Slot> slot;  // date fields: the slot holding the value
};

// The table. Order matters only for --help and docs listings.
inline constexpr std::array<FieldSpec, 14> kFields = {{
    {"id", "Q", FieldKind::kBoolean, FieldSource::kId, 0, false, std::nullopt},
    {"type", "XTYPE", FieldKind::kBoolean, FieldSource::kType, 0, false, std::nullopt},
    {"", "XPARENT", FieldKind::kBoolean, FieldSource::kParent, 0, false, std::nullopt},
    {"title", "S", FieldKind::kText, FieldSource::kTitle, 3, true, std::nullopt},
    {"author", "A", FieldKind::kText, FieldSource::kAuthor, 1, true, std::nullopt},
    {"byline", "XA", FieldKind::kBoolean, FieldSource::kAuthorExact, 0, false, std::nullopt},
    {"", "", FieldKind::kText, FieldSource::kBody, 1, false, std::nullopt},
    {"speaker", "XSPEAKER", FieldKind::kText, FieldSource::kSpeaker, 1, false, std::nullopt},
    {"who", "XWHO", FieldKind::kBoolean, FieldSource::kSpeakerExact, 0, false, std::nullopt},
    {"quote", "XSAID", FieldKind::kText, FieldSource::kQuote, 1, false, std::nullopt},
    {"section", "XSECTION", FieldKind::kBoolean, FieldSource::kSection, 0, false, std::nullopt},
    {"outlet", "XOUTLET", FieldKind::kBoolean, FieldSource::kOutlet, 0, false, std::nullopt},
    {"date", "", FieldKind::kDate, FieldSource::kPublished, 0, false, Slot::kPublished},
    {"updated", "", FieldKind::kDate, FieldSource::kUpdated, 0, false, Slot::kUpdated},
}};

// The spec of the field fed by `source`. Every source has exactly one field (a unit test checks),
// so this never fails for a valid enum value.
const FieldSpec& field(FieldSource source);

// The spec of the field named `name` in the query language, or nullptr if there is none.
const FieldSpec* find_field(std::string_view name);

// The term for a boolean field's value: prefix + value, with ':' between them when the value
// starts with a capital letter or ':' (Omega's convention), cut to Xapian's term length limit.
std::string boolean_term(FieldSource source, std::string_view value);

// The values of the type field.
inline constexpr std::string_view kArticleType = "article";
inline constexpr std::string_view kQuoteType = "quote";

}  // namespace news
