#include "query/facets.h"

#include <algorithm>
#include <chrono>

#include <fmt/format.h>

#include "common/document.h"
#include "common/error.h"
#include "common/schema.h"

namespace news {

namespace {

namespace chr = std::chrono;

// The values of a boolean field, from the document's terms (section and outlet have no slot).
void boolean_values(const Xapian::Document& document, const std::string& prefix,
                    std::vector<std::string>& out) {
  auto it = document.termlist_begin();
  it.skip_to(prefix);
  for (; it != document.termlist_end(); ++it) {
    const std::string term = *it;
    if (!term.starts_with(prefix)) break;
    std::string value = term.substr(prefix.size());
    // boolean_term() puts ':' before values starting with a capital or ':'.
    if (value.starts_with(':')) value.erase(0, 1);
    // A longer prefix sharing this one (none today) would not be followed by lower-case text.
    if (!value.empty()) out.push_back(std::move(value));
  }
}

// The published slot's "YYYYMMDDHHMM" cut to `length` characters, or nothing when undated.
CountingSpy::Extractor published_prefix(std::size_t length, bool dashed) {
  return [length, dashed](const Xapian::Document& document, std::vector<std::string>& out) {
    const std::string value = document.get_value(slot_number(Slot::kPublished));
    if (value.size() < length) return;
    std::string key = value.substr(0, length);
    if (dashed && length >= 6) key.insert(4, "-");
    out.push_back(std::move(key));
  };
}

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
  extract_(document, values_);
  if (values_.empty()) ++without_value_;
  for (const auto& value : values_) ++counts_[value];
}

std::unique_ptr<CountingSpy> make_facet_spy(FacetField field, const PeopleTable& people) {
  switch (field) {
    case FacetField::kSpeaker:
      // One person under all their spellings: counted by the person each XPERSON term belongs
      // to (a term the table does not know counts as its own).
      return std::make_unique<CountingSpy>(
          [&people](const Xapian::Document& document, std::vector<std::string>& out) {
            for (const std::string& local_id : local_person_ids(document)) {
              std::string person = people.person_of(local_id);
              // A surname-only id the table does not know is an unconfirmed mention it did not
              // tie (indexer/people_linker.h): no one.
              if (person.empty() && is_surname_only_id(local_id)) continue;
              out.push_back(person.empty() ? local_id : std::move(person));
            }
            std::sort(out.begin(), out.end());
            out.erase(std::unique(out.begin(), out.end()), out.end());
          });
    case FacetField::kAuthor: {
      const Xapian::valueno slot = slot_number(Slot::kAuthors);
      return std::make_unique<CountingSpy>(
          [slot](const Xapian::Document& document, std::vector<std::string>& out) {
            out = display_names(document.get_value(slot));
          });
    }
    case FacetField::kSection:
    case FacetField::kOutlet: {
      const std::string prefix(
          news::field(field == FacetField::kSection ? FieldSource::kSection : FieldSource::kOutlet)
              .prefix);
      return std::make_unique<CountingSpy>(
          [prefix](const Xapian::Document& document, std::vector<std::string>& out) {
            boolean_values(document, prefix, out);
          });
    }
    case FacetField::kMonth:
      return std::make_unique<CountingSpy>(published_prefix(6, true));
    case FacetField::kYear:
      return std::make_unique<CountingSpy>(published_prefix(4, false));
  }
  return nullptr;
}

std::unique_ptr<CountingSpy> make_day_spy() {
  return std::make_unique<CountingSpy>(published_prefix(8, false));
}

Facet to_facet(FacetField field, const CountingSpy& spy, std::size_t limit,
               const PeopleTable& people) {
  Facet facet{field, {}, spy.counts().size()};
  for (const auto& [value, count] : spy.counts()) facet.counts.push_back({value, count, {}});
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

Histogram to_histogram(HistogramInterval interval, const CountingSpy& days) {
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
