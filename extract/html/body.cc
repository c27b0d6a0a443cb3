#include "extract/html/body.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "common/strings.h"
#include "extract/html/dom.h"
#include "extract/html/text.h"

namespace news::html {

namespace {

// Class or id words that mark an element as page furniture rather than article text.
bool is_boilerplate_container(const xmlNode* node) {
  const std::string_view name = name_of(node);
  if (name == "nav" || name == "footer" || name == "aside" || name == "form" || name == "figure" ||
      name == "figcaption" || name == "header" || name == "menu" || name == "dialog")
    return true;
  if (name == "html" || name == "body" || name == "main" || name == "article") return false;
  if (has_attribute(node, "hidden")) return true;
  if (lower_ascii(attribute(node, "aria-hidden")) == "true") return true;
  const std::string role = lower_ascii(attribute(node, "role"));
  if (role == "navigation" || role == "complementary" || role == "banner" ||
      role == "contentinfo" || role == "dialog")
    return true;
  if (has_itemprop(node, "articlebody")) return false;
  const std::string tokens = class_and_id(node);
  if (tokens.size() <= 1) return false;
  static constexpr std::array<std::string_view, 30> kUnlikely = {
      "comment",    "share",        "social",    "related",   "cookie",     "consent",
      "newsletter", "promo",        "sidebar",   "subscribe", "breadcrumb", "caption",
      "recommend",  "outbrain",     "taboola",   "popup",     "modal",      "footer",
      "navigation", "masthead",     "byline",    "author",    "signup",     "paywall",
      "trending",   "most-popular", "read-more", "readmore",  "disclaimer", "advert"};
  for (std::string_view word : kUnlikely) {
    if (tokens.find(word) != std::string::npos) return true;
  }
  // Short ad markers only as whole tokens ("ad", "ads"), not inside "header" or "read".
  std::string token;
  for (char c : tokens + " ") {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      token += c;
      continue;
    }
    if (token == "ad" || token == "ads" || token == "nav" || token == "menu" || token == "tags")
      return true;
    token.clear();
  }
  return false;
}

struct Paragraph {
  const xmlNode* node;
  std::string text;
  std::size_t link_bytes;
};

void link_text_bytes(const xmlNode* node, std::size_t& bytes, bool in_link, int depth) {
  if (depth > kMaxDepth) return;
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (child->type == XML_TEXT_NODE && in_link && child->content != nullptr) {
      bytes += trim(reinterpret_cast<const char*>(child->content)).size();
    } else if (is_element(child)) {
      link_text_bytes(child, bytes, in_link || name_of(child) == "a", depth + 1);
    }
  }
}

void collect_paragraphs(const xmlNode* node, std::vector<Paragraph>& out, int depth) {
  if (depth > kMaxDepth) return;
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (!is_element(child)) continue;
    const std::string_view name = name_of(child);
    if (is_non_text_element(name) || is_boilerplate_container(child)) continue;
    if (name == "p" || name == "pre") {
      std::string text = text_of(child);
      if (text.empty()) continue;
      std::size_t links = 0;
      link_text_bytes(child, links, false, 0);
      out.push_back({child, std::move(text), links});
      continue;
    }
    collect_paragraphs(child, out, depth + 1);
  }
}

bool is_good_paragraph(const Paragraph& p) {
  return p.link_bytes * 2 < p.text.size();
}

const xmlNode* find_article_body(const Page& page) {
  for (const xmlNode* node : page.itemprops) {
    if (has_itemprop(node, "articlebody")) return node;
  }
  return nullptr;
}

std::vector<std::string> extract_paragraphs(const Page& page) {
  std::vector<std::string> paragraphs;
  if (page.body == nullptr) return paragraphs;
  std::vector<Paragraph> all;
  collect_paragraphs(page.body, all, 0);

  const xmlNode* container = find_article_body(page);
  if (container != nullptr) {
    const bool any = std::any_of(all.begin(), all.end(), [&](const Paragraph& p) {
      return is_good_paragraph(p) && is_inside(p.node, container);
    });
    if (!any) container = nullptr;
  }
  if (container == nullptr) {
    // Scores in the order the containers first appear in the page, so that a tie goes to the
    // first one: ordering them by address made the choice, and the reader's output, depend on
    // where libxml2's allocations landed (the fuzzer found two reads of one page that differed).
    std::vector<std::pair<const xmlNode*, double>> scores;
    std::unordered_map<const xmlNode*, std::size_t> slot_of;
    const auto add = [&](const xmlNode* node, double score) {
      const auto [it, added] = slot_of.emplace(node, scores.size());
      if (added) scores.emplace_back(node, 0.0);
      scores[it->second].second += score;
    };
    for (const auto& p : all) {
      if (!is_good_paragraph(p) || p.text.size() < 25) continue;
      double score = 1.0 + static_cast<double>(std::count(p.text.begin(), p.text.end(), ',')) +
                     std::min(static_cast<double>(p.text.size()) / 100.0, 3.0);
      const xmlNode* parent = p.node->parent;
      if (parent == nullptr) continue;
      add(parent, score);
      if (parent->parent != nullptr) add(parent->parent, score / 2);
    }
    double best = 0;
    for (const auto& [node, score] : scores) {
      double weighted = score;
      if (name_of(node) == "article" || has_itemprop(node, "articlebody")) weighted *= 1.25;
      if (weighted > best) best = weighted, container = node;
    }
  }
  // A short page whose paragraphs are all too short to score: its body is the container.
  if (container == nullptr) container = page.body;
  for (const auto& p : all) {
    if (!is_inside(p.node, container) || !is_good_paragraph(p)) continue;
    if (paragraphs.empty() || paragraphs.back() != p.text) paragraphs.push_back(p.text);
  }
  return paragraphs;
}

}  // namespace

std::vector<std::string> read_body(const Page& page, const JsonLd& ld) {
  std::vector<std::string> paragraphs = extract_paragraphs(page);
  if (!paragraphs.empty()) return paragraphs;
  const json* a = ld.article;
  std::string body;
  if (a != nullptr && a->contains("articleBody") && (*a)["articleBody"].is_string())
    body = (*a)["articleBody"].get<std::string>();
  for (auto line : split(body, "\n")) {
    std::string paragraph = collapse(line);
    if (!paragraph.empty()) paragraphs.push_back(std::move(paragraph));
  }
  return paragraphs;
}

}  // namespace news::html
