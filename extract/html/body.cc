#include "extract/html/body.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "common/strings.h"
#include "extract/html/blocks.h"
#include "extract/html/dom.h"
#include "extract/html/text.h"

namespace news::html {

namespace {

// A paragraph shorter than this says too little about where the article is (a date, a label).
constexpr std::size_t kMinScoredBytes = 25;
// How far up a paragraph's score reaches, and how much of it each level gets: its element in
// full, then a half, a sixth, a ninth, a twelfth (Readability's dividers). A container holding the
// article's paragraphs as its own children outscores one holding many small boxes of text.
constexpr int kScoredLevels = 5;

double level_divider(int level) {
  if (level == 0) return 1.0;
  if (level == 1) return 2.0;
  return level * 3.0;
}

// What a paragraph says about the element around it: one for being there, one per clause
// (commas, in Latin and CJK scripts), up to three more for its length.
double paragraph_score(const std::string& text) {
  double commas = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ',') ++commas;
    // U+FF0C FULLWIDTH COMMA, U+3001 IDEOGRAPHIC COMMA.
    if (text.compare(i, 3, "\xEF\xBC\x8C") == 0 || text.compare(i, 3, "\xE3\x80\x81") == 0)
      ++commas;
  }
  return 1.0 + commas + std::min(static_cast<double>(text.size()) / 100.0, 3.0);
}

struct ElementStats {
  std::size_t text_bytes = 0;
  std::size_t link_bytes = 0;
  double score = 0;  // from the paragraphs it holds, near ones counting most
  double link_density() const {
    return text_bytes == 0 ? 0.0
                           : static_cast<double>(link_bytes) / static_cast<double>(text_bytes);
  }
};

bool is_ancestor_or_self(const Node* ancestor, const Node* node) {
  for (int depth = 0; node != nullptr && depth <= kMaxDepth; node = node->parent, ++depth) {
    if (node == ancestor) return true;
  }
  return false;
}

class BodyFinder {
 public:
  BodyFinder(const Page& page, std::vector<TextBlock> blocks)
      : page_(page), blocks_(std::move(blocks)) {}

  std::vector<std::string> paragraphs() {
    if (blocks_.empty()) return {};
    count_text();
    score_paragraphs();
    const Node* top = best_candidate();
    // Nothing of paragraph length outside link lists: a short note, or a gallery, a video, a page
    // of links. Its <p> elements outside the page's furniture, if any, are its text.
    if (top == nullptr) return text_of_blocks({}, true);
    top = widen(top);
    // The page's own mark of its body is read without the siblings around it.
    if (const Node* hint = follow_article_body_hint(top); hint != top)
      return text_of_blocks({hint}, false);
    return text_of_blocks(with_siblings(top), false);
  }

 private:
  // The element's figures; an element met for the first time joins in_order_, so that elements
  // are listed in the order of their first block (page order for ties, whatever the addresses).
  ElementStats& stats_of(const Node* node) {
    const auto [it, added] = stats_.try_emplace(node);
    if (added) in_order_.push_back(node);
    return it->second;
  }

  void count_text() {
    for (const TextBlock& block : blocks_) {
      int depth = 0;
      for (const Node* node = block.owner; is_element(node) && depth <= kMaxDepth;
           node = node->parent, ++depth) {
        ElementStats& stats = stats_of(node);
        stats.text_bytes += block.text.size();
        stats.link_bytes += block.link_bytes;
      }
    }
  }

  void score_paragraphs() {
    for (const TextBlock& block : blocks_) {
      if (block.kind == BlockKind::kHeading || block.is_link_list() || block.boilerplate ||
          block.text.size() < kMinScoredBytes)
        continue;
      // Furniture itself (a <p> classed as a caption or a comment) speaks for no element.
      if (block.furniture == block.owner && block.owner != block.paragraph_of) continue;
      const double score = paragraph_score(block.text);
      const Node* node = block.paragraph_of;
      for (int level = 0; level < kScoredLevels && is_element(node); ++level) {
        stats_of(node).score += score / level_divider(level);
        // The paragraph is furniture's text (a comment, a caption): it speaks for the furniture
        // element and what is inside it, not for the page around it.
        if (node == block.furniture) break;
        if (node == page_.body) break;
        node = node->parent;
      }
    }
  }

