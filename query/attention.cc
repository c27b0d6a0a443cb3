#include "query/attention.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string_view>

#include <fmt/format.h>

#include "common/safe_output.h"

namespace news {

namespace {

// The left eighths of a character cell, U+258F (one eighth) to U+2589 (seven eighths), then the
// full block U+2588: index n is n eighths.
constexpr std::string_view kEighths[] = {"",       "\u258f", "\u258e", "\u258d", "\u258c",
                                         "\u258b", "\u258a", "\u2589", "\u2588"};

// The fewest columns a bar gets however narrow the line: below that, bars stop telling counts
// apart.
constexpr int kMinBarColumns = 10;

// `count` of `peak` as a bar of at most `columns` cells, in eighths (unicode) or whole '#'.
std::string bar(std::uint64_t count, std::uint64_t peak, int columns, bool unicode) {
  if (count == 0 || peak == 0) return {};
  const int steps_per_cell = unicode ? 8 : 1;
  const double steps = static_cast<double>(count) / static_cast<double>(peak) *
                       static_cast<double>(columns * steps_per_cell);
  // At least one step, so that a count above zero never reads as zero.
  const auto length = std::max<long>(1, std::lround(steps));
  if (!unicode) return std::string(static_cast<std::size_t>(length), '#');
  std::string out;
  for (long i = 0; i < length / 8; ++i) out += kEighths[8];
  out += kEighths[length % 8];
  return out;
}

}  // namespace

void check_attention_table(const AttentionTable& table) {
  for (const auto& series : table.series) {
    if (series.counts.size() != table.periods.size())
      throw std::invalid_argument(fmt::format("attention series '{}' has {} counts for {} periods",
                                              escape_controls(series.label), series.counts.size(),
                                              table.periods.size()));
  }
}

std::uint64_t attention_total(const AttentionSeries& series) {
  std::uint64_t total = 0;
  for (const std::uint64_t count : series.counts) total += count;
  return total;
}

std::uint64_t attention_peak(const AttentionTable& table) {
  std::uint64_t peak = 0;
  for (const auto& series : table.series) {
    for (const std::uint64_t count : series.counts) peak = std::max(peak, count);
  }
  return peak;
}

std::string attention_heading(const AttentionTable& table) {
  std::string out = "Attention";
  if (!table.interval.empty()) out += " per " + table.interval;
  if (table.periods.empty()) return out;
  if (table.periods.size() == 1) return out + " in " + table.periods.front();
  return fmt::format("{}, {} to {}", out, table.periods.front(), table.periods.back());
}

std::string attention_text(const AttentionTable& table, int width, bool unicode) {
  check_attention_table(table);
  if (table.series.empty()) return "Attention: no one to show.\n";
  if (table.periods.empty()) return "Attention: no dated mentions to show.\n";
  const std::uint64_t peak = attention_peak(table);
  std::size_t period_width = 0;
  std::vector<std::string> periods;
  for (const auto& period : table.periods) {
    periods.push_back(escape_controls(period));
    period_width = std::max(period_width, periods.back().size());
  }
  const std::size_t count_width = fmt::formatted_size("{}", peak);
  // "  PERIOD  COUNT  BAR": what is left of the line is the bar's.
  const int used = static_cast<int>(2 + period_width + 2 + count_width + 2);
  const int columns = std::max(kMinBarColumns, width - used);

  std::string out = escape_controls(attention_heading(table));
  out += peak == 0 ? "; every count is zero.\n"
                   : fmt::format("; bars scaled to the largest count, {}.\n", peak);
  for (const auto& series : table.series) {
    out += fmt::format("\n{} ({}):\n", escape_controls(series.label), attention_total(series));
    for (std::size_t i = 0; i < periods.size(); ++i) {
      const std::uint64_t count = series.counts[i];
      std::string line =
          fmt::format("  {:<{}}  {:>{}}", periods[i], period_width, count, count_width);
      if (count > 0) line += "  " + bar(count, peak, columns, unicode);
      out += line + '\n';
    }
  }
  return out;
}

void attention_json(const AttentionTable& table, nlohmann::ordered_json& out) {
  check_attention_table(table);
  nlohmann::ordered_json series = nlohmann::ordered_json::array();
  for (const auto& one : table.series) {
    series.push_back(
        {{"label", one.label}, {"total", attention_total(one)}, {"counts", one.counts}});
  }
  out["interval"] = table.interval;
  out["periods"] = table.periods;
  out["series"] = std::move(series);
}

}  // namespace news
