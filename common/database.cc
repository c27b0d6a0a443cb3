#include "common/database.h"

#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include "common/error.h"
#include "common/schema.h"

namespace news {

void check_schema_version(const Xapian::Database& db, const std::string& path) {
  const std::string version = db.get_metadata(std::string(kSchemaVersionKey));
  if (version != kSchemaVersion) {
    throw SchemaVersionError(fmt::format(
        "database {} has schema version '{}', this build needs '{}': re-index into a new database "
        "(news-index --db NEW_PATH ...)",
        path, version.empty() ? "none" : version, kSchemaVersion));
  }
}

Xapian::Database open_for_read(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    throw DatabaseError(fmt::format(
        "no database at {}: create it with news-index --db {} DIRECTORY...", path, path));
  }
  try {
    Xapian::Database db(path);
    check_schema_version(db, path);
    return db;
  } catch (const Xapian::Error& e) {
    throw DatabaseError(fmt::format("cannot open database {}: {}", path, e.get_description()));
  }
}

bool has_remote_shards(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path stub = fs::is_directory(path, ec) ? fs::path(path) / kStubFile : fs::path(path);
  if (!fs::is_regular_file(stub, ec)) return false;
  std::ifstream in(stub);
  std::string line;
  while (std::getline(in, line)) {
    const std::size_t start = line.find_first_not_of(" \t");
    if (start != std::string::npos && line.compare(start, 7, "remote ") == 0) return true;
  }
  return false;
}

Xapian::doccount article_count(const Xapian::Database& db) {
  return db.get_termfreq(boolean_term(FieldSource::kType, kArticleType));
}

}  // namespace news
