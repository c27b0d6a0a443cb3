#include "common/date.h"

#include <array>
#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace news {
namespace {

// Bylines separate a time from its date with an en dash as often as with a hyphen.
constexpr std::string_view kEnDash = "\xE2\x80\x93";
// Text pasted from HTML keeps non-breaking spaces between date words.
constexpr std::string_view kNoBreakSpace = "\xC2\xA0";

// Real-world offsets run from -12:00 to +14:00; anything wider is a misparse, not a zone.
constexpr int kMaxOffsetMinutes = 14 * 60;

constexpr std::array<std::string_view, 12> kMonthNames = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

struct MonthName {
  std::string_view name;  // lower case, UTF-8
  int month;
};

// Month names of other languages as dates in news pages write them, full and in their usual
// abbreviations (a trailing dot is read separately): French, German, Spanish, Portuguese,
// Italian, Dutch, and Finnish in the partitive case ("19. helmikuuta 2019"). English names and
// their three-letter forms are matched through kMonthNames.
constexpr MonthName kOtherMonthNames[] = {
    // French
    {"janvier", 1},
    {"janv", 1},
    {"f\xC3\xA9vrier", 2},
    {"fevrier", 2},
    {"f\xC3\xA9vr", 2},
    {"f\xC3\xA9v", 2},
    {"mars", 3},
    {"avril", 4},
    {"avr", 4},
    {"mai", 5},
    {"juin", 6},
    {"juillet", 7},
    {"juil", 7},
    {"ao\xC3\xBBt", 8},
    {"aout", 8},
    {"septembre", 9},
    {"octobre", 10},
    {"novembre", 11},
    {"d\xC3\xA9"
     "cembre",
     12},
    {"decembre", 12},
    {"d\xC3\xA9"
     "c",
     12},
    // German
    {"januar", 1},
    {"j\xC3\xA4nner", 1},
    {"februar", 2},
    {"m\xC3\xA4rz", 3},
    {"maerz", 3},
    {"m\xC3\xA4r", 3},
    {"juni", 6},
    {"juli", 7},
    {"oktober", 10},
    {"okt", 10},
    {"dezember", 12},
    {"dez", 12},
    // Spanish
    {"enero", 1},
    {"ene", 1},
    {"febrero", 2},
    {"marzo", 3},
    {"abril", 4},
    {"abr", 4},
    {"mayo", 5},
    {"junio", 6},
    {"julio", 7},
    {"agosto", 8},
    {"ago", 8},
    {"septiembre", 9},
    {"setiembre", 9},
    {"octubre", 10},
    {"noviembre", 11},
    {"diciembre", 12},
    {"dic", 12},
    // Portuguese
    {"janeiro", 1},
    {"fevereiro", 2},
    {"fev", 2},
    {"mar\xC3\xA7o", 3},
    {"marco", 3},
    {"maio", 5},
    {"junho", 6},
    {"julho", 7},
    {"setembro", 9},
    {"set", 9},
    {"outubro", 10},
    {"out", 10},
    {"novembro", 11},
    {"dezembro", 12},
    // Italian
    {"gennaio", 1},
    {"febbraio", 2},
    {"aprile", 4},
    {"maggio", 5},
    {"giugno", 6},
    {"luglio", 7},
    {"settembre", 9},
    {"ottobre", 10},
    {"dicembre", 12},
    // Dutch
    {"januari", 1},
    {"februari", 2},
    {"maart", 3},
    {"mei", 5},
    {"augustus", 8},
    // Finnish (partitive, as in dates)
    {"tammikuuta", 1},
    {"helmikuuta", 2},
    {"maaliskuuta", 3},
    {"huhtikuuta", 4},
    {"toukokuuta", 5},
    {"kes\xC3\xA4kuuta", 6},
    {"hein\xC3\xA4kuuta", 7},
    {"elokuuta", 8},
    {"syyskuuta", 9},
    {"lokakuuta", 10},
    {"marraskuuta", 11},
    {"joulukuuta", 12},
};

// Year, month and day marks of dates written in Chinese and Japanese (年 月 日) and Korean
// (년 월 일).
constexpr std::string_view kCjkYear = "\xE5\xB9\xB4";
constexpr std::string_view kCjkMonth = "\xE6\x9C\x88";
constexpr std::string_view kCjkDay = "\xE6\x97\xA5";
constexpr std::string_view kKoreanYear = "\xEB\x85\x84";
constexpr std::string_view kKoreanMonth = "\xEC\x9B\x94";
constexpr std::string_view kKoreanDay = "\xEC\x9D\xBC";

constexpr std::array<std::string_view, 7> kWeekdayNames = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

struct Zone {
  std::string_view name;
  int offset_minutes;
};

// A deduced-size array, so a zone added to the list cannot leave an empty entry behind.
constexpr Zone kZones[] = {
    {"z", 0},      {"utc", 0},    {"gmt", 0},    {"bst", 60},   {"cet", 60},
    {"cest", 120}, {"est", -300}, {"edt", -240}, {"cst", -360}, {"cdt", -300},
    {"mst", -420}, {"mdt", -360}, {"pst", -480}, {"pdt", -420},
};

// <cctype> is undefined for negative chars, which arbitrary UTF-8 input produces, so these
// classify ASCII only.
constexpr bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
constexpr bool is_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
constexpr bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
constexpr char to_lower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
}

