// Fuzz target for the date parser (common/date.h): parse_date in both numeric orders and
// parse_time_onto, checking what date.h promises about every value they return and that to_iso and
// sort_key write those values as documented.
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "common/date.h"
#include "tests/fuzz/fuzz_support.h"

namespace news {
namespace {

bool is_leap_year(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
  constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap_year(year) ? 29 : kDays[static_cast<std::size_t>(month - 1)];
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). An
// oracle for sort_key's UTC conversion that does not use <chrono> as date.cc does.
long long days_from_civil(long long year, long long month, long long day) {
  year -= month <= 2;
  const long long era = (year >= 0 ? year : year - 399) / 400;
  const long long year_of_era = year - era * 400;
  const long long day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const long long day_of_era =
      year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

bool all_digits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// The value of a run of digits; callers have checked all_digits and that it is short.
int number(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

// Reads the fixed-width decimal field at `pos`, or -1 when it is not all digits.
int field(std::string_view s, std::size_t pos, std::size_t width) {
  const std::string_view digits = s.substr(pos, width);
  return digits.size() == width && all_digits(digits) ? number(digits) : -1;
}

// The invariant date.h states for values parse_date returns (and so for parse_time_onto on them).
void check_invariant(const DateTime& d) {
  FUZZ_REQUIRE(d.year >= 1000 && d.year <= 9999);
  FUZZ_REQUIRE(d.month >= 1 && d.month <= 12);
  FUZZ_REQUIRE(d.day >= 1 && d.day <= days_in_month(d.year, d.month));
  FUZZ_REQUIRE(d.hour >= 0 && d.hour <= 23);
  FUZZ_REQUIRE(d.minute >= 0 && d.minute <= 59);
  if (d.precision == DatePrecision::kDay) FUZZ_REQUIRE(d.hour == 0 && d.minute == 0);
}

// to_iso writes "2023-11-27", "2023-11-27T14:50", "...T14:50Z" or "...T14:50+01:00", and the
// numbers written are the value's own.
void check_iso(const DateTime& d) {
  const std::string iso = d.to_iso();
  FUZZ_REQUIRE(iso.size() >= 10 && iso[4] == '-' && iso[7] == '-');
  FUZZ_REQUIRE(field(iso, 0, 4) == d.year && field(iso, 5, 2) == d.month &&
               field(iso, 8, 2) == d.day);
  if (d.precision == DatePrecision::kDay) {
    FUZZ_REQUIRE(iso.size() == 10);
    return;
  }
  FUZZ_REQUIRE(iso.size() >= 16 && iso[10] == 'T' && iso[13] == ':');
  FUZZ_REQUIRE(field(iso, 11, 2) == d.hour && field(iso, 14, 2) == d.minute);
  const std::string_view zone = std::string_view(iso).substr(16);
  if (!d.utc_offset_minutes) {
    FUZZ_REQUIRE(zone.empty());
  } else if (*d.utc_offset_minutes == 0) {
    FUZZ_REQUIRE(zone == "Z");
  } else {
    FUZZ_REQUIRE(zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && zone[3] == ':');
    const int hours = field(zone, 1, 2);
    const int minutes = field(zone, 4, 2);
    FUZZ_REQUIRE(hours >= 0 && minutes >= 0 && minutes <= 59);
    FUZZ_REQUIRE((zone[0] == '-' ? -1 : 1) * (hours * 60 + minutes) == *d.utc_offset_minutes);
  }
}

// sort_key is "YYYYMMDDHHMM": the time as written, or the UTC time when the offset is known, except
// past year 9999 where it clamps to the largest key.
void check_sort_key(const DateTime& d) {
  const std::string key = d.sort_key();
  FUZZ_REQUIRE(key.size() == 12 && all_digits(key));
  const int year = field(key, 0, 4);
  const int month = field(key, 4, 2);
  const int day = field(key, 6, 2);
  const int hour = field(key, 8, 2);
  const int minute = field(key, 10, 2);
  FUZZ_REQUIRE(month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month));
  FUZZ_REQUIRE(hour <= 23 && minute <= 59);

  const bool converted = d.precision == DatePrecision::kMinute && d.utc_offset_minutes;
  const long long local = (days_from_civil(d.year, d.month, d.day) * 24 + d.hour) * 60 + d.minute;
  const long long expected = converted ? local - *d.utc_offset_minutes : local;
  const long long written = (days_from_civil(year, month, day) * 24 + hour) * 60 + minute;
  if (key == "999912312359") {
    FUZZ_REQUIRE(expected >= written);
  } else {
    FUZZ_REQUIRE(written == expected);
  }
}

void check_value(const DateTime& d) {
  check_invariant(d);
  check_iso(d);
  check_sort_key(d);
  // The ISO form is a date parse_date accepts, and it reads back as the same value.
  FUZZ_REQUIRE(parse_date(d.to_iso()) == d);
}

void fuzz_parse_date(std::string_view text) {
  const std::optional<DateTime> day_first = parse_date(text, {NumericDateOrder::kDayFirst});
  const std::optional<DateTime> month_first = parse_date(text, {NumericDateOrder::kMonthFirst});
  // The order only chooses between two valid readings; it never makes a date invalid.
  FUZZ_REQUIRE(day_first.has_value() == month_first.has_value());
  if (!day_first) return;
  check_value(*day_first);
  check_value(*month_first);
  if (!(*day_first == *month_first)) {
    // Only an ambiguous all-numeric date reads differently: the same fields, day and month swapped.
    DateTime swapped = *month_first;
    std::swap(swapped.day, swapped.month);
    FUZZ_REQUIRE(*day_first == swapped);
  }
  if (day_first->precision == DatePrecision::kDay) {
    FUZZ_REQUIRE(!day_first->utc_offset_minutes);  // a zone needs a time to attach to
  }
  // "Optional surrounding whitespace": padding changes nothing.
  const std::string padded = " " + std::string(text) + " ";
  FUZZ_REQUIRE(parse_date(padded, {NumericDateOrder::kDayFirst}) == day_first);
}

void fuzz_parse_time_onto(std::string_view text) {
  // Dates the time lands on: an ordinary day, the calendar's ends (where sort_key's UTC conversion
  // crosses a year boundary or clamps), and a date that already has a time and a zone.
  const std::array<DateTime, 4> kDates = {{
      {2024, 2, 29, 0, 0, DatePrecision::kDay, std::nullopt},
      {1000, 1, 1, 0, 0, DatePrecision::kDay, std::nullopt},
      {9999, 12, 31, 0, 0, DatePrecision::kDay, std::nullopt},
      {2023, 11, 27, 9, 0, DatePrecision::kMinute, 60},
  }};
  const std::optional<DateTime> first = parse_time_onto(text, kDates[0]);
  for (const DateTime& date : kDates) {
    const std::optional<DateTime> result = parse_time_onto(text, date);
    // Whether the text is a time does not depend on the date it is put on.
    FUZZ_REQUIRE(result.has_value() == first.has_value());
    if (!result) continue;
    FUZZ_REQUIRE(result->year == date.year && result->month == date.month &&
                 result->day == date.day);
    FUZZ_REQUIRE(result->precision == DatePrecision::kMinute);
    FUZZ_REQUIRE(result->hour == first->hour && result->minute == first->minute);
    // The zone comes from the text when it names one, else stays the date's.
    FUZZ_REQUIRE(result->utc_offset_minutes ==
                 (first->utc_offset_minutes ? first->utc_offset_minutes : date.utc_offset_minutes));
    check_value(*result);
  }
}

}  // namespace
}  // namespace news

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  news::fuzz_parse_date(text);
  news::fuzz_parse_time_onto(text);
  return 0;
}
