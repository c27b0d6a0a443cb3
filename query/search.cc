#include "query/search.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <thread>
#include <tuple>
#include <type_traits>
#include <vector>

#include <fmt/format.h>
#include <xapian.h>

#include "common/database.h"
#include "common/date_order.h"
#include "common/document.h"
#include "common/error.h"
#include "common/order_map.h"
#include "common/schema.h"
#include "query/facets.h"
#include "query/quote_blocks.h"
#include "query/quote_filter.h"
#include "query/snippet.h"

namespace news {

namespace {

// A reader that lives through two commits of a running indexer sees DatabaseModifiedError; it
// reopens and tries again for this long. news-index commits every --batch-size documents (500:
// about a second apart), so a search shorter than that gets through within a few tries.
constexpr std::chrono::seconds kRetryFor{30};

SnippetOptions snippet_options(const SearchOptions& options) {
  return {options.snippet_bytes, options.highlight_start, options.highlight_end,
          options.escape_controls};
}

// The recency bonus of SortOrder::kRecent (search.h), max_bonus * 2^(-age_days / half-life), as a
// query of Xapian's own classes, which its remote backend runs too: the articles published up to
// now get a stored weight scaled by a factor per part of the archive (recency_parts: 20-year eras
// long over, then years; common/date_order.h says why), and those dated after now, whose age
// counts as 0, the whole bonus. Undated articles have no weights and get nothing.
Xapian::Query recency_bonus(const Xapian::Database& db, Clock::time_point now, double max_bonus) {
  const Xapian::valueno published = slot_number(Slot::kPublished);
  const std::int64_t now_minutes =
      std::chrono::floor<std::chrono::minutes>(now).time_since_epoch().count();
  const std::string highest = db.get_value_upper_bound(published);
  std::vector<Xapian::Query> parts;
  for (const RecencyPart& part :
       recency_parts(db.get_value_lower_bound(published), highest, now_minutes, max_bonus)) {
    Xapian::Query weights(
        (new Xapian::ValueWeightPostingSource(slot_number(part.slot)))->release());
    Xapian::Query dates(Xapian::Query::OP_VALUE_RANGE, published, part.first_key, part.last_key);
    parts.emplace_back(Xapian::Query::OP_SCALE_WEIGHT,
                       Xapian::Query(Xapian::Query::OP_FILTER, weights, dates), part.factor);
  }
  if (highest > minute_key(now_minutes)) {
    Xapian::Query whole((new Xapian::FixedWeightPostingSource(max_bonus))->release());
    parts.emplace_back(
        Xapian::Query::OP_FILTER, whole,
        Xapian::Query(Xapian::Query::OP_VALUE_GE, published, minute_key(now_minutes + 1)));
  }
  return Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
}

// The query with the recency bonus of SortOrder::kRecent added to every match's weight. The bonus
// is scaled to the best plain weight of the query, found by a first, one-document pass.
Xapian::Query with_recency(Xapian::Enquire& enquire, const Xapian::Database& db,
                           const Xapian::Query& query, const SearchOptions& options) {
  enquire.set_query(query);
  const double best = enquire.get_mset(0, 1).get_max_attained();
  const double max_bonus = kRecencyShare * (best > 0 ? best : 1.0);
  const Clock::time_point now = options.parsing.now.value_or(Clock::now());
  return Xapian::Query(Xapian::Query::OP_AND_MAYBE, query, recency_bonus(db, now, max_bonus));
}

// Terms taken from the --like article for its "more like this" query.
constexpr Xapian::termcount kLikeTerms = 20;

// Keeps body words only: prefixed terms (capitals: Q, XSIM..., S, A, Z stems) and numbers say
// little about a topic.
class BodyWordDecider : public Xapian::ExpandDecider {
 public:
  bool operator()(const std::string& term) const override {
    if (term.empty() || std::isupper(static_cast<unsigned char>(term[0]))) return false;
    return !std::all_of(term.begin(), term.end(),
                        [](unsigned char c) { return std::isdigit(c) || c == '.' || c == ','; });
  }
};

// The "more like this" query for article `id`: its top kLikeTerms body words by Xapian's
// relevance-feedback weight (the article as the relevant set), ORed, the article excluded.
Xapian::Query like_query(const Xapian::Database& db, const std::string& id) {
  const std::string term = id_term(id);
  auto posting = db.postlist_begin(term);
  if (posting == db.postlist_end(term))
    throw UsageError(fmt::format("--like: no article with id '{}' in the database", id));
  Xapian::RSet rset;
  rset.add_document(*posting);
  Xapian::Enquire expand(db);
  const BodyWordDecider decider;
  const Xapian::ESet eset = expand.get_eset(kLikeTerms, rset, &decider);
  std::vector<Xapian::Query> words;
  for (auto it = eset.begin(); it != eset.end(); ++it) words.emplace_back(*it);
  return Xapian::Query(Xapian::Query::OP_AND_NOT,
                       Xapian::Query(Xapian::Query::OP_OR, words.begin(), words.end()),
                       Xapian::Query(term));
}

// Refuses, saying why, what Xapian's remote backend cannot run: it runs only Xapian's built-in
// classes, and a quote-level query that the person blocks' windows cannot say needs news-query's
// own (the QuoteFilter match decider). `obstacle` is PersonBlocks::obstacle, "" when the windows
// say the query. Refused rather than left out, since an answer without it would not be the answer
// asked for.
void refuse_on_remote_shards(const ParsedQuery& parsed, const std::string& obstacle) {
  if (obstacle.empty()) return;
  throw UsageError(remote_quote_refusal(
      parsed.has_quote_words ? "this quote: query" : "--quotes with this query", obstacle));
}

// Orders the matches: by relevance, or by date for SortOrder::kNewest and kOldest. `remote`: the
// database has remote shards.
void set_order(Xapian::Enquire& enquire, const Xapian::Database& db, SortOrder sort, bool remote) {
  // Ties are broken by the order articles were first indexed (Slot::kOrder), which a re-run keeps
  // (an updated or moved article keeps its place): path order for a database built in one run
  // over a directory, as the indexer numbers articles in walk order. Not by docid, Xapian's own
  // tie-break: docids differ between one database, the merged parts of a parallel index and
  // shards searched together, and the order must not. Not by path either: the order value is a
  // few bytes, where the path made Xapian read some 60 bytes for every candidate it weighed (8%
  // of a search over 100,000 articles). The date sorts read one value that holds the date and
  // then the order (Slot::kOldestKey, kNewestKey: undated articles last in both directions),
  // which Xapian sorts by itself, on remote shards too, where it runs no KeyMaker.
  if (sort == SortOrder::kNewest) {
    enquire.set_sort_by_value(slot_number(Slot::kNewestKey), false);
  } else if (sort == SortOrder::kOldest) {
    enquire.set_sort_by_value(slot_number(Slot::kOldestKey), false);
  } else if (std::optional<OrderMap> map =
                 remote || db.size() != 1 ? std::nullopt : OrderMap::load(db)) {
    // The same order without reading each candidate's value (common/order_map.h says why): for
    // one local database whose order map is current. A stub of several interleaves docids, and
    // a remote shard runs no KeyMaker.
    enquire.set_sort_by_relevance_then_key((new OrderKeyMaker(std::move(*map)))->release(), false);
  } else {
    enquire.set_sort_by_relevance_then_value(slot_number(Slot::kOrder), false);
  }
}

// The match spies behind --facet and --histogram, added to an enquire.
struct Counters {
  std::vector<std::unique_ptr<ValueCounts>> facets;  // one per SearchOptions::facets entry
  std::unique_ptr<ValueCounts> days;                 // with SearchOptions::histogram

