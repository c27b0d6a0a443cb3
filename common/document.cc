#include "common/document.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <set>
#include <unordered_map>

#include <fmt/format.h>

#include "common/date_order.h"
#include "common/error.h"
#include "common/people.h"
#include "common/schema.h"
#include "common/strings.h"

namespace news {

namespace {

// A gap in term positions between paragraphs (and between fields) so that phrase and NEAR queries
// do not match across them.
constexpr Xapian::termpos kFieldGap = 100;

std::string encode_u64(std::uint64_t n);

void index_text_field(Xapian::TermGenerator& generator, const FieldSpec& spec,
                      const std::string& text) {
  if (text.empty()) return;
  generator.index_text(text, spec.weight, std::string(spec.prefix));
  if (spec.also_unprefixed) generator.index_text(text, spec.weight);
  generator.increase_termpos(kFieldGap);
}

// The gap between the names, the affiliation and the quotes inside a person's block, so that a
// phrase (speaker:"carl dane") does not run from one into the next.
constexpr Xapian::termpos kBlockPartGap = 2;

// Words remembered per thread by block_term_of_word: news text repeats its words, and a few MiB
// per thread is small beside the documents in flight.
constexpr std::size_t kBlockTermCacheSize = std::size_t{1} << 16;

// The block term of a quote word as the scratch document of index_person_blocks holds it
// ("XSAIDbudget" -> "ZXSAIDbudget"), or "" for a function word: block_quote_term and
// is_block_stopword, remembered per thread (stemming was a third of the blocks' work; it is the
// same English stemmer on every call, so the cache is keyed by the word alone). Cleared when full.
// The reference is good until the next call.
const std::string& block_term_of_word(const std::string& word, const Xapian::Stem& stemmer) {
  thread_local std::unordered_map<std::string, std::string> cache;
  if (const auto it = cache.find(word); it != cache.end()) return it->second;
  if (cache.size() >= kBlockTermCacheSize) cache.clear();
  std::string term = block_quote_term(word, stemmer);
  if (is_block_stopword(term)) term.clear();
  return cache.emplace(word, std::move(term)).first->second;
}

// Person blocks (schema.h): block k of the article's k-th person holds their identity terms and
// the stems of their quotes' words, kQuoteBlockGap positions from the next person's, so that
// Xapian's OP_NEAR with window kQuoteBlockWindow checks conditions person by person.
void index_person_blocks(const Article& article, Xapian::Document& document,
                         Xapian::TermGenerator& generator) {
  const Xapian::termpos after_fields = generator.get_termpos();
  const FieldSpec& speaker = field(FieldSource::kSpeaker);
  const FieldSpec& org = field(FieldSource::kAffiliation);
  const std::string quote_prefix(field(FieldSource::kQuote).prefix);
  const std::size_t blocks = std::min(article.people.size(), kMaxQuoteBlocks);
  // The quote words, unstemmed: block_term_of_word stems each distinct one.
  Xapian::TermGenerator words;
  words.set_stemming_strategy(Xapian::TermGenerator::STEM_NONE);
  const Xapian::Stem stemmer = english_stemmer();
  for (std::size_t k = 0; k < blocks; ++k) {
    const Person& person = article.people[k];
    const Xapian::termpos start =
        kQuoteBlockStart + static_cast<Xapian::termpos>(k) * kQuoteBlockGap;
    Xapian::termpos pos = start;
    document.add_posting(boolean_term(FieldSource::kPersonBlock, ""), pos++, 0);
    // Boolean identity terms keep wdf 0: only their positions are new.
    if (const std::string id = local_person_id(article.id, person.name); !id.empty()) {
      document.add_posting(boolean_term(FieldSource::kPerson, id), pos++, 0);
      if (is_surname_only_id(id))
        document.add_posting(
            boolean_term(FieldSource::kPerson, shared_surname_id(surname_of_id(id))), pos++, 0);
    }
    document.add_posting(boolean_term(FieldSource::kSpeakerExact, lower_ascii(person.name)), pos++,
                         0);
    generator.set_termpos(pos);
    // Names and affiliation are short: their stems get positions too, as the query parser
    // searches a lower-case word by its stem.
    generator.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME_FULL_POS);
    const auto index_part = [&](const std::string& text, const FieldSpec& spec) {
      if (text.empty()) return;
      generator.index_text(text, spec.weight, std::string(spec.prefix));
      generator.increase_termpos(kBlockPartGap);
    };
    index_part(person.name, speaker);
    for (const auto& alias : person.aliases) index_part(alias, speaker);
    index_part(person.affiliation, org);
    generator.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
    // Quote words: each stem of the person's quotes once, wdf 0 (the body already counts them). A
    // window only asks whether the person said a word, so one position per stem is enough
    // (docs/quote-blocks.md measures this against a position for every word), and each distinct
    // word is stemmed once.
    Xapian::Document said;
    words.set_document(said);
    for (const Quote& quote : article.quotes)
      if (quote.speaker == person.name)
        words.index_text_without_positions(quote.text, 0, quote_prefix);
    std::set<std::string> stems;
    for (auto it = said.termlist_begin(); it != said.termlist_end(); ++it)
      if (const std::string& stem = block_term_of_word(*it, stemmer); !stem.empty())
        stems.insert(stem);
    // A stem the body has as a stemmed term gets its block position on that term: no new term,
    // only a position (schema 17; the body's Z-terms have none of their own). The stems and the
    // document's terms are both in byte order, and "Z<stem>" orders as "ZXSAID<stem>" does among
    // stems, so one walk of the term list finds them all.
    pos = generator.get_termpos();
    Xapian::TermIterator body = document.termlist_begin();
    for (const std::string& stem : stems) {
      if (pos - start >= kQuoteBlockWindow) break;  // past any real person's vocabulary
      std::string body_term = body_stem_term(stem);
      body.skip_to(body_term);
      document.add_posting(
          body != document.termlist_end() && *body == body_term ? std::move(body_term) : stem,
          pos++, 0);
    }
  }
  generator.set_termpos(after_fields);
}

// A single-valued boolean field that is also a facet: its term, and the term's value in `slot`
// for counting (schema.h).
void index_facet_field(FieldSource source, const std::string& text, Slot slot,
                       Xapian::Document& document) {
  if (text.empty()) return;
  const std::string value = lower_ascii(text);
  document.add_boolean_term(boolean_term(source, value));
  document.add_value(slot_number(slot), boolean_term_value(source, value));
}

void index_field(const FieldSpec& spec, const Article& article, Xapian::Document& document,
                 Xapian::TermGenerator& generator) {
  switch (spec.source) {
    case FieldSource::kId:
      document.add_boolean_term(id_term(article.id));
      break;
    case FieldSource::kType:
      document.add_boolean_term(boolean_term(spec.source, kArticleType));
      break;
    case FieldSource::kContentHash:
      if (!article.content_hash.empty())
        document.add_boolean_term(boolean_term(spec.source, article.content_hash));
      break;
    case FieldSource::kFile:
      document.add_boolean_term(file_term(article.path));
      break;
    case FieldSource::kSimHash:
      if (const auto hash = simhash(article)) {
        for (const auto& term : simhash_band_terms(*hash)) document.add_boolean_term(term);
        document.add_value(slot_number(Slot::kSimHash), simhash_value(*hash));
      }
      break;
    case FieldSource::kTitle:
      index_text_field(generator, spec, article.title);
      break;
    case FieldSource::kAuthor:
      for (const auto& author : article.authors) index_text_field(generator, spec, author);
      break;
    case FieldSource::kAuthorExact:
      for (const auto& author : article.authors)
        document.add_boolean_term(boolean_term(spec.source, lower_ascii(author)));
      if (!article.authors.empty())
        document.add_value(slot_number(Slot::kAuthors), join(article.authors, "\n"));
      break;
    case FieldSource::kBody:
      for (const auto& line : article.standfirst) index_text_field(generator, spec, line);
      for (const auto& paragraph : article.paragraphs) index_text_field(generator, spec, paragraph);
      break;
    case FieldSource::kSpeaker:
      // In the person blocks (kQuote).
      break;
    case FieldSource::kSpeakerExact: {
      std::vector<std::string> names;
      for (const auto& person : article.people) {
        names.push_back(person.name);
        document.add_boolean_term(boolean_term(spec.source, lower_ascii(person.name)));
      }
      if (!names.empty()) document.add_value(slot_number(Slot::kSpeakers), join(names, "\n"));
      break;
    }
    case FieldSource::kPerson: {
      const std::vector<PersonMention> mentions = mentions_of(article);
      for (const std::string& id : document_person_ids(mentions))
        document.add_boolean_term(boolean_term(spec.source, id));
      if (!mentions.empty())
        document.add_value(slot_number(Slot::kPeople), encode_mentions(mentions));
      if (const WordSet context = article_context(article, mentions); !context.empty())
        document.add_value(slot_number(Slot::kPeopleContext), context.encode());
      break;
    }
    case FieldSource::kAffiliation:
      // In the person blocks (kQuote).
      break;
    case FieldSource::kQuote:
      index_person_blocks(article, document, generator);
      break;
    case FieldSource::kPersonBlock:
      // Written with the person blocks (kQuote).
      break;
    case FieldSource::kSection:
      index_facet_field(spec.source, article.section, Slot::kSection, document);
      break;
    case FieldSource::kOutlet:
      index_facet_field(spec.source, article.outlet, Slot::kOutlet, document);
      break;
    case FieldSource::kLanguage:
      if (!article.language.empty())
        document.add_boolean_term(boolean_term(spec.source, lower_ascii(article.language)));
      break;
    case FieldSource::kPublished:
      if (article.published) {
        const std::string key = article.published->sort_key();
        document.add_value(slot_number(*spec.slot), key);
        if (const std::optional<std::int64_t> minutes = key_minutes(key)) {
          document.add_value(slot_number(Slot::kRecencyWeight),
                             Xapian::sortable_serialise(recency_weight(*minutes)));
          document.add_value(slot_number(Slot::kRecencyYearWeight),
                             Xapian::sortable_serialise(recency_year_weight(*minutes)));
        }
      }
      break;
    case FieldSource::kUpdated:
      if (article.updated) document.add_value(slot_number(*spec.slot), article.updated->sort_key());
      break;
  }
}

// Fixed-width hex keeps the value exact (a double would round nanoseconds) and byte-sortable.
std::string encode_u64(std::uint64_t n) {
  return fmt::format("{:016x}", n);
}

std::uint64_t decode_u64(std::string_view hex) {
  std::uint64_t n = 0;
  for (char c : hex) {
    const int digit = (c >= '0' && c <= '9') ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10 : -1;
    if (digit < 0) return 0;
    n = n * 16 + static_cast<std::uint64_t>(digit);
  }
  return n;
}

// The murmur3 finaliser: spreads every input bit over every output bit, so that each bit of a
// shingle hash is a fair coin for the SimHash vote.
std::uint64_t mix64(std::uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 33;
  return h;
}

bool is_word_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

}  // namespace

