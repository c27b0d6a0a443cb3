#include "indexer/spelling.h"

#include <cctype>

namespace news {

bool is_spelling_word(std::string_view term) {
  if (term.empty()) return false;
  const auto first = static_cast<unsigned char>(term.front());
  return !std::isupper(first) && !std::isdigit(first);
}

std::vector<std::string> spelling_words(const Xapian::Document& document) {
  std::vector<std::string> words;
  for (auto it = document.termlist_begin(); it != document.termlist_end(); ++it) {
    std::string term = *it;
    if (is_spelling_word(term)) words.push_back(std::move(term));
  }
  return words;
}

void SpellingCounts::add(const std::vector<std::string>& words) {
  for (const std::string& word : words) ++delta_[word];
}

void SpellingCounts::remove(const std::vector<std::string>& words) {
  for (const std::string& word : words) --delta_[word];
}

void SpellingCounts::flush(Xapian::WritableDatabase& db) {
  for (const auto& [word, delta] : delta_) {
    if (delta > 0) db.add_spelling(word, static_cast<Xapian::termcount>(delta));
    if (delta < 0) db.remove_spelling(word, static_cast<Xapian::termcount>(-delta));
  }
  delta_.clear();
}

}  // namespace news
