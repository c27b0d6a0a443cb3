#include "query/svg_chart.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include <fmt/format.h>

#include "common/strings.h"

namespace news {

namespace {

// The Okabe-Ito palette (Okabe and Ito, "Color Universal Design", 2008), ordered so that the
// colours that stand out most on white come first: yellow, the faintest line on white, is last.
constexpr std::array<std::string_view, kMaxChartSeries> kPalette = {
    "#0072B2",  // blue
    "#E69F00",  // orange
    "#009E73",  // bluish green
    "#D55E00",  // vermillion
    "#CC79A7",  // reddish purple
    "#56B4E9",  // sky blue
    "#000000",  // black
    "#F0E442",  // yellow
};

// A text style: its size in pixels, and how wide one of its characters is taken to be, in ems.
// Without a font at hand the writer guesses widths to thin labels and fit the legend and title:
// 0.62 em is DejaVu Sans' digit, the widest of the usual sans-serif fonts, so a guess errs towards
// room to spare; its bold capitals reach 0.7 em. Characters from U+2E80 on (CJK, Hangul, emoji)
// are about 1 em in any style.
struct Font {
  double size;
  double em;
};
constexpr Font kText = {12, 0.62};
constexpr Font kTitle = {15, 0.7};  // bold
constexpr double kWideCharEm = 1.0;

constexpr double kPad = 16;             // around the chart
constexpr double kTickLength = 5;       // of an axis tick
constexpr double kLabelGap = 10;        // the least room between two period labels
constexpr double kLegendRow = 20;       // height of a legend row
constexpr double kSwatch = 12;          // side of a legend colour square
constexpr double kMarkerSpacing = 8;    // periods closer than this get no markers
constexpr double kMaxBarWidth = 48;     // a bar of one period does not fill the chart
constexpr double kMaxPeriodChars = 16;  // a period label longer than "2024-W11" is a mistake

// How many characters a legend label keeps at most: 40, fewer when the legend would otherwise take
// more than half of the height below the title (8 long names in a small chart).
constexpr std::array<double, 4> kLegendMaxChars = {40, 24, 16, 10};

// What the desc and the drawing say of an empty table.
constexpr std::string_view kNothing = "Nothing to chart: no people or no periods.";

// A number for an attribute: one decimal, '.', no "-0.0" (fmt ignores the locale unless asked).
std::string num(double value) {
  if (std::fabs(value) < 0.05) value = 0;
  return fmt::format("{:.1f}", value);
}

// `text` as valid UTF-8 without anything XML 1.0 refuses or a reader would not see: C0 controls
// and DEL removed (tab, line feed and carriage return become spaces: a label is one line), C1
// controls and U+FFFE/U+FFFF removed, bytes that are not UTF-8 replaced by U+FFFD.
std::string clean_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x20 || byte == 0x7F) {
      if (byte == '\t' || byte == '\n' || byte == '\r') out += ' ';
      ++i;
      continue;
    }
    if (byte < 0x80) {
      out += text[i++];
      continue;
    }
    const std::size_t length = utf8_sequence_length(text, i);
    if (length == 0) {
      out += "\uFFFD";
      ++i;
      continue;
    }
    const std::string_view sequence = text.substr(i, length);
    const bool dropped = is_c1_control_at(text, i) || sequence == "\uFFFE" || sequence == "\uFFFF";
    if (!dropped) out += sequence;
    i += length;
  }
  return out;
}

}  // namespace

