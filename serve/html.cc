#include "serve/html.h"

#include <fmt/format.h>

#include "common/strings.h"

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
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte >= 0x80) {
      const std::size_t length = utf8_sequence_length(text, i);
      if (length == 0) {
        out += "\xEF\xBF\xBD";  // U+FFFD
        ++i;
      } else {
        out.append(text.substr(i, length));
        i += length;
      }
      continue;
    }
    switch (byte) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        if (byte >= 0x20 || byte == '\t' || byte == '\n') out += static_cast<char>(byte);
    }
    ++i;
  }
  return out;
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
