#include "extract/html/authors.h"

#include <algorithm>
#include <initializer_list>
#include <set>
#include <string_view>

#include "common/strings.h"
#include "extract/html/bylines.h"
#include "extract/html/names.h"
#include "extract/html/reader.h"

namespace news::html {

namespace {

// True when every name is one of the site's names, or contains one of four letters or more.
bool is_outlet_only(const std::vector<std::string>& names, const std::vector<std::string>& sites) {
  return std::all_of(names.begin(), names.end(), [&](const std::string& name) {
    const std::string lower = lower_ascii(name);
    return std::any_of(sites.begin(), sites.end(), [&](const std::string& site) {
      const std::string lower_site = lower_ascii(site);
      return lower == lower_site ||
             (lower_site.size() >= 4 && lower.find(lower_site) != std::string::npos);
    });
  });
}

// A company name: one ending in a legal form ("Inc", "Ltd", "GmbH", ...).
bool is_company(const std::string& name) {
  const std::size_t space = name.rfind(' ');
  if (space == std::string::npos) return false;
  std::string last = lower_ascii(name.substr(space + 1));
  if (last.ends_with(".")) last.pop_back();
  static const std::set<std::string> kForms = {"inc", "ltd", "llc", "gmbh", "ag", "plc", "corp",
                                               "co",  "sa",  "s.a", "srl",  "bv", "kk"};
  return kForms.contains(last);
}

// The names of the JSON-LD article's author, else of its creator.
std::vector<std::string> json_ld_authors(const JsonLd& ld) {
  const json* a = ld.article;
  std::vector<std::string> names;
  if (a != nullptr) {
    for (const char* key : {"author", "creator"}) {
      if (const auto it = a->find(key); it != a->end()) add_json_authors(ld, *it, names, 0);
      if (!names.empty()) break;
    }
  }
  return names;
}

// The names in the first of these meta keys that gives any; a short one ("AP") is kept though
// clean_person_name does not take it.
std::vector<std::string> meta_authors(const Page& page,
                                      std::initializer_list<std::string_view> keys) {
  std::vector<std::string> names;
  for (std::string_view key : keys) {
    for (const auto& value : meta_values(page, key)) {
      if (value.size() > kMaxBylineBytes) continue;
      for (auto& name : split_author_names(value)) {
        if (clean_person_name(name) || name.size() <= 3) names.push_back(name);
      }
    }
    if (!names.empty()) break;
  }
  return names;
}

// Link previews' "Written by" label: <meta name="twitter:label1" content="Written by"> with
// the name in twitter:data1. It names the account that posted the page, which is not always
// who wrote it: the byline shown on the page comes first.
std::vector<std::string> link_preview_authors(const Page& page) {
  std::vector<std::string> names;
  for (char i = '1'; i <= '4' && names.empty(); ++i) {
    const std::string label = lower_ascii(first_meta(page, {"twitter:label" + std::string(1, i)}));
    if (label != "written by" && label != "author" && label != "autor" && label != "auteur" &&
        label != "escrito por" && label != "geschrieben von" &&
        label !=
            "\xC3\xA9"
            "crit par")
      continue;
    const std::string value = first_meta(page, {"twitter:data" + std::string(1, i)});
    if (value.size() > kMaxBylineBytes) continue;
    for (auto& name : split_author_names(value)) {
      if (clean_person_name(name) || name.size() <= 3) names.push_back(name);
    }
  }
  return names;
}

}  // namespace

std::vector<std::string> read_authors(const Page& page, const JsonLd& ld,
                                      const std::vector<std::string>& sites) {
  // The first source that names someone. A source that only names the site itself
  // ("El Diario" as author) gives way to a later one that names a person.
  std::vector<std::vector<std::string>> author_sources;
  author_sources.push_back(json_ld_authors(ld));
  author_sources.push_back(meta_authors(page, {"article:author", "og:article:author"}));
  author_sources.push_back(
      meta_authors(page, {"author", "dc.creator", "dcterms.creator", "parsely-author",
                          "sailthru.author", "byl", "cxenseparse:author", "twitter:creator"}));

  author_sources.push_back(microdata_authors(page));
  author_sources.push_back(byline_authors(page));
  author_sources.push_back(labelled_byline_authors(page));
  author_sources.push_back(link_preview_authors(page));
  const std::vector<std::string>* outlet_only = nullptr;
  for (const auto& names : author_sources) {
    if (names.empty()) continue;
    if (is_outlet_only(names, sites)) {
      if (outlet_only == nullptr) outlet_only = &names;
      continue;
    }
    std::vector<std::string> authors = unique_names(names);
    // The outlet or a company credited beside the people who wrote ("Jane Doe; CNN", "PhillyVoice
    // Staff", "Example Media Inc") is not an author of its own.
    std::erase_if(authors, [&](const std::string& name) {
      return is_outlet_only({name}, sites) || is_company(name);
    });
    if (authors.empty()) authors = unique_names(names);
    return authors;
  }
  if (outlet_only != nullptr) return unique_names(*outlet_only);
  return {};
}

}  // namespace news::html
