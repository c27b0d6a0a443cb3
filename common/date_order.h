// Date order as values that Xapian's own classes read: the sort keys of `--sort oldest|newest`
// and the recency weights of `--recent` (schema.h: Slot::kOldestKey, kNewestKey, kRecencyWeight,
// kRecencyYearWeight).
// A stock xapian-tcpsrv runs only Xapian's classes, so an order computed by news-query's own (a
// KeyMaker, a PostingSource) cannot reach remote shards; these values let set_sort_by_value,
// ValueWeightPostingSource and OP_SCALE_WEIGHT give the same order anywhere.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/schema.h"

namespace news {

// The recency bonus halves every this many days (query/search.h has the formula). The weights
// stored in Slot::kRecencyWeight and kRecencyYearWeight depend on it: changing it needs a new
// schema version.
inline constexpr double kRecencyHalfLifeDays = 14;

// The length of a recency era in years (recency_era). 2^(20 * 366 / 14) is about 2^523, far
// inside a double's range both ways, where one reference time for all dates (1800 to 2199 is
// 2^10,400) would overflow.
inline constexpr int kRecencyEraYears = 20;

// Minutes since 1970-01-01T00:00 UTC (negative before) of a "YYYYMMDDHHMM" key
// (DateTime::sort_key), or nothing for a value that is not twelve digits of a valid date and time.
std::optional<std::int64_t> key_minutes(std::string_view key);

// The "YYYYMMDDHHMM" key of a minute since 1970 (key_minutes' inverse); years past 9999 give a
// longer key, which sorts after every twelve-digit one.
std::string minute_key(std::int64_t minutes);

// The key `--sort oldest` sorts by, ascending (Slot::kOldestKey): `published` (a kPublished
// value, "" for an undated article) then `order` (the kOrder value). `--sort newest` sorts
// ascending by newest_sort_key. Both sort dated articles first, ties by order, undated ones last.
std::string oldest_sort_key(std::string_view published, std::string_view order);
std::string newest_sort_key(std::string_view published, std::string_view order);

// A span of kRecencyEraYears years, from Jan 1 of a year divisible by kRecencyEraYears (UTC).
// Every dated article belongs to the era of its published year; its kRecencyWeight is counted
// from the era's end, so that the search can scale an era's weights by one factor.
struct RecencyEra {
  int first_year = 0;
  std::string first_key;       // "YYYY01010000" of first_year: the era's first kPublished value
  std::string last_key;        // "YYYY12312359" of its last year: the era's last kPublished value
  std::int64_t start_minutes;  // key_minutes of first_key
  std::int64_t end_minutes;    // key_minutes of the next era's first minute
};

// The era holding the minute `minutes` (key_minutes).
RecencyEra recency_era(std::int64_t minutes);

// The era after `era`.
RecencyEra next_era(const RecencyEra& era);

// The bonus of an article published at t, max_bonus * 2^(-(now - t) / h) for h the half-life,
// is computed as a factor, one per part of the archive and query, times a weight stored with the
// article: Xapian's OP_SCALE_WEIGHT on a ValueWeightPostingSource over that part's dates. Two
// things of Xapian 1.4 shape the weights:
// - A factor must be at most 1: Xapian hands a posting source the least weight the match still
//   wants as it is, not divided by the factor (ExternalPostList::next and skip_to), and a
//   ValuePostingSource ends itself when that passes its own, unscaled, maximum (with a factor of
//   2^400, `--recent --limit 10` missed the newest articles).
// - A part's maximum weight, the factor times the slot's largest value in the whole database,
//   must not be far above the bonuses the part gives: the matcher subtracts maxima from sums of
//   maxima, and a maximum 2^380 times the others swallowed them (a part that could never weigh
//   more than 1e-3 was taken for one that weighs 1e111, and the future articles were dropped).
// And a factor should not underflow while the bonuses it gives are still normal doubles (up to
// some 39 years old), so that the order of a pure filter's old articles stays the formula's. So
// each dated article stores two weights:
//   Slot::kRecencyWeight      2^((t - end) / h), end its 20-year era's end: about 2^-523 to 1.
//                             For an era that ended at least h * log2(max_bonus) before now, the
//                             factor max_bonus * 2^((end - now) / h) is at most 1, the part's
//                             maximum at most max_bonus, and the factor normal while the era's
//                             newest bonus is.
//   Slot::kRecencyYearWeight  2^((t - start) / h + 64), start its calendar year's start: 2^64 to
//                             about 2^90, for the years after those eras, a part per year: the
//                             factor max_bonus * 2^((start - now) / h - 64) is at most 1 (for
//                             max_bonus up to 2^64) and normal (the years are at most some 21),
//                             and the part's maximum at most max_bonus * 2^26 (the current
//                             year's, early in the year), earlier years' at most max_bonus.
double recency_weight(std::int64_t published_minutes);
double recency_year_weight(std::int64_t published_minutes);

// A part of the recency bonus: the articles published from first_key to last_key (kPublished
// values, both included) get the weight in `slot` times `factor`.
struct RecencyPart {
  std::string first_key;
  std::string last_key;
  Slot slot;
  double factor;

  friend bool operator==(const RecencyPart&, const RecencyPart&) = default;
};

// The parts that give every article published from `lowest` to `highest` (the kPublished bounds
// of the database) and up to `now_minutes` its bonus, above: the eras that ended long enough ago
// through kRecencyWeight, the years after them through kRecencyYearWeight. Parts whose factor
// underflows to 0 are left out: max_bonus * 2^(-age / h) is 0 for each of their articles too.
// None for a `lowest` that is not a key.
std::vector<RecencyPart> recency_parts(const std::string& lowest, const std::string& highest,
                                       std::int64_t now_minutes, double max_bonus);

}  // namespace news
