// The spelling table behind news-query's "Did you mean": which words of a document go into it,
// and the counts a run adds and removes, handed to Xapian once per word and batch.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <xapian.h>

namespace news {

// Whether a term of a document goes into the spelling table: unprefixed word terms do (they hold
// every title, author and body word, as written); prefixed terms and Z stems (first character a
// capital) and numbers (a digit) do not.
bool is_spelling_word(std::string_view term);

// The words of a document that go into the spelling table (is_spelling_word), each once, so that
// a word's frequency is the number of articles with it.
std::vector<std::string> spelling_words(const Xapian::Document& document);

// Changes to the spelling table, summed here and handed to Xapian once per word at flush() (before
// each commit): one add_spelling per word and document cost about twice the extra CPU on the BBC
// corpus (docs/query-language.md has the numbers). Spelling data only goes through the
// WritableDatabase, so this lives on the writer's thread.
class SpellingCounts {
 public:
  // Counts each word once more (an article written) or once less (an article deleted or
  // rewritten).
  void add(const std::vector<std::string>& words);
  void remove(const std::vector<std::string>& words);

  // Writes the counts to the spelling table of `db` and starts again from zero.
  void flush(Xapian::WritableDatabase& db);

 private:
  std::unordered_map<std::string, int> delta_;
};

}  // namespace news
