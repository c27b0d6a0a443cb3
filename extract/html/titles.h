// An HTML page's title: its metadata titles without site names and kickers, weighed against the
// page's own headline (<h1>, or an <h2> when the <h1> is the site's logo) and its <title>.
#pragma once

#include <string>
#include <vector>

#include "extract/html/tree.h"

#include "extract/html/json_ld.h"
#include "extract/html/page.h"

namespace news::html {

// True when the element is inside a breadcrumb trail (class, id or itemtype naming one), up to the
// nearest <body>, <main> or <article>: its <h1> is the last crumb, the page's own name.
bool in_breadcrumb(const Node* node);

// True for an element classed as a kicker (kicker, overline, eyebrow, Dachzeile, roofline,
// topline, supertitle, pretitle), which collect_page gathers into Page::kickers.
bool is_kicker_markup(const Node* node);

// Words of a title, lower case: runs of letters and digits (bytes of non-ASCII letters included).
std::vector<std::string> title_words(std::string_view s);

// The <title> after `site` when the title starts with it and a separator ("Site » Archive »
// Post"); after a breadcrumb separator (» ›) its last part. Empty when it does not.
std::string title_after_site(const std::string& title, const std::string& site);

// The article's title, in this order of trust: JSON-LD headline, og:title, other meta titles
// (twitter:title, dc.title, ...), microdata headline, <title>; each without the parts at its ends
// that name the site (strip_site_parts, title_parts.h: the site's names `sites` from
// read_site_names, the page's address, the ends its titles share, an author credit) and without
// the kicker the page marks. The <h1> sharing most words with them is the page's own headline and
// is preferred when it says it differently; without one, an <h2> a title repeats, a lone <h1>, or
// the <title>.
std::string read_title(const Page& page, const JsonLd& ld, const std::vector<std::string>& sites);

}  // namespace news::html
