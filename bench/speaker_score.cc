#include "bench/speaker_score.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <initializer_list>
#include <iterator>
#include <unordered_map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "common/strings.h"
#include "extract/text_decoding.h"

namespace news::speaker_eval {

namespace fs = std::filesystem;

// ---------------------------------------------------------------------------------------------
// Gold data

namespace {

// A flag that some annotators write as a boolean and others as a count of quotes.
std::optional<bool> optional_flag(const nlohmann::json& person, const char* key,
                                  const std::string& origin) {
  const auto it = person.find(key);
  if (it == person.end() || it->is_null()) return std::nullopt;
  if (it->is_boolean()) return it->get<bool>();
  if (it->is_number()) return it->get<double>() > 0;
  throw InputError(fmt::format("{}: \"{}\" must be a boolean or a count", origin, key));
}

std::vector<std::string> string_list(const nlohmann::json& value, const char* key,
                                     const std::string& origin) {
  std::vector<std::string> out;
  if (value.is_null()) return out;
  if (!value.is_array())
    throw InputError(fmt::format("{}: \"{}\" must be a list of strings", origin, key));
  for (const auto& item : value) {
    if (!item.is_string())
      throw InputError(fmt::format("{}: \"{}\" must be a list of strings", origin, key));
    out.push_back(item.get<std::string>());
  }
  return out;
}

GoldPerson parse_gold_person(const nlohmann::json& j, const std::string& origin) {
  if (!j.is_object())
    throw InputError(fmt::format("{}: each of \"people\" must be an object", origin));
  GoldPerson person;
  const auto name = j.find("name");
  if (name == j.end() || !name->is_string() || trim(name->get<std::string>()).empty())
    throw InputError(fmt::format("{}: a person without a \"name\"", origin));
  person.name = name->get<std::string>();
  if (const auto it = j.find("aliases"); it != j.end())
    person.aliases = string_list(*it, "aliases", origin);
  if (const auto it = j.find("role"); it != j.end() && !it->is_null()) {
    if (!it->is_string())
      throw InputError(fmt::format("{}: \"role\" must be a string or null", origin));
    // An empty string and null both mean "no role phrase"; only real roles are scored.
    if (!trim(it->get<std::string>()).empty()) person.role = it->get<std::string>();
  }
  person.direct = optional_flag(j, "direct", origin);
  person.indirect = optional_flag(j, "indirect", origin);
  person.multi_paragraph = optional_flag(j, "multi_paragraph", origin);
  if (const auto it = j.find("attributed_by"); it != j.end() && !it->is_null())
    person.attributed_by = string_list(*it, "attributed_by", origin);
  return person;
}

std::vector<GoldPerson> parse_gold_people(const nlohmann::json& record, const std::string& origin) {
  const auto people = record.find("people");
  if (people == record.end() || !people->is_array())
    throw InputError(fmt::format("{}: no \"people\" list", origin));
  std::vector<GoldPerson> out;
  for (const auto& person : *people) out.push_back(parse_gold_person(person, origin));
  return out;
}

}  // namespace

std::vector<GoldArticle> load_gold_jsonl(const fs::path& gold_path, const fs::path& texts_dir) {
  // A directory opens as a stream on Linux and then reads as empty; name the real problem.
  if (fs::is_directory(gold_path))
    throw InputError(fmt::format("gold file {} is a directory", gold_path.string()));
  std::ifstream in(gold_path);
  if (!in)
    throw InputError(
        fmt::format("cannot read gold file {}: {}", gold_path.string(), std::strerror(errno)));
  std::vector<GoldArticle> articles;
  std::unordered_map<std::string, std::string> origin_of_file;
  std::string line;
  for (int line_number = 1; std::getline(in, line); ++line_number) {
    if (trim(line).empty()) continue;
    const std::string origin = fmt::format("{}:{}", gold_path.string(), line_number);
    nlohmann::json record;
    try {
      record = nlohmann::json::parse(line);
    } catch (const nlohmann::json::parse_error& e) {
      throw InputError(fmt::format("{}: not valid JSON ({})", origin, e.what()));
    }
    if (!record.is_object() || !record.contains("file") || !record["file"].is_string())
      throw InputError(fmt::format("{}: no \"file\" string", origin));
    GoldArticle article;
    article.file = record["file"].get<std::string>();
    article.text_path = texts_dir / article.file;
    article.origin = origin;
    article.people = parse_gold_people(record, origin);
    // A line pasted twice would count its people twice; refuse it rather than guess which to keep.
    if (const auto [it, added] = origin_of_file.emplace(article.file, origin); !added)
      throw InputError(
          fmt::format("{}: \"{}\" already annotated at {}", origin, article.file, it->second));
    articles.push_back(std::move(article));
  }
  return articles;
}

std::vector<GoldArticle> load_corpus_gold(const fs::path& corpus_dir) {
  constexpr std::string_view kSuffix = ".expected";
  std::error_code error;
  std::vector<fs::path> expected_files;
  for (const auto& entry : fs::directory_iterator(corpus_dir, error)) {
    const std::string name = entry.path().filename().string();
    if (name.size() > kSuffix.size() && name.ends_with(kSuffix))
      expected_files.push_back(entry.path());
  }
  if (error)
    throw InputError(
        fmt::format("cannot read corpus directory {}: {}", corpus_dir.string(), error.message()));
  std::sort(expected_files.begin(), expected_files.end());

  std::vector<GoldArticle> articles;
  for (const auto& expected_path : expected_files) {
    const std::string origin = expected_path.string();
    std::ifstream in(expected_path);
    if (!in) throw InputError(fmt::format("cannot read {}: {}", origin, std::strerror(errno)));
    nlohmann::json record;
    try {
      record = nlohmann::json::parse(in);
    } catch (const nlohmann::json::parse_error& e) {
      throw InputError(fmt::format("{}: not valid JSON ({})", origin, e.what()));
    }
    const std::string name = expected_path.filename().string();
    GoldArticle article;
    article.file = name.substr(0, name.size() - kSuffix.size()) + ".txt";
    article.text_path = corpus_dir / article.file;
    article.origin = origin;
    article.people = parse_gold_people(record, origin);
    articles.push_back(std::move(article));
  }
  return articles;
}

Article read_article(const GoldArticle& gold, const TextReaderOptions& reader_options) {
  if (fs::is_directory(gold.text_path))
    throw InputError(
        fmt::format("text {} (named at {}) is a directory", gold.text_path.string(), gold.origin));
  std::ifstream in(gold.text_path, std::ios::binary);
  if (!in)
    throw InputError(fmt::format("cannot read text {} (named at {}): {}", gold.text_path.string(),
                                 gold.origin, std::strerror(errno)));
  const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (in.bad()) throw InputError(fmt::format("error reading text {}", gold.text_path.string()));
  return read_plain_text(decode_text(bytes).text, reader_options);
}

// ---------------------------------------------------------------------------------------------
// Name and role normalisation

namespace {

// Lower-case of a code point in U+00C0..U+017F (accented Latin capitals, as in Núñez or Šimić);
// others unchanged. Names come from the same text on both sides, so this only matters where one
// side re-cased a name, but an accented capital must not make two equal names differ.
unsigned lower_latin(unsigned cp) {
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 0x20;
  if (cp == 0x178) return 0xFF;
  if (cp == 0x130) return cp;  // dotted capital I has no one-code-point lower case
  if ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177)) return cp | 1u;
  if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) return cp % 2 ? cp + 1 : cp;
  return cp;
}

