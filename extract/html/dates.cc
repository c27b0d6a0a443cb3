#include "extract/html/dates.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "common/strings.h"
#include "extract/html/dom.h"

namespace news::html {

namespace {

// A date as page metadata writes it: what parse_date reads, Unix time in seconds or milliseconds,
// or an ISO date followed by words. Nothing for an empty text or one over 80 bytes.
std::optional<DateTime> parse_page_date(std::string_view text, const DateParseOptions& options) {
  text = trim(text);
  if (text.empty() || text.size() > 80) return std::nullopt;
  if (auto date = parse_date(text, options)) return date;
  // Unix time in seconds or milliseconds, as some meta tags give it.
  if (text.size() >= 9 && text.size() <= 13 &&
      std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    long long seconds = std::stoll(std::string(text));
    if (text.size() == 13) seconds /= 1000;
    using namespace std::chrono;
    const sys_seconds instant{std::chrono::seconds{seconds}};
    const auto day = floor<days>(instant);
    const year_month_day ymd{day};
    const auto minutes_into_day = duration_cast<minutes>(instant - day).count();
    DateTime date;
    date.year = static_cast<int>(ymd.year());
    date.month = static_cast<int>(static_cast<unsigned>(ymd.month()));
    date.day = static_cast<int>(static_cast<unsigned>(ymd.day()));
    date.hour = static_cast<int>(minutes_into_day / 60);
    date.minute = static_cast<int>(minutes_into_day % 60);
    date.precision = DatePrecision::kMinute;
    date.utc_offset_minutes = 0;
    if (date.year >= 1990 && date.year <= 2100) return date;
    return std::nullopt;
  }
  // A date followed by words ("2023-11-27 14:50:00 +0000 UTC"): try the leading ISO part.
  if (text.size() >= 10 && std::isdigit(static_cast<unsigned char>(text[0]))) {
    for (std::size_t length :
         {std::size_t{25}, std::size_t{19}, std::size_t{16}, std::size_t{10}}) {
      if (text.size() > length) {
        if (auto date = parse_date(text.substr(0, length), options)) return date;
      }
    }
  }
  return std::nullopt;
}

// The first date written in a short text ("Posted on March 3, 2019 by Jane"): the longest run of
// words, at the earliest place, that parse_date reads as a whole.
std::optional<DateTime> find_date_in_text(std::string_view text, const DateParseOptions& options) {
  std::vector<std::string> words;
  for (auto word : split(text, " ")) {
    std::string w(word);
    while (!w.empty() && (w.back() == ',' || w.back() == '|' || w.back() == ';')) w.pop_back();
    while (!w.empty() && (w.front() == '(' || w.front() == '|')) w.erase(0, 1);
    if (w.ends_with(")")) w.pop_back();
    words.push_back(std::move(w));
    if (words.size() >= 40) break;
  }
  constexpr std::size_t kMaxWords = 7;
  for (std::size_t start = 0; start < words.size(); ++start) {
    if (words[start].empty() || words[start].size() > 20) continue;
    for (std::size_t n = std::min(kMaxWords, words.size() - start); n >= 1; --n) {
      std::string candidate;
      for (std::size_t k = start; k < start + n; ++k) {
        if (!candidate.empty()) candidate += ' ';
        candidate += words[k];
      }
      if (auto date = parse_date(candidate, options)) return date;
    }
  }
  return std::nullopt;
}

// A /YYYY/MM/DD/ or /YYYY-MM-DD path segment in an article's address, as blogs and news sites
// write them.
std::optional<DateTime> date_in_url(std::string_view url) {
  const std::size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return std::nullopt;
  const std::size_t path = url.find('/', scheme + 3);
  if (path == std::string_view::npos) return std::nullopt;
  const auto parts = split(url.substr(path), "/");
  const auto number = [](std::string_view s, std::size_t n) {
    return s.size() == n &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (number(parts[i], 4) && i + 2 < parts.size() && number(parts[i + 1], 2) &&
        number(parts[i + 2], 2)) {
      const std::string iso =
          std::string(parts[i]) + "-" + std::string(parts[i + 1]) + "-" + std::string(parts[i + 2]);
      if (auto date = parse_date(iso)) return date;
    }
    if (parts[i].size() >= 10 && number(parts[i].substr(0, 4), 4) && parts[i][4] == '-') {
      if (auto date = parse_date(parts[i].substr(0, 10))) return date;
    }
  }
  return std::nullopt;
}

// Class or id naming a date: "date", "time", "posted", "published", "publication" (not "byline" or
// "meta", which
// hold dates among other things).
bool is_strong_date_markup(const Node* node) {
  for (std::string_view word : {"date", "time", "posted", "published", "publication"}) {
    if (class_contains(node, word)) return true;
  }
  return false;
}

// Whole days between two dates' calendar days, as written.
int days_apart(const DateTime& x, const DateTime& y) {
  using namespace std::chrono;
  const auto day = [](const DateTime& d) {
    return sys_days{year_month_day{year{d.year}, month{static_cast<unsigned>(d.month)},
                                   std::chrono::day{static_cast<unsigned>(d.day)}}};
  };
  return static_cast<int>(std::abs((day(x) - day(y)).count()));
}

// Minutes from y to x, both read as written (offsets ignored).
int minutes_apart(const DateTime& x, const DateTime& y) {
  const auto minutes = [](const DateTime& d) {
    using namespace std::chrono;
    const sys_days day{year_month_day{year{d.year}, month{static_cast<unsigned>(d.month)},
                                      std::chrono::day{static_cast<unsigned>(d.day)}}};
    return day.time_since_epoch().count() * 24 * 60 + d.hour * 60 + d.minute;
  };
  return static_cast<int>(minutes(x) - minutes(y));
}

// Elements showing the day the page was viewed, not the article's: classed "current" or "today"
// ("current-date", "date-today"), or in the site's masthead (a <header> that holds no headline
// and is not the article's).
bool shows_today(const Page& page, const Node* node) {
  for (const Node* n = node; n != nullptr; n = n->parent) {
    const std::string_view name = name_of(n);
    if (name == "article" || name == "main" || page.headline_ancestors.contains(n)) return false;
    if (name == "header") return true;
    const std::string_view tokens = class_and_id(n);
    if (tokens.find("current") != std::string::npos || tokens.find("today") != std::string::npos)
      return true;
  }
  return false;
}

// The date the page shows its readers: a <time> element (in the article first) whose datetime
// gives a local time (no offset, or one other than UTC) or whose text is a date; else the first
// date written in an element classed as a date or time, then in one classed as a byline or meta
// line (unless `date_markup_only`). Page furniture (comments, related lists) is skipped.
std::optional<DateTime> shown_date(const Page& page, const DateParseOptions& options,
                                   bool date_markup_only = false) {
  for (const bool article_only : {true, false}) {
    for (std::size_t i = 0; i < page.times.size(); ++i) {
      if ((article_only && !page.time_in_article[i]) || in_furniture(page, page.times[i])) continue;
      if (auto date = parse_page_date(attribute(page.times[i], "datetime"), options);
          date && date->utc_offset_minutes != 0)
        return date;
      const std::string text = text_of(page.times[i]);
      if (text.size() <= 200) {
        if (auto date = find_date_in_text(text, options)) return date;
      }
    }
  }
  for (const bool strong : {true, false}) {
    if (!strong && date_markup_only) break;
    for (const Node* node : page.dated) {
      if (is_strong_date_markup(node) != strong || in_furniture(page, node) ||
          shows_today(page, node))
        continue;
      // hAtom's <abbr class="published" title="2018-06-05T08:00:00-07:00">08:00</abbr>.
      if (name_of(node) == "abbr") {
        if (auto date = parse_page_date(attribute(node, "title"), options)) return date;
      }
      const std::string text = text_of(node);
      if (text.size() > 200) continue;
      if (auto date = find_date_in_text(text, options)) return date;
    }
  }
  return std::nullopt;
}

// The first of the candidates that reads as a date.
std::optional<DateTime> first_date(const std::vector<std::string>& candidates,
                                   const DateParseOptions& options) {
  for (const auto& text : candidates) {
    if (auto date = parse_page_date(text, options)) return date;
  }
  return std::optional<DateTime>();
}

// Meta names that give the publication date, after OpenGraph's, in order of trust: Dublin Core,
// the analytics and CMS names news sites use (Parse.ly, Sailthru, cXense), and those htmldate and
// trafilatura know too: Highwire Press (scholarly pages), rNews, other Dublin Core spellings and
// CMS plug-ins'.
constexpr std::array<std::string_view, 38> kPublishedMetaNames = {
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "dc.date.created",
    "parsely-pub-date",
    "sailthru.date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "publication_date",
    "article.published",
    "date",
    "datepublished",
    "cxenseparse:recs:publishtime",
    "cxenseparse:publishtime",
    "citation_publication_date",
    "citation_date",
    "citation_online_date",
    "rnews:datepublished",
    "dc.date.publication",
    "dc:date",
    "dc.created",
    "dc:created",
    "article:publicationdate",
    "article_date_original",
    "originalpublicationdate",
    "date_published",
    "published-date",
    "published_date",
    "pub_date",
    "dateposted",
    "datecreated",
    "article.created",
    "bt:pubdate",
    "shareaholic:article_published_time",
};

// The first of the values, or "".
std::string first_of(const std::vector<std::string>& values) {
  return values.empty() ? std::string() : values.front();
}

// Every published date the page's metadata and <time> elements give, in order of trust.
std::vector<std::string> published_candidates(const Page& page, const JsonLd& ld) {
  const json* a = ld.article;
  std::vector<std::string> published = {
      json_field(a, "datePublished"),
      first_meta(page,
                 {"article:published_time", "og:article:published_time", "og:published_time"}),
      first_of(first_metas(page, kPublishedMetaNames)),
      microdata_value(page, "datepublished"),
      json_field(a, "dateCreated"),
      json_field(ld.page, "datePublished"),
  };
  // <time> elements of the article first, leaving out those of related lists and comments.
  for (const bool article_only : {true, false}) {
    for (std::size_t i = 0; i < page.times.size(); ++i) {
      if ((article_only && !page.time_in_article[i]) || in_furniture(page, page.times[i])) continue;
      published.push_back(attribute(page.times[i], "datetime"));
    }
  }
  for (const json* object : ld.objects) published.push_back(json_field(object, "datePublished"));
  return published;
}

// The instant `date` (which has an offset) as the clock read it `offset` minutes east of UTC.
DateTime at_offset(const DateTime& date, int offset) {
  using namespace std::chrono;
  const sys_days day{year_month_day{year{date.year}, month{static_cast<unsigned>(date.month)},
                                    std::chrono::day{static_cast<unsigned>(date.day)}}};
  const sys_time<minutes> utc =
      day + hours{date.hour} + minutes{date.minute} - minutes{date.utc_offset_minutes.value_or(0)};
  const sys_time<minutes> local = utc + minutes{offset};
  const auto local_day = floor<days>(local);
  const year_month_day ymd{local_day};
  const auto into_day = (local - local_day).count();
  DateTime out = date;
  out.year = static_cast<int>(ymd.year());
  out.month = static_cast<int>(static_cast<unsigned>(ymd.month()));
  out.day = static_cast<int>(static_cast<unsigned>(ymd.day()));
  out.hour = static_cast<int>(into_day / 60);
  out.minute = static_cast<int>(into_day % 60);
  out.utc_offset_minutes = offset;
  return out;
}

// The offset from UTC in which the page writes its article's own timestamps: the first offset
// other than zero among its metadata's publication and modification times and the <time>
// elements of its article; nothing when all are in UTC or give none.
std::optional<int> local_offset(const Page& page, const JsonLd& ld,
                                const DateParseOptions& options) {
  const json* a = ld.article;
  std::vector<std::string> stamps = {
      json_field(a, "datePublished"),
      json_field(a, "dateModified"),
      first_meta(page, {"article:published_time", "og:article:published_time"}),
      first_meta(page, {"article:modified_time", "og:article:modified_time", "og:updated_time"}),
      first_of(first_metas(page, kPublishedMetaNames)),
  };
  for (std::size_t i = 0; i < page.times.size(); ++i) {
    if (page.time_in_article[i] && !in_furniture(page, page.times[i]))
      stamps.push_back(attribute(page.times[i], "datetime"));
  }
  for (const auto& stamp : stamps) {
    const auto date = parse_page_date(stamp, options);
    if (date && date->precision == DatePrecision::kMinute && date->utc_offset_minutes &&
        *date->utc_offset_minutes != 0)
      return date->utc_offset_minutes;
  }
  return std::nullopt;
}

}  // namespace

bool is_date_markup(const Node* node) {
  for (std::string_view word : {"date", "time", "posted", "published", "publication", "byline",
                                "meta", "info", "submitted", "author"}) {
    if (class_contains(node, word)) return true;
  }
  return false;
}

std::optional<DateTime> read_published(const Page& page, const JsonLd& ld,
                                       const DateParseOptions& options) {
  std::optional<DateTime> published = first_date(published_candidates(page, ld), options);
  // A timestamp in UTC, where the page writes its other timestamps in its own zone, is moved into
  // that zone: its day is then the one the page's readers saw.
  if (published && published->precision == DatePrecision::kMinute &&
      published->utc_offset_minutes == 0) {
    if (const auto offset = local_offset(page, ld, options))
      published = at_offset(*published, *offset);
  }
  // A metadata timestamp does not always say which day it was where the article was published:
  // written in UTC, by a server in another zone, or for the next morning's edition. When the page
  // shows a date one day off in its date markup, the page's own day is the one its readers saw.
  if (published && published->precision == DatePrecision::kMinute) {
    if (auto shown = shown_date(page, options, /*date_markup_only=*/true)) {
      if (days_apart(*shown, *published) == 1) {
        // Beside a UTC timestamp, a shown time of day gives the page's offset from UTC, so the
        // instant is kept.
        if (published->utc_offset_minutes == 0 && shown->precision == DatePrecision::kMinute &&
            !shown->utc_offset_minutes) {
          const int offset = minutes_apart(*shown, *published);
          if (std::abs(offset) <= 14 * 60 && offset % 15 == 0) shown->utc_offset_minutes = offset;
        }
        published = shown;
      }
    }
  }
  // A UTC timestamp one day off the date in the page's address, when a time zone could make it
  // that day (UTC-12 to UTC+14): the address was made where the article was published, on the
  // day its readers saw.
  if (published && published->precision == DatePrecision::kMinute &&
      published->utc_offset_minutes == 0) {
    for (const std::string& url : {page.canonical, first_meta(page, {"og:url"})}) {
      const auto date = date_in_url(url);
      if (!date || days_apart(*date, *published) != 1) continue;
      const int minute_of_day = published->hour * 60 + published->minute;
      const bool day_before = minutes_apart(*date, *published) < 0;
      if (day_before ? minute_of_day < 12 * 60 : minute_of_day >= 10 * 60) published = date;
      break;
    }
  }
  // Else the date as the page shows it; then the date in the address.
  if (!published) published = shown_date(page, options);
  if (!published) {
    for (const std::string& url : {page.canonical, first_meta(page, {"og:url"})}) {
      if (auto date = date_in_url(url)) {
        published = date;
        break;
      }
    }
  }
  return published;
}

std::optional<DateTime> read_updated(const Page& page, const JsonLd& ld,
                                     const DateParseOptions& options) {
  const json* a = ld.article;
  return first_date(
      {
          json_field(a, "dateModified"),
          first_meta(page,
                     {"article:modified_time", "og:article:modified_time", "og:updated_time"}),
          first_meta(page, {"dc.date.modified", "dcterms.modified", "last-modified", "lastmod",
                            "datemodified", "dc.modified", "modified_time", "updated_time"}),
          microdata_value(page, "datemodified"),
      },
      options);
}

}  // namespace news::html
