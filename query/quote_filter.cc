#include "query/quote_filter.h"

#include "common/document.h"
#include "common/people.h"
#include "common/schema.h"

namespace news {

namespace {

// Three-valued logic: a condition about something other than speakers and quotes is "open": the
// database decided it, so it neither keeps nor drops a person.
enum class Truth { kFalse, kTrue, kOpen };

Truth negate(Truth t) {
  return t == Truth::kOpen ? t : (t == Truth::kTrue ? Truth::kFalse : Truth::kTrue);
}

bool has_prefix(std::string_view term, std::string_view prefix) {
  // Stemmed terms carry a leading "Z" before the field prefix.
  return term.starts_with(prefix) || (term.starts_with('Z') && term.substr(1).starts_with(prefix));
}

// The terms one person has, generated as the query parser generates query terms.
struct PersonTerms {
  std::set<std::string> names;   // speaker-prefixed words of name and aliases, the who-term,
                                 // and org-prefixed words of the affiliation
  std::set<std::string> quotes;  // block terms of the words of the person's quotes
};

void add_terms(Xapian::TermGenerator& generator, const std::string& text, const std::string& prefix,
               std::set<std::string>& out) {
  Xapian::Document document;
  generator.set_document(document);
  generator.index_text(text, 1, prefix);
  for (auto it = document.termlist_begin(); it != document.termlist_end(); ++it) out.insert(*it);
}

// The words of a quote as the person blocks hold them (block_quote_term: "ZXSAID" and the stem),
// so that this check and the index's windows (query/quote_blocks.h) agree on what a person said:
// "minister's" is a quote of "minister".
void add_quote_stems(Xapian::TermGenerator& generator, const Xapian::Stem& stemmer,
                     const std::string& text, std::set<std::string>& out) {
  std::set<std::string> words;
  add_terms(generator, text, std::string(field(FieldSource::kQuote).prefix), words);
  for (const std::string& word : words) out.insert(block_quote_term(word, stemmer));
}

}  // namespace

struct QuoteFilter::Node {
  enum class Kind { kAll, kAny, kNot, kSpeakerTerm, kQuoteTerm, kOpen, kNothing };
  Kind kind = Kind::kOpen;
  std::string term;
  std::vector<std::unique_ptr<Node>> children;

