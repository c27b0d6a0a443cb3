// Fuzz target for the own HTML parser (extract/html/parser.h): parse_into on any bytes, whatever
// they are (its contract asks for valid UTF-8 without NULs; it must not crash on anything else),
// then checks the tree's shape: parent and sibling links agree, names are lower case, text nodes
// are not empty. With NEWS_FUZZ_DIFFERENTIAL=1 in the environment it also parses each input that
// keeps the contract with libxml2 (dom.h parse_with_libxml2) and aborts on the first difference
// between the two trees: the long-running way to look for inputs the two parsers read apart.
// That is left out of the timed runs by default, as html-parser-check --generate does the same
// deterministically in ctest.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "extract/html/dom.h"
#include "extract/html/parser.h"
#include "extract/html/tree.h"
#include "tests/fuzz/fuzz_support.h"

namespace news {
namespace {

using html::Node;
using html::NodeType;

bool lower_case(std::string_view name) {
  for (char c : name) {
    if (c >= 'A' && c <= 'Z') return false;
  }
  return true;
}

// Walks the tree in document order without recursion (inputs nest deeply) and checks each node.
void check_tree(const Node* root) {
  const Node* node = root->children;
  while (node != nullptr) {
    FUZZ_REQUIRE(node->parent != nullptr);
    if (node->type == NodeType::kElement) {
      FUZZ_REQUIRE(!node->name.empty() && lower_case(node->name));
      for (const auto& attribute : node->attributes)
        FUZZ_REQUIRE(!attribute.name.empty() && lower_case(attribute.name));
    } else if (node->type == NodeType::kText || node->type == NodeType::kRawText) {
      FUZZ_REQUIRE(!node->content.empty() && node->children == nullptr);
    }
    if (node->children != nullptr) {
      FUZZ_REQUIRE(node->children->parent == node && node->last_child != nullptr &&
                   node->last_child->next == nullptr);
      node = node->children;
      continue;
    }
    while (node != nullptr && node->next == nullptr) {
      FUZZ_REQUIRE(node->parent->last_child == node);
      node = node->parent == root ? nullptr : node->parent;
    }
    if (node != nullptr) node = node->next;
  }
}

// The tree as one string, for comparing two trees (no recursion).
std::string render(const Node* root) {
  std::string out;
  const Node* node = root->children;
  while (node != nullptr) {
    out += static_cast<char>('0' + static_cast<int>(node->type));
    out += node->name;
    out += '|';
    out += node->content;
    for (const auto& attribute : node->attributes) {
      out += '|';
      out += attribute.name;
      out += '=';
      out += attribute.value;
    }
    if (node->children != nullptr) {
      out += '[';
      node = node->children;
      continue;
    }
    while (node != nullptr && node->next == nullptr) {
      out += ']';
      node = node->parent == root ? nullptr : node->parent;
    }
    if (node != nullptr) node = node->next;
  }
  return out;
}

}  // namespace
}  // namespace news

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace news;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  html::TreeBuilder builder(input.size());
  html::parse_into(input, builder);
  const html::DocPtr own = builder.finish();
  check_tree(own->root());
  static const bool differential = std::getenv("NEWS_FUZZ_DIFFERENTIAL") != nullptr;
  if (differential && fuzz::is_valid_utf8(input) && input.find('\0') == std::string_view::npos) {
    const std::string expected = render(html::parse_with_libxml2(input)->root());
    const std::string actual = render(own->root());
    if (expected != actual)
      std::fprintf(stderr, "libxml2: %s\nown:     %s\n", expected.c_str(), actual.c_str());
    FUZZ_REQUIRE(expected == actual);
  }
  return 0;
}