// ' and " too, so that the result is safe in an attribute whichever quote it stands in.
std::string markup_entities(std::string_view clean) {
  std::string out;
  out.reserve(clean.size());
  for (const char c : clean) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

namespace {

// The code point starting at clean[i] (valid UTF-8) and its length.
std::pair<char32_t, std::size_t> code_point_at(std::string_view clean, std::size_t i) {
  const std::size_t length = std::max<std::size_t>(1, utf8_sequence_length(clean, i));
  const auto first = static_cast<unsigned char>(clean[i]);
  char32_t cp = length == 1 ? first : first & (0x7F >> length);
  for (std::size_t k = 1; k < length; ++k)
    cp = (cp << 6) | (static_cast<unsigned char>(clean[i + k]) & 0x3F);
  return {cp, length};
}

double char_width(char32_t cp, Font font) {
  return (cp >= 0x2E80 ? kWideCharEm : font.em) * font.size;
}

// The guessed width of `clean` in `font`.
double text_width(std::string_view clean, Font font = kText) {
  double width = 0;
  for (std::size_t i = 0; i < clean.size();) {
    const auto [cp, length] = code_point_at(clean, i);
    width += char_width(cp, font);
    i += length;
  }
  return width;
}

// `clean` cut to at most `max_width` (guessed) with "…" at the end when cut.
std::string cut(std::string_view clean, double max_width, Font font) {
  if (text_width(clean, font) <= max_width) return std::string(clean);
  const double room = max_width - char_width(U'\u2026', font);
  double width = 0;
  std::size_t end = 0;
  while (end < clean.size()) {
    const auto [cp, length] = code_point_at(clean, end);
    if (width + char_width(cp, font) > room) break;
    width += char_width(cp, font);
    end += length;
  }
  // "Person 1…", not "Person 1 …".
  while (end > 0 && clean[end - 1] == ' ') --end;
  return std::string(clean.substr(0, end)) + "\u2026";
}

// Round tick values for the y axis: the smallest step of 1, 2 or 5 times a power of ten (at least
// 1: counts are whole) that reaches `peak` in at most `intervals` steps; `top` is the last tick.
struct YTicks {
  std::uint64_t step = 1;
  std::uint64_t top = 1;
};

YTicks y_ticks(std::uint64_t peak, std::uint64_t intervals) {
  if (peak == 0) return {};  // an axis from 0 to 1: a flat line on the floor, not a division by 0
  for (std::uint64_t magnitude = 1;; magnitude *= 10) {
    for (const std::uint64_t m : {1, 2, 5}) {
      const std::uint64_t step = m * magnitude;
      const std::uint64_t steps = peak / step + (peak % step != 0 ? 1 : 0);
      if (steps <= intervals) return {step, steps * step};
    }
  }
}

// Every how many periods a label fits, preferring steps that make calendar sense: for months
// quarters, halves and years; for weeks four weeks, quarters (13), halves and years (52).
std::size_t label_every(double band, double label_width, bool weeks) {
  static constexpr std::array<std::size_t, 14> kMonthSteps = {1,  2,  3,  4,   6,   12,  24,
                                                              36, 48, 60, 120, 240, 600, 1200};
  static constexpr std::array<std::size_t, 14> kWeekSteps = {1,   2,   4,   8,   13,   26,   52,
                                                             104, 156, 260, 520, 1040, 2600, 5200};
  const double need = (label_width + kLabelGap) / band;
  for (const std::size_t k : weeks ? kWeekSteps : kMonthSteps) {
    if (static_cast<double>(k) >= need) return k;
  }
  return static_cast<std::size_t>(std::ceil(need));
}

struct LegendItem {
  double x = 0;
  double y = 0;             // top of its row
  std::string text;         // clean, cut
  std::string full;         // clean
  std::string_view colour;  // "" for the note on the series left out
};

// Where everything goes: the plot area [x0, x1] x [y0, y1], each period's band, the ticks and the
// legend.
struct Layout {
  double width = 0;
  double height = 0;
  std::string title;  // clean, cut to the width
  std::string full_title;
  double x0 = 0, x1 = 0, y0 = 0, y1 = 0;
  double band = 0;
  YTicks ticks;
  std::size_t label_every = 1;
  std::vector<LegendItem> legend;
  std::vector<std::string> periods;  // the period labels, clean, cut
  std::size_t drawn = 0;             // series drawn

  double x_centre(std::size_t period) const {
    return x0 + band * (static_cast<double>(period) + 0.5);
  }
  double y_of(std::uint64_t count) const {
    return y1 - static_cast<double>(count) / static_cast<double>(ticks.top) * (y1 - y0);
  }
};

// The legend's items in rows from y = 0 (moved below the plot once its height is known), wrapping
// at the chart's width, labels cut to `max_chars`; returns the rows' height.
double place_legend(const AttentionTable& table, Layout& layout, double max_chars) {
  layout.legend.clear();
  const double right = layout.width - kPad;
  const double max_text = std::min(max_chars * kText.em * kText.size, right - kPad - kSwatch - 6);
  double x = kPad;
  double y = 0;
  auto place = [&](std::string text, std::string full, std::string_view colour) {
    const double swatch = colour.empty() ? 0 : kSwatch + 6;
    const double item = swatch + text_width(text);
    if (x > kPad && x + item > right) {
      x = kPad;
      y += kLegendRow;
    }
    layout.legend.push_back({x, y, std::move(text), std::move(full), colour});
    x += item + 20;
  };
  for (std::size_t s = 0; s < layout.drawn; ++s) {
    const std::string full = clean_text(table.series[s].label);
    place(cut(full, max_text, kText), full, kPalette[s]);
  }
  if (table.series.size() > layout.drawn) {
    const std::size_t left_out = table.series.size() - layout.drawn;
    const std::string note = fmt::format("+{} more not drawn", left_out);
    place(note, note, "");
  }
  return layout.legend.empty() ? 0 : y + kLegendRow;
}

Layout lay_out(const AttentionTable& table, const SvgChartOptions& options) {
  Layout layout;
  layout.width = std::clamp(options.width, kMinChartWidth, kMaxChartSide);
  layout.height = std::clamp(options.height, kMinChartHeight, kMaxChartSide);
  layout.full_title = clean_text(options.title.empty() ? attention_heading(table) : options.title);
  layout.title = cut(layout.full_title, layout.width - 2 * kPad, kTitle);
  layout.drawn = std::min(table.series.size(), kMaxChartSeries);

  // Top to bottom: title, plot, period labels, legend.
  layout.y0 = kPad + kTitle.size + 18;
  const double labels_height = kTickLength + kText.size + 10;
  const double below_title = layout.height - layout.y0 - kPad - labels_height;
  double legend_height = 0;
  for (const double max_chars : kLegendMaxChars) {
    legend_height = place_legend(table, layout, max_chars);
    if (legend_height + 8 <= below_title / 2) break;
  }
  layout.y1 = layout.height - kPad - legend_height - (legend_height > 0 ? 8 : 0) - labels_height;
  for (auto& item : layout.legend) item.y += layout.y1 + labels_height + 8;

  // One tick interval per 40 pixels or so, 2 to 8 of them.
  const auto intervals =
      static_cast<std::uint64_t>(std::clamp((layout.y1 - layout.y0) / 40, 2.0, 8.0));
  layout.ticks = y_ticks(attention_peak(table), intervals);

  // Left to right: tick values, plot; the first and last period labels stand half outside the
  // plot, so the margins hold half a label.
  double label_width = 0;
  for (const auto& period : table.periods) {
    layout.periods.push_back(
        cut(clean_text(period), kMaxPeriodChars * kText.em * kText.size, kText));
    label_width = std::max(label_width, text_width(layout.periods.back()));
  }
  const double tick_labels = text_width(fmt::format("{}", layout.ticks.top));
  layout.x0 = std::max(kPad + tick_labels + kTickLength + 4, label_width / 2 + 4);
  layout.x1 = layout.width - std::max(kPad, label_width / 2 + 4);
  if (!table.periods.empty()) {
    layout.band = (layout.x1 - layout.x0) / static_cast<double>(table.periods.size());
    layout.label_every = label_every(layout.band, label_width, table.interval == "week");
  }
  return layout;
}

std::string describe(const AttentionTable& table, const SvgChartOptions& options,
                     std::size_t drawn) {
  if (table.series.empty() || table.periods.empty()) return std::string(kNothing);
  const std::string people =
      table.series.size() == 1 ? "1 person" : fmt::format("{} people", table.series.size());
  std::string out = fmt::format(
      "{} chart of counts{} for {}, {}{}.", options.kind == ChartKind::kBar ? "Bar" : "Line",
      table.interval.empty() ? "" : " per " + table.interval, people, table.periods.front(),
      table.periods.size() == 1 ? "" : " to " + table.periods.back());
  for (std::size_t s = 0; s < drawn; ++s) {
    const auto& series = table.series[s];
    const auto most = std::max_element(series.counts.begin(), series.counts.end());
    out += fmt::format(" {}: {} in all", series.label, attention_total(series));
    if (*most > 0)
      out += fmt::format(", most {} in {}", *most, table.periods[most - series.counts.begin()]);
    out += '.';
  }
  if (table.series.size() > drawn)
    out += fmt::format(" {} more not drawn.", table.series.size() - drawn);
  return out;
}

// "NAME, PERIOD: COUNT", escaped, for the <title> of a point or bar.
std::string tooltip(const AttentionTable& table, std::size_t series, std::size_t period) {
  return xml_escape(fmt::format("{}, {}: {}", table.series[series].label, table.periods[period],
                                table.series[series].counts[period]));
}

void draw_axes(const AttentionTable& table, const Layout& layout, std::string& out) {
  out += "<g class=\"grid\" stroke=\"#dddddd\" stroke-width=\"1\">\n";
  for (std::uint64_t value = layout.ticks.step; value <= layout.ticks.top;
       value += layout.ticks.step) {
    const std::string y = num(layout.y_of(value));
    out += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>\n", num(layout.x0), y,
                       num(layout.x1), y);
  }
  out += "</g>\n";
  out += "<g class=\"y-axis\" stroke=\"#333333\" stroke-width=\"1\">\n";
  out += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\"/>\n", num(layout.x0),
                     num(layout.y0), num(layout.y1));
  for (std::uint64_t value = 0; value <= layout.ticks.top; value += layout.ticks.step) {
    const double y = layout.y_of(value);
    out += fmt::format(
        "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>"
        "<text x=\"{}\" y=\"{}\" stroke=\"none\" fill=\"#333333\" text-anchor=\"end\">{}</text>\n",
        num(layout.x0 - kTickLength), num(y), num(layout.x0), num(y),
        num(layout.x0 - kTickLength - 3), num(y + kText.size * 0.35), value);
  }
  out += "</g>\n";
  out += "<g class=\"x-axis\" stroke=\"#333333\" stroke-width=\"1\">\n";
  out += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{2}\" y2=\"{1}\"/>\n", num(layout.x0),
                     num(layout.y1), num(layout.x1));
  for (std::size_t i = 0; i < table.periods.size(); i += layout.label_every) {
    const std::string x = num(layout.x_centre(i));
    out += fmt::format(
        "<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\"/>"
        "<text x=\"{0}\" y=\"{3}\" stroke=\"none\" fill=\"#333333\" "
        "text-anchor=\"middle\">{4}</text>\n",
        x, num(layout.y1), num(layout.y1 + kTickLength),
        num(layout.y1 + kTickLength + kText.size + 2), markup_entities(layout.periods[i]));
  }
  out += "</g>\n";
}

