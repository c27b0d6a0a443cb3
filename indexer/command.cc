#include "indexer/command.h"

#include <ostream>

#include "common/error.h"
#include "common/safe_output.h"

namespace news {

namespace {

// A dry run's changes, one per line ("add PATH", "move OLD -> NEW"), or with `null` as NUL-ended
// records in the manner of `git status -z`: "ACTION PATH\0", and for a move the new path first and
// the old one as a record of its own ("move NEW\0OLD\0"), so that every record starts with the
// file as it is now. Each change is checked once written, so a full disk stops a long list.
void print_changes(const IndexCommand& command, const IndexSummary& summary, std::ostream& out) {
  const auto shown = [&](const std::string& path) {
    return command.terminal ? escape_controls(path) : path;
  };
  for (const auto& change : summary.changes) {
    if (command.null) {
      out << action_name(change.action) << ' ' << shown(change.path) << '\0';
      if (!change.moved_from.empty()) out << shown(change.moved_from) << '\0';
    } else {
      out << action_name(change.action) << ' '
          << (change.moved_from.empty() ? "" : shown(change.moved_from) + " -> ")
          << shown(change.path) << '\n';
    }
    check_written(out);
  }
}

void print_summary(const IndexCommand& command, const IndexSummary& summary, std::ostream& out,
                   std::ostream& err) {
  if (command.summary == SummaryFormat::kJson) {
    out << summary_json_text(summary) << '\n';
    flush_and_check(out);
    // The log (stderr) says why the run ended early, or deleted nothing, even when the summary
    // goes to a monitor.
    if (summary.interrupted_by) {
      err << "news-index: " << format_summary(summary);
    } else if (summary.held_back) {
      err << "news-index: " << held_back_text(summary);
    }
    return;
  }
  print_changes(command, summary, out);
  flush_and_check(out);
  if (!command.quiet || !summary.skipped.empty() || summary.interrupted_by || summary.held_back)
    err << "news-index: " << format_summary(summary);
}

}  // namespace

int run_index_command(const IndexCommand& command, std::ostream& out, std::ostream& err) {
  const IndexOptions& options = command.options;
  if (!command.explain_path.empty()) {
    out << escape_json_controls(
               explain_file(command.explain_path, options.load)
                   .dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace))
        << '\n';
    flush_and_check(out);
    return kIndexExitOk;
  }
  if (options.db_path.empty())
    throw UsageError("--db PATH is required (or set NEWS_DB, or use --explain FILE)");
  if (options.inputs.empty()) throw UsageError("name at least one file or directory to index");
  if (options.dry_run && options.compact)
    throw UsageError("--dry-run writes nothing, so it cannot --compact");
  if (command.null && (!options.dry_run || command.summary == SummaryFormat::kJson)) {
    throw UsageError(
        "--null ends the lines of --dry-run; give --dry-run with it (with --summary json the "
        "changes are in the JSON)");
  }

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
