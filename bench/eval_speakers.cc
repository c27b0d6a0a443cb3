// eval-speakers: scores the quote extractor (news::extract_quotes) against hand-made gold sets,
// following ../shared/docs/quotes.md, "Evaluation protocol and targets", with the scoring of
// bench/speaker_score.h (the unit of evaluation, and the matching and macro conventions, are
// documented at its top). This file holds the command line and the reports.
//
//   eval-speakers --gold FILE.jsonl --texts DIR [--style uk|us] [--verbose] [--json]
//   eval-speakers --corpus DIR [--verbose] [--json]
//   either form also takes --min-precision P and --min-recall R (micro figures), for CI.
//
// Exit codes: 0 scored (and every threshold given was met); 1 a threshold was not met; 2 usage
// error, or a gold file or article text that cannot be read or parsed; 3 the extractor threw
// (it promises never to) or another internal error.
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "bench/speaker_score.h"
#include "common/article.h"
#include "common/error.h"
#include "extract/quotes/extractor.h"
#include "extract/text/reader.h"

namespace news::speaker_eval {

constexpr int kExitOk = 0;
constexpr int kExitThreshold = 1;
constexpr int kExitInput = 2;
constexpr int kExitInternal = 3;

// extract_quotes broke its "never throws" contract.
class ExtractorError : public Error {
 public:
  using Error::Error;
};

// ---------------------------------------------------------------------------------------------
// Reports

// What was evaluated, for the report header.
struct RunInfo {
  std::string set;    // gold file or corpus directory
  std::string texts;  // texts directory
  std::string style;  // "uk", "us", or "" when not given
};

std::string format_value(std::optional<double> value) {
  return value ? fmt::format("{:.3f}", *value) : "n/a";
}

// "0.912 (83/91)": every figure with the counts it comes from.
std::string format_ratio(const Ratio& r) {
  return fmt::format("{} ({}/{})", format_value(r.value()), r.hit, r.total);
}

std::string format_breakdown(const std::optional<Ratio>& r) {
  return r ? "R " + format_ratio(*r) : "n/a (not annotated in this gold set)";
}

std::string format_report(const Summary& s, const RunInfo& info, bool verbose) {
  std::string out;
  auto line = [&out](std::string_view text) {
    out += text;
    out += '\n';
  };
  line(fmt::format("== speakers: {} ==", info.set));
  line(fmt::format("texts     {}", info.texts));
  line(fmt::format("style     {}", info.style.empty() ? "not given" : info.style));
  line(fmt::format("articles  {}   gold people {}   predicted {}   matched {}", s.articles, s.gold,
                   s.predicted, s.matched));
  line(fmt::format("micro     P {}   R {}   F1 {}", format_ratio({s.matched, s.predicted}),
                   format_ratio({s.matched, s.gold}), format_value(micro_f1(s))));
  line(fmt::format(
      "macro     P {}   R {}   (mean over {} articles; no prediction: P=1, no gold: R=1)",
      format_value(macro_precision(s)), format_value(macro_recall(s)), s.articles));
  line(fmt::format("exact set {} of articles", format_ratio(s.exact_articles)));
  line("recall by gold category:");
  line(fmt::format("  direct quote             {}", format_breakdown(s.recall_by.direct)));
  line(fmt::format("  indirect only            {}", format_breakdown(s.recall_by.indirect_only)));
  line(fmt::format("  pronoun/descriptor only  {}",
                   format_breakdown(s.recall_by.pronoun_or_descriptor_only)));
  line(fmt::format("  surname forms only       {}", format_breakdown(s.recall_by.surname_only)));
  line(fmt::format("  multi-paragraph quote    {}", format_breakdown(s.recall_by.multi_paragraph)));
  line("role accuracy (matched people whose gold role is not null):");
  line(fmt::format("  exact                    {}", format_ratio(s.role_exact)));
  line(fmt::format("  head noun                {}", format_ratio(s.role_head)));
  line(fmt::format("  role given, gold has none {}", s.extra_roles));
  if (verbose) {
    line(
        fmt::format("errors by article ({} of {} articles; FP predicted but not gold, FN gold but "
                    "not predicted):",
                    s.errors.size(), s.articles));
    for (const auto& e : s.errors) {
      line(fmt::format("  {}", e.file));
      for (const auto& name : e.false_positives) line(fmt::format("    FP  {}", name));
      for (const auto& name : e.false_negatives) line(fmt::format("    FN  {}", name));
    }
  }
  return out;
}

nlohmann::ordered_json ratio_json(const Ratio& r) {
  nlohmann::ordered_json j;
  j["hit"] = r.hit;
  j["total"] = r.total;
  j["value"] = r.value() ? nlohmann::ordered_json(*r.value()) : nlohmann::ordered_json();
  return j;
}

nlohmann::ordered_json value_json(std::optional<double> value) {
  return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json();
}

nlohmann::ordered_json breakdown_json(const std::optional<Ratio>& r) {
  return r ? ratio_json(*r) : nlohmann::ordered_json();
}

nlohmann::ordered_json summary_json(const Summary& s, const RunInfo& info) {
  nlohmann::ordered_json j;
  j["set"] = info.set;
  j["texts"] = info.texts;
  j["style"] = info.style.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(info.style);
  j["articles"] = s.articles;
  j["gold"] = s.gold;
  j["predicted"] = s.predicted;
  j["matched"] = s.matched;
  j["micro"] = {{"precision", value_json(micro_precision(s))},
                {"recall", value_json(micro_recall(s))},
                {"f1", value_json(micro_f1(s))}};
  j["macro"] = {{"precision", value_json(macro_precision(s))},
                {"recall", value_json(macro_recall(s))}};
  j["exact_articles"] = ratio_json(s.exact_articles);
  j["recall_by"] = {
      {"direct", breakdown_json(s.recall_by.direct)},
      {"indirect_only", breakdown_json(s.recall_by.indirect_only)},
      {"pronoun_or_descriptor_only", breakdown_json(s.recall_by.pronoun_or_descriptor_only)},
      {"surname_only", breakdown_json(s.recall_by.surname_only)},
      {"multi_paragraph", breakdown_json(s.recall_by.multi_paragraph)}};
  j["roles"] = {{"exact", ratio_json(s.role_exact)},
                {"head_noun", ratio_json(s.role_head)},
                {"given_where_gold_has_none", s.extra_roles}};
  return j;
}

// ---------------------------------------------------------------------------------------------
// Thresholds

// Messages for each --min-precision / --min-recall not met; empty when all are met. An undefined
// figure (no predictions, or no gold people) does not meet a threshold: CI must not pass on a run
// that measured nothing.
std::vector<std::string> unmet_thresholds(const Summary& s, std::optional<double> min_precision,
                                          std::optional<double> min_recall) {
  std::vector<std::string> unmet;
  auto check = [&unmet](const char* what, const char* option, std::optional<double> value,
                        std::optional<double> minimum, const Ratio& counts) {
    if (!minimum) return;
    if (!value)
      unmet.push_back(fmt::format("micro {} is undefined ({}/{}), so {} {} is not met", what,
                                  counts.hit, counts.total, option, *minimum));
    else if (*value < *minimum)
      unmet.push_back(fmt::format("micro {} {:.4f} ({}/{}) is below {} {}", what, *value,
                                  counts.hit, counts.total, option, *minimum));
  };
  check("precision", "--min-precision", micro_precision(s), min_precision,
        {s.matched, s.predicted});
  check("recall", "--min-recall", micro_recall(s), min_recall, {s.matched, s.gold});
  return unmet;
}

// ---------------------------------------------------------------------------------------------
// Command line

struct Options {
  std::string gold_path;     // --gold: JSONL gold set
  std::string texts_dir;     // --texts: where the gold's "file" paths are relative to
  std::string corpus_dir;    // --corpus: corpus/*.expected set instead of --gold
  std::string style;         // "uk", "us" or "" (not given)
  std::string part = "all";  // "all", "tuning" or "sealed" (see gold_part)
  bool verbose = false;
  bool json = false;
  std::optional<double> min_precision;
  std::optional<double> min_recall;
};

constexpr const char* kFooter =
    "Scores extract_quotes per (article, person quoted), as ../shared/docs/quotes.md describes;\n"
    "matching and macro conventions are documented at the top of bench/speaker_score.h.\n"
    "Exit codes: 0 scored; 1 --min-precision/--min-recall not met; 2 usage error or unreadable\n"
    "gold or text; 3 the extractor threw.";

// Returns the options, or the exit code when parsing ended the run (--help, bad usage).
std::variant<Options, int> parse_options(int argc, char** argv) {
  Options options;
  double min_precision = 0;
  double min_recall = 0;
  CLI::App app{"Evaluate the quote-attribution extractor against a gold set.", "eval-speakers"};
  app.footer(kFooter);
  auto* gold = app.add_option("--gold", options.gold_path, "Gold set, one JSON article per line")
                   ->option_text("FILE");
  auto* texts = app.add_option("--texts", options.texts_dir,
                               "Directory the gold's \"file\" paths are relative to")
                    ->option_text("DIR");
  auto* corpus = app.add_option("--corpus", options.corpus_dir,
                                "Score the project corpus: DIR/*.expected beside DIR/*.txt")
                     ->option_text("DIR");
  app.add_option("--style", options.style,
                 "Label of the set for the UK/US breakdown (us also reads numeric dates month "
                 "first)")
      ->transform(CLI::IsMember({"uk", "us"}, CLI::ignore_case))
      ->option_text("uk|us");
  app.add_option("--part", options.part,
                 "Score only this part of the gold set (bench/gold/README-splits.md); the sealed "
                 "part is read only as totals, so --verbose is refused with it")
      ->transform(CLI::IsMember({"all", "tuning", "sealed"}))
      ->option_text("all|tuning|sealed");
  app.add_flag("-v,--verbose", options.verbose,
               "List each article's false positives and false negatives");
  app.add_flag("--json", options.json,
               "Print a one-line JSON summary on stdout instead of the report (which --verbose "
               "then sends to stderr)");
  auto* min_p = app.add_option("--min-precision", min_precision,
                               "Exit 1 unless micro precision is at least P")
                    ->check(CLI::Range(0.0, 1.0))
                    ->option_text("P");
  auto* min_r =
      app.add_option("--min-recall", min_recall, "Exit 1 unless micro recall is at least R")
          ->check(CLI::Range(0.0, 1.0))
          ->option_text("R");
  gold->excludes(corpus);
  texts->excludes(corpus);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kExitOk : kExitInput;
  }
  if (options.gold_path.empty() && options.corpus_dir.empty())
    throw UsageError("give --gold FILE --texts DIR, or --corpus DIR");
  if (!options.gold_path.empty() && options.texts_dir.empty())
    throw UsageError("--gold needs --texts DIR (the directory its \"file\" paths are relative to)");
  if (options.part == "sealed" && options.verbose)
    throw UsageError("the sealed part is read only as totals: --verbose needs --part tuning");
  if (min_p->count() > 0) options.min_precision = min_precision;
  if (min_r->count() > 0) options.min_recall = min_recall;
  return options;
}

