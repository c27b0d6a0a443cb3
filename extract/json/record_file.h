// JSON and JSON Lines files as sources of many articles ("record files"): read in chunks of whole
// lines, so that a file of any size is indexed with bounded memory, and each record turned into an
// article with its own stable id. Knows nothing of databases; the indexer decides what to write.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/article.h"
#include "extract/load.h"

namespace news {

// A piece of a record file: whole lines of JSON Lines, or the whole of a JSON file.
struct RecordChunk {
  std::string bytes;
  std::size_t first_line = 1;  // the 1-based line number of the chunk's first byte
  bool whole_file = false;     // the file in one piece: read as JSON (object, array or lines)
  // Lines left out because they were longer than the line limit: (line number, reason).
  std::vector<std::pair<std::size_t, std::string>> dropped_lines;
};

// Reads a record file from start to end, one chunk at a time. The kind of file is decided by its
// first bytes and name:
//   - a file starting with '[' (a JSON array) is one chunk, and too large past `max_whole_bytes`;
//   - a file starting with '{' is one chunk (a single object, or lines: read_json_file decides)
//     when it is at most max_whole_bytes and not named .jsonl or .ndjson;
//   - any other file is read as JSON Lines, in chunks of about `chunk_bytes` of whole lines (the
//     indexer keeps a few chunks per worker in flight: 64 KiB, some 25 articles, keeps that
//     small, as one file is to a plain-text archive); a
//     line longer than max_whole_bytes is dropped (and reported in the chunk), not read into
//     memory.
// Throws std::filesystem::filesystem_error when the file cannot be opened or read, and
// RecordFileTooLarge for an array file past the limit.
class RecordFileReader {
 public:
  RecordFileReader(const std::string& path, std::uint64_t max_whole_bytes,
                   std::size_t chunk_bytes = 64 << 10);
  ~RecordFileReader();
  RecordFileReader(const RecordFileReader&) = delete;
  RecordFileReader& operator=(const RecordFileReader&) = delete;

  // The next chunk, or nothing at the end of the file.
  std::optional<RecordChunk> next();

  // content_hash of the bytes read so far: of the whole file once next() has returned nothing.
  std::string content_hash() const { return hasher_.hex(); }

 private:
  bool fill();  // reads more bytes into buffer_; false at the end of the file

  std::string path_;
  int fd_ = -1;
  std::uint64_t max_whole_bytes_;
  std::size_t chunk_bytes_;
  bool whole_ = false;
  bool done_ = false;
  bool at_eof_ = false;
  std::string buffer_;  // bytes read and not yet handed out
  std::size_t next_line_ = 1;
  ContentHasher hasher_;
};

// Thrown by RecordFileReader for a file that can only be read whole and is larger than allowed.
struct RecordFileTooLarge : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The article id of the record keyed `key` (JsonFileRecord::key: its url, or its place_key) in the
// record file at `canonical_path`: article_id of "PATH#KEY", stable across runs.
std::string record_id(const std::string& canonical_path, std::string_view key);

// One record of a chunk, ready for the indexer.
struct LoadedRecord {
  std::size_t number = 0;          // its line (JSON Lines, single object) or element (array) number
  std::string id;                  // article id: record_id(canonical path, the record's key)
  std::string hash;                // content_hash of the article as read, before extraction
  std::optional<Article> article;  // path, id, content_hash (= hash) set; empty on error or
                                   // when `unchanged`
  bool unchanged = false;  // the database already holds this record as it is (see load_records)
  std::string error;       // why the record could not be read
};

// The record ids a file had when last indexed, with their hashes.
using KnownRecords = std::unordered_map<std::string, std::string>;

// Reads the records of a chunk of the record file at `canonical_path`. A record whose id and hash
// are in `known` (when given) comes back `unchanged`, without extraction; the others are read,
// extracted as options say, and numbered as the chunk places them. Never throws.
std::vector<LoadedRecord> load_records(const RecordChunk& chunk, const std::string& canonical_path,
                                       const LoadOptions& options,
                                       const KnownRecords* known = nullptr);

}  // namespace news
