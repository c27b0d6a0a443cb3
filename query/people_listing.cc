#include "query/people_listing.h"

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

#include "common/database.h"
#include "common/document.h"
#include "common/error.h"
#include "common/safe_output.h"
#include "common/schema.h"
#include "common/strings.h"
#include "query/facets.h"
#include "query/output.h"
#include "query/people.h"
#include "query/query_parser.h"
#include "query/quote_blocks.h"
#include "query/quote_filter.h"

namespace news {

namespace {

// "YYYYMMDD" -> "YYYY-MM-DD".
std::string iso_of_day(const std::string& day) {
  if (day.size() != 8) return "";
  return day.substr(0, 4) + '-' + day.substr(4, 2) + '-' + day.substr(6, 2);
}

// What is counted per person.
struct Tally {
  std::size_t articles = 0;
  std::size_t quotes = 0;
  std::map<std::string, std::size_t> days;  // "YYYYMMDD" -> articles
  std::size_t undated = 0;
  // Counted from the people's slot values (count_people), for a person listed: the XPERSON terms
  // of the local ids counted as the person, whose articles' days count_days counts.
  std::vector<std::string> terms;
};

// The people counted over the matching articles.
struct PeopleCounts {
  std::size_t matches = 0;
  std::unordered_map<std::string, Tally> tallies;  // by person id
  // count_people: the person each local id found counts as ("" for none), whose days are not
  // counted yet (count_days, for the people listed).
  std::unordered_map<std::string, std::string> counted_as;
};

// Counts the people of each matching article, by person of the people table, and their days, in
// one match. With a quote-level filter, only the people of an article who satisfy the query's
// conditions count: each article's record decides. Added to a match on a local database; over
// remote shards, spy_on_documents shows it the matches (without a filter, count_people counts).
class PeopleSpy : public Xapian::MatchSpy {
 public:
  PeopleSpy(const PeopleTable& people, const QuoteFilter* filter)
      : people_(people), filter_(filter) {}

  void operator()(const Xapian::Document& document, double) override {
    ++matches_;
    const std::vector<PersonMention> mentions =
        decode_mentions(document.get_value(slot_number(Slot::kPeople)));
    std::optional<std::set<std::string>> allowed;
    if (filter_) {
      const nlohmann::json record = read_record(document, true);
      allowed.emplace();
      const std::string article_id = record.value("id", "");
      for (const SpeakerMatch& match : filter_->matches(record))
        allowed->insert(local_person_id(article_id, match.speaker));
    }
    const std::string published = document.get_value(slot_number(Slot::kPublished));
    const std::string day = published.size() >= 8 ? published.substr(0, 8) : "";
    std::set<std::string> counted;
    for (const PersonMention& mention : mentions) {
      if (allowed && !allowed->count(mention.local_id)) continue;
      std::string person = people_.person_of(mention.local_id);
      // An unconfirmed mention the table did not tie is no one (indexer/people_linker.h).
      if (person.empty() && mention.unconfirmed) continue;
      if (person.empty()) person = mention.local_id;
      Tally& tally = tallies_[person];
      tally.quotes += mention.quotes;
      if (!counted.insert(person).second) continue;
      ++tally.articles;
      if (day.empty()) {
        ++tally.undated;
      } else {
        ++tally.days[day];
      }
    }
  }

  std::size_t matches() const { return matches_; }
  // The tallies by person id, moved out (the spy is done with them).
  std::unordered_map<std::string, Tally> take_tallies() { return std::move(tallies_); }

 private:
  const PeopleTable& people_;
  const QuoteFilter* filter_;
  std::size_t matches_ = 0;
  std::unordered_map<std::string, Tally> tallies_;
};

// Runs `query` over every document for `spy` to see each match (those `decider` accepts),
// without weights or hits: a count, not a ranking.
void count_matches(const Xapian::Database& db, const Xapian::Query& query, Xapian::MatchSpy& spy,
                   const Xapian::MatchDecider* decider = nullptr) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  enquire.add_matchspy(&spy);
  enquire.get_mset(0, 0, db.get_doccount(), nullptr, decider);
}

// Shows `spy` each match of `query` in turn, reading the documents here: over remote shards,
// whose backend runs only Xapian's own spies but returns the matching documents.
void spy_on_documents(const Xapian::Database& db, const Xapian::Query& query,
                      Xapian::MatchSpy& spy) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  const Xapian::MSet matches = enquire.get_mset(0, db.get_doccount());
  for (auto it = matches.begin(); it != matches.end(); ++it) spy(it.get_document(), 0);
}

