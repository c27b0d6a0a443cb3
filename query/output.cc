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
    nlohmann::ordered_json speakers = nlohmann::ordered_json::array();
    for (const auto& person : record.value("people", nlohmann::json::array()))
      speakers.push_back(person.value("name", ""));
    nlohmann::ordered_json entry = {{"rank", hit.rank},
                                    {"score", hit.score},
                                    {"id", record.value("id", "")},
                                    {"path", record.value("path", "")},
                                    {"title", record.value("title", "")},
                                    {"authors", record.value("authors", nlohmann::json::array())},
                                    {"published", record.value("published", nlohmann::json())},
                                    {"updated", record.value("updated", nlohmann::json())},
                                    {"speakers", speakers}};
    if (!hit.quote.is_null()) {
      nlohmann::ordered_json said = nlohmann::ordered_json::array();
      for (const auto& match : hit.quote) {
        nlohmann::ordered_json quotes = nlohmann::ordered_json::array();
        for (const auto& quote : match["quotes"])
          quotes.push_back(
              {{"text", quote.value("text", "")}, {"direct", quote.value("direct", true)}});
        said.push_back({{"speaker", match.value("speaker", "")}, {"quotes", quotes}});
      }
      entry["quotes"] = said;
    }
    if (results.collapsed) entry["copies"] = hit.copies;
    entry["snippet"] = hit.snippet;
    hits.push_back(std::move(entry));
  }
  nlohmann::ordered_json facets = nlohmann::ordered_json::object();
  for (const auto& facet : results.facets) {
    nlohmann::ordered_json counts = nlohmann::ordered_json::array();
    for (const auto& count : facet.counts)
      counts.push_back({{"value", count.value}, {"count", count.count}});
    facets[std::string(facet_name(facet.field))] = counts;
  }
  return {{"version", kResultsJsonVersion},
          {"query", results.query},
          {"total", results.total},
          {"total_exact", results.total_exact},
          {"offset", results.offset},
          {"results", hits},
          {"facets", facets}};
}

namespace {

std::string facets_to_text(const SearchResults& results) {
  std::string out;
  for (const auto& facet : results.facets) {
    out += fmt::format("\n{} ({} distinct):\n", facet_name(facet.field), facet.distinct);
    for (const auto& count : facet.counts)
      out += fmt::format("  {:>6}  {}\n", count.count, count.value);
  }
  return out;
}

std::string hit_to_text(const Hit& hit) {
  const auto& record = hit.record;
  std::string line = readable_date(record.value("published", nlohmann::json()));
  const std::string authors = joined(record.value("authors", nlohmann::json::array()));
  if (!authors.empty()) line += " | " + authors;
  line += " | " + record.value("path", "");
  if (hit.copies > 1) line += fmt::format(" | {} copies", hit.copies);
  std::string out =
      fmt::format("\n{:>3}. {}\n     {}\n", hit.rank, record.value("title", ""), line);
  if (hit.quote.is_null()) {
    if (!hit.snippet.empty()) out += fmt::format("     {}\n", hit.snippet);
    return out;
  }
  // Quote-level hits: who said it, then the snippet of the matching quotes.
  std::string speakers;
  for (const auto& match : hit.quote)
    speakers += (speakers.empty() ? "" : ", ") + match.value("speaker", "");
  out += fmt::format("     {}: \"{}\"\n", speakers, hit.snippet);
  return out;
}

}  // namespace

std::string results_to_text(const SearchResults& results) {
  std::string out;
  if (results.hits.empty()) {
    out = results.total == 0 ? fmt::format("No articles match '{}'.\n", results.query)
                             : fmt::format("{} articles match '{}'; none at offset {}.\n",
                                           results.total, results.query, results.offset);
    return out + facets_to_text(results);
  }
  const bool one = results.total == 1;
  out = fmt::format("{}{} {} '{}'; showing {}-{}.\n", results.total_exact ? "" : "about ",
                    results.total, one ? "article matches" : "articles match", results.query,
                    results.hits.front().rank, results.hits.back().rank);
  for (const auto& hit : results.hits) out += hit_to_text(hit);
  return out + facets_to_text(results);
}

}  // namespace news
