#include "extract/html/title_parts.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "common/strings.h"
#include "extract/html/json_ld.h"
#include "extract/html/page.h"
#include "extract/html/text.h"
#include "extract/html/titles.h"

namespace news::html {

namespace {

// Separators, longest first at any one place: a spaced bar before a bare one.
constexpr std::array<std::string_view, 18> kSeparators = {
    " | ",
    " - ",
    " \xE2\x80\x93 ",  // en dash
    " \xE2\x80\x94 ",  // em dash
    " :: ",
    " \xC2\xB7 ",      // middle dot
    " \xE2\x80\xA2 ",  // bullet
    " \xC2\xBB ",      // »
    " \xE2\x80\xBA ",  // ›
    " \xC2\xAB ",      // «
    " \xE2\x80\xB9 ",  // ‹
    " * ",
    " ~ ",
    " \xEF\xBD\x9C ",  // full-width bar
    " \xEF\xBC\x8D ",  // full-width hyphen-minus
    "\xEF\xBD\x9C",    // full-width bar, unspaced (CJK titles)
    "|",
    " \xE2\x8B\x86 ",  // star operator
};

constexpr std::string_view kLeftGuillemet = "\xC2\xAB";
constexpr std::string_view kLeftSingleGuillemet = "\xE2\x80\xB9";

// True for the separators that are guillemets (» › « ‹), which also quote.
bool is_guillemet(std::string_view separator) {
  for (std::string_view mark : {"\xC2\xBB", "\xC2\xAB", "\xE2\x80\xBA", "\xE2\x80\xB9"}) {
    if (separator.find(mark) != std::string_view::npos) return true;
  }
  return false;
}

// True for the separators of breadcrumb trails (» ›).
bool is_breadcrumb(std::string_view separator) {
  return separator == " \xC2\xBB " || separator == " \xE2\x80\xBA ";
}

// `s` compacted, without a leading "the" ("The Guardian" and "guardian" are one name).
std::string compact_name(std::string_view s) {
  std::string c = compact_letters(s);
  if (c.size() > 6 && c.starts_with("the")) c.erase(0, 3);
  return c;
}

// The labels of a host that can name a site: not "www", not the top-level domain or a short
// second-level one ("co" of co.uk, "com" of com.au).
std::vector<std::string> host_labels(std::string_view host) {
  std::vector<std::string> labels;
  const auto parts = split(host, ".");
  for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
    const std::string label = compact_letters(parts[i]);
    if (label.size() < 3 || label == "www" || label == "com" || label == "net" || label == "org" ||
        label == "gov" || label == "edu")
      continue;
    labels.push_back(label);
  }
  return labels;
}

// True when the compacted part is the compacted name, holds it with at most two more words
// ("London Evening Standard"), or is a piece of it of four letters or more.
bool matches_name(const std::string& part, std::size_t part_words, std::string_view name) {
  const std::string n = compact_name(name);
  if (n.size() < 2 || part.empty()) return false;
  if (part == n || part == compact_letters(name)) return true;
  if (n.size() >= 3 && part.find(n) != std::string::npos &&
      part_words <= title_words(name).size() + 2)
    return true;
  return part.size() >= 4 && n.find(part) != std::string::npos;
}

// An author credit at the end of a title: "by Jane Doe", "par Jane Doe".
bool is_author_credit(std::string_view part, std::size_t words) {
  if (words < 2 || words > 5) return false;
  for (std::string_view lead : {"by ", "par ", "von ", "por "}) {
    if (starts_with_ci(part, lead)) return true;
  }
  return false;
}

}  // namespace

std::vector<std::string> page_hosts(const Page& page, const JsonLd& ld) {
  std::vector<std::string> hosts;
  for (const std::string& url :
       {page.canonical, first_meta(page, {"og:url"}), json_field(ld.article, "url")}) {
    const std::size_t scheme = url.find("://");
    if (scheme == std::string::npos) continue;
    std::string host = lower_ascii(url.substr(scheme + 3));
    host = host.substr(0, host.find_first_of("/?#:"));
    if (host.starts_with("www.")) host.erase(0, 4);
    if (host.find('.') != std::string::npos &&
        std::find(hosts.begin(), hosts.end(), host) == hosts.end())
      hosts.push_back(host);
  }
  return hosts;
}