  bool any() const { return !facets.empty() || days; }
};

// Our CountingSpy on a local database; over remote shards, SlotCountSpy (Xapian's own
// ValueCountMatchSpy, which xapian-tcpsrv runs), one added a slot, the others of that slot
// splitting its values (facets.h).
Counters add_counters(Xapian::Enquire& enquire, const SearchOptions& options,
                      const PeopleTable& people, bool remote) {
  Counters counters;
  std::map<Slot, const SlotCountSpy*> counting;
  const auto add = [&](auto spy) {
    if constexpr (std::is_same_v<decltype(spy), std::unique_ptr<SlotCountSpy>>) {
      const auto [at, fresh] = counting.try_emplace(spy->slot(), spy.get());
      if (!fresh) {
        spy->count_from(*at->second);
        return std::unique_ptr<ValueCounts>(std::move(spy));
      }
    }
    enquire.add_matchspy(spy.get());
    return std::unique_ptr<ValueCounts>(std::move(spy));
  };
  for (FacetField field : options.facets) {
    counters.facets.push_back(remote ? add(make_slot_facet_spy(field, people))
                                     : add(make_facet_spy(field, people)));
  }
  if (options.histogram) counters.days = remote ? add(make_slot_day_spy()) : add(make_day_spy());
  return counters;
}

// The facets and histogram of the results, from the counts of a finished search.
void add_counts(SearchResults& results, const Counters& counters, const SearchOptions& options,
                const PeopleTable& people) {
  for (std::size_t i = 0; i < counters.facets.size(); ++i) {
    results.facets.push_back(
        to_facet(options.facets[i], *counters.facets[i], options.facet_limit, people));
  }
  if (counters.days) results.histogram = to_histogram(*options.histogram, *counters.days);
}

// Makes a hit of each match: its record, the people quoted and the snippet; for quote-level
// searches (a QuoteFilter), the people who match and their matching quotes.
class HitMaker {
 public:
  // `query` marks the body words of snippets; `filter` (null unless quote-level) the quotes.
  HitMaker(const Xapian::Query& query, const QuoteFilter* filter, const SearchOptions& options)
      : options_(options), filter_(filter), body_words_(query, "") {
    if (filter_) {
      quote_words_.emplace(filter_->quote_terms().begin(), filter_->quote_terms().end(),
                           field(FieldSource::kQuote).prefix);
    }
  }

