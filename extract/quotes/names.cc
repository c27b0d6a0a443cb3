#include "extract/quotes/names.h"

#include <algorithm>

#include "common/strings.h"

namespace news::quotes {

using lexicon::Gender;

std::string strip_possessive(std::string word) {
  for (std::string_view suffix : {"'s", "\xE2\x80\x99s"}) {
    if (word.size() > suffix.size() && std::string_view(word).ends_with(suffix)) {
      word.resize(word.size() - suffix.size());
      return word;
    }
  }
  if (word.ends_with('\'') || (word.size() > 3 && std::string_view(word).ends_with("\xE2\x80\x99")))
    word.resize(word.size() - (word.back() == '\'' ? 1 : 3));
  return word;
}

std::string join_words(const std::vector<std::string>& words, std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < std::min(to, words.size()); ++i) {
    // The tokenizer keeps a closing apostrophe apart ("Mineworkers" "'"): it joins the word before.
    const bool apostrophe = words[i] == "'" || words[i] == "\xE2\x80\x99";
    if (!out.empty() && !apostrophe) out += ' ';
    out += words[i];
  }
  return out;
}

namespace {

// Extends a role backwards from token `start` (exclusive) over role-like words: "Assistant
// secretary of defence for space policy" before "John F. Plumb". Returns the role text, or "" if
// the words there contain no role noun.
std::string role_before(const Sentence& s, std::size_t start, bool continues_role) {
  // "joint administrator at Pellow Grant": a phrase ending in a connector is not the name's role,
  // unless the run itself starts with role words ("Secretary of | State John Kerry").
  if (!continues_role && start > 0 && is_word(s[start - 1]) &&
      lexicon::is_role_connector(lower(s[start - 1])))
    return "";
  std::vector<std::string> words;
  bool has_role_word = false;
  std::size_t i = start;
  while (i > 0 && words.size() < 10) {
    const Token& token = s[i - 1];
    if (!is_word(token)) break;
    const std::string_view lower_word = lower(token);
    if (is_determiner(lower_word)) {
      // "Secretary of the Treasury": a determiner after a connector is inside the role.
      if (i >= 2 && is_word(s[i - 2]) && lexicon::is_role_connector(lower(s[i - 2])) &&
          lower(s[i - 2]) != "the") {
        words.insert(words.begin(), std::string(token.text));
        --i;
        continue;
      }
      break;
    }
    // "quoted chairman Simon Keswick as saying": the verb that quotes ends the role too.
    if (lexicon::speech_cue(lower_word) || lexicon::person_pronoun(lower_word) ||
        lower_word == "which" || lower_word == "who" || lower_word == "that" ||
        lower_word == "whose" || lower_word == "quoted" || lower_word == "quoting" ||
        lower_word == "cited" || lower_word == "citing")
      break;
    const bool connector = lexicon::is_role_connector(lower_word);
    if (!connector && lexicon::is_capitalised_function_word(token.text)) break;
    if (lexicon::is_role_word(lower_word)) has_role_word = true;
    words.insert(words.begin(), std::string(token.text));
    --i;
  }
  while (!words.empty() && lexicon::is_role_connector(lower_ascii(words.front())))
    words.erase(words.begin());
  if (!has_role_word) return "";
  // The role must end with its head noun next to the name ("Foreign Minister"), or be a phrase
  // whose head comes first ("secretary of defence for space policy").
  return join_words(words);
}

}  // namespace

