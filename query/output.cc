#include "query/output.h"

#include <fmt/format.h>

namespace news {

namespace {

// "2023-11-27T14:50+01:00" -> "2023-11-27 14:50+01:00", for reading rather than parsing.
std::string readable_date(const nlohmann::json& value) {
  if (!value.is_string()) return "(no date)";
  std::string date = value.get<std::string>();
  if (date.size() > 10 && date[10] == 'T') date[10] = ' ';
  return date;
}

std::string joined(const nlohmann::json& names) {
  std::string out;
  if (!names.is_array()) return out;
  for (const auto& name : names) {
    if (!out.empty()) out += ", ";
    out += name.get<std::string>();
  }
  return out;
}

}  // namespace

nlohmann::ordered_json results_to_json(const SearchResults& results) {
  nlohmann::ordered_json hits = nlohmann::ordered_json::array();
  for (const auto& hit : results.hits) {
    const auto& record = hit.record;
    hits.push_back({{"rank", hit.rank},
                    {"score", hit.score},
                    {"id", record.value("id", "")},
                    {"path", record.value("path", "")},
                    {"title", record.value("title", "")},
                    {"authors", record.value("authors", nlohmann::json::array())},
                    {"published", record.value("published", nlohmann::json())},
                    {"updated", record.value("updated", nlohmann::json())},
                    {"snippet", hit.snippet}});
  }
  return {{"version", kResultsJsonVersion}, {"query", results.query},
          {"total", results.total},         {"total_exact", results.total_exact},
          {"offset", results.offset},       {"results", hits}};
}

std::string results_to_text(const SearchResults& results) {
  std::string out;
  if (results.hits.empty()) {
    out = results.total == 0 ? fmt::format("No articles match '{}'.\n", results.query)
                             : fmt::format("{} articles match '{}'; none at offset {}.\n",
                                           results.total, results.query, results.offset);
    return out;
  }
  const bool one = results.total == 1;
  out = fmt::format("{}{} {} '{}'; showing {}-{}.\n", results.total_exact ? "" : "about ",
                    results.total, one ? "article matches" : "articles match", results.query,
                    results.hits.front().rank, results.hits.back().rank);
  for (const auto& hit : results.hits) {
    const auto& record = hit.record;
    out += fmt::format("\n{:>3}. {}\n", hit.rank, record.value("title", ""));
    std::string line = readable_date(record.value("published", nlohmann::json()));
    const std::string authors = joined(record.value("authors", nlohmann::json::array()));
    if (!authors.empty()) line += " | " + authors;
    line += " | " + record.value("path", "");
    out += fmt::format("     {}\n", line);
    if (!hit.snippet.empty()) out += fmt::format("     {}\n", hit.snippet);
  }
  return out;
}

}  // namespace news
