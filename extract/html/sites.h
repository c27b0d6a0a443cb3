// The names an HTML page gives its site: the outlet, and the names titles lose as a suffix and
// author lists give way from.
#pragma once

#include <string>
#include <vector>

#include "extract/html/json_ld.h"
#include "extract/html/page.h"

namespace news::html {

struct SiteNames {
  // The outlet: the first name the metadata gives (JSON-LD publisher, og:site_name, then
  // application-name, twitter:site, publisher, ...), or "".
  std::string outlet;
  // Every name of the site: the metadata's, in that order (URLs left out, a leading "@" cut),
  // then an <h1> that opens the <title> when the rest of the <title> is the metadata's title.
  std::vector<std::string> names;
};

// The site's names, read before the title and the authors, which lose them.
SiteNames read_site_names(const Page& page, const JsonLd& ld);

}  // namespace news::html
