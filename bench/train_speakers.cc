// train-speakers: learns a speaker model (extract/quotes/speaker_model_trained.txt) from PolNeAR
// train, and chooses its threshold on the tuning part of the PolNeAR dev gold
// (bench/gold/README-splits.md). docs/quotes.md, "The speaker model", says what it does and why;
// this is the one command that makes the model file:
//
//   bench/train_speakers.sh     (builds it, runs it on ../shared, writes the model file)
//
// Deterministic: articles in file-name order, full-batch gradient descent from zero weights for a
// fixed number of rounds, weights written rounded to 4 decimals. Retraining on the same data gives
// the same file byte for byte (CI checks it: ctest speaker_model_reproducible).
//
// Labels. For each train article, every person the extractor's passes credit with a quote is a
// candidate (news::speaker_candidates); the candidate is a positive example when the article's
// annotation (the first annotator's .ann file in sorted order) has a Source span naming them: the
// span contains their last name word, not as a possessive ("Trump's campaign" names the campaign).
// PolNeAR also annotates beliefs and intentions and names organisations as sources, so labels are
// noisy in both directions; the dev gold, made by reading, is what the threshold is chosen on.
//
// Exit codes: 0 written; 2 usage error or unreadable input; 3 internal error.
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "bench/speaker_score.h"
#include "common/article.h"
#include "common/error.h"
#include "extract/quotes/extractor.h"
#include "extract/text/reader.h"

namespace news::speaker_training {

namespace fs = std::filesystem;
using speaker_eval::GoldArticle;
using speaker_eval::InputError;

constexpr int kRounds = 3000;
constexpr double kLearningRate = 0.5;
constexpr double kL2 = 0.001;  // per example; keeps weights of rare features finite

struct Example {
  quotes::SpeakerFeatures features;
  bool positive = false;
};

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(fmt::format("cannot read {}", path.string()));
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The Source spans' covered text of one BRAT file ("T12\tSource 10 15\tLavrov"; a covered text
// may go on over continuation lines without a tab, which are appended).
std::vector<std::string> source_texts(const std::string& ann) {
  std::vector<std::string> sources;
  bool continuing = false;
  std::istringstream lines(ann);
  for (std::string line; std::getline(lines, line);) {
    const std::size_t tab = line.find('\t');
    if (tab == std::string::npos) {
      if (continuing) sources.back() += " " + line;
      continue;
    }
    continuing = false;
    if (line.rfind("T", 0) != 0) continue;
    const std::size_t second = line.find('\t', tab + 1);
    if (second == std::string::npos) continue;
    if (line.compare(tab + 1, 7, "Source ") != 0) continue;
    sources.push_back(line.substr(second + 1));
    continuing = true;
  }
  return sources;
}

bool is_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
}

// True when `word` occurs in `text` as a whole word that is not a possessive.
bool names_word(const std::string& text, const std::string& word) {
  for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
    const std::size_t end = at + word.size();
    if (at > 0 && is_letter(text[at - 1])) continue;
    if (end < text.size() && is_letter(text[end])) continue;
    const std::string_view rest = std::string_view(text).substr(end);
    if (rest.starts_with("'s") || rest.starts_with("’s") || rest.starts_with("' ")) continue;
    return true;
  }
  return false;
}

bool is_positive(const SpeakerCandidate& candidate, const std::vector<std::string>& sources) {
  const std::size_t space = candidate.name.rfind(' ');
  const std::string last =
      space == std::string::npos ? candidate.name : candidate.name.substr(space + 1);
  return std::any_of(sources.begin(), sources.end(),
                     [&](const std::string& source) { return names_word(source, last); });
}

// The article as eval-speakers reads it: the plain-text reader, US date order.
Article read_text(const fs::path& path) {
  GoldArticle gold;
  gold.file = path.filename().string();
  gold.text_path = path;
  TextReaderOptions options;
  options.dates.numeric_order = NumericDateOrder::kMonthFirst;
  return speaker_eval::read_article(gold, options);
}

