#include "query/search.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <map>
#include <optional>
#include <set>
#include <thread>

#include <fmt/format.h>
#include <xapian.h>

#include "common/database.h"
#include "common/document.h"
#include "common/error.h"
#include "common/schema.h"
#include "query/quote_filter.h"

namespace news {

namespace {

// Counting every match exactly costs little below this many documents and keeps `total` exact
// for the sizes most archives have; past it Xapian's estimate is reported as such.
constexpr Xapian::doccount kExactCountUpTo = 100000;
// A reader that lives through two commits of a running indexer sees DatabaseModifiedError; it
// reopens and tries again for this long. news-index commits every --batch-size documents (500:
// about a second apart), so a search shorter than that gets through within a few tries.
constexpr std::chrono::seconds kRetryFor{30};

// Private-use sentinels that cannot occur in the stored text, swapped for the caller's markers
// after the snippet's HTML escaping is undone.
constexpr std::string_view kStartSentinel = "\xEE\x80\x80";
constexpr std::string_view kEndSentinel = "\xEE\x80\x81";

void replace_all(std::string& s, std::string_view from, std::string_view to) {
  for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) {
    s.replace(at, from.size(), to);
  }
}

// MSet::snippet escapes its output for HTML; this tool prints plain text.
std::string unescape_html(std::string s) {
  replace_all(s, "&lt;", "<");
  replace_all(s, "&gt;", ">");
  replace_all(s, "&quot;", "\"");
  replace_all(s, "&#39;", "'");
  replace_all(s, "&amp;", "&");
  return s;
}

// Counts the names stored one per line in a value slot (kSpeakers, kAuthors): multi-valued facets,
// which Xapian's ValueCountMatchSpy cannot count. Local databases only (a custom spy does not run
// over the remote backend).
class LinesValueSpy : public Xapian::MatchSpy {
 public:
  explicit LinesValueSpy(Xapian::valueno slot) : slot_(slot) {}
  void operator()(const Xapian::Document& document, double) override {
    const std::string value = document.get_value(slot_);
    std::size_t start = 0;
    while (start < value.size()) {
      std::size_t end = value.find('\n', start);
      if (end == std::string::npos) end = value.size();
      if (end > start) ++counts_[value.substr(start, end - start)];
      start = end + 1;
    }
  }
  const std::map<std::string, std::size_t>& counts() const { return counts_; }

