#include "indexer/shard_set.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <fmt/format.h>

#include "common/database.h"
#include "common/error.h"
#include "common/schema.h"
#include "indexer/writable_database.h"

namespace news {

namespace fs = std::filesystem;

namespace {

// The lock file of a sharded archive: news-index holds an flock on it for the whole run, so that
// a second run cannot start, nor create a shard, meanwhile. Readers never take it.
constexpr const char* kLockFile = ".news-index.lock";

int lock_archive(const std::string& path, double wait_seconds) {
  const std::string lock_path = path + "/" + kLockFile;
  const int fd = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) {
    throw DatabaseError(
        fmt::format("cannot open the lock file {}: {}", lock_path, std::strerror(errno)));
  }
  try {
    wait_for_lock(path, wait_seconds, [&] {
      if (::flock(fd, LOCK_EX | LOCK_NB) == 0) return true;
      if (errno == EWOULDBLOCK || errno == EINTR) return false;
      throw DatabaseError(fmt::format("cannot lock {}: {}", lock_path, std::strerror(errno)));
    });
  } catch (...) {
    ::close(fd);
    throw;
  }
  return fd;
}

// The shard names the stub lists, in order ("auto NAME" lines; blank lines and # comments
// skipped).
std::vector<std::string> read_stub(const std::string& path) {
  std::ifstream in(path + "/" + kStubFile);
  if (!in) throw DatabaseError(fmt::format("cannot read {}/{}", path, kStubFile));
  std::vector<std::string> names;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line.front() == '#') continue;
    std::istringstream words(line);
    std::string kind, name;
    words >> kind >> name;
    if (kind != "auto" || name.empty() || name.find('/') != std::string::npos) {
      throw DatabaseError(fmt::format(
          "{}/{}: '{}' is not a shard news-index wrote (it writes 'auto NAME' lines); a stub "
          "naming remote shards is for searching, not for indexing",
          path, kStubFile, line));
    }
    names.push_back(name);
  }
  return names;
}

}  // namespace

const char* shard_by_name(ShardBy by) {
  switch (by) {
    case ShardBy::kNone:
      return "none";
    case ShardBy::kYear:
      return "year";
    case ShardBy::kMonth:
      return "month";
  }
  return "none";
}

std::optional<ShardBy> parse_shard_by(const std::string& text) {
  for (ShardBy by : {ShardBy::kNone, ShardBy::kYear, ShardBy::kMonth})
    if (text == shard_by_name(by)) return by;
  return std::nullopt;
}

bool is_sharded_archive(const std::string& path) {
  std::error_code ec;
  return fs::is_regular_file(fs::path(path) / kStubFile, ec);
}

void check_database_path(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(path, ec)) return;
  // What a directory news-index can write to holds: a Xapian database's version file or lock, or
  // a sharded archive's stub or lock (also before a killed first run wrote its stub).
  for (const char* name : {"iamglass", "iamchert", "iamhoney", "flintlock", kStubFile, kLockFile}) {
    if (fs::exists(fs::path(path) / name, ec)) return;
  }
  for (fs::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
    // A file system's own directory, in a database directory that is a mount point.
    if (it->path().filename() == "lost+found") continue;
    throw UsageError(fmt::format(
        "{} is not a Xapian database and is not empty: refusing to write a database among its "
        "files. Are --db and the paths to index swapped? (news-index --db DATABASE PATH...)",
        path));
  }
}