std::optional<NameMention> analyse_run(const Sentence& s, std::size_t first, std::size_t end) {
  NameMention mention;
  mention.begin = first;
  mention.end = end;
  std::vector<std::string> words;
  for (std::size_t i = first; i < end; ++i) words.push_back(std::string(s[i].text));
  // Leading function words ("The", "But").
  std::size_t start = 0;
  while (start < words.size() && lexicon::is_capitalised_function_word(words[start]) &&
         !lexicon::honorific(words[start])) {
    if (is_determiner(lower_ascii(words[start]))) mention.determiner = true;
    ++start;
  }
  // The last role word splits role from name: "Russian Foreign Minister | Sergey Lavrov".
  std::size_t name_start = start;
  for (std::size_t i = start; i < words.size(); ++i) {
    // A role word at the end is a surname ("Charlie King", "Ruth Judge"), not a title.
    if (i + 1 < words.size() && lexicon::is_role_word(lower_ascii(words[i]))) name_start = i + 1;
  }
  // "Minister of Energy and Mines | Arturo Hernandez Grisanti", "Secretary of State | John Kerry":
  // after a role phrase ending in a connector, the run's first words finish the portfolio
  // (organisation, title and place words), not the name.
  const bool after_connector =
      first > 0 && is_word(s[first - 1]) && lexicon::is_role_connector(lower(s[first - 1])) &&
      (lower(s[first - 1]) != "the" ||
       (first > 1 && is_word(s[first - 2]) && lexicon::is_role_connector(lower(s[first - 2]))));
  if (name_start == start && after_connector && !role_before(s, first, true).empty()) {
    std::size_t portfolio_end = name_start;
    // "of the Exchequer | George Osborne": a known given name after the first word starts the name.
    for (std::size_t i = name_start + 1; i + 1 < words.size(); ++i) {
      if (lexicon::is_given_name(words[i])) {
        portfolio_end = i;
        break;
      }
    }
    while (portfolio_end == name_start && words.size() - portfolio_end > 2 &&
           (lexicon::is_organisation_word(words[portfolio_end]) ||
            lexicon::is_title_word(lower_ascii(words[portfolio_end])) ||
            lexicon::is_place_name(words[portfolio_end]))) {
      ++portfolio_end;
    }
    name_start = portfolio_end;
  }
  std::string role = join_words(words, start, name_start);
  // Honorifics before the name.
  while (name_start < words.size()) {
    if (auto gender = lexicon::honorific(words[name_start])) {
      mention.honorific = *gender;
      mention.honorific_text = words[name_start];
      ++name_start;
      continue;
    }
    break;
  }
  for (std::size_t i = name_start; i < words.size(); ++i)
    mention.name.push_back(strip_possessive(words[i]));
  // A trailing suffix ("Jr.") is part of the name but not a surname.
  if (mention.name.empty()) return std::nullopt;
  if (mention.name.size() > 4) return std::nullopt;
  const bool known_given_name =
      mention.name.size() >= 2 && lexicon::is_given_name(mention.name.front());
  for (const auto& word : mention.name) {
    if (lexicon::is_organisation_word(word)) mention.organisation = true;
    // "Theresa May", "Ruth Davis Monday": after a known given name a month-like word is a surname.
    if (lexicon::is_capitalised_function_word(word) && !lexicon::honorific(word) &&
        !(known_given_name && &word != &mention.name.front()))
      return std::nullopt;
    if (std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; }))
      return std::nullopt;
  }
  // "West Virginia", "New York": places look like names in capitals.
  if (lexicon::is_place_name(join_words(mention.name))) mention.organisation = true;
  // A name of capitals only is an acronym ("BBC", "NHS"), not a person.
  if (mention.name.size() == 1 && mention.name[0].size() > 1 &&
      std::all_of(mention.name[0].begin(), mention.name[0].end(),
                  [](char c) { return !(c >= 'a' && c <= 'z'); }))
    return std::nullopt;
  // Role words before the run: "Chelsea manager Jose Mourinho", "Assistant secretary of ... ".
  const std::string before = role_before(s, first + start, !role.empty());
  if (!before.empty()) role = role.empty() ? before : before + " " + role;
  // "the Football Association said": a determiner before a name with no role makes it a thing.
  // "The Russian Foreign Minister Sergey Lavrov": with a role, the determiner is the role's.
  // "said the Rev. Peter Wherry": an honorific after the determiner makes it a person's too.
  if (!role.empty() || mention.honorific) mention.determiner = false;
  if (role.empty() && !mention.honorific && start == 0 && first > 0 && is_word(s[first - 1]) &&
      is_determiner(lower(s[first - 1])))
    mention.determiner = true;
  mention.role = role;
  return mention;
}

