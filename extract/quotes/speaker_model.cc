#include "extract/quotes/speaker_model.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>

#include <fmt/format.h>

#include "common/error.h"
#include "common/strings.h"

namespace news::quotes {

namespace {

double parse_number(std::string_view text, std::size_t line) {
  double value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
    throw Error(fmt::format("speaker model, line {}: \"{}\" is not a number", line, text));
  return value;
}

}  // namespace

SpeakerModel SpeakerModel::parse(std::string_view text) {
  SpeakerModel model;
  std::array<bool, kSpeakerFeatureCount> seen{};
  bool threshold_seen = false;
  std::size_t line_number = 0;
  // Not split(): it drops empty lines, and the messages name line numbers.
  for (std::size_t start = 0; start < text.size();) {
    const std::size_t newline = std::min(text.find('\n', start), text.size());
    std::string_view line = trim(text.substr(start, newline - start));
    start = newline + 1;
    ++line_number;
    if (line.empty() || line.front() == '#') continue;
    const auto fields = split(line, " ");
    if (fields.size() == 2 && fields[0] == "threshold") {
      model.threshold_ = parse_number(fields[1], line_number);
      threshold_seen = true;
      continue;
    }
    if (fields.size() != 3 || fields[0] != "weight")
      throw Error(
          fmt::format("speaker model, line {}: expected \"weight NAME VALUE\" or "
                      "\"threshold P\"",
                      line_number));
    std::size_t index = 0;
    while (index < kSpeakerFeatureCount && kSpeakerFeatureNames[index] != fields[1]) ++index;
    if (index == kSpeakerFeatureCount)
      throw Error(
          fmt::format("speaker model, line {}: unknown feature \"{}\"", line_number, fields[1]));
    if (seen[index])
      throw Error(
          fmt::format("speaker model, line {}: \"{}\" given twice", line_number, fields[1]));
    seen[index] = true;
    model.weights_[index] = parse_number(fields[2], line_number);
  }
  for (std::size_t i = 0; i < kSpeakerFeatureCount; ++i) {
    if (!seen[i])
      throw Error(fmt::format("speaker model: no weight for \"{}\" (retrain: docs/quotes.md)",
                              kSpeakerFeatureNames[i]));
  }
  if (!threshold_seen) throw Error("speaker model: no threshold");
  return model;
}

const SpeakerModel& SpeakerModel::built_in() {
  static const SpeakerModel model = parse(kBuiltInSpeakerModel);
  return model;
}

double SpeakerModel::probability(const SpeakerFeatures& features) const {
  double sum = 0;
  for (std::size_t i = 0; i < kSpeakerFeatureCount; ++i) sum += weights_[i] * features[i];
  return 1.0 / (1.0 + std::exp(-sum));
}

}  // namespace news::quotes
