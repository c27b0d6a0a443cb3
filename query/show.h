// news-query --show: one article as the database holds it (its metadata, the people quoted, their
// quotes and the body), as notmuch show prints a message; in text for reading, in JSON
// (docs/json.md, docs/schema/news-query-show.schema.json) as news-index --explain prints it.
#pragma once

#include <string>
#include <vector>

#include <xapian.h>
#include <nlohmann/json.hpp>

namespace news {

// Version of the --show JSON format; bumped as kResultsJsonVersion is (docs/json.md).
inline constexpr int kShowJsonVersion = 1;

// The articles `id_or_path` names in `db`, each as stored_article gives it: the article with this
// id (16 hex digits, the "id" of the results), or else the articles read from the file at this
// path (relative to the working directory; resolved as news-index resolves it, links included):
// one for a text or HTML file, one per record of a JSON or JSON Lines file, in the order they were
// indexed. Empty when none.
std::vector<nlohmann::ordered_json> find_articles(const Xapian::Database& db,
                                                  const std::string& id_or_path);

// {"version": kShowJsonVersion, "articles": [...]}.
nlohmann::ordered_json show_json(const std::vector<nlohmann::ordered_json>& articles);

// An article (stored_article) for reading: the metadata one "key: value" line each (id, title,
// path, format, authors, published, updated; url, section, outlet, language and warnings when
// set), the standfirst, the people quoted (name: role; whom they speak for; aliases), the quotes
// (who, the cue, the paragraph counted from 1, "reported" for reported speech; direct quotes in
// quote marks), then "body:" and the paragraphs separated by blank lines.
std::string article_to_text(const nlohmann::ordered_json& article);

}  // namespace news