// `lower` must already be lower case.
bool equals_ci(std::string_view text, std::string_view lower) {
  if (text.size() != lower.size()) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (to_lower(text[i]) != lower[i]) return false;
  }
  return true;
}

struct Number {
  // Only meaningful when `digits` is small; callers check `digits` first, so an overlong run of
  // digits can neither overflow nor masquerade as a valid field.
  int value = 0;
  std::size_t digits = 0;
};

// A cursor over the input. Copying it is the backtracking mechanism: parse on a copy and assign
// it back only when the alternative matched.
class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  bool at_end() const { return pos_ >= text_.size(); }
  std::size_t pos() const { return pos_; }

  // NUL past the end keeps look-ahead checks free of bounds tests; a NUL inside the input is
  // harmless because no rule matches it.
  char peek(std::size_t ahead = 0) const {
    return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\0';
  }

  void advance(std::size_t n = 1) { pos_ += n; }

  bool consume(char c) {
    if (at_end() || text_[pos_] != c) return false;
    ++pos_;
    return true;
  }

  bool consume(std::string_view s) {
    if (pos_ > text_.size() || text_.substr(pos_, s.size()) != s) return false;
    pos_ += s.size();
    return true;
  }

  // Returns whether anything was skipped, since several forms require a separator.
  bool skip_space() {
    const std::size_t start = pos_;
    while (!at_end()) {
      if (is_space(text_[pos_])) {
        ++pos_;
      } else if (!consume(kNoBreakSpace)) {
        break;
      }
    }
    return pos_ > start;
  }

  std::optional<Number> read_number() {
    Number n;
    while (is_digit(peek())) {
      if (n.digits < 9) n.value = n.value * 10 + (peek() - '0');
      ++n.digits;
      ++pos_;
    }
    if (n.digits == 0) return std::nullopt;
    return n;
  }

  // ASCII letters and the accented Latin letters of U+00C0..U+00FF (two bytes, lead 0xC3), as
  // in "février", "März", "août".
  std::string_view read_word() {
    const std::size_t start = pos_;
    while (true) {
      if (is_alpha(peek())) {
        ++pos_;
      } else if (peek() == '\xC3' && (static_cast<unsigned char>(peek(1)) & 0xC0) == 0x80) {
        pos_ += 2;
      } else {
        break;
      }
    }
    return text_.substr(start, pos_ - start);
  }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
};

struct Ymd {
  int year = 0;
  int month = 0;
  int day = 0;
};

struct Clock {
  int hour = 0;
  int minute = 0;
  std::optional<int> utc_offset_minutes;
};