std::optional<std::uint64_t> simhash(const Article& article) {
  // Each word is hashed as it is read (FNV-1a over its lower-cased bytes), without building
  // strings; a shingle's hash is the finaliser of a polynomial in its three word hashes, so word
  // order counts.
  std::vector<std::uint64_t> words;
  const auto add_words = [&](const std::string& text) {
    std::size_t i = 0;
    while (i < text.size()) {
      if (!is_word_byte(static_cast<unsigned char>(text[i]))) {
        ++i;
        continue;
      }
      std::uint64_t h = 0xcbf29ce484222325ull;
      while (i < text.size() && is_word_byte(static_cast<unsigned char>(text[i]))) {
        unsigned char c = static_cast<unsigned char>(text[i++]);
        if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
        h = (h ^ c) * 0x100000001b3ull;
      }
      words.push_back(h);
    }
  };
  for (const auto& line : article.standfirst) add_words(line);
  for (const auto& paragraph : article.paragraphs) add_words(paragraph);
  if (words.empty()) return std::nullopt;

  constexpr std::size_t kShingle = 3;
  // ones[bit]: how many shingle hashes have that bit set; a SimHash bit is 1 when most do. Counted
  // a byte at a time: kSpread turns a byte into 8 one-byte counters, so a shingle costs 8 table
  // additions rather than 64 bit tests, and the counters are flushed before they could overflow.
  static constexpr std::array<std::uint64_t, 256> kSpread = [] {
    std::array<std::uint64_t, 256> table{};
    for (unsigned byte = 0; byte < 256; ++byte)
      for (unsigned k = 0; k < 8; ++k)
        if (byte >> k & 1) table[byte] |= std::uint64_t{1} << (8 * k);
    return table;
  }();
  std::array<std::uint32_t, 64> ones{};
  std::array<std::uint64_t, 8> lanes{};
  unsigned pending = 0;
  const auto flush = [&] {
    for (unsigned j = 0; j < 8; ++j) {
      for (unsigned k = 0; k < 8; ++k)
        ones[8 * j + k] += static_cast<std::uint32_t>((lanes[j] >> (8 * k)) & 0xff);
      lanes[j] = 0;
    }
    pending = 0;
  };
  const std::size_t width = std::min(kShingle, words.size());
  const std::size_t shingles = words.size() - width + 1;
  for (std::size_t i = 0; i < shingles; ++i) {
    std::uint64_t h = 0;
    for (std::size_t j = i; j < i + width; ++j) h = h * 0x9e3779b97f4a7c15ull + words[j];
    h = mix64(h);
    for (unsigned j = 0; j < 8; ++j) lanes[j] += kSpread[(h >> (8 * j)) & 0xff];
    if (++pending == 255) flush();
  }
  flush();
  std::uint64_t hash = 0;
  for (int bit = 0; bit < 64; ++bit)
    if (2 * static_cast<std::size_t>(ones[bit]) > shingles) hash |= std::uint64_t{1} << bit;
  return hash;
}