ShardSet::ShardSet(const std::string& path, ShardBy by, double wait_seconds) : path_(path) {
  std::error_code ec;
  const bool existing = is_sharded_archive(path);
  if (!existing && by == ShardBy::kNone) {
    shards_.push_back({"", open_for_write(path, wait_seconds)});
    reader_ = shards_.front().db;
    opened_ = 1;
    return;
  }
  if (!existing) {
    if (fs::exists(path, ec) && !(fs::is_directory(path, ec) && fs::is_empty(path, ec))) {
      throw UsageError(
          fmt::format("{} is a database that is not sharded: --shard-by {} needs a new path", path,
                      shard_by_name(by)));
    }
    fs::create_directories(path, ec);
    if (ec) throw DatabaseError(fmt::format("cannot create {}: {}", path, ec.message()));
  }
  check_writable(path, kLockFile);
  lock_fd_ = lock_archive(path, wait_seconds);
  try {
    if (!is_sharded_archive(path)) {
      // New (or a run killed before it wrote the stub): the undated shard comes first, and says
      // how the archive is split before the stub makes it an archive.
      by_ = by;
      shards_.push_back({kUndatedShard, open_for_write(path + "/" + kUndatedShard)});
      home().set_metadata(std::string(kShardByKey), shard_by_name(by));
      home().commit();
      write_stub();
    } else {
      for (const std::string& name : read_stub(path))
        shards_.push_back({name, open_for_write(path + "/" + name)});
      if (shards_.empty())
        throw DatabaseError(fmt::format("{}/{} lists no shard", path, kStubFile));
      const std::optional<ShardBy> stored =
          parse_shard_by(home().get_metadata(std::string(kShardByKey)));
      if (!stored || *stored == ShardBy::kNone) {
        throw DatabaseError(
            fmt::format("{}: the first shard does not say how the archive is split", path));
      }
      if (by != ShardBy::kNone && by != *stored) {
        throw UsageError(fmt::format(
            "{} is sharded by {}, not by {}: re-index into a new path to split it otherwise", path,
            shard_by_name(*stored), shard_by_name(by)));
      }
      by_ = *stored;
    }
  } catch (...) {
    ::close(lock_fd_);
    throw;
  }
  for (const Shard& shard : shards_) reader_.add_database(shard.db);
  opened_ = shards_.size();
}

ShardSet::~ShardSet() {
  if (lock_fd_ >= 0) ::close(lock_fd_);
}

std::vector<Xapian::Database> ShardSet::added_since_open() const {
  std::vector<Xapian::Database> out;
  for (std::size_t i = opened_; i < shards_.size(); ++i) out.push_back(shards_[i].db);
  return out;
}

ShardSet::Location ShardSet::locate(Xapian::docid docid) const {
  // Xapian interleaves the docids of a multi-database: shard i's docid d is (d - 1) * n + i + 1.
  const auto n = static_cast<Xapian::docid>(opened_);
  return {static_cast<std::size_t>((docid - 1) % n), (docid - 1) / n + 1};
}

std::size_t ShardSet::shard_for(const Xapian::Document& document) {
  if (!sharded()) return 0;
  const std::string published = document.get_value(slot_number(Slot::kPublished));
  std::string name = kUndatedShard;
  if (published.size() >= 6) {
    name = by_ == ShardBy::kYear ? published.substr(0, 4)
                                 : published.substr(0, 4) + "-" + published.substr(4, 2);
  }
  for (std::size_t i = 0; i < shards_.size(); ++i)
    if (shards_[i].name == name) return i;
  return create_shard(name);
}

void ShardSet::replace(const std::string& id_term, const Xapian::Document& document,
                       Xapian::docid previous) {
  const std::size_t target = shard_for(document);
  if (previous != 0) {
    const Location at = locate(previous);
    if (at.shard != target) shards_[at.shard].db.delete_document(at.docid);
  }
  shards_[target].db.replace_document(id_term, document);
}

void ShardSet::commit() {
  for (Shard& shard : shards_) shard.db.commit();
}

void ShardSet::compact() {
  const std::vector<std::string> directories = paths();
  for (std::size_t i = 0; i < shards_.size(); ++i) compact_and_swap(shards_[i].db, directories[i]);
}

std::vector<std::string> ShardSet::paths() const {
  std::vector<std::string> out;
  for (const Shard& shard : shards_)
    out.push_back(shard.name.empty() ? path_ : path_ + "/" + shard.name);
  return out;
}

// A new shard is a complete, empty database (schema version committed) before the stub names it,
// so a search that opens the stub meanwhile never meets a half-made shard.
std::size_t ShardSet::create_shard(const std::string& name) {
  shards_.push_back({name, open_for_write(path_ + "/" + name)});
  write_stub();
  return shards_.size() - 1;
}

// Written beside and renamed over: a search reads the old list or the new one, never half of one.
void ShardSet::write_stub() const {
  const std::string stub = path_ + "/" + kStubFile;
  const std::string staging = stub + ".new";
  {
    std::ofstream out(staging, std::ios::trunc);
    out << "# news-index: the shards of this archive, split by " << shard_by_name(by_)
        << "; searches open this directory as one database\n";
    for (const Shard& shard : shards_) out << "auto " << shard.name << "\n";
    out.flush();
    if (!out) throw DatabaseError(fmt::format("cannot write {}", staging));
  }
  if (std::rename(staging.c_str(), stub.c_str()) != 0) {
    throw DatabaseError(fmt::format("cannot write {}: {}", stub, std::strerror(errno)));
  }
}

}  // namespace news