constexpr bool is_leap_year(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

constexpr int days_in_month(int year, int month) {
  constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap_year(year) ? 29 : kDays[static_cast<std::size_t>(month - 1)];
}

std::optional<Ymd> make_ymd(int year, int month, int day) {
  if (year < 1000 || year > 9999 || month < 1 || month > 12) return std::nullopt;
  if (day < 1 || day > days_in_month(year, month)) return std::nullopt;
  return Ymd{year, month, day};
}

// date.h fixes the two-digit pivot at 70 (00..69 -> 20xx), so "99" stays in the last century.
std::optional<int> expand_year(const Number& n) {
  if (n.digits == 4) return n.value;
  if (n.digits == 2) return n.value < 70 ? 2000 + n.value : 1900 + n.value;
  return std::nullopt;
}

bool is_day_or_month_field(const std::optional<Number>& n) {
  return n && n->digits >= 1 && n->digits <= 2;
}

// Returns 1..12, or 0 when `word` names no month.
int month_from_word(std::string_view word) {
  for (std::size_t i = 0; i < kMonthNames.size(); ++i) {
    if (equals_ci(word, kMonthNames[i]) || equals_ci(word, kMonthNames[i].substr(0, 3))) {
      return static_cast<int>(i) + 1;
    }
  }
  if (equals_ci(word, "sept")) return 9;
  for (const MonthName& other : kOtherMonthNames) {
    if (equals_ci(word, other.name)) return other.month;
  }
  return 0;
}

// "de" between day, month and year in Spanish and Portuguese ("6 de mayo de 2022"): skipped with
// the space after it.
void skip_de(Scanner& s) {
  Scanner probe = s;
  const std::string_view word = probe.read_word();
  if ((equals_ci(word, "de") || equals_ci(word, "del")) && probe.skip_space()) s = probe;
}

bool is_weekday(std::string_view word) {
  for (std::string_view name : kWeekdayNames) {
    if (equals_ci(word, name) || equals_ci(word, name.substr(0, 3))) return true;
  }
  return equals_ci(word, "tues") || equals_ci(word, "thur") || equals_ci(word, "thurs");
}

// Any of the four suffixes is accepted after any day: "2th" is a typo, not a different date.
bool is_ordinal_suffix(std::string_view word) {
  return equals_ci(word, "st") || equals_ci(word, "nd") || equals_ci(word, "rd") ||
         equals_ci(word, "th") || equals_ci(word, "er");  // French "1er"
}

// The weekday adds nothing to the date and is not cross-checked: when text and weekday disagree
// the explicit date is the better evidence, and rejecting the line would lose it entirely.
void skip_weekday(Scanner& s) {
  Scanner probe = s;
  if (!is_weekday(probe.read_word())) return;
  probe.consume('.');
  const bool comma = probe.consume(',');
  const bool space = probe.skip_space();
  if (comma || space) s = probe;
}

std::optional<Ymd> resolve_numeric(int first, int second, const Number& year_field,
                                   NumericDateOrder order) {
  const std::optional<int> year = expand_year(year_field);
  if (!year) return std::nullopt;
  const std::optional<Ymd> day_first = make_ymd(*year, second, first);
  const std::optional<Ymd> month_first = make_ymd(*year, first, second);
  if (day_first && month_first) {
    return order == NumericDateOrder::kDayFirst ? day_first : month_first;
  }
  return day_first ? day_first : month_first;
}

// "27 Nov 2023", "27th November 2023", "27-Nov-2023", after the day number has been read.
std::optional<Ymd> parse_day_then_month_name(Scanner& s, int day) {
  if (s.peek() == '-' && is_alpha(s.peek(1))) {
    s.advance();
    const int month = month_from_word(s.read_word());
    if (month == 0 || !s.consume('-')) return std::nullopt;
    const std::optional<Number> year_field = s.read_number();
    if (!year_field) return std::nullopt;
    const std::optional<int> year = expand_year(*year_field);
    if (!year) return std::nullopt;
    return make_ymd(*year, month, day);
  }
  if (is_alpha(s.peek()) && !is_ordinal_suffix(s.read_word())) return std::nullopt;
  // German and Finnish write the day as an ordinal with a dot: "20. Mai 2007".
  if (s.peek() == '.' && !is_digit(s.peek(1))) s.advance();
  if (!s.skip_space()) return std::nullopt;
  skip_de(s);
  const int month = month_from_word(s.read_word());
  if (month == 0) return std::nullopt;
  s.consume('.');
  s.consume(',');
  if (!s.skip_space()) return std::nullopt;
  skip_de(s);
  const std::optional<Number> year = s.read_number();
  if (!year || year->digits != 4) return std::nullopt;
  return make_ymd(year->value, month, day);
}

// "2019年4月21日" (Chinese, Japanese) or "2019년 4월 21일" (Korean), after the year has been read.
std::optional<Ymd> parse_cjk_date(Scanner& s, int year) {
  const auto field = [&s](std::string_view mark, std::string_view korean_mark) {
    s.skip_space();
    if (!s.consume(mark) && !s.consume(korean_mark)) return false;
    s.skip_space();
    return true;
  };
  if (!field(kCjkYear, kKoreanYear)) return std::nullopt;
  const std::optional<Number> month = s.read_number();
  if (!is_day_or_month_field(month) || !field(kCjkMonth, kKoreanMonth)) return std::nullopt;
  const std::optional<Number> day = s.read_number();
  if (!is_day_or_month_field(day)) return std::nullopt;
  s.skip_space();
  if (!s.consume(kCjkDay) && !s.consume(kKoreanDay)) return std::nullopt;
  return make_ymd(year, month->value, day->value);
}

std::optional<Ymd> parse_number_first(Scanner& s, NumericDateOrder order) {
  const std::optional<Number> first = s.read_number();
  if (!first) return std::nullopt;

  if (first->digits == 8) {
    const int v = first->value;
    return make_ymd(v / 10000, v / 100 % 100, v % 100);
  }

  if (first->digits == 4) {
    if (static_cast<unsigned char>(s.peek()) >= 0x80 || s.peek() == ' ')
      return parse_cjk_date(s, first->value);
    const char sep = s.peek();
    if (sep != '-' && sep != '/') return std::nullopt;
    s.advance();
    const std::optional<Number> month = s.read_number();
    if (!is_day_or_month_field(month) || !s.consume(sep)) return std::nullopt;
    const std::optional<Number> day = s.read_number();
    if (!is_day_or_month_field(day)) return std::nullopt;
    return make_ymd(first->value, month->value, day->value);
  }

  if (first->digits > 2) return std::nullopt;

  const char sep = s.peek();
  if ((sep == '/' || sep == '-' || sep == '.') && is_digit(s.peek(1))) {
    s.advance();
    const std::optional<Number> second = s.read_number();
    // Mixed separators ("27/11-2023") are more likely two things run together than one date.
    if (!is_day_or_month_field(second) || !s.consume(sep)) return std::nullopt;
    const std::optional<Number> year = s.read_number();
    if (!year) return std::nullopt;
    return resolve_numeric(first->value, second->value, *year, order);
  }
  return parse_day_then_month_name(s, first->value);
}

// "November 27, 2023", "Nov. 27 2023", "November 27th, 2023".
std::optional<Ymd> parse_month_name_first(Scanner& s) {
  const int month = month_from_word(s.read_word());
  if (month == 0) return std::nullopt;
  s.consume('.');
  if (!s.skip_space()) return std::nullopt;
  const std::optional<Number> day = s.read_number();
  if (!is_day_or_month_field(day)) return std::nullopt;
  if (is_alpha(s.peek()) && !is_ordinal_suffix(s.read_word())) return std::nullopt;
  const bool comma = s.consume(',');
  const bool space = s.skip_space();
  if (!comma && !space) return std::nullopt;
  const std::optional<Number> year = s.read_number();
  if (!year || year->digits != 4) return std::nullopt;
  return make_ymd(year->value, month, day->value);
}

std::optional<Ymd> parse_calendar_date(Scanner& s, NumericDateOrder order) {
  if (is_digit(s.peek())) return parse_number_first(s, order);
  if (is_alpha(s.peek())) return parse_month_name_first(s);
  return std::nullopt;
}

// "am", "pm", "a.m.", "p.m" in any case; returns whether it is pm.
std::optional<bool> parse_meridiem(Scanner& s) {
  const char first = to_lower(s.peek());
  if (first != 'a' && first != 'p') return std::nullopt;
  s.advance();
  s.consume('.');
  if (to_lower(s.peek()) != 'm') return std::nullopt;
  s.advance();
  s.consume('.');
  // "2 pmx" or "2 amsterdam" is not a time.
  if (is_alpha(s.peek())) return std::nullopt;
  return first == 'p';
}

// "14:50", "14:50:07", "14:50:07.123", "14.50", "14h50", "2:50pm", "2:50 p.m.", "2pm".
std::optional<Clock> parse_clock(Scanner& s) {
  const std::optional<Number> hour = s.read_number();
  if (!hour || hour->digits > 2) return std::nullopt;

  int minute = 0;
  bool has_minutes = false;
  const char sep = s.peek();
  if ((sep == ':' || sep == '.' || sep == 'h' || sep == 'H') && is_digit(s.peek(1))) {
    s.advance();
    const std::optional<Number> m = s.read_number();
    if (!m || m->digits != 2 || m->value > 59) return std::nullopt;
    minute = m->value;
    has_minutes = true;
    if (sep == ':' && s.peek() == ':' && is_digit(s.peek(1))) {
      s.advance();
      const std::optional<Number> second = s.read_number();
      // 60 is a leap second; it is dropped with the rest of the seconds anyway.
      if (!second || second->digits != 2 || second->value > 60) return std::nullopt;
      if ((s.peek() == '.' || s.peek() == ',') && is_digit(s.peek(1))) {
        s.advance();
        s.read_number();
      }
    }
  }

  Scanner probe = s;
  probe.skip_space();
  if (const std::optional<bool> pm = parse_meridiem(probe)) {
    s = probe;
    if (hour->value < 1 || hour->value > 12) return std::nullopt;
    return Clock{hour->value % 12 + (*pm ? 12 : 0), minute, std::nullopt};
  }
  // A bare number is a time only with am/pm after it.
  if (!has_minutes || hour->value > 23) return std::nullopt;
  return Clock{hour->value, minute, std::nullopt};
}

// "+01:00", "+0100", "-05"; with `allow_one_digit_hour` also "+1", as written after UTC/GMT.
std::optional<int> parse_numeric_offset(Scanner& s, bool allow_one_digit_hour) {
  int sign = 0;
  if (s.consume('+')) {
    sign = 1;
  } else if (s.consume('-')) {
    sign = -1;
  } else {
    return std::nullopt;
  }
  const std::optional<Number> n = s.read_number();
  if (!n) return std::nullopt;
  int hours = 0;
  int minutes = 0;
  if (n->digits == 4) {
    hours = n->value / 100;
    minutes = n->value % 100;
  } else if (n->digits == 2 || (n->digits == 1 && allow_one_digit_hour)) {
    hours = n->value;
    if (s.peek() == ':' && is_digit(s.peek(1))) {
      s.advance();
      const std::optional<Number> m = s.read_number();
      if (!m || m->digits != 2) return std::nullopt;
      minutes = m->value;
    }
  } else {
    return std::nullopt;
  }
  if (minutes > 59) return std::nullopt;
  const int total = hours * 60 + minutes;
  if (total > kMaxOffsetMinutes) return std::nullopt;
  return sign * total;
}

// Leaves `s` untouched when no valid zone follows, so whatever is there fails the end-of-input
// check instead of being silently dropped.
std::optional<int> parse_zone(Scanner& s) {
  Scanner probe = s;
  probe.skip_space();
  if (probe.peek() == '+' || probe.peek() == '-') {
    std::optional<int> offset = parse_numeric_offset(probe, false);
    if (offset) s = probe;
    return offset;
  }
  const std::string_view word = probe.read_word();
  for (const Zone& zone : kZones) {
    if (!equals_ci(word, zone.name)) continue;
    if (zone.name == "utc" || zone.name == "gmt") {
      Scanner with_offset = probe;
      with_offset.skip_space();
      if (with_offset.peek() == '+' || with_offset.peek() == '-') {
        const std::optional<int> extra = parse_numeric_offset(with_offset, true);
        if (!extra) return std::nullopt;
        s = with_offset;
        return extra;
      }
    }
    s = probe;
    return zone.offset_minutes;
  }
  return std::nullopt;
}

std::optional<Clock> parse_clock_and_zone(Scanner& s) {
  std::optional<Clock> clock = parse_clock(s);
  if (clock) clock->utc_offset_minutes = parse_zone(s);
  return clock;
}

// Between date and time: "T" (ISO, no spaces), or whitespace and/or a comma, optionally followed
// by "at", "-", "–" or "|".
bool skip_time_separator(Scanner& s) {
  if ((s.peek() == 'T' || s.peek() == 't') && is_digit(s.peek(1))) {
    s.advance();
    return true;
  }
  const std::size_t start = s.pos();
  s.skip_space();
  if (s.consume(',')) s.skip_space();
  const bool separated = s.pos() > start;
  if (separated) {
    Scanner probe = s;
    if (equals_ci(probe.read_word(), "at") && probe.skip_space()) {
      s = probe;
      return true;
    }
  }
  if (s.consume('-') || s.consume('|') || s.consume(kEnDash)) {
    s.skip_space();
    return true;
  }
  return separated;
}

void append_padded(std::string& out, long long value, std::size_t width) {
  if (value < 0) {
    out += '-';
    value = -value;
  }
  const std::string digits = std::to_string(value);
  if (digits.size() < width) out.append(width - digits.size(), '0');
  out += digits;
}

}  // namespace

