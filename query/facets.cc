#include "query/facets.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <functional>
#include <stdexcept>
#include <unordered_map>

#include <fmt/format.h>

#include "common/document.h"
#include "common/error.h"
#include "common/people.h"
#include "common/schema.h"

namespace news {

namespace {

namespace chr = std::chrono;

// A single-valued field's value (section, outlet: the value of its boolean term, schema.h).
void whole_value(std::string&& value, std::vector<std::string>& out) {
  if (!value.empty()) out.push_back(std::move(value));
}

// The published slot's "YYYYMMDDHHMM" cut to `length` characters, or nothing when undated.
ValueCounts::Splitter published_prefix(std::size_t length, bool dashed) {
  return [length, dashed](std::string&& value, std::vector<std::string>& out) {
    if (value.size() < length) return;
    value.resize(length);
    if (dashed && length >= 6) value.insert(4, "-");
    out.push_back(std::move(value));
  };
}

// How a field is counted, by either spy: the slot read, how its value splits, what the split
// values count as.
struct FieldCounting {
  Slot slot;
  ValueCounts::Splitter split;
  ValueCounts::Mapper map;
};

FieldCounting counting_of(FacetField field, const PeopleTable& people) {
  switch (field) {
    case FacetField::kSpeaker:
      // One person under all their spellings: each of the document's local person ids (its
      // XPERSON terms, listed by Slot::kPeople) counts as the person it belongs to; an id the
      // table does not know counts as its own.
      return {Slot::kPeople,
              [](std::string&& value, std::vector<std::string>& out) {
                for (const std::string_view id : mention_ids(value)) {
                  // The id as its term holds it (cut to the term length limit, as the term was).
                  out.push_back(boolean_term_value(FieldSource::kPerson, id));
                }
              },
              [&people](const std::string& local_id) {
                std::string person = people.person_of(local_id);
                // A surname-only id the table does not know is an unconfirmed mention it did not
                // tie (indexer/people_linker.h): no one.
                if (person.empty() && !is_surname_only_id(local_id)) person = local_id;
                return person;
              }};
    case FacetField::kAuthor:
      return {
          Slot::kAuthors,
          [](std::string&& value, std::vector<std::string>& out) { out = display_names(value); },
          {}};
    case FacetField::kSection:
      return {Slot::kSection, whole_value, {}};
    case FacetField::kOutlet:
      return {Slot::kOutlet, whole_value, {}};
    case FacetField::kMonth:
      return {Slot::kPublished, published_prefix(6, true), {}};
    case FacetField::kYear:
      return {Slot::kPublished, published_prefix(4, false), {}};
  }
  throw std::logic_error("unknown facet field");
}

// The publication day, as both day spies count it.
FieldCounting day_counting() {
  return {Slot::kPublished, published_prefix(8, false), {}};
}

// Distinct values found, each numbered in the order found, mapped once each in byte order: each
// number's mapped value as a number into `values` (kNone for ""), so that documents are counted
// by number, not by comparing strings.
struct MappedValues {
  static constexpr std::uint32_t kNone = UINT32_MAX;
  std::vector<std::uint32_t> target;  // by number found
  std::unordered_map<std::string, std::uint32_t> numbers;
  std::vector<const std::string*> values;  // into `numbers`' keys

  MappedValues(const std::unordered_map<std::string, std::uint32_t>& found,
               const ValueCounts::Mapper& map)
      : target(found.size(), kNone) {
    std::vector<const std::string*> in_order(found.size());
    for (const auto& [value, number] : found) in_order[number] = &value;
    std::vector<std::uint32_t> by_value(found.size());
    for (std::uint32_t i = 0; i < by_value.size(); ++i) by_value[i] = i;
    std::sort(by_value.begin(), by_value.end(),
              [&](std::uint32_t a, std::uint32_t b) { return *in_order[a] < *in_order[b]; });
    for (const std::uint32_t number : by_value) {
      std::string counted = map(*in_order[number]);
      if (counted.empty()) continue;
      const auto [at, fresh] =
          numbers.try_emplace(std::move(counted), static_cast<std::uint32_t>(numbers.size()));
      if (fresh) values.push_back(&at->first);
      target[number] = at->second;
    }
  }

