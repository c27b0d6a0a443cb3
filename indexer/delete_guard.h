// The delete guard (news-index --max-delete), in the spirit of rsync's --max-delete: a run whose
// deletions look like an accident rather than an archive that shrank holds them all back. An
// unmounted disk leaves an empty mount point, which walks like a directory whose files have all
// been deleted; without the guard the run would delete every article indexed from it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace news {

// How many articles one run may delete (--max-delete): a count, a percentage of the articles in
// the database when the run began, or no limit at all.
struct DeleteLimit {
  enum class Kind {
    kCount,      // at most `value` articles
    kPercent,    // at most `value` percent (0 to 100) of the database's articles
    kUnlimited,  // no limit, and a root whose articles all go may go too ("all")
  };
  Kind kind = Kind::kPercent;
  std::uint64_t value = 50;

  friend bool operator==(const DeleteLimit&, const DeleteLimit&) = default;
};

// Parses a --max-delete value: "N" (a count, 0 forbids any deletion), "N%" (0 to 100) or "all".
// Returns nothing for anything else.
std::optional<DeleteLimit> parse_delete_limit(std::string_view text);

// The value as --max-delete takes it: "120", "50%", "all".
std::string delete_limit_text(const DeleteLimit& limit);

// What a run would delete under one directory it walked (a root named on the command line).
struct RootDeletions {
  std::string root;
  std::uint64_t indexed = 0;  // articles the database has under it
  std::uint64_t gone = 0;     // of those, the ones whose file the walk did not find
};

// Why the run must delete nothing, or nothing when its deletions may go ahead. `gone` articles
// would be deleted out of the `archive` articles the database had when the run began; `roots`
// says how they spread over the directories walked. Held back when a root that has articles
// would lose every one of them (unless `limit` is unlimited), or when `gone` is over the limit.
// The reason names the root or the share, for the log: "all 3 articles indexed under /srv/a would
// go ...", "that is 57% of the 7 articles in the database, more than --max-delete 50% allows".
std::optional<std::string> hold_back_deletions(const DeleteLimit& limit, std::uint64_t archive,
                                               std::uint64_t gone,
                                               const std::vector<RootDeletions>& roots);

}  // namespace news
