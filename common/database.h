// Opening a database for reading, and the schema version check every open makes (news-index's
// opening for writing, in indexer/writable_database.h, checks it too), so that no tool silently
// reads or writes a database of another layout.
#pragma once

#include <string>

#include <xapian.h>

#include "common/error.h"

namespace news {

// The stub file of a sharded archive: Xapian opens a directory holding it as the databases it
// lists, one a line ("auto SHARD" for a local shard, "remote HOST:PORT" for one served by
// xapian-tcpsrv; docs/sharding.md).
inline constexpr const char* kStubFile = "XAPIANDB";

// Throws SchemaVersionError, saying what to do, unless the database at `path` (opened as `db`) was
// written with this build's schema (kSchemaVersion).
void check_schema_version(const Xapian::Database& db, const std::string& path);

// Opens an existing database (a directory or a stub file) for reading. Throws DatabaseError with
// what to do if there is none at `path`, SchemaVersionError if its schema differs.
Xapian::Database open_for_read(const std::string& path);

// True if `path` is a stub (a stub file, or a directory holding one named XAPIANDB) that lists a
// remote shard ("remote HOST:PORT", served by xapian-tcpsrv). Xapian's remote backend runs only
// its own built-in classes, so news-query leaves out or refuses what needs ours
// (docs/sharding.md). Stubs listed by the stub are not followed.
bool has_remote_shards(const std::string& path);

// The number of article documents (documents of other types, should any be added, excluded).
Xapian::doccount article_count(const Xapian::Database& db);

}  // namespace news
