#include "query/output.h"

#include <algorithm>

#include <fmt/format.h>

#include "common/safe_output.h"

namespace news {

namespace {

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

std::string readable_date(std::string_view iso) {
  if (iso.empty()) return "(no date)";
  std::string date(iso);
  if (date.size() > 10 && date[10] == 'T') date[10] = ' ';
  return date;
}

bool streams(OutputFormat format) {
  return format == OutputFormat::kJsonl || format == OutputFormat::kCsv ||
         format == OutputFormat::kPaths;
}

nlohmann::ordered_json hit_to_json(const Hit& hit) {
  const auto& record = hit.record;
  nlohmann::ordered_json speakers = hit.speakers;
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
      const std::string affiliation = match.value("affiliation", "");
      said.push_back({{"speaker", match.value("speaker", "")},
                      {"affiliation", affiliation.empty() ? nlohmann::ordered_json(nullptr)
                                                          : nlohmann::ordered_json(affiliation)},
                      {"quotes", quotes}});
    }
    entry["quotes"] = said;
  }
  if (hit.copies > 0) entry["copies"] = hit.copies;  // with --collapse only
  entry["snippet"] = hit.snippet;
  return entry;
}

std::string dump_json(const nlohmann::ordered_json& json, int indent) {
  return escape_json_controls(
      json.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
}

nlohmann::ordered_json results_to_json(const SearchResults& results) {
  nlohmann::ordered_json hits = nlohmann::ordered_json::array();
  for (const auto& hit : results.hits) hits.push_back(hit_to_json(hit));
  nlohmann::ordered_json facets = nlohmann::ordered_json::object();
  for (const auto& facet : results.facets) {
    nlohmann::ordered_json counts = nlohmann::ordered_json::array();
    for (const auto& count : facet.counts) {
      nlohmann::ordered_json item = {{"value", count.value}, {"count", count.count}};
      if (!count.person.empty()) item["person"] = count.person;
      counts.push_back(std::move(item));
    }
    facets[std::string(facet_name(facet.field))] = counts;
  }
  nlohmann::ordered_json json = {
      {"version", kResultsJsonVersion},
      {"query", results.query},
      {"total", results.total},
      {"total_exact", results.total_exact},
      {"offset", results.offset},
      {"did_you_mean", results.did_you_mean.empty() ? nlohmann::ordered_json()
                                                    : nlohmann::ordered_json(results.did_you_mean)},
      {"results", hits},
      {"facets", facets}};
  if (results.histogram) {
    nlohmann::ordered_json counts = nlohmann::ordered_json::array();
    for (const auto& bucket : results.histogram->buckets)
      counts.push_back(
          {{"period", bucket.period}, {"start", bucket.start}, {"count", bucket.count}});
    json["histogram"] = {{"interval", std::string(interval_name(results.histogram->interval))},
                         {"counts", counts},
                         {"undated", results.histogram->undated}};
  }
  return json;
}

namespace {

// Where a dump(2) of results_to_json without hits puts "results"; a string value cannot hold the
// raw newline, so this is the key.
constexpr std::string_view kResultsKey = "\n  \"results\": [";

std::pair<std::string, std::string> split_at_results(const SearchResults& results) {
  SearchResults without_hits;
  without_hits.query = results.query;
  without_hits.total = results.total;
  without_hits.total_exact = results.total_exact;
  without_hits.offset = results.offset;
  without_hits.facets = results.facets;
  without_hits.histogram = results.histogram;
  without_hits.did_you_mean = results.did_you_mean;
  const std::string whole = dump_json(results_to_json(without_hits), 2);
  const std::size_t at = whole.find(kResultsKey) + kResultsKey.size();
  return {whole.substr(0, at), whole.substr(at + 1)};  // past the empty array's ']'
}

}  // namespace

std::string json_head(const SearchResults& results) {
  return split_at_results(results).first;
}

std::string json_hit(const Hit& hit, bool first) {
  std::string item = dump_json(hit_to_json(hit), 2);
  std::string out = first ? "\n    " : ",\n    ";
  for (char c : item) {
    out += c;
    if (c == '\n') out += "    ";
  }
  return out;
}

std::string json_tail(const SearchResults& results, bool any_hits) {
  return (any_hits ? "\n  ]" : "]") + split_at_results(results).second;
}

namespace {

std::string joined_with(const nlohmann::json& names, std::string_view separator) {
  std::string out;
  if (!names.is_array()) return out;
  for (const auto& name : names) {
    if (!out.empty()) out += separator;
    out += name.is_string() ? name.get<std::string>() : name.dump();
  }
  return out;
}

std::string string_or_empty(const nlohmann::ordered_json& value) {
  return value.is_string() ? value.get<std::string>() : "";
}

}  // namespace

std::string csv_cell(std::string_view value) {
  // OWASP's list: what makes a spreadsheet read a cell as a formula (tab and carriage return
  // because some programs skip them before looking for one).
  constexpr std::string_view kFormulaStarts = "=+-@\t\r";
  std::string text = !value.empty() && kFormulaStarts.find(value.front()) != std::string_view::npos
                         ? "'" + std::string(value)
                         : std::string(value);
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string csv_header(bool with_query) {
  return std::string(with_query ? "query," : "") +
         "rank,score,id,path,title,authors,published,updated,speakers\r\n";
}

std::string hit_to_csv(const Hit& hit, const std::string* query) {
  const nlohmann::ordered_json json = hit_to_json(hit);
  std::string row = query ? csv_cell(*query) + "," : "";
  row += fmt::format(
      "{},{},{},{},{},{},{},{},{}\r\n", hit.rank, hit.score, csv_cell(string_or_empty(json["id"])),
      csv_cell(string_or_empty(json["path"])), csv_cell(string_or_empty(json["title"])),
      csv_cell(joined_with(json["authors"], "; ")), csv_cell(string_or_empty(json["published"])),
      csv_cell(string_or_empty(json["updated"])), csv_cell(joined_with(json["speakers"], "; ")));
  return row;
}

std::string hit_line(OutputFormat format, const Hit& hit, const std::string* query,
                     const PathsStyle& paths) {
  switch (format) {
    case OutputFormat::kCsv:
      return hit_to_csv(hit, query);
    case OutputFormat::kPaths:
      return (paths.escaped ? escape_controls(hit.path) : hit.path) + paths.end;
    default:
      break;
  }
  nlohmann::ordered_json json = hit_to_json(hit);
  if (query) json["query"] = *query;
  return dump_json(json, -1) + "\n";
}

namespace {

std::string facets_to_text(const SearchResults& results) {
  std::string out;
  for (const auto& facet : results.facets) {
    out += fmt::format("\n{} ({} distinct):\n", facet_name(facet.field), facet.distinct);
    for (const auto& count : facet.counts)
      out += fmt::format("  {:>6}  {}\n", count.count, escape_controls(count.value));
  }
  if (results.histogram) {
    const Histogram& histogram = *results.histogram;
    std::size_t most = 0;
    for (const auto& bucket : histogram.buckets) most = std::max(most, bucket.count);
    out += fmt::format("\nper {}:\n", interval_name(histogram.interval));
    // A bar of up to 40 '#' scaled to the largest count; any non-zero count shows one.
    for (const auto& bucket : histogram.buckets) {
      const std::size_t bar = most == 0 ? 0 : (bucket.count * 40 + most - 1) / most;
      out +=
          fmt::format("  {:<10}  {:>6}  {}\n", bucket.period, bucket.count, std::string(bar, '#'));
    }
    if (histogram.undated > 0)
      out += fmt::format("  {:<10}  {:>6}\n", "undated", histogram.undated);
  }
  return out;
}

std::string hit_to_text(const Hit& hit) {
  const auto& record = hit.record;
  const nlohmann::json published = record.value("published", nlohmann::json());
  std::string line = readable_date(published.is_string() ? published.get<std::string>() : "");
  const std::string authors = joined(record.value("authors", nlohmann::json::array()));
  if (!authors.empty()) line += " | " + escape_controls(authors);
  // The exact bytes, so that a name that is not UTF-8 shows them (\xe9) rather than U+FFFD.
  line += " | " + escape_controls(hit.path.empty() ? record.value("path", "") : hit.path);
  if (hit.copies > 1) line += fmt::format(" | {} copies", hit.copies);
  std::string out = fmt::format("\n{:>3}. {}\n     {}\n", hit.rank,
                                escape_controls(record.value("title", "")), line);
  if (hit.quote.is_null()) {
    if (!hit.snippet.empty()) out += fmt::format("     {}\n", hit.snippet);
    return out;
  }
  // Quote-level hits: who said it, then the snippet of the matching quotes.
  std::string speakers;
  for (const auto& match : hit.quote)
    speakers += (speakers.empty() ? "" : ", ") + match.value("speaker", "");
  out += fmt::format("     {}: \"{}\"\n", escape_controls(speakers), hit.snippet);
  return out;
}

}  // namespace

std::string results_to_text(const SearchResults& results) {
  // The query comes from the command line or a --batch file, and the correction from the index.
  const std::string query = escape_controls(results.query);
  std::string out = results.did_you_mean.empty()
                        ? std::string()
                        : fmt::format("Did you mean: {}\n", escape_controls(results.did_you_mean));
  if (!results.note.empty()) out += fmt::format("({})\n", results.note);
  if (results.hits.empty()) {
    if (results.total == 0) {
      out += fmt::format("No articles match '{}'.\n", query);
    } else {
      const std::string count =
          fmt::format("{}{} {} '{}'", results.total_exact ? "" : "about ", results.total,
                      results.total == 1 ? "article matches" : "articles match", query);
      // At offset 0 only --limit 0 shows no hit: the count (and facets) is what was asked for.
      out += results.offset == 0 ? count + ".\n"
                                 : fmt::format("{}; none at offset {}.\n", count, results.offset);
    }
    return out + facets_to_text(results);
  }
  const bool one = results.total == 1;
  out += fmt::format("{}{} {} '{}'; showing {}-{}.\n", results.total_exact ? "" : "about ",
                     results.total, one ? "article matches" : "articles match", query,
                     results.hits.front().rank, results.hits.back().rank);
  for (const auto& hit : results.hits) out += hit_to_text(hit);
  return out + facets_to_text(results);
}

}  // namespace news