TitleParts split_title(std::string_view title) {
  TitleParts out;
  std::string_view separator_before;  // the separator after the last part kept
  const auto add_part = [&](std::string_view part, std::string_view separator_after) {
    part = trim(part);
    if (part.empty()) return;
    if (!out.parts.empty()) out.separators.emplace_back(separator_before);
    out.parts.emplace_back(part);
    separator_before = separator_after;
  };
  // Guillemets are quotation marks in a title that opens a quote with one.
  const bool quotes = title.find(kLeftGuillemet) != std::string_view::npos ||
                      title.find(kLeftSingleGuillemet) != std::string_view::npos;
  std::size_t start = 0;
  std::size_t i = 0;
  while (i < title.size()) {
    const auto found =
        std::find_if(kSeparators.begin(), kSeparators.end(), [&](std::string_view separator) {
          return title.substr(i).starts_with(separator) && !(quotes && is_guillemet(separator));
        });
    if (found == kSeparators.end()) {
      ++i;
      continue;
    }
    add_part(title.substr(start, i - start), *found);
    i += found->size();
    start = i;
  }
  add_part(title.substr(start), {});
  return out;
}

bool names_site(std::string_view part, const SiteSigns& signs) {
  const std::size_t words = title_words(part).size();
  if (words == 0 || words > 6) return false;
  if (is_author_credit(part, words)) return true;
  const std::string c = compact_letters(part);
  if (c.empty()) return false;
  for (const auto& name : signs.names) {
    if (matches_name(c, words, name)) return true;
  }
  for (const auto& end : signs.shared_ends) {
    if (compact_letters(end) == c) return true;
  }
  for (const auto& host : signs.hosts) {
    if (c == compact_letters(host)) return true;  // "regards.fr"
    for (const auto& label : host_labels(host)) {
      if (c == label || compact_name(part) == label) return true;
      // "Mirror Online" on mirror.co.uk; "Pluralsight Tech Blog" on pluralsight.com.
      if (label.size() >= 4 && c.find(label) != std::string::npos && words <= 3) return true;
      // "Guardian" on theguardian.com.
      if (c.size() >= 5 && label.find(c) != std::string::npos) return true;
    }
  }
  return false;
}

std::string strip_site_parts(const std::string& title, const SiteSigns& signs) {
  TitleParts split = split_title(title);
  auto& parts = split.parts;
  if (parts.size() < 2) return title;
  std::size_t first = 0;
  std::size_t last = parts.size();  // one past
  while (last - first > 1 && names_site(parts[last - 1], signs)) --last;
  while (last - first > 1 && names_site(parts[first], signs)) ++first;
  if (first == 0 && last == parts.size()) return title;
  // Only site parts: nothing tells which is the headline.
  if (last - first == 1 && names_site(parts[first], signs)) return title;
  // A breadcrumb trail that opened with the site ("Site » Blog Archive » Post"): the last crumb is
  // the page.
  if (first > 0 && last - first > 1 && is_breadcrumb(split.separators[first - 1])) first = last - 1;
  std::string out = parts[first];
  for (std::size_t k = first + 1; k < last; ++k) out += split.separators[k - 1] + parts[k];
  return collapse(out);
}

std::vector<std::string> shared_title_ends(const std::vector<std::string>& titles) {
  std::vector<std::string> ends;
  std::vector<TitleParts> splits;
  for (const auto& title : titles) splits.push_back(split_title(title));
  const auto add = [&](const std::string& end) {
    if (std::none_of(ends.begin(), ends.end(), [&](const std::string& e) {
          return compact_letters(e) == compact_letters(end);
        }))
      ends.push_back(end);
  };
  for (std::size_t a = 0; a < splits.size(); ++a) {
    for (std::size_t b = a + 1; b < splits.size(); ++b) {
      const auto& pa = splits[a].parts;
      const auto& pb = splits[b].parts;
      if (pa.size() < 2 || pb.size() < 2) continue;
      // The rest of each title, as words: a rest that starts or ends the other one is the same
      // headline, more or less cut, and the part they share may be part of it.
      const auto rest_words = [](const std::vector<std::string>& parts, std::size_t from,
                                 std::size_t to) {
        std::string rest;
        for (std::size_t k = from; k < to; ++k) rest += parts[k] + " ";
        return title_words(rest);
      };
      const auto related = [](const std::vector<std::string>& x,
                              const std::vector<std::string>& y) {
        const auto& shorter = x.size() <= y.size() ? x : y;
        const auto& longer = x.size() <= y.size() ? y : x;
        return std::equal(shorter.begin(), shorter.end(), longer.begin()) ||
               std::equal(shorter.rbegin(), shorter.rend(), longer.rbegin());
      };
      if (compact_letters(pa.back()) == compact_letters(pb.back()) &&
          !related(rest_words(pa, 0, pa.size() - 1), rest_words(pb, 0, pb.size() - 1)))
        add(pa.back());
      if (compact_letters(pa.front()) == compact_letters(pb.front()) &&
          !related(rest_words(pa, 1, pa.size()), rest_words(pb, 1, pb.size())))
        add(pa.front());
    }
  }
  return ends;
}

}  // namespace news::html
