#include "extract/html/bylines.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>
#include <utility>

#include "common/strings.h"
#include "extract/html/dom.h"
#include "extract/html/names.h"
#include "extract/html/reader.h"
#include "extract/html/text.h"
#include "extract/text/reader.h"

namespace news::html {

namespace {

// Links that point at an author's page.
bool is_author_link(const Node* node) {
  if (name_of(node) != "a") return false;
  if (find_ci(attribute_view(node, "rel"), "author") != std::string_view::npos) return true;
  const std::string_view href = attribute_view(node, "href");
  // Every path starts with '/': only the places after a '/' are tried.
  for (std::size_t at = href.find('/'); at != std::string_view::npos; at = href.find('/', at + 1)) {
    for (std::string_view path : {"/author/", "/authors/", "/autor/", "/auteur/", "/profile/",
                                  "/people/", "/staff/", "/journalist/", "/by/", "/writers/"}) {
      if (starts_with_ci(href.substr(at), path)) return true;
    }
  }
  return false;
}

// A biography or a paragraph of running text inside an author box.
bool is_biography(const Node* node, std::string_view tokens) {
  for (std::string_view word : {"bio", "about", "desc"}) {
    if (tokens.find(word) != std::string::npos) return true;
  }
  return name_of(node) == "p" && text_of(node).size() > 150;
}

// Elements inside a byline that hold one name each: author links, and elements classed as a name.
void find_name_elements(const Node* node, std::vector<const Node*>& out, int depth) {
  if (depth > kMaxDepth) return;
  for (const Node* child = node->children; child != nullptr; child = child->next) {
    if (!is_element(child) || is_non_text(child)) continue;
    const std::string_view tokens = class_and_id(child);
    // An author's biography names other places and people ("He has written for <a>...</a>").
    if (is_biography(child, tokens)) continue;
    const bool named = has_itemprop(child, "name") || tokens.find("name") != std::string::npos ||
                       (" " + std::string(tokens) + " ").find(" fn ") != std::string::npos;
    if (is_author_link(child) || (named && tokens.find("title") == std::string::npos)) {
      out.push_back(child);
      continue;
    }
    find_name_elements(child, out, depth + 1);
  }
}

// The text of an element with every element boundary as a break, so that "Jane Doe" and a
// following "CEO" or "Twitter" in another element are not run together.
void append_chunks(const Node* node, std::vector<std::string>& chunks, int depth) {
  if (depth > kMaxDepth) return;
  for (const Node* child = node->children; child != nullptr; child = child->next) {
    if (child->type == NodeType::kText) {
      std::string text = collapse(child->content);
      if (!text.empty()) chunks.push_back(std::move(text));
    } else if (is_element(child) && !is_non_text(child)) {
      append_chunks(child, chunks, depth + 1);
    }
  }
}

// The <a> elements inside a node.
void find_links(const Node* node, std::vector<const Node*>& out, int depth) {
  if (depth > kMaxDepth) return;
  for (const Node* child = node->children; child != nullptr; child = child->next) {
    if (!is_element(child)) continue;
    if (name_of(child) == "a") {
      out.push_back(child);
    } else if (!is_biography(child, class_and_id(child))) {
      find_links(child, out, depth + 1);
    }
  }
}

std::vector<std::string> names_in_byline(const Node* node) {
  std::vector<std::string> names;
  std::vector<const Node*> name_elements;
  if (is_author_link(node) || has_itemprop(node, "author")) {
    name_elements.push_back(node);
  } else {
    find_name_elements(node, name_elements, 0);
  }
  for (const Node* element : name_elements) {
    std::vector<std::string> chunks;
    append_chunks(element, chunks, 0);
    for (const auto& chunk : chunks) {
      bool found = false;
      for (auto& part : split_author_names(chunk)) {
        if (auto name = clean_person_name(part)) {
          add_unique(names, *name), found = true;
        } else if (is_author_link(element) && is_user_name(part)) {
          // An author page's link text is the name the site shows, a user name too.
          add_unique(names, part), found = true;
        }
      }
      if (found) break;  // the name, not the role or handle after it
    }
  }
  if (!names.empty()) return names;
  // A byline as text: "By Jane Doe and John Smith, Health Correspondent".
  std::vector<std::string> chunks;
  append_chunks(node, chunks, 0);
  std::string text;
  for (const auto& chunk : chunks) {
    if (!text.empty()) text += ' ';
    text += chunk;
  }
  if (text.size() > kMaxBylineBytes) return names;
  for (const auto& name : parse_byline(text)) {
    if (auto clean = clean_person_name(name)) add_unique(names, *clean);
  }
  if (!names.empty()) return names;
  // The links of a byline are its authors ("<a>Jane Doe</a> / TNN / Updated: ...").
  std::vector<const Node*> links;
  find_links(node, links, 0);
  for (const Node* link : links) {
    for (auto& part : split_author_names(text_of(link))) {
      // A one-word link in a byline is more often its section ("in <a>Politics</a>").
      if (auto clean = clean_person_name(part); clean && clean->find(' ') != std::string::npos)
        add_unique(names, *clean);
    }
  }
  if (!names.empty()) return names;
  // Else the first part of the line, before a separator: "Jane Doe | Published 3 hours ago", or a
  // lone name ("oz") in an element classed as a name.
  const std::string tokens = " " + std::string(class_and_id(node)) + " ";
  const bool named =
      tokens.find("name") != std::string::npos || tokens.find(" fn ") != std::string::npos;
  if (!named && chunks.size() > 1) return names;
  std::string first_part = text;
  for (std::string_view separator : {" | ", " \xC2\xB7 ", " \xE2\x80\xA2 ", " \xE2\x80\x94 "}) {
    if (const std::size_t at = first_part.find(separator); at != std::string::npos)
      first_part.erase(at);
  }
  for (auto& part : split_author_names(first_part)) {
    if (auto clean = clean_person_name(part)) add_unique(names, *clean);
  }
  return names;
}

// A link to a person's page inside a paragraph of running text mentions the person ("<a
// href="/people/...">Prince</a> was married when he died ..."); it is not a byline.
bool in_running_text(const Node* node) {
  if (name_of(node) != "a" ||
      find_ci(attribute_view(node, "rel"), "author") != std::string_view::npos)
    return false;
  for (const Node* n = node->parent; n != nullptr; n = n->parent) {
    if (name_of(n) == "p") return text_of(n).size() > 150;
  }
  return false;
}

// Visible text nodes of the body in document order, each with its element.
void text_chunks(const Node* node, std::vector<std::pair<std::string, const Node*>>& out,
                 int depth) {
  if (depth > kMaxDepth || out.size() > 20000) return;
  for (const Node* child = node->children; child != nullptr; child = child->next) {
    if (child->type == NodeType::kText) {
      std::string text = collapse(child->content);
      if (!text.empty()) out.emplace_back(std::move(text), node);
    } else if (is_element(child) && !is_non_text(child) && name_of(child) != "figure" &&
               name_of(child) != "figcaption") {
      text_chunks(child, out, depth + 1);
    }
  }
}

}  // namespace

bool is_byline_markup(const Node* node) {
  if (equals_ci(attribute_view(node, "rel"), "author") || is_author_link(node)) return true;
  // <address> holds the contact details of its article: its author.
  if (name_of(node) == "address") return true;
  if (class_contains(node, "byline") || class_contains(node, "contributor") ||
      class_and_id(node).starts_with("submitted") || class_contains(node, " submitted"))
    return true;
  // "author", and its French, Spanish, Portuguese, German and Italian forms.
  if (!class_contains(node, "author") && !class_contains(node, "auteur") &&
      !class_contains(node, "autor"))
    return false;
  // Author boxes and biographies hold more than a name.
  for (std::string_view not_byline : {"bio", "about", "avatar", "image", "img", "photo", "desc"}) {
    if (class_contains(node, not_byline)) return false;
  }
  return true;
}

std::vector<std::string> microdata_authors(const Page& page) {
  std::vector<std::string> names;
  for (const Node* node : page.itemprops) {
    if (!has_itemprop(node, "author") && !has_itemprop(node, "creator")) continue;
    // The article's authors, not those of cited works, comments or reviews: the item the author
    // belongs to is an article (or the page) and is not itself inside another item.
    const Node* item = enclosing_item(node);
    if (item != nullptr) {
      const std::string type = lower_ascii(attribute(item, "itemtype"));
      if (type.find("article") == std::string::npos && type.find("posting") == std::string::npos &&
          type.find("webpage") == std::string::npos)
        continue;
      if (enclosing_item(item) != nullptr) continue;
    }
    if (in_furniture(page, node)) continue;
    const Node* name = find_itemprop(node, "name", 0);
    const std::string value = name != nullptr ? itemprop_value(name) : itemprop_value(node);
    if (value.size() > kMaxBylineBytes) continue;
    for (auto& author : split_author_names(value)) {
      if (auto clean = clean_person_name(author)) add_unique(names, *clean);
    }
  }
  return names;
}

std::vector<std::string> byline_authors(const Page& page) {
  std::vector<std::string> names;
  const Node* first = nullptr;
  for (const Node* node : page.bylines) {
    if (in_furniture(page, node) || in_running_text(node)) continue;
    if (first != nullptr && node->parent != first->parent &&
        (first->parent == nullptr || node->parent != first->parent->parent) &&
        !is_inside(node, first))
      continue;
    const auto found = names_in_byline(node);
    if (found.empty()) continue;
    if (first == nullptr) first = node;
    for (const auto& name : found) add_unique(names, name);
  }
  return names;
}

std::vector<std::string> labelled_byline_authors(const Page& page) {
  std::vector<std::string> names;
  if (page.body == nullptr) return names;
  std::vector<std::pair<std::string, const Node*>> chunks;
  text_chunks(page.body, chunks, 0);
  static constexpr std::array<std::string_view, 10> kLabels = {
      "written by", "posted by", "reporting by", "words by", "by",
      "von",        "par",       "por",          "door",     "texto"};
  const auto strip = [](std::string_view text) {
    while (!text.empty() && (text.front() == '|' || text.front() == '-' || is_space(text.front())))
      text.remove_prefix(1);
    while (!text.empty() && (text.back() == '|' || text.back() == ':' || is_space(text.back())))
      text.remove_suffix(1);
    return std::string(text);
  };
  const auto names_in = [](std::string text) {
    std::vector<std::string> found;
    for (std::string_view separator : {" | ", " \xC2\xB7 ", " \xE2\x80\xA2 ", " \xE2\x80\x94 ",
                                       " \xE2\x80\x93 ", " - ", " @ "}) {
      if (const std::size_t at = text.find(separator); at != std::string::npos) text.erase(at);
    }
    // "By Jane Doe, in News, Business": the place or section after "in" is no name.
    std::string kept;
    for (auto word : split(text, " ")) {
      if (lower_ascii(word) == "in") break;
      if (!kept.empty()) kept += ' ';
      kept += word;
    }
    for (auto& part : split_author_names(kept)) {
      auto clean = clean_person_name(part);
      // Names are capitalised: "By the end of the day" is a sentence.
      if (!clean || std::islower(static_cast<unsigned char>(clean->front()))) break;
      add_unique(found, *clean);
    }
    return found;
  };
  for (std::size_t i = 0; i < chunks.size(); ++i) {
    const auto& [raw, element] = chunks[i];
    if (raw.size() > 200) continue;
    const std::string chunk = strip(raw);
    const std::string lower = lower_ascii(chunk);
    // Most chunks start with no label: the costlier tests below wait for one that does.
    if (!std::any_of(kLabels.begin(), kLabels.end(),
                     [&](std::string_view label) { return lower.starts_with(label); }) &&
        !lower.starts_with("posted ") && !lower.starts_with("published "))
      continue;
    if (text_of(element).size() > 200 || in_furniture(page, element)) continue;
    std::string candidate;
    for (std::string_view label : kLabels) {
      if (lower == label) {
        // The name follows in the next elements: "By" <a>Jane Doe</a> and <a>John Roe</a>.
        for (std::size_t k = i + 1; k < chunks.size() && k <= i + 5; ++k) {
          const std::string next = strip(chunks[k].first);
          const std::string next_lower = lower_ascii(next);
          if (next.empty()) continue;
          const bool joiner = next_lower == "and" || next_lower == "&" || next_lower == "," ||
                              next_lower == "und" || next_lower == "et" || next_lower == "y";
          if (!candidate.empty() && !joiner && !candidate.ends_with(" and") &&
              !candidate.ends_with(" &"))
            break;
          if (!candidate.empty()) candidate += ' ';
          candidate += next;
        }
        break;
      }
      if (lower.starts_with(std::string(label) + " ")) {
        candidate = chunk.substr(label.size() + 1);
        break;
      }
    }
    // "Posted on March 3, 2020 by Jane Doe".
    if (candidate.empty() && (lower.starts_with("posted ") || lower.starts_with("published "))) {
      if (const std::size_t by = lower.rfind(" by "); by != std::string::npos)
        candidate = chunk.substr(by + 4);
    }
    if (candidate.empty()) continue;
    names = names_in(candidate);
    if (!names.empty()) return names;
  }
  return names;
}

}  // namespace news::html
