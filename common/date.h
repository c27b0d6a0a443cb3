// Dates as news text writes them: parsing the forms bylines and datelines use into one value type.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace news {

// The years the tools take as dates of news. news-index indexes an article dated before
// kEarliestYear, or more than a year after the run, as undated (a typo, a placeholder such as
// 9999-12-31 or 1600-01-01), and news-query refuses dates outside kEarliestYear to
// kLatestQueryYear: it cannot know when an article was indexed, so its end is fixed and generous.
inline constexpr int kEarliestYear = 1800;
inline constexpr int kLatestQueryYear = 2199;

// How much of a DateTime the source text gave.
enum class DatePrecision { kDay, kMinute };

// A calendar date with an optional time of day and an optional UTC offset, as written in the
// source. Invariant (for values returned by parse_date): year 1000..9999, month 1..12, day valid
// for the month (leap years included), hour 0..23, minute 0..59; hour and minute are 0 when
// precision is kDay.
struct DateTime {
  int year = 0;
  int month = 0;
  int day = 0;
  int hour = 0;
  int minute = 0;
  DatePrecision precision = DatePrecision::kDay;
  // Minutes east of UTC when the text names a zone or offset ("GMT" -> 0, "+01:00" -> 60,
  // "EST" -> -300); empty when it names none, in which case the time is local and unknown.
  std::optional<int> utc_offset_minutes;

  // ISO 8601 as written: "2023-11-27", "2023-11-27T14:50", or "2023-11-27T14:50+01:00"
  // ("Z" for a zero offset).
  std::string to_iso() const;

  // "YYYYMMDDHHMM", converted to UTC when the offset is known, else the local time as written.
  // Byte order equals time order, so it serves as a Xapian value for ranges and sorting.
  std::string sort_key() const;

  friend bool operator==(const DateTime&, const DateTime&) = default;
};

// Which field comes first in an all-numeric date such as 03/04/2023.
enum class NumericDateOrder { kDayFirst, kMonthFirst };

struct DateParseOptions {
  // Ambiguous all-numeric dates are read day first (UK/European usage) unless told otherwise.
  // An unambiguous one (13/04/2023, 04/13/2023) is read the only way it can be, whatever this says.
  NumericDateOrder numeric_order = NumericDateOrder::kDayFirst;
};

// Parses a whole string that is one date expression, with optional surrounding whitespace.
// Accepted forms (case-insensitive month and weekday names, full or three-letter, "Sept" too):
//   27/11/2023  27-11-2023  27.11.2023  27/11/23      (numeric, order per options; 2-digit
//                                                      years 00..69 -> 20xx, 70..99 -> 19xx)
//   2023-11-27  2023/11/27  20231127                   (ISO order, never ambiguous)
//   27 November 2023   27th November 2023   27 Nov 2023   27-Nov-2023
//   day first with French, German, Spanish, Portuguese, Italian, Dutch or Finnish month names,
//     full or abbreviated: "7 mai 2020", "1er août 2021", "20. Mai 2007" (ordinal dot),
//     "6 de mayo de 2022" ("de" optional), "19. helmikuuta 2019"
//   2019年4月21日 (Chinese, Japanese), 2019년 4월 21일 (Korean)
//   November 27, 2023  November 27 2023  Nov 27 2023  Nov. 27, 2023  November 27th, 2023
//   an optional leading weekday: "Monday 27 November 2023", "Mon, 27 Nov 2023"
//   an optional time after the date, separated by space, comma, "at", "-", "|" or "T":
//     14:50  14:50:07  14.50  2:50pm  2:50 p.m.  2pm  14h50
//   an optional zone after the time: Z, UTC, GMT, BST, CET, CEST, EST, EDT, CST, CDT, MST, MDT,
//     PST, PDT, +01:00, +0100, -05, "UTC+1", "GMT+01:00"
//   full ISO 8601 timestamps: 2023-11-27T14:50:00Z, 2023-11-27T14:50:00.123+01:00
// Returns nothing for anything else, including impossible dates (31/02/2023) and trailing words.
std::optional<DateTime> parse_date(std::string_view text, const DateParseOptions& options = {});

// Parses a whole string that is only a time of day ("14:50", "- 14:50", "2:50pm", "14:50 GMT"),
// as bylines put it on a line of its own. On success returns `date` with the time (and zone, if
// given) filled in and precision kMinute.
std::optional<DateTime> parse_time_onto(std::string_view text, DateTime date);

}  // namespace news
