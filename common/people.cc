#include "common/people.h"

#include <algorithm>
#include <charconv>
#include <map>

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

std::string full_id_given(std::string_view id) {
  return std::string(id.substr(0, id.find('-')));
}

std::string full_id_surname(std::string_view id) {
  const std::size_t dash = id.find('-');
  const std::string_view surname = dash == std::string_view::npos ? id : id.substr(dash + 1);
  return std::string(surname.substr(0, surname.find('.')));
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

std::vector<std::string_view> mention_ids(std::string_view value) {
  std::vector<std::string_view> ids;
  if (value.empty()) return ids;
  for (const std::string_view line : split_on(value, '\n')) {
    const std::string_view id = line.substr(0, line.find(kFieldSeparator));
    if (!id.empty()) ids.push_back(id);
  }
  return ids;
}

namespace {

// FNV-1a: spreads short words well enough for a set of a few hundred, and can be fed in pieces
// (a pair's hash is its parts' fed one after the other), so that nothing need be copied to hash it.
constexpr std::uint64_t kFnvStart = 14695981039346656037ULL;

std::uint64_t fnv_feed(std::uint64_t hash, std::string_view bytes) {
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;
  }
  return hash;
}

// As fnv_feed of lower_ascii(bytes).
std::uint64_t fnv_feed_lower(std::uint64_t hash, std::string_view bytes) {
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    hash *= 1099511628211ULL;
  }
  return hash;
}

std::uint64_t word_hash(std::string_view word) {
  return fnv_feed(kFnvStart, word);
}

}  // namespace

WordSet::WordSet(std::vector<std::uint64_t> hashes) : hashes_(std::move(hashes)) {
  std::sort(hashes_.begin(), hashes_.end());
  hashes_.erase(std::unique(hashes_.begin(), hashes_.end()), hashes_.end());
}

WordSet::WordSet(const std::set<std::string>& words) {
  hashes_.reserve(words.size());
  for (const std::string& word : words) hashes_.push_back(word_hash(word));
  std::sort(hashes_.begin(), hashes_.end());
  hashes_.erase(std::unique(hashes_.begin(), hashes_.end()), hashes_.end());
}

bool WordSet::contains(std::string_view word) const {
  return std::binary_search(hashes_.begin(), hashes_.end(), word_hash(word));
}

std::string WordSet::encode() const {
  std::string value;
  value.reserve(hashes_.size() * 8);
  for (std::uint64_t hash : hashes_) {
    for (int byte = 0; byte < 8; ++byte) value += static_cast<char>((hash >> (8 * byte)) & 0xff);
  }
  return value;
}

WordSet WordSet::decode(std::string_view value) {
  WordSet set;
  set.hashes_.reserve(value.size() / 8);
  for (std::size_t at = 0; at + 8 <= value.size(); at += 8) {
    std::uint64_t hash = 0;
    for (int byte = 0; byte < 8; ++byte)
      hash |= static_cast<std::uint64_t>(static_cast<unsigned char>(value[at + byte]))
              << (8 * byte);
    set.hashes_.push_back(hash);
  }
  // Written sorted and unique; kept so whatever the value held.
  std::sort(set.hashes_.begin(), set.hashes_.end());
  set.hashes_.erase(std::unique(set.hashes_.begin(), set.hashes_.end()), set.hashes_.end());
  return set;
}

WordSet article_context(const Article& article, const std::vector<PersonMention>& mentions) {
  // The surnames as this article writes them (lower-cased), with their keys: the article writes a
  // surname the way its mention does, so words are compared as written, not keyed one by one.
  std::map<std::string, std::string, std::less<>> surnames;
  bool unconfirmed = false;
  for (const PersonMention& mention : mentions) {
    if (!is_surname_only_id(mention.local_id)) continue;
    const std::string key = mention.local_id.substr(0, mention.local_id.find('@'));
    const std::size_t space = mention.name.rfind(' ');
    surnames.emplace(
        lower_ascii(space == std::string::npos ? mention.name : mention.name.substr(space + 1)),
        key);
    unconfirmed = unconfirmed || mention.unconfirmed;
  }
  if (surnames.empty()) return {};
  std::vector<std::uint64_t> hashes;
  std::vector<std::string_view> tokens;
  std::string lower;
  std::vector<const std::string*> keys;  // the surname key of a token, or null
  for (const std::string& paragraph : article.paragraphs) {
    // Words as written: letters, digits and bytes of other scripts, with inner hyphens
    // ("al-Zubaidi").
    tokens.clear();
    std::size_t start = std::string::npos;
    for (std::size_t i = 0; i <= paragraph.size(); ++i) {
      const unsigned char c = i < paragraph.size() ? static_cast<unsigned char>(paragraph[i]) : ' ';
      const bool part = c >= 0x80 || std::isalnum(c) || (c == '-' && start != std::string::npos);
      if (part && start == std::string::npos) start = i;
      if (!part && start != std::string::npos) {
        tokens.push_back(std::string_view(paragraph).substr(start, i - start));
        start = std::string::npos;
      }
    }
    keys.assign(tokens.size(), nullptr);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      // Surnames are written with a capital, or with an Arabic article ("al-Zubaidi").
      const unsigned char head = static_cast<unsigned char>(tokens[i][0]);
      if (!(head >= 0x80 || std::isupper(head) || tokens[i].find('-') != std::string_view::npos))
        continue;
      lower.assign(tokens[i]);
      for (char& c : lower)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (const auto found = surnames.find(lower); found != surnames.end())
        keys[i] = &found->second;
    }
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (unconfirmed) {
        // Role words are matched in Latin, lower-case, letters and digits only.
        const bool ascii = std::all_of(tokens[i].begin(), tokens[i].end(),
                                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
        if (ascii && tokens[i].find('-') == std::string_view::npos) {
          hashes.push_back(fnv_feed_lower(kFnvStart, tokens[i]));
        } else {
          std::string latin;
          for (const char c : to_latin_ascii(tokens[i]))
            if (std::isalnum(static_cast<unsigned char>(c))) latin += c;
          if (!latin.empty()) hashes.push_back(word_hash(latin));
        }
      }
      for (std::size_t j = i + 1; j < tokens.size() && j <= i + 3; ++j) {
        if (keys[j] == nullptr) continue;
        // given_name_pair(lower_ascii(token), key), hashed in pieces.
        hashes.push_back(
            fnv_feed(fnv_feed(fnv_feed_lower(kFnvStart, tokens[i]), "\x1f"), *keys[j]));
        const unsigned char head = static_cast<unsigned char>(tokens[i][0]);
        if (j == i + 1 && (head >= 0x80 || std::isupper(head)) && !is_name_honorific(tokens[i]))
          hashes.push_back(word_hash(named_in_full(*keys[j])));
      }
    }
  }
  return WordSet(std::move(hashes));
}

std::vector<std::string> document_person_ids(const std::vector<PersonMention>& mentions) {
  std::set<std::string> ids;
  for (const PersonMention& mention : mentions) {
    ids.insert(mention.local_id);
    if (is_surname_only_id(mention.local_id) && !mention.unconfirmed)
      ids.insert(shared_surname_id(surname_of_id(mention.local_id)));
  }
  return {ids.begin(), ids.end()};
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
  out["unconfirmed_terms"] = person.unconfirmed_terms;
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
  person.unconfirmed_terms = json.at("unconfirmed_terms").get<std::vector<std::string>>();
  return person;
}

}  // namespace news