// Counts the people of the articles `query` matches through Xapian's own ValueCountMatchSpy on
// their Slot::kPeople values (one value an article, its whole set of mentions), which runs on
// remote shards too: each distinct set counts for each distinct person in it as often as
// articles had it, and each mention's quotes as often. The same counts as PeopleSpy without a
// filter. Each local id is mapped to its person once, in byte order (the people table's
// metadata read in key order). The days are left to count_days.
PeopleCounts count_people(const Xapian::Database& db, const Xapian::Query& query,
                          const PeopleTable& people) {
  Xapian::ValueCountMatchSpy spy(slot_number(Slot::kPeople));
  count_matches(db, query, spy);

  std::vector<std::pair<std::vector<PersonMention>, std::size_t>> sets;
  std::map<std::string, std::string> person_of;  // local id -> person ("" for none known)
  for (auto it = spy.values_begin(); it != spy.values_end(); ++it) {
    sets.emplace_back(decode_mentions(*it), it.get_termfreq());
    for (const PersonMention& mention : sets.back().first) person_of.try_emplace(mention.local_id);
  }
  for (auto& [local_id, person] : person_of) person = people.person_of(local_id);

  PeopleCounts counts;
  counts.matches = spy.get_total();
  std::set<std::string> counted;
  for (const auto& [mentions, articles] : sets) {
    counted.clear();
    for (const PersonMention& mention : mentions) {
      std::string person = person_of[mention.local_id];
      // An unconfirmed mention the table did not tie is no one (indexer/people_linker.h).
      if (person.empty() && mention.unconfirmed) continue;
      if (person.empty()) person = mention.local_id;
      Tally& tally = counts.tallies[person];
      tally.quotes += mention.quotes * articles;
      if (counted.insert(person).second) tally.articles += articles;
      counts.counted_as.try_emplace(mention.local_id, std::move(person));
    }
  }
  return counts;
}

// The XPERSON terms of each listed tally (count_people's): the local ids counted as its person.
void add_terms(PeopleCounts& counts, const std::vector<std::pair<ListedPerson, Tally*>>& rows) {
  std::unordered_set<const Tally*> listed;
  for (const auto& row : rows) listed.insert(row.second);
  for (const auto& [local_id, person] : counts.counted_as) {
    Tally& tally = counts.tallies.at(person);
    if (listed.count(&tally)) tally.terms.push_back(boolean_term(FieldSource::kPerson, local_id));
  }
}

// Counts the days of one person's articles among those `query` matches (a tally of
// count_people): the articles among them carrying one of the XPERSON terms counted as the
// person, per publication day, through a ValueCountMatchSpy on the published slot.
void count_days(const Xapian::Database& db, const Xapian::Query& query, Tally& tally) {
  const Xapian::Query terms(Xapian::Query::OP_OR, tally.terms.begin(), tally.terms.end());
  const std::unique_ptr<SlotCountSpy> days = make_slot_day_spy();
  count_matches(db, Xapian::Query(Xapian::Query::OP_FILTER, query, terms), *days);
  tally.days = days->counts();
  tally.undated = days->without_value();
}

AttentionTable attention_of(HistogramInterval interval, const std::vector<ListedPerson>& people,
                            const std::vector<const Tally*>& listed) {
  AttentionTable attention;
  attention.interval = std::string(interval_name(interval));
  std::map<std::string, std::size_t> all_days;
  for (const Tally* tally : listed)
    for (const auto& [day, count] : tally->days) all_days[day] += count;
  const Histogram all = to_histogram(interval, all_days, 0);
  std::map<std::string, std::size_t> index;
  for (const auto& bucket : all.buckets) {
    index[bucket.period] = attention.periods.size();
    attention.periods.push_back(bucket.period);
  }
  for (std::size_t p = 0; p < listed.size(); ++p) {
    AttentionSeries series{people[p].person.name,
                           std::vector<std::uint64_t>(attention.periods.size(), 0)};
    for (const auto& bucket : to_histogram(interval, listed[p]->days, 0).buckets)
      if (const auto found = index.find(bucket.period); found != index.end())
        series.counts[found->second] = bucket.count;
    attention.series.push_back(std::move(series));
  }
  return attention;
}

// A day, or null when there is none.
nlohmann::ordered_json day_or_null(const std::string& day) {
  if (day.empty()) return nullptr;
  return day;
}

