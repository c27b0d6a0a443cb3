// The database schema: every field of the query language and of the index, as one table.
//
// One document per article. Terms (prefixes follow Omega's conventions: single capitals reserved,
// X... our own):
//   Q<id>            the article's stable id (boolean, unique per document)
//   XTYPE<type>      "article" (boolean); other kinds of document may come later
//   XHASH<hex>       the source file's content hash (boolean): a file that moved is found by it;
//                    for a record of a JSON file, the record's hash (extract/json/record_file.h)
//   XFILE<id>        the source file: article_id of its canonical path (boolean), so the records
//                    of one JSON file are found together (for a plain-text or HTML file, the same
//                    id as the article's)
//   XSIM<b><hex4>    near-duplicate bands: the body's 64-bit SimHash cut into 4 bands of 16 bits,
//                    b = 0..3, hex4 = the band's bits (boolean); two bodies whose SimHashes differ
//                    in at most 3 bits share at least one band term (see document.h, simhash)
//   S<word>          title words (free text, positional); also unprefixed
//   A<word>          author name words (free text, positional); also unprefixed
//   XA<name>         an author's full name, lower-cased (boolean), for exact filters
//   XSPEAKER<word>   words of the canonical names and aliases of the people quoted (free text,
//                    positional)
//   XWHO<name>       a person quoted, canonical name lower-cased (boolean), for exact filters
//   XPERSON<id>      a person quoted, by local person id (boolean; common/people.h): the key of
//                    the name's spellings ("sergei-lavrov"), or for a surname-only name the
//                    surname key and the article id ("lavrov@<id>"); the archive's people table
//                    says which person each belongs to, for person: and speaker:. A confirmed
//                    surname-only name also gives its surname's shared term, the key and '@'
//                    ("lavrov@"), so a search for a surname reads one posting list
//   XORG<word>       words of the affiliations of the people quoted: whom each speaks for, as
//                    the article names it ("Barclays", "Transport Salaried Staffs' Association";
//                    free text, positional)
//   XBLOCK           the first position of each person block (below; wdf 0)
//   <word>           body words, unprefixed, positional, English stemming (Z-prefixed stems)
//   XSECTION, XOUTLET, XLANG   the section, outlet and language, lower-cased (boolean), where the
//                    reader found them (HTML pages and JSON records; plain text has none)
// Person blocks (schema 16 and 17, docs/quote-blocks.md): each person quoted, in article order, has
// a block of term positions of their own, block k starting at kQuoteBlockStart + k *
// kQuoteBlockGap, which holds the term XBLOCK at its first position (wdf 0: a window of one person
// condition with it matches a person of a block, never an XPERSON id an article carries without a
// block, as an unconfirmed mention's), then that person's XPERSON ids and XWHO term (wdf 0, as
// boolean terms), their XSPEAKER words (names and aliases) and XORG words (affiliation), stemmed
// terms with positions too, and the stems of the words of their quotes, each once, wdf 0 so that
// document lengths and ranks do not move (document.h, block_quote_term): as a position on the
// body's own stemmed term Z<stem> when the article has it (schema 17: no new term), else on
// ZXSAID<stem>; English function words are left out (is_block_stopword). The XSPEAKER and XORG
// terms and the body's Z<stem> terms have no positions outside the blocks. So a window query
// (OP_NEAR, window kQuoteBlockWindow) over those terms matches only terms of one person, and
// `speaker:X quote:Y` is a query Xapian evaluates anywhere, remote shards included. `quote:WORDS`
// also still searches the body, for the article-level query and its ranking. Values (see Slot):
//   kPublished, kUpdated   "YYYYMMDDHHMM" (UTC when the source gives an offset, else as written);
//                          byte order is time order, so ranges and sorting compare strings
//   kSourceStamp           what the indexer knew of the file: mtime, ctime (ns), size and content
//                          hash, each 16 lower-case hex digits, in one value so a re-run reads one
//                          value per unchanged file (see document.h, SourceStamp)
//   kSpeakers, kAuthors    display names joined by '\n' (canonical speakers; byline authors), for
//                          facets that keep the names' case
//   kPeople                the people quoted as the people table needs them (encode_mentions,
//                          common/people.h), read by news-index at the end of a run
//   kPeopleContext         what the text writes around its surname-only people (article_context,
//                          common/people.h): hashes, only for an article with such a person
//   kSection, kOutlet      the value of the article's XSECTION / XOUTLET term (boolean_term_value),
//                          absent when it has none: the section and outlet facets read one value
//                          per match instead of inflating its term list (60 times the cost), and
//                          a single value per slot is what Xapian's ValueCountMatchSpy counts
//   kPath                  the source file's canonical path, so a re-run can find the articles of
//                          files that have gone without reading every record
//   kSimHash               the body's 64-bit SimHash, 16 lower-case hex digits (absent for an
//                          article without body words)
//   kStory                 the near-duplicate group ("story") the article belongs to, the collapse
//                          key of `news-query --collapse`: set by the indexer's writer thread, not
//                          by to_document (see indexer/stories.h)
//   kOrder                 the article's place in the order articles were first indexed
//                          (Xapian::sortable_serialise of 1, 2, ...): searches break ties of
//                          rank by it. Set by the indexer when it first writes the article and
//                          kept when it rewrites it, so it does not depend on document ids, which
//                          differ between one database, the merged parts of a parallel run, and
//                          shards searched together
//   kOldestKey, kNewestKey the sort keys of `--sort oldest` and `--sort newest`, which Xapian sorts
//                          by as they are (Enquire::set_sort_by_value, which its remote backend
//                          runs, where it runs no KeyMaker): the kPublished value, its digits d
//                          made '9' - d for kNewestKey, then the kOrder bytes; "~" then the
//                          kOrder bytes for an undated article, so that it sorts after the
//                          dated ones either way (common/date_order.h). Written with kOrder
//                          (write_order, document.h), as they need it
//   kRecencyWeight, kRecencyYearWeight   the recency weights of a dated article (`--recent`),
//                          which the search scales by one factor per part of the archive:
//                          sortable_serialise(2^((t - end) / 14 days)) for its published minute t
//                          and its 20-year era's end (about 2^-523 to 1), and 2^((t - start) /
//                          14 days + 64) from its calendar year's start (2^64 to about 2^90):
//                          why two, in common/date_order.h
// Document data: the article record (with "speakers", the names Slot::kSpeakers holds, so that a
// hit's listing reads no value slot), a line of JSON with the people and their quotes' places,
// then the body as plain text (see document.h, record_data and record_speakers).
// Metadata: "schema_version" = kSchemaVersion, written on create and checked on every open;
// "order_map" (common/order_map.h);
// "source:<file id>" for each JSON record file indexed whole: its source stamp, record count and
// the records it could not index (document.h, RecordSourceStamp), so an unchanged file is passed
// over without reading it, its bad records reported again;
// "next_order": the kOrder the next new article gets (sortable_serialise);
// "person:", "person-surname:", "person-of:": the archive's people table (common/people.h).
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include <xapian.h>

