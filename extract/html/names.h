// People's names in the strings a page gives: cleaning one name, lists without duplicates, and
// the length bounds on names. split_author_names (reader.h) is defined here too.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace news::html {

// Metadata strings longer than this are not names, titles or dates.
constexpr std::size_t kMaxAuthorBytes = 120;  // one name
constexpr std::size_t kMaxBylineBytes = 300;  // a byline, or a list of names
// Appends `name` unless the list has it already (ignoring case).
void add_unique(std::vector<std::string>& names, const std::string& name);

// The names without duplicates (ignoring case), in their order.
std::vector<std::string> unique_names(const std::vector<std::string>& names);

// A name from byline markup, without its label ("By", "Author:", "Von"), or nothing if it does not
// look like one: digits, brackets, colons or addresses in it, or more than six words.
// Also nothing for a role ("Reporter"), a link's words ("About Jane", "View all posts"), a
// placeholder ("Staff", "Admin", "Unknown") or interface words ("Profile", "Newsletter").
std::optional<std::string> clean_person_name(std::string_view text);

// A user name as sites show it for their authors: one word of letters, digits, "_" or "-" with a
// letter in it ("freeman1984").
bool is_user_name(std::string_view text);

}  // namespace news::html
