// Fuzz target for news-query's query parser (query/query_parser.h) on arbitrary bytes: what a user
// types, a --batch line, a --since, --until or --now value. ArticleQueryParser::parse over a small
// in-memory database (so wildcards expand and spelling has words), the query it gives run by
// Xapian, resolve_dates and parse_now. Checks that a query either parses or is a QueryError (no
// other exception, no Xapian error at search time), and that what parses keeps query_parser.h's
// bounds: valid UTF-8, at most kMaxQueryBytes and kMaxWildcards, no unknown field, dates inside
// kEarliestYear to kLatestQueryYear.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>

#include <stdlib.h>
#include <xapian.h>

#include "common/article.h"
#include "common/date.h"
#include "common/document.h"
#include "common/error.h"
#include "query/query_parser.h"
#include "tests/fuzz/fuzz_support.h"

namespace news {
namespace {

// A database on disk in a temporary directory removed at exit: the in-memory backend keeps no
// spelling table.
std::string temporary_database_path() {
  const char* tmp = std::getenv("TMPDIR");
  std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/fuzz_query_parser.XXXXXX";
  FUZZ_REQUIRE(::mkdtemp(pattern.data()) != nullptr);
  static std::string directory;
  directory = pattern;
  std::atexit([] { std::filesystem::remove_all(directory); });
  return directory + "/db";
}

// Articles with every kind of field the query language searches, so that fields, wildcards,
// phrases and spelling corrections meet real terms and values.
Xapian::Database make_database() {
  const std::string path = temporary_database_path();
  Xapian::WritableDatabase db(path, Xapian::DB_CREATE);
  Xapian::TermGenerator generator = make_term_generator();
  const char* titles[] = {"Velmont tram extension approved", "Election recount ordered",
                          "Satellite launch delayed", "Harbour museum reopens"};
  int day = 1;
  for (const char* title : titles) {
    Article article;
    article.title = title;
    article.path = std::string("/archive/") + title + ".txt";
    article.id = article_id(article.path);
    article.authors = {"Maren Holloway"};
    article.published = parse_date("2023-11-" + std::to_string(day++) + "T14:50Z");
    article.updated = parse_date("2024-01-15");
    article.section = "politics";
    article.outlet = "Velmont Post";
    article.language = "en";
    article.paragraphs = {std::string(title) + " on Monday, the council said.",
                          "\"It is a great day for Harbourside,\" said Estelle Brandauer."};
    article.people = {{"Estelle Brandauer", {"Brandauer"}, "mayor", "Velmont council"}};
    article.quotes = {
        {"Estelle Brandauer", "It is a great day for Harbourside", "said", 1, 1, 34, true}};
    const Xapian::Document document = to_document(article, SourceStamp{}, generator);
    db.replace_document(id_term(article.id), document);
    for (auto it = document.termlist_begin(); it != document.termlist_end(); ++it) {
      const std::string term = *it;
      if (!term.empty() && term[0] >= 'a' && term[0] <= 'z') db.add_spelling(term);
    }
  }
  db.commit();
  db.close();
  return Xapian::Database(path);
}

// Sort keys ("YYYYMMDDHHMM") inside the years news-query takes.
void check_key(const std::string& key) {
  if (key.empty()) return;  // an open end
  FUZZ_REQUIRE(key.size() == 12 && key.find_first_not_of("0123456789") == std::string::npos);
  const int year = std::stoi(key.substr(0, 4));
  FUZZ_REQUIRE(year >= kEarliestYear && year <= kLatestQueryYear);
}

void fuzz_parse(const Xapian::Database& db, std::string_view text) {
  QueryOptions options;
  options.now = parse_now("2024-01-15T12:00Z");
  ArticleQueryParser parser(db, options);
  ParsedQuery parsed;
  try {
    parsed = parser.parse(text);
  } catch (const QueryError&) {
    return;  // refused with a message: what news-query prints, exit 2
  }
  FUZZ_REQUIRE(text.size() <= kMaxQueryBytes);
  FUZZ_REQUIRE(fuzz::is_valid_utf8(text));
  FUZZ_REQUIRE(!unknown_field(text));
  FUZZ_REQUIRE(count_wildcards(parsed.marked) <= kMaxWildcards);
  FUZZ_REQUIRE(!parsed.query.empty());
  // The suggestion goes into JSON output as it is.
  FUZZ_REQUIRE(fuzz::is_valid_utf8(parsed.corrected));
  for (const auto& note : parsed.notes) FUZZ_REQUIRE(fuzz::is_valid_utf8(note));
  // What parses runs: a Xapian error here would surface as "database error", exit 3.
  Xapian::Enquire enquire(db);
  enquire.set_query(parsed.query);
  const Xapian::MSet mset = enquire.get_mset(0, 10, db.get_doccount());
  FUZZ_REQUIRE(mset.get_matches_estimated() <= db.get_doccount());
  enquire.set_query(parsed.marked);
  enquire.get_mset(0, 10);
}

void fuzz_dates(std::string_view text) {
  using namespace std::chrono;
  const Clock::time_point now = sys_days{2024y / 1 / 15} + 12h;
  try {
    const DateBounds bounds = resolve_dates(text, {}, now);
    FUZZ_REQUIRE(!bounds.first.empty() || !bounds.last.empty());
    check_key(bounds.first);
    check_key(bounds.last);
    if (!bounds.first.empty() && !bounds.last.empty()) FUZZ_REQUIRE(bounds.first <= bounds.last);
  } catch (const QueryError&) {
  }
  try {
    const Clock::time_point at = parse_now(text);
    const year_month_day day{floor<days>(at)};
    // Within a day of the window: a zone may move the time across midnight.
    FUZZ_REQUIRE(static_cast<int>(day.year()) >= kEarliestYear - 1 &&
                 static_cast<int>(day.year()) <= kLatestQueryYear + 1);
  } catch (const QueryError&) {
  }
}

}  // namespace
}  // namespace news

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Xapian::Database db = news::make_database();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  news::fuzz_parse(db, text);
  news::fuzz_dates(text);
  return 0;
}
