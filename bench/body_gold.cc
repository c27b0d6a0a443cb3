#include "bench/body_gold.h"

#include <fstream>
#include <functional>

#include <nlohmann/json.hpp>

#include "common/strings.h"

namespace news::body_eval {

namespace fs = std::filesystem;

namespace {

using Json = nlohmann::json;

// Appends the strings of the JSON array `node` (absent or null: nothing) to `parts`.
void append_strings(const Json& node, std::string_view what, const std::string& where,
                    std::vector<std::string>& parts) {
  if (node.is_null()) return;
  if (!node.is_array()) throw GoldError(where + ": body " + std::string(what) + " is not a list");
  for (const auto& item : node) {
    if (!item.is_string())
      throw GoldError(where + ": body " + std::string(what) + " holds a non-string");
    parts.push_back(item.get<std::string>());
  }
}

// fundus' body object as one text: summary, then each section's headline and paragraphs.
std::string fundus_text(const Json& body, const std::string& where) {
  std::vector<std::string> parts;
  const auto field = [&](const Json& object, const char* key) {
    return object.contains(key) ? object[key] : Json();
  };
  append_strings(field(body, "summary"), "summary", where, parts);
  const Json sections = field(body, "sections");
  if (!sections.is_null() && !sections.is_array())
    throw GoldError(where + ": body sections is not a list");
  for (const auto& section : sections) {
    if (!section.is_object()) throw GoldError(where + ": a body section is not an object");
    append_strings(field(section, "headline"), "headline", where, parts);
    append_strings(field(section, "paragraphs"), "paragraphs", where, parts);
  }
  return join(parts, "\n\n");
}

// Calls `each` with every non-blank line of SET_DIR/gold.jsonl and its "path:line" for messages.
void for_each_line(const fs::path& path,
                   const std::function<void(const std::string&, const std::string&)>& each) {
  std::ifstream in(path);
  if (!in) throw GoldError("cannot read " + path.string());
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (trim(line).empty()) continue;
    each(line, path.string() + ":" + std::to_string(number));
  }
}

Json parse_object(std::string_view line, const std::string& where) {
  Json record = Json::parse(line, nullptr, false);
  if (record.is_discarded() || !record.is_object()) throw GoldError(where + ": not a JSON object");
  if (!record.contains("file") || !record["file"].is_string())
    throw GoldError(where + ": no \"file\"");
  return record;
}

}  // namespace

GoldBody parse_gold_line(std::string_view line, const std::string& where) {
  const Json record = parse_object(line, where);
  GoldBody gold;
  gold.file = record["file"].get<std::string>();
  const Json body = record.contains("body") ? record["body"] : Json();
  if (body.is_string()) {
    gold.body = body.get<std::string>();
  } else if (body.is_object()) {
    gold.body = fundus_text(body, where);
  } else {
    throw GoldError(where + ": \"body\" is neither a string nor an object");
  }
  return gold;
}

std::vector<GoldBody> load_gold(const fs::path& set_dir) {
  std::vector<GoldBody> pages;
  for_each_line(set_dir / "gold.jsonl", [&](const std::string& line, const std::string& where) {
    pages.push_back(parse_gold_line(line, where));
  });
  return pages;
}

std::set<std::string> gold_files(const fs::path& set_dir) {
  std::set<std::string> files;
  const fs::path path = set_dir / "gold.jsonl";
  std::error_code ec;
  if (!fs::exists(path, ec)) return files;
  for_each_line(path, [&](const std::string& line, const std::string& where) {
    files.insert(parse_object(line, where)["file"].get<std::string>());
  });
  return files;
}

}  // namespace news::body_eval
