#include "indexer/command.h"

#include <ostream>

#include "common/error.h"

namespace news {

namespace {

void print_summary(const IndexCommand& command, const IndexSummary& summary, std::ostream& out,
                   std::ostream& err) {
  if (command.summary == SummaryFormat::kJson) {
    out << summary_json_text(summary) << '\n';
    // The log (stderr) says why the run ended early, or deleted nothing, even when the summary
    // goes to a monitor.
    if (summary.interrupted_by) {
      err << "news-index: " << format_summary(summary);
    } else if (summary.held_back) {
      err << "news-index: " << held_back_text(summary);
    }
    return;
  }
  for (const auto& change : summary.changes) {
    out << action_name(change.action) << ' '
        << (change.moved_from.empty() ? "" : change.moved_from + " -> ") << change.path << '\n';
  }
  if (!command.quiet || !summary.skipped.empty() || summary.interrupted_by || summary.held_back)
    err << "news-index: " << format_summary(summary);
}

}  // namespace

int run_index_command(const IndexCommand& command, std::ostream& out, std::ostream& err) {
  const IndexOptions& options = command.options;
  if (!command.explain_path.empty()) {
    out << explain_file(command.explain_path, options.load)
               .dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace)
        << '\n';
    return kIndexExitOk;
  }
  if (options.db_path.empty())
    throw UsageError("--db PATH is required (or set NEWS_DB, or use --explain FILE)");
  if (options.inputs.empty()) throw UsageError("name at least one file or directory to index");
  if (options.dry_run && options.compact)
    throw UsageError("--dry-run writes nothing, so it cannot --compact");

  const IndexSummary summary = run_index(options);
  print_summary(command, summary, out, err);
  return run_exit_code(summary);
}

int run_exit_code(const IndexSummary& summary) {
  if (summary.interrupted_by) return 128 + summary.interrupted_by;
  // A missing archive path first: a whole part of the archive went unread, which may be why
  // deletions were held back or files skipped.
  if (!summary.missing_inputs.empty()) return kIndexExitNoInput;
  if (summary.held_back) return kIndexExitHeldBack;
  return summary.skipped.empty() ? kIndexExitOk : kIndexExitSkipped;
}

}  // namespace news
