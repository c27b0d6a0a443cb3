// eval-speakers: scores the quote extractor (news::extract_quotes) against hand-made gold sets,
// following ../shared/docs/quotes.md, "Evaluation protocol and targets". The unit is one
// (article, person quoted) pair; organisations and unnamed sources are not in the gold, so an
// extractor that outputs them as people is charged a false positive.
//
//   eval-speakers --gold FILE.jsonl --texts DIR [--style uk|us] [--verbose] [--json]
//   eval-speakers --corpus DIR [--verbose] [--json]
//   either form also takes --min-precision P and --min-recall R (micro figures), for CI.
//
// Exit codes: 0 scored (and every threshold given was met); 1 a threshold was not met; 2 usage
// error, or a gold file or article text that cannot be read or parsed; 3 the extractor threw
// (it promises never to) or another internal error.
//
// Matching (the conventions the report and docs refer to):
//  - Names are normalised before comparison: curly apostrophes folded to ', lower-cased (ASCII and
//    accented Latin letters), whitespace collapsed, leading honorifics removed (Mr Mrs Ms Miss Dr
//    Sir Lord Lady Prof Professor Rev, with or without a dot, never the last token), and a
//    possessive 's removed from the last token.
//  - A predicted person's forms are its name, then its aliases; a gold person's forms are its name
//    and its aliases. A prediction refers to a gold person when one of its forms equals one of the
//    gold forms.
//  - A one-token form (a bare surname, "Mr Lavrov", a child's first name) refers to a gold person
//    also when it is the last token of that person's name, but it is used only when it refers to
//    exactly one of the article's gold people: a surname two gold people share matches nobody.
//  - Greedy one-to-one assignment: predictions in extractor order, each form in order (name first),
//    each gold person in gold order; the first gold person not yet taken wins. A second prediction
//    for an already matched person (an unmerged alias) is a false positive.
//
// Macro averages: each article's P = matched/predicted and R = matched/gold, averaged over all
// articles, with an empty set counting as vacuously right: no prediction gives P = 1, no gold
// person gives R = 1 (so an article with neither has P = R = 1, and an article where the
// extractor found nothing shows up in macro R, not in macro P).
#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstddef>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>
#include <vector>

#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "common/article.h"
#include "common/error.h"
#include "common/strings.h"
#include "extract/quotes/extractor.h"
#include "extract/text/reader.h"
#include "extract/text_decoding.h"

