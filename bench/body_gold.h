// The body gold of the HTML sets in ../shared/corpora, as the text eval-body scores the reader's
// body (Article::body(): the paragraphs joined by blank lines) against:
//  - html-article-body: gold.jsonl {"file", "body"}, `body` a string whose paragraphs are separated
//    by blank lines (the benchmark's articleBody), taken as it is;
//  - html-fundus: gold.jsonl's `body` is {"summary": [...], "sections": [{"headline": [...],
//    "paragraphs": [...]}, ...]}; the gold text is the summary, then each section's headline
//    lines and paragraphs, in that order, joined by blank lines. fundus puts the standfirst in the
//    summary and subheadings in the headlines, so a reader that leaves them out loses recall.
#pragma once

#include <filesystem>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "bench/gold_error.h"

namespace news::body_eval {

struct GoldBody {
  std::string file;  // relative to the set's folder ("pages/...")
  std::string body;  // the gold text, paragraphs separated by blank lines
};

// One gold.jsonl line of either shape above: `body` a string, or an object of summary and
// sections. Throws GoldError (with `where` in the message) for a line that is not a JSON object,
// has no string "file", or whose body is missing or not of either shape.
GoldBody parse_gold_line(std::string_view line, const std::string& where);

// Every line of SET_DIR/gold.jsonl, in file order (blank lines skipped). Throws GoldError for a
// missing file or a malformed line.
std::vector<GoldBody> load_gold(const std::filesystem::path& set_dir);

// The "file" fields of SET_DIR/gold.jsonl, whatever the rest of each line holds (the metadata sets
// have no body); empty when the set has no gold.jsonl. Throws GoldError for a malformed line.
std::set<std::string> gold_files(const std::filesystem::path& set_dir);

}  // namespace news::body_eval
