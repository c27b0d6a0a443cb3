#include "extract/text/reader.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

#include "common/strings.h"

namespace news {

namespace {

// The header block (captions, byline, dates) sits in the first lines; past these, a line that looks
// like a byline is body text.
constexpr std::size_t kMaxHeaderLines = 20;
// Captions and standfirsts are short; a longer line is body, so the header block cannot reach past
// it.
constexpr std::size_t kMaxHeaderLineBytes = 300;
// A boilerplate marker ends the body only in the last part of the article (the last third, or the
// last few paragraphs of a short one), so "Read more" inside a long story is not taken for a tail.
constexpr std::size_t kTailMinParagraphs = 4;
// Hard-wrapped text wraps at 72-80 columns; a longer line is a paragraph of its own.
constexpr std::size_t kMaxWrappedLineBytes = 100;

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) {
      lines.push_back(text.substr(start));
      break;
    }
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

// Words that make a byline part a role, an outlet or a desk rather than a person's name.
constexpr std::array<std::string_view, 24> kBylineNonNameWords = {
    "correspondent", "editor",    "reporter",   "reporters", "staff",  "writer",
    "writers",       "news",      "agency",     "agencies",  "press",  "desk",
    "contributor",   "columnist", "analyst",    "team",      "online", "digital",
    "service",       "bureau",    "associated", "reuters",   "wire",   "afp"};

// Lowercase particles allowed inside a personal name (Ludwig van Beethoven, Ana de la Cruz).
constexpr std::array<std::string_view, 14> kNameParticles = {
    "de", "da", "del", "della", "der", "di", "du", "la", "le", "van", "von", "bin", "al", "y"};

bool is_all_caps_word(std::string_view word) {
  bool any_letter = false;
  for (char c : word) {
    if (std::islower(static_cast<unsigned char>(c))) return false;
    if (std::isalpha(static_cast<unsigned char>(c))) any_letter = true;
  }
  return any_letter;
}

std::string title_case(std::string_view word) {
  std::string out = lower_ascii(word);
  bool start = true;
  for (char& c : out) {
    if (start && std::isalpha(static_cast<unsigned char>(c)))
      c = static_cast<char>(std::toupper(c));
    start = (c == '-' || c == '\'' || c == '.');
  }
  return out;
}

// Returns the name in canonical spacing (and title case if written in capitals), or nothing if the
// part does not look like a person's name. A single word is not taken for a name: after a comma in
// a byline it is far more often a place or an outlet ("By Jane Doe, Moscow") than a mononym.
std::optional<std::string> as_person_name(std::string_view part) {
  const auto words = split(part, " ");
  if (words.size() < 2 || words.size() > 5) return std::nullopt;
  const bool all_caps = std::all_of(words.begin(), words.end(), is_all_caps_word);
  std::string name;
  std::size_t capitalised = 0;
  for (std::string_view word : words) {
    const std::string lower = lower_ascii(word);
    if (std::find(kBylineNonNameWords.begin(), kBylineNonNameWords.end(), lower) !=
        kBylineNonNameWords.end())
      return std::nullopt;
    const auto first = static_cast<unsigned char>(word.front());
    const bool particle =
        std::find(kNameParticles.begin(), kNameParticles.end(), word) != kNameParticles.end();
    // Non-ASCII leading bytes are letters of accented names (Émile, Łukasz).
    const bool capital = std::isupper(first) || first >= 0x80;
    if (!capital && !particle) return std::nullopt;
    if (std::any_of(word.begin(), word.end(),
                    [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
      return std::nullopt;
    if (capital) ++capitalised;
    if (!name.empty()) name += ' ';
    name += all_caps && word.size() > 1 && !(word.size() == 2 && word[1] == '.')
                ? title_case(word)
                : std::string(word);
  }
  if (capitalised == 0) return std::nullopt;
  return name;
}

// Removes a trailing " in PLACE" or " at OUTLET" from a byline name ("Jane Doe in Lisbon").
std::string_view strip_location(std::string_view part) {
  for (std::string_view marker : {" in ", " at ", " for "}) {
    const std::size_t at = part.find(marker);
    if (at != std::string_view::npos && at > 0) return trim(part.substr(0, at));
  }
  return part;
}

struct MetadataLine {
  enum class Kind { kByline, kPublished, kUpdated, kTime };
  Kind kind;
  std::vector<std::string> authors;
  std::optional<DateTime> date;
  std::string time_text;
};

// Date labels, longest first so "last updated" wins over "updated".
struct DateLabel {
  std::string_view label;
  MetadataLine::Kind kind;
};
constexpr std::array<DateLabel, 9> kDateLabels = {{
    {"first published", MetadataLine::Kind::kPublished},
    {"last updated", MetadataLine::Kind::kUpdated},
    {"last modified", MetadataLine::Kind::kUpdated},
    {"date published", MetadataLine::Kind::kPublished},
    {"published", MetadataLine::Kind::kPublished},
    {"updated", MetadataLine::Kind::kUpdated},
    {"modified", MetadataLine::Kind::kUpdated},
    {"posted", MetadataLine::Kind::kPublished},
    {"date", MetadataLine::Kind::kPublished},
}};

// Parses "Published: 27/11/2023 - 14:50" and its variants; the label must be followed by a date.
std::optional<MetadataLine> parse_date_segment(std::string_view segment,
                                               const DateParseOptions& options) {
  for (const auto& [label, kind] : kDateLabels) {
    if (!starts_with_ci(segment, label)) continue;
    std::string_view rest = segment.substr(label.size());
    if (!rest.empty() && std::isalpha(static_cast<unsigned char>(rest.front()))) continue;
    rest = trim(rest);
    if (!rest.empty() && rest.front() == ':') rest = trim(rest.substr(1));
    for (std::string_view joiner : {"on ", "at "}) {
      if (starts_with_ci(rest, joiner)) rest = trim(rest.substr(joiner.size()));
    }
    if (auto date = parse_date(rest, options)) return MetadataLine{kind, {}, date, {}};
    return std::nullopt;
  }
  return std::nullopt;
}

std::optional<MetadataLine> parse_metadata_line(std::string_view line,
                                                const DateParseOptions& options) {
  if (line.size() > kMaxHeaderLineBytes) return std::nullopt;
  if (starts_with_ci(line, "by ") && line.size() > 3) {
    auto authors = parse_byline(line);
    if (!authors.empty())
      return MetadataLine{MetadataLine::Kind::kByline, std::move(authors), {}, {}};
    return std::nullopt;
  }
  // "- 14:50" under a date line. Checked against a placeholder date; the real one is applied later.
  DateTime placeholder;
  placeholder.year = 2000;
  placeholder.month = 1;
  placeholder.day = 1;
  if (parse_time_onto(line, placeholder)) {
    return MetadataLine{MetadataLine::Kind::kTime, {}, std::nullopt, std::string(line)};
  }
  return parse_date_segment(line, options);
}

bool is_tail_marker(std::string_view paragraph) {
  static constexpr std::array<std::string_view, 22> kMarkers = {
      "you may like",   "you might like",      "you may also like",  "you might also like",
      "related",        "related articles",    "related stories",    "related content",
      "related topics", "read more",           "more on this story", "more stories",
      "most read",      "most popular",        "share this article", "share this story",
      "recommended",    "recommended stories", "trending",           "more from",
      "advertisement",  "top stories"};
  std::string_view p = trim(paragraph);
  if (!p.empty() && p.back() == ':') p.remove_suffix(1);
  if (p.size() > 40) return false;
  const std::string lower = lower_ascii(p);
  return std::find(kMarkers.begin(), kMarkers.end(), lower) != kMarkers.end();
}

std::string normalise_for_compare(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80)
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

// True when the line only repeats the byline's names ("George Bunn" above "By George Bunn",
// "Jane Doe and John Smith" above a two-author byline).
bool repeats_authors(std::string_view line, const std::vector<std::string>& authors) {
  if (authors.empty()) return false;
  std::string names;
  for (const auto& author : authors) names += normalise_for_compare(author);
  std::string words;
  for (auto part : split(line, ",")) {
    for (auto word : split(part, " ")) {
      if (lower_ascii(word) != "and" && word != "&") words += normalise_for_compare(word);
    }
  }
  return words == names;
}

// Splits a header line into the segments that may each be a metadata item:
// "Published: 27 Nov 2023 | Updated: 28 Nov 2023" holds two.
std::vector<std::string_view> header_segments(std::string_view line) {
  std::vector<std::string_view> segments{line};
  for (std::string_view separator : {" | ", " \xC2\xB7 ", " \xE2\x80\xA2 "}) {
    std::vector<std::string_view> next;
    for (auto segment : segments) {
      for (auto piece : split(segment, separator)) next.push_back(piece);
    }
    segments = std::move(next);
  }
  return segments;
}

}  // namespace

std::vector<std::string> parse_byline(std::string_view byline) {
  std::string_view text = trim(byline);
  if (starts_with_ci(text, "by ")) text = trim(text.substr(3));
  std::vector<std::string> authors;
  for (auto comma_part : split(text, ",")) {
    for (auto semicolon_part : split(comma_part, ";")) {
      for (auto amp_part : split(semicolon_part, " & ")) {
        for (auto part : split(amp_part, " and ")) {
          if (starts_with_ci(part, "and ")) part = trim(part.substr(4));
          if (auto name = as_person_name(strip_location(part))) authors.push_back(*name);
        }
      }
    }
  }
  return authors;
}

Article read_plain_text(std::string_view text, const TextReaderOptions& options) {
  Article article;
  article.format = "text";
  const auto lines = split_lines(text);

  std::size_t index = 0;
  while (index < lines.size() && trim(lines[index]).empty()) ++index;
  if (index == lines.size()) return article;
  article.title = std::string(trim(lines[index]));
  ++index;

  // Find the header block: the last metadata line among the first few non-blank lines.
  std::vector<std::size_t> header_lines;
  std::optional<std::size_t> last_metadata;
  std::vector<std::string> authors;
  std::optional<DateTime> published;
  std::optional<DateTime> updated;
  MetadataLine::Kind last_date_kind = MetadataLine::Kind::kPublished;
  bool have_date_for_time = false;
  std::size_t seen = 0;
  for (std::size_t i = index; i < lines.size() && seen < kMaxHeaderLines; ++i) {
    const std::string_view line = trim(lines[i]);
    if (line.empty()) continue;
    ++seen;
    if (line.size() > kMaxHeaderLineBytes) break;
    std::vector<MetadataLine> parsed;
    for (auto segment : header_segments(line)) {
      auto metadata = parse_metadata_line(segment, options.dates);
      if (!metadata) {
        parsed.clear();
        break;
      }
      parsed.push_back(std::move(*metadata));
    }
    // A time alone belongs to the date line just above it; elsewhere ("2:45 p.m." opening a
    // live-blog entry) it is text, not the end of a header block.
    const bool stray_time = parsed.size() == 1 &&
                            parsed.front().kind == MetadataLine::Kind::kTime && !have_date_for_time;
    if (parsed.empty() || stray_time) {
      header_lines.push_back(i);
      continue;
    }
    for (auto& metadata : parsed) {
      switch (metadata.kind) {
        case MetadataLine::Kind::kByline:
          for (auto& author : metadata.authors) {
            if (std::find(authors.begin(), authors.end(), author) == authors.end())
              authors.push_back(std::move(author));
          }
          break;
        case MetadataLine::Kind::kPublished:
          if (!published) published = metadata.date;
          last_date_kind = metadata.kind;
          have_date_for_time = true;
          break;
        case MetadataLine::Kind::kUpdated:
          updated = metadata.date;
          last_date_kind = metadata.kind;
          have_date_for_time = true;
          break;
        case MetadataLine::Kind::kTime: {
          if (!have_date_for_time) break;
          auto& target = last_date_kind == MetadataLine::Kind::kUpdated ? updated : published;
          if (target && target->precision == DatePrecision::kDay) {
            if (auto with_time = parse_time_onto(metadata.time_text, *target)) target = with_time;
          }
          have_date_for_time = false;
          break;
        }
      }
    }
    last_metadata = i;
  }

  std::size_t body_start = index;
  if (last_metadata) {
    article.authors = std::move(authors);
    article.published = published;
    article.updated = updated;
    for (std::size_t i : header_lines) {
      if (i > *last_metadata) break;
      const std::string_view line = trim(lines[i]);
      if (!repeats_authors(line, article.authors)) article.standfirst.emplace_back(line);
    }
    body_start = *last_metadata + 1;
  }

  // Body: paragraphs are runs of non-blank lines, joined (hard-wrapped text). A line longer than
  // any wrapping width ends its paragraph even without a blank line after it: such text puts one
  // paragraph on each line.
  std::string paragraph;
  std::size_t previous_line_bytes = 0;
  for (std::size_t i = body_start; i <= lines.size(); ++i) {
    const std::string_view line = i < lines.size() ? trim(lines[i]) : std::string_view{};
    if (line.empty() || previous_line_bytes > kMaxWrappedLineBytes) {
      if (!paragraph.empty()) article.paragraphs.push_back(std::move(paragraph));
      paragraph.clear();
    }
    previous_line_bytes = line.size();
    if (line.empty()) continue;
    if (!paragraph.empty()) paragraph += ' ';
    paragraph += line;
  }

  // Trailing boilerplate: the first marker in the tail part ends the body.
  const std::size_t count = article.paragraphs.size();
  const std::size_t tail_start =
      count <= kTailMinParagraphs
          ? 1
          : std::max<std::size_t>(1, count - std::max(kTailMinParagraphs, count / 3));
  for (std::size_t i = tail_start; i < count; ++i) {
    if (is_tail_marker(article.paragraphs[i])) {
      article.paragraphs.resize(i);
      break;
    }
  }
  return article;
}

}  // namespace news
