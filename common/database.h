// Opening the database: create-or-open for the indexer, open-existing for queries, both checking
// the schema version so that no tool silently reads or writes a database of another layout.
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

#include "common/error.h"

namespace news {

// Opens the database at `path` for writing, creating it (and writing the schema version) if it
// does not exist. If another writer holds it, retries for up to `wait_seconds` (0: fail at once),
// then throws DatabaseLockedError. Throws SchemaVersionError if it was written with another
// schema, DatabaseError if it cannot be opened or created.
Xapian::WritableDatabase open_for_write(const std::string& path, double wait_seconds = 0);

// The error for a database that another news-index is writing to, after waiting `wait_seconds`
// for it (the message says what to do); one wording for every lock news-index takes.
DatabaseLockedError database_locked(const std::string& path, double wait_seconds);

// Opens an existing database (a directory or a stub file) for reading. Throws DatabaseError with
// what to do if there is none at `path`, SchemaVersionError if its schema differs.
Xapian::Database open_for_read(const std::string& path);

// Rewrites the database at `path` compactly and swaps the result in. `db` must be that database,
// open for writing with nothing uncommitted, so no other writer can start meanwhile. The swap is
// one atomic exchange of directories (renameat2 RENAME_EXCHANGE): a reader opening `path` gets
// the old or the new database, never neither; readers with the old one open keep reading it (its
// files are unlinked, not overwritten) until they reopen. Throws DatabaseError if `path` is not a
// database directory or the compaction fails; the original is then left as it was.
void compact_and_swap(Xapian::WritableDatabase& db, const std::string& path);

// Replaces the database at `path` with one compacted from the databases at `sources` (documents
// renumbered one source after another, spelling frequencies summed; of metadata keys set in
// several sources, the first source's entry wins), by the same atomic exchange as
// compact_and_swap. `db` must be the database at `path`, open for writing with nothing
// uncommitted, so that no other writer can start meanwhile; `sources` may name `path` itself.
// Throws DatabaseError if the compaction or the swap fails; the original is then left as it was.
void merge_and_swap(Xapian::WritableDatabase& db, const std::string& path,
                    const std::vector<std::string>& sources);

// True if `path` is a stub (a stub file, or a directory holding one named XAPIANDB) that lists a
// remote shard ("remote HOST:PORT", served by xapian-tcpsrv). Xapian's remote backend runs only
// its own built-in classes, so news-query leaves out or refuses what needs ours
// (docs/sharding.md). Stubs listed by the stub are not followed.
bool has_remote_shards(const std::string& path);

// The number of article documents (documents of other types, should any be added, excluded).
Xapian::doccount article_count(const Xapian::Database& db);

}  // namespace news
