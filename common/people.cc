#include "common/people.h"

#include <algorithm>
#include <charconv>

#include "common/name_key.h"
#include "common/strings.h"

namespace news {

namespace {

constexpr char kFieldSeparator = '\x1f';
constexpr char kAliasSeparator = '\x1e';

std::vector<std::string_view> split_on(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = text.find(separator, start);
    parts.push_back(text.substr(start, end - start));
    if (end == std::string_view::npos) return parts;
    start = end + 1;
  }
}

nlohmann::ordered_json counts_json(const std::vector<DatedCount>& counts) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const auto& count : counts) {
    out.push_back({{"text", count.text},
                   {"count", count.count},
                   {"first", count.first},
                   {"last", count.last}});
  }
  return out;
}

std::vector<DatedCount> counts_from_json(const nlohmann::json& json) {
  std::vector<DatedCount> out;
  for (const auto& item : json) {
    out.push_back({item.at("text").get<std::string>(), item.at("count").get<std::size_t>(),
                   item.at("first").get<std::string>(), item.at("last").get<std::string>()});
  }
  return out;
}

// "jr", "sr", "ii", "iii" or "iv" when a name ends with that suffix ("Donald Trump Jr.",
// "Charles Elliott III"), else "".
std::string generational_suffix(std::string_view name) {
  std::size_t end = name.size();
  while (end > 0 && (name[end - 1] == '.' || name[end - 1] == ',' || name[end - 1] == ' ')) --end;
  const std::size_t space = name.rfind(' ', end == 0 ? 0 : end - 1);
  if (space == std::string_view::npos) return "";
  const std::string last = lower_ascii(name.substr(space + 1, end - space - 1));
  for (const char* suffix : {"jr", "sr", "ii", "iii", "iv"})
    if (last == suffix) return last;
  return "";
}

}  // namespace

std::string local_person_id(std::string_view article_id, std::string_view name) {
  const NameKey key = name_key(name);
  if (key.words.empty()) return "";
  if (!key.surname_only()) {
    std::string id = key.given();
    id += '-';
    id += key.surname();
    // The key leaves generational suffixes out, but "Donald Trump Jr." is not Donald Trump.
    if (const std::string suffix = generational_suffix(name); !suffix.empty()) {
      id += '.';
      id += suffix;
    }
    return id;
  }
  std::string id = key.surname();
  id += '@';
  id += article_id;
  return id;
}

std::vector<PersonMention> mentions_of(const Article& article) {
  std::vector<PersonMention> mentions;
  for (const auto& person : article.people) {
    PersonMention mention;
    mention.local_id = local_person_id(article.id, person.name);
    if (mention.local_id.empty()) continue;
    mention.name = person.name;
    mention.aliases = person.aliases;
    mention.role = person.role;
    mention.affiliation = person.affiliation;
    mention.quotes = static_cast<unsigned>(
        std::count_if(article.quotes.begin(), article.quotes.end(),
                      [&](const Quote& quote) { return quote.speaker == person.name; }));
    mentions.push_back(std::move(mention));
  }
  const std::size_t confirmed = mentions.size();
  for (std::size_t i = 0; i < article.unconfirmed.size(); ++i) {
    PersonMention mention;
    mention.local_id = local_person_id(article.id, article.unconfirmed[i].name);
    // One local id is one person of the article: a confirmed person keeps it.
    if (mention.local_id.empty() ||
        std::any_of(mentions.begin(), mentions.begin() + static_cast<std::ptrdiff_t>(confirmed),
                    [&](const PersonMention& m) { return m.local_id == mention.local_id; }))
      continue;
    mention.name = article.unconfirmed[i].name;
    mention.role = article.unconfirmed[i].role;
    mention.quotes = i < article.unconfirmed_quotes.size()
                         ? static_cast<unsigned>(article.unconfirmed_quotes[i])
                         : 0;
    mention.unconfirmed = true;
    mentions.push_back(std::move(mention));
  }
  return mentions;
}

std::string encode_mentions(const std::vector<PersonMention>& mentions) {
  std::string value;
  for (const auto& mention : mentions) {
    if (!value.empty()) value += '\n';
    value += mention.local_id;
    value += kFieldSeparator;
    value += mention.name;
    value += kFieldSeparator;
    value += join(mention.aliases, std::string_view(&kAliasSeparator, 1));
    value += kFieldSeparator;
    value += mention.role;
    value += kFieldSeparator;
    value += mention.affiliation;
    value += kFieldSeparator;
    value += std::to_string(mention.quotes);
    if (mention.unconfirmed) {
      value += kFieldSeparator;
      value += 'u';
    }
  }
  return value;
}

std::vector<PersonMention> decode_mentions(std::string_view value) {
  std::vector<PersonMention> mentions;
  if (value.empty()) return mentions;
  for (const std::string_view line : split_on(value, '\n')) {
    const auto fields = split_on(line, kFieldSeparator);
    if ((fields.size() != 6 && (fields.size() != 7 || fields[6] != "u")) || fields[0].empty())
      continue;
    PersonMention mention;
    mention.local_id = fields[0];
    mention.name = fields[1];
    if (!fields[2].empty()) {
      for (const std::string_view alias : split_on(fields[2], kAliasSeparator))
        mention.aliases.emplace_back(alias);
    }
    mention.role = fields[3];
    mention.affiliation = fields[4];
    mention.unconfirmed = fields.size() == 7;
    const auto [end, error] =
        std::from_chars(fields[5].data(), fields[5].data() + fields[5].size(), mention.quotes);
    if (error != std::errc() || end != fields[5].data() + fields[5].size()) continue;
    mentions.push_back(std::move(mention));
  }
  return mentions;
}

nlohmann::ordered_json to_json(const PersonEntry& person) {
  nlohmann::ordered_json out;
  out["id"] = person.id;
  out["name"] = person.name;
  out["unresolved"] = person.unresolved;
  out["articles"] = person.articles;
  out["quotes"] = person.quotes;
  out["first"] = person.first;
  out["last"] = person.last;
  out["variants"] = counts_json(person.variants);
  out["roles"] = counts_json(person.roles);
  out["affiliations"] = counts_json(person.affiliations);
  out["terms"] = person.terms;
  out["why"] = person.why;
  return out;
}

PersonEntry person_from_json(const nlohmann::json& json) {
  PersonEntry person;
  person.id = json.at("id").get<std::string>();
  person.name = json.at("name").get<std::string>();
  person.unresolved = json.at("unresolved").get<bool>();
  person.articles = json.at("articles").get<std::size_t>();
  person.quotes = json.at("quotes").get<std::size_t>();
  person.first = json.at("first").get<std::string>();
  person.last = json.at("last").get<std::string>();
  person.variants = counts_from_json(json.at("variants"));
  person.roles = counts_from_json(json.at("roles"));
  person.affiliations = counts_from_json(json.at("affiliations"));
  person.terms = json.at("terms").get<std::vector<std::string>>();
  person.why = json.at("why").get<std::vector<std::string>>();
  return person;
}

}  // namespace news