namespace news::speaker_eval {

namespace fs = std::filesystem;

constexpr int kExitOk = 0;
constexpr int kExitThreshold = 1;
constexpr int kExitInput = 2;
constexpr int kExitInternal = 3;

// A gold file or article text that cannot be read or parsed: the run would score the wrong thing,
// so it stops (exit 2) instead of skipping the article.
class InputError : public Error {
 public:
  using Error::Error;
};

// extract_quotes broke its "never throws" contract.
class ExtractorError : public Error {
 public:
  using Error::Error;
};

// ---------------------------------------------------------------------------------------------
// Gold data

struct GoldPerson {
  std::string name;
  std::vector<std::string> aliases;
  std::optional<std::string> role;  // nullopt: the gold says no role phrase is attached
  // Annotations only some sets have (corpus/ has none of them). Absent means unknown: such a
  // person is left out of the breakdown that needs the field instead of being counted as "no".
  std::optional<bool> direct;
  std::optional<bool> indirect;
  std::optional<std::vector<std::string>> attributed_by;
  std::optional<bool> multi_paragraph;
};

struct GoldArticle {
  std::string file;    // as the gold names it; what reports print
  fs::path text_path;  // where the text is read from
  std::string origin;  // "GOLD:LINE" or the .expected path, for error messages
  std::vector<GoldPerson> people;
};

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

// One article per non-blank line: {"file": "politics/001.txt", "people": [...], ...}. Fields other
// than file and people are ignored, so annotators may keep notes beside them.
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

// corpus/<slug>.expected beside corpus/<slug>.txt, in file-name order so that reports are
// stable from run to run.
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

// The article exactly as the indexer would see it: decoded, then read by the plain-text reader.
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

// The comparison key of a name (see the conventions at the top of this file); "" for no name.
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

// A role's comparison key: lower case, folded apostrophes, single spaces, no leading article
// ("The returning officer" and "returning officer" are the same role).
std::string normalise_role(std::string_view role) {
  std::vector<std::string> tokens = comparison_tokens(role);
  if (tokens.size() > 1 && (tokens[0] == "the" || tokens[0] == "a" || tokens[0] == "an"))
    tokens.erase(tokens.begin());
  return news::join(tokens, " ");
}

// The head noun of a role: its last word before any " of " or " for " complement ("medical
// director of Bramwick General" -> "director", "Russian Foreign Minister" -> "minister").
std::string role_head(std::string_view role) {
  const std::string key = normalise_role(role);
  const std::size_t cut = std::min(key.find(" of "), key.find(" for "));
  const std::string head_phrase = key.substr(0, cut);
  const std::size_t space = head_phrase.rfind(' ');
  return space == std::string::npos ? head_phrase : head_phrase.substr(space + 1);
}

bool role_matches_exactly(std::string_view predicted, std::string_view gold) {
  return !normalise_role(predicted).empty() && normalise_role(predicted) == normalise_role(gold);
}

bool role_matches_head(std::string_view predicted, std::string_view gold) {
  return !role_head(predicted).empty() && role_head(predicted) == role_head(gold);
}

// ---------------------------------------------------------------------------------------------
// Matching predicted people to gold people within one article

struct MatchResult {
  std::vector<std::optional<std::size_t>> gold_of_predicted;  // per prediction: its gold index
  std::vector<std::optional<std::size_t>> predicted_of_gold;  // per gold person: its prediction
  std::size_t matched = 0;
};

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

// A count of successes out of a total; the ratio is undefined (nullopt) when the total is 0.
struct Ratio {
  std::size_t hit = 0;
  std::size_t total = 0;

