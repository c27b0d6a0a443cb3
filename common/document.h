// Article <-> Xapian document: the only place that turns an article into terms, values and data.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>
#include <nlohmann/json.hpp>

#include "common/article.h"

namespace news {

// What the indexer knows of the file an article came from, kept in value slots so a re-run can
// tell an unchanged file without reading it.
struct SourceStamp {
  std::int64_t mtime_ns = 0;
  // The inode change time: any write moves it, and unlike mtime it cannot be set back by `touch`
  // or a restore, so an edit in place with its mtime restored is still caught.
  std::int64_t ctime_ns = 0;
  std::uint64_t size = 0;
  std::string content_hash;  // hex, as content_hash() returns

  friend bool operator==(const SourceStamp&, const SourceStamp&) = default;
};

// Builds the document for an article: terms and values for every field of the schema table, the
// source stamp, and the article as JSON in the document data. `generator` must have its stemmer
// set; its document is replaced.
Xapian::Document to_document(const Article& article, const SourceStamp& stamp,
                             Xapian::TermGenerator& generator);

// The term that identifies an article's document (for replace_document / delete_document).
std::string id_term(const std::string& article_id);

// The article id a document carries in its id term, or nothing for a document without one.
std::optional<std::string> article_id_of(const Xapian::Document& document);

// The term every document from the file at `canonical_path` carries (XFILE, schema.h).
std::string file_term(const std::string& canonical_path);

// A record of a JSON record file that could not be indexed: its number (line, or element of an
// array file) and why.
struct SkippedRecord {
  std::uint64_t number = 0;
  std::string reason;

  friend bool operator==(const SkippedRecord&, const SkippedRecord&) = default;
};

// What the database keeps of a JSON record file (metadata kRecordSourceKeyPrefix + file id): the
// file's stamp when it was last indexed whole, how many articles it gave, and the records it could
// not index, which a run that passes the unchanged file over reports again.
struct RecordSourceStamp {
  SourceStamp stamp;
  std::uint64_t records = 0;
  std::vector<SkippedRecord> skipped;

