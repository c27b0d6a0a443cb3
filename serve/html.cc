#include "serve/html.h"

#include <fmt/format.h>

#include "common/strings.h"
#include "query/svg_chart.h"

namespace news::serve {

std::string param(const Params& params, std::string_view name) {
  for (const auto& [key, value] : params)
    if (key == name) return value;
  return "";
}

std::vector<std::string> params_named(const Params& params, std::string_view name) {
  std::vector<std::string> values;
  for (const auto& [key, value] : params)
    if (key == name) values.push_back(value);
  return values;
}

std::string escape_html(std::string_view text) {
  // Cleaned first (invalid UTF-8 replaced, control characters but tab and line feed dropped),
  // then the characters markup gives meaning to as entities, as the SVG charts write them.
  std::string clean;
  clean.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      if (byte >= 0x20 || byte == '\t' || byte == '\n') clean += static_cast<char>(byte);
      ++i;
      continue;
    }
    const std::size_t length = utf8_sequence_length(text, i);
    clean += length == 0 ? std::string_view("\xEF\xBF\xBD") : text.substr(i, length);  // U+FFFD
    i += length == 0 ? 1 : length;
  }
  return markup_entities(clean);
}

std::string url_encode(std::string_view text) {
  std::string out;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if ((byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') ||
        (byte >= '0' && byte <= '9') || byte == '-' || byte == '_' || byte == '.' || byte == '~') {
      out += c;
    } else {
      out += fmt::format("%{:02X}", byte);
    }
  }
  return out;
}

std::string href(std::string_view path, const Params& params) {
  std::string url(path);
  char separator = '?';
  for (const auto& [name, value] : params) {
    url += separator;
    url += url_encode(name);
    url += '=';
    url += url_encode(value);
    separator = '&';
  }
  return escape_html(url);
}

std::string safe_external_href(std::string_view url) {
  if (!starts_with_ci(url, "http://") && !starts_with_ci(url, "https://")) return "";
  return escape_html(url);
}

std::string highlighted(std::string_view snippet) {
  std::string out;
  bool open = false;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= snippet.size(); ++i) {
    const bool at_end = i == snippet.size();
    if (!at_end && snippet[i] != kHighlightStart[0] && snippet[i] != kHighlightEnd[0]) continue;
    out += escape_html(snippet.substr(start, i - start));
    if (!at_end) {
      const bool opening = snippet[i] == kHighlightStart[0];
      if (opening && !open) out += "<mark>";
      if (!opening && open) out += "</mark>";
      open = opening;
    }
    start = i + 1;
  }
  if (open) out += "</mark>";
  return out;
}

}  // namespace news::serve
