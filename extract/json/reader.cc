#include "extract/json/reader.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cmath>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/core.h>

#include "common/strings.h"
#include "extract/text/reader.h"
#include "extract/text_decoding.h"

namespace news {
namespace {

using Json = nlohmann::json;

// The keys a dialect reads one field from, in order of preference: the first key present with a
// value other than null or a blank string wins. Unused entries are empty.
using Keys = std::array<std::string_view, 2>;

// One dialect as data: the keys that identify it and the keys each Article field comes from.
struct DialectSpec {
  JsonDialect dialect;
  std::string_view name;
  std::array<std::string_view, 6> markers;
  Keys title;
  Keys text;        // a string of paragraphs
  Keys paragraphs;  // an array of strings; wins over `text`
  Keys authors;
  Keys published;
  Keys updated;
  Keys url;
  Keys section;
  Keys outlet;
  Keys language;
  Keys standfirst;
};

// Checked in order; native, without markers, comes last and takes what the others do not.
constexpr DialectSpec kDialects[] = {
    {.dialect = JsonDialect::kNewsPlease,
     .name = "news-please",
     .markers = {"maintext", "date_publish", "date_modify", "source_domain"},
     .title = {"title"},
     .text = {"maintext"},
     .paragraphs = {},
     .authors = {"authors"},
     .published = {"date_publish"},
     .updated = {"date_modify"},
     .url = {"url"},
     .section = {},
     .outlet = {"source_domain"},
     .language = {"language"},
     .standfirst = {"description"}},
    {.dialect = JsonDialect::kNewspaper4k,
     .name = "newspaper4k",
     .markers = {"publish_date", "meta_lang", "meta_site_name", "meta_description", "source_url",
                 "canonical_link"},
     .title = {"title"},
     .text = {"text", "text_cleaned"},
     .paragraphs = {},
     .authors = {"authors"},
     .published = {"publish_date"},
     .updated = {},
     .url = {"url", "canonical_link"},
     .section = {},
     .outlet = {"meta_site_name"},
     .language = {"meta_lang", "language"},
     .standfirst = {"meta_description"}},
    {.dialect = JsonDialect::kNative,
     .name = "native",
     .markers = {},
     .title = {"title"},
     .text = {"text"},
     .paragraphs = {"paragraphs"},
     .authors = {"authors", "author"},
     .published = {"published"},
     .updated = {"updated"},
     .url = {"url"},
     .section = {"section"},
     .outlet = {"outlet"},
     .language = {"language"},
     .standfirst = {"standfirst"}},
};

const DialectSpec& spec_for(JsonDialect dialect) {
  for (const DialectSpec& spec : kDialects) {
    if (spec.dialect == dialect) return spec;
  }
  return kDialects[std::size(kDialects) - 1];
}

// Epoch values from here on are milliseconds: 10^11 seconds would be the year 5138.
constexpr double kEpochMillisecondsFrom = 1e11;
// parse_date's range, 1000-01-01T00:00Z to 9999-12-31T23:59:59Z, in epoch seconds.
constexpr double kEarliestEpochSeconds = -30610224000.0;
constexpr double kLatestEpochSeconds = 253402300799.0;
// How much of a bad value a warning quotes.
constexpr std::size_t kQuotedValueBytes = 60;

bool is_json_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The text with every run of whitespace and control characters (C0, DEL and C1) made one space,
// and none at either end: what a one-line field (title, name, url) holds, however the scraper
// wrapped it, and no escape sequence for a terminal.
std::string collapse_space(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7F || c == ' ') {
      pending_space = true;
      continue;
    }
    if (is_c1_control_at(text, i)) {
      pending_space = true;
      ++i;
      continue;
    }
    if (pending_space && !out.empty()) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

// At most `limit` bytes of valid UTF-8 text, never cutting a character in two.
std::string_view utf8_prefix(std::string_view text, std::size_t limit) {
  if (text.size() <= limit) return text;
  std::size_t end = limit;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

std::string_view type_name(const Json& value) {
  switch (value.type()) {
    case Json::value_t::object:
      return "an object";
    case Json::value_t::array:
      return "an array";
    case Json::value_t::boolean:
      return "a boolean";
    case Json::value_t::string:
      return "a string";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
      return "a number";
    default:
      return "null";
  }
}

// Paragraphs of a body text: split at blank lines, or, when `lines_without_blank_are_paragraphs`
// and there is no blank line, at every line break; each paragraph on one line.
void append_paragraphs(std::string_view text, bool lines_without_blank_are_paragraphs,
                       std::vector<std::string>& paragraphs) {
  text = trim(text);
  std::vector<std::string_view> lines;
  bool has_blank_line = !lines_without_blank_are_paragraphs;
  for (std::size_t start = 0; start <= text.size();) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    lines.push_back(text.substr(start, end - start));
    has_blank_line = has_blank_line || trim(lines.back()).empty();
    start = end + 1;
  }
  std::size_t chunk_start = 0;  // byte offset in `text` of the paragraph being gathered
  std::size_t offset = 0;
  for (const std::string_view line : lines) {
    const std::size_t line_end = offset + line.size();
    if (!has_blank_line || trim(line).empty()) {
      const std::size_t chunk_end = has_blank_line ? offset : line_end;
      std::string paragraph = collapse_space(text.substr(chunk_start, chunk_end - chunk_start));
      if (!paragraph.empty()) paragraphs.push_back(std::move(paragraph));
      chunk_start = line_end + 1;
    }
    offset = line_end + 1;
  }
  if (chunk_start < text.size()) {
    std::string paragraph = collapse_space(text.substr(chunk_start));
    if (!paragraph.empty()) paragraphs.push_back(std::move(paragraph));
  }
}

// A name that is an address rather than a person: a URL, an e-mail address, a bare domain name
// ("www.facebook.com", "cnn.com"). Initials ("J.R.R.") are not domains: a domain's first and last
// labels have two characters or more, and the last only letters.
bool is_address(std::string_view name) {
  if (name.find("://") != std::string_view::npos || starts_with_ci(name, "www.")) return true;
  if (std::any_of(name.begin(), name.end(), is_space)) return false;
  if (name.find('@') != std::string_view::npos || name.find('/') != std::string_view::npos)
    return true;
  const std::size_t first_dot = name.find('.');
  const std::size_t last_dot = name.rfind('.');
  if (first_dot == std::string_view::npos || first_dot < 2) return false;
  const std::string_view last_label = name.substr(last_dot + 1);
  const auto is_letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  const auto is_domain_char = [&](char c) {
    return is_letter(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
  };
  return last_label.size() >= 2 && std::all_of(last_label.begin(), last_label.end(), is_letter) &&
         std::all_of(name.begin(), name.end(), is_domain_char);
}

// Epoch seconds (or milliseconds, from 10^11) as a UTC date and time.
std::optional<DateTime> from_epoch(double value) {
  if (!std::isfinite(value)) return std::nullopt;
  if (std::fabs(value) >= kEpochMillisecondsFrom) value /= 1000;
  if (value < kEarliestEpochSeconds || value > kLatestEpochSeconds) return std::nullopt;
  const std::chrono::sys_seconds time{
      std::chrono::seconds{static_cast<long long>(std::floor(value))}};
  const auto day = std::chrono::floor<std::chrono::days>(time);
  const std::chrono::year_month_day ymd{day};
  const std::chrono::hh_mm_ss clock{time - day};
  DateTime date;
  date.year = static_cast<int>(ymd.year());
  date.month = static_cast<int>(static_cast<unsigned>(ymd.month()));
  date.day = static_cast<int>(static_cast<unsigned>(ymd.day()));
  date.hour = static_cast<int>(clock.hours().count());
  date.minute = static_cast<int>(clock.minutes().count());
  date.precision = DatePrecision::kMinute;
  date.utc_offset_minutes = 0;
  return date;
}

// Reads the fields of one record object, gathering the warnings as it goes.
class RecordReader {
 public:
  RecordReader(const Json& record, const JsonReaderOptions& options)
      : record_(record), options_(options) {}

  // The value of the first of `keys` present with a value, and which key that was. Null and blank
  // strings count as absent, so that the next key is tried (newspaper4k leaves meta_lang "" where
  // language has the code).
  std::pair<const Json*, std::string_view> find(const Keys& keys) const {
    for (const std::string_view key : keys) {
      if (key.empty()) continue;
      const auto it = record_.find(key);
      if (it == record_.end() || it->is_null()) continue;
      if (it->is_string() && trim(it->get_ref<const std::string&>()).empty()) continue;
      return {&*it, key};
    }
    return {nullptr, {}};
  }

  // A string value as valid UTF-8 without NULs or CRs, or a number's decimal text; nothing, with a
  // warning, for other types.
  std::optional<std::string> text(const Json& value, std::string_view key) {
    if (value.is_string()) {
      DecodedText decoded = decode_text(value.get_ref<const std::string&>());
      repaired_bytes_ += decoded.repaired_bytes;
      return std::move(decoded.text);
    }
    if (value.is_number()) return value.dump();
    if (!value.is_null()) {
      warnings_.push_back(fmt::format("'{}' is {}, not a string; ignored", key, type_name(value)));
    }
    return std::nullopt;
  }

  // A one-line field, whitespace collapsed; "" when absent.
  std::string line(const Keys& keys) {
    const auto [value, key] = find(keys);
    if (!value) return {};
    return collapse_space(text(*value, key).value_or(""));
  }

  // The first of `keys` that holds an absolute URL ("scheme://..."); other values are ignored with
  // a warning (newspaper4k's canonical_link is sometimes a bare number).
  std::string url(const Keys& keys) {
    for (const std::string_view key : keys) {
      if (key.empty()) continue;
      const auto [value, found] = find(Keys{key});
      if (!value) continue;
      std::string address = collapse_space(text(*value, found).value_or(""));
      if (address.empty()) continue;
      const std::size_t scheme_end = address.find("://");
      if (scheme_end != std::string::npos && scheme_end > 0 &&
          address.find(' ') == std::string::npos)
        return address;
      warnings_.push_back(fmt::format("'{}' is not a URL: \"{}\"; ignored", key,
                                      utf8_prefix(address, kQuotedValueBytes)));
    }
    return {};
  }

  std::vector<std::string> paragraphs(const DialectSpec& spec) {
    std::vector<std::string> result;
    if (const auto [value, key] = find(spec.paragraphs); value) {
      if (value->is_array()) {
        for (const Json& element : *value) {
          // An item is one paragraph, unless blank lines in it make several.
          if (auto part = text(element, key)) append_paragraphs(*part, false, result);
        }
        return result;
      }
      // A lone string where an array was expected is still the body.
      if (auto part = text(*value, key)) append_paragraphs(*part, true, result);
      return result;
    }
    const auto [value, key] = find(spec.text);
    if (value) {
      if (auto body = text(*value, key)) append_paragraphs(*body, true, result);
    }
    return result;
  }

  std::vector<std::string> authors(const Keys& keys) {
    const auto [value, key] = find(keys);
    std::vector<std::string> names;
    if (!value) return names;
    if (value->is_array()) {
      for (const Json& element : *value) add_name(element, key, names);
    } else if (value->is_string()) {
      const std::string byline = collapse_space(text(*value, key).value_or(""));
      names = parse_byline(byline);
      // parse_byline wants two words or more to a name; a lone one ("Reuters") stays whole.
      if (names.empty()) {
        std::string_view whole = byline;
        if (starts_with_ci(whole, "by ")) whole = trim(whole.substr(3));
        names.emplace_back(whole);
      }
    } else {
      add_name(*value, key, names);
    }
    return clean_names(std::move(names));
  }

  std::optional<DateTime> date(const Keys& keys) {
    const auto [value, key] = find(keys);
    if (!value) return std::nullopt;
    if (value->is_number()) {
      auto date = from_epoch(value->get<double>());
      if (!date) warnings_.push_back(fmt::format("'{}' is not a date: {}", key, value->dump()));
      return date;
    }
    if (!value->is_string()) {
      warnings_.push_back(fmt::format("'{}' is {}, not a date; ignored", key, type_name(*value)));
      return std::nullopt;
    }
    const std::string raw = text(*value, key).value_or("");
    const std::string_view trimmed = trim(raw);
    if (trimmed.empty()) return std::nullopt;
    if (auto date = parse_date(trimmed, options_.dates)) return date;
    // parse_date reads eight digits as YYYYMMDD; longer runs of digits are epoch values.
    if (trimmed.size() >= 9 && trimmed.size() <= 15 &&
        std::all_of(trimmed.begin(), trimmed.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      long long number = 0;
      std::from_chars(trimmed.data(), trimmed.data() + trimmed.size(), number);
      if (auto date = from_epoch(static_cast<double>(number))) return date;
    }
    warnings_.push_back(fmt::format("'{}' is not a date: \"{}\"", key,
                                    utf8_prefix(collapse_space(trimmed), kQuotedValueBytes)));
    return std::nullopt;
  }

  // Standfirst lines: a string or an array of strings, one line each.
  std::vector<std::string> lines(const Keys& keys) {
    // Not a structured binding: clang 14 (the fuzz build) cannot capture one in a lambda.
    const std::pair<const Json*, std::string_view> found = find(keys);
    const Json* value = found.first;
    const std::string_view key = found.second;
    std::vector<std::string> result;
    if (!value) return result;
    const auto add = [&](const Json& element) {
      std::string one = collapse_space(text(element, key).value_or(""));
      if (!one.empty()) result.push_back(std::move(one));
    };
    if (value->is_array()) {
      for (const Json& element : *value) add(element);
    } else {
      add(*value);
    }
    return result;
  }

  // The warnings gathered, the UTF-8 repair first, worded as load_article words it.
  std::vector<std::string> take_warnings() {
    if (repaired_bytes_ > 0) {
      warnings_.insert(warnings_.begin(), repair_warning(repaired_bytes_));
    }
    return std::move(warnings_);
  }

 private:
  // One author: a string, or an object's "name".
  void add_name(const Json& value, std::string_view key, std::vector<std::string>& names) {
    if (value.is_object()) {
      const auto name = value.find("name");
      if (name != value.end() && !name->is_null()) add_name(*name, key, names);
      return;
    }
    if (auto name = text(value, key)) names.push_back(collapse_space(*name));
  }

  static std::vector<std::string> clean_names(std::vector<std::string> names) {
    std::vector<std::string> kept;
    std::set<std::string> seen;
    for (auto& name : names) {
      if (name.empty() || is_address(name)) continue;
      if (!seen.insert(lower_ascii(name)).second) continue;
      kept.push_back(std::move(name));
    }
    return kept;
  }

  const Json& record_;
  const JsonReaderOptions& options_;
  std::vector<std::string> warnings_;
  std::size_t repaired_bytes_ = 0;
};

// True when the body already begins with the standfirst (news-please's description is often the
// first sentences of the text), which would only repeat it. A trailing ellipsis is ignored.
bool body_begins_with(const std::vector<std::string>& paragraphs, std::string_view standfirst) {
  for (std::string_view ellipsis : {"...", "\xE2\x80\xA6"}) {
    if (standfirst.ends_with(ellipsis)) standfirst.remove_suffix(ellipsis.size());
  }
  standfirst = trim(standfirst);
  std::string body;
  for (const auto& paragraph : paragraphs) {
    if (body.size() >= standfirst.size()) break;
    if (!body.empty()) body += ' ';
    body += paragraph;
  }
  return !standfirst.empty() && std::string_view(body).starts_with(standfirst);
}

std::string_view first_non_space(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && is_json_space(text[i])) ++i;
  return text.substr(i);
}

// nlohmann's exception as our message: "invalid JSON at line 3, column 5: syntax error ...", or
// "invalid JSON: number overflow parsing '1e400'" (out_of_range, which is no parse_error). Within
// one line of JSON Lines the line is the record's own, so only the column is given.
std::string parse_error_message(const Json::exception& error, bool one_line) {
  // nlohmann quotes the bytes it last read, which can stop inside a UTF-8 character; the message
  // must stay valid UTF-8 for whoever prints it as JSON.
  const std::string valid = decode_text(error.what()).text;
  std::string_view what = valid;
  // "[json.exception.parse_error.101] parse error at line 1, column 5: ..."
  if (what.starts_with("[json.exception."))
    what.remove_prefix(std::min(what.find("] ") + 2, what.size()));
  constexpr std::string_view kLead = "parse error";
  if (!what.starts_with(kLead)) return fmt::format("invalid JSON: {}", what);
  const std::string_view detail = what.substr(kLead.size());
  constexpr std::string_view kFirstLine = " at line 1, ";
  if (one_line && detail.starts_with(kFirstLine)) {
    return fmt::format("invalid JSON at {}", detail.substr(kFirstLine.size()));
  }
  return fmt::format("invalid JSON{}", detail);
}

// The record of one parsed value, numbered and keyed: the url, else its place_key.
JsonFileRecord make_record(const Json& value, std::size_t number, JsonFileKind kind,
                           const JsonReaderOptions& options) {
  JsonRecordResult read = read_json_record(value, options);
  JsonFileRecord record;
  record.number = number;
  record.error = std::move(read.error);
  record.article = std::move(read.article);
  record.key = record.article && !record.article->url.empty() ? record.article->url
                                                              : place_key(kind, number);
  return record;
}

// Whether any line of `text` is a JSON object on its own: what tells JSON Lines with a broken
// line from one pretty-printed object with a syntax error.
bool has_object_line(std::string_view text) {
  for (std::size_t start = 0; start < text.size();) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    const std::string_view line = text.substr(start, end - start);
    if (first_non_space(line).starts_with('{') && Json::accept(line)) return true;
    start = end + 1;
  }
  return false;
}

// Array and single-object files; false when the buffer should be read as JSON Lines instead.
bool read_whole(std::string_view bytes, char first, const JsonReaderOptions& options,
                JsonFileResult& result) {
  const DecodedText decoded = decode_text(bytes);
  result.kind = first == '[' ? JsonFileKind::kArray : JsonFileKind::kObject;
  Json value;
  try {
    value = Json::parse(decoded.text);
  } catch (const Json::exception& error) {
    if (first == '{' && has_object_line(decoded.text)) return false;
    result.error = parse_error_message(error, false);
    return true;
  }
  if (value.is_array()) {
    for (std::size_t i = 0; i < value.size(); ++i) {
      result.records.push_back(make_record(value[i], i + 1, JsonFileKind::kArray, options));
    }
  } else {
    const std::string_view text = decoded.text;
    const std::size_t start = text.size() - first_non_space(text).size();
    const auto line =
        static_cast<std::size_t>(std::count(text.begin(), text.begin() + start, '\n')) + 1;
    result.records.push_back(make_record(value, line, JsonFileKind::kObject, options));
  }
  if (decoded.repaired_bytes > 0) {
    for (auto& record : result.records) {
      if (record.article) {
        record.article->warnings.insert(record.article->warnings.begin(),
                                        repair_warning(decoded.repaired_bytes));
      }
    }
  }
  return true;
}

// A url that an earlier record of the file already gave would give two articles one id: the later
// record is keyed by its place instead, with a warning.
void make_keys_unique(JsonFileResult& result) {
  std::set<std::string, std::less<>> keys;
  for (auto& record : result.records) {
    if (keys.insert(record.key).second) continue;
    record.key = place_key(result.kind, record.number);
    keys.insert(record.key);
    if (record.article) {
      record.article->warnings.push_back(
          fmt::format("url also given by an earlier record; keyed as {}", record.key));
    }
  }
}

}  // namespace

std::string_view dialect_name(JsonDialect dialect) {
  return spec_for(dialect).name;
}

JsonDialect detect_json_dialect(const nlohmann::json& record) {
  if (!record.is_object()) return JsonDialect::kNative;
  for (const DialectSpec& spec : kDialects) {
    for (const std::string_view marker : spec.markers) {
      if (!marker.empty() && record.contains(marker)) return spec.dialect;
    }
  }
  return JsonDialect::kNative;
}

JsonRecordResult read_json_record(const nlohmann::json& record, const JsonReaderOptions& options) {
  JsonRecordResult result;
  if (!record.is_object()) {
    result.error = "not a JSON object";
    return result;
  }
  result.dialect = detect_json_dialect(record);
  const DialectSpec& spec = spec_for(result.dialect);
  RecordReader reader(record, options);

  Article article;
  article.format = "json";
  article.title = reader.line(spec.title);
  article.paragraphs = reader.paragraphs(spec);
  if (article.title.empty() && article.paragraphs.empty()) {
    result.error = "no title or text";
    return result;
  }
  article.url = reader.url(spec.url);
  article.authors = reader.authors(spec.authors);
  article.published = reader.date(spec.published);
  article.updated = reader.date(spec.updated);
  article.section = reader.line(spec.section);
  article.outlet = reader.line(spec.outlet);
  article.language = reader.line(spec.language);
  for (auto& line : reader.lines(spec.standfirst)) {
    if (!body_begins_with(article.paragraphs, line)) article.standfirst.push_back(std::move(line));
  }
  article.warnings = reader.take_warnings();
  result.article = std::move(article);
  return result;
}

std::string place_key(JsonFileKind kind, std::size_t number) {
  return fmt::format("{}:{}", kind == JsonFileKind::kArray ? "item" : "line", number);
}

std::optional<JsonFileRecord> read_jsonl_line(std::string_view line, std::size_t line_number,
                                              const JsonReaderOptions& options) {
  const DecodedText decoded = decode_text(line);
  if (trim(decoded.text).empty()) return std::nullopt;
  Json value;
  try {
    value = Json::parse(decoded.text);
  } catch (const Json::exception& error) {
    JsonFileRecord record;
    record.number = line_number;
    record.key = place_key(JsonFileKind::kLines, line_number);
    record.error = parse_error_message(error, true);
    return record;
  }
  JsonFileRecord record = make_record(value, line_number, JsonFileKind::kLines, options);
  if (record.article && decoded.repaired_bytes > 0) {
    record.article->warnings.insert(record.article->warnings.begin(),
                                    repair_warning(decoded.repaired_bytes));
  }
  return record;
}

JsonFileResult read_json_file(std::string_view bytes, const JsonReaderOptions& options) {
  JsonFileResult result;
  std::string_view content = bytes;
  if (content.starts_with("\xEF\xBB\xBF")) content.remove_prefix(3);
  const std::string_view start = first_non_space(content);
  if (!start.empty() && (start.front() == '[' || start.front() == '{') &&
      read_whole(bytes, start.front(), options, result)) {
    make_keys_unique(result);
    return result;
  }

  result.kind = JsonFileKind::kLines;
  std::size_t number = 1;
  for (std::size_t begin = 0; begin < bytes.size(); ++number) {
    std::size_t end = bytes.find_first_of("\r\n", begin);
    if (end == std::string_view::npos) end = bytes.size();
    std::optional<JsonFileRecord> record =
        read_jsonl_line(bytes.substr(begin, end - begin), number, options);
    begin = end + (bytes.substr(end, 2) == "\r\n" ? 2 : 1);
    if (record) result.records.push_back(std::move(*record));
  }
  make_keys_unique(result);
  return result;
}

}  // namespace news