std::vector<std::string> simhash_band_terms(std::uint64_t hash) {
  std::vector<std::string> terms;
  for (int band = 0; band < 4; ++band) {
    const auto bits = static_cast<unsigned>((hash >> (16 * band)) & 0xffff);
    terms.push_back(boolean_term(FieldSource::kSimHash, fmt::format("{}{:04x}", band, bits)));
  }
  return terms;
}

std::string simhash_value(std::uint64_t hash) {
  return encode_u64(hash);
}

std::optional<std::uint64_t> read_simhash(const Xapian::Document& document) {
  const std::string value = document.get_value(slot_number(Slot::kSimHash));
  if (value.size() != 16) return std::nullopt;
  return decode_u64(value);
}

Xapian::Stem english_stemmer() {
  return Xapian::Stem("english");
}

bool is_block_stopword(std::string_view block_term) {
  // Function words of English, which nearly every quote has: searched per person they say nothing
  // about who said what, and they were 28-35% of the blocks' quote terms (docs/quote-blocks.md).
  // Words that are as often names or content words are not listed ("may", "us" as U.S. writes
  // it), nor one whose stem is a content word's ("will", the stem of "willing"): the check is on
  // stems, as the query parser gives them.
  static const std::set<std::string, std::less<>> stems = [] {
    constexpr std::array kWords = {
        "a",     "about", "after", "all",   "also", "am",    "an",    "and",  "any",
        "are",   "as",    "at",    "be",    "been", "being", "but",   "by",   "can",
        "could", "did",   "do",    "does",  "for",  "from",  "had",   "has",  "have",
        "he",    "her",   "here",  "him",   "his",  "how",   "i",     "if",   "in",
        "into",  "is",    "it",    "its",   "just", "me",    "more",  "my",   "no",
        "not",   "of",    "on",    "or",    "our",  "out",   "over",  "she",  "should",
        "so",    "some",  "than",  "that",  "the",  "their", "them",  "then", "there",
        "these", "they",  "this",  "those", "to",   "up",    "very",  "was",  "we",
        "were",  "what",  "when",  "which", "who",  "with",  "would", "you",  "your"};
    std::set<std::string, std::less<>> out;
    const Xapian::Stem stemmer = english_stemmer();
    for (const char* word : kWords) out.insert(stemmer(word));
    return out;
  }();
  const std::string_view prefix = field(FieldSource::kQuote).prefix;
  if (!block_term.starts_with('Z') || !block_term.substr(1).starts_with(prefix)) return false;
  return stems.contains(block_term.substr(1 + prefix.size()));
}