std::vector<std::pair<std::size_t, std::size_t>> capitalised_runs(const Sentence& s,
                                                                  std::size_t from,
                                                                  std::size_t until) {
  std::vector<std::pair<std::size_t, std::size_t>> runs;
  std::size_t i = from;
  while (i < std::min(s.size(), until)) {
    if (!is_name_token(s[i])) {
      ++i;
      continue;
    }
    std::size_t end = i + 1;
    while (end < s.size()) {
      if (is_name_token(s[end])) {
        // A possessive ends the run: "Clinton's campaign".
        if (s[end - 1].text.ends_with("'s") || s[end - 1].text.ends_with("\xE2\x80\x99s")) break;
        ++end;
        continue;
      }
      if (is_word(s[end]) && lexicon::is_name_particle(s[end].text) && end + 1 < s.size() &&
          is_name_token(s[end + 1])) {
        end += 2;
        continue;
      }
      break;
    }
    runs.emplace_back(i, end);
    i = end;
  }
  return runs;
}

std::size_t name_run_start(const Sentence& s, std::size_t last) {
  std::size_t first = last;
  while (first > 0 && (is_name_token(s[first - 1]) ||
                       (is_word(s[first - 1]) && lexicon::is_name_particle(s[first - 1].text) &&
                        first >= 2 && is_name_token(s[first - 2])))) {
    if (s[first - 1].text.ends_with("'s")) break;
    --first;
  }
  return first;
}

bool is_possessive_name(std::string_view word) {
  const bool capital_or_digit = !word.empty() && ((word.front() >= 'A' && word.front() <= 'Z') ||
                                                  (word.front() >= '0' && word.front() <= '9'));
  if (!capital_or_digit) return false;
  return (word.size() > 2 && (word.ends_with("'s") || word.ends_with("s'"))) ||
         (word.size() > 4 && (word.ends_with("\xE2\x80\x99s") || word.ends_with("s\xE2\x80\x99")));
}

namespace {

bool is_apostrophe(const Token& token) {
  return token.kind == Token::Kind::kPunct && (token.text == "'" || token.text == "\xE2\x80\x99");
}

}  // namespace

