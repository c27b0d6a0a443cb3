#include "query/query_parser.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstring>
#include <optional>
#include <tuple>

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

// The first and last sort keys ("YYYYMMDDHHMM") one date (not a range) covers.
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

KeySpan day_span(std::chrono::year_month_day day) {
  const std::string key =
      fmt::format("{:04}{:02}{:02}", static_cast<int>(day.year()),
                  static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
  return KeySpan{key + "0000", key + "2359"};
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

// A day relative to `now` (UTC): "today", "yesterday", or N days, weeks, months or years before
// today ("7d", "2w", "3m", "1y"). A month or year back from the 31st lands on the month's last day.
std::optional<KeySpan> parse_relative_date(std::string_view text, Clock::time_point now) {
  using namespace std::chrono;
  const sys_days today = floor<days>(now);
  const std::string lower = lower_ascii(text);
  if (lower == "today") return day_span(year_month_day{today});
  if (lower == "yesterday") return day_span(year_month_day{today - days{1}});
  if (lower.size() < 2 || lower.size() > 6 ||
      !all_digits(std::string_view(lower).substr(0, lower.size() - 1)))
    return std::nullopt;
  const int count = to_int(std::string_view(lower).substr(0, lower.size() - 1));
  year_month_day target{today};
  switch (lower.back()) {
    case 'd':
      target = year_month_day{today - days{count}};
      break;
    case 'w':
      target = year_month_day{today - weeks{count}};
      break;
    case 'm':
    case 'y': {
      const year_month_day ymd{today};
      // Years before 1000 are not dates; checked before the arithmetic, because
      // std::chrono::year holds only -32767..32767 and "48881y" would wrap to year 18679.
      const int years_back = lower.back() == 'm' ? count / 12 : count;
      if (static_cast<int>(ymd.year()) - years_back < 1000) return std::nullopt;
      year_month shifted = year_month{ymd.year(), ymd.month()};
      shifted = lower.back() == 'm' ? shifted - months{count} : shifted - years{count};
      const day last = year_month_day_last{shifted.year(), month_day_last{shifted.month()}}.day();
      target = year_month_day{shifted.year(), shifted.month(), std::min(ymd.day(), last)};
      break;
    }
    default:
      return std::nullopt;
  }
  // As for absolute dates: years before 1000 are not dates ("99999y").
  if (static_cast<int>(target.year()) < 1000) return std::nullopt;
  return day_span(target);
}

std::optional<KeySpan> parse_span(std::string_view text, const DateParseOptions& options,
                                  Clock::time_point now) {
  if (auto partial = parse_partial_date(text)) return partial;
  if (auto relative = parse_relative_date(text, now)) return relative;
  const auto date = parse_date(text, options);
  if (!date) return std::nullopt;
  if (date->precision == DatePrecision::kMinute) return KeySpan{date->sort_key(), date->sort_key()};
  const std::string day = date->sort_key().substr(0, 8);
  return KeySpan{day + "0000", day + "2359"};
}

// "202401080000" -> "2024-01-08 00:00".
std::string readable_key(std::string_view key) {
  if (key.size() != 12) return std::string(key);
  return fmt::format("{}-{}-{} {}:{}", key.substr(0, 4), key.substr(4, 2), key.substr(6, 2),
                     key.substr(8, 2), key.substr(10, 2));
}

std::string describe_bounds(const DateBounds& bounds) {
  if (bounds.first.empty()) return "up to " + readable_key(bounds.last) + " (open start)";
  if (bounds.last.empty()) return "from " + readable_key(bounds.first) + " (open end)";
  return readable_key(bounds.first) + " to " + readable_key(bounds.last);
}

Xapian::Query bounds_query(Xapian::valueno slot, const DateBounds& bounds) {
  if (bounds.first.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_LE, slot, bounds.last);
  if (bounds.last.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_GE, slot, bounds.first);
  return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, bounds.first, bounds.last);
}

std::string slot_label(Slot slot) {
  return slot == Slot::kUpdated ? "updated" : "published";
}

// Xapian 1.4 suggests a correction for every free word, even one the index has ("tram" ->
// "team", which more articles have); put back each word of `query` that the index knows. The
// corrected string differs from the query only inside words, so both split alike on spaces.
std::string keep_known_words(std::string_view query, const std::string& corrected,
                             const Xapian::Database& db) {
  if (corrected.empty()) return corrected;
  const auto split = [](std::string_view text) {
    std::vector<std::string> tokens;
    std::string current;
    for (char c : text) {
      if (std::isspace(static_cast<unsigned char>(c))) {
        if (!current.empty()) tokens.push_back(std::move(current));
        current.clear();
      } else {
        current += c;
      }
    }
    if (!current.empty()) tokens.push_back(std::move(current));
    return tokens;
  };
  const std::vector<std::string> original = split(query);
  std::vector<std::string> fixed = split(corrected);
  if (original.size() != fixed.size()) return corrected;
  bool changed = false;
  for (std::size_t i = 0; i < fixed.size(); ++i) {
    if (original[i] == fixed[i]) continue;
    std::string word = original[i];
    if (const auto colon = word.rfind(':'); colon != std::string::npos) word.erase(0, colon + 1);
    const auto not_word = [](char c) {
      return !std::isalnum(static_cast<unsigned char>(c)) && static_cast<unsigned char>(c) < 0x80;
    };
    while (!word.empty() && not_word(word.front())) word.erase(0, 1);
    while (!word.empty() && not_word(word.back())) word.pop_back();
    if (!word.empty() && db.term_exists(lower_ascii(word))) {
      fixed[i] = original[i];
    } else {
      changed = true;
    }
  }
  if (!changed) return std::string();
  std::string out;
  for (const auto& token : fixed) out += (out.empty() ? "" : " ") + token;
  return out;
}

bool is_word_byte(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

// The names of the fields a query can use, in schema order: "id, type, title, ...".
std::string field_names() {
  std::string names;
  for (const auto& spec : kFields) {
    if (!spec.name.empty()) names += (names.empty() ? "" : ", ") + std::string(spec.name);
  }
  return names;
}

// The terms of `query` at its top level (outside brackets and quoted phrases), split at spaces;
// nothing when a quote or bracket is left open.
std::optional<std::vector<std::string_view>> top_level_terms(std::string_view query) {
  std::vector<std::string_view> terms;
  bool quoted = false;
  int depth = 0;
  std::size_t start = std::string_view::npos;
  for (std::size_t i = 0; i <= query.size(); ++i) {
    const bool end = i == query.size();
    const char c = end ? ' ' : query[i];
    if (!end && c == '"') quoted = !quoted;
    if (!end && !quoted && c == '(') ++depth;
    if (!end && !quoted && c == ')' && --depth < 0) return std::nullopt;
    const bool space = std::isspace(static_cast<unsigned char>(c)) && !quoted && depth == 0;
    if (!space && start == std::string_view::npos) start = i;
    if (space && start != std::string_view::npos) {
      terms.push_back(query.substr(start, i - start));
      start = std::string_view::npos;
    }
  }
  if (quoted || depth != 0) return std::nullopt;
  return terms;
}

// Xapian's operators, which make a query more than a list of terms.
bool is_operator(std::string_view term) {
  for (const char* op : {"AND", "OR", "NOT", "XOR", "NEAR", "ADJ"}) {
    if (term == op ||
        (term.starts_with(op) && term.size() > std::strlen(op) && term[std::strlen(op)] == '/'))
      return true;
  }
  return false;
}

// Refuses what the parser must not be given: a query past kMaxQueryBytes, bytes that are not
// UTF-8 (they would end in a JSON error after the search), a field the schema lacks.
void check_query_text(std::string_view query) {
  if (query.size() > kMaxQueryBytes) {
    throw QueryError(
        fmt::format("the query is {} bytes long; the limit is {} (docs/query-language.md#limits)",
                    query.size(), kMaxQueryBytes));
  }
  if (const auto at = first_invalid_utf8(query)) {
    throw QueryError(
        fmt::format("the query is not valid UTF-8 (byte 0x{:02x} at offset {}); give it in UTF-8",
                    static_cast<unsigned char>(query[*at]), *at));
  }
  if (const auto name = unknown_field(query)) {
    throw QueryError(fmt::format(
        "unknown field '{}' in '{}'; the fields are {} (docs/query-language.md); to search "
        "the words, put a space after the colon",
        *name, query, field_names()));
  }
}

}  // namespace

std::optional<std::string> unknown_field(std::string_view query) {
  bool quoted = false;
  for (std::size_t i = 0; i < query.size(); ++i) {
    if (query[i] == '"') quoted = !quoted;
    // A field starts a term: at the start, after a space or '(', maybe after '+' or '-'.
    const bool term_start =
        i == 0 || std::isspace(static_cast<unsigned char>(query[i - 1])) || query[i - 1] == '(';
    if (quoted || !term_start) continue;
    std::size_t start = i;
    if (query[start] == '+' || query[start] == '-') ++start;
    if (start >= query.size() || !std::isalpha(static_cast<unsigned char>(query[start]))) continue;
    std::size_t end = start;
    while (end < query.size() && is_word_byte(query[end])) ++end;
    // Xapian takes "name:" for a field only when something follows the colon directly.
    if (end + 1 >= query.size() || query[end] != ':' ||
        std::isspace(static_cast<unsigned char>(query[end + 1])))
      continue;
    const char next = query[end + 1];
    if (!is_word_byte(next) && next != '"' && next != '(' &&
        static_cast<unsigned char>(next) < 0x80)
      continue;  // "http://": no field
    const std::string_view name = query.substr(start, end - start);
    if (find_field(name)) continue;
    // Field names are lower case: a lower-case name is meant as one, and so is a field in
    // capitals ("Title:"); another name with a capital is text ("CD:UK", a BBC headline).
    if (lower_ascii(name) == name || find_field(lower_ascii(name))) return std::string(name);
  }
  return std::nullopt;
}

std::size_t count_wildcards(const Xapian::Query& query) {
  if (query.get_type() == Xapian::Query::OP_WILDCARD) return 1;
  std::size_t count = 0;
  for (std::size_t i = 0; i < query.get_num_subqueries(); ++i)
    count += count_wildcards(query.get_subquery(i));
  return count;
}

std::optional<std::string> pure_negative_as_not(std::string_view query) {
  const auto terms = top_level_terms(query);
  if (!terms || terms->empty()) return std::nullopt;
  std::string excluded;
  for (const std::string_view term : *terms) {
    if (term.size() < 2 || term[0] != '-' || is_operator(term.substr(1))) return std::nullopt;
    excluded += (excluded.empty() ? "" : " OR ") + std::string(term.substr(1));
  }
  return "NOT (" + excluded + ")";
}

// Shared by the parser and its field processors for the length of one parse.
struct ArticleQueryParser::State {
  Clock::time_point now;
  std::vector<std::string> notes;
  std::string error;  // the first error a field processor met
};

namespace {

class DateFieldProcessor : public Xapian::FieldProcessor {
 public:
  DateFieldProcessor(std::string name, Slot slot, DateParseOptions options,
                     std::shared_ptr<ArticleQueryParser::State> state)
      : name_(std::move(name)), slot_(slot), options_(options), state_(std::move(state)) {}
  Xapian::Query operator()(const std::string& text) override {
    try {
      const DateBounds bounds = resolve_dates(text, options_, state_->now);
      state_->notes.push_back(
          fmt::format("{}:{} -> {} {}", name_, text, slot_label(slot_), describe_bounds(bounds)));
      return bounds_query(slot_number(slot_), bounds);
    } catch (const QueryError& e) {
      if (state_->error.empty()) state_->error = e.what();
      return Xapian::Query::MatchNothing;
    }
  }

 private:
  std::string name_;
  Slot slot_;
  DateParseOptions options_;
  std::shared_ptr<ArticleQueryParser::State> state_;
};

// Exact-value fields are indexed lower-cased, so `byline:"George Bunn"` must be lower-cased too.
class BooleanFieldProcessor : public Xapian::FieldProcessor {
 public:
  BooleanFieldProcessor(std::string name, FieldSource source,
                        std::shared_ptr<ArticleQueryParser::State> state)
      : name_(std::move(name)), source_(source), state_(std::move(state)) {}
  Xapian::Query operator()(const std::string& text) override {
    const std::string term = boolean_term(source_, lower_ascii(text));
    state_->notes.push_back(fmt::format("{}:{} -> exact term {}", name_, text, term));
    return Xapian::Query(term);
  }

 private:
  std::string name_;
  FieldSource source_;
  std::shared_ptr<ArticleQueryParser::State> state_;
};

// person:ID: every article the people table ties to the person, through whichever spelling;
// an id the table does not know matches the articles whose person has that local id.
// person:ID,ID,...: the articles of any of them (what speaker: adds for a surname: the persons
// searched together share one term per surname, PersonsQuery). Ids never hold a comma.
class PersonFieldProcessor : public Xapian::FieldProcessor {
 public:
  PersonFieldProcessor(const PeopleTable& people, std::shared_ptr<ArticleQueryParser::State> state)
      : people_(people), state_(std::move(state)) {}
  Xapian::Query operator()(const std::string& text) override {
    std::vector<Xapian::Query> parts;
    std::vector<PersonEntry> persons;
    for (const std::string_view written : split(text, ",")) {
      if (written.empty()) continue;
      const std::string id = lower_ascii(written);
      if (std::optional<PersonEntry> person = people_.person(id)) {
        persons.push_back(std::move(*person));
        continue;
      }
      const std::string term = boolean_term(FieldSource::kPerson, id);
      state_->notes.push_back(fmt::format(
          "person:{} -> no such person in the people table; exact term {}", written, term));
      parts.emplace_back(term);
    }
    if (!persons.empty()) {
      const PersonsQuery matched = people_.persons_query(persons);
      std::vector<std::string> described;
      std::size_t ids = 0;
      for (const PersonEntry& person : persons) {
        described.push_back(fmt::format("{} ({} articles)", person.name, person.articles));
        ids += person.terms.size();
      }
      state_->notes.push_back(
          fmt::format("person:{} -> {}: {} ids, searched with {} terms{}", text,
                      join(described, ", "), ids, matched.terms(),
                      matched.shared.empty()
                          ? ""
                          : fmt::format(" ({} shared by a surname)", matched.shared.size())));
      parts.push_back(matched.query());
    }
    return Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
  }

 private:
  const PeopleTable& people_;
  std::shared_ptr<ArticleQueryParser::State> state_;
};

}  // namespace

std::string expand_speakers(std::string_view query, const PeopleTable& people,
                            std::vector<std::string>& notes) {
  constexpr std::string_view kField = "speaker:";
  std::string out;
  bool in_phrase = false;
  std::size_t i = 0;
  while (i < query.size()) {
    const char c = query[i];
    const bool term_start =
        i == 0 || std::string_view(" \t(+-").find(query[i - 1]) != std::string_view::npos;
    if (c == '"') in_phrase = !in_phrase;
    if (in_phrase || !term_start || query.substr(i, kField.size()) != kField) {
      out += c;
      ++i;
      continue;
    }
    // The value: a quoted phrase, or a word up to a space or a closing bracket.
    const std::size_t start = i + kField.size();
    std::size_t end = start;
    std::string_view value;
    if (start < query.size() && query[start] == '"') {
      const std::size_t close = query.find('"', start + 1);
      end = close == std::string_view::npos ? query.size() : close + 1;
      value = query.substr(start + 1,
                           (close == std::string_view::npos ? query.size() : close) - start - 1);
    } else {
      while (end < query.size() && !std::isspace(static_cast<unsigned char>(query[end])) &&
             query[end] != ')')
        ++end;
      value = query.substr(start, end - start);
    }
    const std::string_view written = query.substr(i, end - i);
    std::vector<PersonEntry> persons;
    // Brackets and wildcards are left to the words as written.
    if (!value.empty() && value.front() != '(' && value.find('*') == std::string_view::npos)
      persons = people.resolve(value);
    if (persons.empty()) {
      out += written;
    } else {
      out += '(';
      out += written;
      // Every person in one person: list, searched together (PersonsQuery).
      out += " OR person:";
      std::vector<std::string> ids;
      std::vector<std::string> described;
      for (const PersonEntry& person : persons) {
        ids.push_back(person.id);
        described.push_back(fmt::format("{} ({})", person.name, person.id));
      }
      out += join(ids, ",");
      out += ')';
      notes.push_back(fmt::format("{} -> also {}", written, join(described, ", ")));
    }
    i = end;
  }
  return out;
}

DateBounds resolve_dates(std::string_view expression, const DateParseOptions& options,
                         Clock::time_point now) {
  const auto bad = [&](std::string_view why) {
    return QueryError(fmt::format(
        "bad date '{}': {}; use a day, month or year (2023-11-27, 27/11/2023, 2023-11, 2023), "
        "today, yesterday, or days, weeks, months or years ago (7d, 2w, 3m, 1y), or a range of "
        "them with either end open (2023-11..2023-12, 2023-11-01.., ..2023, 7d..)",
        expression, why));
  };
  // Years outside the window are mistakes (date:1600, 99999d): no article is dated there.
  const auto check_window = [&](std::string_view text, const KeySpan& span) {
    // Keys compare as strings, so a key of another length (a year of five digits) is outside.
    if (span.first.size() != 12 || span.last.size() != 12 ||
        span.first < fmt::format("{:04}01010000", kEarliestYear) ||
        span.last > fmt::format("{:04}12312359", kLatestQueryYear)) {
      throw bad(fmt::format("'{}' is outside the years news-query takes, from {} to {}", text,
                            kEarliestYear, kLatestQueryYear));
    }
  };
  const std::size_t dots = expression.find("..");
  if (dots == std::string_view::npos) {
    const auto span = parse_span(expression, options, now);
    if (!span) throw bad("not a date");
    check_window(expression, *span);
    return DateBounds{span->first, span->last};
  }
  const std::string_view from = expression.substr(0, dots);
  const std::string_view to = expression.substr(dots + 2);
  if (from.empty() && to.empty()) throw bad("a range needs at least one end");
  std::optional<KeySpan> first;
  std::optional<KeySpan> last;
  if (!from.empty() && !(first = parse_span(from, options, now)))
    throw bad(fmt::format("'{}' is not a date", from));
  if (!to.empty() && !(last = parse_span(to, options, now)))
    throw bad(fmt::format("'{}' is not a date", to));
  if (first) check_window(from, *first);
  if (last) check_window(to, *last);
  if (first && last && first->first > last->last) throw bad("the range ends before it starts");
  return DateBounds{first ? first->first : std::string(), last ? last->last : std::string()};
}

Xapian::Query date_range_query(Xapian::valueno slot, std::string_view expression,
                               const DateParseOptions& options, Clock::time_point now) {
  return bounds_query(slot, resolve_dates(expression, options, now));
}

Clock::time_point parse_now(std::string_view text) {
  const auto date = parse_date(text);
  if (!date || date->year < kEarliestYear || date->year > kLatestQueryYear) {
    throw QueryError(fmt::format(
        "bad time for now '{}': use a day (2024-01-15) or a time (2024-01-15T09:30Z) from "
        "{}-01-01 to {}-12-31",
        text, kEarliestYear, kLatestQueryYear));
  }
  using namespace std::chrono;
  const sys_days day{year_month_day{year{date->year}, month{static_cast<unsigned>(date->month)},
                                    std::chrono::day{static_cast<unsigned>(date->day)}}};
  return day + hours{date->hour} + minutes{date->minute} -
         minutes{date->utc_offset_minutes.value_or(0)};
}

ArticleQueryParser::ArticleQueryParser(const Xapian::Database& db, const QueryOptions& options)
    : db_(db), people_(db_), options_(options), state_(std::make_shared<State>()) {
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
          if (spec.source == FieldSource::kPerson) {
            parser->add_boolean_prefix(name,
                                       (new PersonFieldProcessor(people_, state_))->release());
            break;
          }
          parser->add_boolean_prefix(
              name, (new BooleanFieldProcessor(name, spec.source, state_))->release());
          break;
        case FieldKind::kDate:
          parser->add_boolean_prefix(
              name, (new DateFieldProcessor(name, *spec.slot, options.dates, state_))->release());
          break;
      }
    }
  }
}

