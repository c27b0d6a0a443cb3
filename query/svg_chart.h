// The chart of news-query --plot FILE.svg: attention over time (query/attention.h) as a line or
// grouped-bar chart in SVG, written by hand (no plotting library: the chart is a few dozen
// elements, and a writer of our own keeps every string escaped and every number in a fixed form).
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include "query/attention.h"
#include "query/enum_names.h"

namespace news {

// What a series is drawn as.
enum class ChartKind {
  kLine,  // one line per person through the periods' counts; reads best for many periods
  kBar,   // grouped bars, one group per period and one bar per person; reads best for few
};

// The names of the kinds, as --plot-kind takes them.
inline constexpr std::array<EnumName<ChartKind>, 2> kChartKindNames = {{
    {ChartKind::kLine, "line"},
    {ChartKind::kBar, "bar"},
}};

// The most series a chart draws: the colours of the Okabe-Ito palette, which people with any of
// the common colour-vision deficiencies can tell apart. Series past these are left out of the
// drawing (the table is given most important first); the legend and the description say how many,
// and the text and JSON outputs still have them.
inline constexpr std::size_t kMaxChartSeries = 8;

// The size limits of a chart in pixels: a smaller size cannot hold the axes, labels and legend,
// and a larger one is a mistake. Sizes outside are brought to the nearest limit.
inline constexpr int kMinChartWidth = 320;
inline constexpr int kMinChartHeight = 240;
inline constexpr int kMaxChartSide = 10000;

// How attention_svg draws the chart.
struct SvgChartOptions {
  ChartKind kind = ChartKind::kLine;
  int width = 800;    // pixels, from kMinChartWidth to kMaxChartSide
  int height = 400;   // pixels, from kMinChartHeight to kMaxChartSide
  std::string title;  // shown above the chart; "" for "Attention per month, 2024-01 to 2024-06"
};

// The table as a standalone SVG 1.1 document (UTF-8, with the XML declaration, xmlns and a
// viewBox of the chart's size, so it scales): a <title> and a <desc> for screen readers (the desc
// gives each person's total and peak), the title drawn on top, a y axis from 0 with round tick
// values (steps of 1, 2 or 5 times a power of ten, whole numbers), an x axis with the periods as
// categories, their labels thinned to every k-th period so that no two overlap, and a legend
// below. Line: one polyline per person, with a marker per period while the periods are at least
// 8 pixels apart (always for a single period). Bar: for each period a group with one bar per
// person whose count is above zero; with many periods and people bars get thin (under a pixel for
// 8 people over 100 periods in 800 pixels: a line chart reads better there). Every point and bar
// carries a <title> ("NAME, PERIOD: COUNT"), which viewers show on hover.
// Text from the table and the options is made safe for XML: '&', '<', '>', '"' and '\'' as
// entities; control characters (C0, DEL, C1) and the non-characters U+FFFE and U+FFFF removed
// (tab and line feeds become spaces); bytes that are not UTF-8 become U+FFFD. Names are cut with
// "…" to fit the legend (at most 40 characters; down to 10 when the legend would otherwise take
// more than half the height below the title), period labels at 16 characters, the title to the
// width; the <title>s keep them whole.
// Numbers are written with one decimal and a '.', whatever the locale. An empty table gives a
// valid document saying there is nothing to chart. Throws as check_attention_table.
std::string attention_svg(const AttentionTable& table, const SvgChartOptions& options);

// `text` with the characters markup gives meaning to (& < > " ') as entities, and nothing else
// changed: for text already cleaned of what may not appear in it (news-serve's HTML keeps line
// feeds that xml_escape turns into spaces).
std::string markup_entities(std::string_view text);

// `text` made safe as XML character data or an attribute value, as attention_svg does with every
// text it writes (above). Exposed for the tests.
std::string xml_escape(std::string_view text);

}  // namespace news
