// The named character references of HTML 4 (and &apos;), as libxml2 2.9's HTML parser decodes them.
#pragma once

#include <string_view>

namespace news::html {

// The code point `name` (without '&' and ';', case-sensitive: "amp", not "AMP") stands for, or 0
// when it is not one of the 253 names libxml2 2.9 knows (HTML5's additions are not among them).
char32_t entity_code_point(std::string_view name);

}  // namespace news::html
