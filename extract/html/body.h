// An HTML page's body: the paragraphs of the element that holds the article's text, found by
// scoring the page's paragraphs (as Readability does), with page furniture and link lists left out.
#pragma once

#include <string>
#include <vector>

#include "extract/html/json_ld.h"
#include "extract/html/page.h"

namespace news::html {

// The article's paragraphs, in page order, consecutive repeats dropped: the <p> and <pre> blocks
// of the itemprop="articleBody" element when it has any, else of the element holding the most
// paragraph text (each paragraph of 25 bytes or more adds to its parent, half to its grandparent;
// an <article> or articleBody weighs a quarter more), else of <body>. Text inside non-text
// elements and boilerplate containers (nav, header, footer, aside, forms, figures, hidden
// elements, class or id naming share, related, comments, ...) is left out, as are paragraphs
// mostly of link text. Without paragraphs, JSON-LD articleBody split at line ends. Empty when the
// page has neither.
std::vector<std::string> read_body(const Page& page, const JsonLd& ld);

}  // namespace news::html