std::string DateTime::to_iso() const {
  std::string out;
  out.reserve(22);
  append_padded(out, year, 4);
  out += '-';
  append_padded(out, month, 2);
  out += '-';
  append_padded(out, day, 2);
  if (precision == DatePrecision::kDay) return out;
  out += 'T';
  append_padded(out, hour, 2);
  out += ':';
  append_padded(out, minute, 2);
  if (utc_offset_minutes) {
    const int offset = *utc_offset_minutes;
    if (offset == 0) {
      out += 'Z';
    } else {
      const long long magnitude = offset < 0 ? -static_cast<long long>(offset) : offset;
      out += offset < 0 ? '-' : '+';
      append_padded(out, magnitude / 60, 2);
      out += ':';
      append_padded(out, magnitude % 60, 2);
    }
  }
  return out;
}

std::string DateTime::sort_key() const {
  long long key_year = year;
  long long key_month = month;
  long long key_day = day;
  long long key_hour = precision == DatePrecision::kDay ? 0 : hour;
  long long key_minute = precision == DatePrecision::kDay ? 0 : minute;

  if (precision == DatePrecision::kMinute && utc_offset_minutes) {
    // chrono's civil calendar does the day, month, year and leap-year carries of the shift.
    const std::chrono::sys_days local_day{std::chrono::year_month_day{
        std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
        std::chrono::day{static_cast<unsigned>(day)}}};
    const auto utc = local_day + std::chrono::hours{hour} + std::chrono::minutes{minute} -
                     std::chrono::minutes{*utc_offset_minutes};
    const auto utc_day = std::chrono::floor<std::chrono::days>(utc);
    const std::chrono::year_month_day ymd{utc_day};
    const long long minutes_into_day = (utc - utc_day).count();
    key_year = static_cast<int>(ymd.year());
    key_month = static_cast<unsigned>(ymd.month());
    key_day = static_cast<unsigned>(ymd.day());
    key_hour = minutes_into_day / 60;
    key_minute = minutes_into_day % 60;
  }

  // Only 9999-12-31 late in the day with a negative offset can leave four digits; clamping keeps
  // the key twelve digits long and still sorting after every other key.
  if (key_year > 9999) return "999912312359";
  if (key_year < 0) return "000001010000";

  std::string out;
  out.reserve(12);
  append_padded(out, key_year, 4);
  append_padded(out, key_month, 2);
  append_padded(out, key_day, 2);
  append_padded(out, key_hour, 2);
  append_padded(out, key_minute, 2);
  return out;
}