std::string body_stem_term(std::string_view block_term) {
  const std::string_view prefix = field(FieldSource::kQuote).prefix;
  return "Z" + std::string(block_term.substr(std::min(block_term.size(), 1 + prefix.size())));
}

std::string block_quote_term(std::string_view term, const Xapian::Stem& stemmer) {
  const std::string_view prefix = field(FieldSource::kQuote).prefix;
  if (term.starts_with('Z')) return std::string(term);
  const std::string word(term.substr(std::min(prefix.size(), term.size())));
  std::string out = "Z" + std::string(prefix);
  const auto first = word.empty() ? 0 : static_cast<unsigned char>(word.front());
  out += first >= 0x80 || std::isalpha(first) ? stemmer(word) : word;
  return out;
}

Xapian::TermGenerator make_term_generator() {
  Xapian::TermGenerator generator;
  generator.set_stemmer(english_stemmer());
  generator.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
  return generator;
}

std::string id_term(const std::string& article_id) {
  return boolean_term(FieldSource::kId, article_id);
}

std::optional<std::string> article_id_of(const Xapian::Document& document) {
  const std::string_view prefix = field(FieldSource::kId).prefix;
  Xapian::TermIterator it = document.termlist_begin();
  it.skip_to(std::string(prefix));
  if (it == document.termlist_end() || !(*it).starts_with(prefix)) return std::nullopt;
  return (*it).substr(prefix.size());
}

