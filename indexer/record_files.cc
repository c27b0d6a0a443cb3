#include "indexer/record_files.h"

#include <filesystem>
#include <optional>

#include <fmt/format.h>

#include "extract/format.h"
#include "extract/json/reader.h"
#include "indexer/archive_writer.h"

namespace news {

namespace fs = std::filesystem;

Loaded load_records_for_writing(Loaded job, const RecordChunk& chunk, const LoadOptions& options,
                                Build build) {
  const RecordFile& file = *job.record_file;
  for (LoadedRecord& record : load_records(chunk, file.canonical, options, &file.known)) {
    LoadedRecordDocument out;
    out.number = record.number;
    out.id = std::move(record.id);
    out.unchanged = record.unchanged;
    out.error = std::move(record.error);
    if (record.article) {
      out.repaired = repaired_utf8(*record.article);
      out.dates_not_used = dates_not_used(*record.article);
      SourceStamp stamp = file.stamp;
      stamp.content_hash = record.hash;
      build_document(*record.article, stamp, build, out.document, out.spelling_words);
    }
    job.records.push_back(std::move(out));
  }
  return job;
}

RecordFiles::RecordFiles(const Xapian::Database& db, ArchiveWriter* writer, IndexSummary& summary,
                         const IndexOptions& options, const LoadOptions& load)
    : db_(db), writer_(writer), summary_(summary), options_(options), load_(load) {}

bool RecordFiles::is_record_file(const std::string& path, const std::string& canonical) const {
  if (!db_.get_metadata(record_source_key(canonical)).empty()) return true;
  return news::is_record_file(path, load_.format);
}

void RecordFiles::index(const std::string& path, const std::string& canonical, Build build,
                        const Submit& submit, const std::function<bool()>& stopped) {
  auto file = std::make_shared<RecordFile>();
  file->path = path;
  file->canonical = canonical;
  try {
    file->stamp = stat_source(path);
    if (unchanged(*file)) return;
  } catch (const fs::filesystem_error& e) {
    note_skip(summary_, path, e.code().message());
    return;
  }
  read_known_records(*file);
  try {
    RecordFileReader reader(path, load_.max_file_bytes);
    const LoadOptions* load = &load_;
    while (!stopped()) {
      std::optional<RecordChunk> chunk = reader.next();
      if (!chunk) {
        // Read to the end: the file's last job can close it.
        file->content_hash = reader.content_hash();
        Loaded closing;
        closing.record_file = file;
        closing.closes_file = true;
        submit([closing = std::move(closing)]() mutable { return std::move(closing); });
        return;
      }
      Loaded job;
      job.path = path;
      job.record_file = file;
      submit([job = std::move(job), chunk = std::move(*chunk), load, build]() mutable {
        return load_records_for_writing(std::move(job), chunk, *load, build);
      });
    }
  } catch (const RecordFileTooLarge& e) {
    note_skip(summary_, path, e.what());
  } catch (const fs::filesystem_error& e) {
    note_skip(summary_, path, e.code().message());
  }
}

// True if the stored stamp says the file has not changed since it was last indexed whole (the
// same size, and the same times or, when touched, copied back or edited in place, the same
// content), counting its records as unchanged. Throws std::filesystem::filesystem_error if the file
// must be read to tell and cannot be.
bool RecordFiles::unchanged(const RecordFile& file) {
  const std::optional<RecordSourceStamp> stored =
      decode_record_source(db_.get_metadata(record_source_key(file.canonical)));
  if (!stored || options_.full || stored->stamp.size != file.stamp.size) return false;
  bool same = stored->stamp.mtime_ns == file.stamp.mtime_ns &&
              stored->stamp.ctime_ns == file.stamp.ctime_ns;
  if (!same) {
    // Touched, copied back or edited in place: the content decides.
    RecordSourceStamp now = *stored;
    now.stamp = file.stamp;
    now.stamp.content_hash = hash_source(file.path);
    same = now.stamp.content_hash == stored->stamp.content_hash;
    if (same && writer_)
      writer_->write_metadata(record_source_key(file.canonical), encode_record_source(now));
  }
  if (!same) return false;
  summary_.unchanged += stored->records;
  // Still there, and still unreadable: reported (and the exit code says so) on every run.
  for (const SkippedRecord& record : stored->skipped)
    note_skip(summary_, fmt::format("{}:{}", file.path, record.number), record.reason);
  return true;
}

// What the database holds of the file: its records' ids, documents and hashes.
void RecordFiles::read_known_records(RecordFile& file) const {
  const std::string term = file_term(file.canonical);
  for (auto it = db_.postlist_begin(term); it != db_.postlist_end(term); ++it) {
    const Xapian::Document document = db_.get_document(*it, Xapian::DOC_ASSUME_VALID);
    const std::optional<std::string> id = article_id_of(document);
    if (!id) continue;
    file.docids[*id] = *it;
    const std::optional<SourceStamp> stamp = read_source_stamp(document);
    file.known[*id] = stamp ? stamp->content_hash : std::string();
  }
}

void RecordFiles::write(Loaded& loaded) {
  if (loaded.closes_file) {
    close(*loaded.record_file);
  } else {
    write_records(loaded);
  }
}

void RecordFiles::write_records(Loaded& loaded) {
  RecordFile& file = *loaded.record_file;
  for (LoadedRecordDocument& record : loaded.records) {
    if (!record.error.empty()) {
      skip_record(file, record.number, std::move(record.error));
      continue;
    }
    if (!file.seen.insert(record.id).second) {
      // A url an earlier record of the file gave: this one is known by its line instead, as
      // read_json_file keys a repeated url (the workers see one chunk each, so it is done here).
      const std::string by_line =
          record_id(file.canonical, place_key(JsonFileKind::kLines, record.number));
      if (!record.document || !file.seen.insert(by_line).second) {
        skip_record(
            file, record.number,
            "repeats the url of an earlier record of the file; run with --full to index it");
        continue;
      }
      move_document(*record.document, by_line, file.canonical);
      record.id = by_line;
    }
    if (record.unchanged) {
      ++summary_.unchanged;
      continue;
    }
    const auto old = file.docids.find(record.id);
    const bool exists = old != file.docids.end();
    if (record.repaired) ++summary_.repaired;
    const std::string where = fmt::format("{}:{}", file.path, record.number);
    for (auto& note : record.dates_not_used) note_date_not_used(summary_, where, std::move(note));
    ++(exists ? summary_.updated : summary_.added);
    note_change(summary_, exists ? FileChange::Action::kUpdate : FileChange::Action::kAdd, where);
    if (!writer_) continue;
    writer_->write_article(id_term(record.id), *record.document, record.spelling_words,
                           exists ? old->second : 0);
    record.document.reset();
  }
}

void RecordFiles::skip_record(RecordFile& file, std::uint64_t number, std::string reason) {
  note_skip(summary_, fmt::format("{}:{}", file.path, number), reason);
  file.skipped.push_back({number, std::move(reason)});
}

void RecordFiles::close(RecordFile& file) {
  for (const auto& [id, docid] : file.docids) {
    if (file.seen.count(id)) continue;
    if (writer_) {
      writer_->delete_article(docid);
      writer_->count_change();
    }
    note_change(summary_, FileChange::Action::kDelete, fmt::format("{}#{}", file.path, id));
    ++summary_.deleted;
  }
  if (!writer_) return;
  RecordSourceStamp source{file.stamp, file.seen.size(), std::move(file.skipped)};
  source.stamp.content_hash = file.content_hash;
  writer_->write_metadata(record_source_key(file.canonical), encode_record_source(source));
}

}  // namespace news
