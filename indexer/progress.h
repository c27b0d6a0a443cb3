// The progress bar news-index draws on stderr while it runs on a terminal.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

namespace news {

class ProgressBar {
 public:
  // A bar for a run over `inputs`, drawn only when `shown`. A shown bar first counts the files a
  // walk of the inputs would index, for its ETA: someone is watching, and a second walk (of
  // cached directory entries) is cheap next to reading the files.
  ProgressBar(bool shown, const std::vector<std::string>& inputs);

  // Counts one more file met, and redraws the bar at most five times a second: files done of those
  // expected, rate and time left.
  void file_met();

  // Erases the bar, so that what is printed next starts on a clean line.
  void clear() const;

 private:
  using Clock = std::chrono::steady_clock;

  bool shown_;
  Clock::time_point start_;
  Clock::time_point last_drawn_;
  std::size_t expected_ = 0;
  std::size_t met_ = 0;
};

// A duration as "M:SS", or "H:MM:SS" from an hour on.
std::string format_duration(double seconds);

}  // namespace news
