// Snippets for search hits: a passage of the body, or an article's quotes, with the words the query
// matched marked. Plain text in, plain text out; knows nothing of databases or output formats.
#pragma once

#include <bitset>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace news {

struct SnippetOptions {
  std::size_t snippet_bytes = 240;  // about how long a snippet is (cut at word boundaries)
  std::string highlight_start;      // put before each matched word
  std::string highlight_end;        // put after each matched word
  // Escape control characters in the text around the marks (escape_controls, common/safe_output.h):
  // for the text listing, whose marks may be colour escapes that must stay raw.
  bool escape_controls = false;
};

// Marks the words of a text that a query's terms match, as the indexer formed those terms: a word
// matches when its lower-cased form, behind the field's prefix, is a term of the query, or when its
// English stem is one of the query's stemmed (Z-prefixed) terms.
//
// It stands in for Xapian's MSet::snippet, which stems every word it is given and looks up each
// one's frequency in the database: 3.5 M instructions for 10 hits, a third of a whole search. Here
// a word is looked at only when it starts like one of the query's words or stems (stemming removes
// endings, so a word and its stem share their first two letters, but for three irregular forms).
class Highlighter {
 public:
  // The terms of `terms` that carry `prefix` ("" for body words): "<prefix>word" and
  // "Z<prefix>stem", where the word or stem does not start with a capital (Xapian's convention
  // keeps capitals for prefixes, so "XSPEAKERblair" is not a body word).
  template <typename TermIterator>
  Highlighter(TermIterator begin, TermIterator end, std::string_view prefix) {
    for (; begin != end; ++begin) add_term(*begin, prefix);
  }

  // The terms of a query (its unique terms) that carry `prefix`.
  Highlighter(const Xapian::Query& query, std::string_view prefix)
      : Highlighter(query.get_unique_terms_begin(), query.get_unique_terms_end(), prefix) {}

  // A snippet of `body` (paragraphs separated by blank lines): about options.snippet_bytes from
  // the paragraph where a query word first occurs (or a little before the word, deep in a long
  // paragraph; the body's start when no query word occurs), matched words marked, "..." where text
  // was left out, paragraph breaks as spaces.
  std::string snippet(std::string_view body, const SnippetOptions& options) const;

  // `text` with the matched words marked, cut to about options.snippet_bytes starting a little
  // before the first matched word.
  std::string mark(std::string_view text, const SnippetOptions& options) const;

 private:
  void add_term(const std::string& term, std::string_view prefix);
  bool matches(std::string_view word) const;
  std::string marked(std::string_view text, const SnippetOptions& options) const;  // uncut

  std::set<std::string, std::less<>> words_;  // lower-cased words, prefix removed
  std::set<std::string, std::less<>> stems_;  // stems, "Z" and prefix removed
  std::bitset<1 << 16> word_starts_;  // the first two bytes of each word (snippet.cc, start_key)
  std::bitset<1 << 16> stem_starts_;  // the same for stems (snippet.cc, stem_start_key)
};

}  // namespace news
