#include "common/date.h"

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <optional>
#include <ostream>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

namespace news {
namespace {

using namespace std::literals;

constexpr NumericDateOrder kDayFirst = NumericDateOrder::kDayFirst;
constexpr NumericDateOrder kMonthFirst = NumericDateOrder::kMonthFirst;

const DateTime kNov27{2023, 11, 27, 0, 0, DatePrecision::kDay, std::nullopt};

bool is_leap_year(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap_year(year) ? 29 : kDays[month - 1];
}

// Everything date.h promises about a value parse_date returns, plus the property that its ISO form
// reads back as the same value, which ties to_iso and parse_date together.
void expect_valid_parse_result(const DateTime& d) {
  EXPECT_GE(d.year, 1000);
  EXPECT_LE(d.year, 9999);
  ASSERT_GE(d.month, 1);
  ASSERT_LE(d.month, 12);
  EXPECT_GE(d.day, 1);
  EXPECT_LE(d.day, days_in_month(d.year, d.month));
  EXPECT_GE(d.hour, 0);
  EXPECT_LE(d.hour, 23);
  EXPECT_GE(d.minute, 0);
  EXPECT_LE(d.minute, 59);
  if (d.precision == DatePrecision::kDay) {
    EXPECT_EQ(d.hour, 0);
    EXPECT_EQ(d.minute, 0);
    EXPECT_FALSE(d.utc_offset_minutes.has_value()) << "a zone needs a time";
  }
  EXPECT_EQ(d.sort_key().size(), 12u);
  EXPECT_EQ(parse_date(d.to_iso()), d) << d.to_iso();
}

// ---------------------------------------------------------------------------------------------
// parse_date

struct ParseCase {
  const char* name;
  std::string_view input;
  // What to_iso() of the result must be; nullopt when the input must be rejected.
  std::optional<std::string_view> iso;
  NumericDateOrder order = kDayFirst;
};

// Every case table names its rows, so the row name becomes the test name.
template <typename Case>
std::string case_name(const testing::TestParamInfo<Case>& param_info) {
  return param_info.param.name;
}

void PrintTo(const ParseCase& c, std::ostream* os) {
  *os << c.name << ": " << testing::PrintToString(std::string(c.input));
}

const ParseCase kParseCases[] = {
    // All-numeric, day first by default.
    {"NumericSlash", "27/11/2023", "2023-11-27"},
    {"NumericDash", "27-11-2023", "2023-11-27"},
    {"NumericDot", "27.11.2023", "2023-11-27"},
    {"NumericSingleDigitFields", "3/4/2023", "2023-04-03"},
    {"NumericMixedSeparators", "27/11-2023", std::nullopt},
    {"NumericThreeDigitYear", "27/11/023", std::nullopt},
    {"NumericOneDigitYear", "27/11/3", std::nullopt},
    {"NumericThreeDigitDay", "027/11/2023", std::nullopt},
    {"NumericMissingYear", "27/11", std::nullopt},
    {"NumericYearBelow1000", "27/11/0999", std::nullopt},

    // Two-digit years pivot at 70.
    {"TwoDigitYear", "27/11/23", "2023-11-27"},
    {"TwoDigitYear00", "01/01/00", "2000-01-01"},
    {"TwoDigitYear69", "01/02/69", "2069-02-01"},
    {"TwoDigitYear70", "01/02/70", "1970-02-01"},
    {"TwoDigitYear99", "31/12/99", "1999-12-31"},

    // Ambiguity: the option decides only when both readings are valid.
    {"AmbiguousDayFirst", "03/04/2023", "2023-04-03", kDayFirst},
    {"AmbiguousMonthFirst", "03/04/2023", "2023-03-04", kMonthFirst},
    {"AmbiguousTwoDigitYearMonthFirst", "03/04/23", "2023-03-04", kMonthFirst},
    {"SameFieldsEitherOrder", "05/05/2023", "2023-05-05", kMonthFirst},
    {"DayOver12OverridesMonthFirst", "13/04/2023", "2023-04-13", kMonthFirst},
    {"DayOver12OverridesDayFirst", "04/13/2023", "2023-04-13", kDayFirst},
    {"DayOver12DotsMonthFirst", "25.12.2023", "2023-12-25", kMonthFirst},
    {"BothFieldsOver12", "13/13/2023", std::nullopt},
    {"ZeroField", "00/11/2023", std::nullopt},

    // Impossible dates, in both readings.
    {"ImpossibleFeb31", "31/02/2023", std::nullopt},
    {"ImpossibleFeb30MonthFirst", "02/30/2023", std::nullopt, kMonthFirst},
    {"ImpossibleApr31", "31/04/2023", std::nullopt},
    {"ImpossibleApr31MonthFirst", "04/31/2023", std::nullopt, kMonthFirst},
    {"ImpossibleDay32", "32 January 2023", std::nullopt},
    {"ImpossibleDay0", "0 January 2023", std::nullopt},
    {"ImpossibleSep31Text", "September 31, 2023", std::nullopt},

    // Leap days.
    {"LeapDay2024", "29/02/2024", "2024-02-29"},
    {"LeapDay2000", "29 Feb 2000", "2000-02-29"},
    {"LeapDayIso", "2024-02-29", "2024-02-29"},
    {"LeapDayNotLeap2023", "29/02/2023", std::nullopt},
    {"LeapDayCentury1900", "29 Feb 1900", std::nullopt},
    {"LeapDayCentury2100", "Feb 29, 2100", std::nullopt},
    {"LeapDayCompactNotLeap", "20230229", std::nullopt},

    // ISO order.
    {"IsoDash", "2023-11-27", "2023-11-27"},
    {"IsoSlash", "2023/11/27", "2023-11-27"},
    {"IsoCompact", "20231127", "2023-11-27"},
    {"IsoSingleDigitFields", "2023-1-5", "2023-01-05"},
    {"IsoIgnoresMonthFirst", "2023-03-04", "2023-03-04", kMonthFirst},
    {"IsoMixedSeparators", "2023-11/27", std::nullopt},
    {"IsoDots", "2023.11.27", std::nullopt},
    {"IsoMonth13", "2023-13-01", std::nullopt},
    {"IsoThreeDigitDay", "2023-11-027", std::nullopt},
    {"IsoYearBelow1000", "0999-12-31", std::nullopt},
    {"CompactMonth13", "20231301", std::nullopt},
    {"CompactSevenDigits", "2023112", std::nullopt},
    {"CompactNineDigits", "202311270", std::nullopt},

    // Day, month name, year.
    {"DayMonthYear", "27 November 2023", "2023-11-27"},
    {"DayOrdinalMonthYear", "27th November 2023", "2023-11-27"},
    {"DayOrdinalSt", "1st March 2024", "2024-03-01"},
    {"DayOrdinalNd", "2nd Feb 2024", "2024-02-02"},
    {"DayOrdinalRd", "3rd Jan 2024", "2024-01-03"},
    {"DayOrdinalUpperCase", "27TH NOV 2023", "2023-11-27"},
    {"DayShortMonthYear", "27 Nov 2023", "2023-11-27"},
    {"DayShortMonthDotYear", "27 Nov. 2023", "2023-11-27"},
    {"DaySeptYear", "5 Sept 2023", "2023-09-05"},
    {"DaySepYear", "5 sep 2023", "2023-09-05"},
    {"DayMonthLowerCase", "27 november 2023", "2023-11-27"},
    {"DayMonthUpperCase", "27 NOVEMBER 2023", "2023-11-27"},
    {"DayMay", "1 May 2023", "2023-05-01"},
    {"DayHyphenShortMonth", "27-Nov-2023", "2023-11-27"},
    {"DayHyphenShortMonthTwoDigitYear", "27-Nov-23", "2023-11-27"},
    {"DayHyphenMonthMixedSeparator", "27-Nov 2023", std::nullopt},
    {"DayMonthTwoDigitYearSpaced", "27 Nov 23", std::nullopt},
    {"DayMonthNoYear", "27 November", std::nullopt},
    {"MonthYearNoDay", "November 2023", std::nullopt},
    {"MisspelledMonth", "27 Novembr 2023", std::nullopt},

    // Day, month name, year in other languages.
    {"FrenchCapitalised", "07 Mai 2020", "2020-05-07"},
    {"FrenchAccented",
     "7 d\xC3\xA9"
     "cembre 2019",
     "2019-12-07"},
    {"FrenchFirstOrdinal", "1er ao\xC3\xBBt 2021", "2021-08-01"},
    {"FrenchAbbreviation", "3 janv. 2022", "2022-01-03"},
    {"GermanOrdinalDot", "20. Mai 2007", "2007-05-20"},
    {"GermanUmlaut", "3. M\xC3\xA4rz 2021", "2021-03-03"},
    {"SpanishWithDe", "6 de mayo de 2022", "2022-05-06"},
    {"SpanishDeOnlyBeforeMonth", "04 de mayo 2022", "2022-05-04"},
    {"PortugueseWithDe", "3 de mar\xC3\xA7o de 2020", "2020-03-03"},
    {"ItalianMonth", "12 settembre 2019", "2019-09-12"},
    {"DutchMonth", "5 maart 2018", "2018-03-05"},
    {"FinnishPartitive", "19. helmikuuta 2019", "2019-02-19"},
    {"OtherLanguageWithTime", "7 mai 2020 14:30", "2020-05-07T14:30"},
    {"OtherLanguageImpossibleDay", "31 febrero 2020", std::nullopt},
    {"DeWithoutSpace", "6 demayo 2022", std::nullopt},

    // Chinese, Japanese and Korean year, month and day marks.
    {"JapaneseDate",
     "2019\xE5\xB9\xB4"
     "4\xE6\x9C\x88"
     "21\xE6\x97\xA5",
     "2019-04-21"},
    {"JapaneseDateWithTime",
     "2019\xE5\xB9\xB4"
     "04\xE6\x9C\x88"
     "02\xE6\x97\xA5 10:05",
     "2019-04-02T10:05"},
    {"KoreanDate", "2019\xEB\x85\x84 4\xEC\x9B\x94 21\xEC\x9D\xBC", "2019-04-21"},
    {"JapaneseDateWithoutDayMark",
     "2019\xE5\xB9\xB4"
     "4\xE6\x9C\x88"
     "21",
     std::nullopt},
    {"JapaneseImpossibleMonth",
     "2019\xE5\xB9\xB4"
     "13\xE6\x9C\x88"
     "1\xE6\x97\xA5",
     std::nullopt},
    {"MonthPrefixTooShort", "27 No 2023", std::nullopt},
    {"BadOrdinalSuffix", "27xx November 2023", std::nullopt},
    {"OrdinalGluedToMonth", "27thNovember 2023", std::nullopt},
    {"DayGluedToMonth", "27Nov2023", std::nullopt},

    // Month name, day, year.
    {"MonthDayCommaYear", "November 27, 2023", "2023-11-27"},
    {"MonthDayYear", "November 27 2023", "2023-11-27"},
    {"ShortMonthDayYear", "Nov 27 2023", "2023-11-27"},
    {"ShortMonthDotDayCommaYear", "Nov. 27, 2023", "2023-11-27"},
    {"MonthDayOrdinalCommaYear", "November 27th, 2023", "2023-11-27"},
    {"SeptDotDayYear", "Sept. 5, 2023", "2023-09-05"},
    {"MonthDayCommaNoSpace", "Nov 27,2023", "2023-11-27"},
    {"MonthDayGluedToYear", "November 272023", std::nullopt},
    {"MonthDayNoYear", "November 27", std::nullopt},
    {"MonthDayTwoDigitYear", "November 27, 23", std::nullopt},

    // Leading weekday; it is not cross-checked against the date.
    {"WeekdayFull", "Monday 27 November 2023", "2023-11-27"},
    {"WeekdayShortComma", "Mon, 27 Nov 2023", "2023-11-27"},
    {"WeekdayDot", "Mon. 27 Nov 2023", "2023-11-27"},
    {"WeekdayMonthFirst", "Monday, November 27, 2023", "2023-11-27"},
    {"WeekdayTues", "Tues 28 Nov 2023", "2023-11-28"},
    {"WeekdayThurs", "Thurs, 30 Nov 2023", "2023-11-30"},
    {"WeekdayNumeric", "Wed 29/11/2023", "2023-11-29"},
    {"WeekdayCommaNoSpace", "Mon,27 Nov 2023", "2023-11-27"},
    {"WeekdayWrongDay", "Tuesday 27 November 2023", "2023-11-27"},
    {"WeekdayAlone", "Monday", std::nullopt},
    {"WeekdayTwice", "Monday Monday 27 November 2023", std::nullopt},
    {"WeekdayGlued", "Monday27 November 2023", std::nullopt},
    {"WeekdayMisspelled", "Mondey 27 November 2023", std::nullopt},

    // Separators between date and time.
    {"TimeAfterSpace", "27 Nov 2023 14:50", "2023-11-27T14:50"},
    {"TimeAfterComma", "27 Nov 2023, 14:50", "2023-11-27T14:50"},
    {"TimeAfterAt", "27 Nov 2023 at 14:50", "2023-11-27T14:50"},
    {"TimeAfterCommaAt", "November 27, 2023, at 2:50 p.m.", "2023-11-27T14:50"},
    {"TimeAfterHyphen", "27 Nov 2023 - 14:50", "2023-11-27T14:50"},
    {"TimeAfterEnDash", "27 Nov 2023 \xE2\x80\x93 14:50", "2023-11-27T14:50"},
    {"TimeAfterPipe", "27 Nov 2023 | 14:50", "2023-11-27T14:50"},
    {"TimeAfterT", "2023-11-27T14:50", "2023-11-27T14:50"},
    {"TimeAfterLowerT", "2023-11-27t14:50", "2023-11-27T14:50"},
    {"TimeAfterNumericDate", "27/11/2023 14:50", "2023-11-27T14:50"},
    {"TimeAfterCompactDate", "20231127 14:50", "2023-11-27T14:50"},
    {"TimeAfterWeekdayDate", "Monday 27 November 2023 at 2pm", "2023-11-27T14:00"},
    {"TimeAtGluedToTime", "27 Nov 2023 at14:50", std::nullopt},
    {"TimeAtGluedToDate", "27 Nov 2023at 14:50", std::nullopt},
    {"TimeTWithSpace", "2023-11-27T 14:50", std::nullopt},
    {"TimeTwoSeparators", "27 Nov 2023 - | 14:50", std::nullopt},
    {"TimeCompactIsoBasic", "20231127T1450", std::nullopt},

    // Time forms.
    {"TimeWithSeconds", "27 Nov 2023 14:50:07", "2023-11-27T14:50"},
    {"TimeWithLeapSecond", "31 Dec 2016 23:59:60", "2016-12-31T23:59"},
    {"TimeDotted", "27.11.2023 14.50", "2023-11-27T14:50"},
    {"TimeH", "27 Nov 2023 14h50", "2023-11-27T14:50"},
    {"TimePm", "27 Nov 2023 2:50pm", "2023-11-27T14:50"},
    {"TimePmUpperCase", "27 Nov 2023 2:50PM", "2023-11-27T14:50"},
    {"TimePmSpaced", "27 Nov 2023 2:50 pm", "2023-11-27T14:50"},
    {"TimePmDotted", "27 Nov 2023 2:50 p.m.", "2023-11-27T14:50"},
    {"TimePmDottedNoSpace", "27 Nov 2023 2:50p.m.", "2023-11-27T14:50"},
    {"TimeAmDotted", "27 Nov 2023 2:50 a.m.", "2023-11-27T02:50"},
    {"TimeHourOnlyPm", "27 Nov 2023 2pm", "2023-11-27T14:00"},
    {"TimeHourOnlyAmSpaced", "27 Nov 2023 9 am", "2023-11-27T09:00"},
    {"TimeSecondsPm", "27 Nov 2023 2:50:07 pm", "2023-11-27T14:50"},
    {"Time12Am", "27 Nov 2023 12am", "2023-11-27T00:00"},
    {"Time12Pm", "27 Nov 2023 12pm", "2023-11-27T12:00"},
    {"Time1230Am", "27 Nov 2023 12:30 a.m.", "2023-11-27T00:30"},
    {"Time1205Pm", "27 Nov 2023 12:05pm", "2023-11-27T12:05"},
    {"Time1159Pm", "27 Nov 2023 11:59 p.m.", "2023-11-27T23:59"},
    {"TimeMidnight", "27 Nov 2023 00:00", "2023-11-27T00:00"},
    {"TimeSingleDigitHour", "27 Nov 2023 9:05", "2023-11-27T09:05"},
    {"TimeHour0Am", "27 Nov 2023 0:30am", std::nullopt},
    {"TimeHour13Pm", "27 Nov 2023 13pm", std::nullopt},
    {"Time24HourWithPm", "27 Nov 2023 13:00 pm", std::nullopt},
    {"TimeHour24", "27 Nov 2023 24:00", std::nullopt},
    {"TimeMinute60", "27 Nov 2023 14:60", std::nullopt},
    {"TimeSecond61", "27 Nov 2023 14:50:61", std::nullopt},
    {"TimeOneDigitMinute", "27 Nov 2023 14:5", std::nullopt},
    {"TimeThreeDigitMinute", "27 Nov 2023 14:500", std::nullopt},
    {"TimeThreeDigitHour", "27 Nov 2023 014:50", std::nullopt},
    {"TimeBareHour", "27 Nov 2023 14", std::nullopt},
    {"TimeMeridiemGlued", "27 Nov 2023 2:50pmx", std::nullopt},
    {"TimeHWithoutMinutes", "27 Nov 2023 14h", std::nullopt},
    {"TimeTrailingColon", "27 Nov 2023 14:50:", std::nullopt},

    // Full ISO 8601 timestamps.
    {"IsoTimestampZ", "2023-11-27T14:50:00Z", "2023-11-27T14:50Z"},
    {"IsoTimestampFractionOffset", "2023-11-27T14:50:00.123+01:00", "2023-11-27T14:50+01:00"},
    {"IsoTimestampCommaFraction", "2023-11-27T14:50:00,5Z", "2023-11-27T14:50Z"},
    {"IsoTimestampNoSeconds", "2023-11-27T14:50Z", "2023-11-27T14:50Z"},
    {"IsoTimestampNegativeOffset", "2023-11-27T14:50:00-05:00", "2023-11-27T14:50-05:00"},
    {"IsoTimestampLowerZ", "2023-11-27T14:50z", "2023-11-27T14:50Z"},
    {"IsoTimestampFractionWithoutSeconds", "2023-11-27T14:50.123Z", std::nullopt},
    {"IsoTimestampDotNoDigits", "2023-11-27T14:50:00.Z", std::nullopt},
    // As scrapers write them (Python's str(datetime): a space for the "T", microseconds).
    {"ScraperSpaceSeconds", "2023-11-27 14:50:07", "2023-11-27T14:50"},
    {"ScraperMicrosecondsOffset", "2023-11-27 14:50:07.488000+00:00", "2023-11-27T14:50Z"},
    {"ScraperMidnightNoZone", "2023-11-27T00:00:00", "2023-11-27T00:00"},
    {"ScraperRfc2822", "Mon, 27 Nov 2023 14:50:07 +0000", "2023-11-27T14:50Z"},

    // Named zones.
    {"ZoneZ", "27 Nov 2023 14:50 Z", "2023-11-27T14:50Z"},
    {"ZoneUtc", "27 Nov 2023 14:50 UTC", "2023-11-27T14:50Z"},
    {"ZoneGmt", "27 Nov 2023 14:50 GMT", "2023-11-27T14:50Z"},
    {"ZoneGmtLowerCase", "27 Nov 2023 14:50 gmt", "2023-11-27T14:50Z"},
    {"ZoneGlued", "27 Nov 2023 14:50GMT", "2023-11-27T14:50Z"},
    {"ZoneBst", "27 Jun 2023 14:50 BST", "2023-06-27T14:50+01:00"},
    {"ZoneCet", "27 Nov 2023 14:50 CET", "2023-11-27T14:50+01:00"},
    {"ZoneCest", "27 Jun 2023 14:50 CEST", "2023-06-27T14:50+02:00"},
    {"ZoneEst", "27 Nov 2023 14:50 EST", "2023-11-27T14:50-05:00"},
    {"ZoneEdt", "27 Jun 2023 14:50 EDT", "2023-06-27T14:50-04:00"},
    {"ZoneCst", "27 Nov 2023 14:50 CST", "2023-11-27T14:50-06:00"},
    {"ZoneCdt", "27 Jun 2023 14:50 CDT", "2023-06-27T14:50-05:00"},
    {"ZoneMst", "27 Nov 2023 14:50 MST", "2023-11-27T14:50-07:00"},
    {"ZoneMdt", "27 Jun 2023 14:50 MDT", "2023-06-27T14:50-06:00"},
    {"ZonePst", "27 Nov 2023 14:50 PST", "2023-11-27T14:50-08:00"},
    {"ZonePdt", "27 Jun 2023 14:50 PDT", "2023-06-27T14:50-07:00"},
    {"ZoneAfterPm", "Nov 27, 2023 2:50 p.m. EST", "2023-11-27T14:50-05:00"},
    {"ZoneAfterHourOnlyPm", "Nov 27, 2023 at 2pm PST", "2023-11-27T14:00-08:00"},
    {"ZoneUnknown", "27 Nov 2023 14:50 XYZ", std::nullopt},
    {"ZoneWithTrailingLetters", "27 Nov 2023 14:50 ESTX", std::nullopt},
    {"ZoneTwice", "27 Nov 2023 14:50 EST EST", std::nullopt},
    {"ZoneGluedToMeridiem", "27 Nov 2023 2pmEST", std::nullopt},

    // Numeric offsets.
    {"OffsetColon", "27 Nov 2023 14:50 +01:00", "2023-11-27T14:50+01:00"},
    {"OffsetFourDigits", "27 Nov 2023 14:50 +0100", "2023-11-27T14:50+01:00"},
    {"OffsetHoursOnly", "27 Nov 2023 14:50 -05", "2023-11-27T14:50-05:00"},
    {"OffsetHalfHour", "27 Nov 2023 14:50 +05:30", "2023-11-27T14:50+05:30"},
    {"OffsetNegativeHalfHour", "27 Nov 2023 14:50 -0330", "2023-11-27T14:50-03:30"},
    {"OffsetZeroIsZ", "27 Nov 2023 14:50 +00:00", "2023-11-27T14:50Z"},
    {"OffsetMax", "27 Nov 2023 14:50 +14:00", "2023-11-27T14:50+14:00"},
    {"OffsetGlued", "27 Nov 2023 14:50+01:00", "2023-11-27T14:50+01:00"},
    {"OffsetOneDigit", "27 Nov 2023 14:50 +1", std::nullopt},
    {"OffsetThreeDigits", "27 Nov 2023 14:50 +123", std::nullopt},
    {"OffsetMinute60", "27 Nov 2023 14:50 +01:60", std::nullopt},
    {"OffsetTooLarge", "27 Nov 2023 14:50 +15:00", std::nullopt},
    {"OffsetSignOnly", "27 Nov 2023 14:50 +", std::nullopt},
    {"OffsetOneDigitMinute", "27 Nov 2023 14:50 +01:3", std::nullopt},

    // Named zone plus offset.
    {"UtcPlusOneDigit", "27 Nov 2023 14:50 UTC+1", "2023-11-27T14:50+01:00"},
    {"GmtPlusColon", "27 Nov 2023 14:50 GMT+01:00", "2023-11-27T14:50+01:00"},
    {"UtcMinusFive", "27 Nov 2023 14:50 UTC-5", "2023-11-27T14:50-05:00"},
    {"GmtPlusFourDigits", "27 Nov 2023 14:50 GMT+0530", "2023-11-27T14:50+05:30"},
    {"UtcSpacedOffset", "27 Nov 2023 14:50 UTC +2", "2023-11-27T14:50+02:00"},
    {"UtcPlus14", "27 Nov 2023 14:50 UTC+14", "2023-11-27T14:50+14:00"},
    {"UtcPlus15", "27 Nov 2023 14:50 UTC+15", std::nullopt},
    {"UtcPlusNothing", "27 Nov 2023 14:50 UTC+", std::nullopt},
    {"EstPlusOffset", "27 Nov 2023 14:50 EST+1", std::nullopt},

    // A zone needs a time.
    {"ZoneWithoutTime", "27 Nov 2023 GMT", std::nullopt},
    {"ZWithoutTime", "2023-11-27Z", std::nullopt},
    {"OffsetWithoutTime", "27/11/2023 +01:00", std::nullopt},
    {"UtcOffsetWithoutTime", "27 Nov 2023 UTC+1", std::nullopt},

    // Trailing and leading garbage.
    {"TrailingWord", "27 Nov 2023 foo", std::nullopt},
    {"TrailingWordAfterTime", "27 Nov 2023 14:50 foo", std::nullopt},
    {"TrailingWordAfterZone", "27 Nov 2023 14:50 GMT today", std::nullopt},
    {"TrailingPeriod", "27 Nov 2023.", std::nullopt},
    {"TrailingComma", "27 Nov 2023,", std::nullopt},
    {"TrailingSeparatorOnly", "27 Nov 2023 at", std::nullopt},
    {"TrailingHyphenOnly", "27 Nov 2023 -", std::nullopt},
    {"TrailingDigits", "27 Nov 2023 14:50 7", std::nullopt},
    {"TrailingSecondDate", "27 Nov 2023 28 Nov 2023", std::nullopt},
    {"LeadingWord", "Published 27 Nov 2023", std::nullopt},
    {"LeadingPunctuation", "(27 Nov 2023)", std::nullopt},
    {"LeadingLetter", "x27/11/2023", std::nullopt},

    // Whitespace.
    {"SurroundingSpaces", "   27 Nov 2023   ", "2023-11-27"},
    {"SurroundingTabsNewlines", "\t27 Nov 2023 14:50\r\n", "2023-11-27T14:50"},
    {"InnerExtraSpaces", "27  Nov   2023    14:50", "2023-11-27T14:50"},
    {"NoBreakSpaces",
     "27\xC2\xA0Nov\xC2\xA0"
     "2023",
     "2023-11-27"},
    {"Empty", "", std::nullopt},
    {"SpacesOnly", "    ", std::nullopt},
    {"WhitespaceOnly", " \t\r\n\f\v", std::nullopt},

    // Arbitrary bytes.
    {"NulOnly", "\0"sv, std::nullopt},
    {"EmbeddedNul", "27\0 Nov 2023"sv, std::nullopt},
    {"TrailingNul", "27 Nov 2023\0"sv, std::nullopt},
    {"HighBytes", "\xFF\xFE\x80\x81", std::nullopt},
    {"TruncatedUtf8AfterDate", "27 Nov 2023 \xE2\x80", std::nullopt},
    {"LoneNbspLeadByte", "27\xC2Nov 2023", std::nullopt},
    {"Latin1Month", "27 f\xE9vrier 2023", std::nullopt},
    {"ControlChars", "\x01\x02\x03", std::nullopt},
    {"PunctuationOnly", "/-.:,", std::nullopt},

    // Very long digit runs must neither overflow nor wrap round into a valid field.
    {"HugeDay", "99999999999999999999/11/2023", std::nullopt},
    {"HugeYear", "27/11/99999999999999999999", std::nullopt},
    {"HugeCompact", "2023112720231127", std::nullopt},
    {"HugeHour", "27 Nov 2023 99999999999999999999:50", std::nullopt},
    {"HugeMinute", "27 Nov 2023 14:99999999999999999999", std::nullopt},
    {"HugeOffset", "27 Nov 2023 14:50 +99999999999", std::nullopt},
    {"HugeUtcOffset", "27 Nov 2023 14:50 UTC+4294967297", std::nullopt},
    {"WrapToValidDay", "4294967323 Nov 2023", std::nullopt},
    {"LongFractionAccepted", "2023-11-27T14:50:00.99999999999999999999999Z", "2023-11-27T14:50Z"},
    {"DigitsOnly", "12345678901234567890123456789012345678901234567890", std::nullopt},
};

class ParseDateTest : public testing::TestWithParam<ParseCase> {};

TEST_P(ParseDateTest, MatchesExpectedIso) {
  const ParseCase& c = GetParam();
  const std::optional<DateTime> result = parse_date(c.input, DateParseOptions{c.order});
  if (!c.iso) {
    EXPECT_FALSE(result.has_value()) << "unexpectedly parsed as " << result->to_iso();
    return;
  }
  ASSERT_TRUE(result.has_value()) << "rejected, expected " << *c.iso;
  EXPECT_EQ(result->to_iso(), *c.iso);
  expect_valid_parse_result(*result);
}

INSTANTIATE_TEST_SUITE_P(Cases, ParseDateTest, testing::ValuesIn(kParseCases),
                         case_name<ParseCase>);

TEST(ParseDate, DayPrecisionHasNoTimeOrZone) {
  const std::optional<DateTime> d = parse_date("Mon, 27 Nov 2023");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(*d, (DateTime{2023, 11, 27, 0, 0, DatePrecision::kDay, std::nullopt}));
}

TEST(ParseDate, TimeWithoutZoneLeavesOffsetEmpty) {
  const std::optional<DateTime> d = parse_date("27 Nov 2023 14:50");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(*d, (DateTime{2023, 11, 27, 14, 50, DatePrecision::kMinute, std::nullopt}));
}

TEST(ParseDate, ZoneSetsOffset) {
  const std::optional<DateTime> d = parse_date("27 Nov 2023 2:50 p.m. EST");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(*d, (DateTime{2023, 11, 27, 14, 50, DatePrecision::kMinute, -300}));
}

TEST(ParseDate, DefaultOptionsAreDayFirst) {
  const std::optional<DateTime> d = parse_date("03/04/2023");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->month, 4);
  EXPECT_EQ(d->day, 3);
}

TEST(ParseDate, VeryLongInputsAreRejected) {
  const std::string digits(100000, '9');
  EXPECT_FALSE(parse_date(digits).has_value());
  EXPECT_FALSE(parse_date("27/11/" + digits).has_value());
  EXPECT_FALSE(parse_date("27 Nov 2023 14:50:00." + digits + "x").has_value());
  EXPECT_FALSE(parse_date(std::string(100000, ' ') + "x").has_value());
  EXPECT_FALSE(parse_date("27 Nov 2023" + std::string(100000, '-')).has_value());

  // Long runs that are legitimately skipped still parse.
  EXPECT_TRUE(
      parse_date(std::string(100000, ' ') + "27 Nov 2023" + std::string(100000, '\t')).has_value());
  EXPECT_TRUE(parse_date("2023-11-27T14:50:00." + digits + "Z").has_value());
}

// Random junk and random mutations of valid inputs: nothing may crash (the sanitizer build
// checks memory and UB), and whatever is accepted must satisfy the documented invariants.
TEST(ParseDate, RandomInputsNeverCrashAndAcceptedValuesAreValid) {
  std::mt19937 rng(20231127);
  // One line per kind of piece: numbers, punctuation, words, stray bytes.
  // clang-format off
  const std::string_view pieces[] = {
      "0", "1", "2", "9", "12", "23", "24", "27", "29", "31", "60", "00", "2023",
      "/", "-", ".", ":", ",", " ", "\t", "|", "+", "T", "Z", "h",
      "at", "am", "pm", "p.m", "th", "Nov", "Feb", "Sept", "Mon", "GMT", "UTC", "EST",
      "\0"sv, "\xFF", "\xC2", "\xA0", "\xE2\x80\x93",
  };
  // clang-format on
  std::vector<std::string> seeds;
  for (const ParseCase& c : kParseCases) {
    if (c.iso) seeds.emplace_back(c.input);
  }

  int accepted = 0;
  for (int i = 0; i < 20000; ++i) {
    std::string input;
    if (i % 2 == 0) {
      const std::size_t length = rng() % 12;
      for (std::size_t j = 0; j < length; ++j) input += pieces[rng() % std::size(pieces)];
    } else {
      input = seeds[rng() % seeds.size()];
      const int edits = static_cast<int>(rng() % 3) + 1;
      for (int e = 0; e < edits && !input.empty(); ++e) {
        const std::size_t at = rng() % input.size();
        switch (rng() % 3) {
          case 0:
            input[at] = static_cast<char>(rng() % 256);
            break;
          case 1:
            input.erase(at, 1);
            break;
          default:
            input.insert(at, pieces[rng() % std::size(pieces)]);
            break;
        }
      }
    }
    for (NumericDateOrder order : {kDayFirst, kMonthFirst}) {
      const std::optional<DateTime> d = parse_date(input, DateParseOptions{order});
      if (!d) continue;
      ++accepted;
      SCOPED_TRACE(testing::PrintToString(input));
      expect_valid_parse_result(*d);
    }
    const std::optional<DateTime> t = parse_time_onto(input, kNov27);
    if (t) {
      EXPECT_LE(t->hour, 23);
      EXPECT_LE(t->minute, 59);
    }
    if (HasFailure()) break;
  }
  // Guards against a harness that silently feeds the parser nothing useful.
  EXPECT_GT(accepted, 100);
}

// ---------------------------------------------------------------------------------------------
// to_iso and sort_key

TEST(ToIso, FormatsEveryShape) {
  EXPECT_EQ((kNov27).to_iso(), "2023-11-27");
  EXPECT_EQ((DateTime{2023, 1, 5, 9, 7, DatePrecision::kMinute, std::nullopt}).to_iso(),
            "2023-01-05T09:07");
  EXPECT_EQ((DateTime{2023, 11, 27, 14, 50, DatePrecision::kMinute, 0}).to_iso(),
            "2023-11-27T14:50Z");
  EXPECT_EQ((DateTime{2023, 11, 27, 14, 50, DatePrecision::kMinute, 60}).to_iso(),
            "2023-11-27T14:50+01:00");
  EXPECT_EQ((DateTime{2023, 11, 27, 14, 50, DatePrecision::kMinute, -300}).to_iso(),
            "2023-11-27T14:50-05:00");
  EXPECT_EQ((DateTime{2023, 11, 27, 14, 50, DatePrecision::kMinute, 330}).to_iso(),
            "2023-11-27T14:50+05:30");
  EXPECT_EQ((DateTime{2023, 11, 27, 14, 50, DatePrecision::kMinute, -210}).to_iso(),
            "2023-11-27T14:50-03:30");
  // Day precision shows no time, so it shows no zone either.
  EXPECT_EQ((DateTime{2023, 11, 27, 0, 0, DatePrecision::kDay, 60}).to_iso(), "2023-11-27");
}

struct SortKeyCase {
  const char* name;
  std::string_view input;
  std::string_view key;
};

const SortKeyCase kSortKeyCases[] = {
    {"DayPrecision", "2023-11-27", "202311270000"},
    {"LocalTimeAsWritten", "2023-11-27T14:50", "202311271450"},
    {"Utc", "2023-11-27T14:50Z", "202311271450"},
    {"PositiveOffset", "2023-11-27T14:50+01:00", "202311271350"},
    {"NegativeOffset", "27 Nov 2023 2:50pm EST", "202311271950"},
    {"HalfHourOffset", "2023-05-01T00:15+05:30", "202304301845"},
    {"BackIntoPreviousYear", "2024-01-01T00:30+01:00", "202312312330"},
    {"ForwardIntoNextYear", "2023-12-31T23:30-05:00", "202401010430"},
    {"ForwardIntoNextDay", "2023-11-27T20:00-05:00", "202311280100"},
    {"BackIntoLeapDay", "2024-03-01T00:30+01:00", "202402292330"},
    {"BackIntoFeb28", "2023-03-01T00:30+01:00", "202302282330"},
    {"ForwardOutOfLeapDay", "2024-02-29T23:00-08:00", "202403010700"},
    {"BackIntoApril30", "2023-05-01T00:00+14:00", "202304301000"},
    {"EarliestYearBackIntoYear999", "1000-01-01T00:30+01:00", "099912312330"},
    {"LatestYearClampsPast9999", "9999-12-31T23:00-05:00", "999912312359"},
};

class SortKeyTest : public testing::TestWithParam<SortKeyCase> {};

TEST_P(SortKeyTest, ConvertsToUtcWhenOffsetKnown) {
  const SortKeyCase& c = GetParam();
  const std::optional<DateTime> d = parse_date(c.input);
  ASSERT_TRUE(d.has_value()) << c.input;
  EXPECT_EQ(d->sort_key(), c.key);
}

INSTANTIATE_TEST_SUITE_P(Cases, SortKeyTest, testing::ValuesIn(kSortKeyCases),
                         case_name<SortKeyCase>);

TEST(SortKey, ByteOrderIsTimeOrder) {
  // Listed in increasing UTC instant, with the local wall clock deliberately out of order.
  const std::string_view in_time_order[] = {
      "2023-12-31T22:59Z", "2024-01-01T06:00+07:00", "2023-12-31T19:30-05:00",
      "2024-01-01T00:45Z", "2024-01-01T02:01+01:00", "2024-01-01T01:30Z",
      "2024-01-02",
  };
  std::vector<std::string> keys;
  for (std::string_view text : in_time_order) {
    const std::optional<DateTime> d = parse_date(text);
    ASSERT_TRUE(d.has_value()) << text;
    keys.push_back(d->sort_key());
  }
  for (std::size_t i = 1; i < keys.size(); ++i) {
    EXPECT_LT(keys[i - 1], keys[i]) << in_time_order[i - 1] << " vs " << in_time_order[i];
  }
}

// ---------------------------------------------------------------------------------------------
// parse_time_onto

struct TimeCase {
  const char* name;
  std::string_view input;
  std::optional<std::string_view> iso;
};

const TimeCase kTimeCases[] = {
    {"Plain", "14:50", "2023-11-27T14:50"},
    {"Seconds", "14:50:07", "2023-11-27T14:50"},
    {"Hyphen", "- 14:50", "2023-11-27T14:50"},
    {"HyphenGlued", "-14:50", "2023-11-27T14:50"},
    {"EnDash", "\xE2\x80\x93 14:50", "2023-11-27T14:50"},
    {"Pipe", "| 14:50", "2023-11-27T14:50"},
    {"At", "at 14:50", "2023-11-27T14:50"},
    {"AtCapitalised", "At 2:50pm", "2023-11-27T14:50"},
    {"Pm", "2:50pm", "2023-11-27T14:50"},
    {"PmDotted", "2:50 p.m.", "2023-11-27T14:50"},
    {"HourOnlyPm", "2pm", "2023-11-27T14:00"},
    {"TwelveAm", "12am", "2023-11-27T00:00"},
    {"TwelvePm", "12pm", "2023-11-27T12:00"},
    {"Dotted", "14.50", "2023-11-27T14:50"},
    {"H", "14h50", "2023-11-27T14:50"},
    {"Gmt", "14:50 GMT", "2023-11-27T14:50Z"},
    {"PmEst", "- 2:50 p.m. EST", "2023-11-27T14:50-05:00"},
    {"UtcPlus", "14:50 UTC+1", "2023-11-27T14:50+01:00"},
    {"NumericOffset", "14:50 +0530", "2023-11-27T14:50+05:30"},
    {"Surrounded", "  | 14:50 BST  ", "2023-11-27T14:50+01:00"},
    {"Empty", "", std::nullopt},
    {"Spaces", "   ", std::nullopt},
    {"HyphenOnly", "-", std::nullopt},
    {"AtOnly", "at", std::nullopt},
    {"AtGlued", "at14:50", std::nullopt},
    {"TwoLeaders", "- | 14:50", std::nullopt},
    {"CommaLeader", ", 14:50", std::nullopt},
    {"TrailingWord", "14:50 today", std::nullopt},
    {"TrailingWordAfterZone", "14:50 GMT today", std::nullopt},
    {"ZoneOnly", "GMT", std::nullopt},
    {"ZoneFirst", "GMT 14:50", std::nullopt},
    {"BareHour", "14", std::nullopt},
    {"Hour25", "25:00", std::nullopt},
    {"Hour13Pm", "13:00pm", std::nullopt},
    {"MeridiemGlued", "2pmx", std::nullopt},
    {"WholeDate", "27 Nov 2023 14:50", std::nullopt},
    {"IsoTimestamp", "2023-11-27T14:50", std::nullopt},
    {"Binary", "\x00\xFF\x80"sv, std::nullopt},
    {"HugeHour", "99999999999999999999:00", std::nullopt},
};

class ParseTimeOntoTest : public testing::TestWithParam<TimeCase> {};

TEST_P(ParseTimeOntoTest, MatchesExpectedIso) {
  const TimeCase& c = GetParam();
  const DateTime date = kNov27;
  const std::optional<DateTime> result = parse_time_onto(c.input, date);
  if (!c.iso) {
    EXPECT_FALSE(result.has_value()) << "unexpectedly parsed as " << result->to_iso();
    return;
  }
  ASSERT_TRUE(result.has_value()) << "rejected, expected " << *c.iso;
  EXPECT_EQ(result->to_iso(), *c.iso);
  EXPECT_EQ(result->precision, DatePrecision::kMinute);
}

INSTANTIATE_TEST_SUITE_P(Cases, ParseTimeOntoTest, testing::ValuesIn(kTimeCases),
                         case_name<TimeCase>);

TEST(ParseTimeOnto, KeepsTheGivenDate) {
  const std::optional<DateTime> date = parse_date("29 Feb 2024");
  ASSERT_TRUE(date.has_value());
  const std::optional<DateTime> result = parse_time_onto("- 23:15 CET", *date);
  ASSERT_TRUE(result.has_value());
  EXPECT_EQ(*result, (DateTime{2024, 2, 29, 23, 15, DatePrecision::kMinute, 60}));
  EXPECT_EQ(result->sort_key(), "202402292215");
}

TEST(ParseTimeOnto, ReplacesAnEarlierTime) {
  const DateTime date{2023, 11, 27, 9, 0, DatePrecision::kMinute, std::nullopt};
  const std::optional<DateTime> result = parse_time_onto("14:50", date);
  ASSERT_TRUE(result.has_value());
  EXPECT_EQ(result->hour, 14);
  EXPECT_EQ(result->minute, 50);
}

TEST(ParseTimeOnto, ZoneGivenReplacesOffsetZoneAbsentKeepsIt) {
  const DateTime date{2023, 11, 27, 9, 0, DatePrecision::kMinute, 60};
  const std::optional<DateTime> zoned = parse_time_onto("14:50 EST", date);
  ASSERT_TRUE(zoned.has_value());
  EXPECT_EQ(zoned->utc_offset_minutes, -300);
  const std::optional<DateTime> unzoned = parse_time_onto("14:50", date);
  ASSERT_TRUE(unzoned.has_value());
  EXPECT_EQ(unzoned->utc_offset_minutes, 60);
}

TEST(ParseTimeOnto, FailureDoesNotDependOnTheDate) {
  EXPECT_FALSE(parse_time_onto("14:50 today", kNov27).has_value());
  EXPECT_FALSE(
      parse_time_onto("", DateTime{0, 0, 0, 0, 0, DatePrecision::kDay, std::nullopt}).has_value());
}

}  // namespace
}  // namespace news