std::optional<DateTime> parse_date(std::string_view text, const DateParseOptions& options) {
  Scanner s(text);
  s.skip_space();
  skip_weekday(s);
  const std::optional<Ymd> ymd = parse_calendar_date(s, options.numeric_order);
  if (!ymd) return std::nullopt;

  DateTime result;
  result.year = ymd->year;
  result.month = ymd->month;
  result.day = ymd->day;

  Scanner rest = s;
  rest.skip_space();
  if (rest.at_end()) return result;

  if (!skip_time_separator(s)) return std::nullopt;
  const std::optional<Clock> clock = parse_clock_and_zone(s);
  if (!clock) return std::nullopt;
  s.skip_space();
  if (!s.at_end()) return std::nullopt;

  result.hour = clock->hour;
  result.minute = clock->minute;
  result.precision = DatePrecision::kMinute;
  result.utc_offset_minutes = clock->utc_offset_minutes;
  return result;
}

std::optional<DateTime> parse_time_onto(std::string_view text, DateTime date) {
  Scanner s(text);
  s.skip_space();
  if (s.consume('-') || s.consume('|') || s.consume(kEnDash)) {
    s.skip_space();
  } else {
    Scanner probe = s;
    if (equals_ci(probe.read_word(), "at") && probe.skip_space()) s = probe;
  }
  const std::optional<Clock> clock = parse_clock_and_zone(s);
  if (!clock) return std::nullopt;
  s.skip_space();
  if (!s.at_end()) return std::nullopt;

  date.hour = clock->hour;
  date.minute = clock->minute;
  date.precision = DatePrecision::kMinute;
  // The header promises the zone only "if given": a date that already carries one keeps it.
  if (clock->utc_offset_minutes) date.utc_offset_minutes = clock->utc_offset_minutes;
  return date;
}

}  // namespace news
