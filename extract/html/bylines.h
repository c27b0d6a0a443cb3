// Authors as the page's markup names them: microdata authors, byline markup (rel="author",
// author-page links, <address>, class or id naming a byline or author), and names after a "By"
// label in short lines of text.
#pragma once

#include <string>
#include <vector>

#include "extract/html/tree.h"

#include "extract/html/page.h"

namespace news::html {

// True for byline markup, which collect_page gathers into Page::bylines: rel="author", a link to
// an author's page, <address> (the contact details of its article: its author), or a class or id
// naming a byline, contributor or author (in five languages) that is not an author box's
// biography or picture.
bool is_byline_markup(const Node* node);

// The names of the microdata authors (itemprop author or creator) of the page's article, outside
// page furniture; not those of cited works, comments or reviews.
std::vector<std::string> microdata_authors(const Page& page);

// Names from byline markup: the first byline that gives any, with the bylines beside it (authors
// linked one by one).
// Bylines in page furniture and links inside running text are passed over.
std::vector<std::string> byline_authors(const Page& page);

// Names after a "By" label in the text of the page, where no markup says "byline": "By" and the
// name in the elements after it ("<span>By</span><a>Jane Doe</a>"), "By Jane Doe | 12/10/2020",
// "Posted on March 3, 2020 by Jane Doe". Only short lines count, not running text; the first
// label that is followed by names gives them.
std::vector<std::string> labelled_byline_authors(const Page& page);

}  // namespace news::html