  Hit make(const Xapian::MSetIterator& it) const {
    Hit hit;
    hit.rank = it.get_rank() + 1;
    hit.score = it.get_weight();
    if (options_.collapse) hit.copies = it.get_collapse_count() + 1;
    const Xapian::Document document = it.get_document();
    // People and quotes are parsed only for the quote filter; the speakers' names shown with a
    // hit come from their value slot.
    hit.record = read_record(document, filter_ != nullptr);
    // The record has the path and the speakers; a value slot is read (a seek per hit) only for
    // what it lacks: a path whose bytes were not UTF-8 is in the record with U+FFFD for them, and
    // the kPath value has the exact bytes.
    hit.path = hit.record.value("path", "");
    if (hit.path.empty() || hit.path.find("\xEF\xBF\xBD") != std::string::npos) {
      const std::string exact = document.get_value(slot_number(Slot::kPath));
      if (!exact.empty()) hit.path = exact;
    }
    std::optional<std::vector<std::string>> names = record_speakers(hit.record);
    hit.speakers =
        names ? std::move(*names) : display_names(document.get_value(slot_number(Slot::kSpeakers)));
    if (filter_) {
      const std::vector<SpeakerMatch> speakers = filter_->matches(hit.record);
      hit.quote = nlohmann::json::array();
      std::string said;
      for (const auto& match : speakers) {
        hit.quote.push_back({{"speaker", match.speaker},
                             {"affiliation", match.affiliation},
                             {"quotes", match.quotes}});
        for (const auto& quote : match.quotes)
          said += (said.empty() ? "" : " ... ") + quote.value("text", "");
      }
      if (options_.snippets) hit.snippet = quote_words_->mark(said, snippet_options(options_));
    } else if (options_.snippets) {
      hit.snippet = body_words_.snippet(hit.record.value("body", ""), snippet_options(options_));
    }
    return hit;
  }

