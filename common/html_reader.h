// Reader for saved news web pages: an Article from the raw bytes of one HTML page, through
// libxml2's forgiving HTML parser. docs/html.md describes what is read and measures it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/article.h"
#include "common/date.h"

namespace news {

struct HtmlReaderOptions {
  DateParseOptions dates;  // how ambiguous numeric dates in the page are read
};

// Reads one article from the raw bytes of an HTML page. Fills format ("html"), title, authors,
// published, updated, section, outlet, language, url, standfirst, paragraphs and warnings; leaves
// id, path and content_hash to the caller. Every string it fills is valid UTF-8; it never throws
// and never crashes, whatever the bytes.
//
// Charset, in this order: a byte order mark; bytes that are valid UTF-8 are read as UTF-8 whatever
// the page declares (saved pages are often re-encoded with the old declaration kept); otherwise the
// charset of <meta charset> or <meta http-equiv="content-type"> (or an XML declaration), converted
// with iconv; a Windows-1252 or Latin-1 declaration, or none, decodes each invalid byte as
// Windows-1252 as decode_text does. NUL bytes are dropped. A warning names any charset decoded.
//
// Metadata: each field takes the first of these sources, in this order of trust, that gives it:
//   1. JSON-LD: the first object typed Article or a subtype (NewsArticle, ReportageNewsArticle,
//      BlogPosting, ...), found at the top level, in arrays or in @graph; headline, author (a
//      string, a Person or a list, an {"@id"} resolved through the graph), datePublished,
//      dateModified, articleSection, publisher.name, url, description, articleBody;
//   2. OpenGraph and article:* meta (og:title, og:site_name, article:published_time,
//      article:modified_time, article:section, article:author when a name, not a URL);
//   3. <meta name="author">, Dublin Core (dc.title, dc.creator, dc.date, dcterms.*), and other
//      widely used names (twitter:title, parsely-*, sailthru.*, byl, pubdate, publishdate, ...);
//   4. microdata itemprop (headline, author with its name, datePublished, dateModified);
//   5. the page itself: the byline (rel="author", or class/id containing "byline" or "author",
//      read with parse_byline), <time datetime> (inside <article> or a byline first), the one <h1>,
//      and finally <title> with its site-name suffix (" | Site", " - Site") removed.
// Exceptions: the language comes from <html lang> first, then content-language meta, then JSON-LD
// inLanguage and og:locale, as the primary subtag in lower case ("en-GB" -> "en"); the url from
// <link rel="canonical">, then og:url, then JSON-LD url. Dates keep the UTC offset the page gives.
//
// Body: the paragraphs (<p> blocks) of the element holding the most paragraph text (scored as in
// Readability: each paragraph adds to its parent, half to its grandparent), or of the
// itemprop="articleBody" element when it has any; text inside nav, header, footer, aside, forms,
// figures, scripts, styles and elements whose class or id names boilerplate (share, related,
// comments, cookie, newsletter, ...) is left out, as are link lists (paragraphs mostly links).
// Without paragraphs, JSON-LD articleBody is split at line ends; without either, a warning says
// the article is indexed by title and metadata only.
Article read_html(std::string_view bytes, const HtmlReaderOptions& options = {});

// Splits an author string from page metadata into names: drops a leading "By" (or "Written by",
// "Author:", "Von", "Por", "Par"), splits at commas, semicolons, " | ", " / ", " & " and the words
// "and", "und", "et", "y", collapses whitespace, and drops parts that are URLs, e-mail addresses,
// handles ("@name") or academic and professional suffixes (PhD, MD, Jr.). Unlike parse_byline it
// keeps one-word names and organisations ("AP", "Associated Press"), which metadata gives as
// authors. Duplicates (ignoring case) are dropped; order is kept.
std::vector<std::string> split_author_names(std::string_view text);

}  // namespace news
