// Counting over every match: the match spies behind --facet and --histogram, and turning their
// counts into facets and zero-filled histograms. Spies read one value slot of each matching
// document, never its term list (inflating it cost 20-60 us a match: docs/benchmarks.md) nor its
// data record. Two spies count the same values: CountingSpy, ours, on a database without remote
// shards (the faster: it splits each document's value as it counts), and SlotCountSpy, Xapian's
// own ValueCountMatchSpy over whole slot values, split after the match, on a database with remote
// shards (xapian-tcpsrv runs only Xapian's classes). Their counts are equal by test
// (tests/integration/analysis_test.cc, BothSpiesCountTheSame).
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

#include "common/schema.h"
#include "query/people.h"
#include "query/search.h"

namespace news {

// What a facet, a histogram or the people listing reads of a spy once the match is over, however
// the spy counted: one path after counting for local and remote databases.
class ValueCounts {
 public:
  // Appends the values one slot value holds to its second argument (nothing for none; the slot
  // value is "" for a document without one).
  using Splitter = std::function<void(std::string&&, std::vector<std::string>&)>;
  // The value a split value counts as, "" for none (the person a local person id belongs to).
  using Mapper = std::function<std::string(const std::string&)>;

  virtual ~ValueCounts() = default;

  // Documents per value (a document counts once per distinct value it has). With a mapper, the
  // first call maps the values found: call it once the match is over.
  virtual const std::map<std::string, std::size_t>& counts() const = 0;
  // Matching documents with no value at all (e.g. undated articles), or none left once mapped; as
  // counts() for a mapper.
  virtual std::size_t without_value() const = 0;
};

// Counts the values a splitter finds in one value slot of each matching document (several per
// document for multi-valued fields such as the people quoted). Local databases only: a custom
// spy does not run over the remote backend.
class CountingSpy : public Xapian::MatchSpy, public ValueCounts {
 public:
  // Counts map(value) for the values found rather than the values themselves, when `map` is
  // given. map is called after the match, once per distinct value found and in byte order: a
  // mapper reading the database (the people table's metadata) then reads it in key order, each
  // B-tree block once, not in a random lookup per match (72,000 reads on 31,000 matches). Until
  // then the spy keeps each distinct value found once, and 4 bytes per value per matching
  // document (plus 8 a document).
  CountingSpy(Slot slot, Splitter split, Mapper map = {})
      : slot_(slot_number(slot)), split_(std::move(split)), map_(std::move(map)) {}
  void operator()(const Xapian::Document& document, double) override;

  const std::map<std::string, std::size_t>& counts() const override;
  std::size_t without_value() const override;

 private:
  // Maps the values found and counts each document's distinct mapped values.
  void count_mapped() const;

  Xapian::valueno slot_;
  Splitter split_;
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

// The same counts through Xapian's own ValueCountMatchSpy, for databases with remote shards: the
// base counts each distinct value of the slot (the whole value: for a multi-valued field such as
// the people quoted, the article's whole set of them); after the match each distinct value is
// split into the values it holds and its count added to each. It adds nothing the remote backend
// would have to send (name() and serialise() are the base's), so xapian-tcpsrv runs it on each
// remote shard and the shards' counts are merged. What it keeps during the match is the base's:
// each distinct slot value once, with its count (for the published slot, one per distinct
// minute). Slower than CountingSpy locally (docs/benchmarks.md), hence only where needed.
class SlotCountSpy : public Xapian::ValueCountMatchSpy, public ValueCounts {
 public:
  // As CountingSpy's: map, when given, is called once per distinct split value, in byte order.
  SlotCountSpy(Slot slot, Splitter split, Mapper map = {})
      : ValueCountMatchSpy(slot_number(slot)),
        slot_(slot),
        split_(std::move(split)),
        map_(std::move(map)) {}

  // As CountingSpy's; the first call splits and maps what the match counted.
  const std::map<std::string, std::size_t>& counts() const override;
  std::size_t without_value() const override;
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

// The spy counting `field` on a local database (facet_name(field) documents the values). The
// speaker facet counts persons of `people` (by id, each under all its spellings), which must
// outlive the spy.
std::unique_ptr<CountingSpy> make_facet_spy(FacetField field, const PeopleTable& people);
// The same counts on a database with remote shards.
std::unique_ptr<SlotCountSpy> make_slot_facet_spy(FacetField field, const PeopleTable& people);

// The spy counting matching documents per publication day ("YYYYMMDD", from the published slot),
// on a local database.
std::unique_ptr<CountingSpy> make_day_spy();
// The same counts on a database with remote shards.
std::unique_ptr<SlotCountSpy> make_slot_day_spy();

// The facet: at most `limit` values, most frequent first, ties by value. The speaker facet's
// values are persons' canonical names from `people`, with their ids.
Facet to_facet(FacetField field, const ValueCounts& spy, std::size_t limit,
               const PeopleTable& people);

// Per-day counts (make_day_spy) grouped into months, ISO weeks or days, zero-filled from the
// first to the last period with a matching document. Throws UsageError when that would be more
// than kMaxHistogramPeriods periods, before making any of them.
Histogram to_histogram(HistogramInterval interval, const ValueCounts& days);

// The same from counts per day ("YYYYMMDD" -> articles) and the number of undated articles.
Histogram to_histogram(HistogramInterval interval,
                       const std::map<std::string, std::size_t>& day_counts, std::size_t undated);

}  // namespace news
