// query/attention.h and query/svg_chart.h: the text table's exact layout, the JSON arrays, and the
// SVG chart read back with libxml2 (well-formed, the right number of points and bars, every
// coordinate inside the viewBox, hostile labels escaped, round y ticks, period labels apart), then
// rendered to PNG with rsvg-convert when it is installed.
#include "query/attention.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <locale>
#include <map>
#include <regex>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "query/svg_chart.h"

namespace news {
namespace {

AttentionTable three_months() {
  return {"month",
          {"2024-01", "2024-02", "2024-03"},
          {{"Sergey Lavrov", {12, 0, 2}}, {"Antony Blinken", {3, 5, 0}}}};
}

// `n` months from 2020-01 on, with counts that rise and fall per series.
AttentionTable months(std::size_t n, std::size_t people) {
  AttentionTable table;
  table.interval = "month";
  for (std::size_t i = 0; i < n; ++i)
    table.periods.push_back(fmt::format("{}-{:02}", 2020 + i / 12, i % 12 + 1));
  for (std::size_t p = 0; p < people; ++p) {
    AttentionSeries series{fmt::format("Person {}", p + 1), {}};
    for (std::size_t i = 0; i < n; ++i) series.counts.push_back((i * (p + 3) + p * 7) % 17);
    table.series.push_back(series);
  }
  return table;
}

TEST(AttentionText, Layout) {
  struct Case {
    const char* name;
    AttentionTable table;
    int width;
    bool unicode;
    std::string text;
  };
  const Case cases[] = {
      // Width 36 leaves 36 - (2 + 7 + 2 + 2 + 2) = 21 columns of bar: 12 fills them, 5 is
      // 5/12 * 21 = 8.75 (8 and six eighths), 3 is 5.25, 2 is 3.5.
      {"unicode eighths", three_months(), 36, true,
       "Attention per month, 2024-01 to 2024-03; bars scaled to the largest count, 12.\n"
       "\n"
       "Sergey Lavrov (14):\n"
       "  2024-01  12  █████████████████████\n"
       "  2024-02   0\n"
       "  2024-03   2  ███▌\n"
       "\n"
       "Antony Blinken (8):\n"
       "  2024-01   3  █████▎\n"
       "  2024-02   5  ████████▊\n"
       "  2024-03   0\n"},
      {"ascii rounds to whole characters", three_months(), 36, false,
       "Attention per month, 2024-01 to 2024-03; bars scaled to the largest count, 12.\n"
       "\n"
       "Sergey Lavrov (14):\n"
       "  2024-01  12  #####################\n"
       "  2024-02   0\n"
       "  2024-03   2  ####\n"
       "\n"
       "Antony Blinken (8):\n"
       "  2024-01   3  #####\n"
       "  2024-02   5  #########\n"
       "  2024-03   0\n"},
      // A width too small for anything still gets 10 columns; 1 of 1000 is 0.01 of a column but
      // shows the smallest bar, so it does not look like a zero.
      {"narrow line, tiny count",
       {"week", {"2024-W10", "2024-W11"}, {{"A", {1000, 1}}}},
       5,
       false,
       "Attention per week, 2024-W10 to 2024-W11; bars scaled to the largest count, 1000.\n"
       "\n"
       "A (1001):\n"
       "  2024-W10  1000  ##########\n"
       "  2024-W11     1  #\n"},
      {"one period, zero only",
       {"week", {"2024-W11"}, {{"A", {0}}}},
       80,
       true,
       "Attention per week in 2024-W11; every count is zero.\n\nA (0):\n  2024-W11  0\n"},
      {"no one", {"month", {"2024-01"}, {}}, 80, true, "Attention: no one to show.\n"},
      {"no periods",
       {"month", {}, {{"A", {}}}},
       80,
       true,
       "Attention: no dated mentions to show.\n"},
      // A name from an article must not drive the terminal.
      {"label escaped",
       {"month", {"2024-01"}, {{"Eve\x1b]0;pwned\x07 \xC2\x9B", {1}}}},
       30,
       false,
       "Attention per month in 2024-01; bars scaled to the largest count, 1.\n"
       "\n"
       "Eve\\x1b]0;pwned\\x07 \\u009b (1):\n"
       "  2024-01  1  ################\n"},
  };
  for (const auto& c : cases)
    EXPECT_EQ(attention_text(c.table, c.width, c.unicode), c.text) << c.name;
}

TEST(AttentionTable, CountsMustMatchPeriods) {
  const AttentionTable table{"month", {"2024-01", "2024-02"}, {{"A", {1, 2}}, {"B", {1}}}};
  EXPECT_THROW(check_attention_table(table), std::invalid_argument);
  EXPECT_THROW(attention_text(table, 80, true), std::invalid_argument);
  nlohmann::ordered_json json;
  EXPECT_THROW(attention_json(table, json), std::invalid_argument);
  EXPECT_THROW(attention_svg(table, {}), std::invalid_argument);
}

TEST(AttentionJson, ParallelArrays) {
  nlohmann::ordered_json json = {{"version", 1}};
  attention_json(three_months(), json);
  EXPECT_EQ(json.dump(),
            R"({"version":1,"interval":"month","periods":["2024-01","2024-02","2024-03"],)"
            R"("series":[{"label":"Sergey Lavrov","total":14,"counts":[12,0,2]},)"
            R"({"label":"Antony Blinken","total":8,"counts":[3,5,0]}]})");
  nlohmann::ordered_json empty;
  attention_json({"week", {}, {}}, empty);
  EXPECT_EQ(empty.dump(), R"({"interval":"week","periods":[],"series":[]})");
}

TEST(XmlEscape, Cases) {
  struct Case {
    const char* name;
    std::string text;
    std::string escaped;
  };
  const Case cases[] = {
      {"plain", "Sergey Lavrov", "Sergey Lavrov"},
      {"markup", "<script>alert(\"x\")</script>",
       "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"},
      {"ampersand and apostrophe", "AT&T's", "AT&amp;T&apos;s"},
      {"an entity is text", "&amp;", "&amp;amp;"},
      {"C0 and DEL removed",
       "a\x01\x1b[2J\x7f"
       "b",
       "a[2Jb"},
      {"line breaks and tabs become spaces", "a\nb\r\tc", "a b  c"},
      {"C1 removed",
       "a\xC2\x9B"
       "b",
       "ab"},
      {"non-characters removed",
       "a\xEF\xBF\xBE\xEF\xBF\xBF"
       "b",
       "ab"},
      {"not UTF-8", "caf\xE9", "caf\xEF\xBF\xBD"},
      {"UTF-8 kept", "Лавров 拉夫罗夫", "Лавров 拉夫罗夫"},
  };
  for (const auto& c : cases) EXPECT_EQ(xml_escape(c.text), c.escaped) << c.name;
}

// An SVG document read back with libxml2, with what the tests look at collected from its tree.
struct ParsedSvg {
  int errors = 0;
  bool root_ok = false;  // <svg> in the SVG namespace with a viewBox of its size
  double width = 0;
  double height = 0;
  std::vector<std::string> first_children;  // names of the root's first two elements
  std::size_t polylines = 0;
  std::size_t polyline_points = 0;
  std::size_t circles = 0;
  std::size_t bars = 0;                                  // rects inside a series group
  std::vector<std::string> elements;                     // every element's name
  std::vector<std::string> outside;                      // coordinates outside the viewBox
  std::vector<std::string> numbers;                      // every numeric attribute as written
  std::vector<double> y_ticks;                           // values of the y axis' labels
  std::vector<double> y_tick_heights;                    // and where they stand (y)
  std::vector<std::pair<double, std::string>> x_labels;  // the x axis' labels and where
  std::vector<std::string> legend;                       // legend texts (their own text only)
  std::string title;
  std::string desc;
};

std::string attribute(xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (!value) return {};
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

// The text of `node`'s own text children (not of a nested <title>).
std::string own_text(xmlNode* node) {
  std::string out;
  for (xmlNode* child = node->children; child; child = child->next) {
    if (child->type == XML_TEXT_NODE) out += reinterpret_cast<const char*>(child->content);
  }
  return out;
}

std::string name_of(xmlNode* node) {
  return reinterpret_cast<const char*>(node->name);
}

void check_inside(ParsedSvg& svg, xmlNode* node, const char* name, double low, double high) {
  const std::string value = attribute(node, name);
  if (value.empty()) return;
  svg.numbers.push_back(value);
  const double number = std::strtod(value.c_str(), nullptr);
  if (number < low || number > high)
    svg.outside.push_back(fmt::format("{} {}={}", name_of(node), name, value));
}

void walk(ParsedSvg& svg, xmlNode* node, const std::string& group) {
  for (; node; node = node->next) {
    if (node->type != XML_ELEMENT_NODE) continue;
    const std::string name = name_of(node);
    svg.elements.push_back(name);
    for (const char* x : {"x", "x1", "x2", "cx"}) check_inside(svg, node, x, 0, svg.width);
    for (const char* y : {"y", "y1", "y2", "cy"}) check_inside(svg, node, y, 0, svg.height);
    if (name == "rect") {
      const double x = std::strtod(attribute(node, "x").c_str(), nullptr);
      const double y = std::strtod(attribute(node, "y").c_str(), nullptr);
      check_inside(svg, node, "width", 0, svg.width - x);
      check_inside(svg, node, "height", 0, svg.height - y);
      if (group == "series") ++svg.bars;
    }
    if (name == "circle") ++svg.circles;
    if (name == "polyline") {
      ++svg.polylines;
      std::istringstream points(attribute(node, "points"));
      std::string point;
      while (points >> point) {
        ++svg.polyline_points;
        const auto comma = point.find(',');
        const double x = std::strtod(point.substr(0, comma).c_str(), nullptr);
        const double y = std::strtod(point.substr(comma + 1).c_str(), nullptr);
        svg.numbers.push_back(point.substr(0, comma));
        svg.numbers.push_back(point.substr(comma + 1));
        if (x < 0 || x > svg.width || y < 0 || y > svg.height)
          svg.outside.push_back("polyline point " + point);
      }
    }
    if (name == "text" && group == "y-axis") {
      svg.y_ticks.push_back(std::strtod(own_text(node).c_str(), nullptr));
      svg.y_tick_heights.push_back(std::strtod(attribute(node, "y").c_str(), nullptr));
    }
    if (name == "text" && group == "x-axis")
      svg.x_labels.emplace_back(std::strtod(attribute(node, "x").c_str(), nullptr), own_text(node));
    if (name == "text" && group == "legend") svg.legend.push_back(own_text(node));
    const std::string css = attribute(node, "class");
    walk(svg, node->children, name == "g" ? css : group);
  }
}

void count_error(void* errors, xmlErrorPtr) {
  ++*static_cast<int*>(errors);
}

ParsedSvg parse_svg(const std::string& text) {
  ParsedSvg svg;
  xmlSetStructuredErrorFunc(&svg.errors, count_error);
  xmlDoc* doc = xmlReadMemory(text.data(), static_cast<int>(text.size()), "chart.svg", nullptr,
                              XML_PARSE_NONET);
  xmlSetStructuredErrorFunc(nullptr, nullptr);
  if (!doc) {
    ++svg.errors;
    return svg;
  }
  xmlNode* root = xmlDocGetRootElement(doc);
  svg.width = std::strtod(attribute(root, "width").c_str(), nullptr);
  svg.height = std::strtod(attribute(root, "height").c_str(), nullptr);
  svg.root_ok =
      name_of(root) == "svg" && root->ns &&
      std::string(reinterpret_cast<const char*>(root->ns->href)) == "http://www.w3.org/2000/svg" &&
      attribute(root, "viewBox") ==
          fmt::format("0 0 {} {}", attribute(root, "width"), attribute(root, "height"));
  for (xmlNode* child = root->children; child && svg.first_children.size() < 2;
       child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    svg.first_children.push_back(name_of(child));
    if (name_of(child) == "title") svg.title = own_text(child);
    if (name_of(child) == "desc") svg.desc = own_text(child);
  }
  walk(svg, root->children, "");
  xmlFreeDoc(doc);
  return svg;
}

// What every chart must be, whatever its table: well-formed SVG, accessible, inside its viewBox,
// numbers in one fixed form, round y ticks up to the peak, period labels apart.
void expect_sound(const ParsedSvg& svg, const AttentionTable& table, const std::string& name) {
  EXPECT_EQ(svg.errors, 0) << name;
  EXPECT_TRUE(svg.root_ok) << name;
  EXPECT_EQ(svg.first_children, (std::vector<std::string>{"title", "desc"})) << name;
  EXPECT_FALSE(svg.title.empty()) << name;
  EXPECT_FALSE(svg.desc.empty()) << name;
  EXPECT_TRUE(svg.outside.empty())
      << name << ": " << fmt::format("{}", fmt::join(svg.outside, "; "));
  const std::regex fixed(R"(-?[0-9]+\.[0-9])");
  for (const auto& number : svg.numbers)
    EXPECT_TRUE(std::regex_match(number, fixed)) << name << ": " << number;
  if (table.series.empty() || table.periods.empty()) return;
  // y ticks: from 0 in equal steps of 1, 2 or 5 times a power of ten, reaching the peak.
  ASSERT_GE(svg.y_ticks.size(), 2u) << name;
  EXPECT_EQ(svg.y_ticks.front(), 0) << name;
  const double step = svg.y_ticks[1] - svg.y_ticks[0];
  const double magnitude = std::pow(10, std::floor(std::log10(step)));
  const double mantissa = step / magnitude;
  EXPECT_TRUE(mantissa == 1 || mantissa == 2 || mantissa == 5) << name << ": step " << step;
  for (std::size_t i = 1; i < svg.y_ticks.size(); ++i)
    EXPECT_EQ(svg.y_ticks[i] - svg.y_ticks[i - 1], step) << name;
  EXPECT_GE(svg.y_ticks.back(), static_cast<double>(attention_peak(table))) << name;
  EXPECT_LE(svg.y_ticks.size(), 9u) << name;
  // Higher values higher up, at least 20 pixels apart: the plot has kept room for itself.
  for (std::size_t i = 1; i < svg.y_tick_heights.size(); ++i)
    EXPECT_GE(svg.y_tick_heights[i - 1] - svg.y_tick_heights[i], 20) << name;
  // Period labels: the first period always, and never closer than 0.7 em per character, which
  // is more than the digits and '-' of DejaVu Sans (0.64 and 0.36 em) take.
  ASSERT_FALSE(svg.x_labels.empty()) << name;
  EXPECT_EQ(svg.x_labels.front().second, table.periods.front()) << name;
  for (std::size_t i = 1; i < svg.x_labels.size(); ++i) {
    const double room = svg.x_labels[i].first - svg.x_labels[i - 1].first;
    EXPECT_GE(room, 0.7 * 12 * static_cast<double>(svg.x_labels[i].second.size()))
        << name << ": " << svg.x_labels[i - 1].second << " and " << svg.x_labels[i].second;
  }
}

std::size_t nonzero(const AttentionTable& table, std::size_t series) {
  std::size_t n = 0;
  for (std::size_t s = 0; s < std::min(series, table.series.size()); ++s) {
    for (const auto count : table.series[s].counts) n += count > 0 ? 1 : 0;
  }
  return n;
}

TEST(AttentionSvg, Shapes) {
  AttentionTable long_label = three_months();
  long_label.series[0].label = std::string(300, 'W') + " the end";
  AttentionTable weeks;
  weeks.interval = "week";
  for (int i = 0; i < 156; ++i)
    weeks.periods.push_back(fmt::format("{}-W{:02}", 2021 + i / 52, i % 52 + 1));
  weeks.series.push_back({"Only one", std::vector<std::uint64_t>(156, 0)});
  weeks.series[0].counts[100] = 123457;
  AttentionTable long_names = months(24, 8);
  for (auto& series : long_names.series) series.label += std::string(60, 'x');
  AttentionTable long_period = three_months();
  long_period.periods[1] = std::string(500, '9');
  const AttentionTable one_period{"month", {"2024-01"}, {{"A", {3}}}};
  const AttentionTable zeros{"month", {"2024-01", "2024-02"}, {{"A", {0, 0}}}};
  struct Case {
    const char* name;
    AttentionTable table;
    ChartKind kind;
    int width;
    int height;
    std::size_t polylines;
    std::size_t points;   // of the polylines
    std::size_t circles;  // markers
    std::size_t bars;
  };
  const Case cases[] = {
      {"line", three_months(), ChartKind::kLine, 800, 400, 2, 6, 6, 0},
      {"bar: no bar for a zero", three_months(), ChartKind::kBar, 800, 400, 0, 0, 0, 4},
      {"one period line: a marker", one_period, ChartKind::kLine, 800, 400, 1, 1, 1, 0},
      {"one period bar", one_period, ChartKind::kBar, 800, 400, 0, 0, 0, 1},
      {"zero only", zeros, ChartKind::kLine, 800, 400, 1, 2, 2, 0},
      {"zero only bars", zeros, ChartKind::kBar, 800, 400, 0, 0, 0, 0},
      // 120 periods in 800 pixels are 6 pixels apart: no markers.
      {"120 months line", months(120, 3), ChartKind::kLine, 800, 400, 3, 360, 0, 0},
      {"120 months bar", months(120, 3), ChartKind::kBar, 800, 400, 0, 0, 0,
       nonzero(months(120, 3), 3)},
      {"156 weeks, a large peak", weeks, ChartKind::kLine, 800, 400, 1, 156, 0, 0},
      {"10 people: 8 drawn", months(6, 10), ChartKind::kLine, 800, 400, 8, 48, 48, 0},
      {"10 people bars", months(6, 10), ChartKind::kBar, 800, 400, 0, 0, 0,
       nonzero(months(6, 10), 8)},
      {"long label", long_label, ChartKind::kLine, 800, 400, 2, 6, 6, 0},
      {"smallest width", months(24, 8), ChartKind::kBar, 100, 400, 0, 0, 0,
       nonzero(months(24, 8), 8)},
      {"8 long names, smallest size", long_names, ChartKind::kLine, 320, 240, 8, 192, 192, 0},
      {"a period label too long", long_period, ChartKind::kLine, 320, 240, 2, 6, 6, 0},
      {"empty", {"month", {}, {}}, ChartKind::kLine, 800, 400, 0, 0, 0, 0},
      {"no one", {"month", {"2024-01"}, {}}, ChartKind::kBar, 800, 400, 0, 0, 0, 0},
  };
  for (const auto& c : cases) {
    const std::string svg_text = attention_svg(c.table, {c.kind, c.width, c.height, ""});
    const ParsedSvg svg = parse_svg(svg_text);
    expect_sound(svg, c.table, c.name);
    EXPECT_EQ(svg.polylines, c.polylines) << c.name;
    EXPECT_EQ(svg.polyline_points, c.points) << c.name;
    EXPECT_EQ(svg.circles, c.circles) << c.name;
    EXPECT_EQ(svg.bars, c.bars) << c.name;
  }
}

TEST(AttentionSvg, LegendNamesEveryoneDrawnAndCountsTheRest) {
  const ParsedSvg ten = parse_svg(attention_svg(months(6, 10), {}));
  ASSERT_EQ(ten.legend.size(), 9u);
  EXPECT_EQ(ten.legend.front(), "Person 1");
  EXPECT_EQ(ten.legend[7], "Person 8");
  EXPECT_EQ(ten.legend.back(), "+2 more not drawn");
  EXPECT_NE(ten.desc.find("2 more not drawn"), std::string::npos) << ten.desc;

  AttentionTable long_label = three_months();
  long_label.series[0].label = std::string(300, 'W') + " the end";
  const ParsedSvg cut = parse_svg(attention_svg(long_label, {}));
  ASSERT_EQ(cut.legend.size(), 2u);
  EXPECT_LE(cut.legend[0].size(), 43u);  // at most 40 characters and the ellipsis (3 bytes)
  EXPECT_EQ(cut.legend[0].substr(cut.legend[0].size() - 3), "\u2026");
  EXPECT_EQ(cut.legend[1], "Antony Blinken");
}

TEST(AttentionSvg, HostileTextIsOnlyText) {
  const std::string hostile = "<script>alert('x')</script> & \"Q\" \x1b[2J\x01\xC2\x9B\xFF";
  AttentionTable table = three_months();
  table.series[0].label = hostile;
  table.periods[1] = "<b>&";
  const std::string text = attention_svg(table, {ChartKind::kBar, 800, 400, hostile});
  EXPECT_EQ(text.find("<script"), std::string::npos);
  EXPECT_EQ(text.find('\x1b'), std::string::npos);
  EXPECT_EQ(text.find("\xC2\x9B"), std::string::npos);
  const ParsedSvg svg = parse_svg(text);
  expect_sound(svg, table, "hostile");
  for (const auto& element : svg.elements) EXPECT_NE(element, "script");
  // What a reader sees: the label as text, controls gone, the stray byte a U+FFFD.
  const std::string shown = "<script>alert('x')</script> & \"Q\" [2J\xEF\xBF\xBD";
  EXPECT_EQ(svg.title, shown);
  ASSERT_FALSE(svg.legend.empty());
  EXPECT_EQ(svg.legend[0], shown);
  EXPECT_NE(svg.desc.find(shown), std::string::npos) << svg.desc;
}

// A numpunct with a decimal comma, as a German locale has; none may be installed.
struct DecimalComma : std::numpunct<char> {
  char do_decimal_point() const override { return ','; }
};

TEST(AttentionSvg, NumbersIgnoreTheLocale) {
  const std::locale before = std::locale::global(std::locale(std::locale(), new DecimalComma));
  const std::string text = attention_svg(months(5, 2), {});
  std::locale::global(before);
  expect_sound(parse_svg(text), months(5, 2), "decimal comma locale");
  EXPECT_EQ(text, attention_svg(months(5, 2), {}));
}

// The directory of rsvg-convert on PATH, or "" when it is not there.
std::filesystem::path find_on_path(const std::string& program) {
  const char* path = std::getenv("PATH");
  std::istringstream dirs(path ? path : "");
  std::string dir;
  while (std::getline(dirs, dir, ':')) {
    const std::filesystem::path candidate = std::filesystem::path(dir) / program;
    std::error_code error;
    if (!dir.empty() && std::filesystem::is_regular_file(candidate, error)) return candidate;
  }
  return {};
}

std::uint32_t big_endian(const std::string& bytes, std::size_t at) {
  std::uint32_t value = 0;
  for (std::size_t i = 0; i < 4; ++i)
    value = (value << 8) | static_cast<unsigned char>(bytes[at + i]);
  return value;
}

// The charts rendered by a real SVG renderer, kept in the build tree to be looked at
// (tests/attention_charts/*.png): a renderer that rejects the SVG fails here, and the PNG must
// have the chart's size.
TEST(AttentionSvg, RendersToPng) {
  const std::filesystem::path rsvg = find_on_path("rsvg-convert");
  if (rsvg.empty())
    GTEST_SKIP() << "rsvg-convert is not on PATH (Debian: apt-get install librsvg2-bin); the SVG "
                    "is checked by libxml2 only";
  const std::filesystem::path dir = std::filesystem::path(TEST_OUTPUT_DIR) / "attention_charts";
  std::filesystem::create_directories(dir);
  AttentionTable sample{"month",
                        {"2023-07", "2023-08", "2023-09", "2023-10", "2023-11", "2023-12",
                         "2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06"},
                        {{"Sergey Lavrov", {4, 7, 12, 9, 3, 0, 2, 6, 11, 8, 5, 4}},
                         {"Volodymyr Zelenskyy", {9, 5, 6, 10, 12, 7, 4, 3, 8, 9, 6, 2}},
                         {"Antony Blinken", {1, 0, 0, 3, 5, 2, 0, 0, 1, 4, 2, 1}}}};
  AttentionTable weeks;
  weeks.interval = "week";
  for (int i = 0; i < 130; ++i)
    weeks.periods.push_back(fmt::format("{}-W{:02}", 2022 + i / 52, i % 52 + 1));
  for (int p = 0; p < 5; ++p) {
    AttentionSeries series{fmt::format("Speaker number {} with a rather long name", p + 1), {}};
    for (int i = 0; i < 130; ++i)
      series.counts.push_back(static_cast<std::uint64_t>(
          20 + p * 6 + 15 * std::sin((i + p * 9) / 8.0) + (i * (p + 2)) % 7));
    weeks.series.push_back(series);
  }
  AttentionTable crowded = months(24, 8);
  for (auto& series : crowded.series) series.label += " of the Ministry of Foreign Affairs";
  AttentionTable long_label = sample;
  long_label.series[1].label =
      "Volodymyr Oleksandrovych Zelenskyy, President of Ukraine, speaking "
      "at the United Nations General Assembly in New York";
  struct Case {
    const char* name;
    AttentionTable table;
    SvgChartOptions options;
  };
  const Case cases[] = {
      {"line", sample, {ChartKind::kLine, 800, 400, "Quoted per month"}},
      {"bar", sample, {ChartKind::kBar, 800, 400, ""}},
      {"weeks", weeks, {ChartKind::kLine, 900, 450, ""}},
      {"many", months(30, 10), {ChartKind::kBar, 640, 360, ""}},
      {"small", sample, {ChartKind::kLine, 320, 240, std::string(80, 'T')}},
      {"long_label", long_label, {ChartKind::kBar, 800, 400, ""}},
      {"crowded", crowded, {ChartKind::kLine, 320, 240, ""}},
      {"empty", {"month", {}, {}}, {ChartKind::kLine, 400, 240, ""}},
  };
  for (const auto& c : cases) {
    const std::filesystem::path svg = dir / (std::string(c.name) + ".svg");
    const std::filesystem::path png = dir / (std::string(c.name) + ".png");
    std::ofstream(svg, std::ios::binary) << attention_svg(c.table, c.options);
    std::filesystem::remove(png);
    const std::string command =
        fmt::format("'{}' -o '{}' '{}'", rsvg.string(), png.string(), svg.string());
    ASSERT_EQ(std::system(command.c_str()), 0) << command;
    std::ifstream in(png, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    ASSERT_GT(bytes.size(), 24u) << c.name;
    EXPECT_EQ(bytes.substr(0, 8), "\x89PNG\r\n\x1a\n") << c.name;
    EXPECT_EQ(bytes.substr(12, 4), "IHDR") << c.name;
    EXPECT_EQ(big_endian(bytes, 16), static_cast<std::uint32_t>(c.options.width)) << c.name;
    EXPECT_EQ(big_endian(bytes, 20), static_cast<std::uint32_t>(c.options.height)) << c.name;
  }
}

}  // namespace
}  // namespace news
