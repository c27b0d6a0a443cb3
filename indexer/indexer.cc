#include "indexer/indexer.h"

#include <chrono>
#include <filesystem>

#include <fmt/format.h>
#include <xapian.h>

#include "common/error.h"
#include "extract/format.h"
#include "extract/json/record_file.h"
#include "indexer/index_run.h"

namespace news {

namespace fs = std::filesystem;

IndexSummary run_index(const IndexOptions& options) {
  if (options.batch_size == 0) throw UsageError("the batch size must be at least 1");
  const auto start = std::chrono::steady_clock::now();
  check_database_path(options.db_path);
  IndexSummary summary;
  summary.dry_run = options.dry_run;
  try {
    IndexRun run(options, summary);
    for (const auto& input : options.inputs) run.index_input(input);
    run.finish();
  } catch (const Xapian::Error& e) {
    throw DatabaseError(
        fmt::format("writing to {} failed: {}", options.db_path, e.get_description()));
  }
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return summary;
}

namespace {

// The records of a record file as --explain prints them: each one's article, or {"number",
// "error"} for a record that cannot be read.
nlohmann::ordered_json records_to_json(const std::vector<LoadedRecord>& records) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const LoadedRecord& record : records) {
    out.push_back(record.article
                      ? to_json(*record.article)
                      : nlohmann::ordered_json{{"number", record.number}, {"error", record.error}});
  }
  return out;
}

// explain_file for standard input ("-") or a file that is not regular (a pipe, a FIFO): read whole
// first, as it can be read only once, then given to the reader its content calls for.
nlohmann::ordered_json explain_stream(const std::string& path, const std::string& canonical,
                                      const LoadOptions& options) {
  const std::string what = path == "-" ? "standard input" : path;
  std::string error;
  const std::optional<std::string> bytes = read_stream(path, options.max_file_bytes, error);
  if (!bytes) throw UsageError(fmt::format("cannot read {} as an article: {}", what, error));
  const std::string_view head = std::string_view(*bytes).substr(0, kReaderHeadBytes);
  if (choose_reader(path, head, options.format) == ReaderKind::kRecords) {
    RecordChunk chunk;
    chunk.bytes = *bytes;
    chunk.whole_file = true;
    return records_to_json(load_records(chunk, canonical, options));
  }
  LoadResult loaded = load_article_bytes(*bytes, path, canonical, options);
  if (!loaded.article)
    throw UsageError(fmt::format("cannot read {} as an article: {}", what, loaded.skip_reason));
  return to_json(*loaded.article);
}

}  // namespace

nlohmann::ordered_json explain_file(const std::string& path, const LoadOptions& options) {
  // A pipe's path (/dev/stdin -> pipe:[123]) has no canonical form: such a path stands as given.
  std::error_code ec;
  const fs::path resolved = fs::weakly_canonical(fs::absolute(path), ec);
  const std::string canonical = ec || path == "-" ? path : resolved.string();
  if (is_stream(path)) return explain_stream(path, canonical, options);
  // The reader a run would choose (a run also reads a file as records when the database holds
  // a record file's stamp for it, which needs no database here: it was chosen so when indexed).
  if (is_record_file(path, options.format)) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    try {
      RecordFileReader reader(path, options.max_file_bytes);
      while (std::optional<RecordChunk> chunk = reader.next()) {
        for (auto& record : records_to_json(load_records(*chunk, canonical, options)))
          out.push_back(std::move(record));
      }
    } catch (const RecordFileTooLarge& e) {
      throw UsageError(fmt::format("cannot read {}: {}", path, e.what()));
    } catch (const fs::filesystem_error& e) {
      throw UsageError(fmt::format("cannot read {}: {}", path, e.code().message()));
    }
    return out;
  }
  LoadResult loaded = load_article(path, options);
  if (!loaded.article)
    throw UsageError(fmt::format("cannot read {} as an article: {}", path, loaded.skip_reason));
  return to_json(*loaded.article);
}

}  // namespace news
