#include "extract/html/blocks.h"

#include <array>
#include <cctype>
#include <set>
#include <unordered_map>

#include "common/strings.h"
#include "extract/html/dom.h"
#include "extract/html/text.h"

namespace news::html {

namespace {

// How far above a form control the box around it may reach, and how much text it may hold.
constexpr int kBoxLevels = 3;
constexpr std::size_t kMaxBoxBytes = 400;
// The longest caption and rights notice.
constexpr std::size_t kMaxCaptionBytes = 300;
constexpr std::size_t kMaxNoticeBytes = 250;
constexpr std::size_t kMaxAdLabelBytes = 60;

bool is_paragraph_element(std::string_view name) {
  return name == "p" || name == "pre" || name == "li" || name == "dt" || name == "dd" ||
         name == "td" || name == "th" || name == "blockquote" || name == "address" ||
         (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6');
}

// A line break is not a block of its own: a <div> of text and <br>s is still one paragraph.
bool has_block_child(const Node* node) {
  for (const Node* child = node->children; child != nullptr; child = child->next) {
    if (is_element(child) && name_of(child) != "br" && is_block(child)) return true;
  }
  return false;
}

// Shown by no browser: the page's own hidden parts (templates for menus, the text of closed
// dialogs, duplicated mobile markup).
bool is_invisible(const Node* node) {
  if (has_attribute(node, "hidden")) return true;
  const std::string style = lower_ascii(attribute(node, "style"));
  if (style.empty()) return false;
  std::string packed;
  for (const char c : style) {
    if (!std::isspace(static_cast<unsigned char>(c))) packed += c;
  }
  return packed.find("display:none") != std::string::npos ||
         packed.find("visibility:hidden") != std::string::npos;
}

BlockKind kind_of(std::string_view name, int& level) {
  level = 0;
  if (name == "p") return BlockKind::kParagraph;
  if (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6') {
    level = name[1] - '0';
    return BlockKind::kHeading;
  }
  if (name == "li" || name == "dt" || name == "dd") return BlockKind::kListItem;
  if (name == "blockquote") return BlockKind::kQuote;
  if (name == "pre") return BlockKind::kPreformatted;
  if (name == "td" || name == "th") return BlockKind::kCell;
  return BlockKind::kText;
}

// What inline elements a run of text is inside.
constexpr unsigned kInLink = 1;
constexpr unsigned kInTime = 2;

unsigned inline_flag(std::string_view name) {
  if (name == "a") return kInLink;
  if (name == "time") return kInTime;
  return 0;
}

class BlockCollector {
 public:
  explicit BlockCollector(std::vector<TextBlock>& out) : out_(out) {}

  // The form controls met (inputs, buttons, selects, text areas), in page order.
  const std::vector<const Node*>& controls() const { return controls_; }

  void walk_block(const Node* element, const Node* furniture, int depth, unsigned inside) {
    if (depth > kMaxDepth) return;
    flush();
    const Owner saved = owner_;
    const std::string_view name = name_of(element);
    owner_ = {element, furniture,
              is_paragraph_element(name) || (name == "div" && !has_block_child(element))};
    walk_children(element, depth, inside);
    flush();
    owner_ = saved;
  }

 private:
  struct Owner {
    const Node* element = nullptr;
    const Node* furniture = nullptr;
    bool paragraph_like = false;  // decided once per element: its runs of text may be many
  };

  void walk_children(const Node* node, int depth, unsigned inside) {
    if (depth > kMaxDepth) return;
    for (const Node* child = node->children; child != nullptr; child = child->next) {
      if (child->type == NodeType::kText || child->type == NodeType::kRawText) {
        const std::string_view text = child->content;
        if (text.empty()) continue;
        text_ += text;
        if ((inside & kInLink) != 0) link_text_ += text;
        if ((inside & kInTime) == 0) untimed_text_ += text;
        if (!trim(text).empty()) pending_break_ = false;
        continue;
      }
      if (!is_element(child)) continue;
      const std::string_view name = name_of(child);
      if (name == "br") {
        // One <br> is a line break inside a paragraph; two in a row end it.
        if (pending_break_) {
          flush();
        } else {
          text_ += ' ';
          pending_break_ = true;
        }
        continue;
      }
      if (name == "input" || name == "button" || name == "select" || name == "textarea")
        controls_.push_back(child);
      if (is_non_text(child) || is_invisible(child)) continue;
      if (is_block(child)) {
        const Node* furniture = is_page_furniture(child) ? child : owner_.furniture;
        walk_block(child, furniture, depth + 1, inside | inline_flag(name));
        continue;
      }
      walk_children(child, depth + 1, inside | inline_flag(name));
    }
  }

  void flush() {
    pending_break_ = false;
    if (owner_.element == nullptr || text_.empty()) {
      text_.clear();
      link_text_.clear();
      untimed_text_.clear();
      return;
    }
    std::string text = collapse(text_);
    const std::size_t link_bytes = link_text_.empty() ? 0 : collapse(link_text_).size();
    // All of it the text of <time> elements: a date line, the page's metadata.
    const bool date_line = trim(untimed_text_).empty();
    text_.clear();
    link_text_.clear();
    untimed_text_.clear();
    if (text.empty()) return;
    TextBlock block;
    block.owner = owner_.element;
    const std::string_view name = name_of(owner_.element);
    block.paragraph_of = owner_.paragraph_like && owner_.element->parent != nullptr
                             ? owner_.element->parent
                             : owner_.element;
    block.link_bytes = std::min(link_bytes, text.size());
    block.text = std::move(text);
    block.kind = kind_of(name, block.heading_level);
    block.furniture = owner_.furniture;
    block.boilerplate = date_line;
    out_.push_back(std::move(block));
  }

  std::vector<TextBlock>& out_;
  std::vector<const Node*> controls_;
  Owner owner_;
  std::string text_;
  std::string link_text_;     // the part of text_ inside <a>
  std::string untimed_text_;  // the part of text_ outside <time>
  bool pending_break_ = false;
};

// Whether the line only labels an advertisement: every word of it an advertisement word
// ("Advertisement", "Anzeige", "Publicité", ...) or a word of the phrases around one ("Story
// continues below advertisement", "Scroll to continue with content"), and one advertisement word
// at least. A heading about advertising ("Advertising revenue falls") has other words.
bool is_ad_label(std::string_view lower) {
  static const std::set<std::string_view> kAdWords = {
      "advertisement", "advertisements", "advert",           "adverts",
      "advertising",   "anzeige",        "werbung",          "reklame",
      "sponsored",     "publicidad",     "publicit\xC3\xA9", "pubblicit\xC3\xA0"};
  static const std::set<std::string_view> kAround = {
      "story", "article", "text", "continues", "continue", "below", "after", "the",
      "this",  "scroll",  "to",   "reading",   "content",  "with",  "ad"};
  bool ad = false;
  std::size_t i = 0;
  while (i < lower.size()) {
    const auto is_word_byte = [&](std::size_t at) {
      const auto c = static_cast<unsigned char>(lower[at]);
      return std::isalpha(c) || c >= 0x80;
    };
    if (!is_word_byte(i)) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < lower.size() && is_word_byte(end)) ++end;
    const std::string_view word = lower.substr(i, end - i);
    if (kAdWords.contains(word)) {
      ad = true;
    } else if (!kAround.contains(word)) {
      return false;
    }
    i = end;
  }
  return ad;
}

// A short line that only labels an advertisement (is_ad_label; never a heading, which may be the
// article's own "Advertising" section) or states the page's rights ("© 2024 ...", "Copyright ...",
// "... All rights reserved.", in the usual renderings of a few languages).
bool is_notice(const TextBlock& block) {
  const std::string& text = block.text;
  if (text.size() > kMaxNoticeBytes) return false;
  const std::string lower = lower_ascii(text);
  if (text.size() <= kMaxAdLabelBytes && block.kind != BlockKind::kHeading && is_ad_label(lower))
    return true;
  if (lower.starts_with("\xC2\xA9") || lower.starts_with("copyright") || lower.starts_with("(c) "))
    return true;
  static constexpr std::array<std::string_view, 6> kPhrases = {
      "all rights reserved", "tous droits r",          "alle rechte vorbehalten",
      "todos los derechos",  "tutti i diritti riserv", "todos os direitos"};
  for (std::string_view phrase : kPhrases) {
    if (lower.find(phrase) != std::string::npos) return true;
  }
  return false;
}

bool is_image(const Node* node, int depth) {
  if (!is_element(node) || depth > 2) return false;
  const std::string_view name = name_of(node);
  if (name == "img" || name == "picture" || name == "video") return true;
  // A link or a wrapper around one image, with no text of its own.
  bool image = false;
  for (const Node* child = node->children; child != nullptr; child = child->next) {
    if (child->type == NodeType::kText && !trim(child->content).empty()) return false;
    if (is_element(child)) {
      if (!is_image(child, depth + 1)) return false;
      image = true;
    }
  }
  return image;
}

bool has_image_child(const Node* node) {
  for (const Node* child = node->children; child != nullptr; child = child->next) {
    if (is_image(child, 0)) return true;
  }
  return false;
}

// Marks the blocks that are furniture by their shape (TextBlock::boilerplate).
void mark_boilerplate(std::vector<TextBlock>& blocks, const std::vector<const Node*>& controls) {
  // Text held by each element a few levels above the blocks, and blocks per such element.
  std::unordered_map<const Node*, std::size_t> text_in;
  std::unordered_map<const Node*, int> prose_blocks_in;  // neither headings nor link lists
  for (const TextBlock& block : blocks) {
    const bool prose = block.kind != BlockKind::kHeading && !block.is_link_list();
    const Node* node = block.owner;
    for (int level = 0; level <= kBoxLevels && is_element(node); ++level, node = node->parent) {
      text_in[node] += block.text.size();
      if (prose) ++prose_blocks_in[node];
    }
  }
  // A small box of text around a form control: a sign-up form, a comment with its buttons.
  std::unordered_map<const Node*, bool> boxes;
  for (const Node* control : controls) {
    const Node* node = control->parent;
    for (int level = 0; level < kBoxLevels && is_element(node); ++level, node = node->parent) {
      const auto it = text_in.find(node);
      const std::size_t text = it == text_in.end() ? 0 : it->second;
      if (text > kMaxBoxBytes) break;
      if (!is_paragraph_element(name_of(node))) boxes[node] = true;
    }
  }
  for (TextBlock& block : blocks) {
    if (is_notice(block)) {
      block.boilerplate = true;
      continue;
    }
    const Node* node = block.owner;
    for (int level = 0; level <= kBoxLevels && is_element(node); ++level, node = node->parent) {
      if (boxes.contains(node)) {
        block.boilerplate = true;
        break;
      }
    }
    if (block.boilerplate || block.text.size() > kMaxCaptionBytes) continue;
    // A caption: the one prose block of a box that holds an image or a video.
    const Node* box = block.paragraph_of;
    if (box != block.owner && prose_blocks_in[box] == 1 && has_image_child(box))
      block.boilerplate = true;
  }
}

}  // namespace

bool is_page_furniture(const Node* node) {
  const std::string_view name = name_of(node);
  if (name == "nav" || name == "footer" || name == "aside" || name == "form" || name == "figure" ||
      name == "figcaption" || name == "header" || name == "menu" || name == "dialog")
    return true;
  if (name == "html" || name == "body" || name == "main" || name == "article") return false;
  if (equals_ci(attribute_view(node, "aria-hidden"), "true")) return true;
  const std::string_view role = attribute_view(node, "role");
  if (equals_ci(role, "navigation") || equals_ci(role, "complementary") ||
      equals_ci(role, "banner") || equals_ci(role, "contentinfo") || equals_ci(role, "dialog"))
    return true;
  if (has_itemprop(node, "articlebody")) return false;
  const std::string_view tokens = class_and_id(node);
  if (tokens.size() <= 1) return false;
  static constexpr std::array<std::string_view, 30> kWords = {
      "comment",    "share",        "social",    "related",   "cookie",     "consent",
      "newsletter", "promo",        "sidebar",   "subscribe", "breadcrumb", "caption",
      "recommend",  "outbrain",     "taboola",   "popup",     "modal",      "footer",
      "navigation", "masthead",     "byline",    "author",    "signup",     "paywall",
      "trending",   "most-popular", "read-more", "readmore",  "disclaimer", "advert"};
  for (std::string_view word : kWords) {
    if (class_contains(node, word)) return true;
  }
  // Short markers only as whole tokens ("ad", "nav"), not inside "header" or "canvas".
  std::size_t start = 0;
  for (std::size_t i = 0; i <= tokens.size(); ++i) {
    if (i < tokens.size() && std::isalnum(static_cast<unsigned char>(tokens[i]))) continue;
    const std::string_view token = tokens.substr(start, i - start);
    if (token == "ad" || token == "ads" || token == "nav" || token == "menu" || token == "tags")
      return true;
    start = i + 1;
  }
  return false;
}

std::vector<TextBlock> collect_blocks(const Node* body) {
  std::vector<TextBlock> blocks;
  if (body == nullptr) return blocks;
  BlockCollector collector(blocks);
  collector.walk_block(body, is_page_furniture(body) ? body : nullptr, 0, 0);
  // An element whose text falls into several blocks (runs between <br><br>) holds paragraphs
  // rather than being one.
  std::unordered_map<const Node*, int> blocks_of;
  for (const TextBlock& block : blocks) ++blocks_of[block.owner];
  for (TextBlock& block : blocks) {
    if (blocks_of[block.owner] > 1) block.paragraph_of = block.owner;
  }
  mark_boilerplate(blocks, collector.controls());
  return blocks;
}

}  // namespace news::html
