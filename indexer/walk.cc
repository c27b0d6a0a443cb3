#include "indexer/walk.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iterator>
#include <string_view>
#include <system_error>
#include <vector>

#include <dirent.h>
#include <sys/stat.h>

#include "extract/format.h"

namespace news {

namespace fs = std::filesystem;

void walk_tree(const std::string& root, const WalkVisitor& visit,
               const std::function<bool()>& keep_going) {
  struct Entry {
    std::string name;
    unsigned char type;  // d_type: DT_REG, DT_DIR, DT_LNK, or DT_UNKNOWN on some file systems
  };
  std::vector<std::string> directories{root};
  std::vector<Entry> entries;
  std::vector<std::string> subdirectories;
  while (!directories.empty() && keep_going()) {
    const std::string directory = std::move(directories.back());
    directories.pop_back();
    DIR* handle = ::opendir(directory.c_str());
    if (handle == nullptr) {
      visit(EntryKind::kError, directory, std::strerror(errno));
      continue;
    }
    entries.clear();
    errno = 0;
    while (const dirent* entry = ::readdir(handle)) {
      const std::string_view name = entry->d_name;
      if (name != "." && name != "..") entries.push_back({std::string(name), entry->d_type});
    }
    const int read_error = errno;
    ::closedir(handle);
    if (read_error != 0) visit(EntryKind::kError, directory, std::strerror(read_error));
    std::sort(entries.begin(), entries.end(),
              [](const Entry& a, const Entry& b) { return a.name < b.name; });

    const std::string prefix = directory.ends_with('/') ? directory : directory + '/';
    subdirectories.clear();
    for (const Entry& entry : entries) {
      if (!keep_going()) return;
      const std::string path = prefix + entry.name;
      if (entry.name.front() == '.') {
        visit(EntryKind::kIgnored, path, "");
        continue;
      }
      unsigned char type = entry.type;
      if (type == DT_UNKNOWN) {
        struct stat info {};
        if (::lstat(path.c_str(), &info) != 0) {
          visit(EntryKind::kError, path, std::strerror(errno));
          continue;
        }
        type = S_ISDIR(info.st_mode)   ? DT_DIR
               : S_ISLNK(info.st_mode) ? DT_LNK
               : S_ISREG(info.st_mode) ? DT_REG
                                       : DT_UNKNOWN;
      }
      if (type == DT_DIR) {
        subdirectories.push_back(path);
      } else if (!is_article_name(entry.name)) {
        visit(EntryKind::kIgnored, path, "");
      } else if (type == DT_REG) {
        visit(EntryKind::kArticle, path, "");
      } else if (type == DT_LNK) {
        // Follow links to files only; a dangling or looping link is an error worth reporting.
        struct stat target {};
        if (::stat(path.c_str(), &target) != 0) {
          visit(EntryKind::kError, path, std::string("symbolic link: ") + std::strerror(errno));
        } else if (S_ISREG(target.st_mode)) {
          std::error_code ec;
          const fs::path canonical = fs::weakly_canonical(path, ec);
          visit(EntryKind::kArticle, path, ec ? std::string() : canonical.string());
        } else {
          visit(EntryKind::kIgnored, path, "");
        }
      } else {
        visit(EntryKind::kIgnored, path, "");  // FIFOs, sockets, devices
      }
    }
    directories.insert(directories.end(), std::make_move_iterator(subdirectories.rbegin()),
                       std::make_move_iterator(subdirectories.rend()));
  }
}

}  // namespace news
