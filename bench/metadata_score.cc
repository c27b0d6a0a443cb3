#include "bench/metadata_score.h"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "common/strings.h"
#include "extract/html/reader.h"

namespace news::metadata_eval {

namespace fs = std::filesystem;

namespace {

// Lower-cases ASCII and the Latin-1 capitals (À..Þ but ×), which is what titles and names in the
// gold need; other letters are compared as written.
std::string lower_latin(std::string_view s) {
  std::string out = lower_ascii(s);
  for (std::size_t i = 0; i + 1 < out.size(); ++i) {
    const auto lead = static_cast<unsigned char>(out[i]);
    const auto next = static_cast<unsigned char>(out[i + 1]);
    if (lead == 0xC3 && next >= 0x80 && next <= 0x9E && next != 0x97)
      out[i + 1] = static_cast<char>(next + 0x20);
  }
  return out;
}

// Folds the typographic variants of quotes, apostrophes, dashes and spaces to ASCII, and collapses
// whitespace.
std::string fold_punctuation(std::string_view s) {
  static const std::vector<std::pair<std::string_view, std::string_view>> kFolds = {
      {"\xE2\x80\x98", "'"},  {"\xE2\x80\x99", "'"},  {"\xE2\x80\x9A", "'"},
      {"\xE2\x80\x9B", "'"},  {"\xE2\x80\xB2", "'"},  {"\xE2\x80\x9C", "\""},
      {"\xE2\x80\x9D", "\""}, {"\xE2\x80\x9E", "\""}, {"\xE2\x80\x9F", "\""},
      {"\xE2\x80\xB3", "\""}, {"\xC2\xAB", "\""},     {"\xC2\xBB", "\""},
      {"\xE2\x80\x90", "-"},  {"\xE2\x80\x91", "-"},  {"\xE2\x80\x92", "-"},
      {"\xE2\x80\x93", "-"},  {"\xE2\x80\x94", "-"},  {"\xE2\x80\x95", "-"},
      {"\xC2\xA0", " "},      {"\xE2\x80\xAF", " "},  {"\xE3\x80\x80", " "},
      {"\xE2\x80\x8B", ""}};
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    bool folded = false;
    for (const auto& [from, to] : kFolds) {
      if (s.substr(i).starts_with(from)) {
        out += to;
        i += from.size();
        folded = true;
        break;
      }
    }
    if (!folded) out += is_space(s[i]) ? ' ' : s[i], ++i;
  }
  std::string collapsed;
  for (auto word : split(out, " ")) {
    if (!collapsed.empty()) collapsed += ' ';
    collapsed += word;
  }
  return collapsed;
}

// A gold date: the calendar day as written, and the time and offset when it gives them.
struct GoldDate {
  int year = 0;
  int month = 0;
  int day = 0;
  std::optional<int> offset_minutes;
};

std::optional<GoldDate> parse_gold_date(std::string_view text) {
  text = trim(text);
  const auto digits = [&](std::size_t at, std::size_t n) -> std::optional<int> {
    if (at + n > text.size()) return std::nullopt;
    int value = 0;
    for (std::size_t i = at; i < at + n; ++i) {
      if (text[i] < '0' || text[i] > '9') return std::nullopt;
      value = value * 10 + (text[i] - '0');
    }
    return value;
  };
  const auto year = digits(0, 4);
  const auto month = digits(5, 2);
  const auto day = digits(8, 2);
  if (!year || !month || !day || text[4] != '-' || text[7] != '-') return std::nullopt;
  GoldDate date{*year, *month, *day, std::nullopt};
  if (text.size() <= 10) return date;
  // A time follows: the offset, if any, is at the end ("Z", "+00:00", "-0400").
  if (text.ends_with("Z")) {
    date.offset_minutes = 0;
  } else if (text.size() >= 16) {
    std::string_view tail = text.substr(text.size() - 6);
    if ((tail[0] == '+' || tail[0] == '-') && tail[3] == ':') {
      const auto h = digits(text.size() - 5, 2);
      const auto m = digits(text.size() - 2, 2);
      if (h && m) date.offset_minutes = (tail[0] == '-' ? -1 : 1) * (*h * 60 + *m);
    }
  }
  return date;
}

}  // namespace

std::vector<GoldPage> load_gold(const fs::path& set_dir) {
  const fs::path path = set_dir / "gold.jsonl";
  std::ifstream in(path);
  if (!in) throw GoldError("cannot read " + path.string());
  std::vector<GoldPage> pages;
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (trim(line).empty()) continue;
    const auto where = [&] { return path.string() + ":" + std::to_string(number); };
    const nlohmann::json record = nlohmann::json::parse(line, nullptr, false);
    if (record.is_discarded() || !record.is_object())
      throw GoldError(where() + ": not a JSON object");
    GoldPage page;
    if (!record.contains("file") || !record["file"].is_string())
      throw GoldError(where() + ": no \"file\"");
    page.file = record["file"].get<std::string>();
    if (record.contains("title") && record["title"].is_string())
      page.title = record["title"].get<std::string>();
    if (record.contains("authors") && record["authors"].is_array()) {
      for (const auto& author : record["authors"]) {
        if (author.is_string()) page.authors.push_back(author.get<std::string>());
      }
    }
    if (record.contains("date") && record["date"].is_string())
      page.date = record["date"].get<std::string>();
    pages.push_back(std::move(page));
  }
  return pages;
}

