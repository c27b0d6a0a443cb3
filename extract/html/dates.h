// An HTML page's dates: when it was published and when it was last updated, from its metadata,
// its <time> elements, the date it shows in date or byline markup, and its address.
#pragma once

#include <optional>

#include "extract/html/tree.h"

#include "common/date.h"
#include "extract/html/json_ld.h"
#include "extract/html/page.h"

namespace news::html {

// True for elements classed as a date, time, publication or byline, meta or info line (where a
// page shows its date), which collect_page gathers into Page::dated.
bool is_date_markup(const Node* node);

// When the article was published, in this order of trust: JSON-LD datePublished, OpenGraph and
// article:* meta, Dublin Core and other meta names, microdata datePublished, JSON-LD dateCreated
// and a WebPage's datePublished, <time datetime> (inside <article> first), any JSON-LD object's
// datePublished (the meta names are those of kPublishedMetaNames in dates.cc). A UTC timestamp is
// moved into the zone of the article's other timestamps when one gives another offset. A timestamp
// gives way to the day the page shows in its date markup when the two are one day apart; a UTC
// one, to the date in the page's address when one day apart and a time zone could explain it.
// Else the date the page shows, then a date in its address. Nothing when the page has none.
std::optional<DateTime> read_published(const Page& page, const JsonLd& ld,
                                       const DateParseOptions& options);

// When the article was last updated: JSON-LD dateModified, then OpenGraph and article:* meta,
// other meta names, microdata dateModified. Nothing when the page has none.
std::optional<DateTime> read_updated(const Page& page, const JsonLd& ld,
                                     const DateParseOptions& options);

}  // namespace news::html
