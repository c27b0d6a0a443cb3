#include "common/query_parser.h"

#include <cctype>
#include <charconv>
#include <optional>

#include <fmt/format.h>

#include "common/document.h"
#include "common/error.h"
#include "common/schema.h"
#include "common/strings.h"

namespace news {

namespace {

constexpr unsigned kQueryFlags = Xapian::QueryParser::FLAG_DEFAULT |
                                 Xapian::QueryParser::FLAG_WILDCARD |
                                 Xapian::QueryParser::FLAG_PURE_NOT;
// A wildcard such as "s*" could expand to most of the vocabulary; cap it and say so.
constexpr Xapian::termcount kMaxWildcardExpansion = 2000;

// The first and last sort keys ("YYYYMMDDHHMM") a date expression covers.
struct KeySpan {
  std::string first;
  std::string last;
};

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c));
  });
}

int to_int(std::string_view s) {
  int value = 0;
  std::from_chars(s.data(), s.data() + s.size(), value);
  return value;
}

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

// A year ("2023") or a month ("2023-11"), which parse_date does not take as dates on their own.
std::optional<KeySpan> parse_partial_date(std::string_view text) {
  if (text.size() == 4 && all_digits(text)) {
    const int year = to_int(text);
    if (year < 1000) return std::nullopt;
    return KeySpan{fmt::format("{:04}01010000", year), fmt::format("{:04}12312359", year)};
  }
  if (text.size() == 7 && (text[4] == '-' || text[4] == '/') && all_digits(text.substr(0, 4)) &&
      all_digits(text.substr(5))) {
    const int year = to_int(text.substr(0, 4));
    const int month = to_int(text.substr(5));
    if (year < 1000 || month < 1 || month > 12) return std::nullopt;
    return KeySpan{fmt::format("{:04}{:02}010000", year, month),
                   fmt::format("{:04}{:02}{:02}2359", year, month, days_in_month(year, month))};
  }
  return std::nullopt;
}

std::optional<KeySpan> parse_span(std::string_view text, const DateParseOptions& options) {
  if (auto partial = parse_partial_date(text)) return partial;
  const auto date = parse_date(text, options);
  if (!date) return std::nullopt;
  if (date->precision == DatePrecision::kMinute) return KeySpan{date->sort_key(), date->sort_key()};
  const std::string day = date->sort_key().substr(0, 8);
  return KeySpan{day + "0000", day + "2359"};
}

class DateFieldProcessor : public Xapian::FieldProcessor {
 public:
  DateFieldProcessor(Xapian::valueno slot, DateParseOptions options,
                     std::shared_ptr<std::string> error)
      : slot_(slot), options_(options), error_(std::move(error)) {}
  Xapian::Query operator()(const std::string& text) override {
    try {
      return date_range_query(slot_, text, options_);
    } catch (const QueryError& e) {
      if (error_->empty()) *error_ = e.what();
      return Xapian::Query::MatchNothing;
    }
  }

 private:
  Xapian::valueno slot_;
  DateParseOptions options_;
  std::shared_ptr<std::string> error_;
};

// Exact-value fields are indexed lower-cased, so `byline:"George Bunn"` must be lower-cased too.
class BooleanFieldProcessor : public Xapian::FieldProcessor {
 public:
  explicit BooleanFieldProcessor(FieldSource source) : source_(source) {}
  Xapian::Query operator()(const std::string& text) override {
    return Xapian::Query(boolean_term(source_, lower_ascii(text)));
  }

 private:
  FieldSource source_;
};

}  // namespace