std::string lower_name_text(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto lead = static_cast<unsigned char>(s[i]);
    const bool two_byte_latin = lead >= 0xC3 && lead <= 0xC5 && i + 1 < s.size() &&
                                (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80;
    if (!two_byte_latin) {
      out += static_cast<char>(std::tolower(lead));
      continue;
    }
    const unsigned cp =
        lower_latin(((lead & 0x1Fu) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu));
    out += static_cast<char>(0xC0u | (cp >> 6));
    out += static_cast<char>(0x80u | (cp & 0x3Fu));
    ++i;
  }
  return out;
}

// Lower-cased, apostrophes folded, split on whitespace (no-break spaces included).
std::vector<std::string> comparison_tokens(std::string_view s) {
  std::string text = lower_name_text(s);
  // ’ and ‘ are how typeset copy writes the apostrophe of O’Brien; ʼ is a rarer look-alike.
  for (const std::string_view mark : {"\u2019", "\u2018", "\u02BC"})
    for (std::size_t at = text.find(mark); at != std::string::npos; at = text.find(mark, at + 1))
      text.replace(at, mark.size(), "'");
  for (std::size_t at = text.find("\u00A0"); at != std::string::npos; at = text.find("\u00A0", at))
    text.replace(at, 2, " ");
  std::vector<std::string> tokens;
  std::string token;
  for (const char c : text) {
    if (is_space(c)) {
      if (!token.empty()) tokens.push_back(std::move(token));
      token.clear();
    } else {
      token += c;
    }
  }
  if (!token.empty()) tokens.push_back(std::move(token));
  return tokens;
}