std::string normalise_title(std::string_view title) {
  return lower_latin(fold_punctuation(title));
}

std::string normalise_name(std::string_view name) {
  return lower_latin(fold_punctuation(name));
}

bool same_day(std::string_view gold_date, const std::optional<DateTime>& extracted) {
  if (!extracted) return false;
  const auto gold = parse_gold_date(gold_date);
  if (!gold) return false;
  int year = extracted->year;
  int month = extracted->month;
  int day = extracted->day;
  if (gold->offset_minutes && extracted->utc_offset_minutes &&
      extracted->precision == DatePrecision::kMinute) {
    using namespace std::chrono;
    const sys_days local{year_month_day{std::chrono::year{year},
                                        std::chrono::month{static_cast<unsigned>(month)},
                                        std::chrono::day{static_cast<unsigned>(day)}}};
    const auto moved = local + hours{extracted->hour} + minutes{extracted->minute} -
                       minutes{*extracted->utc_offset_minutes} + minutes{*gold->offset_minutes};
    const year_month_day ymd{floor<days>(moved)};
    year = static_cast<int>(ymd.year());
    month = static_cast<int>(static_cast<unsigned>(ymd.month()));
    day = static_cast<int>(static_cast<unsigned>(ymd.day()));
  }
  return year == gold->year && month == gold->month && day == gold->day;
}

PageScore score_page(const GoldPage& gold, const Article& article) {
  PageScore score;
  score.title_ok =
      !gold.title.empty() && normalise_title(gold.title) == normalise_title(article.title);
  score.date_ok = same_day(gold.date, article.published);
  std::set<std::string> gold_names;
  for (const auto& author : gold.authors) {
    for (const auto& name : split_author_names(author)) {
      if (gold_names.insert(normalise_name(name)).second) score.gold_authors.push_back(name);
    }
  }
  std::set<std::string> predicted;
  for (const auto& author : article.authors) predicted.insert(normalise_name(author));
  for (const auto& name : predicted) {
    if (gold_names.contains(name)) {
      ++score.author_tp;
    } else {
      ++score.author_fp;
    }
  }
  score.author_fn = gold_names.size() - score.author_tp;
  score.authors_exact = predicted == gold_names;
  return score;
}

void Totals::add(const PageScore& score) {
  add(Totals{1, score.title_ok, score.date_ok, score.author_tp, score.author_fp, score.author_fn,
             score.authors_exact});
}

void Totals::add(const Totals& other) {
  pages += other.pages;
  title_ok += other.title_ok;
  date_ok += other.date_ok;
  author_tp += other.author_tp;
  author_fp += other.author_fp;
  author_fn += other.author_fn;
  authors_exact += other.authors_exact;
}

namespace {
double ratio(std::size_t part, std::size_t whole) {
  return whole == 0 ? 0.0 : static_cast<double>(part) / static_cast<double>(whole);
}
}  // namespace

double Totals::title_pct() const {
  return 100.0 * ratio(title_ok, pages);
}
double Totals::date_pct() const {
  return 100.0 * ratio(date_ok, pages);
}
double Totals::author_precision() const {
  return ratio(author_tp, author_tp + author_fp);
}
double Totals::author_recall() const {
  return ratio(author_tp, author_tp + author_fn);
}
double Totals::author_f1() const {
  const double p = author_precision();
  const double r = author_recall();
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}
double Totals::authors_exact_pct() const {
  return 100.0 * ratio(authors_exact, pages);
}

Evaluation evaluate(const fs::path& shared_dir) {
  Evaluation evaluation;
  for (const auto& name : kHtmlSets) {
    const fs::path set_dir = shared_dir / "corpora" / name;
    std::error_code ec;
    if (!fs::is_directory(set_dir, ec)) continue;
    SetResult set{name, {}, {}, {}};
    for (auto& gold : load_gold(set_dir)) {
      std::ifstream in(set_dir / gold.file, std::ios::binary);
      const std::string bytes((std::istreambuf_iterator<char>(in)),
                              std::istreambuf_iterator<char>());
      const GoldPart part = gold_part(gold.file);
      PageResult page{name, part, std::move(gold), read_html(bytes), {}};
      page.score = score_page(page.gold, page.article);
      set.totals.add(page.score);
      (part == GoldPart::kSealed ? set.sealed : set.tuning).add(page.score);
      evaluation.pages.push_back(std::move(page));
    }
    evaluation.overall.add(set.totals);
    evaluation.overall_tuning.add(set.tuning);
    evaluation.overall_sealed.add(set.sealed);
    evaluation.sets.push_back(std::move(set));
  }
  return evaluation;
}

}  // namespace news::metadata_eval
