#include "common/document.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "common/error.h"
#include "common/schema.h"
#include "common/strings.h"

namespace news {

namespace {

// A gap in term positions between paragraphs (and between fields) so that phrase and NEAR queries
// do not match across them.
constexpr Xapian::termpos kFieldGap = 100;

void index_text_field(Xapian::TermGenerator& generator, const FieldSpec& spec,
                      const std::string& text, bool unprefixed_too) {
  if (text.empty()) return;
  generator.index_text(text, spec.weight, std::string(spec.prefix));
  if (unprefixed_too) generator.index_text(text, spec.weight);
  generator.increase_termpos(kFieldGap);
}

// What one document describes: an article, or what one person said in it (a quote document).
struct Target {
  const Article& article;
  const Person* speaker = nullptr;   // set for a quote document
  std::vector<const Quote*> quotes;  // that person's quotes, in text order
  std::size_t speaker_index = 0;     // the person's index in article.people
};

std::string joined_lines(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& line : lines) {
    if (!out.empty()) out += '\n';
    out += line;
  }
  return out;
}

void index_person(Xapian::TermGenerator& generator, const FieldSpec& spec, const Person& person) {
  index_text_field(generator, spec, person.name, false);
  for (const auto& alias : person.aliases) index_text_field(generator, spec, alias, false);
}

void index_field(const FieldSpec& spec, const Target& target, Xapian::Document& document,
                 Xapian::TermGenerator& generator) {
  const Article& article = target.article;
  const bool quote_doc = target.speaker != nullptr;
  // Quote documents stay small (they must not double the cost of indexing): no body, and title and
  // author words only under their prefixes. Plain words of a quote-level query search the quote
  // words instead (ArticleQueryParser).
  const bool unprefixed = spec.also_unprefixed && !quote_doc;
  switch (spec.source) {
    case FieldSource::kId:
      document.add_boolean_term(quote_doc ? id_term(quote_id(article.id, target.speaker_index))
                                          : id_term(article.id));
      break;
    case FieldSource::kType:
      document.add_boolean_term(boolean_term(spec.source, quote_doc ? kQuoteType : kArticleType));
      break;
    case FieldSource::kParent:
      if (quote_doc) {
        document.add_boolean_term(boolean_term(spec.source, article.id));
        document.add_value(slot_number(Slot::kParent), article.id);
      }
      break;
    case FieldSource::kTitle:
      index_text_field(generator, spec, article.title, unprefixed);
      break;
    case FieldSource::kAuthor:
      for (const auto& author : article.authors)
        index_text_field(generator, spec, author, unprefixed);
      break;
    case FieldSource::kAuthorExact:
      for (const auto& author : article.authors)
        document.add_boolean_term(boolean_term(spec.source, lower_ascii(author)));
      if (!article.authors.empty())
        document.add_value(slot_number(Slot::kAuthors), joined_lines(article.authors));
      break;
    case FieldSource::kBody:
      if (quote_doc) break;
      for (const auto& line : article.standfirst) index_text_field(generator, spec, line, false);
      for (const auto& paragraph : article.paragraphs)
        index_text_field(generator, spec, paragraph, false);
      break;
    case FieldSource::kSpeaker:
      if (quote_doc) {
        index_person(generator, spec, *target.speaker);
        break;
      }
      for (const auto& person : article.people) index_person(generator, spec, person);
      break;
    case FieldSource::kSpeakerExact: {
      std::vector<std::string> names;
      if (quote_doc) {
        names.push_back(target.speaker->name);
      } else {
        for (const auto& person : article.people) names.push_back(person.name);
      }
      for (const auto& name : names)
        document.add_boolean_term(boolean_term(spec.source, lower_ascii(name)));
      if (!names.empty()) document.add_value(slot_number(Slot::kSpeakers), joined_lines(names));
      break;
    }
    case FieldSource::kQuote:
      for (const Quote* quote : target.quotes)
        index_text_field(generator, spec, quote->text, false);
      break;
    case FieldSource::kSection:
      if (!article.section.empty())
        document.add_boolean_term(boolean_term(spec.source, lower_ascii(article.section)));
      break;
    case FieldSource::kOutlet:
      if (!article.outlet.empty())
        document.add_boolean_term(boolean_term(spec.source, lower_ascii(article.outlet)));
      break;
    case FieldSource::kPublished:
      if (article.published)
        document.add_value(slot_number(*spec.slot), article.published->sort_key());
      break;
    case FieldSource::kUpdated:
      if (article.updated) document.add_value(slot_number(*spec.slot), article.updated->sort_key());
      break;
  }
}

Xapian::Document build(const Target& target, Xapian::TermGenerator& generator) {
  Xapian::Document document;
  generator.set_document(document);
  for (const auto& spec : kFields) index_field(spec, target, document, generator);
  return document;
}

// Fixed-width hex keeps the value exact (a double would round nanoseconds) and byte-sortable.
std::string encode_u64(std::uint64_t n) {
  return fmt::format("{:016x}", n);
}

std::uint64_t decode_u64(const std::string& hex) {
  std::uint64_t n = 0;
  for (char c : hex) {
    const int digit = (c >= '0' && c <= '9') ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10 : -1;
    if (digit < 0) return 0;
    n = n * 16 + static_cast<std::uint64_t>(digit);
  }
  return n;
}

}  // namespace

