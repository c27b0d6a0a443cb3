#include "query/search.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include <fmt/format.h>
#include <xapian.h>

#include "common/database.h"
#include "common/document.h"
#include "common/error.h"
#include "common/schema.h"

namespace news {

namespace {

// Counting every match exactly costs little below this many documents and keeps `total` exact
// for the sizes most archives have; past it Xapian's estimate is reported as such.
constexpr Xapian::doccount kExactCountUpTo = 100000;
// A reader that lives through two commits of a running indexer sees DatabaseModifiedError.
constexpr int kMaxReopens = 5;

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

std::string make_snippet(const Xapian::MSet& mset, const std::string& text,
                         const SearchOptions& options) {
  std::string snippet =
      mset.snippet(text, options.snippet_bytes, english_stemmer(),
                   Xapian::MSet::SNIPPET_BACKGROUND_MODEL | Xapian::MSet::SNIPPET_EXHAUSTIVE,
                   std::string(kStartSentinel), std::string(kEndSentinel), "...");
  snippet = unescape_html(std::move(snippet));
  replace_all(snippet, kStartSentinel, options.highlight_start);
  replace_all(snippet, kEndSentinel, options.highlight_end);
  replace_all(snippet, "\n\n", " ");
  return snippet;
}

nlohmann::json article_record(const Xapian::Database& db, const std::string& article_id) {
  const std::string term = id_term(article_id);
  Xapian::PostingIterator it = db.postlist_begin(term);
  if (it == db.postlist_end(term)) {
    throw DatabaseError(
        fmt::format("quote of article {} has no article: re-index the archive", article_id));
  }
  return read_record(db.get_document(*it));
}

// The quote-word terms (XSAID..., stemmed ZXSAID...) a query searches for.
std::set<std::string> quote_terms_of(const Xapian::Query& query) {
  const std::string prefix(field(FieldSource::kQuote).prefix);
  std::set<std::string> terms;
  for (auto it = query.get_unique_terms_begin(); it != query.get_unique_terms_end(); ++it) {
    const std::string& term = *it;
    if (term.starts_with(prefix) || (term.starts_with('Z') && term.substr(1).starts_with(prefix)))
      terms.insert(term);
  }
  return terms;
}

// The quotes (of a quote record) that contain one of `terms`, indexed as the indexer does; all of
// them when `terms` is empty (the query named a speaker but no quote words).
nlohmann::json matching_quotes(const nlohmann::json& quotes, const std::set<std::string>& terms) {
  if (terms.empty()) return quotes;
  nlohmann::json matching = nlohmann::json::array();
  Xapian::TermGenerator generator = make_term_generator();
  const std::string prefix(field(FieldSource::kQuote).prefix);
  for (const auto& quote : quotes) {
    Xapian::Document document;
    generator.set_document(document);
    generator.index_text(quote.value("text", ""), 1, prefix);
    for (auto it = document.termlist_begin(); it != document.termlist_end(); ++it) {
      if (terms.count(*it)) {
        matching.push_back(quote);
        break;
      }
    }
  }
  return matching.empty() ? quotes : matching;
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
  return out;
}

SearchResults run_once(const SearchOptions& options) {
  Xapian::Database db = open_for_read(options.db_path);
  ArticleQueryParser parser(db, options.parsing);
  const ParsedQuery parsed = parser.parse(options.query, options.quotes);
  const bool quote_docs = parsed.scope == DocumentScope::kQuotes;

  Xapian::Enquire enquire(db);
  enquire.set_query(parsed.query);
  // Quote-level searches list articles: one hit per article, its best-matching quote.
  if (quote_docs && !options.quotes) enquire.set_collapse_key(slot_number(Slot::kParent));
  // Undated documents sort after dated ones in both directions.
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
  // Facets must see every match to count exactly.
  const Xapian::doccount check_at_least =
      options.facets.empty() ? kExactCountUpTo : db.get_doccount();

  const auto offset = static_cast<Xapian::doccount>(options.offset);
  const auto limit = static_cast<Xapian::doccount>(options.limit);
  const Xapian::MSet mset = enquire.get_mset(offset, limit, check_at_least);
  const std::set<std::string> quote_terms = quote_terms_of(parsed.query);

  SearchResults results;
  results.query = options.query;
  results.offset = options.offset;
  results.quotes = options.quotes;
  results.quote_level = quote_docs && !options.quotes;
  results.total = mset.get_matches_estimated();
  results.total_exact = mset.get_matches_lower_bound() == mset.get_matches_upper_bound();
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    Hit hit;
    hit.rank = it.get_rank() + 1;
    hit.score = it.get_weight();
    const nlohmann::json record = read_record(it.get_document());
    if (quote_docs) {
      hit.quote = record;
      hit.record = article_record(db, record.value("article_id", ""));
      hit.quotes = matching_quotes(record.value("quotes", nlohmann::json::array()), quote_terms);
      std::string said;
      for (const auto& quote : hit.quotes)
        said += (said.empty() ? "" : " ... ") + quote.value("text", "");
      hit.snippet = highlight_quote_words(said, quote_terms, options);
    } else {
      hit.record = record;
      hit.snippet = make_snippet(mset, record.value("body", ""), options);
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
  for (int attempt = 0;; ++attempt) {
    try {
      return run_once(options);
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt + 1 >= kMaxReopens) throw;
    } catch (const Xapian::Error& e) {
      throw DatabaseError(
          fmt::format("searching {} failed: {}", options.db_path, e.get_description()));
    }
  }
}

}  // namespace news
