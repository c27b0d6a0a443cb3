// Pass 1 of the quote extractor: the quote spans of an article body (quotes.md 2.1).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace news::quotes {

// Where a quote stands in its paragraph: its marks and its content, as byte offsets.
struct Span {
  std::size_t paragraph;
  std::size_t begin;       // first byte of the content
  std::size_t end;         // one past the last byte of the content
  std::size_t mark_begin;  // first byte of the opening mark
  std::size_t mark_end;    // one past the closing mark (== end when unclosed)
  bool closed;
  bool continues_previous;  // reopens a quote left open at the end of the previous paragraph
};

// A real quote of the body. Its index in the list find_quotes returns is its quote id, by which
// tokens, sentences and attributions refer to it.
struct QuoteSpan {
  Span span;
  std::string_view text;  // the content, trimmed: a view into the paragraph
};

// The real quotes of `paragraphs`, in text order. Marks pair by type (double quotes at the top
// level, single quotes only outside double ones); a quote left open at the end of a paragraph
// and reopened at the start of the next one continues; contents under 4 words or all in title
// case are not quotes (their words stay in the sentence), unless they continue a quote. The views
// point into `paragraphs`, which must outlive the result.
std::vector<QuoteSpan> find_quotes(const std::vector<std::string>& paragraphs);

}  // namespace news::quotes