// The .txt or .ann files of a PolNeAR folder, in name order. Throws InputError when the folder
// cannot be read.
std::vector<fs::path> files_in(const fs::path& dir, std::string_view extension) {
  std::error_code error;
  fs::directory_iterator it(dir, error);
  if (error) throw InputError(fmt::format("cannot read {}: {}", dir.string(), error.message()));
  std::vector<fs::path> files;
  for (const auto& entry : it) {
    if (entry.path().extension() == extension) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// The training examples of a PolNeAR split; `dump`, when given, gets each article's sources and
// candidates as one JSON line, for reading the training data.
std::vector<Example> training_examples(const fs::path& split_dir, std::size_t& articles,
                                       std::ostream* dump) {
  const std::vector<fs::path> texts = files_in(split_dir / "text", ".txt");
  const std::vector<fs::path> anns = files_in(split_dir / "attributions", ".ann");
  std::vector<Example> examples;
  for (const fs::path& text : texts) {
    // NAME.txt <-> NAME_<annotator>.ann (the annotator an id without "_"); the first in sorted
    // order, as the dev gold chose.
    const std::string prefix = text.stem().string() + "_";
    const auto ann = std::find_if(anns.begin(), anns.end(), [&](const fs::path& p) {
      const std::string name = p.stem().string();
      return name.starts_with(prefix) && name.find('_', prefix.size()) == std::string::npos;
    });
    if (ann == anns.end()) continue;
    const std::vector<std::string> sources = source_texts(read_file(*ann));
    ++articles;
    nlohmann::json dumped = {{"file", text.filename().string()},
                             {"sources", sources},
                             {"candidates", nlohmann::json::array()}};
    for (const SpeakerCandidate& candidate : speaker_candidates(read_text(text))) {
      examples.push_back({candidate.features, is_positive(candidate, sources)});
      dumped["candidates"].push_back({{"name", candidate.name},
                                      {"positive", examples.back().positive},
                                      {"accepted", candidate.accepted}});
    }
    if (dump) *dump << dumped.dump() << '\n';
  }
  if (examples.empty()) throw InputError(fmt::format("no candidates in {}", split_dir.string()));
  return examples;
}

double dot(const std::array<double, quotes::kSpeakerFeatureCount>& w,
           const quotes::SpeakerFeatures& x) {
  double sum = 0;
  for (std::size_t i = 0; i < w.size(); ++i) sum += w[i] * x[i];
  return sum;
}

// Logistic regression by full-batch gradient descent: the same arithmetic in the same order on
// every run, so the same weights.
std::array<double, quotes::kSpeakerFeatureCount> train(const std::vector<Example>& examples) {
  std::array<double, quotes::kSpeakerFeatureCount> w{};
  const double n = static_cast<double>(examples.size());
  for (int round = 0; round < kRounds; ++round) {
    std::array<double, quotes::kSpeakerFeatureCount> gradient{};
    for (const Example& e : examples) {
      const double p = 1.0 / (1.0 + std::exp(-dot(w, e.features)));
      const double error = p - (e.positive ? 1.0 : 0.0);
      for (std::size_t i = 0; i < w.size(); ++i) gradient[i] += error * e.features[i];
    }
    for (std::size_t i = 0; i < w.size(); ++i) {
      const double penalty = i == 0 ? 0.0 : kL2 * w[i];  // the bias is not penalised
      w[i] -= kLearningRate * (gradient[i] / n + penalty);
    }
  }
  for (double& weight : w) weight = std::round(weight * 10000.0) / 10000.0;
  return w;
}

struct DevArticle {
  GoldArticle gold;
  std::vector<SpeakerCandidate> candidates;
};

double probability(const std::array<double, quotes::kSpeakerFeatureCount>& w,
                   const quotes::SpeakerFeatures& x) {
  return 1.0 / (1.0 + std::exp(-dot(w, x)));
}

struct Choice {
  double threshold = 0.5;
  double precision = 0;
  double recall = 0;
  double f1 = 0;
};

// The threshold, from 0.05 to 0.95 in steps of 0.05, with the best micro F1 on the tuning part
// of the dev gold; ties go to the higher threshold (fewer speakers, the safer side).
Choice choose_threshold(const std::array<double, quotes::kSpeakerFeatureCount>& w,
                        const std::vector<DevArticle>& dev) {
  Choice best;
  best.f1 = -1;
  for (int step = 1; step <= 19; ++step) {
    const double threshold = step * 0.05;
    speaker_eval::Summary summary;
    for (const DevArticle& article : dev) {
      std::vector<Person> predicted;
      for (const SpeakerCandidate& c : article.candidates) {
        if (probability(w, c.features) < threshold) continue;
        Person person;
        person.name = c.name;
        for (const auto& form : c.forms) {
          if (form != c.name) person.aliases.push_back(form);
        }
        predicted.push_back(std::move(person));
      }
      speaker_eval::add_article(summary, article.gold, predicted);
    }
    const double f1 = speaker_eval::micro_f1(summary).value_or(0);
    if (f1 >= best.f1) {
      best = {threshold, speaker_eval::micro_precision(summary).value_or(0),
              speaker_eval::micro_recall(summary).value_or(0), f1};
    }
  }
  return best;
}

int run(int argc, char** argv) {
  std::string polnear;
  std::string dev_gold;
  std::string out;
  CLI::App app{"Learn the speaker model from PolNeAR train (docs/quotes.md).", "train-speakers"};
  app.add_option("--polnear", polnear, "PolNeAR folder with train/ and dev/")
      ->required()
      ->option_text("DIR");
  app.add_option("--dev-gold", dev_gold,
                 "The PolNeAR dev gold (its tuning part chooses the "
                 "threshold)")
      ->required()
      ->option_text("FILE");
  app.add_option("--out", out, "Model file to write")->required()->option_text("FILE");
  std::string dump;
  app.add_option("--dump", dump, "Also write each train article's sources and candidates (JSONL)")
      ->option_text("FILE");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  std::ofstream dump_file;
  if (!dump.empty()) {
    dump_file.open(dump, std::ios::binary);
    if (!dump_file) throw InputError(fmt::format("cannot write {}", dump));
  }
  std::size_t articles = 0;
  const std::vector<Example> examples =
      training_examples(fs::path(polnear) / "train", articles, dump.empty() ? nullptr : &dump_file);
  const auto positives = static_cast<std::size_t>(
      std::count_if(examples.begin(), examples.end(), [](const Example& e) { return e.positive; }));
  const auto weights = train(examples);

  std::vector<DevArticle> dev;
  for (GoldArticle& gold :
       speaker_eval::load_gold_jsonl(dev_gold, fs::path(polnear) / "dev" / "text")) {
    if (speaker_eval::gold_part(gold.file) != speaker_eval::GoldPart::kTuning) continue;
    std::vector<SpeakerCandidate> candidates = speaker_candidates(read_text(gold.text_path));
    dev.push_back({std::move(gold), std::move(candidates)});
  }
  const Choice choice = choose_threshold(weights, dev);

  std::ostringstream model;
  model << "# The speaker model (docs/quotes.md, \"The speaker model\"). Made by train-speakers;\n"
        << "# do not edit by hand: retrain.\n"
        << "# Data: PolNeAR v1.0.0 (commit c3eee833) train, " << articles << " articles, "
        << examples.size() << " candidates (" << positives << " named as a source).\n"
        << fmt::format(
               "# Threshold chosen on the PolNeAR dev gold's tuning part ({} articles): "
               "P {:.3f} R {:.3f} F1 {:.3f}.\n",
               dev.size(), choice.precision, choice.recall, choice.f1)
        << fmt::format("threshold {:.2f}\n", choice.threshold);
  for (std::size_t i = 0; i < weights.size(); ++i) {
    // "+0.0000" and "-0.0000" are one value; write it one way.
    const double w = weights[i] == 0 ? 0.0 : weights[i];
    model << fmt::format("weight {} {:.4f}\n", quotes::kSpeakerFeatureNames[i], w);
  }
  if (dump_file.is_open()) {
    dump_file.close();
    if (!dump_file) throw InputError(fmt::format("cannot write {}", dump));
  }
  // Written beside the target and renamed over it, so that a failed write (a full disk) leaves the
  // old model file as it was.
  const std::string written = out + ".tmp";
  std::ofstream file(written, std::ios::binary);
  file << model.str();
  file.close();
  std::error_code renamed;
  if (file) fs::rename(written, out, renamed);
  if (!file || renamed) {
    fs::remove(written, renamed);
    throw InputError(fmt::format("cannot write {}", out));
  }
  std::cerr << fmt::format(
      "train-speakers: {} articles, {} candidates ({} positive); threshold "
      "{:.2f} (dev tuning P {:.3f} R {:.3f}); wrote {}\n",
      articles, examples.size(), positives, choice.threshold, choice.precision, choice.recall, out);
  return 0;
}

}  // namespace news::speaker_training

int main(int argc, char** argv) {
  try {
    return news::speaker_training::run(argc, argv);
  } catch (const news::speaker_eval::InputError& e) {
    std::cerr << "train-speakers: " << e.what() << '\n';
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "train-speakers: " << e.what() << '\n';
    return 3;
  }
}
