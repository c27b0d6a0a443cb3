#include "extract/html/json_ld.h"

#include <algorithm>
#include <optional>
#include <set>
#include <string_view>

#include "common/strings.h"
#include "extract/html/reader.h"
#include "extract/html/text.h"

namespace news::html {

namespace {

// JSON-LD is walked to this depth looking for the article object.
constexpr int kMaxJsonDepth = 24;

std::optional<json> parse_json_ld(std::string text) {
  std::string_view view = trim(text);
  for (std::string_view prefix : {"<!--", "//<![CDATA[", "<![CDATA["}) {
    if (view.starts_with(prefix)) view = trim(view.substr(prefix.size()));
  }
  for (std::string_view suffix : {"-->", "//]]>", "]]>", ";"}) {
    if (view.ends_with(suffix)) view = trim(view.substr(0, view.size() - suffix.size()));
  }
  std::string cleaned(view);
  try {
    json value = json::parse(cleaned, nullptr, false);
    if (!value.is_discarded()) return value;
    // Raw line ends and tabs inside strings are the commonest fault; outside strings they are
    // whitespace anyway.
    for (char& c : cleaned) {
      if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    }
    value = json::parse(cleaned, nullptr, false);
    if (!value.is_discarded()) return value;
  } catch (const std::exception&) {
  }
  return std::nullopt;
}

std::vector<std::string> json_types(const json& object) {
  std::vector<std::string> types;
  const auto it = object.find("@type");
  if (it == object.end()) return types;
  if (it->is_string()) types.push_back(it->get<std::string>());
  if (it->is_array()) {
    for (const auto& type : *it) {
      if (type.is_string()) types.push_back(type.get<std::string>());
    }
  }
  return types;
}

bool is_article_type(const std::string& type) {
  static const std::set<std::string> kTypes = {"Article",
                                               "NewsArticle",
                                               "ReportageNewsArticle",
                                               "AnalysisNewsArticle",
                                               "OpinionNewsArticle",
                                               "ReviewNewsArticle",
                                               "BackgroundNewsArticle",
                                               "AskPublicNewsArticle",
                                               "BlogPosting",
                                               "LiveBlogPosting",
                                               "SocialMediaPosting",
                                               "TechArticle",
                                               "ScholarlyArticle",
                                               "Report",
                                               "SatiricalArticle",
                                               "AdvertiserContentArticle",
                                               "MedicalScholarlyArticle",
                                               "DiscussionForumPosting",
                                               "Review"};
  std::string_view name = type;
  if (const std::size_t slash = name.rfind('/'); slash != std::string_view::npos)
    name = name.substr(slash + 1);  // "http://schema.org/NewsArticle"
  return kTypes.contains(std::string(name));
}

void flatten_json(const json& value, std::vector<const json*>& objects, int depth) {
  if (depth > kMaxJsonDepth) return;
  if (value.is_array()) {
    for (const auto& item : value) flatten_json(item, objects, depth + 1);
  } else if (value.is_object()) {
    objects.push_back(&value);
    for (const char* nested : {"@graph", "mainEntity", "itemListElement"}) {
      if (const auto it = value.find(nested); it != value.end())
        flatten_json(*it, objects, depth + 1);
    }
  }
}

}  // namespace

std::string json_text(const json& value, int depth) {
  if (depth > 4) return {};
  if (value.is_string()) return collapse(value.get<std::string>());
  if (value.is_number()) return value.dump();
  if (value.is_array() && !value.empty()) return json_text(value.front(), depth + 1);
  if (value.is_object()) {
    for (const char* key : {"name", "@value"}) {
      if (const auto it = value.find(key); it != value.end()) return json_text(*it, depth + 1);
    }
  }
  return {};
}

std::string json_field(const json* object, const char* key) {
  if (object == nullptr) return {};
  const auto it = object->find(key);
  if (it == object->end()) return {};
  return json_text(*it);
}

void load_json_ld(const std::vector<std::string>& scripts, JsonLd& ld,
                  std::vector<std::string>& warnings) {
  ld.documents.reserve(scripts.size());
  std::size_t invalid = 0;
  for (const auto& text : scripts) {
    if (trim(text).empty()) continue;
    if (auto value = parse_json_ld(text)) {
      ld.documents.push_back(std::move(*value));
    } else {
      ++invalid;
    }
  }
  if (invalid > 0) warnings.push_back("invalid JSON-LD ignored (" + std::to_string(invalid) + ")");
  for (const auto& document : ld.documents) flatten_json(document, ld.objects, 0);
  for (const json* object : ld.objects) {
    if (const auto it = object->find("@id"); it != object->end() && it->is_string())
      ld.by_id.emplace(it->get<std::string>(), object);
  }
  for (const json* object : ld.objects) {
    const auto types = json_types(*object);
    const bool article = std::any_of(types.begin(), types.end(), is_article_type);
    if (article && ld.article == nullptr) ld.article = object;
    if (ld.page == nullptr && std::find(types.begin(), types.end(), "WebPage") != types.end())
      ld.page = object;
  }
}

void add_json_authors(const JsonLd& ld, const json& value, std::vector<std::string>& out,
                      int depth) {
  if (depth > 6) return;
  if (value.is_string()) {
    for (auto& name : split_author_names(value.get<std::string>())) out.push_back(name);
  } else if (value.is_array()) {
    for (const auto& item : value) add_json_authors(ld, item, out, depth + 1);
  } else if (value.is_object()) {
    if (const auto name = value.find("name"); name != value.end()) {
      add_json_authors(ld, *name, out, depth + 1);
    } else if (const auto id = value.find("@id"); id != value.end() && id->is_string()) {
      const auto target = ld.by_id.find(id->get<std::string>());
      if (target != ld.by_id.end() && target->second != &value)
        add_json_authors(ld, *target->second, out, depth + 1);
    }
  }
}

}  // namespace news::html