std::string file_term(const std::string& canonical_path) {
  return boolean_term(FieldSource::kFile, article_id(canonical_path));
}

std::string record_source_key(const std::string& canonical_path) {
  return std::string(kRecordSourceKeyPrefix) + article_id(canonical_path);
}

std::string encode_record_source(const RecordSourceStamp& source) {
  std::string out = encode_u64(static_cast<std::uint64_t>(source.stamp.mtime_ns)) +
                    encode_u64(static_cast<std::uint64_t>(source.stamp.ctime_ns)) +
                    encode_u64(source.stamp.size) + encode_u64(source.records) +
                    source.stamp.content_hash;
  for (const SkippedRecord& record : source.skipped) {
    std::string reason = record.reason;
    std::replace(reason.begin(), reason.end(), '\n', ' ');
    out += fmt::format("\n{}\t{}", record.number, reason);
  }
  return out;
}

std::optional<RecordSourceStamp> decode_record_source(std::string_view value) {
  constexpr std::size_t kField = 16;
  if (value.size() <= 4 * kField) return std::nullopt;
  const auto field = [&](std::size_t i) { return decode_u64(value.substr(i * kField, kField)); };
  RecordSourceStamp source;
  source.stamp.mtime_ns = static_cast<std::int64_t>(field(0));
  source.stamp.ctime_ns = static_cast<std::int64_t>(field(1));
  source.stamp.size = field(2);
  source.records = field(3);
  std::string_view rest = value.substr(4 * kField);
  std::size_t end = rest.find('\n');
  source.stamp.content_hash = std::string(rest.substr(0, end));
  while (end != std::string_view::npos) {
    rest.remove_prefix(end + 1);
    end = rest.find('\n');
    const std::string_view line = rest.substr(0, end);
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) return std::nullopt;
    SkippedRecord record;
    const auto [number_end, error] = std::from_chars(line.data(), line.data() + tab, record.number);
    if (error != std::errc() || number_end != line.data() + tab) return std::nullopt;
    record.reason = std::string(line.substr(tab + 1));
    source.skipped.push_back(std::move(record));
  }
  return source;
}

void move_document(Xapian::Document& document, const std::string& new_id,
                   const std::string& new_path) {
  nlohmann::json record = read_record(document);
  document.remove_term(id_term(record.value("id", "")));
  document.add_boolean_term(id_term(new_id));
  const std::string old_path = record.value("path", "");
  try {
    document.remove_term(file_term(old_path));
  } catch (const Xapian::InvalidArgumentError&) {
    // Not there: nothing to remove.
  }
  document.add_boolean_term(file_term(new_path));
  // A surname-only person's local id holds the article id (common/people.h).
  std::vector<PersonMention> mentions =
      decode_mentions(document.get_value(slot_number(Slot::kPeople)));
  bool renamed = false;
  for (PersonMention& mention : mentions) {
    if (!is_surname_only_id(mention.local_id)) continue;
    // The term keeps its positions in the person's block (schema.h), which the new term takes.
    const std::string old_term = boolean_term(FieldSource::kPerson, mention.local_id);
    std::vector<Xapian::termpos> positions;
    Xapian::TermIterator term = document.termlist_begin();
    term.skip_to(old_term);
    if (term != document.termlist_end() && *term == old_term)
      positions.assign(term.positionlist_begin(), term.positionlist_end());
    document.remove_term(old_term);
    mention.local_id = local_person_id(new_id, mention.name);
    const std::string new_term = boolean_term(FieldSource::kPerson, mention.local_id);
    document.add_boolean_term(new_term);
    for (const Xapian::termpos pos : positions) document.add_posting(new_term, pos, 0);
    renamed = true;
  }
  if (renamed) document.add_value(slot_number(Slot::kPeople), encode_mentions(mentions));
  record["id"] = new_id;
  record["path"] = new_path;
  const std::string body = record.value("body", "");
  record.erase("body");
  document.set_data(record_data(nlohmann::ordered_json(std::move(record)), body));
  document.add_value(slot_number(Slot::kPath), new_path);
}

