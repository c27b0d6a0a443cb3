#include "indexer/writable_database.h"

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <optional>
#include <thread>

#include <fcntl.h>
#include <unistd.h>

#include <fmt/format.h>

#include "common/database.h"
#include "common/order_map.h"
#include "common/schema.h"

namespace news {

namespace {

// Creates an empty database at `path` (which does not exist, or is an empty directory) in one
// step as far as readers can tell: built beside it with its schema version committed, then renamed
// into place. A search started at that moment finds no database or a complete one, never a
// half-made one without a version. If another writer got there first, its database is kept.
void create_atomically(const std::string& path) {
  namespace fs = std::filesystem;
  const std::string staging = fmt::format("{}.creating-{}", path, ::getpid());
  try {
    Xapian::WritableDatabase db(staging, Xapian::DB_CREATE_OR_OVERWRITE);
    db.set_metadata(std::string(kSchemaVersionKey), std::string(kSchemaVersion));
    db.commit();
    db.close();
  } catch (const Xapian::Error& e) {
    std::error_code ec;
    fs::remove_all(staging, ec);
    throw DatabaseError(fmt::format("cannot create database {}: {}", path, e.get_description()));
  }
  // rename(2) replaces an empty directory and fails on a non-empty one: a database another
  // writer created meanwhile wins, and ours is dropped.
  if (std::rename(staging.c_str(), path.c_str()) != 0) {
    std::error_code ec;
    fs::remove_all(staging, ec);
  }
}

}  // namespace

void check_writable(const std::string& path, const std::string& lock_file) {
  // The effective user's rights (AT_EACCESS), which are the ones open(2) goes by.
  const auto refused = [](const std::string& what, int mode) {
    return ::faccessat(AT_FDCWD, what.c_str(), mode, AT_EACCESS) != 0;
  };
  std::string what;  // empty: the directory itself
  int error = 0;
  if (refused(path, W_OK | X_OK)) {
    error = errno;
  } else if (const std::string lock = path + "/" + lock_file;
             ::access(lock.c_str(), F_OK) == 0 && refused(lock, W_OK)) {
    error = errno;
    what = fmt::format("its lock file {}: ", lock);
  }
  if (error == 0) return;
  throw DatabaseError(fmt::format(
      "database {} is not writable: {}{}; run news-index as the user that owns it, or give "
      "that user write access",
      path, what, std::strerror(error)));
}

Xapian::WritableDatabase open_for_write(const std::string& path, double wait_seconds) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec) ||
      (std::filesystem::is_directory(path, ec) && std::filesystem::is_empty(path, ec))) {
    create_atomically(path);
  }
  check_writable(path, "flintlock");
  std::optional<Xapian::WritableDatabase> db;
  try {
    wait_for_lock(path, wait_seconds, [&] {
      try {
        db.emplace(path, Xapian::DB_CREATE_OR_OPEN);
        return true;
      } catch (const Xapian::DatabaseLockError&) {
        return false;
      }
    });
    if (db->get_doccount() == 0 && db->get_metadata(std::string(kSchemaVersionKey)).empty()) {
      db->set_metadata(std::string(kSchemaVersionKey), std::string(kSchemaVersion));
      db->commit();
    }
  } catch (const Xapian::Error& e) {
    throw DatabaseError(
        fmt::format("cannot open database {} for writing: {}", path, e.get_description()));
  }
  check_schema_version(*db, path);
  return std::move(*db);
}

void wait_for_lock(const std::string& path, double wait_seconds,
                   const std::function<bool()>& try_lock) {
  const auto deadline =
      std::chrono::steady_clock::now() + std::chrono::duration<double>(wait_seconds);
  while (!try_lock()) {
    if (std::chrono::steady_clock::now() >= deadline) throw database_locked(path, wait_seconds);
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
  }
}

DatabaseLockedError database_locked(const std::string& path, double wait_seconds) {
  return DatabaseLockedError(fmt::format(
      "database {} is locked: another news-index is writing to it; try again later{}", path,
      wait_seconds > 0 ? fmt::format(" (waited {:.0f}s)", wait_seconds)
                       : " or use --wait SECONDS"));
}

namespace {

// Compacts `source` beside `path` and exchanges the result with the database at `path`.
// `what` names the operation in messages: "compaction", "merge".
void compact_into_place(Xapian::Database source, const std::string& path, const char* what) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(path, ec)) {
    throw DatabaseError(fmt::format("{} of {} failed: not a database directory", what, path));
  }
  // Beside the database, so the exchange stays within one file system.
  const std::string compacted = path + ".compacting";
  fs::remove_all(compacted, ec);  // left over from a run killed while compacting
  try {
    source.compact(compacted);
  } catch (const Xapian::Error& e) {
    fs::remove_all(compacted, ec);
    throw DatabaseError(fmt::format("{} of {} failed: {}", what, path, e.get_description()));
  }
  // Compaction may renumber the documents (it closes the gaps deleted ones left), so the result
  // gets its own order map (common/order_map.h) before anyone can open it.
  try {
    Xapian::WritableDatabase result(compacted, Xapian::DB_OPEN);
    if (OrderMap::build(result).store(result)) result.commit();
  } catch (const Xapian::Error& e) {
    fs::remove_all(compacted, ec);
    throw DatabaseError(fmt::format("{} of {} failed: {}", what, path, e.get_description()));
  }
  if (::renameat2(AT_FDCWD, compacted.c_str(), AT_FDCWD, path.c_str(), RENAME_EXCHANGE) != 0) {
    const int error = errno;
    fs::remove_all(compacted, ec);
    throw DatabaseError(fmt::format("{} of {} failed: cannot swap the result in: {}", what, path,
                                    std::strerror(error)));
  }
  // `compacted` now names the old database; nobody can open it by `path` any more.
  fs::remove_all(compacted, ec);
}

}  // namespace

void compact_and_swap(Xapian::WritableDatabase& db, const std::string& path) {
  compact_into_place(db, path, "compaction");
}

void merge_and_swap(Xapian::WritableDatabase& db, const std::string& path,
                    const std::vector<std::string>& sources) {
  (void)db;  // held open for its lock: no other writer starts while the merge runs
  Xapian::Database merged;
  try {
    for (const auto& source : sources) merged.add_database(Xapian::Database(source));
  } catch (const Xapian::Error& e) {
    throw DatabaseError(fmt::format("merge of {} failed: {}", path, e.get_description()));
  }
  compact_into_place(merged, path, "merge");
}

}  // namespace news
