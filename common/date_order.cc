#include "common/date_order.h"

#include <algorithm>
#include <chrono>
#include <cmath>

#include <fmt/format.h>

namespace news {

namespace {

using Minutes = std::chrono::duration<std::int64_t, std::ratio<60>>;

constexpr double kHalfLifeMinutes = kRecencyHalfLifeDays * 24 * 60;

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
          year_start_minutes(last + 1)};
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
  std::string key(is_key(published) ? published : kUndated);
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

double recency_scale(const RecencyEra& era, std::int64_t now_minutes, double max_bonus) {
  return max_bonus *
         std::exp2(static_cast<double>(era.end_minutes - now_minutes) / kHalfLifeMinutes);
}

}  // namespace news