nlohmann::ordered_json counts_json(const std::vector<DatedCount>& counts, const char* key) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const DatedCount& count : counts) {
    out.push_back({{key, count.text},
                   {"articles", count.count},
                   {"first", day_or_null(count.first)},
                   {"last", day_or_null(count.last)}});
  }
  return out;
}

std::string or_dash(const std::string& text) {
  return text.empty() ? "-" : text;
}

// "Russian Foreign Minister (2023-11-27..2024-03-03)".
std::string dated(const DatedCount& count) {
  if (count.first.empty()) return count.text;
  if (count.first == count.last) return fmt::format("{} ({})", count.text, count.first);
  return fmt::format("{} ({}..{})", count.text, count.first, count.last);
}

std::string joined_texts(const std::vector<DatedCount>& counts, std::string_view separator) {
  std::vector<std::string> texts;
  for (const DatedCount& count : counts) texts.push_back(count.text);
  return join(texts, separator);
}

}  // namespace

PeopleListing list_people(const Xapian::Database& db, const SearchOptions& options,
                          std::optional<HistogramInterval> attention) {
  QueryOptions parsing = options.parsing;
  parsing.spelling_correction = false;
  ArticleQueryParser parser(db, parsing);
  const ParsedQuery parsed = parser.parse(options.query);
  const PeopleTable people(db);
  PeopleCounts counts;
  const bool remote = has_remote_shards(options.db_path);
  if (parsed.has_quote_words) {
    // Only the people of an article who satisfy the conditions count: each article's record
    // decides (PeopleSpy). Which articles match, the person blocks' windows decide where they can
    // say the query (as news-query's search does, search.cc), else the filter as a match decider.
    const QuoteFilter filter(parsed.marked);
    PersonBlocks blocks;
    if (options.quote_check == QuoteCheck::kBlocks) {
      blocks = person_blocks(parsed.marked);
    } else {
      blocks.obstacle = "the search was asked to check quotes with the match decider";
    }
    if (remote && !blocks.query)
      throw UsageError(remote_quote_refusal("this quote: query", blocks.obstacle));
    PeopleSpy spy(people, &filter);
    if (!blocks.query) {
      count_matches(db, parsed.query, spy, &filter);
    } else if (remote) {
      spy_on_documents(db, Xapian::Query(Xapian::Query::OP_FILTER, parsed.query, *blocks.query),
                       spy);
    } else {
      count_matches(db, Xapian::Query(Xapian::Query::OP_FILTER, parsed.query, *blocks.query), spy);
    }
    counts.matches = spy.matches();
    counts.tallies = spy.take_tallies();
  } else if (!remote) {
    // Our spy, in one match, on a local database (faster than count_people and a query per
    // person listed for their days: docs/benchmarks.md).
    PeopleSpy spy(people, nullptr);
    count_matches(db, parsed.query, spy);
    counts.matches = spy.matches();
    counts.tallies = spy.take_tallies();
  } else {
    counts = count_people(db, parsed.query, people);
  }

  PeopleListing listing;
  listing.query = options.query;
  listing.matches = counts.matches;
  listing.distinct = counts.tallies.size();
  std::vector<std::pair<ListedPerson, Tally*>> rows;
  for (auto& [id, tally] : counts.tallies) {
    ListedPerson listed;
    if (std::optional<PersonEntry> entry = people.person(id)) {
      listed.person = std::move(*entry);
    } else {
      listed.person.id = id;  // a term the table does not know (written since it was made)
      listed.person.name = id;
    }
    listed.articles = tally.articles;
    listed.quotes = tally.quotes;
    rows.emplace_back(std::move(listed), &tally);
  }
  std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
    const ListedPerson& x = a.first;
    const ListedPerson& y = b.first;
    return std::tie(y.articles, y.quotes, x.person.name, x.person.id) <
           std::tie(x.articles, x.quotes, y.person.name, y.person.id);
  });
  if (rows.size() > options.limit) rows.resize(options.limit);
  add_terms(counts, rows);
  std::vector<const Tally*> listed_tallies;
  for (auto& [listed, tally] : rows) {
    // Only the people shown: a common surname's lines run to hundreds of kilobytes.
    listed.person.why = people.why(listed.person.id);
    // Their days only: a query each.
    if (!tally->terms.empty()) count_days(db, parsed.query, *tally);
    if (!tally->days.empty()) {
      listed.first = iso_of_day(tally->days.begin()->first);
      listed.last = iso_of_day(tally->days.rbegin()->first);
    }
    listing.people.push_back(std::move(listed));
    listed_tallies.push_back(tally);
  }
  if (attention) listing.attention = attention_of(*attention, listing.people, listed_tallies);
  return listing;
}

