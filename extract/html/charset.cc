#include "extract/html/charset.h"

#include <iconv.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <optional>
#include <set>

#include "common/strings.h"
#include "extract/text_decoding.h"

namespace news::html {

namespace {

// The charset declaration is looked for in this much of the page.
constexpr std::size_t kCharsetSniffBytes = 65536;

enum class CharsetFamily { kNone, kUtf8, kWestern, kUtf16, kOther };

CharsetFamily charset_family(const std::string& label) {
  if (label.empty()) return CharsetFamily::kNone;
  if (label == "utf-8" || label == "utf8" || label == "unicode-1-1-utf-8")
    return CharsetFamily::kUtf8;
  static const std::set<std::string> kWestern = {
      "windows-1252", "cp1252",  "x-cp1252",   "iso-8859-1", "iso8859-1", "iso_8859-1",
      "latin1",       "latin-1", "l1",         "us-ascii",   "ascii",     "cp819",
      "ibm819",       "ansi",    "iso-ir-100", "csisolatin1"};
  if (kWestern.contains(label)) return CharsetFamily::kWestern;
  if (label.starts_with("utf-16") || label == "unicode" || label == "ucs-2")
    return CharsetFamily::kUtf16;
  return CharsetFamily::kOther;
}

// The charset named by an XML declaration or a <meta> tag in the first part of the page, lower
// case, or "".
std::string sniff_charset(std::string_view bytes) {
  const std::string_view head = bytes.substr(0, std::min(bytes.size(), kCharsetSniffBytes));
  const auto read_value = [&](std::size_t at) {
    while (at < head.size() &&
           (is_space(head[at]) || head[at] == '=' || head[at] == '"' || head[at] == '\''))
      ++at;
    std::string value;
    while (at < head.size() && value.size() < 40 &&
           (std::isalnum(static_cast<unsigned char>(head[at])) || head[at] == '-' ||
            head[at] == '_' || head[at] == '.' || head[at] == ':'))
      value += static_cast<char>(std::tolower(static_cast<unsigned char>(head[at++])));
    return value;
  };
  if (starts_with_ci(head, "<?xml")) {
    const std::size_t end = head.find("?>");
    const std::size_t at = find_ci(head, "encoding");
    if (at != std::string::npos && at < end) {
      std::string value = read_value(at + 8);
      if (!value.empty()) return value;
    }
  }
  for (std::size_t at = find_ci(head, "<meta"); at != std::string::npos;
       at = find_ci(head, "<meta", at + 5)) {
    const std::size_t end = head.find('>', at);
    const std::string_view tag =
        head.substr(at, end == std::string::npos ? std::string::npos : end - at);
    const std::size_t charset = find_ci(tag, "charset");
    if (charset == std::string_view::npos) continue;
    std::string value = read_value(at + charset + 7);
    if (!value.empty()) return value;
  }
  return {};
}

// Converts `bytes` from `charset` to UTF-8 with iconv; a byte iconv cannot convert is decoded as
// Windows-1252 and counted. Nothing if iconv does not know the charset.
std::optional<DecodedText> convert_with_iconv(std::string_view bytes, const std::string& charset) {
  iconv_t cd = iconv_open("UTF-8", charset.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
  DecodedText result;
  std::string& out = result.text;
  out.reserve(bytes.size() * 2);
  std::array<char, 8192> buffer{};
  std::size_t i = 0;
  while (i < bytes.size()) {
    char* in = const_cast<char*>(bytes.data() + i);
    std::size_t in_left = bytes.size() - i;
    char* dest = buffer.data();
    std::size_t dest_left = buffer.size();
    const std::size_t rc = iconv(cd, &in, &in_left, &dest, &dest_left);
    out.append(buffer.data(), buffer.size() - dest_left);
    i = bytes.size() - in_left;
    if (rc != static_cast<std::size_t>(-1)) continue;
    if (errno == E2BIG) continue;
    // EILSEQ or EINVAL (a sequence cut short at the end): take one byte as Windows-1252.
    const DecodedText one = decode_text(bytes.substr(i, 1));
    out += one.text;
    ++result.repaired_bytes;
    ++i;
    iconv(cd, nullptr, nullptr, nullptr, nullptr);
  }
  iconv_close(cd);
  // What iconv produced is UTF-8; this drops NULs and guards against a converter's surprises.
  DecodedText checked = decode_text(out);
  checked.repaired_bytes += result.repaired_bytes;
  return checked;
}

}  // namespace

PageText decode_page(std::string_view bytes) {
  PageText page;
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
    const std::string charset = bytes.starts_with("\xFF\xFE") ? "UTF-16LE" : "UTF-16BE";
    if (auto converted = convert_with_iconv(bytes.substr(2), charset)) {
      page.text = std::move(converted->text);
      page.warnings.push_back("charset " + lower_ascii(charset) + " decoded");
      return page;
    }
  }
  DecodedText as_utf8 = decode_text(bytes);
  const std::string declared = sniff_charset(bytes);
  const CharsetFamily family = charset_family(declared);
  if (as_utf8.repaired_bytes == 0) {
    const bool non_ascii = std::any_of(bytes.begin(), bytes.end(), [](char c) { return c & 0x80; });
    if (non_ascii && (family == CharsetFamily::kOther || family == CharsetFamily::kWestern)) {
      page.warnings.push_back("charset " + declared +
                              " declared, but the page is valid UTF-8: read as UTF-8");
    }
    page.text = std::move(as_utf8.text);
    return page;
  }
  if (family == CharsetFamily::kOther) {
    if (auto converted = convert_with_iconv(bytes, declared)) {
      page.text = std::move(converted->text);
      std::string warning = "charset " + declared + " decoded";
      if (converted->repaired_bytes > 0)
        warning += "; " + std::to_string(converted->repaired_bytes) +
                   " invalid bytes decoded as Windows-1252";
      page.warnings.push_back(std::move(warning));
      return page;
    }
    page.warnings.push_back("unknown charset " + declared + ": read as UTF-8");
  }
  if (family == CharsetFamily::kWestern) {
    page.warnings.push_back("charset " + declared + " decoded");
  } else {
    page.warnings.push_back(repair_warning(as_utf8.repaired_bytes));
  }
  page.text = std::move(as_utf8.text);
  return page;
}

}  // namespace news::html
