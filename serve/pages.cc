#include "serve/pages.h"

#include <algorithm>

#include <fmt/format.h>

#include "common/error.h"
#include "common/strings.h"
#include "query/output.h"
#include "query/people.h"
#include "query/people_listing.h"
#include "query/search.h"
#include "query/show.h"
#include "query/svg_chart.h"
#include "serve/api.h"
#include "serve/html.h"

namespace news::serve {

namespace {

// A string member of a record, "" when it is missing, null or not a string (an undated article's
// "published" is null).
template <typename Json>
std::string json_text(const Json& object, const char* key) {
  const auto found = object.find(key);
  return found != object.end() && found->is_string() ? found->template get<std::string>() : "";
}

// Results a page shows at a time.
constexpr std::size_t kPageResults = 20;

// The facets of the page, in the order shown.
constexpr std::array kPageFacets = {FacetField::kSpeaker, FacetField::kAuthor, FacetField::kSection,
                                    FacetField::kOutlet, FacetField::kYear};

std::string_view facet_title(FacetField field) {
  switch (field) {
    case FacetField::kSpeaker:
      return "People quoted";
    case FacetField::kAuthor:
      return "Authors";
    case FacetField::kSection:
      return "Sections";
    case FacetField::kOutlet:
      return "Outlets";
    case FacetField::kMonth:
      return "Months";
    case FacetField::kYear:
      return "Years";
  }
  return "";
}

// "1 article", "2 articles": a count with its noun, in the pages' text and the charts' titles
// (which a screen reader reads out).
std::string counted(std::size_t count, std::string_view noun) {
  return fmt::format("{} {}{}", count, noun, count == 1 ? "" : "s");
}

// A name as a quoted phrase of the query language, for speaker: (whose quoted name runs to the
// next '"', query/query_parser.cc expand_speakers, so one inside is dropped).
std::string as_phrase(std::string_view value) {
  std::string out = "\"";
  for (const char c : value)
    if (c != '"') out += c;
  return out + '"';
}

// A value of an exact-value field (byline:, section:, outlet:) as the query language quotes it:
// Xapian's parser reads a doubled '"' inside the quotes as one, so that a value holding '"' is
// matched whole; dropping it made another term, and the facet's link found nothing.
std::string as_exact_value(std::string_view value) {
  std::string out = "\"";
  for (const char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

// The condition a facet value's link adds to the search.
std::string facet_filter(FacetField field, const FacetCount& count) {
  switch (field) {
    case FacetField::kSpeaker:
      return count.person.empty() ? "speaker:" + as_phrase(count.value) : "person:" + count.person;
    case FacetField::kAuthor:
      return "byline:" + as_exact_value(count.value);
    case FacetField::kSection:
      return "section:" + as_exact_value(count.value);
    case FacetField::kOutlet:
      return "outlet:" + as_exact_value(count.value);
    case FacetField::kMonth:
    case FacetField::kYear:
      return "date:" + count.value;
  }
  return "";
}

// The page's state as URL parameters, without offset (a new search starts at its first page).
Params state_of(const Params& params) {
  Params state;
  for (const auto& [name, value] : params)
    if (name != "offset" && name != "explain") state.emplace_back(name, value);
  return state;
}

Params with(Params params, std::string name, std::string value) {
  params.emplace_back(std::move(name), std::move(value));
  return params;
}

Params without(const Params& params, std::string_view name, std::string_view value) {
  Params out;
  bool removed = false;
  for (const auto& entry : params) {
    if (!removed && entry.first == name && entry.second == value) {
      removed = true;
      continue;
    }
    out.push_back(entry);
  }
  return out;
}

// The query the page runs: q and every filter, each in brackets, ANDed.
std::string combined_query(const std::string& q, const std::vector<std::string>& filters) {
  std::vector<std::string> parts;
  if (!q.empty()) parts.push_back(filters.empty() ? q : "(" + q + ")");
  for (const std::string& filter : filters)
    if (!filter.empty()) parts.push_back("(" + filter + ")");
  std::string query;
  for (const std::string& part : parts) query += (query.empty() ? "" : " AND ") + part;
  return query;
}

std::string page_start(const std::string& title) {
  return fmt::format(
      "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>{}</title>\n<link rel=\"stylesheet\" href=\"/assets/style.css\">\n"
      "<link rel=\"icon\" href=\"data:,\">\n</head>\n<body>\n"
      "<a class=\"skip\" href=\"#results\">Skip to results</a>\n",
      escape_html(title));
}

std::string page_end() {
  return "<footer><p>news-serve: the same answers as news-query. "
         "<a href=\"/api/search\">JSON API</a></p></footer>\n</body>\n</html>\n";
}

std::string option(std::string_view value, std::string_view label, bool selected) {
  return fmt::format("<option value=\"{}\"{}>{}</option>", value, selected ? " selected" : "",
                     label);
}

// The banner with the search form, holding the page's state.
std::string search_form(const Params& params) {
  const std::string q = param(params, "q");
  const std::string sort = param(params, "sort");
  std::string hidden;
  for (const std::string& filter : params_named(params, "filter"))
    hidden +=
        fmt::format("<input type=\"hidden\" name=\"filter\" value=\"{}\">\n", escape_html(filter));
  const auto checked = [&](std::string_view name) {
    const std::string value = param(params, name);
    return !value.empty() && value != "0" && value != "false" && value != "off";
  };
  return fmt::format(
      "<header>\n<p class=\"home\"><a href=\"/\">News archive</a></p>\n"
      "<form role=\"search\" action=\"/\" method=\"get\">\n"
      "<label for=\"q\">Search the archive</label>\n"
      "<input id=\"q\" name=\"q\" type=\"search\" value=\"{}\" "
      "aria-describedby=\"q-help\" maxlength=\"{}\">\n{}"
      "<button type=\"submit\">Search</button>\n"
      "<p id=\"q-help\" class=\"help\">Words, \"phrases\", speaker:name, quote:word, "
      "date:2023-11, AND OR NOT (<a href=\"/help\">query language</a>)</p>\n"
      "<fieldset class=\"options\"><legend>Options</legend>\n"
      "<label for=\"sort\">Order</label>\n<select id=\"sort\" name=\"sort\">{}{}{}</select>\n"
      "<label><input type=\"checkbox\" name=\"recent\" value=\"1\"{}> Recent first</label>\n"
      "<label><input type=\"checkbox\" name=\"collapse\" value=\"1\"{}> One per story</label>\n"
      "</fieldset>\n</form>\n</header>\n",
      escape_html(q), kMaxQueryBytes, hidden, option("relevance", "Relevance", sort.empty()),
      option("newest", "Newest first", sort == "newest"),
      option("oldest", "Oldest first", sort == "oldest"), checked("recent") ? " checked" : "",
      checked("collapse") ? " checked" : "");
}

// The filters in force, each with a link removing it.
std::string active_filters(const Params& state) {
  const std::vector<std::string> filters = params_named(state, "filter");
  if (filters.empty()) return "";
  std::string out = "<ul class=\"filters\" aria-label=\"Filters\">\n";
  for (const std::string& filter : filters) {
    out += fmt::format(
        "<li><span>{}</span> <a href=\"{}\" aria-label=\"Remove the filter {}\">remove</a></li>\n",
        escape_html(filter), href("/", without(state, "filter", filter)), escape_html(filter));
  }
  return out + "</ul>\n";
}

std::string facets_html(const SearchResults& results, const Params& state) {
  std::string out = "<aside aria-label=\"Refine the search\">\n";
  for (const Facet& facet : results.facets) {
    if (facet.counts.empty()) continue;
    out += fmt::format("<section>\n<h2>{}</h2>\n<ul>\n", facet_title(facet.field));
    for (const FacetCount& count : facet.counts) {
      out += fmt::format("<li><a href=\"{}\">{}</a> <span class=\"count\">{}</span></li>\n",
                         href("/", with(state, "filter", facet_filter(facet.field, count))),
                         escape_html(count.value), count.count);
    }
    out += "</ul>\n</section>\n";
  }
  return out + "</aside>\n";
}

// The matches per period as bars, each a link narrowing the search to its period.
std::string histogram_svg(const Histogram& histogram, const Params& state) {
  if (histogram.buckets.size() < 2) return "";
  std::size_t most = 1;
  for (const auto& bucket : histogram.buckets) most = std::max(most, bucket.count);
  constexpr int kHeight = 80;
  const int bar = std::clamp(600 / static_cast<int>(histogram.buckets.size()), 2, 24);
  const int width = bar * static_cast<int>(histogram.buckets.size());
  std::string out = fmt::format(
      "<figure class=\"chart\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" "
      "width=\"{}\" height=\"{}\" role=\"img\" aria-labelledby=\"chart-title\">\n"
      "<title id=\"chart-title\">Matching articles per month, {} to {}</title>\n",
      width, kHeight + 2, width, kHeight + 2, escape_html(histogram.buckets.front().period),
      escape_html(histogram.buckets.back().period));
  int x = 0;
  for (const auto& bucket : histogram.buckets) {
    const int height =
        bucket.count == 0 ? 0 : std::max(1, static_cast<int>(bucket.count * kHeight / most));
    out += fmt::format(
        "<a href=\"{}\"><title>{}: {}</title>"
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" class=\"bar\"/>"
        "<rect x=\"{}\" y=\"0\" width=\"{}\" height=\"{}\" class=\"hit\"/></a>\n",
        href("/", with(state, "filter", "date:" + bucket.period)), escape_html(bucket.period),
        counted(bucket.count, "article"), x, kHeight + 2 - height, std::max(1, bar - 1), height, x,
        bar, kHeight + 2);
    x += bar;
  }
  return out + fmt::format("</svg>\n<figcaption>{} to {}{}</figcaption>\n</figure>\n",
                           escape_html(histogram.buckets.front().period),
                           escape_html(histogram.buckets.back().period),
                           histogram.undated ? fmt::format(", and {} undated", histogram.undated)
                                             : std::string());
}

std::string authors_of(const nlohmann::json& record) {
  std::string out;
  for (const auto& author : record.value("authors", nlohmann::json::array())) {
    if (!author.is_string()) continue;
    out += (out.empty() ? "" : ", ") + escape_html(author.get<std::string>());
  }
  return out;
}

std::string hit_html(const Hit& hit) {
  const nlohmann::json& record = hit.record;
  const std::string id = json_text(record, "id");
  std::string title = json_text(record, "title");
  if (title.empty()) title = "(no title)";
  std::string meta;
  if (const auto published = record.find("published");
      published != record.end() && published->is_string()) {
    const std::string iso = published->get<std::string>();
    meta += fmt::format("<time datetime=\"{}\">{}</time>", escape_html(iso),
                        escape_html(readable_date(iso)));
  }
  if (const std::string authors = authors_of(record); !authors.empty())
    meta += (meta.empty() ? "" : " · ") + authors;
  if (hit.copies > 1) meta += fmt::format(" · {} copies", hit.copies);
  std::string speakers;
  for (const std::string& speaker : hit.speakers) {
    speakers +=
        fmt::format("{}<a href=\"{}\">{}</a>", speakers.empty() ? "" : ", ",
                    href("/", {{"q", "speaker:" + as_phrase(speaker)}}), escape_html(speaker));
  }
  return fmt::format(
      "<li>\n<h2><a href=\"{}\">{}</a></h2>\n{}{}<p class=\"snippet\">{}</p>\n</li>\n",
      href("/article/" + id, {}), escape_html(title),
      meta.empty() ? "" : "<p class=\"meta\">" + meta + "</p>\n",
      speakers.empty() ? "" : "<p class=\"speakers\">Quoted: " + speakers + "</p>\n",
      highlighted(hit.snippet));
}

std::string pager(const SearchResults& results, std::size_t limit, const Params& state) {
  if (limit == 0 || results.total <= limit) return "";
  std::string out = "<nav class=\"pager\" aria-label=\"Result pages\">\n";
  if (results.offset > 0) {
    const std::size_t previous = results.offset > limit ? results.offset - limit : 0;
    out += fmt::format("<a href=\"{}\" rel=\"prev\">Previous</a>\n",
                       href("/", with(state, "offset", std::to_string(previous))));
  }
  out += fmt::format("<span>Results {} to {} of {}{}</span>\n", results.offset + 1,
                     results.offset + results.hits.size(), results.total_exact ? "" : "about ",
                     results.total);
  if (results.offset + limit < results.total) {
    out += fmt::format("<a href=\"{}\" rel=\"next\">Next</a>\n",
                       href("/", with(state, "offset", std::to_string(results.offset + limit))));
  }
  return out + "</nav>\n";
}

}  // namespace

namespace {

// The page at "/" with no parameter at all: the search form, what the archive holds and how to
// search it, and no search. Counting facets and the chart over every article of a large archive
// took 20 s at 100,000 articles (docs/benchmarks.md), for a page most visitors leave at once.
HttpResponse landing_page(const PageDatabase& database) {
  HttpResponse response;
  response.body = page_start("News archive") + search_form({});
  response.body += fmt::format(
      "<main id=\"results\">\n<h1>Search {}</h1>\n"
      "<p>Type words or a phrase, or ask who said it (<code>speaker:name</code>, "
      "<code>speaker:name quote:word</code>) and when (<code>date:2023-11</code>): "
      "<a href=\"/help\">the query language</a>. Or browse <a href=\"{}\">every article, "
      "newest first</a>.</p>\n</main>\n",
      counted(database.db.get_doccount(), "article"), href("/", {{"q", ""}, {"sort", "newest"}}));
  response.body +=
      "<aside aria-label=\"The query language\">\n<h2>The query language</h2>\n<ul>\n"
      "<li>Words are ANDed; \"a phrase\" in quotes; OR, NOT, -word.</li>\n"
      "<li>title:, author:, speaker:, quote:, org:, date: and section: narrow a search.</li>\n"
      "<li><a href=\"/help\">All of it</a></li>\n</ul>\n</aside>\n";
  response.body += page_end();
  return response;
}

}  // namespace

HttpResponse search_page(const Params& params, const PageDatabase& database) {
  if (params.empty()) return landing_page(database);
  Params search_params;
  for (const auto& [name, value] : params)
    if (name != "filter" && name != "explain") search_params.emplace_back(name, value);
  QueryCommand command = api_command(ApiRoute::kSearch, search_params);
  SearchOptions options = timed_and_ranked(command);
  options.db_path = database.path;
  options.database = database.db;
  options.time_limit_seconds = database.search_seconds;
  options.query = combined_query(param(params, "q"), params_named(params, "filter"));
  if (!std::any_of(params.begin(), params.end(), [](const auto& p) { return p.first == "limit"; }))
    options.limit = kPageResults;
  options.facets.assign(kPageFacets.begin(), kPageFacets.end());
  options.facet_limit = 10;
  options.histogram = HistogramInterval::kMonth;
  options.highlight_start = kHighlightStart;
  options.highlight_end = kHighlightEnd;
  // The markers are control characters no reader stores, but a database indexed before the
  // readers dropped them may hold them in its text (docs/input-formats.md): escaped as \xHH
  // around the marks, as news-query's terminal listing shows them, they cannot forge a mark.
  options.escape_controls = true;
  const Params state = state_of(params);
  const std::string q = param(params, "q");
  HttpResponse response;
  response.body = page_start(q.empty() ? "News archive" : q + " - News archive");
  response.body += search_form(params);
  response.body += "<main id=\"results\">\n";
  response.body += active_filters(state);
  if (!param(params, "explain").empty()) {
    response.body += fmt::format(
        "<h1>How the query was read</h1>\n<pre class=\"explain\">{}</pre>\n"
        "<p><a href=\"{}\">Back to the results</a></p>\n",
        escape_html(explain(options)), href("/", state));
    response.body += "</main>\n" + page_end();
    return response;
  }
  const SearchResults results = Searcher(options.db_path, database.db).search(options);
  response.body += fmt::format(
      "<h1>{}{}</h1>\n<p class=\"reading\"><a href=\"{}\">How this query was read</a></p>\n",
      results.total_exact ? "" : "About ", counted(results.total, "article"),
      href("/", with(state, "explain", "1")));
  if (!results.did_you_mean.empty()) {
    response.body +=
        fmt::format("<p class=\"suggest\">Did you mean <a href=\"{}\">{}</a>?</p>\n",
                    href("/", {{"q", results.did_you_mean}}), escape_html(results.did_you_mean));
  }
  if (results.histogram) response.body += histogram_svg(*results.histogram, state);
  if (!results.hits.empty()) {
    response.body += fmt::format("<ol class=\"hits\" start=\"{}\">\n", results.offset + 1);
    for (const Hit& hit : results.hits) response.body += hit_html(hit);
    response.body += "</ol>\n";
  } else {
    response.body += "<p>No article matches.</p>\n";
  }
  response.body += pager(results, options.limit, state);
  response.body += "</main>\n";
  response.body += facets_html(results, state);
  response.body += page_end();
  return response;
}

namespace {

// A paragraph with the quotes that lie in it marked: <q> for direct speech, a marked span for
// reported speech, each titled with the speaker. Quotes are byte ranges [start, end) of the
// paragraph (news-query --show); a range that overlaps an earlier one, runs past the paragraph or
// cuts a UTF-8 character is left unmarked.
std::string marked_paragraph(const std::string& text,
                             std::vector<const nlohmann::ordered_json*> quotes) {
  std::sort(quotes.begin(), quotes.end(), [](const auto* a, const auto* b) {
    return a->value("start", 0) < b->value("start", 0);
  });
  const auto boundary = [&](std::size_t at) {
    return at <= text.size() &&
           (at == text.size() || (static_cast<unsigned char>(text[at]) & 0xC0) != 0x80);
  };
  std::string out;
  std::size_t done = 0;
  for (const auto* quote : quotes) {
    const auto start = quote->value("start", std::size_t{0});
    const auto end = quote->value("end", std::size_t{0});
    if (start < done || end <= start || !boundary(start) || !boundary(end)) continue;
    const bool direct = quote->value("direct", true);
    const std::string speaker = json_text(*quote, "speaker");
    out += escape_html(text.substr(done, start - done));
    out += fmt::format("<{} class=\"quote\" title=\"{}\">{}</{}>", direct ? "q" : "span",
                       escape_html(speaker), escape_html(text.substr(start, end - start)),
                       direct ? "q" : "span");
    done = end;
  }
  return out + escape_html(text.substr(done));
}

// The id of the person a name of an article's people belongs to, through the people table.
std::string person_id_of(const PeopleTable& table, const std::string& name) {
  const std::vector<PersonEntry> persons = table.resolve(name);
  return persons.size() == 1 ? persons.front().id : "";
}

std::string dated(const DatedCount& count) {
  const std::string articles = counted(count.count, "article");
  if (count.first.empty()) return articles;
  if (count.first == count.last) return fmt::format("{}, {}", articles, count.first);
  return fmt::format("{}, {} to {}", articles, count.first, count.last);
}

std::string not_found(const std::string& what) {
  return page_start("Not found - News archive") + search_form({}) +
         fmt::format("<main id=\"results\">\n<h1>Not found</h1>\n<p>{}</p>\n</main>\n",
                     escape_html(what)) +
         page_end();
}

}  // namespace

HttpResponse article_page(const std::string& id, const PageDatabase& database) {
  HttpResponse response;
  const bool id_like = id.size() == 16 && std::all_of(id.begin(), id.end(), [](char c) {
                         return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
                       });
  const std::vector<nlohmann::ordered_json> found =
      id_like ? find_articles(database.db, id) : std::vector<nlohmann::ordered_json>{};
  if (found.empty()) {
    response.status = 404;
    response.body = not_found("The archive has no article with this id.");
    return response;
  }
  const nlohmann::ordered_json& article = found.front();
  const std::string title = json_text(article, "title");
  std::string body = page_start((title.empty() ? "(no title)" : title) + " - News archive");
  body += search_form({});
  body += fmt::format("<main id=\"results\">\n<article>\n<h1>{}</h1>\n",
                      escape_html(title.empty() ? "(no title)" : title));
  std::string meta;
  if (const std::string published = json_text(article, "published"); !published.empty())
    meta += fmt::format("<dt>Published</dt><dd><time datetime=\"{}\">{}</time></dd>",
                        escape_html(published), escape_html(readable_date(published)));
  if (const std::string updated = json_text(article, "updated"); !updated.empty())
    meta += fmt::format("<dt>Updated</dt><dd><time datetime=\"{}\">{}</time></dd>",
                        escape_html(updated), escape_html(readable_date(updated)));
  std::string authors;
  for (const auto& author : article.value("authors", nlohmann::ordered_json::array()))
    if (author.is_string())
      authors +=
          fmt::format("{}<a href=\"{}\">{}</a>", authors.empty() ? "" : ", ",
                      href("/", {{"q", "byline:" + as_exact_value(author.get<std::string>())}}),
                      escape_html(author.get<std::string>()));
  if (!authors.empty()) meta += "<dt>By</dt><dd>" + authors + "</dd>";
  for (const char* key : {"outlet", "section"})
    if (const std::string value = json_text(article, key); !value.empty())
      meta += fmt::format("<dt>{}</dt><dd>{}</dd>", key[0] == 'o' ? "Outlet" : "Section",
                          escape_html(value));
  if (const std::string url = safe_external_href(json_text(article, "url")); !url.empty())
    meta += fmt::format("<dt>Source</dt><dd><a href=\"{}\" rel=\"noopener noreferrer\">{}</a></dd>",
                        url, url);
  body += "<dl class=\"meta\">" + meta + "</dl>\n";
  // The people quoted, each a link to their person page.
  const PeopleTable table(database.db);
  const auto& people = article.value("people", nlohmann::ordered_json::array());
  if (!people.empty()) {
    body += "<section aria-labelledby=\"people\">\n<h2 id=\"people\">People quoted</h2>\n<ul>\n";
    for (const auto& person : people) {
      const std::string name = json_text(person, "name");
      const std::string person_id = person_id_of(table, name);
      std::string about = json_text(person, "role");
      if (const std::string affiliation = json_text(person, "affiliation"); !affiliation.empty())
        about += (about.empty() ? "" : ", ") + affiliation;
      body += fmt::format("<li>{}{}</li>\n",
                          person_id.empty()
                              ? escape_html(name)
                              : fmt::format("<a href=\"{}\">{}</a>",
                                            href("/person/" + person_id, {}), escape_html(name)),
                          about.empty() ? "" : ": " + escape_html(about));
    }
    body += "</ul>\n</section>\n";
  }
  // The body, quotes marked.
  const auto& paragraphs = article.value("paragraphs", nlohmann::ordered_json::array());
  std::vector<std::vector<const nlohmann::ordered_json*>> quotes_in(paragraphs.size());
  const auto& quotes = article.value("quotes", nlohmann::ordered_json::array());
  for (const auto& quote : quotes) {
    const auto paragraph = quote.value("paragraph", std::size_t{0});
    if (paragraph < quotes_in.size()) quotes_in[paragraph].push_back(&quote);
  }
  body += "<section class=\"body\" aria-label=\"Article text\">\n";
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    if (!paragraphs[i].is_string()) continue;
    body += "<p>" + marked_paragraph(paragraphs[i].get<std::string>(), quotes_in[i]) + "</p>\n";
  }
  body += "</section>\n</article>\n";
  // More like this.
  SearchOptions like;
  like.db_path = database.path;
  like.database = database.db;
  like.time_limit_seconds = database.search_seconds;
  like.like = id;
  like.limit = 5;
  like.snippets = false;
  const SearchResults similar = Searcher(database.path, database.db).search(like);
  if (!similar.hits.empty()) {
    body += "<section aria-labelledby=\"like\">\n<h2 id=\"like\">More like this</h2>\n<ul>\n";
    for (const Hit& hit : similar.hits) {
      const std::string other = json_text(hit.record, "title");
      body += fmt::format("<li><a href=\"{}\">{}</a></li>\n",
                          href("/article/" + json_text(hit.record, "id"), {}),
                          escape_html(other.empty() ? "(no title)" : other));
    }
    body += "</ul>\n</section>\n";
  }
  body += "</main>\n" + page_end();
  response.body = std::move(body);
  return response;
}

HttpResponse person_page(const std::string& id, const PageDatabase& database) {
  HttpResponse response;
  const PeopleTable table(database.db);
  const std::optional<PersonEntry> person =
      id.empty() || id.size() > 200 ? std::nullopt : table.person(id);
  if (!person) {
    response.status = 404;
    response.body = not_found("The people table has no person with this id.");
    return response;
  }
  std::string body = page_start(person->name + " - News archive");
  body += search_form({});
  body += fmt::format(
      "<main id=\"results\">\n<h1>{}</h1>\n<p class=\"meta\">Quoted in {} ({}){}. "
      "<a href=\"{}\">Search their articles</a></p>\n",
      escape_html(person->name), counted(person->articles, "article"),
      counted(person->quotes, "quote"),
      person->first.empty()
          ? ""
          : fmt::format(", {} to {}", escape_html(person->first), escape_html(person->last)),
      href("/", {{"q", "person:" + person->id}}));
  const auto dated_list = [](const char* heading, const std::vector<DatedCount>& counts) {
    if (counts.empty()) return std::string();
    std::string out = fmt::format("<section>\n<h2>{}</h2>\n<ul>\n", heading);
    for (const DatedCount& count : counts)
      out += fmt::format("<li>{} <span class=\"count\">{}</span></li>\n", escape_html(count.text),
                         escape_html(dated(count)));
    return out + "</ul>\n</section>\n";
  };
  body += dated_list("Spellings", person->variants);
  body += dated_list("Roles", person->roles);
  body += dated_list("Affiliations", person->affiliations);
  // Attention over time, and the people quoted beside them.
  SearchOptions options;
  options.db_path = database.path;
  options.database = database.db;
  options.time_limit_seconds = database.search_seconds;
  options.query = "person:" + person->id;
  options.limit = 11;
  const PeopleListing listing = list_people(database.db, options, HistogramInterval::kMonth);
  if (listing.attention && listing.attention->periods.size() > 1) {
    AttentionTable mine = *listing.attention;
    mine.series.resize(1);  // the person alone, listed first (most articles)
    SvgChartOptions chart;
    chart.kind = ChartKind::kBar;
    std::string svg = attention_svg(mine, chart);
    if (svg.starts_with("<?xml")) svg.erase(0, svg.find('\n') + 1);
    body +=
        "<section aria-labelledby=\"attention\">\n<h2 id=\"attention\">Articles per "
        "month</h2>\n<div class=\"chart\">" +
        svg + "</div>\n</section>\n";
  }
  std::string beside;
  for (const ListedPerson& other : listing.people) {
    if (other.person.id == person->id) continue;
    beside += fmt::format("<li><a href=\"{}\">{}</a> <span class=\"count\">{}</span></li>\n",
                          href("/person/" + other.person.id, {}), escape_html(other.person.name),
                          counted(other.articles, "article"));
  }
  if (!beside.empty())
    body += "<section>\n<h2>Quoted beside them</h2>\n<ul>\n" + beside + "</ul>\n</section>\n";
  // The latest quotes.
  SearchOptions latest = options;
  latest.quotes = true;
  latest.sort = SortOrder::kNewest;
  latest.limit = 10;
  latest.snippets = false;
  const SearchResults quotes = Searcher(database.path, database.db).search(latest);
  if (!quotes.hits.empty()) {
    body += "<section>\n<h2>Latest quotes</h2>\n<ul class=\"quotes\">\n";
    for (const Hit& hit : quotes.hits) {
      std::string said;
      if (hit.quote.is_array())
        for (const auto& match : hit.quote)
          for (const auto& quote : match.value("quotes", nlohmann::json::array()))
            said +=
                fmt::format("<blockquote>{}</blockquote>", escape_html(quote.value("text", "")));
      body += fmt::format("<li>{}<p class=\"meta\"><a href=\"{}\">{}</a> {}</p></li>\n", said,
                          href("/article/" + json_text(hit.record, "id"), {}),
                          escape_html(json_text(hit.record, "title")),
                          escape_html(readable_date(json_text(hit.record, "published"))));
    }
    body += "</ul>\n</section>\n";
  }
  body += "</main>\n" + page_end();
  response.body = std::move(body);
  return response;
}

HttpResponse error_page(int status, const std::string& message, const Params& params) {
  HttpResponse response;
  response.status = status;
  response.body = page_start("Error - News archive") + search_form(params) +
                  fmt::format("<main id=\"results\">\n<h1>{}</h1>\n<p>{}</p>\n</main>\n",
                              status == 404 ? "Not found" : "The search could not be run",
                              escape_html(message)) +
                  page_end();
  return response;
}

}  // namespace news::serve
