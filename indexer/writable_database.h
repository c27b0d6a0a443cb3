// news-index's side of the database: opening it for writing under its lock, with a bounded wait
// for another writer, and rewriting it compactly (after a run, or to merge parallel parts).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <xapian.h>

#include "common/error.h"

namespace news {

// Opens the database at `path` for writing, creating it (and writing the schema version) if it
// does not exist. If another writer holds it, retries for up to `wait_seconds` (0: fail at once),
// then throws DatabaseLockedError. Throws SchemaVersionError if it was written with another
// schema, DatabaseError if it cannot be opened or created, or this user cannot write it
// (check_writable).
Xapian::WritableDatabase open_for_write(const std::string& path, double wait_seconds = 0);

// The error for a database that another news-index is writing to, after waiting `wait_seconds`
// for it (the message says what to do); one wording for every lock news-index takes.
DatabaseLockedError database_locked(const std::string& path, double wait_seconds);

// Throws DatabaseError, saying that the database is not writable and why, if this user cannot
// write the directory `path` (a database, or a sharded archive) or, when it is there, `lock_file`
// in it (Xapian's "flintlock"). Xapian reports both as a write lock it cannot take, which would
// read as another writer holding it (exit 75, "try again later") when no wait can help.
void check_writable(const std::string& path, const std::string& lock_file);

// Waits for a lock news-index takes: calls `try_lock` until it returns true, every 200 ms for up to
// `wait_seconds` (0: once), then throws database_locked(path, wait_seconds). The one bounded wait
// for every such lock: the database's own (open_for_write) and a sharded archive's
// (indexer/shard_set.cc). Xapian's own DB_RETRY_LOCK waits without a limit; a cron job wants a
// bounded wait.
void wait_for_lock(const std::string& path, double wait_seconds,
                   const std::function<bool()>& try_lock);

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

}  // namespace news