Xapian::Query date_range_query(Xapian::valueno slot, std::string_view expression,
                               const DateParseOptions& options) {
  const auto bad = [&](std::string_view why) {
    return QueryError(fmt::format(
        "bad date '{}': {}; use a day, month or year (2023-11-27, 27/11/2023, 2023-11, 2023) or a "
        "range of them (2023-11..2023-12, 2023-11-01.., ..2023)",
        expression, why));
  };
  const std::size_t dots = expression.find("..");
  if (dots == std::string_view::npos) {
    const auto span = parse_span(expression, options);
    if (!span) throw bad("not a date");
    return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, span->first, span->last);
  }
  const std::string_view from = expression.substr(0, dots);
  const std::string_view to = expression.substr(dots + 2);
  if (from.empty() && to.empty()) throw bad("a range needs at least one end");
  std::optional<KeySpan> first;
  std::optional<KeySpan> last;
  if (!from.empty() && !(first = parse_span(from, options)))
    throw bad(fmt::format("'{}' is not a date", from));
  if (!to.empty() && !(last = parse_span(to, options)))
    throw bad(fmt::format("'{}' is not a date", to));
  if (first && last && first->first > last->last) throw bad("the range ends before it starts");
  if (!first) return Xapian::Query(Xapian::Query::OP_VALUE_LE, slot, last->last);
  if (!last) return Xapian::Query(Xapian::Query::OP_VALUE_GE, slot, first->first);
  return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, first->first, last->last);
}

ArticleQueryParser::ArticleQueryParser(const Xapian::Database& db, const QueryOptions& options)
    : field_error_(std::make_shared<std::string>()) {
  for (Xapian::QueryParser* parser : {&retrieval_, &marking_}) {
    parser->set_database(db);
    parser->set_stemmer(english_stemmer());
    parser->set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    parser->set_default_op(Xapian::Query::OP_AND);
    parser->set_max_expansion(kMaxWildcardExpansion, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
    for (const auto& spec : kFields) {
      if (spec.name.empty()) continue;
      const std::string name(spec.name);
      switch (spec.kind) {
        case FieldKind::kText:
          parser->add_prefix(name, std::string(spec.prefix));
          break;
        case FieldKind::kQuote:
          // The words a person said are in the body; the marking reading keeps them apart.
          parser->add_prefix(name, parser == &marking_ ? std::string(spec.prefix) : std::string());
          break;
        case FieldKind::kBoolean:
          parser->add_boolean_prefix(name, (new BooleanFieldProcessor(spec.source))->release());
          break;
        case FieldKind::kDate:
          parser->add_boolean_prefix(
              name, (new DateFieldProcessor(slot_number(*spec.slot), options.dates, field_error_))
                        ->release());
          break;
      }
    }
  }
}

Xapian::Query ArticleQueryParser::parse_with(Xapian::QueryParser& parser, std::string_view query) {
  field_error_->clear();
  Xapian::Query parsed;
  try {
    parsed = parser.parse_query(std::string(query), kQueryFlags);
  } catch (const Xapian::QueryParserError& e) {
    throw QueryError(fmt::format("cannot parse query '{}': {}", query, e.get_msg()));
  }
  if (!field_error_->empty()) throw QueryError(*field_error_);
  return parsed;
}

ParsedQuery ArticleQueryParser::parse(std::string_view query) {
  const Xapian::Query articles(boolean_term(FieldSource::kType, kArticleType));
  const bool blank = std::all_of(query.begin(), query.end(), [](char c) {
    return std::isspace(static_cast<unsigned char>(c));
  });
  if (blank) return {articles, Xapian::Query(), false};
  ParsedQuery parsed;
  parsed.marked = parse_with(marking_, query);
  const std::string quote_prefix(field(FieldSource::kQuote).prefix);
  for (auto it = parsed.marked.get_unique_terms_begin(); it != parsed.marked.get_unique_terms_end();
       ++it) {
    // Stemmed terms carry a leading "Z" before the prefix.
    const std::string term = *it;  // a copy: the iterator yields a temporary
    if (term.starts_with(quote_prefix) ||
        (term.starts_with('Z') && term.substr(1).starts_with(quote_prefix)))
      parsed.has_quote_words = true;
  }
  const Xapian::Query retrieval =
      parsed.has_quote_words ? parse_with(retrieval_, query) : parsed.marked;
  parsed.query =
      retrieval.empty() ? articles : Xapian::Query(Xapian::Query::OP_FILTER, retrieval, articles);
  return parsed;
}

}  // namespace news
