#include "indexer/indexer.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <system_error>
#include <unordered_set>

#include <fmt/format.h>
#include <xapian.h>

#include "common/database.h"
#include "common/document.h"
#include "common/error.h"
#include "common/schema.h"

namespace news {

namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// Owns the writer for one run: decides add / update / unchanged per file and commits in batches.
class IndexRun {
 public:
  IndexRun(const IndexOptions& options, IndexSummary& summary)
      : options_(options),
        summary_(summary),
        db_(open_for_write(options.db_path, options.wait_seconds)),
        generator_(make_term_generator()),
        started_empty_(db_.get_doccount() == 0),
        start_(Clock::now()) {}

  void index_input(const std::string& input) {
    std::error_code ec;
    const fs::file_status status = fs::status(input, ec);
    if (ec || !fs::exists(status)) {
      skip(input, ec ? ec.message() : "No such file or directory");
    } else if (fs::is_directory(status)) {
      std::error_code canonical_error;
      const fs::path root = fs::weakly_canonical(fs::absolute(input), canonical_error);
      if (!canonical_error) walked_roots_.push_back(root.string());
      walk(input);
    } else {
      // A file named on the command line is read whatever its extension: the user chose it.
      index_file(input);
    }
  }

  void finish() {
    if (options_.delete_missing) delete_missing();
    // Commit explicitly: the destructor would too, but silently swallowing any error.
    db_.commit();
    if (options_.progress) std::fputs("\r\033[K", stderr);
  }

 private:
  void walk(const fs::path& root) {
    std::error_code ec;
    fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
      skip(root.string(), ec.message());
      return;
    }
    for (const fs::recursive_directory_iterator end; it != end; it.increment(ec)) {
      if (ec) {
        skip(it->path().string(), ec.message());
        ec.clear();
        continue;
      }
      const fs::path& path = it->path();
      if (path.filename().string().starts_with('.')) {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        ++summary_.ignored;
        continue;
      }
      if (!it->is_regular_file(ec)) continue;
      if (!is_article_file(path)) {
        ++summary_.ignored;
        continue;
      }
      index_file(path);
    }
  }

  void index_file(const fs::path& path) {
    ++files_seen_;
    maybe_report_progress();
    std::error_code ec;
    const fs::path canonical = fs::weakly_canonical(fs::absolute(path), ec);
    const std::string id = article_id((ec ? path : canonical).string());
    seen_.insert(id);
    const std::string term = id_term(id);

    std::optional<SourceStamp> stored;
    Xapian::PostingIterator posting = db_.postlist_begin(term);
    const bool exists = posting != db_.postlist_end(term);
    if (exists && !options_.full) {
      Xapian::Document document = db_.get_document(*posting);
      stored = read_source_stamp(document);
      try {
        SourceStamp now = stat_source(path);
        // Same mtime and size: unchanged, without reading the file.
        if (stored && stored->mtime_ns == now.mtime_ns && stored->size == now.size) {
          ++summary_.unchanged;
          return;
        }
        // Touched but not changed (same bytes): keep the document, record the new mtime so the
        // next run need not read the file again; no extraction, no new terms.
        if (stored && stored->size == now.size) {
          now.content_hash = hash_source(path);
          if (now.content_hash == stored->content_hash) {
            write_source_stamp(document, now);
            db_.replace_document(*posting, document);
            ++summary_.unchanged;
            count_pending();
            return;
          }
        }
      } catch (const fs::filesystem_error& e) {
        skip(path.string(), e.code().message());
        return;
      }
    }

    // A new path whose bytes an article has whose own file is gone: the file moved. Keep that
    // article under its new path instead of reading and extracting it again.
    if (!exists && !started_empty_ && adopt_moved(path, (ec ? path : canonical).string(), id))
      return;

    LoadResult loaded = load_article(path, options_.load);
    if (!loaded.article) {
      skip(path.string(), loaded.skip_reason);
      return;
    }
    if (!loaded.article->warnings.empty()) ++summary_.repaired;
    ++(exists ? summary_.updated : summary_.added);
    db_.replace_document(term, to_document(*loaded.article, loaded.stamp, generator_));
    count_pending();
  }

  // If an article with the same content hash has a file that no longer exists, moves it to
  // `path` (new id, path and stamp; terms and extraction kept) and returns true.
  bool adopt_moved(const fs::path& path, const std::string& canonical, const std::string& id) {
    SourceStamp now;
    try {
      now = stat_source(path);
      now.content_hash = hash_source(path);
    } catch (const fs::filesystem_error&) {
      return false;  // load_article will report why
    }
    const std::string hash_term = boolean_term(FieldSource::kContentHash, now.content_hash);
    for (auto it = db_.postlist_begin(hash_term); it != db_.postlist_end(hash_term); ++it) {
      Xapian::Document document = db_.get_document(*it);
      const std::string old_path = document.get_value(slot_number(Slot::kPath));
      std::error_code ec;
      if (old_path.empty() || fs::exists(old_path, ec) || ec) continue;
      nlohmann::json record = read_record(document);
      document.remove_term(id_term(record.value("id", "")));
      document.add_boolean_term(id_term(id));
      record["id"] = id;
      record["path"] = canonical;
      document.set_data(record.dump());
      document.add_value(slot_number(Slot::kPath), canonical);
      write_source_stamp(document, now);
      db_.replace_document(*it, document);
      ++summary_.moved;
      count_pending();
      return true;
    }
    return false;
  }

