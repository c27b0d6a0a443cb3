// Text helpers of the HTML reader: the strings a page gives (text nodes, attributes, metadata)
// with their whitespace runs collapsed and the character references left in them decoded, and
// small tests on such strings.
#pragma once

#include <string>
#include <string_view>

namespace news::html {

// Runs of whitespace (Unicode spaces and control characters included) as one space, trimmed; valid
// UTF-8 out; character references decoded.
std::string collapse(std::string_view raw);

// True when `haystack`, in any case, contains `lower_needle` (given in lower case).
bool contains_ci(std::string_view haystack, std::string_view lower_needle);

// True when `s` is an address rather than a name: it has a scheme ("://"), or starts with "www."
// or "/".
bool is_url(std::string_view s);

// The letters and digits of `s`, ASCII ones in lower case, the bytes of other letters kept; spaces
// and punctuation dropped. Two spellings of one name compare equal so: "Battery-News.de" and
// "batterynews.de", "edilson.la.rosa" and "Edilson La Rosa".
std::string compact_letters(std::string_view s);

// `s` as valid UTF-8: bytes that are not are decoded as decode_text does (Windows-1252), NULs
// dropped. The reader's last guard on every string it gives out.
std::string ensure_utf8(std::string s);

}  // namespace news::html
