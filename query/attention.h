// Attention over time (issue 17, item 4): how often each of a few people was counted per month or
// week, as news-query shows it with --attention: a table with bars for a terminal, and arrays for
// JSON (docs/json.md, "$defs/attention" in docs/schema/news-query-people.schema.json). The SVG
// chart of --plot is query/svg_chart.h. Plain data in, text out: nothing here knows of Xapian or
// of how the counts were made, so the rendering is tested on its own.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace news {

// One person's counts: counts[i] belongs to AttentionTable::periods[i].
struct AttentionSeries {
  std::string label;                  // the person's name as shown; untrusted (article text)
  std::vector<std::uint64_t> counts;  // one per period, zeros included
};

// Counts per period for some people, most important first (the chart draws the first
// kMaxChartSeries; the text and JSON show them all).
struct AttentionTable {
  std::string interval;              // "month" or "week", as --attention names it
  std::vector<std::string> periods;  // in time order, none left out: "2024-03" or "2024-W11"
                                     // (ISO week), as --histogram writes them
  std::vector<AttentionSeries> series;
};

// Throws std::invalid_argument unless every series has one count per period: a table put together
// wrongly is a bug of the caller, and drawing it would shift counts into the wrong periods.
void check_attention_table(const AttentionTable& table);

// The sum of a series' counts.
std::uint64_t attention_total(const AttentionSeries& series);

// The largest count in the table; 0 when it has none.
std::uint64_t attention_peak(const AttentionTable& table);

// What the table shows, as the text table and the chart head it: "Attention per month, 2024-01 to
// 2024-06" ("Attention per week in 2024-W11" for one period, "Attention" with none). Raw text:
// each output escapes it its own way.
std::string attention_heading(const AttentionTable& table);

// The table for a terminal, one block per person (as `git shortlog` groups by author): a line
// "NAME (TOTAL):", then one line per period, every period shown, zeros too (a gap in attention is
// news), with the exact count and a bar:
//
//   Attention per month, 2024-01 to 2024-03; bars scaled to the largest count, 12.
//
//   Sergey Lavrov (14):
//     2024-01  12  ████████████████████████████████████████
//     2024-02   0
//     2024-03   2  ██████▋
//
// One scale for the whole table, so that blocks compare: the largest count fills the bar space, a
// count c gets c/largest of it, rounded to an eighth of a character with `unicode` (the block
// characters ▏▎▍▌▋▊▉█) or to a whole '#' without it, and any count above zero gets at least the
// smallest bar, so that it never looks like a zero. `width` is the width of a line in columns
// (the terminal's); the bars get what the period and count columns leave, but at least 10.
// Labels pass through escape_controls (common/safe_output.h): a name from an article must not
// drive the terminal. An empty table (no period or no person) gives one line saying so. Throws as
// check_attention_table.
std::string attention_text(const AttentionTable& table, int width, bool unicode);

// Writes the table into `out` (an object; other keys are left alone) as
//   "interval": "month", "periods": ["2024-01", ...],
//   "series": [{"label": "Sergey Lavrov", "total": 14, "counts": [12, 0, 2]}, ...]
// counts parallel to periods; the schema is "$defs/attention" in
// docs/schema/news-query-people.schema.json. Labels are written as they are: dump_json
// (query/output.h) makes the JSON safe to print. Throws as check_attention_table.
void attention_json(const AttentionTable& table, nlohmann::ordered_json& out);

}  // namespace news