  void count_pending() {
    if (++pending_ >= options_.batch_size) {
      db_.commit();
      pending_ = 0;
    }
  }

  // Deletes the articles whose file lies under a directory walked in this run but was not seen:
  // the file has been deleted or moved away.
  void delete_missing() {
    if (walked_roots_.empty()) return;
    std::vector<Xapian::docid> gone;
    const Xapian::valueno slot = slot_number(Slot::kPath);
    for (auto it = db_.valuestream_begin(slot); it != db_.valuestream_end(slot); ++it) {
      const std::string path = *it;
      const bool under_root =
          std::any_of(walked_roots_.begin(), walked_roots_.end(), [&](const std::string& root) {
            return path.size() > root.size() && path.starts_with(root) && path[root.size()] == '/';
          });
      if (under_root && !seen_.count(article_id(path))) gone.push_back(it.get_docid());
    }
    for (Xapian::docid docid : gone) {
      db_.delete_document(docid);
      ++summary_.deleted;
    }
  }

  void skip(std::string path, std::string reason) {
    summary_.skipped.push_back({std::move(path), std::move(reason)});
  }

  void maybe_report_progress() {
    if (!options_.progress || files_seen_ % 200 != 0) return;
    const double elapsed = seconds_since(start_);
    std::fprintf(stderr, "\r\033[Knews-index: %zu files, %.0f files/s", files_seen_,
                 elapsed > 0 ? static_cast<double>(files_seen_) / elapsed : 0.0);
  }

  const IndexOptions& options_;
  IndexSummary& summary_;
  Xapian::WritableDatabase db_;
  Xapian::TermGenerator generator_;
  // Nothing indexed before this run: no article can have moved, so new files skip that check.
  bool started_empty_;
  Clock::time_point start_;
  std::size_t pending_ = 0;
  std::size_t files_seen_ = 0;
  std::unordered_set<std::string> seen_;   // ids of the articles met in this run
  std::vector<std::string> walked_roots_;  // canonical directories walked in this run
};

}  // namespace

IndexSummary run_index(const IndexOptions& options) {
  if (options.batch_size == 0) throw UsageError("the batch size must be at least 1");
  const auto start = Clock::now();
  IndexSummary summary;
  IndexRun run(options, summary);
  try {
    for (const auto& input : options.inputs) run.index_input(input);
    run.finish();
  } catch (const Xapian::Error& e) {
    throw DatabaseError(
        fmt::format("writing to {} failed: {}", options.db_path, e.get_description()));
  }
  summary.seconds = seconds_since(start);
  return summary;
}

std::string format_summary(const IndexSummary& summary) {
  std::string out = fmt::format(
      "{} added, {} updated, {} unchanged, {} moved, {} deleted, {} skipped, {} ignored (not "
      "articles)",
      summary.added, summary.updated, summary.unchanged, summary.moved, summary.deleted,
      summary.skipped.size(), summary.ignored);
  if (summary.repaired > 0) {
    out += fmt::format("; {} read with invalid UTF-8 decoded as Windows-1252", summary.repaired);
  }
  out += fmt::format(" in {:.1f}s", summary.seconds);
  if (!summary.changed()) out += "; nothing changed";
  out += '\n';
  for (const auto& skipped : summary.skipped)
    out += fmt::format("skipped {}: {}\n", skipped.path, skipped.reason);
  return out;
}

nlohmann::ordered_json summary_to_json(const IndexSummary& summary) {
  nlohmann::ordered_json skipped = nlohmann::ordered_json::array();
  for (const auto& file : summary.skipped)
    skipped.push_back({{"path", file.path}, {"reason", file.reason}});
  return {{"added", summary.added},         {"updated", summary.updated},
          {"unchanged", summary.unchanged}, {"moved", summary.moved},
          {"deleted", summary.deleted},     {"ignored", summary.ignored},
          {"repaired", summary.repaired},   {"skipped", skipped},
          {"seconds", summary.seconds},     {"changed", summary.changed()}};
}

nlohmann::ordered_json explain_file(const std::string& path, const LoadOptions& options) {
  LoadResult loaded = load_article(path, options);
  if (!loaded.article)
    throw UsageError(fmt::format("cannot read {} as an article: {}", path, loaded.skip_reason));
  return to_json(*loaded.article);
}

}  // namespace news
