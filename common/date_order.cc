#include "common/date_order.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <string>

#include <fmt/format.h>

namespace news {

namespace {

using Minutes = std::chrono::duration<std::int64_t, std::ratio<60>>;

constexpr double kHalfLifeMinutes = kRecencyHalfLifeDays * 24 * 60;

// Slot::kRecencyYearWeight's weights are 2^64 times their curve, so that the factor scaling them
// stays at most 1 for any max_bonus up to 2^64 (date_order.h).
constexpr double kYearShift = 64;

// The undated articles' prefix: after every digit, so they sort last in both directions.
constexpr std::string_view kUndated = "~";

bool is_key(std::string_view published) {
  return published.size() == 12 && std::all_of(published.begin(), published.end(),
                                               [](char c) { return c >= '0' && c <= '9'; });
}

std::int64_t year_start_minutes(int year) {
  using namespace std::chrono;
  const sys_days day{std::chrono::year{year} / January / 1};
  return std::chrono::duration_cast<Minutes>(day.time_since_epoch()).count();
}

// The era of a year (0 to 9999, the years a key can hold): the one whose first year is the
// largest multiple of kRecencyEraYears not after it.
RecencyEra era_of_year(int year) {
  const int first = year / kRecencyEraYears * kRecencyEraYears;
  const int last = first + kRecencyEraYears - 1;
  return {first, fmt::format("{:04}01010000", first), fmt::format("{:04}12312359", last),
          year_start_minutes(first), year_start_minutes(last + 1)};
}

}  // namespace

std::optional<std::int64_t> key_minutes(std::string_view key) {
  if (!is_key(key)) return std::nullopt;
  const auto number = [&](std::size_t at, std::size_t n) {
    int value = 0;
    for (char c : key.substr(at, n)) value = value * 10 + (c - '0');
    return value;
  };
  using namespace std::chrono;
  const year_month_day day{year{number(0, 4)}, month{static_cast<unsigned>(number(4, 2))},
                           std::chrono::day{static_cast<unsigned>(number(6, 2))}};
  const int hour = number(8, 2);
  const int minute = number(10, 2);
  if (!day.ok() || hour > 23 || minute > 59) return std::nullopt;
  const auto at = sys_days{day} + hours{hour} + minutes{minute};
  return duration_cast<Minutes>(at.time_since_epoch()).count();
}

std::string minute_key(std::int64_t minutes) {
  using namespace std::chrono;
  const sys_time<Minutes> at{Minutes{minutes}};
  const sys_days day = floor<days>(at);
  const year_month_day ymd{day};
  const hh_mm_ss time{at - day};
  return fmt::format("{:04}{:02}{:02}{:02}{:02}", static_cast<int>(ymd.year()),
                     static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                     time.hours().count(), time.minutes().count());
}

// The date is a fixed twelve bytes, so comparing two keys compares their dates first, and the
// order bytes only between articles of the same minute; those are Xapian::sortable_serialise
// strings, whose byte order is their numbers' order whatever their lengths. "~" is one byte past
// every digit, and the same for every undated article, which the order bytes then rank.
std::string oldest_sort_key(std::string_view published, std::string_view order) {
  std::string key(is_key(published) ? published : kUndated);
  key += order;
  return key;
}

// '9' - d reverses the digits' order and keeps the fixed length, so ascending keys are dates
// descending, with the order bytes still ascending within a minute.
std::string newest_sort_key(std::string_view published, std::string_view order) {
  std::string key = oldest_sort_key(published, "");
  if (is_key(published)) {
    for (char& c : key) c = static_cast<char>('9' - (c - '0'));
  }
  key += order;
  return key;
}

RecencyEra recency_era(std::int64_t minutes) {
  using namespace std::chrono;
  const year_month_day day{floor<days>(sys_time<Minutes>{Minutes{minutes}})};
  return era_of_year(static_cast<int>(day.year()));
}

RecencyEra next_era(const RecencyEra& era) {
  return era_of_year(era.first_year + kRecencyEraYears);
}

double recency_weight(std::int64_t published_minutes) {
  const RecencyEra era = recency_era(published_minutes);
  return std::exp2(static_cast<double>(published_minutes - era.end_minutes) / kHalfLifeMinutes);
}

double recency_year_weight(std::int64_t published_minutes) {
  using namespace std::chrono;
  const year_month_day day{floor<days>(sys_time<Minutes>{Minutes{published_minutes}})};
  const std::int64_t start = year_start_minutes(static_cast<int>(day.year()));
  return std::exp2(static_cast<double>(published_minutes - start) / kHalfLifeMinutes + kYearShift);
}

std::vector<RecencyPart> recency_parts(const std::string& lowest, const std::string& highest,
                                       std::int64_t now_minutes, double max_bonus) {
  std::vector<RecencyPart> parts;
  const std::optional<std::int64_t> first = key_minutes(lowest);
  if (!first) return parts;
  const std::string last = std::min(highest, minute_key(now_minutes));
  const auto factor = [&](std::int64_t reference, double shift) {
    return max_bonus *
           std::exp2(static_cast<double>(reference - now_minutes) / kHalfLifeMinutes - shift);
  };
  for (RecencyEra era = recency_era(*first); era.first_key <= last; era = next_era(era)) {
    const double ended = factor(era.end_minutes, 0);
    if (era.end_minutes <= now_minutes && ended <= 1) {
      if (ended > 0) parts.push_back({era.first_key, era.last_key, Slot::kRecencyWeight, ended});
      continue;
    }
    // The era is not over, or only just: a part per year of it, from the oldest article's year
    // on (the years before it have no articles to weigh).
    const int oldest_year = std::stoi(lowest.substr(0, 4));
    for (int year = std::max(era.first_year, oldest_year); year < era.first_year + kRecencyEraYears;
         ++year) {
      const std::string first_key = fmt::format("{:04}01010000", year);
      if (first_key > last) break;
      parts.push_back({first_key, std::min(fmt::format("{:04}12312359", year), last),
                       Slot::kRecencyYearWeight, factor(year_start_minutes(year), kYearShift)});
    }
  }
  return parts;
}

}  // namespace news
