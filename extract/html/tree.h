// A parsed page as a light tree: elements with the attributes the reader reads, and text. The HTML
// parser (dom.h parse_html) feeds a TreeBuilder; the field readers walk the Document it gives.
// Everything lives in one arena owned by the Document, so a page's tree is freed at once.
#pragma once

#include <cstdint>
#include <memory>
#include <memory_resource>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace news::html {

enum class NodeType : std::uint8_t {
  kDocument,  // the root, parent of the <html> element
  kElement,
  kText,     // text, entities decoded
  kRawText,  // the content of <script> and <style>
  kOther,    // the document type declaration: never walked into
};

struct Attribute {
  std::string_view name;   // lower case
  std::string_view value;  // entities decoded; "" for an attribute without a value
};

struct Node {
  NodeType type = NodeType::kElement;
  std::string_view name;     // an element's tag name, lower case
  std::string_view content;  // a text node's text
  Node* parent = nullptr;
  Node* children = nullptr;  // the first child
  Node* last_child = nullptr;
  Node* next = nullptr;  // the next sibling
  std::span<const Attribute> attributes;
  // An element's class and id attributes, lower case, joined by a space ("" and " " when it has
  // neither): read on nearly every element by the furniture and markup tests, so made once.
  std::string_view class_and_id;
  // The pairs of adjacent characters in class_and_id, as bits (class_bigram_bit): a word whose
  // pairs are not all here is not in class_and_id, which most of the many class-word tests find
  // out without a search.
  std::uint64_t class_bigrams = 0;
  std::uint8_t flags = 0;  // kBlockElement, kNonTextElement
};

// The bit of the pair of characters (a, b) in Node::class_bigrams.
constexpr std::uint64_t class_bigram_bit(char a, char b) {
  return std::uint64_t{1} << ((static_cast<unsigned char>(a) * 7u + static_cast<unsigned char>(b)) &
                              63u);
}

// Node::flags, set from the element's name (dom.h is_block_element and is_non_text_element).
constexpr std::uint8_t kBlockElement = 1;
constexpr std::uint8_t kNonTextElement = 2;

// Owns a page's nodes and strings.
class Document {
 public:
  explicit Document(std::size_t size_hint);
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  // The document node: its children are the page's top-level nodes.
  const Node* root() const { return root_; }

 private:
  friend class TreeBuilder;
  std::pmr::monotonic_buffer_resource arena_;
  Node* root_ = nullptr;
};

using DocPtr = std::unique_ptr<Document>;

// Builds a Document from a parser's events, in document order. The parser decides the tree's
// shape (which elements an end tag or a new start tag closes); the builder nests what it is given.
class TreeBuilder {
 public:
  // `size_hint`: the page's size in bytes (the arena's first block is sized from it).
  explicit TreeBuilder(std::size_t size_hint);

  // A new element, child of the current (innermost open) one, is opened. Strings are copied.
  void start_element(std::string_view name, std::span<const Attribute> attributes);
  // The current element ends. Ignored when none is open.
  void end_element();
  // Text in the current element; consecutive calls make one text node.
  void text(std::string_view text);
  // The content of a <script> or <style>; consecutive calls make one node. Kept only in a JSON-LD
  // script (a type naming ld+json), the one raw text the reader reads: the others, most of a
  // page's bytes, are dropped here.
  void raw_text(std::string_view text);
  // A comment: no node, but text on each side of it stays two text nodes.
  void comment();
  // The document type declaration, as the document's first child.
  void doctype();

  // The tree; the builder is spent.
  DocPtr finish();

 private:
  Node* new_node(NodeType type, Node* parent);
  std::string_view copy(std::string_view text);
  void flush_text();

  DocPtr document_;
  std::vector<Node*> open_;  // the open elements, innermost last
  std::string pending_;      // text not yet made a node
  NodeType pending_type_ = NodeType::kText;
  std::vector<Attribute> attributes_;  // scratch
};

}  // namespace news::html