 private:
  const SearchOptions& options_;
  const QuoteFilter* filter_;
  Highlighter body_words_;
  std::optional<Highlighter> quote_words_;
};

// Where the results of a search go as they come (Searcher::search), and whether any went: a
// retry after that would print them twice.
struct Delivery {
  const HitSink& sink;
  const StartSink& start;
  bool& sent;
};

// Runs the match of `enquire` and fills in the total and the hits of `results` (or passes the hits
// to delivery.sink). `check_at_least`: the first match counts that many documents exactly.
// `counted` runs once the first match is done, when the match spies have seen every document and
// before anything goes to the delivery: an error it throws (a histogram too long) leaves no
// half-printed output.
void fetch_hits(Xapian::Enquire& enquire, const Xapian::Database& db, const SearchOptions& options,
                Xapian::doccount check_at_least, const QuoteFilter* filter,
                const HitMaker& hit_maker, const Delivery& delivery,
                const std::function<void()>& counted, SearchResults& results) {
  auto offset = static_cast<Xapian::doccount>(options.offset);
  const auto limit = static_cast<Xapian::doccount>(options.limit);
  Xapian::doccount remaining = options.all ? db.get_doccount() : limit;
  // With `all`, hits are fetched in rounds, each a new match from the next offset: the first round
  // is small so that output starts at once, and each round is twice the last, so N matches take
  // about log2(N / all_chunk) rounds. Records and snippets are made one hit at a time and go to
  // the sink; paging cannot bound Xapian's own memory, as its matcher keeps a docid, weight and
  // sort key (tens of bytes) for each of the first offset + size hits of every round.
  auto next_chunk = static_cast<Xapian::doccount>(std::max<std::size_t>(options.all_chunk, 1));
  for (bool first = true;; first = false) {
    const Xapian::doccount chunk = options.all ? std::min(next_chunk, remaining) : remaining;
    next_chunk = next_chunk > remaining / 2 ? remaining : next_chunk * 2;
    // Spies count during the first match only, which sees every document (check_at_least).
    if (!first) enquire.clear_matchspies();
    const Xapian::MSet mset =
        enquire.get_mset(offset, chunk, first ? check_at_least : 0, nullptr, filter);
    if (first) {
      results.total = mset.get_matches_estimated();
      results.total_exact = mset.get_matches_lower_bound() == mset.get_matches_upper_bound();
      counted();
      if (delivery.start) {
        delivery.sent = true;
        delivery.start(results);
      }
    }
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      Hit hit = hit_maker.make(it);
      if (delivery.sink) {
        delivery.sent = true;
        delivery.sink(std::move(hit));
      } else {
        results.hits.push_back(std::move(hit));
      }
    }
    offset += mset.size();
    remaining -= std::min(remaining, mset.size());
    if (!options.all || mset.size() < chunk || remaining == 0) break;
  }
}

// A spelling correction for a query with few results (or a note on why there is none).
void suggest_spelling(SearchResults& results, const Xapian::Database& db,
                      const SearchOptions& options, bool remote) {
  if (results.total >= kSuggestBelow || !options.parsing.spelling_correction) return;
  if (remote) {
    results.note =
        "no spelling suggestions: Xapian cannot look them up on remote shards (docs/sharding.md)";
  } else {
    results.did_you_mean = ArticleQueryParser(db, options.parsing).parse(options.query).corrected;
  }
}

SearchResults run_once(const Xapian::Database& db, const SearchOptions& options,
                       const Delivery& delivery, bool remote) {
  // Spelling suggestions cost a lookup per word; they are only wanted for few results
  // (suggest_spelling).
  QueryOptions parsing = options.parsing;
  parsing.spelling_correction = false;
  ArticleQueryParser parser(db, parsing);
  const ParsedQuery parsed = parser.parse(options.query);
  // Speaker and quote conditions are checked person by person when the query searches quote words
  // or the caller wants the quotes themselves.
  const bool quote_level = parsed.has_quote_words || options.quotes;
  // The person blocks' windows where they can say the conditions; else the decider, on local
  // databases only.
  PersonBlocks blocks;
  if (quote_level && options.quote_check == QuoteCheck::kBlocks) {
    blocks = person_blocks(parsed.marked);
  } else if (quote_level) {
    blocks.obstacle = "the search was asked to check quotes with the match decider";
  }
  if (remote) refuse_on_remote_shards(parsed, blocks.obstacle);
  const std::optional<Xapian::Query>& person_query = blocks.query;
  // The filter lists each hit's matching people and quotes (HitMaker) either way, from the record.
  std::optional<QuoteFilter> filter;
  if (quote_level) filter.emplace(parsed.marked);

  Xapian::Enquire enquire(db);
  Xapian::Query query = parsed.query;
  // The parsed query filters the like query: its boolean part restricts, its words add weight.
  if (!options.like.empty())
    query = Xapian::Query(Xapian::Query::OP_AND, like_query(db, options.like), query);
  // A filter: the windows add no weight, so ranks are the decider's.
  if (person_query) query = Xapian::Query(Xapian::Query::OP_FILTER, query, *person_query);
  enquire.set_query(options.sort == SortOrder::kRecent ? with_recency(enquire, db, query, options)
                                                       : query);
  if (options.collapse) enquire.set_collapse_key(slot_number(Slot::kStory));
  if (options.time_limit_seconds > 0) enquire.set_time_limit(options.time_limit_seconds);
  set_order(enquire, db, options.sort, remote);
  const PeopleTable people(db);
  const Counters counters = add_counters(enquire, options, people, remote);
  // Spies count only the documents the matcher looks at: facets and histograms must see every
  // match to count exactly, and so must a filtered count, --count, --all and collapse counts
  // (get_collapse_count is a lower bound unless every match reaches the collapser).
  const bool exact =
      counters.any() || filter || options.exact_total || options.all || options.collapse;
  // Otherwise `total` is Xapian's estimate, marked as such (total_exact): counting every match of
  // a phrase query exactly took 40% of a search over 20,000 articles, to show 10.
  const Xapian::doccount check_at_least = exact ? db.get_doccount() : 0;
  // Over remote shards the spies count in a match of their own that asks for no hits, and the
  // hits come from a second one. Xapian 1.4's matcher also passes a remote shard's hits that sort
  // below the lowest of the hits kept so far (in a sort by relevance then value, as ours) to the
  // local spies, after the shard's own spy counted them: the e2e archive's 'said' counted 28
  // articles twice with --limit 50. A remote shard sends the local matcher only the hits asked
  // for, so with none asked for each document is counted once, where it lives.
  if (remote && counters.any() && (options.limit > 0 || options.all)) {
    enquire.get_mset(0, 0, check_at_least);
    enquire.clear_matchspies();
  }

  SearchResults results;
  results.query = options.query;
  results.offset = options.offset;
  results.collapsed = options.collapse;
  results.quote_level = quote_level;
  const QuoteFilter* quote_filter = filter ? &*filter : nullptr;
  const HitMaker hit_maker(query, quote_filter, options);
  fetch_hits(
      enquire, db, options, check_at_least, person_query ? nullptr : quote_filter, hit_maker,
      delivery, [&] { add_counts(results, counters, options, people); }, results);
  suggest_spelling(results, db, options, remote);
  return results;
}

// What a term searches, for --explain: the schema field its prefix names.
std::string term_field(const std::string& term) {
  const bool stemmed = term.starts_with('Z');
  const std::string bare = stemmed ? term.substr(1) : term;
  const FieldSpec* best = nullptr;
  for (const auto& spec : kFields) {
    if (spec.prefix.empty() || !bare.starts_with(spec.prefix)) continue;
    if (!best || spec.prefix.size() > best->prefix.size()) best = &spec;
  }
  std::string what;
  if (!best) {
    what = "title, author and body words";
  } else if (best->name.empty()) {
    what = fmt::format("prefix {}", best->prefix);
  } else {
    what = fmt::format("{}: ({})", best->name,
                       best->kind == FieldKind::kBoolean ? "exact value" : "words");
  }
  return stemmed ? what + ", stemmed" : what;
}

std::string explain_once(const SearchOptions& options) {
  Xapian::Database db = database_of(options);
  ArticleQueryParser parser(db, options.parsing);
  const ParsedQuery parsed = parser.parse(options.query);
  const auto now = options.parsing.now.value_or(Clock::now());
  std::string out = fmt::format("query: '{}'\n", options.query);
  const auto day = std::chrono::floor<std::chrono::days>(now);
  const std::chrono::year_month_day ymd{day};
  const std::chrono::hh_mm_ss time{std::chrono::floor<std::chrono::minutes>(now - day)};
  out += fmt::format("now: {:04}-{:02}-{:02} {:02}:{:02} UTC ({})\n", static_cast<int>(ymd.year()),
                     static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                     time.hours().count(), time.minutes().count(),
                     options.parsing.now ? "given" : "the clock");
  for (const auto& note : parsed.notes) out += "resolved: " + note + "\n";
  for (auto it = parsed.query.get_unique_terms_begin(); it != parsed.query.get_unique_terms_end();
       ++it) {
    const std::string term = *it;
    out += fmt::format("term: {} -> {}\n", term, term_field(term));
  }
  if (parsed.has_quote_words) {
    out +=
        "quote words: checked inside the quotes of each person matching the speaker "
        "conditions\n";
  }
  if (parsed.has_quote_words || options.quotes) {
    // Which way the person-by-person check goes (run_once), and why when not as windows.
    const PersonBlocks blocks = person_blocks(parsed.marked);
    out += blocks.query ? "person check: windows over the person blocks: " +
                              blocks.query->get_description() + "\n"
                        : "person check: a match decider reading each article's quotes (local "
                          "databases only), as " +
                              blocks.obstacle + "\n";
  }
  if (options.sort == SortOrder::kRecent) {
    out += fmt::format(
        "ranking: BM25 + {} * best BM25 * 2^(-age in days / {}) on the published date\n",
        kRecencyShare, kRecencyHalfLifeDays);
  }
  out += "xapian: " + parsed.query.get_description() + "\n";
  if (!parsed.corrected.empty()) out += "did you mean: " + parsed.corrected + "\n";
  return out;
}

// Refuses a limit, offset or facet limit past its maximum (search.h): Xapian counts documents in
// 32 bits, and a larger value would wrap rather than fail.
void check_bounds(const SearchOptions& options) {
  for (const auto& [name, value, most] :
       {std::tuple{"--limit", options.limit, kMaxLimit},
        std::tuple{"--offset", options.offset, kMaxOffset},
        std::tuple{"--facet-limit", options.facet_limit, kMaxFacetLimit}}) {
    if (value > most)
      throw UsageError(fmt::format("{} must be at most {}; got {}", name, most, value));
  }
}

}  // namespace

