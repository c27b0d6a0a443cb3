#include "extract/html/sites.h"

#include "extract/html/text.h"
#include "extract/html/titles.h"

namespace news::html {

SiteNames read_site_names(const Page& page, const JsonLd& ld) {
  const json* a = ld.article;
  SiteNames sites;
  for (std::string site :
       {a != nullptr && a->contains("publisher") ? json_text((*a)["publisher"]) : std::string(),
        first_meta(page, {"og:site_name"}),
        first_meta(page, {"application-name", "twitter:site", "al:ios:app_name",
                          "apple-mobile-web-app-title", "publisher", "dc.publisher"})}) {
    if (!site.empty() && !is_url(site)) {
      if (site.starts_with("@")) site.erase(0, 1);
      sites.names.push_back(site);
    }
  }
  if (!sites.names.empty()) sites.outlet = sites.names.front();
  // An <h1> that opens the <title>, where the rest of the <title> is the article's title as the
  // metadata gives it ("Blog Name: Post title"), is the site's name.
  for (const auto& h1 : page.h1) {
    const std::string rest = title_after_site(page.title_element, h1);
    if (rest.empty()) continue;
    for (const std::string& title : {json_field(a, "headline"), first_meta(page, {"og:title"}),
                                     first_meta(page, {"twitter:title"})}) {
      if (!title.empty() && title_words(title) == title_words(rest)) {
        sites.names.push_back(h1);
        break;
      }
    }
  }
  return sites;
}

}  // namespace news::html
