#include "extract/html/page.h"

#include <algorithm>
#include <array>

#include "common/strings.h"
#include "extract/html/bylines.h"
#include "extract/html/dates.h"
#include "extract/html/dom.h"
#include "extract/html/text.h"
#include "extract/html/titles.h"

namespace news::html {

namespace {

// Collects what the children of `node` and their descendants hold; `in_article` when `node` is
// inside an <article>.
void collect(const Node* node, Page& page, int depth, bool in_article) {
  if (depth > kMaxDepth) return;
  for (const Node* child = node->children; child != nullptr; child = child->next) {
    if (!is_element(child)) continue;
    const std::string_view name = name_of(child);
    bool child_in_article = in_article;
    if (name == "html" && page.html_lang.empty()) {
      page.html_lang = attribute(child, "lang");
      if (page.html_lang.empty()) page.html_lang = attribute(child, "xml:lang");
    } else if (name == "body" && page.body == nullptr) {
      page.body = child;
    } else if (name == "meta") {
      std::string key = attribute(child, "property");
      if (key.empty()) key = attribute(child, "name");
      if (key.empty()) key = attribute(child, "http-equiv");
      // itemprop metas are microdata, read with the item they belong to.
      std::string content = attribute(child, "content");
      if (content.empty()) content = attribute(child, "value");
      if (!key.empty() && !content.empty())
        page.metas.emplace_back(lower_ascii(collapse(key)), collapse(content));
    } else if (name == "link") {
      if (page.canonical.empty() && equals_ci(attribute_view(child, "rel"), "canonical"))
        page.canonical = collapse(attribute(child, "href"));
    } else if (name == "title") {
      if (page.title_element.empty()) page.title_element = text_of(child);
      continue;
    } else if (name == "script") {
      if (contains_ci(attribute(child, "type"), "ld+json"))
        page.json_ld.push_back(raw_text_of(child));
      continue;
    } else if (name == "h1") {
      // An <h1> marked as the alternative headline, or one inside a breadcrumb trail (the last
      // crumb, the page's own name), is not the headline.
      if (!has_itemprop(child, "alternativeheadline") && !in_breadcrumb(child))
        page.h1.push_back(text_of(child));
      for (const Node* n = child->parent; n != nullptr; n = n->parent)
        page.headline_ancestors.insert(n);
    } else if (name == "h2") {
      if (page.body != nullptr && page.h2.size() < 40) page.h2.push_back(text_of(child));
    } else if (name == "article") {
      child_in_article = true;
    } else if (has_attribute(child, "datetime") && name != "del" && name != "ins") {
      page.times.push_back(child);
      page.time_in_article.push_back(in_article);
    }
    if (page.body != nullptr && page.kickers.size() < 8 && is_kicker_markup(child)) {
      std::string kicker = text_of(child);
      while (!kicker.empty() && (kicker.back() == ':' || kicker.back() == ' ')) kicker.pop_back();
      if (!kicker.empty() && kicker.size() <= 80) page.kickers.push_back(std::move(kicker));
    }
    if (has_attribute(child, "itemprop")) page.itemprops.push_back(child);
    if (page.body != nullptr && is_byline_markup(child)) page.bylines.push_back(child);
    if (page.body != nullptr && is_date_markup(child)) page.dated.push_back(child);
    collect(child, page, depth + 1, child_in_article);
  }
}

// True when the node is inside an <article>.
bool inside_article(const Node* node) {
  for (const Node* n = node->parent; n != nullptr; n = n->parent) {
    if (name_of(n) == "article") return true;
  }
  return false;
}

}  // namespace

Page collect_page(const Document* doc) {
  Page page;
  collect(doc->root(), page, 0, false);
  return page;
}

std::vector<std::string> meta_values(const Page& page, std::string_view key) {
  std::vector<std::string> values;
  for (const auto& [k, v] : page.metas) {
    if (k == key) values.push_back(v);
  }
  return values;
}

std::string first_meta(const Page& page, std::initializer_list<std::string_view> keys) {
  for (std::string_view key : keys) {
    for (const auto& [k, v] : page.metas) {
      if (k == key && !v.empty()) return v;
    }
  }
  return {};
}

std::vector<std::string> first_metas(const Page& page, std::span<const std::string_view> keys) {
  std::vector<std::string> values;
  for (std::string_view key : keys) {
    std::string value = first_meta(page, {key});
    if (!value.empty()) values.push_back(std::move(value));
  }
  return values;
}

std::string article_microdata_value(const Page& page, std::string_view prop,
                                    std::string_view skip_element) {
  for (const Node* node : page.itemprops) {
    if (!has_itemprop(node, prop) || name_of(node) == skip_element) continue;
    if (const Node* item = enclosing_item(node)) {
      const std::string type = lower_ascii(attribute(item, "itemtype"));
      static constexpr std::array<std::string_view, 9> kOtherItems = {
          "header",     "footer", "organization", "person",  "breadcrumb",
          "navigation", "image",  "website",      "listitem"};
      if (std::any_of(kOtherItems.begin(), kOtherItems.end(), [&](std::string_view other) {
            return type.find(other) != std::string::npos;
          }))
        continue;
    }
    std::string value = itemprop_value(node);
    if (!value.empty()) return value;
  }
  return {};
}

std::string microdata_value(const Page& page, std::string_view prop) {
  for (const Node* node : page.itemprops) {
    if (has_itemprop(node, prop)) {
      std::string value = itemprop_value(node);
      if (!value.empty()) return value;
    }
  }
  return {};
}

bool in_furniture(const Page& page, const Node* node) {
  static constexpr std::array<std::string_view, 17> kWords = {
      "comment",    "related",  "recommend", "sidebar",  "footer",  "promo",
      "newsletter", "outbrain", "taboola",   "trending", "popular", "reply",
      "respond",    "teaser",   "tag-cloud", "tag-list", "keywords"};
  for (const Node* n = node->parent; n != nullptr; n = n->parent) {
    const std::string_view name = name_of(n);
    if (page.headline_ancestors.contains(n)) continue;
    // An article's own <footer> and <aside> (its author line, its date) belong to it; related
    // lists in them are still known by their class.
    if ((name == "footer" || name == "aside") && inside_article(n)) continue;
    if (name == "nav" || name == "footer" || name == "aside" || name == "form" || name == "menu")
      return true;
    // Page-wide classes ("has-related-posts" on <body>) say nothing about one element.
    if (name == "body" || name == "html" || name == "main" || name == "article") continue;
    // Layout modifiers ("has-sidebar", "one-sidebar-second", "no-comments") and states ("node-
    // promoted", promoted to the front page) describe the page around the element, or its
    // status, not the element.
    const std::string_view tokens = class_and_id(n);  // outlives the views split gives
    for (auto token : split(tokens, " ")) {
      // ... and the footer of a post or an entry is the article's own ("post-footer-line").
      if (token.find("has-") != std::string_view::npos || token.starts_with("has") ||
          token.find("with-") != std::string_view::npos || token.starts_with("with") ||
          token.starts_with("no-") || token.starts_with("post-footer") ||
          token.starts_with("entry-footer") || token.starts_with("article-footer") ||
          token.ends_with("promoted") || token.find("one-") != std::string_view::npos ||
          token.find("two-") != std::string_view::npos)
        continue;
      for (std::string_view word : kWords) {
        if (token.find(word) != std::string_view::npos) return true;
      }
    }
  }
  return false;
}

}  // namespace news::html