  Truth eval(const PersonTerms& person) const {
    switch (kind) {
      case Kind::kSpeakerTerm:
        return person.names.count(term) ? Truth::kTrue : Truth::kFalse;
      case Kind::kQuoteTerm:
        return person.quotes.count(term) ? Truth::kTrue : Truth::kFalse;
      case Kind::kOpen:
        return Truth::kOpen;
      case Kind::kNothing:
        return Truth::kFalse;
      case Kind::kNot:
        return negate(children.front()->eval(person));
      case Kind::kAll: {
        bool any_true = false;
        for (const auto& child : children) {
          const Truth t = child->eval(person);
          if (t == Truth::kFalse) return Truth::kFalse;
          any_true = any_true || t == Truth::kTrue;
        }
        return any_true ? Truth::kTrue : Truth::kOpen;
      }
      case Kind::kAny: {
        bool any_open = false;
        for (const auto& child : children) {
          const Truth t = child->eval(person);
          if (t == Truth::kTrue) return Truth::kTrue;
          any_open = any_open || t == Truth::kOpen;
        }
        return any_open ? Truth::kOpen : Truth::kFalse;
      }
    }
    return Truth::kOpen;
  }
};

namespace {

using Node = QuoteFilter::Node;

std::unique_ptr<Node> make(Node::Kind kind) {
  auto node = std::make_unique<Node>();
  node->kind = kind;
  return node;
}

// Builds the condition tree of a Xapian query (1.4's Query introspection: type and subqueries).
std::unique_ptr<Node> build(const Xapian::Query& query, std::set<std::string>& quote_terms,
                            const Xapian::Stem& stemmer) {
  const std::string speaker_prefix(field(FieldSource::kSpeaker).prefix);
  const std::string who_prefix(field(FieldSource::kSpeakerExact).prefix);
  const std::string person_prefix(field(FieldSource::kPerson).prefix);
  const std::string org_prefix(field(FieldSource::kAffiliation).prefix);
  const std::string quote_prefix(field(FieldSource::kQuote).prefix);
  const auto children = [&](Node::Kind kind, std::size_t from = 0) {
    auto node = make(kind);
    for (std::size_t i = from; i < query.get_num_subqueries(); ++i)
      node->children.push_back(build(query.get_subquery(i), quote_terms, stemmer));
    return node;
  };
  switch (query.get_type()) {
    case Xapian::Query::LEAF_TERM: {
      const std::string term = *query.get_terms_begin();
      auto node = make(Node::Kind::kOpen);
      node->term = term;
      if (has_prefix(term, quote_prefix)) {
        // By its stem, as the person blocks hold it (add_quote_stems); a function word is open,
        // as the blocks do not hold it (is_block_stopword).
        node->term = block_quote_term(term, stemmer);
        if (is_block_stopword(node->term)) return node;
        node->kind = Node::Kind::kQuoteTerm;
        quote_terms.insert(node->term);
      } else if (has_prefix(term, speaker_prefix) || term.starts_with(who_prefix) ||
                 term.starts_with(person_prefix) || has_prefix(term, org_prefix)) {
        node->kind = Node::Kind::kSpeakerTerm;
      }
      return node;
    }
    case Xapian::Query::LEAF_MATCH_NOTHING:
      return make(Node::Kind::kNothing);
    case Xapian::Query::OP_AND:
    case Xapian::Query::OP_FILTER:
    case Xapian::Query::OP_PHRASE:
    case Xapian::Query::OP_NEAR:
      return children(Node::Kind::kAll);
    case Xapian::Query::OP_OR:
    case Xapian::Query::OP_XOR:
    case Xapian::Query::OP_SYNONYM:
    case Xapian::Query::OP_MAX:
    case Xapian::Query::OP_ELITE_SET:
      return children(Node::Kind::kAny);
    case Xapian::Query::OP_AND_NOT: {
      auto node = make(Node::Kind::kAll);
      node->children.push_back(build(query.get_subquery(0), quote_terms, stemmer));
      auto excluded = make(Node::Kind::kNot);
      excluded->children.push_back(children(Node::Kind::kAny, 1));
      node->children.push_back(std::move(excluded));
      return node;
    }
    case Xapian::Query::OP_AND_MAYBE:
    case Xapian::Query::OP_SCALE_WEIGHT:
      return query.get_num_subqueries() > 0 ? build(query.get_subquery(0), quote_terms, stemmer)
                                            : make(Node::Kind::kOpen);
    default:
      // Value ranges, wildcards, match-all: decided by the database.
      return make(Node::Kind::kOpen);
  }
}

PersonTerms terms_of(const std::string& article_id, const nlohmann::json& person,
                     const nlohmann::json& quotes, Xapian::TermGenerator& generator,
                     const Xapian::Stem& stemmer) {
  PersonTerms terms;
  const std::string name = person.value("name", "");
  // person: and the persons speaker: adds (query/people.h), as the article's document has them.
  if (const std::string local_id = local_person_id(article_id, name); !local_id.empty()) {
    terms.names.insert(boolean_term(FieldSource::kPerson, local_id));
    // A person of the record is a confirmed mention: a surname-only one also has its surname's
    // shared id (common/people.h), which a search for a surname's persons may match.
    if (is_surname_only_id(local_id))
      terms.names.insert(
          boolean_term(FieldSource::kPerson, shared_surname_id(surname_of_id(local_id))));
  }
  const std::string speaker_prefix(field(FieldSource::kSpeaker).prefix);
  add_terms(generator, name, speaker_prefix, terms.names);
  for (const auto& alias : person.value("aliases", nlohmann::json::array()))
    add_terms(generator, alias.get<std::string>(), speaker_prefix, terms.names);
  terms.names.insert(boolean_term(FieldSource::kSpeakerExact, [&] {
    std::string lower = name;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return lower;
  }()));
  // "org:idc quote:market": someone who speaks for IDC said it, as with speaker:.
  if (const auto affiliation = person.find("affiliation");
      affiliation != person.end() && affiliation->is_string())
    add_terms(generator, affiliation->get<std::string>(),
              std::string(field(FieldSource::kAffiliation).prefix), terms.names);
  for (const auto& quote : quotes) {
    if (quote.value("speaker", "") == name)
      add_quote_stems(generator, stemmer, quote.value("text", ""), terms.quotes);
  }
  return terms;
}

}  // namespace

QuoteFilter::QuoteFilter(const Xapian::Query& marked)
    : root_(build(marked, quote_terms_, english_stemmer())) {}

QuoteFilter::~QuoteFilter() = default;

const std::set<std::string>& QuoteFilter::quote_terms() const {
  return quote_terms_;
}

std::vector<SpeakerMatch> QuoteFilter::matches(const nlohmann::json& record) const {
  std::vector<SpeakerMatch> out;
  Xapian::TermGenerator generator = make_term_generator();
  const Xapian::Stem stemmer = english_stemmer();
  const nlohmann::json quotes = stored_quotes(record);
  for (const auto& person : record.value("people", nlohmann::json::array())) {
    const PersonTerms terms = terms_of(record.value("id", ""), person, quotes, generator, stemmer);
    if (root_->eval(terms) == Truth::kFalse) continue;
    const auto affiliation = person.find("affiliation");
    SpeakerMatch match{person.value("name", ""),
                       affiliation != person.end() && affiliation->is_string()
                           ? affiliation->get<std::string>()
                           : std::string(),
                       nlohmann::json::array()};
    for (const auto& quote : quotes) {
      if (quote.value("speaker", "") != match.speaker) continue;
      bool shows = quote_terms_.empty();
      if (!shows) {
        std::set<std::string> words;
        add_quote_stems(generator, stemmer, quote.value("text", ""), words);
        for (const auto& term : quote_terms_) shows = shows || words.count(term) > 0;
      }
      if (shows) match.quotes.push_back(quote);
    }
    out.push_back(std::move(match));
  }
  return out;
}

bool QuoteFilter::operator()(const Xapian::Document& document) const {
  const std::optional<nlohmann::json> record = parse_record(document.get_data());
  if (!record) return false;
  Xapian::TermGenerator generator = make_term_generator();
  const Xapian::Stem stemmer = english_stemmer();
  const nlohmann::json quotes = stored_quotes(*record);
  for (const auto& person : record->value("people", nlohmann::json::array())) {
    if (root_->eval(terms_of(record->value("id", ""), person, quotes, generator, stemmer)) !=
        Truth::kFalse)
      return true;
  }
  return false;
}

}  // namespace news
