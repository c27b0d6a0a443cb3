// Rendering search results: a readable listing for people; JSON, JSON Lines, CSV, paths and counts
// for scripts (docs/json.md, with the JSON Schema in docs/schema/).
#pragma once

#include <array>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "query/enum_names.h"
#include "query/search.h"

namespace news {

// Version of the JSON result format; bumped when a change can break a consumer (a key changes
// meaning or type, or disappears). Keys added keep the version (docs/json.md).
inline constexpr int kResultsJsonVersion = 1;

enum class OutputFormat { kText, kJson, kJsonl, kCsv, kPaths, kCount };

// The names of the formats, as --format takes them.
inline constexpr std::array<EnumName<OutputFormat>, 6> kOutputFormatNames = {{
    {OutputFormat::kText, "text"},
    {OutputFormat::kJson, "json"},
    {OutputFormat::kJsonl, "jsonl"},
    {OutputFormat::kCsv, "csv"},
    {OutputFormat::kPaths, "paths"},
    {OutputFormat::kCount, "count"},
}};

// An ISO 8601 date of a record for reading: "2023-11-27T14:50+01:00" -> "2023-11-27 14:50+01:00";
// "(no date)" for an empty one.
std::string readable_date(std::string_view iso);

// Whether a format prints each hit on its own as it comes (jsonl, csv, paths), so that --all can
// stream every match without holding them; text and json print the results as one whole.
bool streams(OutputFormat format);

// One result as an object: {"rank", "score", "id", "path", "title", "authors", "published",
// "updated", "speakers", ["quotes",] "snippet"}; the items of "results", and the lines of --format
// jsonl.
nlohmann::ordered_json hit_to_json(const Hit& hit);

// {"version", "query", "total", "total_exact", "offset", "results": [hit_to_json...],
// "facets": {...}, ["histogram": {...}]}; every key is documented in docs/json.md.
nlohmann::ordered_json results_to_json(const SearchResults& results);

// `json` as text, as json.dump(indent) writes it (indent -1: one line), but that bytes which are
// not UTF-8 become U+FFFD (a query given in another encoding) and DEL and the C1 controls are
// escaped (escape_json_controls), so that the JSON is safe to print on a terminal. Every JSON
// output of news-query goes through it.
std::string dump_json(const nlohmann::ordered_json& json, int indent);

// results_to_json(results).dump(2) in three parts, so that a caller can print the results as they
// come: the head (every key before "results", and its opening bracket), each hit, and the tail
// (the closing bracket, then facets and histogram). head + hit(first) + hit + ... + tail(any) is
// byte for byte dump_json of the whole.
std::string json_head(const SearchResults& results);
std::string json_hit(const Hit& hit, bool first);
std::string json_tail(const SearchResults& results, bool any_hits);

// One text cell of a CSV row, guarded against CSV injection as OWASP recommends: a value starting
// with '=', '+', '-', '@', tab or carriage return, which a spreadsheet would read as a formula
// (=HYPERLINK(...), -2+3, @SUM(...)), gets a single quote in front ("'=HYPERLINK(...)"), which
// the spreadsheet shows as text. Then RFC 4180: a value with a comma, quote or line break is
// quoted, quotes doubled.
std::string csv_cell(std::string_view value);

// The CSV header and one row per hit (CRLF line ends, every text cell a csv_cell, multi-valued
// fields joined with "; " before; rank and score are numbers). With `query`, a first column holds
// the query (--batch).
std::string csv_header(bool with_query);
std::string hit_to_csv(const Hit& hit, const std::string* query = nullptr);

// How --format paths writes each path.
struct PathsStyle {
  char end = '\n';       // after each path: '\0' with --null, for names holding line feeds
  bool escaped = false;  // escape_controls on the path: stdout is a terminal, which a file name
                         // must not drive; otherwise the path's exact bytes (Hit::path)
};

// One line of a streaming format (jsonl, csv, paths) for a hit, its end included.
std::string hit_line(OutputFormat format, const Hit& hit, const std::string* query = nullptr,
                     const PathsStyle& paths = {});

// The text listing: a header line, then per hit its rank and title, a line with date, authors and
// path, and the snippet (for quote-level hits: who said it and the matching quotes), indented; then
// the facets and the histogram. Every text from the database or the query has its control
// characters escaped (escape_controls), and the path shows its bytes that are not UTF-8 as \xHH;
// the snippets come escaped from the search (SearchOptions::escape_controls), since their colour
// marks must stay raw.
std::string results_to_text(const SearchResults& results);

}  // namespace news