std::string explain(const SearchOptions& options) {
  try {
    return explain_once(options);
  } catch (const Xapian::Error& e) {
    throw DatabaseError(fmt::format("reading {} failed: {}", options.db_path, e.get_description()));
  }
}

Xapian::Database database_of(const SearchOptions& options) {
  return options.database ? *options.database : open_for_read(options.db_path);
}

Searcher::Searcher(std::string db_path)
    : db_path_(std::move(db_path)),
      db_(open_for_read(db_path_)),
      remote_(has_remote_shards(db_path_)) {}

Searcher::Searcher(std::string db_path, Xapian::Database db)
    : db_path_(std::move(db_path)), db_(std::move(db)), remote_(has_remote_shards(db_path_)) {}

SearchResults Searcher::search(const SearchOptions& options, const HitSink& sink,
                               const StartSink& start) {
  check_bounds(options);
  const auto began = std::chrono::steady_clock::now();
  for (int attempt = 1;; ++attempt) {
    bool sent = false;
    try {
      if (attempt > 1) db_.reopen();
      return run_once(db_, options, {sink, start, sent}, remote_);
    } catch (const Xapian::DatabaseModifiedError&) {
      const auto elapsed = std::chrono::steady_clock::now() - began;
      if (sent) {
        throw DatabaseError(fmt::format(
            "searching {} failed: the database changed under the search after results were "
            "printed; run it again when the indexer is done",
            db_path_));
      }
      if (elapsed >= kRetryFor) {
        throw DatabaseError(fmt::format(
            "searching {} failed: the database changed under the search {} times in {:.0f}s (an "
            "indexer is committing faster than this search can read it); try again when the "
            "indexer is done, or index with a larger --batch-size",
            db_path_, attempt, std::chrono::duration<double>(elapsed).count()));
      }
      // Let the writer get on: back off a little more after each collision, up to a second.
      std::this_thread::sleep_for(
          std::chrono::milliseconds(std::min(1000, 10 * attempt * attempt)));
    } catch (const Xapian::Error& e) {
      throw DatabaseError(fmt::format("searching {} failed: {}", db_path_, e.get_description()));
    }
  }
}

SearchResults search(const SearchOptions& options, const HitSink& sink) {
  return Searcher(options.db_path, database_of(options)).search(options, sink);
}

}  // namespace news
