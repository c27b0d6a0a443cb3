// The charset of a saved page: its raw bytes as UTF-8 text for libxml2, with a warning naming
// any charset decoded.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace news::html {

// A page's text as UTF-8, and the warnings decoding it gave (they open Article::warnings).
struct PageText {
  std::string text;
  std::vector<std::string> warnings;
};

// The page's bytes as UTF-8, in this order (read_html's contract in reader.h): a byte order mark
// (UTF-16, converted with iconv); bytes that are valid UTF-8 are read as UTF-8 whatever the page
// declares; otherwise the charset of <meta charset>, <meta http-equiv="content-type"> or an XML
// declaration, converted with iconv; a Windows-1252 or Latin-1 declaration, or none, decodes each
// invalid byte as Windows-1252 as decode_text does. NUL bytes are dropped. A warning names any
// charset decoded, a declaration the bytes contradict, or a charset iconv does not know.
PageText decode_page(std::string_view bytes);

}  // namespace news::html
