// The folds of name_word_key (common/name_key.h) as data, for the programs that measure them: the
// census (bench/name_key_census.cc) finds which fold joined each group of spellings by taking the
// folds out one at a time, and the tests check the table's invariants. The people table and
// news-query use name_key.h only.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/name_key.h"

namespace news::name_folds {

// One step of the fold table, in the order name_word_key applies them.
struct FoldInfo {
  std::string_view name;  // short id, as in docs/people.md ("w-v", "sibilants", ...)
  std::string_view why;   // which renderings of one name the step makes meet
};

// Every fold, in order of application. At most 64 (the mask below).
std::vector<FoldInfo> folds();

// name_word_key(word) with the folds whose bit is set in `skipped` left out (bit i is folds()[i]);
// with `skipped` 0 it equals name_word_key(word).
std::string word_key_without(std::string_view word, std::uint64_t skipped);

// name_key(name) with the same folds left out; with `skipped` 0 it equals name_key(name).
NameKey name_key_without(std::string_view name, std::uint64_t skipped);

}  // namespace news::name_folds