int run(int argc, char** argv) {
  const auto parsed = parse_options(argc, argv);
  if (const int* exit_code = std::get_if<int>(&parsed)) return *exit_code;
  const Options& options = std::get<Options>(parsed);

  const bool corpus_mode = !options.corpus_dir.empty();
  const std::string set = corpus_mode ? options.corpus_dir : options.gold_path;
  const RunInfo info{options.part == "all" ? set : fmt::format("{} ({} part)", set, options.part),
                     corpus_mode ? options.corpus_dir : options.texts_dir, options.style};
  std::vector<GoldArticle> gold = corpus_mode
                                      ? load_corpus_gold(options.corpus_dir)
                                      : load_gold_jsonl(options.gold_path, options.texts_dir);
  if (options.part != "all") {
    const GoldPart keep = options.part == "sealed" ? GoldPart::kSealed : GoldPart::kTuning;
    std::erase_if(gold, [keep](const GoldArticle& a) { return gold_part(a.file) != keep; });
  }
  // Scoring nothing would print a perfect-looking report (and pass CI); say so instead.
  if (gold.empty()) throw InputError(fmt::format("no annotated articles in {}", info.set));

  TextReaderOptions reader_options;
  if (options.style == "us") reader_options.dates.numeric_order = NumericDateOrder::kMonthFirst;

  Summary summary;
  for (const auto& article_gold : gold) {
    Article article = read_article(article_gold, reader_options);
    try {
      extract_quotes(article);
    } catch (const std::exception& e) {
      throw ExtractorError(
          fmt::format("extract_quotes threw on {}: {}", article_gold.text_path.string(), e.what()));
    }
    add_article(summary, article_gold, article.people);
  }

  const auto unmet = unmet_thresholds(summary, options.min_precision, options.min_recall);
  if (options.json) {
    nlohmann::ordered_json j = summary_json(summary, info);
    j["thresholds"] = {{"min_precision", value_json(options.min_precision)},
                       {"min_recall", value_json(options.min_recall)},
                       {"met", unmet.empty()}};
    std::cout << j.dump() << '\n';
    // Stdout stays one JSON line; the per-article lists, if asked for, go to stderr.
    if (options.verbose) std::cerr << format_report(summary, info, true);
  } else {
    std::cout << format_report(summary, info, options.verbose);
  }
  std::cout.flush();
  for (const auto& message : unmet) std::cerr << "eval-speakers: " << message << '\n';
  return unmet.empty() ? kExitOk : kExitThreshold;
}

}  // namespace news::speaker_eval

int main(int argc, char** argv) {
  using namespace news::speaker_eval;
  try {
    return run(argc, argv);
  } catch (const news::UsageError& e) {
    std::cerr << "eval-speakers: " << e.what() << "\n(see eval-speakers --help)\n";
    return kExitInput;
  } catch (const InputError& e) {
    std::cerr << "eval-speakers: " << e.what() << '\n';
    return kExitInput;
  } catch (const std::exception& e) {
    std::cerr << "eval-speakers: " << e.what() << '\n';
    return kExitInternal;
  }
}
