// news-serve's HTML pages, rendered on the server from the search library's results (no
// JavaScript needed; docs/serve.md). Every text from an article or the request is escaped
// (serve/html.h).
#pragma once

#include <string>

#include <xapian.h>

#include "serve/http.h"

namespace news::serve {

// The database a page reads, as one worker thread holds it.
struct PageDatabase {
  std::string path;
  Xapian::Database db;
  double search_seconds = 0;  // SearchOptions::time_limit_seconds of every search
};

// The search page for `params` (none: a landing page with the form and no search, so that the
// home page of a large archive costs nothing): q (the query language), filter (repeatable: a
// condition in the query language that facet and chart links add, ANDed with q, each with a link
// removing it), sort, recent, collapse, offset, explain (the query's reading instead of results).
// Results with title, date, authors, speakers and highlighted snippet or quotes; facets of speaker,
// author, section, outlet and year; the matches per year or month as an SVG bar chart whose bars
// narrow to their period; paging. Throws UsageError (the caller answers 400) for parameters the
// search refuses, QueryError for a query that does not parse.
HttpResponse search_page(const Params& params, const PageDatabase& database);

// An article's page: its metadata, the body with each person's quotes marked (and named), the
// people quoted with their roles (each a link to their person page), and "more like this".
// A 404 page when the database has no article `id`.
HttpResponse article_page(const std::string& id, const PageDatabase& database);

// A person's page (the people table, docs/people.md): the spellings seen, the roles and
// affiliations with the dates they were used, the articles quoting them per month as a chart,
// their latest quotes, and the people most often quoted beside them. A 404 page when the table
// has no person `id`.
HttpResponse person_page(const std::string& id, const PageDatabase& database);

// A page saying what went wrong, with the search box holding `params`' query.
HttpResponse error_page(int status, const std::string& message, const Params& params);

}  // namespace news::serve