Xapian::Document to_document(const Article& article, const SourceStamp& stamp,
                             Xapian::TermGenerator& generator) {
  Xapian::Document document;
  generator.set_document(document);
  for (const auto& spec : kFields) index_field(spec, article, document, generator);
  write_source_stamp(document, stamp);
  document.add_value(slot_number(Slot::kPath), article.path);
  // The indexer gives the article its order when it writes it (write_order again); until then the
  // sort keys rank it by date alone.
  write_order(document, "");

  nlohmann::ordered_json record = to_json(article);
  record.erase("paragraphs");
  // The speakers' names as Slot::kSpeakers has them, in the line a hit reads anyway: a search's
  // listing then needs no value read per hit (record_speakers).
  std::vector<std::string> names;
  for (const auto& person : article.people) names.push_back(person.name);
  record["speakers"] = display_names(join(names, "\n"));
  // The body holds the quotes' words already: keep each quote's place (paragraph, start, end), not
  // a second copy (stored_quotes puts the text back).
  for (auto& quote : record["quotes"]) quote.erase("text");
  document.set_data(record_data(std::move(record), article.body()));
  return document;
}

std::string record_data(nlohmann::ordered_json record, std::string_view body) {
  nlohmann::ordered_json people = nlohmann::ordered_json::object();
  for (const char* key : {"people", "quotes"}) {
    people[key] = record.contains(key) ? std::move(record[key]) : nlohmann::ordered_json::array();
    record.erase(key);
  }
  // A file name that is not UTF-8 cannot go into JSON as it is: its bad bytes become U+FFFD here
  // (the path value slot keeps the exact bytes) rather than stopping the run. A compact dump has
  // no raw newline (newlines in strings are escaped), so each JSON part is one line.
  constexpr auto kReplace = nlohmann::ordered_json::error_handler_t::replace;
  std::string data = record.dump(-1, ' ', false, kReplace);
  data += '\n';
  data += people.dump(-1, ' ', false, kReplace);
  data += '\n';
  data += body;
  return data;
}

void write_order(Xapian::Document& document, const std::string& order) {
  document.add_value(slot_number(Slot::kOrder), order);
  const std::string published = document.get_value(slot_number(Slot::kPublished));
  document.add_value(slot_number(Slot::kOldestKey), oldest_sort_key(published, order));
  document.add_value(slot_number(Slot::kNewestKey), newest_sort_key(published, order));
}

void write_source_stamp(Xapian::Document& document, const SourceStamp& stamp) {
  document.add_value(slot_number(Slot::kSourceStamp),
                     encode_u64(static_cast<std::uint64_t>(stamp.mtime_ns)) +
                         encode_u64(static_cast<std::uint64_t>(stamp.ctime_ns)) +
                         encode_u64(stamp.size) + stamp.content_hash);
}

std::optional<SourceStamp> read_source_stamp(const Xapian::Document& document) {
  return parse_source_stamp(document.get_value(slot_number(Slot::kSourceStamp)));
}

std::optional<SourceStamp> parse_source_stamp(std::string_view value) {
  constexpr std::size_t kField = 16;
  if (value.size() <= 3 * kField) return std::nullopt;
  SourceStamp stamp;
  stamp.mtime_ns = static_cast<std::int64_t>(decode_u64(value.substr(0, kField)));
  stamp.ctime_ns = static_cast<std::int64_t>(decode_u64(value.substr(kField, kField)));
  stamp.size = decode_u64(value.substr(2 * kField, kField));
  stamp.content_hash = std::string(value.substr(3 * kField));
  return stamp;
}