std::string appositive_after(const Sentence& s, std::size_t end) {
  if (end >= s.size() || !is_comma(s[end])) return "";
  // "said Emily Bell, 34, a nurse": an age between the name and the role.
  const auto is_age = [](std::string_view text) {
    return !text.empty() && text.size() <= 3 &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  if (end + 2 < s.size() && is_age(s[end + 1].text) && is_comma(s[end + 2])) end += 2;
  std::vector<std::string> words;
  for (std::size_t t = end + 1; t < s.size() && words.size() <= 12; ++t) {
    // "a retired Belgian general who works on ...": the role ends where a relative clause starts.
    if (is_comma(s[t]) || ends_sentence(s[t]) ||
        (is_word(s[t]) &&
         (lower(s[t]) == "who" || lower(s[t]) == "whose" || lower(s[t]) == "which")))
      return appositive_role(words);
    // A plural possessive's apostrophe ("the Grain Exporters' Union") stays with its word.
    if (is_apostrophe(s[t]) && !words.empty()) {
      words.back() += s[t].text;
      continue;
    }
    if (!is_word(s[t])) return "";
    words.push_back(std::string(s[t].text));
  }
  return words.size() <= 12 ? appositive_role(words) : "";
}

std::string appositive_before(const Sentence& s, std::size_t first, std::size_t end) {
  if (first < 2 || !is_comma(s[first - 1]) || end >= s.size() || !is_comma(s[end])) return "";
  std::vector<std::string> words;
  std::size_t t = first - 1;
  while (t > 0 && words.size() <= 12) {
    --t;
    if (is_comma(s[t]) || ends_sentence(s[t])) break;
    if (!is_word(s[t])) return "";
    words.insert(words.begin(), std::string(s[t].text));
  }
  // The phrase must start the sentence or a clause, and open with a determiner or a possessive:
  // "The opposition leader, Omar Qarawi, said", not "After the talks, Omar Qarawi, ...".
  if (words.empty() || words.size() > 12) return "";
  const std::string opener = lower_ascii(words.front());
  if (opener != "the" && opener != "its" && opener != "their" && !is_possessive_name(words.front()))
    return "";
  // A role noun ends the phrase's head, whatever qualifies it ("the central bank governor",
  // "the army chief of staff"): appositive_role would take "bank" for an organisation's name.
  std::size_t head_end = 1;
  while (head_end < words.size()) {
    const std::string w = lower_ascii(words[head_end]);
    if (w == "of" || w == "for" || w == "at" || w == "in" || w == "on" || w == "from") break;
    ++head_end;
  }
  if (head_end >= 2 && lexicon::is_role_word(lower_ascii(words[head_end - 1])) &&
      std::none_of(words.begin(), words.end(), [](const std::string& word) {
        const std::string w = lower_ascii(word);
        return lexicon::speech_cue(w) || w == "is" || w == "was" || w == "has" || w == "had";
      }))
    return join_words(words, 1);
  return appositive_role(std::move(words));
}

std::string appositive_role(std::vector<std::string> words) {
  static constexpr std::string_view kLeading[] = {"the", "a", "an", "her", "his", "their", "its"};
  bool determiner = false;
  while (!words.empty() && std::find(std::begin(kLeading), std::end(kLeading),
                                     lower_ascii(words.front())) != std::end(kLeading)) {
    words.erase(words.begin());
    determiner = true;
  }
  // Long titles run to 15 words ("deputy assistant secretary of the U.S. Agriculture Department's
  // Food and Consumer Services Division").
  constexpr std::size_t kMaxRoleWords = 16;
  if (words.empty() || words.size() > kMaxRoleWords) return "";
  // "O2's head of devices", "Barclays' chief economist": an organisation's possessive plays the
  // part of a determiner (and names the affiliation).
  std::size_t first = 0;
  if (words.size() >= 2 && is_possessive_name(words.front())) {
    determiner = true;
    first = 1;
  }
  bool role_word = false;
  bool in_head = true;  // before the first preposition: "analyst | at the investment bank ..."
  for (std::size_t i = first; i < words.size(); ++i) {
    const std::string& word = words[i];
    const std::string w = lower_ascii(word);
    if (w == "at" || w == "of" || w == "for" || w == "in" || w == "on" || w == "from" ||
        w == "with")
      in_head = false;
    if (in_head && !lexicon::is_role_word(w) &&
        (lexicon::is_group_noun(w) || lexicon::is_organisation_word(word)))
      return "";
    if (lexicon::speech_cue(w) || w == "is" || w == "was" || w == "has" || w == "had") return "";
    // An age or a number heads no role ("21"), but may qualify one ("the EB-5 coalition").
    if (in_head &&
        std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; }))
      return "";
    role_word = role_word || (in_head && lexicon::is_role_word(w));
  }
  // "X, a florist on Quay Street, said": an indefinite appositive is a role even when its noun is
  // not in the role list; without a determiner the phrase needs a known role noun.
  if (!role_word && !determiner) return "";
  return join_words(words);
}

bool has_role_word(const std::string& phrase) {
  for (auto word : split(phrase, " ")) {
    if (lexicon::is_role_word(lower_ascii(word))) return true;
  }
  return false;
}

}  // namespace news::quotes
