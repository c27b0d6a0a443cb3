#include "indexer/summary.h"

#include <csignal>
#include <cstring>

#include <fmt/format.h>

#include "common/safe_output.h"

namespace news {

namespace {

// JSON text for records that may hold file names which are not UTF-8: such bytes become U+FFFD
// instead of an exception that would stop the run; DEL and C1 controls of a file name are escaped,
// as JSON escapes the others.
template <typename Json>
std::string dump_lenient(const Json& json) {
  return escape_json_controls(json.dump(-1, ' ', false, Json::error_handler_t::replace));
}

}  // namespace

void note_skip(IndexSummary& summary, std::string path, std::string reason) {
  summary.skipped.push_back({std::move(path), std::move(reason)});
}

void note_date_not_used(IndexSummary& summary, std::string path, std::string note) {
  summary.dates_not_used.push_back({std::move(path), std::move(note)});
}

void note_change(IndexSummary& summary, FileChange::Action action, std::string path,
                 std::string moved_from) {
  if (summary.dry_run) summary.changes.push_back({action, std::move(path), std::move(moved_from)});
}

const char* action_name(FileChange::Action action) {
  switch (action) {
    case FileChange::Action::kAdd:
      return "add";
    case FileChange::Action::kUpdate:
      return "update";
    case FileChange::Action::kMove:
      return "move";
    case FileChange::Action::kDelete:
      return "delete";
  }
  return "?";
}

std::string format_summary(const IndexSummary& summary) {
  std::string out;
  if (summary.interrupted_by) {
    const char* name = sigabbrev_np(summary.interrupted_by);
    out += fmt::format("stopped by SIG{} after committing the files done; ", name ? name : "?");
  }
  if (summary.dry_run) out += "dry run, nothing written: would have ";
  out += fmt::format(
      "{} added, {} updated, {} unchanged, {} moved, {} deleted, {} skipped, {} ignored (not "
      "articles)",
      summary.added, summary.updated, summary.unchanged, summary.moved, summary.deleted,
      summary.skipped.size(), summary.ignored);
  if (summary.repaired > 0) {
    out += fmt::format("; {} read with invalid UTF-8 decoded as Windows-1252", summary.repaired);
  }
  if (!summary.dates_not_used.empty())
    out += fmt::format("; {} dates not used", summary.dates_not_used.size());
  out += fmt::format(" in {:.1f}s", summary.seconds);
  if (summary.compacted) out += fmt::format(" (compacted in {:.1f}s)", summary.compact_seconds);
  if (!summary.changed()) out += "; nothing changed";
  out += '\n';
  out += held_back_text(summary);
  // File names and reasons (which may quote a file's content) are escaped: this is read on a
  // terminal or in a mail, and a name may hold an escape sequence or bytes that are not UTF-8.
  for (const auto& skipped : summary.skipped) {
    out += fmt::format("skipped {}: {}\n", escape_controls(skipped.path),
                       escape_controls(skipped.reason));
  }
  for (const auto& path : summary.without_body) {
    out += fmt::format("indexed by title and metadata only (no article body found): {}\n",
                       escape_controls(path));
  }
  for (const auto& date : summary.dates_not_used)
    out += fmt::format("{} in {}\n", escape_controls(date.note), escape_controls(date.path));
  return out;
}

std::string held_back_text(const IndexSummary& summary) {
  if (summary.held_back == 0) return {};
  return fmt::format(
      "held back the deletion of {} article{}: {}; {}. If their files are really gone, run again "
      "with --max-delete all\n",
      summary.held_back, summary.held_back == 1 ? "" : "s",
      escape_controls(summary.held_back_reason),
      summary.dry_run ? "a run would delete nothing" : "nothing was deleted");
}

nlohmann::ordered_json summary_to_json(const IndexSummary& summary) {
  nlohmann::ordered_json skipped = nlohmann::ordered_json::array();
  for (const auto& file : summary.skipped)
    skipped.push_back({{"path", file.path}, {"reason", file.reason}});
  nlohmann::ordered_json dates = nlohmann::ordered_json::array();
  for (const auto& date : summary.dates_not_used)
    dates.push_back({{"path", date.path}, {"note", date.note}});
  nlohmann::ordered_json json = {{"added", summary.added},
                                 {"updated", summary.updated},
                                 {"unchanged", summary.unchanged},
                                 {"moved", summary.moved},
                                 {"deleted", summary.deleted},
                                 {"ignored", summary.ignored},
                                 {"repaired", summary.repaired},
                                 {"skipped", skipped},
                                 {"without_body", summary.without_body},
                                 {"dates_not_used", dates},
                                 {"dry_run", summary.dry_run},
                                 {"interrupted_by", summary.interrupted_by},
                                 {"compacted", summary.compacted},
                                 {"seconds", summary.seconds},
                                 {"writers", summary.writers},
                                 {"phases",
                                  {{"scan", summary.scan_seconds},
                                   {"delete", summary.delete_seconds},
                                   {"commit", summary.commit_seconds},
                                   {"compact", summary.compact_seconds},
                                   {"merge", summary.merge_seconds},
                                   {"people", summary.people_seconds}}},
                                 {"changed", summary.changed()}};
  if (summary.dry_run) {
    nlohmann::ordered_json changes = nlohmann::ordered_json::array();
    for (const auto& change : summary.changes) {
      nlohmann::ordered_json item = {{"action", action_name(change.action)}, {"path", change.path}};
      if (!change.moved_from.empty()) item["from"] = change.moved_from;
      changes.push_back(std::move(item));
    }
    json["changes"] = std::move(changes);
  }
  if (summary.held_back > 0) {
    json["held_back"] = {{"deletions", summary.held_back}, {"reason", summary.held_back_reason}};
  }
  return json;
}

std::string summary_json_text(const IndexSummary& summary) {
  return dump_lenient(summary_to_json(summary));
}

}  // namespace news