  // Adds `documents` to each distinct mapped value of the numbers found from `begin` to `end`
  // (one document's values, or one slot value's) in `counts` (by mapped number); false for none.
  bool add(const std::uint32_t* begin, const std::uint32_t* end, std::size_t documents,
           std::vector<std::size_t>& counts, std::vector<std::uint32_t>& scratch) const {
    scratch.clear();
    for (const std::uint32_t* it = begin; it != end; ++it) {
      if (target[*it] != kNone) scratch.push_back(target[*it]);
    }
    std::sort(scratch.begin(), scratch.end());
    scratch.erase(std::unique(scratch.begin(), scratch.end()), scratch.end());
    for (const std::uint32_t number : scratch) counts[number] += documents;
    return !scratch.empty();
  }

  // The counts by mapped number as counts by mapped value, leaving out values counted 0 times.
  void to_map(const std::vector<std::size_t>& counts,
              std::map<std::string, std::size_t>& out) const {
    for (std::size_t i = 0; i < values.size(); ++i) {
      if (counts[i] > 0) out.emplace(*values[i], counts[i]);
    }
  }
};

chr::year_month_day to_ymd(const std::string& yyyymmdd) {
  return chr::year_month_day{chr::year{std::stoi(yyyymmdd.substr(0, 4))},
                             chr::month{static_cast<unsigned>(std::stoi(yyyymmdd.substr(4, 2)))},
                             chr::day{static_cast<unsigned>(std::stoi(yyyymmdd.substr(6, 2)))}};
}

std::string iso_day(chr::year_month_day day) {
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(day.year()),
                     static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
}

// The Monday starting the ISO week of `day`.
chr::sys_days week_start(chr::sys_days day) {
  return day - chr::days{chr::weekday{day}.iso_encoding() - 1};
}

// "2023-W48": the ISO week-numbering year is the year of the week's Thursday.
std::string iso_week(chr::sys_days monday) {
  const chr::year_month_day thursday{monday + chr::days{3}};
  const chr::sys_days jan1{thursday.year() / chr::January / 1};
  const auto week = (chr::sys_days{thursday} - jan1).count() / 7 + 1;
  return fmt::format("{:04}-W{:02}", static_cast<int>(thursday.year()), week);
}

// Refuses a histogram of more than kMaxHistogramPeriods periods from `first` to `last` (the
// first days of the first and last periods), saying what to do instead.
void check_period_count(HistogramInterval interval, chr::sys_days first, chr::sys_days last) {
  const auto days = (last - first).count();
  long long periods = days + 1;
  const char* unit = "days";
  if (interval == HistogramInterval::kWeek) {
    periods = days / 7 + 1;
    unit = "weeks";
  } else if (interval == HistogramInterval::kMonth) {
    const chr::year_month_day a{first};
    const chr::year_month_day b{last};
    periods = (static_cast<int>(b.year()) - static_cast<int>(a.year())) * 12LL +
              static_cast<unsigned>(b.month()) - static_cast<unsigned>(a.month()) + 1;
    unit = "months";
  }
  if (periods <= static_cast<long long>(kMaxHistogramPeriods)) return;
  throw UsageError(fmt::format(
      "--histogram {} would print {} {}, from {} to {}; the limit is {} periods: use --histogram "
      "week or month, or narrow the query (--since, --until, date:)",
      interval_name(interval), periods, unit, iso_day(chr::year_month_day{first}),
      iso_day(chr::year_month_day{last}), kMaxHistogramPeriods));
}

}  // namespace

void CountingSpy::operator()(const Xapian::Document& document, double) {
  values_.clear();
  split_(document.get_value(slot_), values_);
  if (map_) {
    for (auto& value : values_) {
      const auto [at, fresh] =
          found_.try_emplace(std::move(value), static_cast<std::uint32_t>(found_.size()));
      found_in_documents_.push_back(at->second);
    }
    document_ends_.push_back(found_in_documents_.size());
    return;
  }
  if (values_.empty()) ++without_value_;
  for (const auto& value : values_) ++counts_[value];
}

const std::map<std::string, std::size_t>& CountingSpy::counts() const {
  if (map_ && !mapped_) count_mapped();
  return counts_;
}

std::size_t CountingSpy::without_value() const {
  if (map_ && !mapped_) count_mapped();
  return without_value_;
}

void CountingSpy::count_mapped() const {
  mapped_ = true;
  const MappedValues mapped(found_, map_);
  std::vector<std::size_t> documents(mapped.values.size(), 0);
  std::vector<std::uint32_t> scratch;
  std::size_t start = 0;
  for (const std::size_t end : document_ends_) {
    const std::uint32_t* values = found_in_documents_.data();
    if (!mapped.add(values + start, values + end, 1, documents, scratch)) ++without_value_;
    start = end;
  }
  mapped.to_map(documents, counts_);
}

const std::map<std::string, std::size_t>& SlotCountSpy::counts() const {
  if (!counted_) count();
  return counts_;
}

std::size_t SlotCountSpy::without_value() const {
  if (!counted_) count();
  return without_value_;
}

std::size_t SlotCountSpy::distinct_slot_values() const {
  std::size_t distinct = 0;
  for (auto it = source_->values_begin(); it != source_->values_end(); ++it) ++distinct;
  return distinct;
}

void SlotCountSpy::count_from(const SlotCountSpy& other) {
  source_ = &other;
}

void SlotCountSpy::count() const {
  counted_ = true;
  std::size_t with_value = 0;
  std::vector<std::string> split;
  if (!map_) {
    // Each slot value's distinct split values counted directly: what they are is what counts.
    for (auto it = source_->values_begin(); it != source_->values_end(); ++it) {
      split.clear();
      split_(*it, split);
      if (split.size() > 1) {
        std::sort(split.begin(), split.end());
        split.erase(std::unique(split.begin(), split.end()), split.end());
      }
      if (!split.empty()) with_value += it.get_termfreq();
      for (std::string& value : split) counts_[std::move(value)] += it.get_termfreq();
    }
    without_value_ = source_->get_total() - with_value;
    return;
  }
  // Each counted slot value's split values, as numbers into `parts` (distinct split values, in
  // the order found), with the slot value's count: the documents that had that slot value.
  std::unordered_map<std::string, std::uint32_t> parts;
  std::vector<std::pair<std::vector<std::uint32_t>, std::size_t>> sets;
  for (auto it = source_->values_begin(); it != source_->values_end(); ++it) {
    split.clear();
    split_(*it, split);
    std::vector<std::uint32_t> numbers;
    numbers.reserve(split.size());
    for (std::string& value : split) {
      const auto [at, fresh] =
          parts.try_emplace(std::move(value), static_cast<std::uint32_t>(parts.size()));
      numbers.push_back(at->second);
    }
    sets.emplace_back(std::move(numbers), it.get_termfreq());
  }
  const MappedValues mapped(parts, map_);
  std::vector<std::size_t> documents(mapped.values.size(), 0);
  std::vector<std::uint32_t> scratch;
  for (const auto& [set, count] : sets) {
    if (mapped.add(set.data(), set.data() + set.size(), count, documents, scratch))
      with_value += count;
  }
  mapped.to_map(documents, counts_);
  without_value_ = source_->get_total() - with_value;
}

std::unique_ptr<CountingSpy> make_facet_spy(FacetField field, const PeopleTable& people) {
  FieldCounting counting = counting_of(field, people);
  return std::make_unique<CountingSpy>(counting.slot, std::move(counting.split),
                                       std::move(counting.map));
}

std::unique_ptr<SlotCountSpy> make_slot_facet_spy(FacetField field, const PeopleTable& people) {
  FieldCounting counting = counting_of(field, people);
  return std::make_unique<SlotCountSpy>(counting.slot, std::move(counting.split),
                                        std::move(counting.map));
}

std::unique_ptr<CountingSpy> make_day_spy() {
  FieldCounting counting = day_counting();
  return std::make_unique<CountingSpy>(counting.slot, std::move(counting.split));
}

std::unique_ptr<SlotCountSpy> make_slot_day_spy() {
  FieldCounting counting = day_counting();
  return std::make_unique<SlotCountSpy>(counting.slot, std::move(counting.split));
}

Facet to_facet(FacetField field, const ValueCounts& spy, std::size_t limit,
               const PeopleTable& people) {
  Facet facet{field, {}, spy.counts().size()};
  if (limit == 0) return facet;
  // Only values counted at least as often as the limit-th most frequent can be shown: the others
  // are left out before the speaker facet reads each person's entry for their name (2,500
  // persons on 31,000 matches took 60 ms of JSON parsing, to show 10).
  std::size_t shown_from = 0;
  if (limit < spy.counts().size()) {
    std::vector<std::size_t> counts;
    counts.reserve(spy.counts().size());
    for (const auto& entry : spy.counts()) counts.push_back(entry.second);
    const auto nth = counts.begin() + static_cast<std::ptrdiff_t>(limit - 1);
    std::nth_element(counts.begin(), nth, counts.end(), std::greater<>());
    shown_from = *nth;
  }
  for (const auto& [value, count] : spy.counts()) {
    if (count >= shown_from) facet.counts.push_back({value, count, {}});
  }
  if (field == FacetField::kSpeaker) {
    // Counted by person id, shown by canonical name; ties by name, then id.
    for (FacetCount& count : facet.counts) {
      count.person = std::move(count.value);
      const std::optional<PersonEntry> person = people.person(count.person);
      count.value = person ? person->name : count.person;
    }
    std::sort(facet.counts.begin(), facet.counts.end(),
              [](const FacetCount& a, const FacetCount& b) {
                return std::tie(a.value, a.person) < std::tie(b.value, b.person);
              });
  }
  std::stable_sort(facet.counts.begin(), facet.counts.end(),
                   [](const FacetCount& a, const FacetCount& b) { return a.count > b.count; });
  if (facet.counts.size() > limit) facet.counts.resize(limit);
  return facet;
}

Histogram to_histogram(HistogramInterval interval, const ValueCounts& days) {
  return to_histogram(interval, days.counts(), days.without_value());
}

Histogram to_histogram(HistogramInterval interval,
                       const std::map<std::string, std::size_t>& day_counts, std::size_t undated) {
  Histogram histogram;
  histogram.interval = interval;
  histogram.undated = undated;
  if (day_counts.empty()) return histogram;
  // Periods keyed by their first day, so that map order is time order for every interval.
  std::map<chr::sys_days, std::size_t> periods;
  const auto period_start = [interval](chr::year_month_day day) {
    switch (interval) {
      case HistogramInterval::kMonth:
        return chr::sys_days{day.year() / day.month() / 1};
      case HistogramInterval::kWeek:
        return week_start(chr::sys_days{day});
      case HistogramInterval::kDay:
        break;
    }
    return chr::sys_days{day};
  };
  for (const auto& [day, count] : day_counts) {
    const auto ymd = to_ymd(day);
    if (!ymd.ok()) continue;  // not written by the indexer; parse_date only yields valid days
    periods[period_start(ymd)] += count;
  }
  if (periods.empty()) return histogram;
  const chr::sys_days first = periods.begin()->first;
  const chr::sys_days last = periods.rbegin()->first;
  check_period_count(interval, first, last);
  for (chr::sys_days start = first; start <= last;) {
    const chr::year_month_day ymd{start};
    HistogramBucket bucket;
    bucket.start = iso_day(ymd);
    const auto found = periods.find(start);
    bucket.count = found == periods.end() ? 0 : found->second;
    switch (interval) {
      case HistogramInterval::kMonth:
        bucket.period = bucket.start.substr(0, 7);
        start = chr::sys_days{chr::year_month_day{start} + chr::months{1}};
        break;
      case HistogramInterval::kWeek:
        bucket.period = iso_week(start);
        start += chr::days{7};
        break;
      case HistogramInterval::kDay:
        bucket.period = bucket.start;
        start += chr::days{1};
        break;
    }
    histogram.buckets.push_back(std::move(bucket));
  }
  return histogram;
}

}  // namespace news
