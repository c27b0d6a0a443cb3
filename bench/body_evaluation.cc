#include "bench/body_evaluation.h"

#include <algorithm>
#include <fstream>
#include <iterator>

#include "bench/body_gold.h"
#include "extract/html/reader.h"

namespace news::body_eval {

namespace fs = std::filesystem;

namespace {

// The bytes of `path`, or nothing when it cannot be read (the page then reads as an empty
// article, which has no body).
std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

bool is_set_present(const fs::path& shared_dir, const std::string& name) {
  std::error_code ec;
  return fs::is_directory(shared_dir / "corpora" / name, ec);
}

}  // namespace

bool has_no_body(const Article& article) {
  return article.paragraphs.empty() || std::find(article.warnings.begin(), article.warnings.end(),
                                                 kNoBodyWarning) != article.warnings.end();
}

Evaluation evaluate(const fs::path& shared_dir) {
  Evaluation evaluation;
  for (const auto& name : kBodySets) {
    if (!is_set_present(shared_dir, name)) continue;
    const fs::path set_dir = shared_dir / "corpora" / name;
    SetResult set{name, {}, {}, {}};
    for (const auto& gold : load_gold(set_dir)) {
      const Article article = read_html(read_bytes(set_dir / gold.file));
      PageResult page{name, gold.file, gold_part(gold.file), match_texts(gold.body, article.body()),
                      has_no_body(article)};
      set.all.add(page.match, page.empty);
      (page.part == GoldPart::kSealed ? set.sealed : set.tuning).add(page.match, page.empty);
      evaluation.pages.push_back(std::move(page));
    }
    evaluation.all.add(set.all);
    evaluation.tuning.add(set.tuning);
    evaluation.sealed.add(set.sealed);
    evaluation.sets.push_back(std::move(set));
  }
  return evaluation;
}

std::vector<CensusSet> census(const fs::path& shared_dir) {
  std::vector<CensusSet> sets;
  for (const auto& name : kCensusSets) {
    if (!is_set_present(shared_dir, name)) continue;
    const fs::path set_dir = shared_dir / "corpora" / name;
    const std::set<std::string> gold = gold_files(set_dir);
    std::vector<std::string> files;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(set_dir / "pages", ec), end; !ec && it != end;
         it.increment(ec)) {
      if (it->is_regular_file(ec))
        files.push_back(it->path().lexically_relative(set_dir).generic_string());
    }
    std::sort(files.begin(), files.end());
    CensusSet set{name, 0, 0, 0, 0, {}};
    for (const auto& file : files) {
      const GoldPart part = gold.contains(file) ? gold_part(file) : GoldPart::kTuning;
      const bool empty = has_no_body(read_html(read_bytes(set_dir / file)));
      if (part == GoldPart::kSealed) {
        ++set.sealed_pages;
        set.sealed_empty += empty ? 1 : 0;
      } else {
        ++set.tuning_pages;
        set.tuning_empty += empty ? 1 : 0;
        if (empty) set.tuning_empty_files.push_back(file);
      }
    }
    sets.push_back(std::move(set));
  }
  return sets;
}

}  // namespace news::body_eval
