// JSON-LD: the page's <script type="application/ld+json"> blocks parsed, the article object found
// among them, and its fields read as text.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

namespace news::html {

using nlohmann::json;

// The page's JSON-LD. Its pointers point into `documents`: a JsonLd is filled in place by
// load_json_ld and not copied.
struct JsonLd {
  std::vector<json> documents;  // owns what the pointers point into
  std::vector<const json*> objects;
  std::unordered_map<std::string, const json*> by_id;
  const json* article = nullptr;
  const json* page = nullptr;  // a WebPage, for dates when there is no article
};

// Parses each script (tolerating HTML comment and CDATA wrappers, a trailing ";", and raw line
// ends inside strings) and finds, at the top level, in arrays or in @graph, mainEntity and
// itemListElement: every object, those with an @id, the first typed Article or a subtype
// (NewsArticle, BlogPosting, ...) and the first WebPage. A warning counts the scripts that do not
// parse.
void load_json_ld(const std::vector<std::string>& scripts, JsonLd& ld,
                  std::vector<std::string>& warnings);

// A string, or the name/@value of an object, or the first of an array.
// Whitespace collapsed; numbers as written; "" for anything else.
std::string json_text(const json& value, int depth = 0);

// json_text of the object's `key`; "" when the object is null or has no such key.
std::string json_field(const json* object, const char* key);

// Appends the author names in a JSON-LD author value (a string, a Person or Organization with a
// name, a list, an {"@id"} resolved through the graph), split by split_author_names. `depth` is
// the nesting so far (0 at the start).
void add_json_authors(const JsonLd& ld, const json& value, std::vector<std::string>& out,
                      int depth);

}  // namespace news::html
