// What one pass over a parsed page collects for the field readers, and lookups in it: meta
// values, microdata values, and whether an element sits in page furniture.
#pragma once

#include <initializer_list>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/html/tree.h"

namespace news::html {

// What the field readers need of a page, collected in one pass over its tree. The nodes point
// into the parsed document, which must outlive the Page.
struct Page {
  std::string html_lang;
  std::vector<std::pair<std::string, std::string>> metas;  // lower-case key, content
  std::string canonical;
  std::string title_element;
  std::vector<std::string> json_ld;
  std::vector<std::string> h1;
  std::vector<std::string> h2;         // the first few, for pages whose <h1> is the site's logo
  std::vector<const Node*> itemprops;  // elements with an itemprop attribute
  std::vector<const Node*> times;      // <time datetime>, with whether in an article
  std::vector<bool> time_in_article;
  std::vector<const Node*> bylines;  // byline and author markup (is_byline_markup, bylines.h)
  // Elements classed as a date or a byline, in the body (is_date_markup, dates.h).
  std::vector<const Node*> dated;
  // Elements that hold an <h1>: the page's frame around its headline, whatever their class or
  // tag say ("sidebar" as the id of the content column, an ASP.NET page's one big form).
  std::set<const Node*> headline_ancestors;
  // Kickers: the short label a headline wears above or before it ("Genetik", "Covid-19"), in an
  // element classed as one (kicker, overline, eyebrow, Dachzeile, ...; is_kicker_markup, titles.h).
  std::vector<std::string> kickers;
  const Node* body = nullptr;
};

// Walks the document once (to kMaxDepth) and collects its Page: metas, the canonical link,
// <title>, JSON-LD scripts, headlines, <time datetime> elements, microdata, and the byline, date
// and kicker markup inside <body>.
Page collect_page(const Document* doc);

// All values of a meta key, in page order.
std::vector<std::string> meta_values(const Page& page, std::string_view key);

// The first non-empty value of the first of `keys` (lower case) that the page has, or "".
std::string first_meta(const Page& page, std::initializer_list<std::string_view> keys);

// The first value of each of these keys that the page has.
std::vector<std::string> first_metas(const Page& page, std::span<const std::string_view> keys);

// The value of the first itemprop `prop` that belongs to the page's article, not to an item
// about something else: the site's header, an organisation, a person, a breadcrumb, an image.
// An element named `skip_element` is passed over.
std::string article_microdata_value(const Page& page, std::string_view prop,
                                    std::string_view skip_element = {});

// The value of the first itemprop `prop` (lower case) on the page that has one, or "".
std::string microdata_value(const Page& page, std::string_view prop);

// True when the node sits in page furniture: comments, related lists, footers and the like. The
// elements that hold the page's <h1> are its frame, not furniture; so are an article's own
// <footer> and <aside>.
bool in_furniture(const Page& page, const Node* node);

}  // namespace news::html
