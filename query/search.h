// news-query's engine: parse the query, run it, and collect results in a format-neutral form.
#pragma once

#include <array>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <xapian.h>
#include <nlohmann/json.hpp>

#include "common/date_order.h"
#include "query/enum_names.h"
#include "query/query_parser.h"

namespace news {

// kRecent: relevance plus a bonus for recent publication (news-query --recent):
//   weight = BM25 + kRecencyShare * M * 2^(-age_days / kRecencyHalfLifeDays)
// where M is the best BM25 weight any match of the query gets (1 when the query is a pure filter)
// and age_days the time from publication to "now" (QueryOptions::now, else the clock), 0 for
// articles dated in the future; undated articles get no bonus. So among equally relevant articles
// the newer ranks first, and an article more relevant by over kRecencyShare * M still wins
// however old it is. The bonus comes from Slot::kRecencyWeight and kRecencyYearWeight (with
// kRecencyHalfLifeDays: common/date_order.h) through Xapian's own classes, remote shards too.
// With --sort newest|oldest, Xapian sorts by Slot::kNewestKey or kOldestKey, which hold the date
// and then the order value: undated articles last, ties in the order articles were first indexed.
enum class SortOrder { kRelevance, kNewest, kOldest, kRecent };

// How a quote-level search checks its speaker and quote conditions person by person: by window
// queries over the index's person blocks (kBlocks, query/quote_blocks.h; remote shards too),
// falling back to the decider for what windows cannot say (a person's NOT under an OR; refused
// over remote shards), or always by reading each candidate's record (kDecider, QuoteFilter; local
// databases only). Not a user option: kBlocks is the way; kDecider is kept so that tests check
// the two agree.
enum class QuoteCheck { kDecider, kBlocks };

// The names of the orders --sort takes. kRecent has none: --recent chooses it.
inline constexpr std::array<EnumName<SortOrder>, 3> kSortOrderNames = {{
    {SortOrder::kRelevance, "relevance"},
    {SortOrder::kNewest, "newest"},
    {SortOrder::kOldest, "oldest"},
}};

inline constexpr double kRecencyShare = 0.5;

// Fewer results than this and a spelling correction is offered (SearchResults::did_you_mean).
inline constexpr std::size_t kSuggestBelow = 3;

// Fields that --facet can count over the matching articles: the people quoted, the byline
// authors, the section and outlet (lower-cased; empty for plain-text articles), and the month
// ("2023-11") and year ("2023") of publication.
enum class FacetField { kSpeaker, kAuthor, kSection, kOutlet, kMonth, kYear };

// The names of the facet fields, as --facet takes them and the text and JSON output write them.
inline constexpr std::array<EnumName<FacetField>, 6> kFacetFieldNames = {{
    {FacetField::kSpeaker, "speaker"},
    {FacetField::kAuthor, "author"},
    {FacetField::kSection, "section"},
    {FacetField::kOutlet, "outlet"},
    {FacetField::kMonth, "month"},
    {FacetField::kYear, "year"},
}};

// The periods of --histogram: calendar months, ISO weeks (Monday to Sunday), days.
enum class HistogramInterval { kMonth, kWeek, kDay };

// The most periods a histogram has, zero-filled ones included: 136 years of days, 958 of weeks.
// A histogram of days over articles dated 1600 and 9999 printed 304 MB; past this a search throws
// a UsageError that suggests a longer period or a narrower query.
inline constexpr std::size_t kMaxHistogramPeriods = 50'000;

// The names of the periods, as --histogram takes them and the text and JSON output write them.
inline constexpr std::array<EnumName<HistogramInterval>, 3> kHistogramIntervalNames = {{
    {HistogramInterval::kMonth, "month"},
    {HistogramInterval::kWeek, "week"},
    {HistogramInterval::kDay, "day"},
}};

// The periods --attention takes: a chart or bars per day of a person's years would be unreadable.
inline constexpr std::array<EnumName<HistogramInterval>, 2> kAttentionIntervalNames = {{
    {HistogramInterval::kMonth, "month"},
    {HistogramInterval::kWeek, "week"},
}};

// The largest limit and offset a search takes. Together they stay below Xapian's 32-bit document
// counts, which a larger value wrapped (--offset 4294967297 showed ranks 2-3); more results than
// kMaxLimit come with `all`. Searcher::search refuses more with a UsageError.
inline constexpr std::size_t kMaxLimit = 1'000'000;
inline constexpr std::size_t kMaxOffset = 1'000'000'000;
// The most values a facet shows (facet_limit).
inline constexpr std::size_t kMaxFacetLimit = 1'000'000;

struct SearchOptions {
  std::string db_path;  // required
  // An open database to search instead of opening db_path (news-serve keeps one per worker thread
  // and reopens it when news-index commits); db_path still names it. Xapian handles share their
  // state, so it must be used by one thread only.
  std::optional<Xapian::Database> database;
  std::string query;       // in the query language of docs/query-language.md; empty matches all
  std::size_t limit = 10;  // at most kMaxLimit
  std::size_t offset = 0;  // at most kMaxOffset
  SortOrder sort = SortOrder::kRelevance;
  // List the matching quotes (speaker, quotes, article) rather than a passage of each article.
  bool quotes = false;
  // How quote-level searches (quote: words, --quotes) check conditions person by person.
  QuoteCheck quote_check = QuoteCheck::kBlocks;
  // Count the values of these fields over all matching articles.
  std::vector<FacetField> facets;
  std::size_t facet_limit = 20;  // values shown per facet, most frequent first; kMaxFacetLimit
  // Count the matching articles per period of publication, over all matches.
  std::optional<HistogramInterval> histogram;
  // Every match, ignoring limit (from offset on), fetched from Xapian in rounds of all_chunk hits,
  // then twice as many each round.
  bool all = false;
  std::size_t all_chunk = 1000;  // hits fetched in the first round with `all`
  // Count every match exactly even without facets (for --count); costs a full match.
  bool exact_total = false;
  // Build a snippet for each hit (formats that print none turn this off).
  bool snippets = true;
  QueryOptions parsing;
  // One result per story (near-duplicate group, Slot::kStory), with the number of matching copies.
  bool collapse = false;
  // "More like this": the article id whose most telling body words are searched (ANDed with
  // `query`); the article itself is left out. Empty: off.
  std::string like;
  std::size_t snippet_bytes = 240;  // length of the snippet of the body shown with each hit
  // Put around each matched word in snippets.
  std::string highlight_start = "**";
  std::string highlight_end = "**";
  // Escape the control characters of snippets (SnippetOptions::escape_controls): for the text
  // listing, which a terminal shows.
  bool escape_controls = false;
  // Stop matching after this many seconds and answer with what was found (Xapian's
  // Enquire::set_time_limit: the total and the counts then cover the documents looked at);
  // 0: no limit. news-serve sets it, so that no request can hold a worker for long.
  double time_limit_seconds = 0;
};

struct Hit {
  std::size_t rank = 0;  // 1-based, counting from the first result overall (offset included)
  double score = 0;      // Xapian's BM25 weight; 0 for pure filters
  // The article record (read_record): id, path, title, authors, ..., body; "people" and "quotes"
  // only for quote-level searches (SearchResults::quote_level).
  nlohmann::json record;
  // The source file's path byte for byte (Slot::kPath), for --format paths: the record's "path" is
  // JSON, where bytes of a file name that are not UTF-8 became U+FFFD.
  std::string path;
  std::vector<std::string> speakers;  // canonical names of the people quoted, in article order
  // For quote-level results: the people of the article who satisfy the speaker and quote
  // conditions, [{"speaker", "quotes": [quote records containing a searched quote word, or all of
  // that person's quotes when none was searched]}]; null otherwise.
  nlohmann::json quote;
  // With SearchOptions::collapse: the number of matching articles of this hit's story, itself
  // included (exact: every match is counted); 0 without collapse.
  std::size_t copies = 0;
  std::string snippet;  // a passage of the body, or the matching quotes, with matched words
                        // highlighted
};

struct FacetCount {
  std::string value;
  std::size_t count = 0;
  std::string person;  // the speaker facet: the person's id in the people table (common/people.h)
};

struct Facet {
  FacetField field;
  std::vector<FacetCount> counts;  // most frequent first, ties by value
  std::size_t distinct = 0;        // number of distinct values before facet_limit
};

struct HistogramBucket {
  std::string period;  // "2023-11", "2023-W48" (ISO week), "2023-11-27"
  std::string start;   // the period's first day, "2023-11-01"
  std::size_t count = 0;
};

struct Histogram {
  HistogramInterval interval = HistogramInterval::kMonth;
  // Every period from the first to the last with a matching dated article, zero-filled.
  std::vector<HistogramBucket> buckets;
  std::size_t undated = 0;  // matching articles without a publication date
};

struct SearchResults {
  std::string query;
  std::size_t total =
      0;  // number of matching articles, or quotes with `quotes` (exact when total_exact)
  bool total_exact = true;
  std::size_t offset = 0;
  bool quotes = false;     // hits are quotes (SearchOptions::quotes)
  bool collapsed = false;  // one hit per story; each hit's `copies` is set
  bool quote_level =
      false;  // the query searched inside quotes (one hit per article, its best quote)
  std::vector<Hit> hits;
  std::vector<Facet> facets;
  std::optional<Histogram> histogram;
  // The query with misspelt words corrected from the index's spelling table, when the query got
  // fewer than kSuggestBelow results and a correction exists; empty otherwise.
  std::string did_you_mean;
  // Why something the query would have had is missing (over remote shards, spelling suggestions).
  std::string note;
};

// The name of a facet field as the command line and the JSON output write it (kFacetFieldNames).
inline std::string_view facet_name(FacetField field) {
  return name_of(kFacetFieldNames, field);
}

// The name of a histogram interval as the command line and the JSON output write it
// (kHistogramIntervalNames).
inline std::string_view interval_name(HistogramInterval interval) {
  return name_of(kHistogramIntervalNames, interval);
}

// Receives hits one at a time, so that a caller printing them (--all) holds none of them.
using HitSink = std::function<void(Hit&&)>;
// Receives the results before the first hit goes to the HitSink: query, total, total_exact,
// offset, facets and histogram filled in, no hits yet (a streamed JSON document starts with them).
using StartSink = std::function<void(const SearchResults&)>;

// The database `options` searches: options.database, else db_path opened for reading (throws
// DatabaseError if it is missing or of another schema).
Xapian::Database database_of(const SearchOptions& options);

// Searches one database, opened once, for several queries (--batch).
class Searcher {
 public:
  // Throws DatabaseError if the database is missing or of another schema.
  explicit Searcher(std::string db_path);
  // Searches `db`, already open (SearchOptions::database), which `db_path` names.
  Searcher(std::string db_path, Xapian::Database db);

