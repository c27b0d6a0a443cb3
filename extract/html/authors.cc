#include "extract/html/authors.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <optional>
#include <set>
#include <string_view>

#include "common/strings.h"
#include "extract/html/bylines.h"
#include "extract/html/names.h"
#include "extract/html/reader.h"
#include "extract/html/text.h"

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

// A joint credit of news agencies or desks, as metadata and datelines write it: two or three
// names joined by "/" without spaces ("dpa/lno", "AFP/The Local"), with no digits and no address.
bool is_joint_credit(std::string_view name) {
  if (name.size() > 40 || is_url(name) || name.find(" /") != std::string_view::npos ||
      name.find("/ ") != std::string_view::npos)
    return false;
  const auto parts = split(name, "/");
  if (parts.size() < 2 || parts.size() > 3) return false;
  return std::all_of(parts.begin(), parts.end(), [](std::string_view part) {
    return !part.empty() && std::none_of(part.begin(), part.end(), [](char c) {
      return std::isdigit(static_cast<unsigned char>(c)) != 0;
    });
  });
}

// The names in the first of these meta keys that gives any; a short one ("AP") and a joint credit
// ("AFP/The Local") are kept though clean_person_name does not take them.
std::vector<std::string> meta_authors(const Page& page,
                                      std::initializer_list<std::string_view> keys) {
  std::vector<std::string> names;
  for (std::string_view key : keys) {
    for (const auto& value : meta_values(page, key)) {
      if (value.size() > kMaxBylineBytes) continue;
      for (auto& name : split_author_names(value)) {
        if (clean_person_name(name) || name.size() <= 3 || is_joint_credit(name))
          names.push_back(name);
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

std::vector<std::string> words_of(std::string_view name) {
  std::vector<std::string> words;
  const std::string lower = lower_ascii(name);  // split gives views into it
  for (auto word : split(lower, " ")) {
    if (!word.empty()) words.emplace_back(word);
  }
  return words;
}

// One word with a lower-case letter in it ("Todd", not "AP" or "AFP"): a given name or a surname
// alone, which a fuller source may complete.
bool is_partial_name(std::string_view name) {
  return name.find(' ') == std::string_view::npos && name.size() >= 2 &&
         std::any_of(name.begin(), name.end(),
                     [](char c) { return std::islower(static_cast<unsigned char>(c)); });
}

// A name written as an account ("edilson.la.rosa", "jane_doe"): no space, and a dot, an
// underscore or a hyphen between its parts.
bool is_account_name(std::string_view name) {
  return name.find(' ') == std::string_view::npos &&
         name.find_first_of("._-") != std::string_view::npos;
}

// The names that the other sources give for the same people, more fully. Sources disagree in how
// they write one person: an account name where the page shows "Edilson La Rosa", a first name
// alone ("Todd") where the byline says "Todd Bates", "Gillman, Steve" (split as two names) where a
// link says "Steve Gillman". Each is replaced by the fuller name when exactly one name of the other
// sources fits; a name that fits several, or none, stays as it is.
std::vector<std::string> fuller_names(const std::vector<std::string>& names,
                                      const std::vector<std::vector<std::string>>& sources) {
  std::vector<std::string> others;  // names of two words or more, each once
  for (const auto& source : sources) {
    for (const auto& name : source) {
      if (words_of(name).size() >= 2 && clean_person_name(name)) add_unique(others, name);
    }
  }
  if (others.empty()) return names;
  const auto only_match = [&](const auto& fits) -> std::optional<std::string> {
    std::optional<std::string> found;
    for (const auto& other : others) {
      if (!fits(other)) continue;
      if (found) return std::nullopt;
      found = other;
    }
    return found;
  };
  std::vector<std::string> out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    const std::string& name = names[i];
    // "Gillman, Steve": two one-word names that are one name of another source, inverted.
    if (i + 1 < names.size() && is_partial_name(name) && is_partial_name(names[i + 1])) {
      const std::set<std::string> pair = {lower_ascii(name), lower_ascii(names[i + 1])};
      if (auto fuller = only_match([&](const std::string& other) {
            const auto words = words_of(other);
            return words.size() == 2 && std::set<std::string>(words.begin(), words.end()) == pair;
          })) {
        add_unique(out, *fuller);
        ++i;
        continue;
      }
    }
    if (is_account_name(name)) {
      const std::string compact = compact_letters(name);
      if (auto fuller = only_match(
              [&](const std::string& other) { return compact_letters(other) == compact; })) {
        add_unique(out, *fuller);
        continue;
      }
    }
    if (is_partial_name(name) && !is_account_name(name)) {
      const std::string word = lower_ascii(name);
      if (auto fuller = only_match([&](const std::string& other) {
            const auto words = words_of(other);
            return words.front() == word || words.back() == word;
          })) {
        add_unique(out, *fuller);
        continue;
      }
    }
    add_unique(out, name);
  }
  return out;
}

}  // namespace

std::optional<std::string> dateline_credit(std::string_view first_paragraph) {
  const std::string_view text = trim(first_paragraph);
  const std::size_t open = text.find('(');
  if (open == std::string_view::npos || open == 0 || open > 60) return std::nullopt;
  const std::string_view place = trim(text.substr(0, open));
  if (place.empty() || split(place, " ").size() > 6 ||
      !(std::isupper(static_cast<unsigned char>(place[0])) ||
        static_cast<unsigned char>(place[0]) >= 0x80))
    return std::nullopt;
  const std::size_t close = text.find(')', open);
  if (close == std::string_view::npos || close - open > 32) return std::nullopt;
  const std::string credit = collapse(text.substr(open + 1, close - open - 1));
  std::string_view rest = trim(text.substr(close + 1));
  // The dash after the credit: "-", an en dash or an em dash.
  if (!rest.starts_with("- ") && !rest.starts_with("\xE2\x80\x93") &&
      !rest.starts_with("\xE2\x80\x94"))
    return std::nullopt;
  if (credit.empty() || split(credit, " ").size() > 3 ||
      std::any_of(credit.begin(), credit.end(),
                  [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }))
    return std::nullopt;
  if (!clean_person_name(credit) && credit.size() > 3 && !is_joint_credit(credit))
    return std::nullopt;
  return credit;
}

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
    return fuller_names(authors, author_sources);
  }
  if (outlet_only != nullptr) return unique_names(*outlet_only);
  return {};
}

}  // namespace news::html