namespace news {

// Bump when terms, values or the data record change meaning, or when a field is added (12: XORG):
// a re-run does not read unchanged files again, so an older database would never get the new
// field's terms. Databases of another version are refused with a message saying to re-index.
// 13: XPERSON terms, Slot::kPeople and the people table.
// 14: Slot::kSection and Slot::kOutlet, for the facets; XPERSON<surname key>@ for confirmed
// surname-only names; unconfirmed_terms in the people table, its why lines under person-why:.
// 15: Slot::kOldestKey, kNewestKey, kRecencyWeight and kRecencyYearWeight, so that date sorts
// and --recent run on Xapian's own classes (over remote shards too).
// 16: person blocks of positions (XSPEAKER, XORG, XWHO, XPERSON and ZXSAID terms, above); the
// record's "speakers"; the order map in the metadata (common/order_map.h; optional: a database
// without one is searched as before).
// 17: a block's quote words as positions on the body's stemmed terms where the article has them
// (ZXSAID only for the rest), and no function words in the blocks (docs/quote-blocks.md).
inline constexpr std::string_view kSchemaVersion = "17";

// Person blocks (above). Body, title and author positions count up from 1 in steps of words and
// field gaps, on terms with no position in any block (the body's stemmed terms have none there),
// so they cannot meet a block's terms in a window query. A
// block holds at most kQuoteBlockWindow positions (quotes past that are left out of the block);
// two terms of different blocks are more than kQuoteBlockGap - kQuoteBlockWindow apart, and so
// never inside one window. Positions are 32 bits: at most kMaxQuoteBlocks people get a block.
inline constexpr Xapian::termpos kQuoteBlockStart = Xapian::termpos{1} << 20;
inline constexpr Xapian::termpos kQuoteBlockGap = Xapian::termpos{1} << 20;
inline constexpr Xapian::termcount kQuoteBlockWindow = Xapian::termcount{1} << 19;
inline constexpr std::size_t kMaxQuoteBlocks = 4094;
inline constexpr std::string_view kNextOrderKey = "next_order";
// Metadata: the order values as a function of the docid (common/order_map.h).
inline constexpr std::string_view kOrderMapKey = "order_map";
// Metadata of a sharded archive's first shard: how the archive is split ("year", "month").
inline constexpr std::string_view kShardByKey = "shard_by";
inline constexpr std::string_view kSchemaVersionKey = "schema_version";
inline constexpr std::string_view kRecordSourceKeyPrefix = "source:";

// Value slots. Numbers are part of the on-disk format: never renumber, only append.
enum class Slot : Xapian::valueno {
  kPublished = 0,
  kUpdated = 1,
  kSourceStamp = 2,
  kSpeakers = 3,
  kAuthors = 4,
  kPath = 5,
  kSimHash = 6,
  kStory = 7,
  kOrder = 8,
  kPeople = 9,
  kPeopleContext = 10,
  kSection = 11,
  kOutlet = 12,
  kOldestKey = 13,
  kNewestKey = 14,
  kRecencyWeight = 15,
  kRecencyYearWeight = 16,
};

constexpr Xapian::valueno slot_number(Slot slot) {
  return static_cast<Xapian::valueno>(slot);
}

// What a field holds, which decides how it is indexed and how the query parser treats it.
enum class FieldKind {
  kText,     // free text: words, positional, stemmed; `name:word` and `name:"a phrase"`
  kBoolean,  // exact values: one term per value, no positions; `name:value` filters
  kDate,     // a value slot queried by ranges: `name:2023-11`, `name:2023-11-01..2023-11-30`
  kQuote,    // words inside a person's quotes: searched in the body for the article, and as
             // ZXSAID stems in each person's block for the person (person blocks, above)
};

// Which part of an article feeds a field (the document layer switches on this).
enum class FieldSource {
  kId,
  kType,
  kContentHash,
  kFile,
  kSimHash,
  kTitle,
  kAuthor,
  kAuthorExact,
  kBody,
  kSpeaker,
  kSpeakerExact,
  kPerson,
  kAffiliation,
  kQuote,
  kPersonBlock,
  kSection,
  kOutlet,
  kLanguage,
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
inline constexpr std::array<FieldSpec, 20> kFields = {{
    {"id", "Q", FieldKind::kBoolean, FieldSource::kId, 0, false, std::nullopt},
    {"type", "XTYPE", FieldKind::kBoolean, FieldSource::kType, 0, false, std::nullopt},
    {"", "XHASH", FieldKind::kBoolean, FieldSource::kContentHash, 0, false, std::nullopt},
    {"", "XFILE", FieldKind::kBoolean, FieldSource::kFile, 0, false, std::nullopt},
    {"", "XSIM", FieldKind::kBoolean, FieldSource::kSimHash, 0, false, std::nullopt},
    {"title", "S", FieldKind::kText, FieldSource::kTitle, 3, true, std::nullopt},
    {"author", "A", FieldKind::kText, FieldSource::kAuthor, 1, true, std::nullopt},
    {"byline", "XA", FieldKind::kBoolean, FieldSource::kAuthorExact, 0, false, std::nullopt},
    {"", "", FieldKind::kText, FieldSource::kBody, 1, false, std::nullopt},
    {"speaker", "XSPEAKER", FieldKind::kText, FieldSource::kSpeaker, 1, false, std::nullopt},
    {"who", "XWHO", FieldKind::kBoolean, FieldSource::kSpeakerExact, 0, false, std::nullopt},
    {"person", "XPERSON", FieldKind::kBoolean, FieldSource::kPerson, 0, false, std::nullopt},
    {"org", "XORG", FieldKind::kText, FieldSource::kAffiliation, 1, false, std::nullopt},
    {"quote", "XSAID", FieldKind::kQuote, FieldSource::kQuote, 1, false, std::nullopt},
    {"", "XBLOCK", FieldKind::kBoolean, FieldSource::kPersonBlock, 0, false, std::nullopt},
    {"section", "XSECTION", FieldKind::kBoolean, FieldSource::kSection, 0, false, std::nullopt},
    {"outlet", "XOUTLET", FieldKind::kBoolean, FieldSource::kOutlet, 0, false, std::nullopt},
    {"language", "XLANG", FieldKind::kBoolean, FieldSource::kLanguage, 0, false, std::nullopt},
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

// What boolean_term(source, value) holds after its prefix and ':' marker: `value` as reading the
// term back gives it (cut as the term was). The facet slots store this, so that counting them
// gives what counting the terms would.
std::string boolean_term_value(FieldSource source, std::string_view value);

// The value stored in the type field of article documents.
inline constexpr std::string_view kArticleType = "article";

}  // namespace news