void draw_lines(const AttentionTable& table, const Layout& layout, std::string& out) {
  const bool markers = layout.band >= kMarkerSpacing || table.periods.size() == 1;
  for (std::size_t s = 0; s < layout.drawn; ++s) {
    const auto& counts = table.series[s].counts;
    std::string points;
    for (std::size_t i = 0; i < counts.size(); ++i) {
      if (i > 0) points += ' ';
      points += num(layout.x_centre(i)) + ',' + num(layout.y_of(counts[i]));
    }
    out += fmt::format("<g class=\"series\" fill=\"{0}\" stroke=\"{0}\">\n", kPalette[s]);
    out += fmt::format(
        "<polyline fill=\"none\" stroke-width=\"2\" stroke-linejoin=\"round\" points=\"{}\"/>\n",
        points);
    for (std::size_t i = 0; markers && i < counts.size(); ++i) {
      out +=
          fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"3.5\"><title>{}</title></circle>\n",
                      num(layout.x_centre(i)), num(layout.y_of(counts[i])), tooltip(table, s, i));
    }
    out += "</g>\n";
  }
}

void draw_bars(const AttentionTable& table, const Layout& layout, std::string& out) {
  const auto drawn = static_cast<double>(layout.drawn);
  // A group fills 80% of its period, its bars no wider than kMaxBarWidth; bars of 4 pixels and
  // more keep a pixel apart.
  const double bar = std::min(layout.band * 0.8 / drawn, kMaxBarWidth);
  const double gap = bar >= 4 ? 1 : 0;
  for (std::size_t s = 0; s < layout.drawn; ++s) {
    out += fmt::format("<g class=\"series\" fill=\"{}\">\n", kPalette[s]);
    const auto& counts = table.series[s].counts;
    for (std::size_t i = 0; i < counts.size(); ++i) {
      if (counts[i] == 0) continue;
      const double x = layout.x_centre(i) - bar * drawn / 2 + bar * static_cast<double>(s);
      const double y = layout.y_of(counts[i]);
      out += fmt::format(
          "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"><title>{}</title></rect>\n",
          num(x + gap / 2), num(y), num(bar - gap), num(layout.y1 - y), tooltip(table, s, i));
    }
    out += "</g>\n";
  }
}

