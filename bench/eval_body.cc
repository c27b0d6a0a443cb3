// eval-body: scores the HTML reader's article body (news::read_html, Article::body()) against the
// body gold of ../shared (html-article-body, html-fundus) with the article-extraction benchmark's
// metric (bench/body_score.h), per set and both together, for each part of the cut
// (bench/gold_split.h): the tuning pages, the sealed pages (read only as totals) and both.
//
//   eval-body [--shared DIR] [--json] [--show-pages]
//     --show-pages lists each tuning page's P, R, F1 and whether it is empty, worst first; sealed
//     pages are never shown.
//   eval-body --census [--shared DIR] [--json]
//     reads every page of the four HTML sets and counts the pages without a body, by part, naming
//     the tuning ones.
//   eval-body --page FILE.html        (the body read_html finds in one page, as plain text)
//
// Exit codes: 0 scored, or skipped because no set is present (a message says so); 2 usage error,
// an unreadable gold file or an unreadable --page file; 3 an internal error.
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "bench/body_evaluation.h"
#include "bench/evaluator_cli.h"
#include "common/strings.h"
#include "extract/html/reader.h"

namespace news::body_eval {
namespace {

namespace fs = std::filesystem;

struct Options {
  fs::path shared;
  bool json = false;
  bool show_pages = false;
  bool census = false;
  fs::path page;  // --page: print the body read_html finds in one file instead
};

void print_row(const std::string& name, const Totals& t) {
  fmt::print("{:<26} {:>5} {:>7.3f} {:>7.3f} {:>7.3f} {:>6}\n", name, t.pages, t.precision(),
             t.recall(), t.f1(), t.empty);
}

nlohmann::ordered_json totals_json(const Totals& t) {
  return {{"pages", t.pages},
          {"precision", t.precision()},
          {"recall", t.recall()},
          {"f1", t.f1()},
          {"empty", t.empty}};
}

// The tuning pages, worst F1 first (ties stay in set and gold order, so the listing is stable).
void print_pages(const Evaluation& evaluation) {
  std::vector<const PageResult*> tuning;
  for (const auto& page : evaluation.pages) {
    if (page.part == GoldPart::kTuning) tuning.push_back(&page);  // sealed: totals only
  }
  std::stable_sort(tuning.begin(), tuning.end(), [](const PageResult* a, const PageResult* b) {
    return page_f1(a->match) < page_f1(b->match);
  });
  fmt::print("\ntuning pages, worst first (P '-': nothing predicted, left out of the mean)\n");
  fmt::print("{:>7} {:>7} {:>7} {:>6}  {}\n", "P", "R", "F1", "empty", "page");
  for (const PageResult* page : tuning) {
    const std::string precision = counts_for_precision(page->match)
                                      ? fmt::format("{:.3f}", page_precision(page->match))
                                      : "-";
    fmt::print("{:>7} {:>7.3f} {:>7.3f} {:>6}  {}/{}\n", precision, page_recall(page->match),
               page_f1(page->match), page->empty ? "yes" : "", page->set, page->file);
  }
}

int run_census(const Options& options) {
  const std::vector<CensusSet> sets = census(options.shared);
  if (options.json) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const auto& set : sets) {
      out.push_back({{"set", set.name},
                     {"tuning_pages", set.tuning_pages},
                     {"sealed_pages", set.sealed_pages},
                     {"tuning_no_body", set.tuning_empty},
                     {"sealed_no_body", set.sealed_empty},
                     {"tuning_no_body_files", set.tuning_empty_files}});
    }
    std::cout << out.dump() << '\n';
    return 0;
  }
  fmt::print("{:<20} {:>6} {:>7} {:>7}   {:>14} {:>7} {:>7}\n", "set", "pages", "tuning", "sealed",
             "no body: tuning", "sealed", "all");
  for (const auto& set : sets) {
    fmt::print("{:<20} {:>6} {:>7} {:>7}   {:>14} {:>7} {:>7}\n", set.name,
               set.tuning_pages + set.sealed_pages, set.tuning_pages, set.sealed_pages,
               set.tuning_empty, set.sealed_empty, set.tuning_empty + set.sealed_empty);
  }
  for (const auto& set : sets) {
    if (set.tuning_empty_files.empty()) continue;
    fmt::print("\n{}: tuning pages without a body\n", set.name);
    for (const auto& file : set.tuning_empty_files) fmt::print("  {}\n", file);
  }
  return 0;
}

int run_scores(const Options& options) {
  const Evaluation evaluation = evaluate(options.shared);
  if (options.json) {
    nlohmann::ordered_json out;
    out["sets"] = nlohmann::ordered_json::array();
    for (const auto& set : evaluation.sets) {
      out["sets"].push_back({{"set", set.name},
                             {"tuning", totals_json(set.tuning)},
                             {"sealed", totals_json(set.sealed)},
                             {"all", totals_json(set.all)}});
    }
    out["overall"] = {{"tuning", totals_json(evaluation.tuning)},
                      {"sealed", totals_json(evaluation.sealed)},
                      {"all", totals_json(evaluation.all)}};
    std::cout << out.dump() << '\n';
    return 0;
  }
  fmt::print("{:<26} {:>5} {:>7} {:>7} {:>7} {:>6}\n", "set / part", "pages", "P", "R", "F1",
             "empty");
  for (const auto& set : evaluation.sets) {
    print_row(set.name + " tuning", set.tuning);
    print_row(set.name + " sealed", set.sealed);
    print_row(set.name + " all", set.all);
  }
  print_row("both sets tuning", evaluation.tuning);
  print_row("both sets sealed", evaluation.sealed);
  print_row("both sets all", evaluation.all);
  if (options.show_pages) print_pages(evaluation);
  return 0;
}

int run(const Options& options) {
  if (!options.page.empty()) {
    const Article article = read_html(read_page_file(options.page));
    if (has_no_body(article)) {
      std::cerr << "eval-body: no body found in " << options.page << '\n';
    } else {
      std::cout << article.body() << '\n';
    }
    return 0;
  }
  const std::vector<std::string>& sets = options.census ? kCensusSets : kBodySets;
  if (!any_set_present(options.shared, sets)) {
    std::cerr << "eval-body: skipped: none of " << join(sets, ", ") << " under "
              << (options.shared / "corpora") << " (is ../shared beside the project?)\n";
    return 0;
  }
  return options.census ? run_census(options) : run_scores(options);
}

}  // namespace
}  // namespace news::body_eval

int main(int argc, char** argv) {
  using namespace news::body_eval;
  Options options;
  CLI::App app{"Scores the HTML reader's article body against the body gold of the HTML corpora"};
  news::add_shared_option(app, options.shared, NEWS_DEFAULT_SHARED_DIR);
  app.add_flag("--json", options.json, "print the numbers as one JSON value");
  auto* show_pages = app.add_flag(
      "--show-pages", options.show_pages,
      "list each tuning page's P, R, F1 and emptiness, worst first (sealed pages: totals only)");
  auto* census_flag = app.add_flag(
      "--census", options.census,
      "read every page of the four HTML sets and count the pages in which no body is found");
  auto* page = app.add_option("--page", options.page,
                              "print the body read_html finds in one HTML file and exit");
  census_flag->excludes(show_pages);
  page->excludes(show_pages)->excludes(census_flag);
  return news::parse_and_run(app, argc, argv, "eval-body", [&] { return run(options); });
}
