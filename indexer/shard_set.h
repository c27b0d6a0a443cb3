// The databases one news-index run writes: one database, or the shards of a sharded archive (one
// database per year or month of publication, listed in a stub file that searches open as one
// database; docs/sharding.md).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

namespace news {

// How an archive is split into shards. kNone: one database.
enum class ShardBy { kNone, kYear, kMonth };

// "none", "year", "month".
const char* shard_by_name(ShardBy by);

// Parses a --shard-by value; nothing for an unknown one.
std::optional<ShardBy> parse_shard_by(const std::string& text);

// True if `path` is a sharded archive: a directory holding the stub file (kStubFile,
// common/database.h), whose shards news-index lists as "auto SHARD" lines relative to it.
bool is_sharded_archive(const std::string& path);

// The shard that holds undated articles. It is created with the archive and listed first, and
// also holds what belongs to the archive as a whole: the metadata (schema version, sharding, order
// counter, record file stamps) and the spelling table, since a search reads metadata from the
// first database of a stub.
inline constexpr const char* kUndatedShard = "undated";

// Throws UsageError if `path` is a directory that holds files but no Xapian database (nor a
// sharded archive): most likely the archive, named by --db with the arguments swapped, where
// creating a database would scatter Xapian's files among the articles. A path that does not
// exist, an empty directory (lost+found aside) and an existing database pass.
void check_database_path(const std::string& path);

class ShardSet {
 public:
  // Opens the database at `path` for writing, creating it if needed: one database (kNone, and
  // `path` is not a sharded archive), or every shard of the archive at `path`, creating it as a
  // sharded archive split by `by`. `by` must match the archive's own split, which an existing
  // archive keeps (kNone there means "as it is"). A lock file in the archive keeps a second
  // news-index out, waiting up to `wait_seconds`. Throws DatabaseLockedError, UsageError (a
  // split that does not match), SchemaVersionError or DatabaseError.
  ShardSet(const std::string& path, ShardBy by, double wait_seconds);

  ShardSet(const ShardSet&) = delete;
  ShardSet& operator=(const ShardSet&) = delete;
  ~ShardSet();

  bool sharded() const { return by_ != ShardBy::kNone; }
  ShardBy shard_by() const { return by_; }

  // Every shard that existed when the run began, as one database. Its docids stay valid for the
  // whole run: shards created later are not in it (see `added_since_open`).
  const Xapian::Database& reader() const { return reader_; }

  // The shards created by this run, which reader() does not include.
  std::vector<Xapian::Database> added_since_open() const;

  // The shard and shard docid of a docid of reader().
  struct Location {
    std::size_t shard;
    Xapian::docid docid;
  };
  Location locate(Xapian::docid docid) const;

  Xapian::WritableDatabase& shard(std::size_t index) { return shards_[index].db; }
  std::size_t size() const { return shards_.size(); }

  // The first shard: metadata and spelling go there (see kUndatedShard). The database itself when
  // not sharded.
  Xapian::WritableDatabase& home() { return shards_.front().db; }

  // The shard for a document, by its publication date (Slot::kPublished); created, and listed in
  // the stub, if it does not exist yet. Always 0 when not sharded.
  std::size_t shard_for(const Xapian::Document& document);

  // Adds `document`, or replaces the document with `id_term`, in its shard. `previous` is the
  // docid in reader() of the article's document before this run (0 for a new article): when its
  // date moved it to another shard, that document is deleted. Taken from the caller, who has
  // looked it up already, rather than by asking every shard for the id term on every write.
  void replace(const std::string& id_term, const Xapian::Document& document,
               Xapian::docid previous);

  // Commits every shard.
  void commit();

  // Compacts every shard in place (compact_and_swap).
  void compact();

  // The directory of each shard (the database itself when not sharded).
  std::vector<std::string> paths() const;

 private:
  struct Shard {
    std::string name;
    Xapian::WritableDatabase db;
  };

  std::size_t create_shard(const std::string& name);
  void write_stub() const;

  std::string path_;
  ShardBy by_ = ShardBy::kNone;
  std::vector<Shard> shards_;
  std::size_t opened_ = 0;  // shards in reader_
  Xapian::Database reader_;
  int lock_fd_ = -1;
};

}  // namespace news
