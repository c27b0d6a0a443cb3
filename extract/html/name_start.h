// Which characters may start a name for libxml2 2.9's HTML parser where it reads XML names (a
// processing instruction's target, a doctype's name): XML 1.0's letters, '_' and ':'.
#pragma once

namespace news::html {

// True when `c` may start such a name ("<?é>" is a processing instruction, "<?\u00a0>" text).
bool starts_xml_name(char32_t c);

}  // namespace news::html