  // Whether the element or one above it is page furniture (is_page_furniture), each element's
  // classes read once however many candidates sit below it.
  bool under_furniture(const Node* node) {
    std::vector<const Node*> path;
    bool under = false;
    for (int depth = 0; is_element(node) && depth <= kMaxDepth; node = node->parent, ++depth) {
      const auto it = under_furniture_.find(node);
      if (it != under_furniture_.end()) {
        under = it->second;
        break;
      }
      path.push_back(node);
    }
    // From the top down: an element is under furniture when it is furniture or its parent is.
    for (auto it = path.rbegin(); it != path.rend(); ++it) {
      under = under || is_page_furniture(*it);
      under_furniture_.emplace(*it, under);
    }
    return under;
  }

  double weighted(const Node* node) {
    const auto it = weighted_.find(node);
    if (it != weighted_.end()) return it->second;
    const ElementStats& stats = stats_.at(node);
    double score = stats.score * (1.0 - stats.link_density());
    if (under_furniture(node)) score *= 0.5;
    weighted_.emplace(node, score);
    return score;
  }

  const Node* best_candidate() {
    const Node* best = nullptr;
    double best_score = 0;
    for (const Node* node : in_order_) {
      if (stats_.at(node).score <= 0) continue;
      const double score = weighted(node);
      if (score > best_score) best_score = score, best = node;
    }
    return best;
  }

  // Readability's two moves up from the best-scored element: to an ancestor that holds several
  // other near-best candidates (an article cut into sections), and to a parent that scores
  // higher than the element through its children (paragraphs grouped in small boxes).
  const Node* widen(const Node* top) {
    const double top_score = weighted(top);
    std::vector<const Node*> close;
    for (const Node* node : in_order_) {
      if (node == top || stats_.at(node).score <= 0) continue;
      if (weighted(node) >= 0.75 * top_score) close.push_back(node);
    }
    if (close.size() >= 3) {
      for (const Node* node = top->parent; is_element(node) && node != page_.body;
           node = node->parent) {
        const auto inside = std::count_if(close.begin(), close.end(), [&](const Node* other) {
          return is_ancestor_or_self(node, other);
        });
        if (inside >= 3) {
          top = node;
          break;
        }
      }
    }
    double last = stats_.at(top).score;
    const double floor = last / 3;
    for (const Node* node = top->parent; is_element(node) && node != page_.body;
         node = node->parent) {
      const auto it = stats_.find(node);
      if (it == stats_.end() || it->second.score <= 0) continue;
      if (it->second.score < floor) break;
      if (it->second.score > last) {
        top = node;
        break;
      }
      last = it->second.score;
    }
    while (is_element(top->parent) && top->parent != page_.body) {
      int elements = 0;
      for (const Node* child = top->parent->children; child != nullptr; child = child->next)
        elements += is_element(child) ? 1 : 0;
      if (elements != 1) break;
      top = top->parent;
    }
    return top;
  }

  // The element the page marks as the article's body (itemprop="articleBody") is a signal, not a
  // verdict: it is taken when it holds the chosen element, when it is most of the chosen element's
  // text, or, elsewhere on the page, when it has a quarter as much text as the chosen element.
  const Node* follow_article_body_hint(const Node* top) {
    const Node* hint = nullptr;
    for (const Node* node : page_.itemprops) {
      if (has_itemprop(node, "articlebody") && stats_.contains(node)) {
        hint = node;
        break;
      }
    }
    if (hint == nullptr || hint == top) return top;
    const auto prose = [this](const Node* node) {
      const ElementStats& stats = stats_.at(node);
      return static_cast<double>(stats.text_bytes - std::min(stats.link_bytes, stats.text_bytes));
    };
    if (is_ancestor_or_self(hint, top)) return hint;
    if (is_ancestor_or_self(top, hint)) return prose(hint) >= 0.6 * prose(top) ? hint : top;
    return prose(hint) >= 0.25 * prose(top) ? hint : top;
  }