 private:
  Xapian::valueno slot_;
  std::map<std::string, std::size_t> counts_;
};

Xapian::valueno facet_slot(FacetField field) {
  return slot_number(field == FacetField::kSpeaker ? Slot::kSpeakers : Slot::kAuthors);
}

Facet to_facet(FacetField field, const LinesValueSpy& spy, std::size_t limit) {
  Facet facet{field, {}, spy.counts().size()};
  for (const auto& [value, count] : spy.counts()) facet.counts.push_back({value, count});
  std::stable_sort(facet.counts.begin(), facet.counts.end(),
                   [](const FacetCount& a, const FacetCount& b) { return a.count > b.count; });
  if (facet.counts.size() > limit) facet.counts.resize(limit);
  return facet;
}

// The part of the body handed to MSet::snippet. Xapian's snippet stems every word of the text it
// is given and, with the background model, looks up each word's frequency: over whole bodies that
// was 70% of a search's instructions. So it gets a window of 2 snippet lengths instead, starting
// at the paragraph (or, deep in a long paragraph, a little before the place) where a query word
// first occurs, found by a plain search of the lower-cased body for each unprefixed query term or
// stem (a stem also finds longer words, which is fine for choosing a region; the snippet does the
// real matching). Without a query word in the body (title-only matches), the body's start.
struct Passage {
  std::string text;
  bool cut_before = false;
  bool cut_after = false;
};

Passage snippet_passage(const std::string& body, const std::vector<std::string>& needles,
                        std::size_t snippet_bytes) {
  const std::size_t window = 2 * snippet_bytes;
  if (body.size() <= window) return {body, false, false};
  std::string lower(body);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::size_t first = std::string::npos;
  for (const auto& needle : needles) first = std::min(first, lower.find(needle));
  std::size_t begin = 0;
  if (first != std::string::npos) {
    const std::size_t paragraph = lower.rfind("\n\n", first);
    begin = paragraph == std::string::npos ? 0 : paragraph + 2;
    if (first - begin > 2 * snippet_bytes) {
      begin = first - snippet_bytes;
      while (begin < first && body[begin] != ' ') ++begin;
    }
  }
  std::size_t end = std::min(body.size(), begin + window);
  while (end < body.size() && body[end] != ' ' && body[end] != '\n') ++end;
  return {body.substr(begin, end - begin), begin > 0, end < body.size()};
}

// The words snippet_passage looks for: the query's unprefixed terms, and its stems (Z + stem).
std::vector<std::string> passage_needles(const Xapian::Query& query) {
  std::vector<std::string> needles;
  for (auto it = query.get_unique_terms_begin(); it != query.get_unique_terms_end(); ++it) {
    std::string term = *it;
    if (term.size() > 1 && term[0] == 'Z' && !std::isupper(static_cast<unsigned char>(term[1])))
      term.erase(0, 1);
    if (!term.empty() && !std::isupper(static_cast<unsigned char>(term[0])))
      needles.push_back(std::move(term));
  }
  return needles;
}

std::string make_snippet(const Xapian::MSet& mset, const std::string& text,
                         const std::vector<std::string>& needles, const SearchOptions& options) {
  const Passage passage = snippet_passage(text, needles, options.snippet_bytes);
  std::string snippet =
      mset.snippet(passage.text, options.snippet_bytes, english_stemmer(),
                   Xapian::MSet::SNIPPET_BACKGROUND_MODEL | Xapian::MSet::SNIPPET_EXHAUSTIVE,
                   std::string(kStartSentinel), std::string(kEndSentinel), "...");
  if (passage.cut_before && !snippet.starts_with("...")) snippet.insert(0, "...");
  if (passage.cut_after && !snippet.ends_with(".")) snippet += "...";
  snippet = unescape_html(std::move(snippet));
  replace_all(snippet, kStartSentinel, options.highlight_start);
  replace_all(snippet, kEndSentinel, options.highlight_end);
  replace_all(snippet, "\n\n", " ");
  return snippet;
}

// Cuts a highlighted text to about options.snippet_bytes, starting a little before the first
// highlighted word and at word boundaries, with "..." where text was left out.
std::string crop(const std::string& text, const SearchOptions& options) {
  if (text.size() <= options.snippet_bytes) return text;
  constexpr std::size_t kLeadIn = 60;
  const std::size_t first_mark = text.find(options.highlight_start);
  std::size_t begin =
      first_mark == std::string::npos || first_mark < kLeadIn ? 0 : first_mark - kLeadIn;
  while (begin > 0 && text[begin - 1] != ' ') --begin;
  std::size_t end = std::min(text.size(), begin + options.snippet_bytes);
  while (end < text.size() && text[end] != ' ') ++end;
  std::string out = text.substr(begin, end - begin);
  // Cuts fall on spaces, and markers hug their word, so no highlight is cut in half.
  return (begin > 0 ? "..." : "") + out + (end < text.size() ? "..." : "");
}

// Marks the words of `text` that match one of the quote-word `terms` (MSet::snippet cannot: the
// terms carry the XSAID prefix). Words are compared as the indexer forms them: lower case, and
// stemmed for Z-terms.
std::string highlight_quote_words(const std::string& text, const std::set<std::string>& terms,
                                  const SearchOptions& options) {
  const std::string prefix(field(FieldSource::kQuote).prefix);
  const Xapian::Stem stemmer = english_stemmer();
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    const auto is_word_byte = [](unsigned char c) {
      return std::isalnum(c) || c >= 0x80 || c == '\'';
    };
    if (!is_word_byte(static_cast<unsigned char>(text[i]))) {
      out += text[i++];
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && is_word_byte(static_cast<unsigned char>(text[end]))) ++end;
    const std::string word = text.substr(i, end - i);
    std::string lower;
    for (char c : word) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const bool match = terms.count(prefix + lower) || terms.count("Z" + prefix + stemmer(lower));
    out += match ? options.highlight_start + word + options.highlight_end : word;
    i = end;
  }
  return crop(out, options);
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

SearchResults run_once(const SearchOptions& options) {
  Xapian::Database db = open_for_read(options.db_path);
  ArticleQueryParser parser(db, options.parsing);
  const ParsedQuery parsed = parser.parse(options.query);
  // Speaker and quote conditions are checked person by person when the query searches quote words
  // or the caller wants the quotes themselves.
  const bool quote_level = parsed.has_quote_words || options.quotes;
  std::optional<QuoteFilter> filter;
  if (quote_level) filter.emplace(parsed.marked);

  Xapian::Enquire enquire(db);
  Xapian::Query query = parsed.query;
  // The parsed query filters the like query: its boolean part restricts, its words add weight.
  if (!options.like.empty())
    query = Xapian::Query(Xapian::Query::OP_AND, like_query(db, options.like), query);
  enquire.set_query(query);
  if (options.collapse) enquire.set_collapse_key(slot_number(Slot::kStory));
  // Undated articles sort after dated ones in both directions.
  Xapian::MultiValueKeyMaker keys;
  const Xapian::valueno published = slot_number(Slot::kPublished);
  if (options.sort == SortOrder::kNewest) keys.add_value(published, true, "");
  if (options.sort == SortOrder::kOldest) keys.add_value(published, false, "~");
  if (options.sort != SortOrder::kRelevance) enquire.set_sort_by_key_then_relevance(&keys, false);

  std::vector<std::unique_ptr<LinesValueSpy>> spies;
  for (FacetField field : options.facets) {
    spies.push_back(std::make_unique<LinesValueSpy>(facet_slot(field)));
    enquire.add_matchspy(spies.back().get());
  }
  // Facets must see every match to count exactly, and so must a filtered count, and collapse counts
  // (get_collapse_count is a lower bound unless every match reaches the collapser).
  const Xapian::doccount check_at_least =
      options.facets.empty() && !filter && !options.collapse ? kExactCountUpTo : db.get_doccount();

  const auto offset = static_cast<Xapian::doccount>(options.offset);
  const auto limit = static_cast<Xapian::doccount>(options.limit);
  const Xapian::MSet mset =
      enquire.get_mset(offset, limit, check_at_least, nullptr, filter ? &*filter : nullptr);

  const std::vector<std::string> needles = passage_needles(query);
  SearchResults results;
  results.query = options.query;
  results.offset = options.offset;
  results.quote_level = quote_level;
  results.collapsed = options.collapse;
  results.total = mset.get_matches_estimated();
  results.total_exact = mset.get_matches_lower_bound() == mset.get_matches_upper_bound();
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    Hit hit;
    hit.rank = it.get_rank() + 1;
    hit.score = it.get_weight();
    if (options.collapse) hit.copies = it.get_collapse_count() + 1;
    hit.record = read_record(it.get_document());
    if (filter) {
      const std::vector<SpeakerMatch> speakers = filter->matches(hit.record);
      hit.quote = nlohmann::json::array();
      std::string said;
      for (const auto& match : speakers) {
        hit.quote.push_back({{"speaker", match.speaker}, {"quotes", match.quotes}});
        for (const auto& quote : match.quotes)
          said += (said.empty() ? "" : " ... ") + quote.value("text", "");
      }
      hit.snippet = highlight_quote_words(said, filter->quote_terms(), options);
    } else {
      hit.snippet = make_snippet(mset, hit.record.value("body", ""), needles, options);
    }
    results.hits.push_back(std::move(hit));
  }
  for (std::size_t i = 0; i < spies.size(); ++i) {
    results.facets.push_back(to_facet(options.facets[i], *spies[i], options.facet_limit));
  }
  return results;
}

}  // namespace

std::string_view facet_name(FacetField field) {
  return field == FacetField::kSpeaker ? "speaker" : "author";
}

SearchResults search(const SearchOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  for (int attempt = 1;; ++attempt) {
    try {
      return run_once(options);
    } catch (const Xapian::DatabaseModifiedError&) {
      const auto elapsed = std::chrono::steady_clock::now() - start;
      if (elapsed >= kRetryFor) {
        throw DatabaseError(fmt::format(
            "searching {} failed: the database changed under the search {} times in {:.0f}s (an "
            "indexer is committing faster than this search can read it); try again when the "
            "indexer is done, or index with a larger --batch-size",
            options.db_path, attempt, std::chrono::duration<double>(elapsed).count()));
      }
      // Let the writer get on: back off a little more after each collision, up to a second.
      std::this_thread::sleep_for(
          std::chrono::milliseconds(std::min(1000, 10 * attempt * attempt)));
    } catch (const Xapian::Error& e) {
      throw DatabaseError(
          fmt::format("searching {} failed: {}", options.db_path, e.get_description()));
    }
  }
}

}  // namespace news
