#include "indexer/progress.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <system_error>

#include <fmt/format.h>

#include "indexer/walk.h"

namespace news {

namespace {

// The files a walk of `inputs` would index: a file named counts as one.
std::size_t count_candidates(const std::vector<std::string>& inputs) {
  std::size_t count = 0;
  for (const auto& input : inputs) {
    std::error_code ec;
    if (!std::filesystem::is_directory(input, ec)) {
      ++count;
      continue;
    }
    walk_tree(
        input,
        [&](EntryKind kind, const std::string&, const std::string&) {
          if (kind == EntryKind::kArticle) ++count;
        },
        [] { return true; });
  }
  return count;
}

}  // namespace

ProgressBar::ProgressBar(bool shown, const std::vector<std::string>& inputs)
    : shown_(shown), start_(Clock::now()) {
  if (shown_) expected_ = count_candidates(inputs);
}

void ProgressBar::file_met() {
  ++met_;
  if (!shown_ || met_ % 16 != 0) return;
  const auto now = Clock::now();
  if (now - last_drawn_ < std::chrono::milliseconds(200)) return;
  last_drawn_ = now;
  const double elapsed = std::chrono::duration<double>(now - start_).count();
  const double rate = elapsed > 0 ? static_cast<double>(met_) / elapsed : 0.0;
  const std::size_t expected = std::max(expected_, met_);
  const double fraction = static_cast<double>(met_) / static_cast<double>(expected);
  constexpr int kWidth = 24;
  const int filled = static_cast<int>(fraction * kWidth);
  const std::string eta =
      rate > 0 ? format_duration(static_cast<double>(expected - met_) / rate) : "?";
  std::fprintf(stderr, "\r\033[Knews-index [%s%s] %3.0f%% %zu/%zu files, %.0f files/s, ETA %s",
               std::string(filled, '#').c_str(), std::string(kWidth - filled, '.').c_str(),
               fraction * 100, met_, expected, rate, eta.c_str());
}

void ProgressBar::clear() const {
  if (shown_) std::fputs("\r\033[K", stderr);
}

std::string format_duration(double seconds) {
  const auto total = static_cast<long long>(seconds + 0.5);
  if (total >= 3600)
    return fmt::format("{}:{:02}:{:02}", total / 3600, total / 60 % 60, total % 60);
  return fmt::format("{}:{:02}", total / 60, total % 60);
}

}  // namespace news
