#include "query/search.h"

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

SearchResults run_once(const SearchOptions& options) {
  Xapian::Database db = open_for_read(options.db_path);
  ArticleQueryParser parser(db, options.parsing);
  const Xapian::Query query = parser.parse(options.query);

  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  // Undated articles sort after dated ones in both directions.
  Xapian::MultiValueKeyMaker keys;
  const Xapian::valueno published = slot_number(Slot::kPublished);
  if (options.sort == SortOrder::kNewest) keys.add_value(published, true, "");
  if (options.sort == SortOrder::kOldest) keys.add_value(published, false, "~");
  if (options.sort != SortOrder::kRelevance) enquire.set_sort_by_key_then_relevance(&keys, false);

  const auto offset = static_cast<Xapian::doccount>(options.offset);
  const auto limit = static_cast<Xapian::doccount>(options.limit);
  const Xapian::MSet mset = enquire.get_mset(offset, limit, kExactCountUpTo);

  SearchResults results;
  results.query = options.query;
  results.offset = options.offset;
  results.total = mset.get_matches_estimated();
  results.total_exact = mset.get_matches_lower_bound() == mset.get_matches_upper_bound();
  const Xapian::Stem stemmer = english_stemmer();
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    Hit hit;
    hit.rank = it.get_rank() + 1;
    hit.score = it.get_weight();
    hit.record = read_record(it.get_document());
    const std::string body = hit.record.value("body", "");
    std::string snippet =
        mset.snippet(body, options.snippet_bytes, stemmer,
                     Xapian::MSet::SNIPPET_BACKGROUND_MODEL | Xapian::MSet::SNIPPET_EXHAUSTIVE,
                     std::string(kStartSentinel), std::string(kEndSentinel), "...");
    snippet = unescape_html(std::move(snippet));
    replace_all(snippet, kStartSentinel, options.highlight_start);
    replace_all(snippet, kEndSentinel, options.highlight_end);
    replace_all(snippet, "\n\n", " ");
    hit.snippet = std::move(snippet);
    results.hits.push_back(std::move(hit));
  }
  return results;
}

}  // namespace

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