  void add(bool success) {
    ++total;
    if (success) ++hit;
  }
  std::optional<double> value() const {
    if (total == 0) return std::nullopt;
    return static_cast<double>(hit) / static_cast<double>(total);
  }
};

struct ArticleErrors {
  std::string file;
  std::vector<std::string> false_positives;  // predicted names with no gold partner
  std::vector<std::string> false_negatives;  // gold names nobody predicted
};

// Gold-person categories whose recall is broken out. Each is nullopt when no gold person of the
// set carries the field it needs, so a set without the annotation prints "n/a" rather than 0/0
// disguised as a result.
struct Breakdowns {
  std::optional<Ratio> direct;                      // has at least one direct quote
  std::optional<Ratio> indirect_only;               // indirect quotes and no direct one
  std::optional<Ratio> pronoun_or_descriptor_only;  // attributed_by within {pronoun, descriptor}
  std::optional<Ratio> surname_only;  // attributed_by within {surname, honorific-surname}
  std::optional<Ratio> multi_paragraph;
};

struct Summary {
  std::size_t articles = 0;
  std::size_t gold = 0;
  std::size_t predicted = 0;
  std::size_t matched = 0;
  double macro_precision_sum = 0;  // per-article P and R, summed; divided by articles when shown
  double macro_recall_sum = 0;
  Ratio exact_articles;  // predicted set equal to the gold set
  Breakdowns recall_by;
  Ratio role_exact;                   // over matched people with a gold role
  Ratio role_head;                    // same people, head nouns compared
  std::size_t extra_roles = 0;        // matched people given a role where the gold has none
  std::vector<ArticleErrors> errors;  // articles with at least one false positive or negative
};

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

// Scores one article's predictions against its gold people and adds them to the summary.
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

// ---------------------------------------------------------------------------------------------
// Reports

// What was evaluated, for the report header.
struct RunInfo {
  std::string set;    // gold file or corpus directory
  std::string texts;  // texts directory
  std::string style;  // "uk", "us", or "" when not given
};

std::string format_value(std::optional<double> value) {
  return value ? fmt::format("{:.3f}", *value) : "n/a";
}

// "0.912 (83/91)": every figure with the counts it comes from.
std::string format_ratio(const Ratio& r) {
  return fmt::format("{} ({}/{})", format_value(r.value()), r.hit, r.total);
}

std::string format_breakdown(const std::optional<Ratio>& r) {
  return r ? "R " + format_ratio(*r) : "n/a (not annotated in this gold set)";
}

std::string format_report(const Summary& s, const RunInfo& info, bool verbose) {
  std::string out;
  auto line = [&out](std::string_view text) {
    out += text;
    out += '\n';
  };
  line(fmt::format("== speakers: {} ==", info.set));
  line(fmt::format("texts     {}", info.texts));
  line(fmt::format("style     {}", info.style.empty() ? "not given" : info.style));
  line(fmt::format("articles  {}   gold people {}   predicted {}   matched {}", s.articles, s.gold,
                   s.predicted, s.matched));
  line(fmt::format("micro     P {}   R {}   F1 {}", format_ratio({s.matched, s.predicted}),
                   format_ratio({s.matched, s.gold}), format_value(micro_f1(s))));
  line(fmt::format(
      "macro     P {}   R {}   (mean over {} articles; no prediction: P=1, no gold: R=1)",
      format_value(macro_precision(s)), format_value(macro_recall(s)), s.articles));
  line(fmt::format("exact set {} of articles", format_ratio(s.exact_articles)));
  line("recall by gold category:");
  line(fmt::format("  direct quote             {}", format_breakdown(s.recall_by.direct)));
  line(fmt::format("  indirect only            {}", format_breakdown(s.recall_by.indirect_only)));
  line(fmt::format("  pronoun/descriptor only  {}",
                   format_breakdown(s.recall_by.pronoun_or_descriptor_only)));
  line(fmt::format("  surname forms only       {}", format_breakdown(s.recall_by.surname_only)));
  line(fmt::format("  multi-paragraph quote    {}", format_breakdown(s.recall_by.multi_paragraph)));
  line("role accuracy (matched people whose gold role is not null):");
  line(fmt::format("  exact                    {}", format_ratio(s.role_exact)));
  line(fmt::format("  head noun                {}", format_ratio(s.role_head)));
  line(fmt::format("  role given, gold has none {}", s.extra_roles));
  if (verbose) {
    line(
        fmt::format("errors by article ({} of {} articles; FP predicted but not gold, FN gold but "
                    "not predicted):",
                    s.errors.size(), s.articles));
    for (const auto& e : s.errors) {
      line(fmt::format("  {}", e.file));
      for (const auto& name : e.false_positives) line(fmt::format("    FP  {}", name));
      for (const auto& name : e.false_negatives) line(fmt::format("    FN  {}", name));
    }
  }
  return out;
}

nlohmann::ordered_json ratio_json(const Ratio& r) {
  nlohmann::ordered_json j;
  j["hit"] = r.hit;
  j["total"] = r.total;
  j["value"] = r.value() ? nlohmann::ordered_json(*r.value()) : nlohmann::ordered_json();
  return j;
}

nlohmann::ordered_json value_json(std::optional<double> value) {
  return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json();
}

nlohmann::ordered_json breakdown_json(const std::optional<Ratio>& r) {
  return r ? ratio_json(*r) : nlohmann::ordered_json();
}

nlohmann::ordered_json summary_json(const Summary& s, const RunInfo& info) {
  nlohmann::ordered_json j;
  j["set"] = info.set;
  j["texts"] = info.texts;
  j["style"] = info.style.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(info.style);
  j["articles"] = s.articles;
  j["gold"] = s.gold;
  j["predicted"] = s.predicted;
  j["matched"] = s.matched;
  j["micro"] = {{"precision", value_json(micro_precision(s))},
                {"recall", value_json(micro_recall(s))},
                {"f1", value_json(micro_f1(s))}};
  j["macro"] = {{"precision", value_json(macro_precision(s))},
                {"recall", value_json(macro_recall(s))}};
  j["exact_articles"] = ratio_json(s.exact_articles);
  j["recall_by"] = {
      {"direct", breakdown_json(s.recall_by.direct)},
      {"indirect_only", breakdown_json(s.recall_by.indirect_only)},
      {"pronoun_or_descriptor_only", breakdown_json(s.recall_by.pronoun_or_descriptor_only)},
      {"surname_only", breakdown_json(s.recall_by.surname_only)},
      {"multi_paragraph", breakdown_json(s.recall_by.multi_paragraph)}};
  j["roles"] = {{"exact", ratio_json(s.role_exact)},
                {"head_noun", ratio_json(s.role_head)},
                {"given_where_gold_has_none", s.extra_roles}};
  return j;
}

// ---------------------------------------------------------------------------------------------
// Thresholds

// Messages for each --min-precision / --min-recall not met; empty when all are met. An undefined
// figure (no predictions, or no gold people) does not meet a threshold: CI must not pass on a run
// that measured nothing.
std::vector<std::string> unmet_thresholds(const Summary& s, std::optional<double> min_precision,
                                          std::optional<double> min_recall) {
  std::vector<std::string> unmet;
  auto check = [&unmet](const char* what, const char* option, std::optional<double> value,
                        std::optional<double> minimum, const Ratio& counts) {
    if (!minimum) return;
    if (!value)
      unmet.push_back(fmt::format("micro {} is undefined ({}/{}), so {} {} is not met", what,
                                  counts.hit, counts.total, option, *minimum));
    else if (*value < *minimum)
      unmet.push_back(fmt::format("micro {} {:.4f} ({}/{}) is below {} {}", what, *value,
                                  counts.hit, counts.total, option, *minimum));
  };
  check("precision", "--min-precision", micro_precision(s), min_precision,
        {s.matched, s.predicted});
  check("recall", "--min-recall", micro_recall(s), min_recall, {s.matched, s.gold});
  return unmet;
}

// ---------------------------------------------------------------------------------------------
// Command line

struct Options {
  std::string gold_path;   // --gold: JSONL gold set
  std::string texts_dir;   // --texts: where the gold's "file" paths are relative to
  std::string corpus_dir;  // --corpus: corpus/*.expected set instead of --gold
  std::string style;       // "uk", "us" or "" (not given)
  bool verbose = false;
  bool json = false;
  std::optional<double> min_precision;
  std::optional<double> min_recall;
};

constexpr const char* kFooter =
    "Scores extract_quotes per (article, person quoted), as ../shared/docs/quotes.md describes;\n"
    "matching and macro conventions are documented at the top of bench/eval_speakers.cc.\n"
    "Exit codes: 0 scored; 1 --min-precision/--min-recall not met; 2 usage error or unreadable\n"
    "gold or text; 3 the extractor threw.";

// Returns the options, or the exit code when parsing ended the run (--help, bad usage).
std::variant<Options, int> parse_options(int argc, char** argv) {
  Options options;
  double min_precision = 0;
  double min_recall = 0;
  CLI::App app{"Evaluate the quote-attribution extractor against a gold set.", "eval-speakers"};
  app.footer(kFooter);
  auto* gold = app.add_option("--gold", options.gold_path, "Gold set, one JSON article per line")
                   ->option_text("FILE");
  auto* texts = app.add_option("--texts", options.texts_dir,
                               "Directory the gold's \"file\" paths are relative to")
                    ->option_text("DIR");
  auto* corpus = app.add_option("--corpus", options.corpus_dir,
                                "Score the project corpus: DIR/*.expected beside DIR/*.txt")
                     ->option_text("DIR");
  app.add_option("--style", options.style,
                 "Label of the set for the UK/US breakdown (us also reads numeric dates month "
                 "first)")
      ->transform(CLI::IsMember({"uk", "us"}, CLI::ignore_case))
      ->option_text("uk|us");
  app.add_flag("-v,--verbose", options.verbose,
               "List each article's false positives and false negatives");
  app.add_flag("--json", options.json,
               "Print a one-line JSON summary on stdout instead of the report (which --verbose "
               "then sends to stderr)");
  auto* min_p = app.add_option("--min-precision", min_precision,
                               "Exit 1 unless micro precision is at least P")
                    ->check(CLI::Range(0.0, 1.0))
                    ->option_text("P");
  auto* min_r =
      app.add_option("--min-recall", min_recall, "Exit 1 unless micro recall is at least R")
          ->check(CLI::Range(0.0, 1.0))
          ->option_text("R");
  gold->excludes(corpus);
  texts->excludes(corpus);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kExitOk : kExitInput;
  }
  if (options.gold_path.empty() && options.corpus_dir.empty())
    throw UsageError("give --gold FILE --texts DIR, or --corpus DIR");
  if (!options.gold_path.empty() && options.texts_dir.empty())
    throw UsageError("--gold needs --texts DIR (the directory its \"file\" paths are relative to)");
  if (min_p->count() > 0) options.min_precision = min_precision;
  if (min_r->count() > 0) options.min_recall = min_recall;
  return options;
}

