// Reader for saved news web pages: an Article from the raw bytes of one HTML page, through the
// reader's own HTML parser (parser.h), which builds the tree libxml2's forgiving HTML parser
// builds; HtmlReaderOptions::own_parser = false parses with libxml2 itself. docs/html.md describes
// what is read and measures it. The parts live beside this file, in namespace news::html:
// charset.h, dom.h and page.h read the page; json_ld.h, sites.h, titles.h, authors.h (with
// bylines.h and names.h), dates.h and body.h read the fields; reader.cc puts the article together.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/article.h"
#include "common/date.h"

namespace news {

struct HtmlReaderOptions {
  DateParseOptions dates;  // how ambiguous numeric dates in the page are read
  // Parse with the reader's own HTML parser (extract/html/parser.h); false: with libxml2's, the
  // reference the own parser is checked against (bench/html_parser_check.cc). Both build the same
  // tree; the own parser in about a quarter of the time.
  bool own_parser = true;
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
//      widely used names (twitter:title, parsely-*, sailthru.*, byl, pubdate, publishdate, cXense,
//      ...);
//   4. microdata itemprop (headline, author with its name, datePublished, dateModified);
//   5. the page itself: byline markup (<address>, rel="author", author-page links, class/id
//      containing byline, author, contributor, ...), then names after a "By" label in short lines,
//      then a link preview's "Written by" (twitter:label1/data1), then the agency a dateline in
//      the first paragraph credits ("Hamburg (dpa) - ..."); <time datetime> (inside
//      <article> first), then the date the page shows in date or byline markup; the <h1> that
//      another title repeats or shares most words with, an <h2> a metadata title repeats when no
//      <h1> is the headline, and finally <title>. Every title loses the parts at its ends that
//      name the site (" | Site", "Site - ", " * by Author"), known by the site's names in the
//      metadata, the page's address and the ends its titles share. Kickers the page marks are cut
//      from titles; titles cut short ("...") give way.
//      A timestamp gives way to the day the page shows when the two are one day apart.
// Exceptions: the language comes from <html lang> first, then content-language meta, then JSON-LD
// inLanguage and og:locale, as the primary subtag in lower case ("en-GB" -> "en"); the url from
// <link rel="canonical">, then og:url, then JSON-LD url. Dates keep the UTC offset the page gives,
// but a UTC publication time is moved into the zone of the article's other timestamps, and gives
// way to a date in the address one day off (dates.h).
//
// Body: the text blocks (paragraphs, subheadings, list items, quotes, cells, text in <div>s and
// <br><br> runs) of the element the page's structure scores as the article (Readability's
// candidate scoring over blocks, with its siblings), without link lists, furniture marked by tag,
// role or class (nav, footer, share, related, comments, ...) inside it, and boilerplate known by
// its shape (rights notices, advertisement labels, captions beside images, small boxes around form
// controls); itemprop="articleBody" and JSON-LD articleBody are signals weighed against it
// (body.h; docs/html.md, "Body"). Without a body, a warning says the article is indexed by title
// and metadata only.
Article read_html(std::string_view bytes, const HtmlReaderOptions& options = {});

// The warning read_html gives a page in which it found no article body (the article then has its
// title and metadata only); the indexer lists such pages.
inline constexpr std::string_view kNoBodyWarning =
    "no article body found: indexed by title and metadata";

// Splits an author string from page metadata into names: drops a leading "By" (or "Written by",
// "Author:", "Von", "Por", "Par"), splits at commas, semicolons, " | ", " / ", " & " and the words
// "and", "und", "et", "y", collapses whitespace, and drops parts that are URLs, e-mail addresses,
// handles ("@name") or academic and professional suffixes (PhD, MD, Jr.); a handle or address
// beside a name is cut from it ("Jane Doe @janedoe" -> "Jane Doe"). Unlike parse_byline it
// keeps one-word names and organisations ("AP", "Associated Press"), which metadata gives as
// authors. Duplicates (ignoring case) are dropped; order is kept.
std::vector<std::string> split_author_names(std::string_view text);

}  // namespace news
