// Counting over every match: the match spies behind --facet and --histogram, and turning their
// counts into facets and zero-filled histograms. Spies read one value slot of each matching
// document, never its term list (inflating it cost 20-60 us a match: docs/benchmarks.md) nor its
// data record, and are Xapian's own ValueCountMatchSpy, so that they run on remote shards too.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <xapian.h>

#include "common/schema.h"
#include "query/people.h"
#include "query/search.h"

namespace news {

// Counts the values of one value slot over every match: a Xapian ValueCountMatchSpy, which counts
// each distinct value of the slot (the whole value: for a multi-valued field such as the people
// quoted, the article's whole set of them), then splits each distinct value into the values it
// holds and adds its count to each. It is Xapian's own class to Xapian's remote backend (it adds
// nothing it would have to send: name() and serialise() are the base's), so xapian-tcpsrv runs it
// on each remote shard and the shards' counts are merged; one way of counting for local and
// remote databases alike, whose counts are equal by construction. What it keeps during the
// match is the base's: each distinct slot value once, with its count (at most one per matching
// document; for the published slot, one per distinct minute).
class SlotCountSpy : public Xapian::ValueCountMatchSpy {
 public:
  // Appends the values one slot value holds to its second argument (nothing for none).
  using Splitter = std::function<void(const std::string&, std::vector<std::string>&)>;
  // The value a split value counts as, "" for none (the person a local person id belongs to).
  using Mapper = std::function<std::string(const std::string&)>;

  SlotCountSpy(Slot slot, Splitter split)
      : ValueCountMatchSpy(slot_number(slot)), slot_(slot), split_(std::move(split)) {}
  // Counts map(value) for the split values rather than the values themselves. map is called
  // after the match, once per distinct split value and in byte order: a mapper reading the
  // database (the people table's metadata) then reads it in key order, each B-tree block once,
  // not in a random lookup per match (72,000 reads on 31,000 matches).
  SlotCountSpy(Slot slot, Splitter split, Mapper map)
      : ValueCountMatchSpy(slot_number(slot)),
        slot_(slot),
        split_(std::move(split)),
        map_(std::move(map)) {}

  // Documents per value (a document counts once per distinct value it has). The first call
  // splits and maps what the match counted: call it once the match is over.
  const std::map<std::string, std::size_t>& counts() const;
  // Matching documents with no value at all (e.g. undated articles), or none left once split
  // and mapped; as counts().
  std::size_t without_value() const;
  // The distinct slot values the match counted (what the spy kept, and what each remote shard
  // sends back).
  std::size_t distinct_slot_values() const;

  // The slot counted.
  Slot slot() const { return slot_; }
  // Splits the values `other` counts (a spy of the same slot, added to the enquire) instead of
  // its own, and so need not be added to the enquire: one ValueCountMatchSpy a slot, however
  // many facets split its values (the year facet and the histogram read the published slot).
  // `other` must outlive this spy's counts() and without_value() calls.
  void count_from(const SlotCountSpy& other);

 private:
  // Splits (and maps) the counted slot values into counts_ and without_value_.
  void count() const;

  Slot slot_;
  Splitter split_;
  Mapper map_;
  const SlotCountSpy* source_ = this;  // whose counted values are split (count_from)
  mutable bool counted_ = false;
  mutable std::map<std::string, std::size_t> counts_;
  mutable std::size_t without_value_ = 0;
};

// The spy counting `field` (facet_name(field) documents the values). The speaker facet counts
// persons of `people` (by id, each under all its spellings), which must outlive the spy.
std::unique_ptr<SlotCountSpy> make_facet_spy(FacetField field, const PeopleTable& people);

// The spy counting matching documents per publication day ("YYYYMMDD", from the published slot).
std::unique_ptr<SlotCountSpy> make_day_spy();

// The facet: at most `limit` values, most frequent first, ties by value. The speaker facet's
// values are persons' canonical names from `people`, with their ids.
Facet to_facet(FacetField field, const SlotCountSpy& spy, std::size_t limit,
               const PeopleTable& people);

// Per-day counts (make_day_spy) grouped into months, ISO weeks or days, zero-filled from the
// first to the last period with a matching document. Throws UsageError when that would be more
// than kMaxHistogramPeriods periods, before making any of them.
Histogram to_histogram(HistogramInterval interval, const SlotCountSpy& days);

// The same from counts per day ("YYYYMMDD" -> articles) and the number of undated articles.
Histogram to_histogram(HistogramInterval interval,
                       const std::map<std::string, std::size_t>& day_counts, std::size_t undated);

}  // namespace news