  // Shards served by xapian-tcpsrv are among the databases searched (has_remote_shards).
  bool remote() const { return remote_; }

  // Runs one search; options.db_path is ignored. Throws QueryError for a query that does not
  // parse, UsageError for a limit, offset or facet limit past its maximum (kMaxLimit ...), for a
  // histogram of more than kMaxHistogramPeriods periods, for what remote shards cannot do (a
  // quote-level query the person blocks cannot say, person_blocks; docs/sharding.md). Retries
  // when the index changes under it, unless hits were already passed to `sink`. With a sink, hits
  // go to it in order and SearchResults::hits stays empty; `start`, if given, is called once before
  // the first hit.
  SearchResults search(const SearchOptions& options, const HitSink& sink = {},
                       const StartSink& start = {});

 private:
  std::string db_path_;
  Xapian::Database db_;
  bool remote_ = false;
};

// Runs one search on options.db_path (Searcher(options.db_path).search(options, sink)). Throws
// UsageError for a --like article that is not in the database.
SearchResults search(const SearchOptions& options, const HitSink& sink = {});

// How the query parses, without running it (news-query --explain): the resolved dates and exact
// fields, each term with the field it searches, the date filters of --since/--until, Xapian's
// description of the query, and a spelling correction when there is one. Throws as search does.
std::string explain(const SearchOptions& options);

}  // namespace news
