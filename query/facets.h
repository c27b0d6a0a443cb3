// Counting over every match: the match spies behind --facet and --histogram, and turning their
// counts into facets and zero-filled histograms. Spies read values and terms of each matching
// document, never its data record, so counting costs no JSON parsing.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <string>
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

  explicit CountingSpy(Extractor extract) : extract_(std::move(extract)) {}
  void operator()(const Xapian::Document& document, double) override;

  // Documents per value (a document counts once per distinct value it has).
  const std::map<std::string, std::size_t>& counts() const { return counts_; }
  // Matching documents with no value at all (e.g. undated articles).
  std::size_t without_value() const { return without_value_; }

 private:
  Extractor extract_;
  std::vector<std::string> values_;
  std::map<std::string, std::size_t> counts_;
  std::size_t without_value_ = 0;
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
