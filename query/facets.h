// Counting over every match: the match spies behind --facet and --histogram, and turning their
// counts into facets and zero-filled histograms. Spies read value slots of each matching document,
// never its term list (inflating it cost 20-60 us a match: docs/benchmarks.md) nor its data record.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include <xapian.h>

#include "query/people.h"
#include "query/search.h"

namespace news {

// Counts the values an extractor finds in each matching document (several per document for
// multi-valued fields such as the people quoted, which Xapian's ValueCountMatchSpy cannot count).
// Local databases only: a custom spy does not run over the remote backend.
class CountingSpy : public Xapian::MatchSpy {
 public:
  // Appends the values of one document to its second argument (nothing when it has none).
  using Extractor = std::function<void(const Xapian::Document&, std::vector<std::string>&)>;
  // The value a found value counts as, "" for none (the person a local person id belongs to).
  using Mapper = std::function<std::string(const std::string&)>;

  explicit CountingSpy(Extractor extract) : extract_(std::move(extract)) {}
  // Counts map(value) for the values found rather than the values themselves. map is called
  // after the match, once per distinct value found and in byte order: a mapper reading the
  // database (the people table's metadata) then reads it in key order, each B-tree block once,
  // not in a random lookup per match (72,000 reads on 31,000 matches). Until then the spy keeps
  // each distinct value found once, and 4 bytes per value per matching document (plus 8 a
  // document).
  CountingSpy(Extractor extract, Mapper map) : extract_(std::move(extract)), map_(std::move(map)) {}
  void operator()(const Xapian::Document& document, double) override;

  // Documents per value (a document counts once per distinct value it has). With a mapper, the
  // first call maps the values found: call it once the match is over.
  const std::map<std::string, std::size_t>& counts() const;
  // Matching documents with no value at all (e.g. undated articles); as counts() for a mapper.
  std::size_t without_value() const;

 private:
  // Maps the values found and counts each document's distinct mapped values.
  void count_mapped() const;

  Extractor extract_;
  Mapper map_;
  std::vector<std::string> values_;
  // With a mapper: the distinct values found, numbered in the order found; each document's
  // values as those numbers, one document after the other, and where each document's values end.
  std::unordered_map<std::string, std::uint32_t> found_;
  std::vector<std::uint32_t> found_in_documents_;
  std::vector<std::size_t> document_ends_;
  mutable bool mapped_ = false;
  mutable std::map<std::string, std::size_t> counts_;
  mutable std::size_t without_value_ = 0;
};

// The spy counting `field` (facet_name(field) documents the values). The speaker facet counts
// persons of `people` (by id, each under all its spellings), which must outlive the spy.
std::unique_ptr<CountingSpy> make_facet_spy(FacetField field, const PeopleTable& people);

// The spy counting matching documents per publication day ("YYYYMMDD", from the published slot).
std::unique_ptr<CountingSpy> make_day_spy();

// The facet: at most `limit` values, most frequent first, ties by value. The speaker facet's
// values are persons' canonical names from `people`, with their ids.
Facet to_facet(FacetField field, const CountingSpy& spy, std::size_t limit,
               const PeopleTable& people);

// Per-day counts (make_day_spy) grouped into months, ISO weeks or days, zero-filled from the
// first to the last period with a matching document. Throws UsageError when that would be more
// than kMaxHistogramPeriods periods, before making any of them.
Histogram to_histogram(HistogramInterval interval, const CountingSpy& days);

// The same from counts per day ("YYYYMMDD" -> articles) and the number of undated articles.
Histogram to_histogram(HistogramInterval interval,
                       const std::map<std::string, std::size_t>& day_counts, std::size_t undated);

}  // namespace news
