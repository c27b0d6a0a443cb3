// The HTML reader's body over the HTML sets of ../shared/corpora: the scores eval-body prints and
// the integration test asserts (evaluate), and the census of pages in which the reader finds no
// body at all (census). Metric: bench/body_score.h; gold: bench/body_gold.h; the cut into tuning
// and sealed parts: bench/gold_split.h.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "bench/body_score.h"
#include "bench/gold_split.h"
#include "common/article.h"

namespace news::body_eval {

// The sets with body gold, as folder names under SHARED/corpora.
inline const std::vector<std::string> kBodySets = {"html-article-body", "html-fundus"};

// Every HTML set, whose pages the census reads.
inline const std::vector<std::string> kCensusSets = {"html-trafilatura", "html-fundus",
                                                     "html-postlight", "html-article-body"};

// Whether read_html found no body in the page: the article carries kNoBodyWarning
// (extract/html/reader.h) or has no paragraph.
bool has_no_body(const Article& article);

// One gold page as read and scored.
struct PageResult {
  std::string set;
  std::string file;  // the gold line's file
  GoldPart part = GoldPart::kTuning;
  Match match;
  bool empty = false;  // has_no_body
};

struct SetResult {
  std::string name;
  Totals all;  // both parts
  Totals tuning;
  Totals sealed;
};

struct Evaluation {
  std::vector<SetResult> sets;  // the sets present, in kBodySets order
  Totals all;                   // both parts of every set
  Totals tuning;
  Totals sealed;
  std::vector<PageResult> pages;  // in set and gold order
};

// Reads every gold page of the body sets present under SHARED_DIR/corpora with read_html and
// matches Article::body() against the gold text, adding each page to its set's totals and to those
// of its part. A set whose folder is absent is left out; a page file that cannot be read is scored
// as an empty article. Throws GoldError for an unreadable gold file.
Evaluation evaluate(const std::filesystem::path& shared_dir);

// One set's census: its page files read, and those without a body, by part.
struct CensusSet {
  std::string name;
  std::size_t tuning_pages = 0;
  std::size_t sealed_pages = 0;
  std::size_t tuning_empty = 0;
  std::size_t sealed_empty = 0;
  std::vector<std::string> tuning_empty_files;  // sorted; sealed ones are only counted
};

// Reads every regular file under SHARED_DIR/corpora/SET/pages of each set of kCensusSets present
// with read_html. A page's part is gold_part of its name ("pages/...") when the set's gold.jsonl
// has a line for it; a page without a gold line counts as tuning, since no gold of it is sealed.
// Throws GoldError for a malformed gold file.
std::vector<CensusSet> census(const std::filesystem::path& shared_dir);

}  // namespace news::body_eval