Xapian::Query ArticleQueryParser::parse_with(Xapian::QueryParser& parser, std::string_view query) {
  state_->error.clear();
  state_->notes.clear();
  unsigned flags = kQueryFlags;
  if (options_.spelling_correction) flags |= Xapian::QueryParser::FLAG_SPELLING_CORRECTION;
  Xapian::Query parsed;
  try {
    parsed = parser.parse_query(std::string(query), flags);
  } catch (const Xapian::QueryParserError& e) {
    throw QueryError(fmt::format("cannot parse query '{}': {}", query, e.get_msg()));
  }
  if (!state_->error.empty()) throw QueryError(state_->error);
  return parsed;
}

ParsedQuery ArticleQueryParser::parse(std::string_view text) {
  check_query_text(text);
  // Excluded terms alone ("-tram") are every article without them, as "NOT tram" is.
  const std::optional<std::string> rewritten = pure_negative_as_not(text);
  const std::string_view query = rewritten ? std::string_view(*rewritten) : text;
  state_->now = options_.now.value_or(Clock::now());
  // --since and --until: published-date bounds, filters on the whole query. Every document is an
  // article, so the type term only stands for "all articles" where a query has no words; as a
  // filter on every search it cost 6% of a search's instructions for nothing.
  const Xapian::Query all_articles(boolean_term(FieldSource::kType, kArticleType));
  Xapian::Query filter;
  std::vector<std::string> bound_notes;
  const Xapian::valueno published = slot_number(Slot::kPublished);
  for (const auto& [option, value, open_end] : {std::tuple{"--since", options_.since, true},
                                                std::tuple{"--until", options_.until, false}}) {
    if (value.empty()) continue;
    if (value.find("..") != std::string::npos) {
      throw QueryError(fmt::format(
          "bad date '{}' for {}: give one date, not a range (use date:A..B in the query)", value,
          option));
    }
    const DateBounds bounds =
        resolve_dates(open_end ? value + ".." : ".." + value, options_.dates, state_->now);
    bound_notes.push_back(
        fmt::format("{} {} -> published {}", option, value, describe_bounds(bounds)));
    filter = filter.empty()
                 ? bounds_query(published, bounds)
                 : Xapian::Query(Xapian::Query::OP_AND, filter, bounds_query(published, bounds));
  }

  const bool blank = std::all_of(query.begin(), query.end(), [](char c) {
    return std::isspace(static_cast<unsigned char>(c));
  });
  ParsedQuery parsed;
  if (blank) {
    parsed.query = filter.empty() ? all_articles : filter;
    parsed.notes = std::move(bound_notes);
    return parsed;
  }
  // speaker: names every spelling of the person (docs/people.md): the names the people table
  // resolves join the words as written.
  std::vector<std::string> speaker_notes;
  const std::string expanded = expand_speakers(query, people_, speaker_notes);
  parsed.marked = parse_with(marking_, expanded);
  if (const std::size_t wildcards = count_wildcards(parsed.marked); wildcards > kMaxWildcards) {
    throw QueryError(
        fmt::format("the query has {} wildcards; the limit is {} (docs/query-language.md#limits)",
                    wildcards, kMaxWildcards));
  }
  const std::string quote_prefix(field(FieldSource::kQuote).prefix);
  for (auto it = parsed.marked.get_unique_terms_begin(); it != parsed.marked.get_unique_terms_end();
       ++it) {
    // Stemmed terms carry a leading "Z" before the prefix.
    const std::string term = *it;  // a copy: the iterator yields a temporary
    if (term.starts_with(quote_prefix) ||
        (term.starts_with('Z') && term.substr(1).starts_with(quote_prefix)))
      parsed.has_quote_words = true;
  }
  Xapian::QueryParser& used = parsed.has_quote_words ? retrieval_ : marking_;
  const Xapian::Query retrieval =
      parsed.has_quote_words ? parse_with(retrieval_, expanded) : parsed.marked;
  std::vector<std::string> notes = state_->notes;
  if (options_.spelling_correction) {
    // "Did you mean" is about the words as written, not the persons added to them.
    if (expanded != query) parse_with(used, query);
    parsed.corrected = keep_known_words(query, used.get_corrected_query_string(), db_);
  }
  parsed.notes = std::move(speaker_notes);
  parsed.notes.insert(parsed.notes.end(), notes.begin(), notes.end());
  parsed.notes.insert(parsed.notes.end(), bound_notes.begin(), bound_notes.end());
  if (retrieval.empty()) {
    parsed.query = filter.empty() ? all_articles : filter;
  } else {
    parsed.query =
        filter.empty() ? retrieval : Xapian::Query(Xapian::Query::OP_FILTER, retrieval, filter);
  }
  return parsed;
}

}  // namespace news
