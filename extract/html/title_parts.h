// The parts of a page's titles: a headline joined by separators (" | ", " - ", " — ", ...) to the
// names of its site, section or author, and which of those parts name the site rather than the
// article. Sites brand <title>, og:title and even JSON-LD headlines this way; what names the site
// is read from the page itself (its metadata's site names, its address, the parts its titles
// share), never from a list of sites.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace news::html {

struct Page;
struct JsonLd;

// What tells a site's name in a title apart from the headline.
struct SiteSigns {
  std::vector<std::string> names;  // the metadata's names of the site (read_site_names)
  std::vector<std::string> hosts;  // the hosts of the page's addresses, without "www."
  // Parts that open or end two of the page's titles whose other parts differ ("A | Site" and
  // "B | Site"): a name the site puts on every title (shared_title_ends).
  std::vector<std::string> shared_ends;
};

// The hosts of the page's addresses, in lower case and without "www." ("news.example.com"): of
// <link rel="canonical">, og:url and JSON-LD url, each once (a syndicated page names its first
// site in one and its own in another).
std::vector<std::string> page_hosts(const Page& page, const JsonLd& ld);

// A title cut at its separators: the parts, trimmed, and between each two the separator that
// stood there (separators.size() == parts.size() - 1). The separators are those CMSs and SEO
// plug-ins put between a headline and a site name (" | ", " - ", " – ", " — ", " :: ", " · ",
// " • ", " » ", " › ", " « ", " * ", " ~ ", full-width bar and hyphen); ": " is not one, since
// headlines use it, nor are guillemets in a title that quotes with them ("« Les ... »").
struct TitleParts {
  std::vector<std::string> parts;
  std::vector<std::string> separators;
};
TitleParts split_title(std::string_view title);

// True when `part`, one part of a title, names the site or credits the author rather than telling
// the news: it is one of the site's names or holds one ("London Evening Standard" for "Evening
// Standard"), or is part of one ("Analyse Opinion Critique" of "AOC media - Analyse Opinion
// Critique"); it spells the address's host or a label of it ("regards.fr", "Mirror Online" on
// mirror.co.uk, "The Guardian" on theguardian.com); it is one of `signs.shared_ends`; or it is an
// author credit ("by Jane Doe"). Parts of more than six words never do.
bool names_site(std::string_view part, const SiteSigns& signs);

// The title without the parts at either end that name the site (names_site): "Headline | Section
// | Site" is "Headline | Section", "Site - Headline" is "Headline", "Headline * Site * by Jane
// Doe" is "Headline". A title with no such part, or only such parts, is returned as it is.
std::string strip_site_parts(const std::string& title, const SiteSigns& signs);

// Parts that end, or open, two of `titles` whose remaining parts differ in their words: the site's
// name, which it puts on every title it writes, whatever the headline ("A headline | Site" in the
// <title>, "A social headline | Site" in og:title).
std::vector<std::string> shared_title_ends(const std::vector<std::string>& titles);

}  // namespace news::html
