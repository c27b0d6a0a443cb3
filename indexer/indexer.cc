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

nlohmann::ordered_json explain_file(const std::string& path, const LoadOptions& options) {
  const std::string canonical = fs::weakly_canonical(fs::absolute(path)).string();
  // The reader a run would choose (a run also reads a file as records when the database holds
  // a record file's stamp for it, which needs no database here: it was chosen so when indexed).
  if (is_record_file(path, options.format)) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    try {
      RecordFileReader reader(path, options.max_file_bytes);
      while (std::optional<RecordChunk> chunk = reader.next()) {
        for (const LoadedRecord& record : load_records(*chunk, canonical, options)) {
          out.push_back(record.article ? to_json(*record.article)
                                       : nlohmann::ordered_json{{"number", record.number},
                                                                {"error", record.error}});
        }
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
