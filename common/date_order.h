// Date order as values that Xapian's own classes read: the sort keys of `--sort oldest|newest`
// and the recency weight of `--recent` (schema.h: Slot::kOldestKey, kNewestKey, kRecencyWeight).
// A stock xapian-tcpsrv runs only Xapian's classes, so an order computed by news-query's own (a
// KeyMaker, a PostingSource) cannot reach remote shards; these values let set_sort_by_value,
// ValueWeightPostingSource and OP_SCALE_WEIGHT give the same order anywhere.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace news {

// The recency bonus halves every this many days (query/search.h has the formula). The weights
// stored in Slot::kRecencyWeight depend on it: changing it needs a new schema version.
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
// Every dated article belongs to the era of its published year; its recency weight is counted
// from the era's end, so that the search can scale each era's weights by one factor.
struct RecencyEra {
  int first_year = 0;
  std::string first_key;     // "YYYY01010000" of first_year: the era's first kPublished value
  std::string last_key;      // "YYYY12312359" of its last year: the era's last kPublished value
  std::int64_t end_minutes;  // key_minutes of the next era's first minute
};

// The era holding the minute `minutes` (key_minutes).
RecencyEra recency_era(std::int64_t minutes);

// The era after `era`.
RecencyEra next_era(const RecencyEra& era);

// The recency weight of an article published at `published_minutes` (key_minutes of its
// kPublished value): 2^((t - end) / half-life), end being its era's end_minutes. At most 1 and
// at least about 2^-523, so a double holds it exactly enough (Xapian::sortable_serialise loses
// nothing of a double). The bonus at time `now` is max_bonus * 2^((end - now) / half-life) times
// this: 2^(-(now - t) / half-life), as the formula wants.
double recency_weight(std::int64_t published_minutes);

// The factor that turns the weights of `era` into bonuses at `now_minutes`:
// max_bonus * 2^((era.end_minutes - now_minutes) / half-life). It is 0 when that underflows,
// when max_bonus * 2^(-age / half-life) is 0 too for every article of the era.
double recency_scale(const RecencyEra& era, std::int64_t now_minutes, double max_bonus);

}  // namespace news