Xapian::Stem english_stemmer() {
  return Xapian::Stem("english");
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

Xapian::Document to_document(const Article& article, const SourceStamp& stamp,
                             Xapian::TermGenerator& generator) {
  Xapian::Document document = build(Target{article, nullptr, {}, 0}, generator);
  document.add_value(slot_number(Slot::kFileMtime),
                     encode_u64(static_cast<std::uint64_t>(stamp.mtime_ns)));
  document.add_value(slot_number(Slot::kFileSize), encode_u64(stamp.size));
  document.add_value(slot_number(Slot::kContentHash), stamp.content_hash);

  nlohmann::ordered_json record = to_json(article);
  record.erase("paragraphs");
  record["body"] = article.body();
  document.set_data(record.dump());
  return document;
}

std::string quote_id(const std::string& article_id, std::size_t speaker_index) {
  return fmt::format("{}-{}", article_id, speaker_index);
}

std::vector<Xapian::Document> quote_documents(const Article& article,
                                              Xapian::TermGenerator& generator) {
  std::vector<Xapian::Document> documents;
  for (std::size_t p = 0; p < article.people.size(); ++p) {
    const Person& person = article.people[p];
    Target target{article, &person, {}, p};
    nlohmann::ordered_json quotes = nlohmann::ordered_json::array();
    for (const auto& quote : article.quotes) {
      if (quote.speaker != person.name) continue;
      target.quotes.push_back(&quote);
      quotes.push_back({{"text", quote.text},
                        {"direct", quote.direct},
                        {"cue", quote.cue},
                        {"paragraph", quote.paragraph}});
    }
    if (target.quotes.empty()) continue;
    Xapian::Document document = build(target, generator);
    nlohmann::ordered_json record = {
        {"type", "quote"},
        {"id", quote_id(article.id, p)},
        {"article_id", article.id},
        {"speaker", person.name},
        {"aliases", person.aliases},
        {"role", person.role.empty() ? nlohmann::ordered_json(nullptr)
                                     : nlohmann::ordered_json(person.role)},
        {"quotes", quotes},
        {"title", article.title},
        {"path", article.path},
        {"published", article.published ? nlohmann::ordered_json(article.published->to_iso())
                                        : nlohmann::ordered_json(nullptr)}};
    document.set_data(record.dump());
    documents.push_back(std::move(document));
  }
  return documents;
}

std::string parent_term(const std::string& article_id) {
  return boolean_term(FieldSource::kParent, article_id);
}

std::optional<SourceStamp> read_source_stamp(const Xapian::Document& document) {
  const std::string hash = document.get_value(slot_number(Slot::kContentHash));
  if (hash.empty()) return std::nullopt;
  SourceStamp stamp;
  stamp.mtime_ns =
      static_cast<std::int64_t>(decode_u64(document.get_value(slot_number(Slot::kFileMtime))));
  stamp.size = decode_u64(document.get_value(slot_number(Slot::kFileSize)));
  stamp.content_hash = hash;
  return stamp;
}

nlohmann::json read_record(const Xapian::Document& document) {
  nlohmann::json record =
      nlohmann::json::parse(document.get_data(), nullptr, /*allow_exceptions=*/false);
  if (!record.is_object() || !record.contains("id")) {
    throw DatabaseError(
        "a document in the database has no article record: was it written by news-index?");
  }
  return record;
}

}  // namespace news
