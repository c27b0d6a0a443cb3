#include "indexer/command.h"

#include <ostream>

#include "common/error.h"
#include "common/safe_output.h"

namespace news {

namespace {

void print_summary(const IndexCommand& command, const IndexSummary& summary, std::ostream& out,
                   std::ostream& err) {
  if (command.summary == SummaryFormat::kJson) {
    out << summary_json_text(summary) << '\n';
    flush_and_check(out);
    // The log (stderr) says why the run ended early even when the summary goes to a monitor.
    if (summary.interrupted_by) err << "news-index: " << format_summary(summary);
    return;
  }
  // Each change is checked once written, so that a full disk stops a long list at once.
  for (const auto& change : summary.changes) {
    out << action_name(change.action) << ' '
        << (change.moved_from.empty() ? "" : change.moved_from + " -> ") << change.path << '\n';
    check_written(out);
  }
  flush_and_check(out);
  if (!command.quiet || !summary.skipped.empty() || summary.interrupted_by)
    err << "news-index: " << format_summary(summary);
}

}  // namespace

int run_index_command(const IndexCommand& command, std::ostream& out, std::ostream& err) {
  const IndexOptions& options = command.options;
  if (!command.explain_path.empty()) {
    out << explain_file(command.explain_path, options.load)
               .dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace)
        << '\n';
    flush_and_check(out);
    return kIndexExitOk;
  }
  if (options.db_path.empty()) throw UsageError("--db PATH is required (or use --explain FILE)");
  if (options.inputs.empty()) throw UsageError("name at least one file or directory to index");
  if (options.dry_run && options.compact)
    throw UsageError("--dry-run writes nothing, so it cannot --compact");

  const IndexSummary summary = run_index(options);
  print_summary(command, summary, out, err);
  if (summary.interrupted_by) return 128 + summary.interrupted_by;
  return summary.skipped.empty() ? kIndexExitOk : kIndexExitSkipped;
}

}  // namespace news
