// The text blocks of a page: its visible text cut where a browser would start a new block (a
// paragraph, a heading, a list item, a table cell, a <div>, two <br> in a row), in page order, each
// with the element that holds it, how much of it is link text, and the page furniture around it.
// body.cc scores and chooses among them; this file only reads the page.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extract/html/tree.h"

namespace news::html {

enum class BlockKind { kParagraph, kHeading, kListItem, kQuote, kPreformatted, kCell, kText };

struct TextBlock {
  // The innermost block-level element the text is in (a <p>, an <li>, a <div> with text of its
  // own, ...).
  const Node* owner = nullptr;
  // The first element that counts the block as one of its paragraphs: the owner's parent when the
  // owner is paragraph-like (a <p>, or a <div> with no block-level children) and the block is all
  // of its text, else the owner (a <div> with text of its own beside other blocks, or text in
  // runs between <br><br>).
  const Node* paragraph_of = nullptr;
  std::string text;            // whitespace collapsed, valid UTF-8, never empty
  std::size_t link_bytes = 0;  // bytes of `text` inside <a> elements
  BlockKind kind = BlockKind::kText;
  int heading_level = 0;  // 1-6 for kHeading
  // The innermost element around the block that marks page furniture (is_page_furniture), or
  // null: the block belongs to an element's text when this is null, the element itself, or above
  // it.
  const Node* furniture = nullptr;
  // Page furniture recognised by its shape rather than its markup, never article text: a date line
  // (all of its text in <time> elements), a copyright notice, the caption in a box beside its
  // image, the text of a small box with a form control (a newsletter sign-up, a comment with its
  // Reply button).
  bool boilerplate = false;
  // Whether the block's link text is at least half of it: a menu entry, a list of links.
  bool is_link_list() const { return link_bytes * 2 >= text.size(); }
};

// Whether an element is page furniture rather than article text, by its tag (nav, header, footer,
// aside, form, figure and captions, menus, dialogs), its ARIA role (navigation, banner,
// complementary, contentinfo, dialog), aria-hidden, or a class or id word (share, social,
// related, comment, newsletter, cookie, caption, sidebar, subscribe, paywall, advert, byline, ...).
// A mark, not a verdict: body.cc ignores the marks around the element it chooses (a page that
// wraps everything in one <form>, a content column classed "sidebar").
bool is_page_furniture(const Node* element);

// The page's text blocks under `body`, in page order, with their `boilerplate` flags. Text in
// non-text elements (scripts, styles, forms' controls, media) and in elements a browser does not
// show (the hidden attribute, display:none, visibility:hidden) is left out; so is alternative text.
// Consecutive repeats are kept (the caller decides).
std::vector<TextBlock> collect_blocks(const Node* body);

}  // namespace news::html
