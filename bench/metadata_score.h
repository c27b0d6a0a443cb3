// Scoring the HTML reader's metadata (title, date, authors) against the gold of the HTML corpora in
// ../shared/corpora: what eval-metadata prints and what the integration test asserts, computed by
// one piece of code. Conventions (docs/html.md, "Measuring"):
//  - title correct: equal after folding Unicode quotes and dashes to ASCII, collapsing whitespace
//    and lower-casing;
//  - date correct: the same calendar day as the page states it. When the gold date has a UTC
//    offset and the extracted one has an offset and a time, the extracted time is moved into the
//    gold's offset first; otherwise the calendar days are compared as written;
//  - authors: gold author strings are split with split_author_names (the splitter the reader uses
//    for metadata), so "A, B and C" is three names; names are compared after collapsing whitespace,
//    lower-casing and folding curly apostrophes (accents kept). Precision, recall and F1 are micro
//    averages over pages; "exact" counts pages whose two sets are equal.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bench/gold_error.h"
#include "bench/gold_split.h"
#include "common/article.h"

namespace news::metadata_eval {

// The HTML sets, as folder names under SHARED/corpora.
inline const std::vector<std::string> kHtmlSets = {"html-trafilatura", "html-fundus",
                                                   "html-postlight"};

struct GoldPage {
  std::string file;  // relative to the set's folder
  std::string title;
  std::vector<std::string> authors;  // as the gold writes them, unsplit
  std::string date;                  // ISO 8601 day, or timestamp with or without offset
};

// The pages of SET_DIR/gold.jsonl. Throws GoldError for a missing file or a malformed line.
std::vector<GoldPage> load_gold(const std::filesystem::path& set_dir);

std::string normalise_title(std::string_view title);
std::string normalise_name(std::string_view name);

// Whether `extracted` falls on the gold date's calendar day (see the conventions above).
bool same_day(std::string_view gold_date, const std::optional<DateTime>& extracted);

struct PageScore {
  bool title_ok = false;
  bool date_ok = false;
  std::size_t author_tp = 0;
  std::size_t author_fp = 0;
  std::size_t author_fn = 0;
  bool authors_exact = false;
  std::vector<std::string> gold_authors;  // after splitting
};

PageScore score_page(const GoldPage& gold, const Article& article);

struct Totals {
  std::size_t pages = 0;
  std::size_t title_ok = 0;
  std::size_t date_ok = 0;
  std::size_t author_tp = 0;
  std::size_t author_fp = 0;
  std::size_t author_fn = 0;
  std::size_t authors_exact = 0;

  void add(const PageScore& score);
  void add(const Totals& other);
  double title_pct() const;
  double date_pct() const;
  double author_precision() const;
  double author_recall() const;
  double author_f1() const;
  double authors_exact_pct() const;
};

// One page as read and scored.
struct PageResult {
  std::string set;
  GoldPart part = GoldPart::kTuning;  // gold_part(gold.file)
  GoldPage gold;
  Article article;
  PageScore score;
};

struct SetResult {
  std::string name;
  Totals totals;  // both parts
  Totals tuning;
  Totals sealed;
};

struct Evaluation {
  std::vector<SetResult> sets;  // the sets present, in kHtmlSets order
  Totals overall;               // both parts of every set
  Totals overall_tuning;
  Totals overall_sealed;
  std::vector<PageResult> pages;
};

// Reads every gold page of the HTML sets present under SHARED_DIR/corpora with read_html and
// scores it, adding each page to its set's totals and to those of its part (bench/gold_split.h). A
// set whose folder is absent is left out; a page file that cannot be read is scored as an empty
// article. Throws GoldError for an unreadable gold file.
Evaluation evaluate(const std::filesystem::path& shared_dir);

}  // namespace news::metadata_eval
