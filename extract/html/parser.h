// The HTML parser the reader's light tree (tree.h) is built with: libxml2 2.9's HTML parser, as
// the reader has always called it (dom.h parse_html), redone for speed. It reads a page in one
// pass over its bytes and gives a TreeBuilder the same events, in the same order, as libxml2's SAX
// interface would, so the tree is the same node for node: the same implied html, head, body and p
// elements, the same elements closed by a start tag or an end tag, the same text.
#pragma once

#include <span>
#include <string_view>

#include "extract/html/tree.h"

namespace news::html {

// Parses `utf8_html` (valid UTF-8 without NUL bytes, as decode_page gives it) into `builder`, as
// libxml2 2.9.14's htmlReadMemory with the options parse_html uses (recovering, no network,
// encoding "UTF-8") would build it; the caller then calls builder.finish(). Of the attributes, only
// those the reader reads are kept (dom.h is_read_attribute), as parse_with_libxml2 keeps them. Any
// input is read to its end, in time and memory linear in its size, without recursion.
void parse_into(std::string_view utf8_html, TreeBuilder& builder);

// The element names libxml2 2.9 knows by name (HTML 4's), sorted: those its tree rules mention.
// Every other name is an unknown element, never closed by a start tag. For tests that want to
// cover them all.
std::span<const std::string_view> known_element_names();

}  // namespace news::html
