#include "query/show.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <system_error>

#include <fmt/format.h>

#include "common/document.h"
#include "query/output.h"

namespace news {

namespace {

// An article id as the results print it: 16 lower-case hex digits (article_id).
bool looks_like_id(const std::string& text) {
  return text.size() == 16 && std::all_of(text.begin(), text.end(), [](unsigned char c) {
           return std::isdigit(c) || (c >= 'a' && c <= 'f');
         });
}

// The articles of the documents indexed by `term`, in docid order (the order they were added).
std::vector<nlohmann::ordered_json> articles_with(const Xapian::Database& db,
                                                  const std::string& term) {
  std::vector<nlohmann::ordered_json> articles;
  for (auto posting = db.postlist_begin(term); posting != db.postlist_end(term); ++posting)
    articles.push_back(stored_article(read_record(db.get_document(*posting))));
  return articles;
}

std::string text_of(const nlohmann::ordered_json& value) {
  return value.is_string() ? value.get<std::string>() : std::string();
}

std::string joined(const nlohmann::ordered_json& values, std::string_view separator) {
  std::string out;
  if (!values.is_array()) return out;
  for (const auto& value : values) {
    if (!out.empty()) out += separator;
    out += text_of(value);
  }
  return out;
}

// "  NAME: ROLE; speaks for AFFILIATION; also ALIAS, ALIAS", leaving out what the article does not
// give.
std::string person_line(const nlohmann::ordered_json& person) {
  std::vector<std::string> parts;
  if (const std::string role = text_of(person["role"]); !role.empty()) parts.push_back(role);
  if (const std::string affiliation = text_of(person["affiliation"]); !affiliation.empty())
    parts.push_back("speaks for " + affiliation);
  if (const std::string aliases = joined(person["aliases"], ", "); !aliases.empty())
    parts.push_back("also " + aliases);
  std::string line = "  " + text_of(person["name"]);
  for (std::size_t i = 0; i < parts.size(); ++i) line += (i == 0 ? ": " : "; ") + parts[i];
  return line + "\n";
}

// "  SPEAKER, CUE (paragraph N[, reported]): "TEXT"", the paragraph counted from 1; reported speech
// without quote marks, and no cue for a quote that continues the speaker's previous one.
std::string quote_line(const nlohmann::ordered_json& quote) {
  const bool direct = quote["direct"].is_boolean() ? quote["direct"].get<bool>() : true;
  const std::string cue = text_of(quote["cue"]);
  const auto paragraph =
      quote["paragraph"].is_number() ? quote["paragraph"].get<std::size_t>() + 1 : 0;
  const std::string text = text_of(quote["text"]);
  return fmt::format("  {}{} (paragraph {}{}): {}\n", text_of(quote["speaker"]),
                     cue.empty() ? "" : ", " + cue, paragraph, direct ? "" : ", reported",
                     direct ? "\"" + text + "\"" : text);
}

}  // namespace

std::vector<nlohmann::ordered_json> find_articles(const Xapian::Database& db,
                                                  const std::string& id_or_path) {
  if (looks_like_id(id_or_path)) {
    std::vector<nlohmann::ordered_json> articles = articles_with(db, id_term(id_or_path));
    if (!articles.empty()) return articles;
  }
  // The path as news-index keeps it: absolute, links and dot segments resolved (the file may have
  // gone since).
  std::error_code error;
  const std::filesystem::path absolute = std::filesystem::absolute(id_or_path, error);
  if (error) return {};
  const std::filesystem::path canonical = std::filesystem::weakly_canonical(absolute, error);
  return articles_with(
      db, file_term(error ? absolute.lexically_normal().string() : canonical.string()));
}

nlohmann::ordered_json show_json(const std::vector<nlohmann::ordered_json>& articles) {
  return {{"version", kShowJsonVersion}, {"articles", articles}};
}

std::string article_to_text(const nlohmann::ordered_json& article) {
  std::string out;
  const auto field = [&out](std::string_view key, const std::string& value) {
    out += fmt::format("{:<11}{}\n", std::string(key) + ":", value);
  };
  field("id", text_of(article["id"]));
  field("title", text_of(article["title"]));
  field("path", text_of(article["path"]));
  field("format", text_of(article["format"]));
  const std::string authors = joined(article["authors"], ", ");
  field("authors", authors.empty() ? "(none)" : authors);
  field("published", readable_date(text_of(article["published"])));
  field("updated", readable_date(text_of(article["updated"])));
  for (const char* key : {"url", "section", "outlet", "language"}) {
    if (const std::string value = text_of(article[key]); !value.empty()) field(key, value);
  }
  if (const std::string warnings = joined(article["warnings"], "; "); !warnings.empty())
    field("warnings", warnings);
  if (const std::string standfirst = joined(article["standfirst"], "\n"); !standfirst.empty())
    out += "\n" + standfirst + "\n";

  const auto& people = article["people"];
  if (people.empty()) {
    out += "\npeople quoted: none\n";
  } else {
    out += fmt::format("\npeople quoted ({}):\n", people.size());
    for (const auto& person : people) out += person_line(person);
  }
  const auto& quotes = article["quotes"];
  if (!quotes.empty()) {
    out += fmt::format("\nquotes ({}):\n", quotes.size());
    for (const auto& quote : quotes) out += quote_line(quote);
  }
  out += "\nbody:\n" + joined(article["paragraphs"], "\n\n") + "\n";
  return out;
}

}  // namespace news
