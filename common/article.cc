#include "common/article.h"

#include <cstdint>

#include <fmt/format.h>

namespace news {

std::string Article::body() const {
  std::string out;
  for (const auto& paragraph : paragraphs) {
    if (!out.empty()) out += "\n\n";
    out += paragraph;
  }
  return out;
}

void ContentHasher::update(std::string_view bytes) {
  for (unsigned char c : bytes) {
    hash_ ^= c;
    hash_ *= 1099511628211ULL;
  }
}

std::string ContentHasher::hex() const {
  // By hand: this runs for every file of every run, and fmt's general path costs more than the
  // hashing.
  constexpr char kDigits[] = "0123456789abcdef";
  std::string hex(16, '0');
  std::uint64_t hash = hash_;
  for (int i = 15; i >= 0; --i, hash >>= 4) hex[static_cast<std::size_t>(i)] = kDigits[hash & 15];
  return hex;
}

std::string content_hash(std::string_view bytes) {
  ContentHasher hasher;
  hasher.update(bytes);
  return hasher.hex();
}

std::string article_id(const std::string& canonical_path) {
  return content_hash(canonical_path);
}

namespace {

nlohmann::ordered_json date_json(const std::optional<DateTime>& date) {
  if (!date) return nullptr;
  return date->to_iso();
}

// An optional text as JSON: null when empty, as for a person's role and affiliation.
nlohmann::ordered_json string_or_null(const std::string& text) {
  if (text.empty()) return nullptr;
  return text;
}

}  // namespace

nlohmann::ordered_json to_json(const Article& article) {
  nlohmann::ordered_json people = nlohmann::ordered_json::array();
  for (const auto& person : article.people) {
    people.push_back({{"name", person.name},
                      {"aliases", person.aliases},
                      {"role", string_or_null(person.role)},
                      {"affiliation", string_or_null(person.affiliation)}});
  }
  nlohmann::ordered_json quotes = nlohmann::ordered_json::array();
  for (const auto& quote : article.quotes) {
    quotes.push_back({{"speaker", quote.speaker},
                      {"text", quote.text},
                      {"cue", quote.cue},
                      {"paragraph", quote.paragraph},
                      {"start", quote.start},
                      {"end", quote.end},
                      {"direct", quote.direct}});
  }
  return {{"id", article.id},
          {"path", article.path},
          {"format", article.format},
          {"url", article.url},
          {"title", article.title},
          {"standfirst", article.standfirst},
          {"authors", article.authors},
          {"published", date_json(article.published)},
          {"updated", date_json(article.updated)},
          {"section", article.section},
          {"outlet", article.outlet},
          {"language", article.language},
          {"paragraphs", article.paragraphs},
          {"people", people},
          {"quotes", quotes},
          {"content_hash", article.content_hash},
          {"warnings", article.warnings}};
}

}  // namespace news
