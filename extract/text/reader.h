// Reader for plain-text articles: the layout of saved news pages copied as text (headline,
// captions, byline, "Published:" and "Updated:" lines, body, trailing boilerplate) and the simpler
// "headline, blank line, body" layout of the BBC dataset.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/article.h"
#include "common/date.h"

namespace news {

struct TextReaderOptions {
  DateParseOptions dates;  // how ambiguous numeric dates in datelines are read
};

// Reads one article from UTF-8 text (see decode_text). Fills title, standfirst, authors,
// published, updated and paragraphs; leaves id, path, format and hash to the caller.
//
// The first non-blank line is the headline. Among the next lines (at most 20 non-blank ones, none
// of them longer than a caption), the header block ends at the last metadata line:
//   a byline:       "By NAME[, NAME][ and NAME]" (roles and "in PLACE" after a name are dropped);
//   a date line:    "Published: DATE", "First published DATE", "Updated: DATE", "Last updated on
//   DATE",
//                   several on one line separated by "|" or "·";
//   a time line:    "- 14:50" (or "14:50 GMT"): the time of the date line just above it.
// Other lines of the header block are captions or the standfirst, except a line that only repeats
// the byline's names. Without a header block the body starts after the headline. Body paragraphs
// are separated by blank lines (lines inside one paragraph are joined with a space). A trailing
// boilerplate marker paragraph ("You may like", "Related articles", "Read more", ...) in the last
// part of the article ends the body: it and everything after it are left out. Never throws on any
// input; an article with no text gets an empty title and body.
Article read_plain_text(std::string_view text, const TextReaderOptions& options = {});

// Splits a byline ("By Jane Doe and John Smith, Health Correspondent") into author names, dropping
// the "By", roles, outlets and "in PLACE"; all-capitals names are put in title case.
std::vector<std::string> parse_byline(std::string_view byline);

}  // namespace news