std::string people_to_text(const PeopleListing& listing, int width, bool unicode, bool why) {
  if (listing.people.empty()) {
    return fmt::format("No people quoted in the {} articles matching '{}'.\n", listing.matches,
                       escape_controls(listing.query));
  }
  std::string out = fmt::format(
      "{} people quoted in {} articles matching '{}'; showing the {} most quoted.\n",
      listing.distinct, listing.matches, escape_controls(listing.query), listing.people.size());
  for (std::size_t i = 0; i < listing.people.size(); ++i) {
    const ListedPerson& listed = listing.people[i];
    const PersonEntry& person = listed.person;
    out += fmt::format("\n{:>3}. {}  [{}]{}\n", i + 1, escape_controls(person.name),
                       escape_controls(person.id), person.unresolved ? "  (surname only)" : "");
    out += fmt::format("     {} articles, {} quotes, first {}, last {}\n", listed.articles,
                       listed.quotes, or_dash(listed.first), or_dash(listed.last));
    std::vector<std::string> variants;
    for (const DatedCount& variant : person.variants)
      if (variant.text != person.name) variants.push_back(escape_controls(variant.text));
    if (!variants.empty()) out += fmt::format("     also: {}\n", join(variants, "; "));
    for (const auto& [label, counts] :
         {std::pair{"role", &person.roles}, std::pair{"for", &person.affiliations}}) {
      std::vector<std::string> texts;
      for (const DatedCount& count : *counts) texts.push_back(escape_controls(dated(count)));
      if (!texts.empty()) out += fmt::format("     {}: {}\n", label, join(texts, "; "));
    }
    if (why) {
      for (const std::string& line : person.why)
        out += fmt::format("     why: {}\n", escape_controls(line));
    }
  }
  if (listing.attention) out += '\n' + attention_text(*listing.attention, width, unicode);
  return out;
}

nlohmann::ordered_json people_to_json(const PeopleListing& listing) {
  nlohmann::ordered_json people = nlohmann::ordered_json::array();
  for (const ListedPerson& listed : listing.people) {
    const PersonEntry& person = listed.person;
    people.push_back({{"id", person.id},
                      {"name", person.name},
                      {"unresolved", person.unresolved},
                      {"articles", listed.articles},
                      {"quotes", listed.quotes},
                      {"first", day_or_null(listed.first)},
                      {"last", day_or_null(listed.last)},
                      {"variants", counts_json(person.variants, "name")},
                      {"roles", counts_json(person.roles, "role")},
                      {"affiliations", counts_json(person.affiliations, "affiliation")},
                      {"archive",
                       {{"articles", person.articles},
                        {"quotes", person.quotes},
                        {"first", day_or_null(person.first)},
                        {"last", day_or_null(person.last)}}},
                      {"why", person.why}});
  }
  nlohmann::ordered_json json = {{"version", 1},
                                 {"query", listing.query},
                                 {"matches", listing.matches},
                                 {"distinct", listing.distinct},
                                 {"people", std::move(people)}};
  if (listing.attention) {
    nlohmann::ordered_json attention = nlohmann::ordered_json::object();
    attention_json(*listing.attention, attention);
    // Each series with its person's id, for person:ID.
    for (std::size_t p = 0; p < listing.people.size(); ++p)
      attention["series"][p]["id"] = listing.people[p].person.id;
    json["attention"] = std::move(attention);
  }
  return json;
}

std::string people_to_csv(const PeopleListing& listing) {
  std::string out = "id,name,articles,quotes,first,last,variants,roles,affiliations\r\n";
  for (const ListedPerson& listed : listing.people) {
    const PersonEntry& person = listed.person;
    out += fmt::format("{},{},{},{},{},{},{},{},{}\r\n", csv_cell(person.id), csv_cell(person.name),
                       listed.articles, listed.quotes, listed.first, listed.last,
                       csv_cell(joined_texts(person.variants, "; ")),
                       csv_cell(joined_texts(person.roles, "; ")),
                       csv_cell(joined_texts(person.affiliations, "; ")));
  }
  return out;
}

}  // namespace news
