#include "extract/html/names.h"

#include <array>
#include <cctype>
#include <set>

#include "common/strings.h"
#include "extract/html/reader.h"
#include "extract/html/text.h"

namespace news {

std::vector<std::string> split_author_names(std::string_view text) {
  std::string s = html::collapse(text);
  std::vector<std::string> names;
  if (s.empty() || html::is_url(s)) return names;
  for (std::string_view prefix : {"written by ", "posted by ", "words by ",
                                  "author: ", "authors: ", "by: ", "by ", "von ", "por ", "par "}) {
    if (starts_with_ci(s, prefix)) {
      s = html::collapse(std::string_view(s).substr(prefix.size()));
      break;
    }
  }
  // Conjunctions become commas, then everything splits at the separators.
  std::string lower = lower_ascii(s);
  for (std::string_view conjunction : {" and ", " und ", " et ", " y ", " & ", " | ", " / "}) {
    std::size_t at = 0;
    while ((at = lower.find(conjunction, at)) != std::string::npos) {
      s.replace(at, conjunction.size(), std::string(conjunction.size() - 1, ' ') + ",");
      lower.replace(at, conjunction.size(), std::string(conjunction.size() - 1, ' ') + ",");
      at += conjunction.size();
    }
  }
  for (char& c : s) {
    if (c == ';') c = ',';
  }
  static const std::set<std::string> kSuffixes = {
      "phd", "ph.d.", "ph.d", "md",  "m.d.", "jr", "jr.", "sr", "sr.", "mba",  "rn",   "dds",
      "esq", "esq.",  "msc",  "bsc", "ma",   "ba", "mph", "dr", "dr.", "prof", "prof."};
  for (auto part : split(s, ",")) {
    std::string name = html::collapse(part);
    while (!name.empty() && (name.back() == '.' || name.back() == ':' || name.back() == '-')) {
      // "Rodolfo Costa." keeps an initial's dot only ("Kiran C.").
      if (name.back() == '.' && name.size() >= 3 && name[name.size() - 3] == ' ') break;
      name.pop_back();
    }
    name = html::collapse(name);
    if (name.empty() || name.size() > html::kMaxAuthorBytes) continue;
    if (html::is_url(name)) continue;
    // Handles and addresses go, the name beside them stays ("Jane Doe @janedoe").
    if (name.find('@') != std::string::npos) {
      std::string kept;
      for (auto word : split(name, " ")) {
        if (word.find('@') != std::string_view::npos) continue;
        if (!kept.empty()) kept += ' ';
        kept += word;
      }
      name = html::collapse(kept);
      if (name.empty()) continue;
    }
    if (kSuffixes.contains(lower_ascii(name))) continue;
    html::add_unique(names, name);
  }
  return names;
}

namespace html {

namespace {

// Links and buttons of author boxes and account menus ("Profile", "Posts"), not names. `lower` is
// in lower case.
bool is_interface_word(std::string_view lower) {
  static const std::set<std::string_view> kWords = {
      "profile",   "account",  "posts",     "threads",    "articles", "stories",
      "biography", "bio",      "menu",      "home",       "login",    "log in",
      "sign in",   "register", "subscribe", "newsletter", "contact",  "news"};
  return kWords.contains(lower);
}

}  // namespace

void add_unique(std::vector<std::string>& names, const std::string& name) {
  const std::string lower = lower_ascii(name);
  for (const auto& existing : names) {
    if (lower_ascii(existing) == lower) return;
  }
  names.push_back(name);
}

std::vector<std::string> unique_names(const std::vector<std::string>& names) {
  std::vector<std::string> out;
  for (const auto& name : names) add_unique(out, name);
  return out;
}

std::optional<std::string> clean_person_name(std::string_view text) {
  std::string name = collapse(text);
  static constexpr std::array<std::string_view, 18> kLabels = {
      "written by", "posted by", "words by", "reporting by", "by",      "von",
      "por",        "par",       "authors",  "author",       "auteure", "auteur",
      "autorin",    "autor",     "autore",   "texte",        "texto",   "text"};
  for (std::string_view label : kLabels) {
    if (!starts_with_ci(name, label)) continue;
    std::string_view rest = std::string_view(name).substr(label.size());
    if (!rest.empty() && !is_space(rest[0]) && rest[0] != ':') continue;
    rest = trim(rest);
    if (rest.starts_with(":")) rest = trim(rest.substr(1));
    name = std::string(rest);
    break;
  }
  // A label ending in a full-width colon: "著者：", "作者："; other full-width punctuation is no
  // part of a name.
  constexpr std::string_view kFullWidthColon = "\xEF\xBC\x9A";
  if (const std::size_t colon = name.find(kFullWidthColon);
      colon != std::string::npos && colon <= 12)
    name = collapse(std::string_view(name).substr(colon + kFullWidthColon.size()));
  if (name.find('\xEF') != std::string::npos) return std::nullopt;
  if (name.size() < 2 || name.size() > kMaxAuthorBytes) return std::nullopt;
  for (char c : name) {
    if (std::isdigit(static_cast<unsigned char>(c)) || c == '(' || c == ')' || c == ':' ||
        c == '@' || c == '/' || c == '|' || c == '[' || c == ']')
      return std::nullopt;
  }
  if (split(name, " ").size() > 6) return std::nullopt;
  const std::string lower = lower_ascii(name);
  // A role after the names ("..., Political Correspondents").
  for (auto word : split(lower, " ")) {
    for (std::string_view role :
         {"correspondent", "correspondents", "reporter", "reporters", "writer", "writers", "editor",
          "editors", "contributor", "contributors", "columnist", "columnists", "program"}) {
      if (word == role) return std::nullopt;
    }
  }
  for (std::string_view lead : {"about ",
                                "\xC3\xBC"
                                "ber ",
                                "more ",
                                "follow ",
                                "view ",
                                "see ",
                                "all ",
                                "read ",
                                "contact ",
                                "show ",
                                "get ",
                                "go to ",
                                "visit ",
                                "join ",
                                "posted ",
                                "published ",
                                "publi\xC3\xA9 ",
                                "publicado ",
                                "written ",
                                "email ",
                                "share ",
                                "posts ",
                                "articles "}) {
    if (lower.starts_with(lead)) return std::nullopt;
  }
  for (std::string_view word : {"author", "authors", "by", "staff", "admin", "no author", "unknown",
                                "anonymous", "editor"}) {
    if (lower == word) return std::nullopt;
  }
  if (is_interface_word(lower)) return std::nullopt;
  for (auto word : split(lower, " ")) {
    if (word == "rss" || word == "feed" || word == "newsletter") return std::nullopt;
  }
  return name;
}

bool is_user_name(std::string_view text) {
  if (text.size() < 3 || text.size() > 30 || is_interface_word(lower_ascii(text))) return false;
  bool letter = false;
  for (char c : text) {
    if (std::isalpha(static_cast<unsigned char>(c))) {
      letter = true;
    } else if (!std::isdigit(static_cast<unsigned char>(c)) && c != '_' && c != '-') {
      return false;
    }
  }
  return letter;
}

}  // namespace html

}  // namespace news
