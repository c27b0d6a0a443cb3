#include "extract/html/tree.h"

#include <algorithm>
#include <cstring>
#include <new>

#include "common/strings.h"
#include "extract/html/dom.h"

namespace news::html {

namespace {

// The arena's first block: half a page's bytes hold most trees, as scripts, styles and unread
// attributes, about half of a news page, are not kept; later blocks grow from there.
std::size_t first_block(std::size_t size_hint) {
  return std::max<std::size_t>(4096, size_hint / 2);
}

}  // namespace

Document::Document(std::size_t size_hint) : arena_(first_block(size_hint)) {
  root_ = new (arena_.allocate(sizeof(Node), alignof(Node))) Node{};
  root_->type = NodeType::kDocument;
}

TreeBuilder::TreeBuilder(std::size_t size_hint) : document_(std::make_unique<Document>(size_hint)) {
  open_.reserve(64);
}

Node* TreeBuilder::new_node(NodeType type, Node* parent) {
  Node* node = new (document_->arena_.allocate(sizeof(Node), alignof(Node))) Node{};
  node->type = type;
  node->parent = parent;
  if (parent->last_child != nullptr) {
    parent->last_child->next = node;
  } else {
    parent->children = node;
  }
  parent->last_child = node;
  return node;
}

std::string_view TreeBuilder::copy(std::string_view text) {
  if (text.empty()) return {};
  char* data = static_cast<char*>(document_->arena_.allocate(text.size(), 1));
  std::memcpy(data, text.data(), text.size());
  return {data, text.size()};
}

void TreeBuilder::flush_text() {
  if (pending_.empty()) return;
  // Text outside every element is dropped, as libxml2's tree builder drops it.
  if (!open_.empty()) new_node(pending_type_, open_.back())->content = copy(pending_);
  pending_.clear();
}

void TreeBuilder::start_element(std::string_view name, std::span<const Attribute> attributes) {
  flush_text();
  // With no element open (the top element has ended), libxml2's tree builder puts a new element
  // inside the document's first child when that is an element, and at the document's end when it
  // is the document type.
  Node* parent = document_->root_;
  if (!open_.empty()) {
    parent = open_.back();
  } else if (parent->children != nullptr && parent->children->type == NodeType::kElement) {
    parent = parent->children;
  }
  Node* node = new_node(NodeType::kElement, parent);
  node->name = copy(name);
  if (is_block_element(node->name)) node->flags |= kBlockElement;
  if (is_non_text_element(node->name)) node->flags |= kNonTextElement;
  std::string_view class_value, id_value;
  for (const Attribute& attribute : attributes) {
    // The first of each, as libxml2 keeps the first of repeated attributes.
    if (attribute.name == "class" && class_value.data() == nullptr) class_value = attribute.value;
    if (attribute.name == "id" && id_value.data() == nullptr) id_value = attribute.value;
  }
  const std::size_t size = class_value.size() + 1 + id_value.size();
  char* joined = static_cast<char*>(document_->arena_.allocate(size, 1));
  // (memcpy from an empty view's null pointer is undefined, even for no bytes.)
  if (!class_value.empty()) std::memcpy(joined, class_value.data(), class_value.size());
  joined[class_value.size()] = ' ';
  if (!id_value.empty())
    std::memcpy(joined + class_value.size() + 1, id_value.data(), id_value.size());
  for (std::size_t i = 0; i < size; ++i) {
    if (joined[i] >= 'A' && joined[i] <= 'Z') joined[i] = static_cast<char>(joined[i] - 'A' + 'a');
  }
  node->class_and_id = {joined, size};
  for (std::size_t i = 1; i < size; ++i)
    node->class_bigrams |= class_bigram_bit(joined[i - 1], joined[i]);
  if (!attributes.empty()) {
    auto* copies = static_cast<Attribute*>(
        document_->arena_.allocate(sizeof(Attribute) * attributes.size(), alignof(Attribute)));
    for (std::size_t i = 0; i < attributes.size(); ++i)
      new (copies + i) Attribute{copy(attributes[i].name), copy(attributes[i].value)};
    node->attributes = {copies, attributes.size()};
  }
  open_.push_back(node);
}

void TreeBuilder::end_element() {
  flush_text();
  if (!open_.empty()) open_.pop_back();
}

void TreeBuilder::text(std::string_view text) {
  if (pending_type_ != NodeType::kText) flush_text();
  pending_type_ = NodeType::kText;
  pending_ += text;
}

void TreeBuilder::raw_text(std::string_view text) {
  if (open_.empty() || open_.back()->name != "script" ||
      find_ci(attribute_view(open_.back(), "type"), "ld+json") == std::string_view::npos)
    return;
  if (pending_type_ != NodeType::kRawText) flush_text();
  pending_type_ = NodeType::kRawText;
  pending_ += text;
}

void TreeBuilder::comment() {
  flush_text();
}

void TreeBuilder::doctype() {
  flush_text();
  Node* root = document_->root_;
  // A second declaration is ignored, as libxml2 ignores it in HTML.
  if (root->children != nullptr && root->children->type == NodeType::kOther) return;
  Node* node = new (document_->arena_.allocate(sizeof(Node), alignof(Node))) Node{};
  node->type = NodeType::kOther;
  node->parent = root;
  node->next = root->children;
  root->children = node;
  if (root->last_child == nullptr) root->last_child = node;
}

DocPtr TreeBuilder::finish() {
  flush_text();
  return std::move(document_);
}

}  // namespace news::html