void draw_legend(const Layout& layout, std::string& out) {
  out += "<g class=\"legend\">\n";
  for (const auto& item : layout.legend) {
    double text_x = item.x;
    if (!item.colour.empty()) {
      out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>",
                         num(item.x), num(item.y + 3), num(kSwatch), num(kSwatch), item.colour);
      text_x += kSwatch + 6;
    }
    out += fmt::format("<text x=\"{}\" y=\"{}\" fill=\"#333333\">{}", num(text_x),
                       num(item.y + 3 + kSwatch - 2), markup_entities(item.text));
    if (item.text != item.full) out += fmt::format("<title>{}</title>", markup_entities(item.full));
    out += "</text>\n";
  }
  out += "</g>\n";
}

}  // namespace

std::string xml_escape(std::string_view text) {
  return markup_entities(clean_text(text));
}

std::string attention_svg(const AttentionTable& table, const SvgChartOptions& options) {
  check_attention_table(table);
  const Layout layout = lay_out(table, options);
  const std::string width = num(layout.width);
  const std::string height = num(layout.height);
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"{0}\" height=\"{1}\" "
      "viewBox=\"0 0 {0} {1}\" role=\"img\" aria-labelledby=\"attention-title attention-desc\" "
      "font-family=\"DejaVu Sans, Verdana, Arial, sans-serif\" font-size=\"{2}\">\n",
      width, height, num(kText.size));
  out +=
      fmt::format("<title id=\"attention-title\">{}</title>\n", markup_entities(layout.full_title));
  out += fmt::format("<desc id=\"attention-desc\">{}</desc>\n",
                     xml_escape(describe(table, options, layout.drawn)));
  // A white ground: a transparent chart is unreadable in a viewer with a dark background.
  out += fmt::format("<rect x=\"0.0\" y=\"0.0\" width=\"{}\" height=\"{}\" fill=\"#ffffff\"/>\n",
                     width, height);
  out += fmt::format(
      "<text class=\"title\" x=\"{}\" y=\"{}\" font-size=\"{}\" font-weight=\"bold\" "
      "fill=\"#222222\">{}</text>\n",
      num(kPad), num(kPad + kTitle.size - 3), num(kTitle.size), markup_entities(layout.title));
  if (table.series.empty() || table.periods.empty()) {
    out +=
        fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"#555555\">{}</text>\n",
                    num(layout.width / 2), num(layout.height / 2), kNothing);
  } else {
    draw_axes(table, layout, out);
    if (options.kind == ChartKind::kBar) {
      draw_bars(table, layout, out);
    } else {
      draw_lines(table, layout, out);
    }
    draw_legend(layout, out);
  }
  out += "</svg>\n";
  return out;
}

}  // namespace news
