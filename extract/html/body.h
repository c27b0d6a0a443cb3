// An HTML page's body: the text blocks of the element that holds the article's text, found by
// scoring the page's structure (as Readability scores candidates), with page furniture, boilerplate
// and link lists left out.
#pragma once

#include <string>
#include <vector>

#include "extract/html/json_ld.h"
#include "extract/html/page.h"

namespace news::html {

// The article's paragraphs, in page order, consecutive repeats dropped (docs/html.md, "Body"):
//  - the text blocks (blocks.h) of the element scoring best as the article's container (each block
//    of 25 bytes or more, not a heading, links or boilerplate, adds 1 + commas + min(bytes/100, 3)
//    to the element it is a paragraph of and less to the four above; scores are weighted by the
//    share of non-link text and halved in furniture), moved up to an ancestor holding three
//    near-best elements or to a parent scoring higher, joined by its well-scored siblings;
//  - without the page's <h1>, link lists, boilerplate blocks, and furniture inside the chosen
//    elements unless that furniture holds half the container's paragraph score;
//  - the itemprop="articleBody" element instead when it holds the chosen element, 60% of its prose,
//    or (elsewhere) a quarter as much prose;
//  - JSON-LD articleBody, split at line ends, instead when it is more than twice as long as the
//    page's text;
//  - when no block scores at all, the page's <p> elements outside furniture.
// Empty when the page has none of these (a gallery, a video page).
std::vector<std::string> read_body(const Page& page, const JsonLd& ld);

}  // namespace news::html
