// eval-metadata: scores the HTML reader (news::read_html) on the HTML corpora of ../shared
// (html-trafilatura, html-fundus, html-postlight): title, publication date and authors against
// each set's gold.jsonl, per set and overall, for each part of the cut (bench/gold_split.h): the
// tuning pages, the sealed pages (read only as totals) and both. The matching conventions are in
// bench/metadata_score.h and docs/html.md.
//
//   eval-metadata [--shared DIR] [--show-misses] [--json]
//     --show-misses lists the wrong fields of tuning pages only; sealed pages are never shown.
//   eval-metadata --page FILE.html        (what the reader makes of one page, as JSON)
//
// Exit codes: 0 scored, or skipped because no HTML set is present (a message says so); 2 usage
// error or an unreadable gold file; 3 an internal error.
#include <filesystem>
#include <iostream>
#include <string>

#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "bench/evaluator_cli.h"
#include "bench/metadata_score.h"
#include "common/strings.h"
#include "extract/html/reader.h"

namespace news::metadata_eval {
namespace {

namespace fs = std::filesystem;

struct Options {
  fs::path shared;
  bool show_misses = false;
  bool json = false;
  fs::path page;  // --page: print what read_html makes of one file instead
};

void print_row(const std::string& name, const Totals& t) {
  fmt::print("{:<25} {:>5} {:>8.1f} {:>8.1f} {:>8.3f} {:>8.3f} {:>8.3f} {:>8.1f}\n", name, t.pages,
             t.title_pct(), t.date_pct(), t.author_precision(), t.author_recall(), t.author_f1(),
             t.authors_exact_pct());
}

nlohmann::ordered_json totals_json(const std::string& name, const Totals& t) {
  return {{"set", name},
          {"pages", t.pages},
          {"title_pct", t.title_pct()},
          {"date_pct", t.date_pct()},
          {"authors_precision", t.author_precision()},
          {"authors_recall", t.author_recall()},
          {"authors_f1", t.author_f1()},
          {"authors_exact_pct", t.authors_exact_pct()}};
}

void print_misses(const Evaluation& evaluation) {
  for (const auto& page : evaluation.pages) {
    const PageScore& s = page.score;
    const bool authors_ok = s.authors_exact;
    if (page.part != GoldPart::kTuning) continue;  // sealed pages are read only as totals
    if (s.title_ok && s.date_ok && authors_ok) continue;
    fmt::print("\n{}/{}\n", page.set, page.gold.file);
    if (!s.title_ok)
      fmt::print("  title   gold: {}\n          got:  {}\n", page.gold.title, page.article.title);
    if (!s.date_ok)
      fmt::print("  date    gold: {}\n          got:  {}\n", page.gold.date,
                 page.article.published ? page.article.published->to_iso() : "(none)");
    if (!authors_ok)
      fmt::print("  authors gold: {}\n          got:  {}\n", join(s.gold_authors, "; "),
                 join(page.article.authors, "; "));
  }
}

int run(const Options& options) {
  if (!options.page.empty()) {
    std::cout << to_json(read_html(read_page_file(options.page))).dump(2) << '\n';
    return 0;
  }
  if (!any_set_present(options.shared, kHtmlSets)) {
    std::cerr << "eval-metadata: skipped: no HTML corpora under " << (options.shared / "corpora")
              << " (is ../shared beside the project?)\n";
    return 0;
  }
  const Evaluation evaluation = evaluate(options.shared);
  if (options.json) {
    nlohmann::ordered_json out;
    out["sets"] = nlohmann::ordered_json::array();
    for (const auto& set : evaluation.sets) {
      nlohmann::ordered_json row = totals_json(set.name, set.totals);
      row["tuning"] = totals_json(set.name, set.tuning);
      row["sealed"] = totals_json(set.name, set.sealed);
      out["sets"].push_back(std::move(row));
    }
    out["overall"] = totals_json("overall", evaluation.overall);
    out["overall"]["tuning"] = totals_json("overall", evaluation.overall_tuning);
    out["overall"]["sealed"] = totals_json("overall", evaluation.overall_sealed);
    std::cout << out.dump() << '\n';
    return 0;
  }
  fmt::print("{:<25} {:>5} {:>8} {:>8} {:>8} {:>8} {:>8} {:>8}\n", "set / part", "pages", "title%",
             "date%", "auth-P", "auth-R", "auth-F1", "exact%");
  for (const auto& set : evaluation.sets) {
    print_row(set.name + " tuning", set.tuning);
    print_row(set.name + " sealed", set.sealed);
    print_row(set.name + " all", set.totals);
  }
  print_row("overall tuning", evaluation.overall_tuning);
  print_row("overall sealed", evaluation.overall_sealed);
  print_row("overall all", evaluation.overall);
  if (options.show_misses) print_misses(evaluation);
  return 0;
}

}  // namespace
}  // namespace news::metadata_eval

int main(int argc, char** argv) {
  using namespace news::metadata_eval;
  Options options;
  CLI::App app{"Scores the HTML reader's title, date and authors against the HTML corpora's gold"};
  news::add_shared_option(app, options.shared, NEWS_DEFAULT_SHARED_DIR);
  app.add_flag("--show-misses", options.show_misses,
               "list the wrong fields of each tuning page (sealed pages are read only as totals)");
  app.add_flag("--json", options.json, "print the numbers as one JSON object");
  app.add_option("--page", options.page,
                 "print the article read_html makes of one HTML file (as JSON) and exit");
  return news::parse_and_run(app, argc, argv, "eval-metadata", [&] { return run(options); });
}