std::vector<std::string> stored_paragraphs(const nlohmann::json& record) {
  // The body is the paragraphs joined by blank lines (Article::body); paragraphs have no newlines.
  std::vector<std::string> paragraphs;
  if (!record.contains("body") || !record["body"].is_string()) return paragraphs;
  std::string_view rest(record["body"].get_ref<const std::string&>());
  while (!rest.empty()) {
    const std::size_t gap = rest.find("\n\n");
    paragraphs.emplace_back(rest.substr(0, gap));
    if (gap == std::string_view::npos) break;
    rest.remove_prefix(gap + 2);
  }
  return paragraphs;
}

nlohmann::json stored_quotes(const nlohmann::json& record) {
  const std::vector<std::string> paragraphs = stored_paragraphs(record);
  nlohmann::json quotes = nlohmann::json::array();
  for (nlohmann::json quote : record.value("quotes", nlohmann::json::array())) {
    if (!quote.contains("text")) {
      const auto p = quote.value("paragraph", std::size_t{0});
      const auto start = quote.value("start", std::size_t{0});
      const auto end = quote.value("end", std::size_t{0});
      quote["text"] = p < paragraphs.size() && start <= end && end <= paragraphs[p].size()
                          ? paragraphs[p].substr(start, end - start)
                          : std::string();
    }
    quotes.push_back(std::move(quote));
  }
  return quotes;
}

namespace {

// `value` with the keys of `model`, in its order, at every level (an array's items take the
// model's first item); keys the model lacks are left out, and a value the model lacks is null.
nlohmann::ordered_json ordered_like(const nlohmann::ordered_json& model,
                                    const nlohmann::json& value) {
  if (model.is_object() && value.is_object()) {
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    for (const auto& [key, item] : model.items())
      out[key] = ordered_like(item, value.contains(key) ? value[key] : nlohmann::json());
    return out;
  }
  if (model.is_array() && !model.empty() && value.is_array()) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const auto& item : value) out.push_back(ordered_like(model.front(), item));
    return out;
  }
  return nlohmann::ordered_json(value);
}

}  // namespace

nlohmann::ordered_json stored_article(const nlohmann::json& record) {
  // The model: an article with a person and a quote, so that to_json spells out every key.
  Article model;
  model.people.emplace_back();
  model.quotes.emplace_back();
  nlohmann::json article = record;
  article["paragraphs"] = stored_paragraphs(record);
  article["quotes"] = stored_quotes(record);
  return ordered_like(to_json(model), article);
}

std::vector<std::string> display_names(std::string_view value) {
  std::vector<std::string> names;
  for (const std::string_view line : split(value, "\n")) {
    if (!line.empty() && std::find(names.begin(), names.end(), line) == names.end())
      names.emplace_back(line);
  }
  return names;
}

std::optional<std::vector<std::string>> record_speakers(const nlohmann::json& record) {
  const auto speakers = record.find("speakers");
  if (speakers == record.end() || !speakers->is_array()) return std::nullopt;
  std::vector<std::string> names;
  for (const auto& name : *speakers) {
    if (!name.is_string()) return std::nullopt;
    names.push_back(name.get<std::string>());
  }
  return names;
}

std::optional<nlohmann::json> parse_record(std::string_view data, bool with_people) {
  const std::size_t first = data.find('\n');
  const std::size_t second = first == std::string_view::npos ? first : data.find('\n', first + 1);
  if (second == std::string_view::npos) return std::nullopt;
  nlohmann::json record =
      nlohmann::json::parse(data.substr(0, first), nullptr, /*allow_exceptions=*/false);
  if (!record.is_object() || !record.contains("id")) return std::nullopt;
  if (with_people) {
    nlohmann::json people = nlohmann::json::parse(data.substr(first + 1, second - first - 1),
                                                  nullptr, /*allow_exceptions=*/false);
    if (!people.is_object()) return std::nullopt;
    record["people"] = std::move(people["people"]);
    record["quotes"] = std::move(people["quotes"]);
  }
  record["body"] = std::string(data.substr(second + 1));
  return record;
}

nlohmann::json read_record(const Xapian::Document& document, bool with_people) {
  std::optional<nlohmann::json> record = parse_record(document.get_data(), with_people);
  if (!record) {
    throw DatabaseError(
        "a document in the database has no article record: was it written by news-index?");
  }
  return std::move(*record);
}

}  // namespace news