bool is_honorific(std::string_view token) {
  if (token.ends_with('.')) token.remove_suffix(1);
  for (const std::string_view honorific :
       {"mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "prof", "professor", "rev"})
    if (token == honorific) return true;
  return false;
}

}  // namespace

std::string normalise_name(std::string_view name) {
  std::vector<std::string> tokens = comparison_tokens(name);
  // Only leading honorifics, and never the last token: "Lady" alone, or the surname in "John
  // Lord", is a name.
  while (tokens.size() > 1 && is_honorific(tokens.front())) tokens.erase(tokens.begin());
  if (!tokens.empty()) {
    std::string& last = tokens.back();
    if (last.size() > 2 && last.ends_with("'s")) last.resize(last.size() - 2);
  }
  return news::join(tokens, " ");
}

std::string normalise_role(std::string_view role) {
  std::vector<std::string> tokens = comparison_tokens(role);
  if (tokens.size() > 1 && (tokens[0] == "the" || tokens[0] == "a" || tokens[0] == "an"))
    tokens.erase(tokens.begin());
  return news::join(tokens, " ");
}

std::string role_head(std::string_view role) {
  const std::string key = normalise_role(role);
  const std::size_t cut = std::min(key.find(" of "), key.find(" for "));
  const std::string head_phrase = key.substr(0, cut);
  const std::size_t space = head_phrase.rfind(' ');
  return space == std::string::npos ? head_phrase : head_phrase.substr(space + 1);
}

namespace {

bool role_matches_exactly(std::string_view predicted, std::string_view gold) {
  return !normalise_role(predicted).empty() && normalise_role(predicted) == normalise_role(gold);
}

bool role_matches_head(std::string_view predicted, std::string_view gold) {
  return !role_head(predicted).empty() && role_head(predicted) == role_head(gold);
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Matching predicted people to gold people within one article

namespace {

struct GoldKeys {
  std::vector<std::string> forms;  // normalised name and aliases
  std::string last_token;          // of the normalised name
};

bool is_single_token(const std::string& key) {
  return key.find(' ') == std::string::npos;
}

bool refers_to(const std::string& key, const GoldKeys& gold) {
  if (std::find(gold.forms.begin(), gold.forms.end(), key) != gold.forms.end()) return true;
  return is_single_token(key) && key == gold.last_token;
}

// How many of the article's gold people a key could refer to, matched or not: a surname two
// gold people share is ambiguous whether or not one of them has been matched already.
std::ptrdiff_t count_referents(const std::string& key, const std::vector<GoldKeys>& gold) {
  return std::count_if(gold.begin(), gold.end(),
                       [&key](const GoldKeys& person) { return refers_to(key, person); });
}

}  // namespace

MatchResult match_people(const std::vector<Person>& predicted,
                         const std::vector<GoldPerson>& gold) {
  std::vector<GoldKeys> keys;
  for (const auto& person : gold) {
    GoldKeys k;
    for (const auto& form : person.aliases)
      if (std::string key = normalise_name(form); !key.empty()) k.forms.push_back(key);
    k.forms.insert(k.forms.begin(), normalise_name(person.name));
    const std::string& name_key = k.forms.front();
    k.last_token = name_key.substr(name_key.rfind(' ') + 1);  // npos + 1 == 0: one-token name
    keys.push_back(std::move(k));
  }

  MatchResult result;
  result.gold_of_predicted.resize(predicted.size());
  result.predicted_of_gold.resize(gold.size());
  for (std::size_t p = 0; p < predicted.size(); ++p) {
    std::vector<std::string> forms{predicted[p].name};
    forms.insert(forms.end(), predicted[p].aliases.begin(), predicted[p].aliases.end());
    for (const auto& form : forms) {
      const std::string key = normalise_name(form);
      if (key.empty()) continue;
      // A one-token form ("Vasile", "Mr Vasile") counts only if it names one gold person.
      if (is_single_token(key) && count_referents(key, keys) != 1) continue;
      for (std::size_t g = 0; g < gold.size(); ++g) {
        if (result.predicted_of_gold[g] || !refers_to(key, keys[g])) continue;
        result.gold_of_predicted[p] = g;
        result.predicted_of_gold[g] = p;
        ++result.matched;
        break;
      }
      if (result.gold_of_predicted[p]) break;
    }
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Metrics

std::optional<double> micro_precision(const Summary& s) {
  return Ratio{s.matched, s.predicted}.value();
}

std::optional<double> micro_recall(const Summary& s) {
  return Ratio{s.matched, s.gold}.value();
}

std::optional<double> micro_f1(const Summary& s) {
  const auto p = micro_precision(s);
  const auto r = micro_recall(s);
  if (!p || !r) return std::nullopt;
  return *p + *r > 0 ? 2 * *p * *r / (*p + *r) : 0.0;
}

std::optional<double> macro_precision(const Summary& s) {
  if (s.articles == 0) return std::nullopt;
  return s.macro_precision_sum / static_cast<double>(s.articles);
}

std::optional<double> macro_recall(const Summary& s) {
  if (s.articles == 0) return std::nullopt;
  return s.macro_recall_sum / static_cast<double>(s.articles);
}

namespace {

bool all_within(const std::vector<std::string>& values,
                std::initializer_list<std::string_view> set) {
  return !values.empty() && std::all_of(values.begin(), values.end(), [&](const std::string& v) {
    return std::find(set.begin(), set.end(), v) != set.end();
  });
}

void add_to_breakdowns(Breakdowns& b, const GoldPerson& person, bool found) {
  if (person.direct || person.indirect) {
    if (!b.direct) {
      b.direct.emplace();
      b.indirect_only.emplace();
    }
    const bool direct = person.direct.value_or(false);
    if (direct) b.direct->add(found);
    if (!direct && person.indirect.value_or(false)) b.indirect_only->add(found);
  }
  if (person.attributed_by) {
    if (!b.surname_only) {
      b.surname_only.emplace();
      b.pronoun_or_descriptor_only.emplace();
    }
    if (all_within(*person.attributed_by, {"pronoun", "descriptor"}))
      b.pronoun_or_descriptor_only->add(found);
    if (all_within(*person.attributed_by, {"surname", "honorific-surname"}))
      b.surname_only->add(found);
  }
  if (person.multi_paragraph) {
    if (!b.multi_paragraph) b.multi_paragraph.emplace();
    if (*person.multi_paragraph) b.multi_paragraph->add(found);
  }
}

}  // namespace

void add_article(Summary& s, const GoldArticle& gold, const std::vector<Person>& predicted) {
  const MatchResult m = match_people(predicted, gold.people);
  ++s.articles;
  s.gold += gold.people.size();
  s.predicted += predicted.size();
  s.matched += m.matched;
  s.macro_precision_sum += Ratio{m.matched, predicted.size()}.value().value_or(1.0);
  s.macro_recall_sum += Ratio{m.matched, gold.people.size()}.value().value_or(1.0);
  const bool exact = m.matched == predicted.size() && m.matched == gold.people.size();
  s.exact_articles.add(exact);

  for (std::size_t g = 0; g < gold.people.size(); ++g) {
    const GoldPerson& person = gold.people[g];
    const auto p = m.predicted_of_gold[g];
    add_to_breakdowns(s.recall_by, person, p.has_value());
    if (!p) continue;
    const std::string& predicted_role = predicted[*p].role;
    if (person.role) {
      s.role_exact.add(role_matches_exactly(predicted_role, *person.role));
      s.role_head.add(role_matches_head(predicted_role, *person.role));
    } else if (!trim(predicted_role).empty()) {
      ++s.extra_roles;
    }
  }

  if (exact) return;
  ArticleErrors errors{gold.file, {}, {}};
  for (std::size_t p = 0; p < predicted.size(); ++p)
    if (!m.gold_of_predicted[p]) errors.false_positives.push_back(predicted[p].name);
  for (std::size_t g = 0; g < gold.people.size(); ++g)
    if (!m.predicted_of_gold[g]) errors.false_negatives.push_back(gold.people[g].name);
  s.errors.push_back(std::move(errors));
}

}  // namespace news::speaker_eval
