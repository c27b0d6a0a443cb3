// read_html: the page's bytes decoded (charset.h), parsed and walked once (dom.h, page.h), then
// each field read by its own reader, in the order of trust reader.h describes: JSON-LD
// (json_ld.h), site names and outlet (sites.h), title (titles.h), authors (authors.h, from
// bylines.h and names.h), dates (dates.h), section, language and url (here), body (body.h) and
// standfirst (here).
#include "extract/html/reader.h"

#include <algorithm>
#include <cctype>
#include <exception>

#include "common/strings.h"
#include "extract/html/authors.h"
#include "extract/html/body.h"
#include "extract/html/charset.h"
#include "extract/html/dates.h"
#include "extract/html/dom.h"
#include "extract/html/json_ld.h"
#include "extract/html/page.h"
#include "extract/html/sites.h"
#include "extract/html/text.h"
#include "extract/html/titles.h"

namespace news {

namespace html {

namespace {

// A language tag's primary subtag in lower case ("en-GB" -> "en"); "" when it is not one.
std::string normalise_language(std::string_view tag) {
  tag = trim(tag);
  std::string primary;
  for (char c : tag) {
    if (c == '-' || c == '_') break;
    if (!std::isalpha(static_cast<unsigned char>(c))) return {};
    primary += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  if (primary.size() < 2 || primary.size() > 3) return {};
  return primary;
}

// The article's section: JSON-LD articleSection, article:section, then other meta names; one of
// 100 bytes or more is not a section.
std::string read_section(const Page& page, const JsonLd& ld) {
  const json* a = ld.article;
  for (const std::string& section :
       {json_field(a, "articleSection"), first_meta(page, {"article:section"}),
        first_meta(page, {"parsely-section", "sailthru.section", "section", "dc.subject"})}) {
    if (!section.empty() && section.size() < 100) return section;
  }
  return {};
}

// The article's language: <html lang>, content-language meta, JSON-LD inLanguage, og:locale.
std::string read_language(const Page& page, const JsonLd& ld) {
  const json* a = ld.article;
  for (const std::string& tag :
       {page.html_lang, first_meta(page, {"content-language", "language", "dc.language"}),
        json_field(a, "inLanguage"), first_meta(page, {"og:locale"})}) {
    std::string language = normalise_language(tag);
    if (!language.empty()) return language;
  }
  return {};
}

// The article's address: <link rel="canonical">, og:url, JSON-LD url or mainEntityOfPage; only
// an absolute one.
std::string read_url(const Page& page, const JsonLd& ld) {
  const json* a = ld.article;
  for (const std::string& url : {page.canonical, first_meta(page, {"og:url"}), json_field(a, "url"),
                                 json_field(a, "mainEntityOfPage")}) {
    if (url.find("://") != std::string::npos) return url;
  }
  return {};
}

// The standfirst: the first description the page gives (JSON-LD, og:description, other meta),
// unless it is just the start of the body's first paragraph.
std::vector<std::string> read_standfirst(const Page& page, const JsonLd& ld,
                                         const std::vector<std::string>& paragraphs) {
  const json* a = ld.article;
  std::vector<std::string> standfirst;
  for (const std::string& description :
       {json_field(a, "description"), first_meta(page, {"og:description"}),
        first_meta(page, {"description", "twitter:description", "dc.description"})}) {
    if (description.empty() || description.size() > 600) continue;
    const bool repeats =
        !paragraphs.empty() && paragraphs.front().starts_with(description.substr(
                                   0, std::min<std::size_t>(description.size(), 60)));
    if (!repeats) standfirst.push_back(description);
    break;
  }
  return standfirst;
}

// Fills the article from the parsed page, one field at a time.
void read_page(const Page& page, const HtmlReaderOptions& options, Article& article) {
  JsonLd ld;
  load_json_ld(page.json_ld, ld, article.warnings);
  // Site name first: titles lose it as a suffix.
  const SiteNames sites = read_site_names(page, ld);
  article.outlet = sites.outlet;
  article.title = read_title(page, ld, sites.names);
  article.authors = read_authors(page, ld, sites.names);
  article.published = read_published(page, ld, options.dates);
  article.updated = read_updated(page, ld, options.dates);
  article.section = read_section(page, ld);
  article.language = read_language(page, ld);
  article.url = read_url(page, ld);
  // Body, then the standfirst if it is not just the first paragraph.
  article.paragraphs = read_body(page, ld);
  if (article.paragraphs.empty()) article.warnings.push_back(std::string(kNoBodyWarning));
  // Without an author anywhere else, the agency a dateline credits wrote the article.
  if (article.authors.empty() && !article.paragraphs.empty()) {
    if (auto credit = dateline_credit(article.paragraphs.front())) article.authors = {*credit};
  }
  article.standfirst = read_standfirst(page, ld, article.paragraphs);
}

}  // namespace

}  // namespace html

Article read_html(std::string_view bytes, const HtmlReaderOptions& options) {
  Article article;
  article.format = "html";
  try {
    html::PageText text = html::decode_page(bytes);
    article.warnings = std::move(text.warnings);
    const html::DocPtr doc = html::parse_html(
        text.text, options.own_parser ? html::ParseWith::kOwnParser : html::ParseWith::kLibxml2);
    if (doc == nullptr) {
      article.warnings.push_back(std::string(kNoBodyWarning));
      return article;
    }
    const html::Page page = html::collect_page(doc.get());
    html::read_page(page, options, article);
  } catch (const std::exception& e) {
    article.warnings.push_back(std::string("page not fully read: ") + e.what());
  }
  // Every string leaves valid UTF-8, without line breaks in single-line fields.
  article.title = html::ensure_utf8(html::collapse(article.title));
  for (auto* field : {&article.section, &article.outlet, &article.language, &article.url})
    *field = html::ensure_utf8(html::collapse(*field));
  for (auto* list : {&article.authors, &article.paragraphs, &article.standfirst}) {
    std::vector<std::string> clean;
    for (auto& s : *list) {
      std::string c = html::ensure_utf8(html::collapse(s));
      if (!c.empty()) clean.push_back(std::move(c));
    }
    *list = std::move(clean);
  }
  for (auto& warning : article.warnings) warning = html::ensure_utf8(warning);
  return article;
}

}  // namespace news
