#include "extract/html/titles.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>
#include <string_view>

#include "common/strings.h"
#include "extract/html/dom.h"
#include "extract/html/text.h"
#include "extract/html/title_parts.h"

namespace news::html {

namespace {

// True when the words of `inner` appear, in order and together, inside the longer `outer`.
bool contains_words(std::string_view outer, std::string_view inner) {
  const auto wo = title_words(outer);
  const auto wi = title_words(inner);
  if (wi.empty() || wi.size() >= wo.size()) return false;
  return std::search(wo.begin(), wo.end(), wi.begin(), wi.end()) != wo.end();
}

// Dice overlap of two titles' word sets, 0..1.
double word_overlap(std::string_view a, std::string_view b) {
  const auto wa = title_words(a);
  const auto wb = title_words(b);
  const std::set<std::string> sa(wa.begin(), wa.end());
  const std::set<std::string> sb(wb.begin(), wb.end());
  if (sa.empty() || sb.empty()) return 0;
  std::size_t common = 0;
  for (const auto& w : sa) common += sb.contains(w);
  return 2.0 * static_cast<double>(common) / static_cast<double>(sa.size() + sb.size());
}

// A title cut short by the site ("... for Hong Kong leader..."), which another source may give
// whole.
bool is_truncated(std::string_view title) {
  return title.ends_with("...") || title.ends_with("\xE2\x80\xA6");
}

// The <title> element without its site-name part: the parts that name the site when known
// (strip_site_parts), else the last part after " | ", or after " - " when that part is short (a
// name, not half a headline).
std::string title_from_element(const std::string& title, const SiteSigns& signs) {
  std::string stripped = strip_site_parts(title, signs);
  if (stripped != title) return stripped;
  for (std::string_view separator :
       {std::string_view(" | "), std::string_view(" - "), std::string_view(" \xE2\x80\x93 "),
        std::string_view(" \xE2\x80\x94 ")}) {
    const std::size_t last = title.rfind(separator);
    if (last == std::string::npos || last == 0) continue;
    const std::string_view tail = std::string_view(title).substr(last + separator.size());
    const std::size_t words = split(tail, " ").size();
    if (separator == " | " || words <= 3) return collapse(title.substr(0, last));
  }
  return title;
}

// A title without the kicker the page marks before its headline: "Genetik: Das Geheimnis ..."
// with the kicker "Genetik" is "Das Geheimnis ...". Only a kicker followed by a colon or a dash
// is cut, and only when three or more words remain.
std::string without_kicker(const std::string& title, const std::vector<std::string>& kickers) {
  for (const auto& kicker : kickers) {
    if (!starts_with_ci(title, lower_ascii(kicker))) continue;
    std::string_view rest = trim(std::string_view(title).substr(kicker.size()));
    if (!rest.starts_with(":") && !rest.starts_with("- ") && !rest.starts_with("| ")) continue;
    rest = trim(rest.substr(1));
    if (split(rest, " ").size() >= 3) return std::string(rest);
  }
  return title;
}

// Meta names that give a title, after og:title.
constexpr std::array<std::string_view, 7> kTitleKeys = {
    "twitter:title",  "dc.title", "dcterms.title", "parsely-title",
    "sailthru.title", "title",    "headline"};

// When no <h1> is the headline (the <h1> is the site's logo), an <h2> that one of the page's
// titles repeats word for word is; else "".
std::string h2_headline(const Page& page, const std::vector<std::string>& titles,
                        const std::vector<std::string>& more_titles) {
  for (const auto& h2 : page.h2) {
    if (title_words(h2).size() < 3) continue;
    for (const auto* list : {&titles, &more_titles}) {
      for (const auto& title : *list) {
        if (title_words(title) == title_words(h2)) return h2;
      }
    }
  }
  return {};
}

// True when `text` is one of the site's names (ignoring case).
bool is_site_name(const std::string& text, const std::vector<std::string>& sites) {
  return std::any_of(sites.begin(), sites.end(), [&](const std::string& site) {
    return lower_ascii(site) == lower_ascii(text);
  });
}

// The titles the page's metadata and <title> give, as written, in order of trust.
struct RawTitles {
  std::string json_ld;                    // JSON-LD headline
  std::string open_graph;                 // og:title
  std::string other_meta;                 // the first of kTitleKeys the page has
  std::string microdata;                  // the article's microdata headline, unless on an <h1>
  std::string element;                    // <title>
  std::vector<std::string> other_titles;  // the first value of each of kTitleKeys
};

RawTitles raw_titles(const Page& page, const JsonLd& ld) {
  RawTitles raw;
  raw.json_ld = json_field(ld.article, "headline");
  raw.open_graph = first_meta(page, {"og:title"});
  raw.other_titles = first_metas(page, kTitleKeys);
  if (!raw.other_titles.empty()) raw.other_meta = raw.other_titles.front();
  // (A microdata headline on an <h1> is that <h1>, not a second source that agrees with it.)
  raw.microdata = article_microdata_value(page, "headline", /*skip_element=*/"h1");
  raw.element = page.title_element;
  return raw;
}

// Every title the page gives, in order of trust, without site names and without titles cut
// short ("... leader..."): those stand only when nothing else does.
struct TitleCandidates {
  std::vector<std::string> titles;
  // The first value of each of kTitleKeys, as the page gives it: an <h2> that one of them repeats
  // can be the headline.
  std::vector<std::string> other_titles;
  bool from_metadata = false;  // whether any title came from metadata, not <title>
};

TitleCandidates title_candidates(const Page& page, const RawTitles& raw, const SiteSigns& signs) {
  TitleCandidates candidates;
  std::string truncated_title;
  const auto add_title = [&](const std::string& title, bool from_element) {
    if (title.empty() || title.size() > 600) return;
    std::string stripped = without_kicker(
        from_element ? title_from_element(title, signs) : strip_site_parts(title, signs),
        page.kickers);
    if (stripped.empty() || is_site_name(stripped, signs.names)) return;
    if (is_truncated(stripped)) {
      if (truncated_title.empty()) truncated_title = std::move(stripped);
      return;
    }
    candidates.titles.push_back(std::move(stripped));
  };
  add_title(raw.json_ld, false);
  add_title(raw.open_graph, false);
  candidates.other_titles = raw.other_titles;
  add_title(raw.other_meta, false);
  add_title(raw.microdata, false);
  candidates.from_metadata = !candidates.titles.empty();
  add_title(raw.element, true);
  if (candidates.titles.empty() && !truncated_title.empty())
    candidates.titles.push_back(truncated_title);
  return candidates;
}

struct HeadlineMatch {
  std::string h1;  // "" when no <h1> shares a word with a title
  double overlap = 0;
};

// The <h1> sharing most words with any of the titles (without its kicker, and not a site name):
// the page's own headline when the overlap is high enough.
HeadlineMatch best_matching_h1(const Page& page, const std::vector<std::string>& titles,
                               const std::vector<std::string>& sites) {
  HeadlineMatch best;
  for (const auto& h1_text : page.h1) {
    const std::string h1 = without_kicker(h1_text, page.kickers);
    if (h1.empty() || h1.size() > 600 || is_site_name(h1, sites)) continue;
    for (const auto& title : titles) {
      const double overlap = word_overlap(h1, title);
      if (overlap > best.overlap) best.overlap = overlap, best.h1 = h1;
    }
  }
  return best;
}

}  // namespace

bool in_breadcrumb(const Node* node) {
  for (const Node* n = node->parent; n != nullptr; n = n->parent) {
    // Page-wide classes ("has-breadcrumbs" on <body>) say nothing about one element.
    const std::string_view name = name_of(n);
    if (name == "body" || name == "main" || name == "article") break;
    if (class_and_id(n).find("breadcrumb") != std::string::npos ||
        lower_ascii(attribute(n, "itemtype")).find("breadcrumblist") != std::string::npos)
      return true;
  }
  return false;
}

bool is_kicker_markup(const Node* node) {
  for (std::string_view word : {"kicker", "overline", "eyebrow", "dachzeile", "roofline", "topline",
                                "supertitle", "pretitle"}) {
    if (class_contains(node, word)) return true;
  }
  return false;
}

std::vector<std::string> title_words(std::string_view s) {
  std::vector<std::string> words;
  std::string word;
  for (char c : s) {
    if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

std::string title_after_site(const std::string& title, const std::string& site) {
  for (std::string_view separator :
       {std::string_view(" \xC2\xBB "), std::string_view(" \xE2\x80\xBA "), std::string_view(" | "),
        std::string_view(" - "), std::string_view(" \xE2\x80\x93 "),
        std::string_view(" \xE2\x80\x94 "), std::string_view(" :: "), std::string_view(": ")}) {
    if (site.empty() || !starts_with_ci(title, lower_ascii(site + std::string(separator))))
      continue;
    std::string rest = title.substr(site.size() + separator.size());
    const bool breadcrumb = separator == " \xC2\xBB " || separator == " \xE2\x80\xBA ";
    if (const std::size_t last = rest.rfind(separator); breadcrumb && last != std::string::npos)
      rest.erase(0, last + separator.size());
    return collapse(rest);
  }
  return {};
}

std::string read_title(const Page& page, const JsonLd& ld, const std::vector<std::string>& sites) {
  const RawTitles raw = raw_titles(page, ld);
  SiteSigns signs;
  signs.names = sites;
  signs.hosts = page_hosts(page, ld);
  signs.shared_ends =
      shared_title_ends({raw.json_ld, raw.open_graph, raw.other_meta, raw.microdata, raw.element});
  // The metadata title, unless the page's own headline (the <h1> that shares most words with it)
  // says it differently: sites give search engines and social networks other wordings.
  const TitleCandidates candidates = title_candidates(page, raw, signs);
  const std::vector<std::string>& meta_titles = candidates.titles;
  const std::string meta_title = meta_titles.empty() ? std::string() : meta_titles.front();
  // The <h1> sharing most words with any of them is the page's own headline.
  const HeadlineMatch best = best_matching_h1(page, meta_titles, sites);
  const auto same_words = [](std::string_view x, std::string_view y) {
    return title_words(x) == title_words(y);
  };
  if (!best.h1.empty() && best.overlap >= 0.5) {
    // When the most trusted title says all the <h1> says and more, or less (a kicker before the
    // headline, a subtitle after it), the shorter one is the headline, unless another title of
    // the page repeats the <h1> word for word.
    const bool confirmed =
        std::any_of(meta_titles.begin(), meta_titles.end(),
                    [&](const std::string& t) { return same_words(t, best.h1); });
    return !confirmed && contains_words(best.h1, meta_title) ? meta_title : best.h1;
  }
  if (const std::string h2 = h2_headline(page, meta_titles, candidates.other_titles); !h2.empty())
    return h2;
  if (!candidates.from_metadata && page.h1.size() == 1 && !page.h1.front().empty() &&
      !is_site_name(page.h1.front(), sites)) {
    // Without metadata, a lone <h1> is the headline, before a <title> ("Home") that names the
    // page rather than the article (as trafilatura reads it); but an <h1> that opens the <title>
    // ("Site » Blog Archive » Post") is the site's name, and the <title> names the post.
    const std::string after = title_after_site(page.title_element, page.h1.front());
    return after.empty() ? page.h1.front() : after;
  }
  if (!meta_title.empty()) return meta_title;
  if (page.h1.size() == 1) return page.h1.front();
  return page.title_element;
}

}  // namespace news::html
