// Walking an archive's directory tree for the indexer: which files are articles, which are
// passed over, and what could not be read.
#pragma once

#include <functional>
#include <string>

namespace news {

// What a directory walk met, for the caller to act on.
enum class EntryKind { kArticle, kIgnored, kError };

using WalkVisitor =
    std::function<void(EntryKind kind, const std::string& path, const std::string& detail)>;

// Walks the tree under `root` depth first, each directory's entries in name order (so a run's
// order, and the document ids it assigns, do not depend on the file system), calling
// `visit(kind, path, detail)`: kArticle for an article file (detail: empty, or its canonical path
// if it was reached through a symbolic link), kIgnored for files and directories passed over
// (hidden, not articles, links to directories), kError for what could not be read (detail: why).
// Links to directories are not followed: a link back up the tree would loop, and a link to another
// archive would index it under two paths. An unreadable directory is reported and its siblings
// walked. `keep_going()` is polled between entries.
//
// POSIX readdir rather than std::filesystem: on a no-change run the walk is most of the work, and
// building std::filesystem::path objects (which parse every component) cost more than Xapian's
// lookups. Only one directory is open at a time, however deep the tree.
void walk_tree(const std::string& root, const WalkVisitor& visit,
               const std::function<bool()>& keep_going);

}  // namespace news