  // The chosen element and those of its siblings that read as more of the article: well scored
  // themselves, or a paragraph of prose with few links.
  std::vector<const Node*> with_siblings(const Node* top) {
    std::vector<const Node*> chosen;
    const Node* parent = top->parent;
    if (!is_element(parent)) return {top};
    const double threshold = std::max(10.0, 0.2 * weighted(top));
    for (const Node* sibling = parent->children; sibling != nullptr; sibling = sibling->next) {
      if (!is_element(sibling)) continue;
      if (sibling == top) {
        chosen.push_back(sibling);
        continue;
      }
      const auto it = stats_.find(sibling);
      if (it == stats_.end()) continue;
      if (it->second.score > 0 && weighted(sibling) >= threshold) {
        chosen.push_back(sibling);
        continue;
      }
      if (name_of(sibling) != "p" || under_furniture(sibling)) continue;
      const double density = it->second.link_density();
      const std::size_t bytes = it->second.text_bytes;
      if ((bytes > 80 && density < 0.25) || (bytes > 0 && density == 0)) chosen.push_back(sibling);
    }
    return chosen;
  }

  // Whether an element marked as furniture by its tag or class inside the chosen `container`
  // holds article text all the same: paragraphs scoring half as much as the container's (a
  // "paywall" box around the rest of the story). Its marks are guesses; the shape of its text is
  // not.
  bool holds_article_prose(const Node* furniture, const Node* container) {
    if (container == nullptr) return false;
    const auto inner = stats_.find(furniture);
    const auto outer = stats_.find(container);
    if (inner == stats_.end() || outer == stats_.end()) return false;
    return inner->second.score > 0 && inner->second.score >= 0.5 * outer->second.score &&
           inner->second.link_density() < 0.25;
  }

  // The text of the blocks inside `chosen` (every block when empty), in page order: headings
  // below the page's title, paragraphs, list items, quotes and cells (only <p> and <pre> when
  // `paragraphs_only`), without link lists and without the furniture inside the chosen elements.
  // Consecutive repeats are dropped.
  std::vector<std::string> text_of_blocks(const std::vector<const Node*>& chosen,
                                          bool paragraphs_only) {
    std::vector<std::string> out;
    const std::unordered_set<const Node*> chosen_set(chosen.begin(), chosen.end());
    for (const TextBlock& block : blocks_) {
      if (block.is_link_list() || block.boilerplate) continue;
      if (paragraphs_only && block.kind != BlockKind::kParagraph &&
          block.kind != BlockKind::kPreformatted)
        continue;
      if (block.kind == BlockKind::kHeading && block.heading_level == 1) continue;
      const Node* container = nullptr;
      int depth = 0;
      for (const Node* node = block.owner; is_element(node) && depth <= kMaxDepth;
           node = node->parent, ++depth) {
        if (chosen_set.contains(node)) container = node;
      }
      if (!chosen.empty() && container == nullptr) continue;
      if (block.furniture != nullptr &&
          (container == nullptr || !is_ancestor_or_self(block.furniture, container)) &&
          !holds_article_prose(block.furniture, container))
        continue;
      if (out.empty() || out.back() != block.text) out.push_back(block.text);
    }
    return out;
  }

  const Page& page_;
  std::vector<TextBlock> blocks_;
  std::unordered_map<const Node*, ElementStats> stats_;
  std::unordered_map<const Node*, double> weighted_;
  std::unordered_map<const Node*, bool> under_furniture_;
  std::vector<const Node*> in_order_;  // the elements of stats_, in page order
};

}  // namespace

std::vector<std::string> read_body(const Page& page, const JsonLd& ld) {
  std::vector<std::string> paragraphs = BodyFinder(page, collect_blocks(page.body)).paragraphs();
  const json* a = ld.article;
  if (a == nullptr || !a->contains("articleBody") || !(*a)["articleBody"].is_string())
    return paragraphs;
  std::vector<std::string> declared;
  std::size_t declared_bytes = 0;
  const std::string text = (*a)["articleBody"].get<std::string>();
  for (auto line : split(text, "\n")) {
    std::string paragraph = collapse(line);
    if (paragraph.empty()) continue;
    declared_bytes += paragraph.size();
    declared.push_back(std::move(paragraph));
  }
  std::size_t found_bytes = 0;
  for (const auto& paragraph : paragraphs) found_bytes += paragraph.size();
  // The page's own text wins unless the metadata's is more than twice as long: then the page
  // shows only a part (a paywall, text filled in by script) or its text was not found. A teaser in
  // the metadata never replaces the page's text.
  return declared_bytes > 2 * found_bytes ? declared : paragraphs;
}

}  // namespace news::html