  friend bool operator==(const RecordSourceStamp&, const RecordSourceStamp&) = default;
};
std::string record_source_key(const std::string& canonical_path);
// Four 16-digit hex fields (mtime, ctime, size, records), the content hash, then a line
// "NUMBER<TAB>REASON" per skipped record (a line break in a reason becomes a space). A stamp
// written before skipped records were kept has no lines, and decodes with none.
std::string encode_record_source(const RecordSourceStamp& source);
std::optional<RecordSourceStamp> decode_record_source(std::string_view value);

// Gives a document another article id and path, keeping its terms and extraction: for a file that
// moved. Its id term, the record's id and path, the path value and the local ids of its
// surname-only people (common/people.h) change.
void move_document(Xapian::Document& document, const std::string& new_id,
                   const std::string& new_path);

// Gives a document its order value (Slot::kOrder: sortable_serialise of its place in the order
// articles were first indexed; "" for none) and the date sort keys built from it and the
// document's kPublished value (Slot::kOldestKey, kNewestKey), so that the three always agree.
// news-index calls it whenever it writes an article, with the order it had or a new one.
void write_order(Xapian::Document& document, const std::string& order);

// Replaces the source stamp stored in a document (a file touched but not changed keeps its terms).
void write_source_stamp(Xapian::Document& document, const SourceStamp& stamp);

// The source stamp stored in a document, or nothing for a document without one.
std::optional<SourceStamp> read_source_stamp(const Xapian::Document& document);

// The source stamp in a Slot::kSourceStamp value as write_source_stamp stores it, or nothing for
// an empty or malformed value.
std::optional<SourceStamp> parse_source_stamp(std::string_view value);

// The document data for an article record (to_json(Article) without "paragraphs"): three parts,
// each cheap to reach without the others:
//   line 1   the record without people, quotes and body, as compact JSON;
//   line 2   {"people": [...], "quotes": [...]} as compact JSON;
//   the rest the body as it is.
// Showing a hit needs only line 1 and a snippet of the body: the body is most of the bytes and the
// people and quotes of a much-quoted article most of the JSON, and parsing them took a third of a
// search's instructions.
std::string record_data(nlohmann::ordered_json record, std::string_view body);

// The stored record of document data written by record_data: the keys of line 1, plus "body" (a
// single string), plus "people" and "quotes" when `with_people`. Nothing if the data is not such a
// record.
std::optional<nlohmann::json> parse_record(std::string_view data, bool with_people = true);

// parse_record of a document's data. Throws DatabaseError if the data is not such a record (a
// database written by something else).
nlohmann::json read_record(const Xapian::Document& document, bool with_people = true);

// The names of a display-name value (Slot::kSpeakers, kAuthors: names joined by '\n'), in order,
// each once.
std::vector<std::string> display_names(std::string_view value);

// The speakers' names a record holds ("speakers": display_names of Slot::kSpeakers, written since
// schema 16), or nullopt for a record without them.
std::optional<std::vector<std::string>> record_speakers(const nlohmann::json& record);

// The quotes of a stored record (read_record) with their text: the record keeps each quote's
// paragraph and byte range in the body, and this cuts the words out of "body".
nlohmann::json stored_quotes(const nlohmann::json& record);

// The paragraphs of a stored record's "body" (Article::body joined them with blank lines).
std::vector<std::string> stored_paragraphs(const nlohmann::json& record);

// The article of a stored record read with its people (read_record), as news-index --explain
// prints it (to_json in common/article.h): the same keys in the same order, inside people and
// quotes too, with the paragraphs cut from the body and the quotes' text put back.
nlohmann::ordered_json stored_article(const nlohmann::json& record);

// Near-duplicate detection. The SimHash of an article's body (standfirst and paragraphs; the title
// is left out, since copies of a story often re-title it): the body is lower-cased and cut into
// words (runs of ASCII letters and digits, and of bytes >= 0x80, so UTF-8 letters count), each word
// is hashed (FNV-1a), every run of 3 consecutive words (a shingle) gets a 64-bit hash (a polynomial
// of its word hashes through murmur3's finaliser, so every bit is balanced), and bit i of the
// SimHash is 1 when more than half of the shingles have bit i set. Word
// 3-grams rather than single words: two articles on one topic share most of their words but few of
// their 3-grams, so only near-copies come out close. Bodies of 1 or 2 words hash their words; a
// body without words has no SimHash (nullopt).
std::optional<std::uint64_t> simhash(const Article& article);

// The band terms (XSIM...) of a SimHash: one per 16-bit band. Two SimHashes within
// kMaxStoryDistance bits share one at least (indexer/stories.h).
std::vector<std::string> simhash_band_terms(std::uint64_t hash);

// The SimHash stored in a document, or nothing for a document without one.
std::optional<std::uint64_t> read_simhash(const Xapian::Document& document);

// A SimHash as its value slot holds it (16 lower-case hex digits): also the label of the story it
// starts (Slot::kStory).
std::string simhash_value(std::uint64_t hash);

// A TermGenerator set up as the indexer and the query parser agree: English stemmer, STEM_SOME.
Xapian::TermGenerator make_term_generator();

// The English stemmer both sides use.
Xapian::Stem english_stemmer();

// The person-block term (common/schema.h) of a quote-field term: "Z", the quote prefix and the stem
// of the word of an unstemmed term ("XSAIDharbours" -> "ZXSAIDharbour"); a stemmed term ("Z...")
// as it is. A word that does not start with a letter (an ASCII digit or mark) is not stemmed, as
// TermGenerator does not stem it. The indexer writes the blocks' quote words through it and the
// search maps the query's quote terms through it, so the two always agree.
std::string block_quote_term(std::string_view term, const Xapian::Stem& stemmer);

// True when `block_term` (block_quote_term's form) is an English function word ("the", "we",
// "would"), which no person block holds (schema 17): a quote: condition on such a word is decided
// on the article only, by both the windows and the match decider, as a stopper would drop it.
bool is_block_stopword(std::string_view block_term);

// The body's stemmed term of a block quote term ("ZXSAIDharbour" -> "Zharbour"). A block holds a
// quote word's position on that term when the article has it (the body's stemmed terms have no
// positions of their own), else on the block term itself: a search looks for either.
std::string body_stem_term(std::string_view block_term);

}  // namespace news
