#include "common/database.h"

#include <filesystem>

#include <fmt/format.h>

#include "common/error.h"
#include "common/schema.h"

namespace news {

namespace {

void check_schema_version(const Xapian::Database& db, const std::string& path) {
  const std::string version = db.get_metadata(std::string(kSchemaVersionKey));
  if (version != kSchemaVersion) {
    throw SchemaVersionError(fmt::format(
        "database {} has schema version '{}', this build needs '{}': re-index into a new database "
        "(news-index --db NEW_PATH ...)",
        path, version.empty() ? "none" : version, kSchemaVersion));
  }
}

}  // namespace

Xapian::WritableDatabase open_for_write(const std::string& path) {
  try {
    Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OPEN);
    if (db.get_doccount() == 0 && db.get_metadata(std::string(kSchemaVersionKey)).empty()) {
      db.set_metadata(std::string(kSchemaVersionKey), std::string(kSchemaVersion));
      db.commit();
    }
    check_schema_version(db, path);
    return db;
  } catch (const Xapian::DatabaseLockError&) {
    throw DatabaseLockedError(fmt::format(
        "database {} is locked: another news-index is writing to it; try again later", path));
  } catch (const Xapian::Error& e) {
    throw DatabaseError(
        fmt::format("cannot open database {} for writing: {}", path, e.get_description()));
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

Xapian::doccount article_count(const Xapian::Database& db) {
  return db.get_termfreq(boolean_term(FieldSource::kType, kArticleType));
}

}  // namespace news