int run(int argc, char** argv) {
  const auto parsed = parse_options(argc, argv);
  if (const int* exit_code = std::get_if<int>(&parsed)) return *exit_code;
  const Options& options = std::get<Options>(parsed);

  const bool corpus_mode = !options.corpus_dir.empty();
  const RunInfo info{corpus_mode ? options.corpus_dir : options.gold_path,
                     corpus_mode ? options.corpus_dir : options.texts_dir, options.style};
  const std::vector<GoldArticle> gold = corpus_mode
                                            ? load_corpus_gold(options.corpus_dir)
                                            : load_gold_jsonl(options.gold_path, options.texts_dir);
  // Scoring nothing would print a perfect-looking report (and pass CI); say so instead.
  if (gold.empty()) throw InputError(fmt::format("no annotated articles in {}", info.set));

  TextReaderOptions reader_options;
  if (options.style == "us") reader_options.dates.numeric_order = NumericDateOrder::kMonthFirst;

  Summary summary;
  for (const auto& article_gold : gold) {
    Article article = read_article(article_gold, reader_options);
    try {
      extract_quotes(article);
    } catch (const std::exception& e) {
      throw ExtractorError(
          fmt::format("extract_quotes threw on {}: {}", article_gold.text_path.string(), e.what()));
    }
    add_article(summary, article_gold, article.people);
  }

  const auto unmet = unmet_thresholds(summary, options.min_precision, options.min_recall);
  if (options.json) {
    nlohmann::ordered_json j = summary_json(summary, info);
    j["thresholds"] = {{"min_precision", value_json(options.min_precision)},
                       {"min_recall", value_json(options.min_recall)},
                       {"met", unmet.empty()}};
    std::cout << j.dump() << '\n';
    // Stdout stays one JSON line; the per-article lists, if asked for, go to stderr.
    if (options.verbose) std::cerr << format_report(summary, info, true);
  } else {
    std::cout << format_report(summary, info, options.verbose);
  }
  std::cout.flush();
  for (const auto& message : unmet) std::cerr << "eval-speakers: " << message << '\n';
  return unmet.empty() ? kExitOk : kExitThreshold;
}

}  // namespace news::speaker_eval

int main(int argc, char** argv) {
  using namespace news::speaker_eval;
  try {
    return run(argc, argv);
  } catch (const news::UsageError& e) {
    std::cerr << "eval-speakers: " << e.what() << "\n(see eval-speakers --help)\n";
    return kExitInput;
  } catch (const InputError& e) {
    std::cerr << "eval-speakers: " << e.what() << '\n';
    return kExitInput;
  } catch (const std::exception& e) {
    std::cerr << "eval-speakers: " << e.what() << '\n';
    return kExitInternal;
  }
}
