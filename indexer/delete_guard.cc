#include "indexer/delete_guard.h"

#include <charconv>
#include <cmath>

#include <fmt/format.h>

namespace news {

std::optional<DeleteLimit> parse_delete_limit(std::string_view text) {
  if (text == "all") return DeleteLimit{DeleteLimit::Kind::kUnlimited, 0};
  DeleteLimit limit{DeleteLimit::Kind::kCount, 0};
  if (text.ends_with('%')) {
    limit.kind = DeleteLimit::Kind::kPercent;
    text.remove_suffix(1);
  }
  // Digits only: from_chars would take a sign, and "1e3" or " 5" are not what anyone means.
  if (text.empty() || text.find_first_not_of("0123456789") != std::string_view::npos)
    return std::nullopt;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), limit.value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  if (limit.kind == DeleteLimit::Kind::kPercent && limit.value > 100) return std::nullopt;
  return limit;
}

std::string delete_limit_text(const DeleteLimit& limit) {
  switch (limit.kind) {
    case DeleteLimit::Kind::kCount:
      return std::to_string(limit.value);
    case DeleteLimit::Kind::kPercent:
      return fmt::format("{}%", limit.value);
    case DeleteLimit::Kind::kUnlimited:
      return "all";
  }
  return "all";
}

namespace {

// `part` as a percentage of `whole`, rounded to a whole number unless that would make it look
// no more than `limit` percent (50.2% is over 50%: "50.2%", not "50%").
std::string percent_text(std::uint64_t part, std::uint64_t whole, std::uint64_t limit) {
  const double percent = 100.0 * static_cast<double>(part) / static_cast<double>(whole);
  const int decimals = std::round(percent) <= static_cast<double>(limit) ? 1 : 0;
  return fmt::format("{:.{}f}%", percent, decimals);
}

}  // namespace

std::optional<std::string> hold_back_deletions(const DeleteLimit& limit, std::uint64_t archive,
                                               std::uint64_t gone,
                                               const std::vector<RootDeletions>& roots) {
  if (gone == 0 || limit.kind == DeleteLimit::Kind::kUnlimited) return std::nullopt;
  // A root that would be left with none of its articles: its disk is most likely not mounted, or
  // mounted empty, whatever share of the archive it holds.
  for (const RootDeletions& root : roots) {
    if (root.indexed > 0 && root.gone == root.indexed) {
      return fmt::format(
          "{} indexed under {} would go (an unmounted disk leaves an empty directory)",
          root.indexed == 1 ? std::string("the only article")
                            : fmt::format("all {} articles", root.indexed),
          root.root);
    }
  }
  if (limit.kind == DeleteLimit::Kind::kCount) {
    if (gone <= limit.value) return std::nullopt;
    return fmt::format("more than --max-delete {} allows", limit.value);
  }
  // gone / archive > value / 100, in integers.
  if (gone * 100 <= limit.value * archive) return std::nullopt;
  return fmt::format(
      "that is {} of the {} articles in the database, more than --max-delete {}% allows",
      percent_text(gone, archive, limit.value), archive, limit.value);
}

}  // namespace news
