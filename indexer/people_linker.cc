#include "indexer/people_linker.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <set>
#include <unordered_map>

#include <fmt/format.h>

#include "common/name_key.h"
#include "common/strings.h"
#include "extract/quotes/lexicon.h"

namespace news {

namespace {

// "YYYYMMDDHHMM" -> "YYYY-MM-DD"; "" stays "".
std::string day_of(const std::string& sort_key) {
  if (sort_key.size() < 8) return "";
  return sort_key.substr(0, 4) + '-' + sort_key.substr(4, 2) + '-' + sort_key.substr(6, 2);
}

// The words of a role that say what the role is: lower-cased, without possessive endings and
// without the little words every role has ("the", "of").
std::set<std::string> role_words(const std::string& role) {
  // Function words carry no role, and the extractor's roles sometimes hold a clause ("as I've
  // suggested"): none of these may count as a role in common.
  static const std::set<std::string, std::less<>> kLittle = {
      "a",   "an",     "and",   "as",  "at",    "be",   "been",  "but", "by",   "could",
      "for", "from",   "had",   "has", "have",  "he",   "her",   "his", "i",    "in",
      "is",  "it",     "its",   "not", "of",    "on",   "or",    "s",   "said", "says",
      "she", "should", "that",  "the", "their", "they", "this",  "to",  "ve",   "was",
      "we",  "were",   "which", "who", "will",  "with", "would", "you"};
  std::set<std::string> words;
  std::string word;
  const auto flush = [&] {
    if (!word.empty() && !kLittle.count(word)) words.insert(word);
    word.clear();
  };
  for (const char c : to_latin_ascii(role)) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      word += c;
    } else {
      flush();
    }
  }
  flush();
  return words;
}

// The titles a name is written with, lower-case without a final '.': {"lord"} for "Lord Archer",
// {"mr"} for "Mr Plumb".
std::set<std::string> titles_of(std::string_view written) {
  std::set<std::string> titles;
  std::size_t start = 0;
  while (start < written.size()) {
    const std::size_t space = written.find(' ', start);
    const std::string_view word = written.substr(
        start, space == std::string_view::npos ? written.size() - start : space - start);
    if (!is_name_honorific(word)) break;
    std::string title = lower_ascii(word);
    if (!title.empty() && title.back() == '.') title.pop_back();
    titles.insert(std::move(title));
    if (space == std::string_view::npos) break;
    start = space + 1;
  }
  return titles;
}

// The titles of a mention's name and aliases.
std::set<std::string> titles_of(const PersonMention& mention) {
  std::set<std::string> titles = titles_of(mention.name);
  for (const std::string& alias : mention.aliases) {
    const auto more = titles_of(alias);
    titles.insert(more.begin(), more.end());
  }
  return titles;
}

// Titles that say who someone is for life, beyond their sex: a peer, a knight, a cleric, an
// officer, a judge. A surname with one of them ("Lord Archer") is only the person of that
// surname who is also written with it. Titles of office ("President", "Senator") come and go
// with the job, and say nothing the roles do not.
bool is_distinctive_title(const std::string& title) {
  static const std::set<std::string, std::less<>> kDistinctive = {
      "lord",   "lady",     "sir",    "dame",    "baron",  "baroness", "earl", "rev",
      "father", "cardinal", "bishop", "rabbi",   "imam",   "sheikh",   "gen",  "general",
      "col",    "colonel",  "capt",   "captain", "maj",    "major",    "lt",   "sgt",
      "adm",    "admiral",  "cmdr",   "judge",   "justice"};
  return kDistinctive.count(title) > 0;
}

bool is_male_title(const std::string& title) {
  return title == "mr" || title == "sir" || title == "lord";
}

bool is_female_title(const std::string& title) {
  return title == "mrs" || title == "ms" || title == "miss" || title == "lady" || title == "dame" ||
         title == "baroness";
}

// Whether titles written for one person could be written for another: a distinctive title must
// be among the other's, and "Mr" and "Mrs" (or "Ms", "Miss", ...) are never one person.
bool titles_agree(const std::set<std::string>& mention, const std::set<std::string>& person) {
  const auto any = [](const std::set<std::string>& titles, bool (*test)(const std::string&)) {
    return std::any_of(titles.begin(), titles.end(), test);
  };
  for (const std::string& title : mention)
    if (is_distinctive_title(title) && !person.count(title)) return false;
  if (any(mention, is_male_title) && any(person, is_female_title)) return false;
  if (any(mention, is_female_title) && any(person, is_male_title)) return false;
  return true;
}

// The first word of a name after its titles, lower-cased as the index lower-cases words ("faris"
// for "Gen. Faris al-Zubaidi"); "" when there is none.
std::string written_given_name(std::string_view written) {
  std::size_t start = 0;
  while (start < written.size()) {
    const std::size_t space = written.find(' ', start);
    if (space == std::string_view::npos) return "";  // the last word is the surname
    const std::string_view word = written.substr(start, space - start);
    start = space + 1;
    if (is_name_honorific(word)) continue;
    std::string given;
    for (const char c : word) {
      if (static_cast<unsigned char>(c) >= 0x80 || std::isalnum(static_cast<unsigned char>(c)))
        given += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return given;
  }
  return "";
}

// True for "I've", "We'll", "You're", "I'm", "He'd": a word ending in a contraction.
bool is_contraction(std::string_view word) {
  for (const std::string_view ending : {"ve", "ll", "re", "m", "d"}) {
    for (const std::string_view apostrophe : {"'", "\xE2\x80\x99"}) {
      const std::string tail = std::string(apostrophe) + std::string(ending);
      if (word.size() > tail.size() && word.ends_with(tail)) return true;
    }
  }
  return false;
}

// Role words too common to tell two people apart on their own ("minister" is shared by a finance
// and a foreign minister).
bool is_generic_role_word(const std::string& word) {
  static const std::set<std::string, std::less<>> kGeneric = {
      "minister",  "president", "chief",       "head",         "leader",     "director",
      "official",  "spokesman", "spokeswoman", "spokesperson", "secretary",  "deputy",
      "former",    "senior",    "general",     "chairman",     "chairwoman", "chair",
      "executive", "manager",   "member",      "national",     "officer",    "boss",
      "gov",       "sen",       "rep",         "us",           "new"};
  return kGeneric.count(word) > 0;
}

// What two full names' persons have in common that says they are one: role words (two, or one
// that is not generic) or an affiliation. Empty when nothing.
std::vector<std::string> common_ground(const std::set<std::string>& roles_a,
                                       const std::set<std::string>& roles_b,
                                       const std::set<std::string>& orgs_a,
                                       const std::set<std::string>& orgs_b) {
  std::vector<std::string> shared;
  for (const std::string& word : roles_a)
    if (roles_b.count(word)) shared.push_back(word);
  if (shared.size() >= 2 || (shared.size() == 1 && !is_generic_role_word(shared.front())))
    return shared;
  for (const std::string& org : orgs_a)
    if (orgs_b.count(org)) return {org};
  return {};
}

// True for a name that starts with a compound whose second part is lower-case ("Paris-based
// Euronext", "London-born Smith"): an adjective, not a given name.
bool has_adjective_compound_given_name(const std::string& name) {
  const std::size_t space = name.find(' ');
  const std::size_t hyphen = name.find('-');
  return hyphen != std::string::npos && (space == std::string::npos || hyphen < space) &&
         hyphen + 1 < name.size() && name[hyphen + 1] >= 'a' && name[hyphen + 1] <= 'z';
}

constexpr std::size_t kNoArticle = static_cast<std::size_t>(-1);

// The last word of a name as written ("Ford" of "Mr Ford").
std::string_view last_word(std::string_view name) {
  const std::size_t space = name.rfind(' ');
  return space == std::string_view::npos ? name : name.substr(space + 1);
}

// What the first pass learns about one full name (a name key's local id) from the articles
// quoting it: what the rules need to join it to other full names and to tie surnames to it.
struct FullName {
  std::size_t articles = 0;  // articles quoting it
  std::size_t last_article = kNoArticle;
  std::set<std::string> spellings;
  std::set<std::string> role_words;
  std::set<std::string> affiliations;  // lower-cased
  std::set<char> initials;             // as its given names are written (written_initial)
  std::set<std::string> titles;
  std::set<std::string> given_names;    // as written, lower-cased
  bool adjective_compound = false;      // has_adjective_compound_given_name
  std::vector<std::string> loose_keys;  // given and surname loose keys, "given surname"
};

// Every full name of the archive, and the pairs of them that share a loose key and are quoted
// in one article (two people, whatever their names).
struct FullNames {
  std::map<std::string, FullName> by_id;
  std::set<std::pair<std::string, std::string>> quoted_together;  // (smaller id, larger id)
  // For each capitalised word of the archive's roles and affiliations, lower-cased without a
  // possessive ending, the articles that write it there ("a Ford Motor spokesman", "analyst at
  // Bloomberg"): how often the archive uses it as the name of an organisation.
  std::map<std::string, std::size_t> organisation_uses;
};

// The capitalised words of a role or an affiliation, lower-cased, without possessive endings
// ("Ford Motor's chairman" -> ford, motor).
void add_capitalised_words(std::string_view text, std::set<std::string>& words) {
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = start;
    while (end < text.size() && text[end] != ' ' && text[end] != ',' && text[end] != '/') ++end;
    std::string_view word = text.substr(start, end - start);
    for (const std::string_view possessive : {"'s", "\xE2\x80\x99s", "'", "\xE2\x80\x99"}) {
      if (word.ends_with(possessive)) {
        word.remove_suffix(possessive.size());
        break;
      }
    }
    if (!word.empty() && word[0] >= 'A' && word[0] <= 'Z') words.insert(lower_ascii(word));
    start = end + 1;
  }
}

// The first pass: what the archive's articles say about each full name.
FullNames gather_full_names(const ArticleStream& archive) {
  FullNames names;
  std::size_t article = 0;
  archive(false, [&](const ArticlePeople& people) {
    std::vector<const std::pair<const std::string, FullName>*> quoted;  // this article's
    std::set<std::string> organisation_words;
    for (const PersonMention& mention : people.mentions) {
      add_capitalised_words(mention.role, organisation_words);
      add_capitalised_words(mention.affiliation, organisation_words);
      if (is_surname_only_id(mention.local_id)) continue;
      auto [it, added] = names.by_id.try_emplace(mention.local_id);
      FullName& name = it->second;
      if (added) {
        for (const std::string& given : loose_keys_of(full_id_given(mention.local_id)))
          for (const std::string& surname : loose_keys_of(full_id_surname(mention.local_id)))
            name.loose_keys.push_back(given + ' ' + surname);
      }
      if (name.last_article != article) {
        name.last_article = article;
        ++name.articles;
        quoted.push_back(&*it);
      }
      name.spellings.insert(mention.name);
      const auto words = role_words(mention.role);
      name.role_words.insert(words.begin(), words.end());
      if (!mention.affiliation.empty()) name.affiliations.insert(lower_ascii(mention.affiliation));
      name.initials.insert(written_initial(mention.name));
      const auto titles = titles_of(mention);
      name.titles.insert(titles.begin(), titles.end());
      if (const std::string given = written_given_name(mention.name); given.size() > 1)
        name.given_names.insert(given);
      if (has_adjective_compound_given_name(mention.name)) name.adjective_compound = true;
    }
    for (std::size_t i = 0; i < quoted.size(); ++i) {
      for (std::size_t j = i + 1; j < quoted.size(); ++j) {
        const auto& a = quoted[i]->second.loose_keys;
        const auto& b = quoted[j]->second.loose_keys;
        if (std::none_of(a.begin(), a.end(), [&](const std::string& key) {
              return std::find(b.begin(), b.end(), key) != b.end();
            }))
          continue;
        names.quoted_together.insert(std::minmax(quoted[i]->first, quoted[j]->first));
      }
    }
    for (const std::string& word : organisation_words) ++names.organisation_uses[word];
    ++article;
  });
  return names;
}

// The suffix of a full name's id ("" or ".jr"): "Donald Trump Jr." and "Donald Trump" are two
// people (local_person_id).
std::string_view id_suffix(std::string_view id) {
  const std::size_t dot = id.find('.');
  return dot == std::string_view::npos ? std::string_view() : id.substr(dot);
}

// A person of the table as the full names make them: what the rules tie other names by, united
// over the full names joined into them.
struct Known {
  std::set<std::string> role_words;
  std::set<char> initials;
  std::set<std::string> titles;
  std::set<std::string> given_names;
  bool adjective_compound = false;
  std::vector<std::string> why;  // the joins of full names
};

// The persons of the full names: one per name key, then joined across spellings.
struct FullNamePersons {
  std::map<std::string, std::string> owner;  // full name's id -> its person's id
  std::map<std::string, Known> known;        // by person id
  // The persons under each surname key (every spelling joined into them), but not the
  // adjectives: "Paris-based Euronext" ties no surname.
  std::map<std::string, std::vector<std::string>> by_surname;
  // The articles quoting a full name of each surname key (FullName::articles, summed).
  std::map<std::string, std::size_t> surname_uses;
  std::map<std::string, std::size_t> organisation_uses;  // FullNames::organisation_uses
};

// Joins full names whose given names and surnames meet by loose keys (common/name_key.h) and whose
// persons share a role or an affiliation, and who are never quoted side by side in one article;
// the joined person keeps the id of its member quoted in most articles (ties: the smallest).
FullNamePersons join_full_names(FullNames names) {
  std::map<std::string, std::vector<std::string>> by_loose_key;
  for (const auto& [id, name] : names.by_id)
    for (const std::string& key : name.loose_keys) by_loose_key[key].push_back(id);
  std::map<std::string, std::string> parent;
  for (const auto& [id, name] : names.by_id) parent[id] = id;
  const auto root = [&](std::string id) {
    while (parent[id] != id) id = parent[id];
    return id;
  };
  std::map<std::string, std::vector<std::string>> reasons;  // by the pair's first id
  for (const auto& [key, ids] : by_loose_key) {
    for (std::size_t i = 0; i < ids.size(); ++i) {
      for (std::size_t j = i + 1; j < ids.size(); ++j) {
        const std::string& a = ids[i];
        const std::string& b = ids[j];
        if (root(a) == root(b)) continue;
        if (id_suffix(a) != id_suffix(b)) continue;
        if (names.quoted_together.count(std::minmax(a, b))) continue;
        const FullName& name_a = names.by_id.at(a);
        const FullName& name_b = names.by_id.at(b);
        const std::vector<std::string> shared = common_ground(
            name_a.role_words, name_b.role_words, name_a.affiliations, name_b.affiliations);
        if (shared.empty()) continue;
        parent[root(b)] = root(a);
        reasons[a].push_back(fmt::format(
            "{}, {}: spellings the folds keep apart, joined by the loose key \"{}\" and what "
            "they share ({})",
            a, b, key, join(shared, ", ")));
      }
    }
  }
  std::map<std::string, std::vector<std::string>> groups;
  for (const auto& [id, name] : names.by_id) groups[root(id)].push_back(id);
  FullNamePersons persons;
  for (const auto& [group_root, members] : groups) {
    const std::string keeper = *std::min_element(
        members.begin(), members.end(), [&](const std::string& x, const std::string& y) {
          const std::size_t nx = names.by_id.at(x).articles;
          const std::size_t ny = names.by_id.at(y).articles;
          return nx != ny ? nx > ny : x < y;
        });
    Known& known = persons.known[keeper];
    for (const std::string& member : members) {
      persons.owner[member] = keeper;
      const FullName& name = names.by_id.at(member);
      known.role_words.insert(name.role_words.begin(), name.role_words.end());
      known.initials.insert(name.initials.begin(), name.initials.end());
      known.titles.insert(name.titles.begin(), name.titles.end());
      known.given_names.insert(name.given_names.begin(), name.given_names.end());
      known.adjective_compound = known.adjective_compound || name.adjective_compound;
      // The spellings a key joined.
      if (name.spellings.size() > 1) {
        known.why.push_back(fmt::format(
            "{}: one name key, \"{}\" (spellings, middle initials and titles folded; "
            "docs/people.md)",
            join(std::vector<std::string>(name.spellings.begin(), name.spellings.end()), ", "),
            full_id_given(member) + ' ' + full_id_surname(member)));
      }
      if (const auto lines = reasons.find(member); lines != reasons.end())
        known.why.insert(known.why.end(), lines->second.begin(), lines->second.end());
    }
  }
  for (const auto& [id, name] : names.by_id)
    persons.surname_uses[full_id_surname(id)] += name.articles;
  persons.organisation_uses = std::move(names.organisation_uses);
  for (const auto& [member, keeper] : persons.owner) {
    if (persons.known[keeper].adjective_compound) continue;
    std::vector<std::string>& ids = persons.by_surname[full_id_surname(member)];
    if (std::find(ids.begin(), ids.end(), keeper) == ids.end()) ids.push_back(keeper);
  }
  return persons;
}

// Counts of one kind of text (names, roles, affiliations) over a person's articles, which come
// one after the other (the second pass).
class Tally {
 public:
  // Counts `text` once for `article`, grouped by `group` (the text itself, or its lower case).
  void add(const std::string& group, const std::string& text, std::size_t article,
           const std::string& day) {
    Entry& entry = entries_[group];
    if (entry.last_article != article) {
      entry.last_article = article;
      ++entry.count.count;
      if (!day.empty()) {
        if (entry.count.first.empty() || day < entry.count.first) entry.count.first = day;
        if (day > entry.count.last) entry.count.last = day;
      }
    }
    ++entry.spellings[text];
  }

  // Most frequent first; ties by text.
  std::vector<DatedCount> counts() const {
    std::vector<DatedCount> out;
    for (const auto& [group, entry] : entries_) {
      DatedCount count = entry.count;
      // The group's most used spelling (ties: the smallest), so the result does not depend on
      // the order articles came in.
      count.text = std::max_element(entry.spellings.begin(), entry.spellings.end(),
                                    [](const auto& a, const auto& b) {
                                      return a.second < b.second ||
                                             (a.second == b.second && a.first > b.first);
                                    })
                       ->first;
      out.push_back(std::move(count));
    }
    std::sort(out.begin(), out.end(), [](const DatedCount& a, const DatedCount& b) {
      return a.count != b.count ? a.count > b.count : a.text < b.text;
    });
    return out;
  }

 private:
  struct Entry {
    DatedCount count;
    std::size_t last_article = kNoArticle;
    std::map<std::string, std::size_t> spellings;
  };
  std::map<std::string, Entry> entries_;
};

// A person of the table as the second pass builds them, mention by mention.
class PersonBuilder {
 public:
  void add(const PersonMention& mention, std::size_t article, const std::string& day) {
    if (last_article_ != article) {
      last_article_ = article;
      ++articles_;
    }
    quotes_ += mention.quotes;
    terms_.insert(mention.local_id);
    if (!mention.unconfirmed) confirmed_terms_.insert(mention.local_id);
    names_.add(mention.name, mention.name, article, day);
    for (const auto& alias : mention.aliases) names_.add(alias, alias, article, day);
    if (!name_key(mention.name).surname_only())
      full_names_.add(mention.name, mention.name, article, day);
    if (!mention.role.empty()) roles_.add(lower_ascii(mention.role), mention.role, article, day);
    if (!mention.affiliation.empty())
      affiliations_.add(lower_ascii(mention.affiliation), mention.affiliation, article, day);
    if (!day.empty()) {
      if (first_.empty() || day < first_) first_ = day;
      if (day > last_) last_ = day;
    }
  }

  std::vector<std::string>& why() { return why_; }
  void mark_unresolved() { unresolved_ = true; }

  PersonEntry entry(const std::string& id) const {
    PersonEntry entry;
    entry.id = id;
    entry.unresolved = unresolved_;
    entry.quotes = quotes_;
    entry.articles = articles_;
    entry.first = first_;
    entry.last = last_;
    entry.variants = names_.counts();
    entry.roles = roles_.counts();
    entry.affiliations = affiliations_.counts();
    // The canonical name: the most frequent full form; ties to the form quoted first, then the
    // smallest. Unresolved persons have no full form: their most frequent form.
    std::vector<DatedCount> full = full_names_.counts();
    if (full.empty()) full = entry.variants;
    if (!full.empty()) {
      const auto best =
          std::min_element(full.begin(), full.end(), [](const auto& a, const auto& b) {
            if (a.count != b.count) return a.count > b.count;
            const std::string a_first = a.first.empty() ? "~" : a.first;
            const std::string b_first = b.first.empty() ? "~" : b.first;
            if (a_first != b_first) return a_first < b_first;
            return a.text < b.text;
          });
      entry.name = best->text;
    }
    entry.terms.assign(terms_.begin(), terms_.end());
    std::set_difference(terms_.begin(), terms_.end(), confirmed_terms_.begin(),
                        confirmed_terms_.end(), std::back_inserter(entry.unconfirmed_terms));
    entry.why = why_;
    std::sort(entry.why.begin(), entry.why.end());
    return entry;
  }

 private:
  std::size_t articles_ = 0;
  std::size_t last_article_ = kNoArticle;
  unsigned quotes_ = 0;
  std::string first_;
  std::string last_;
  Tally names_;
  Tally full_names_;
  Tally roles_;
  Tally affiliations_;
  std::set<std::string> terms_;
  std::set<std::string> confirmed_terms_;  // the terms of mentions not unconfirmed
  std::vector<std::string> why_;
  bool unresolved_ = false;
};

// The second pass: every mention of every article given to its person.
class MentionLinker {
 public:
  explicit MentionLinker(FullNamePersons persons) : persons_(std::move(persons)) {
    for (auto& [id, known] : persons_.known) built_[id].why() = std::move(known.why);
  }

  void link(const ArticlePeople& article, std::size_t index) {
    const std::string day = day_of(article.published);
    for (const PersonMention& mention : article.mentions) {
      if (!is_surname_only_id(mention.local_id)) {
        built_[person_of(mention.local_id)].add(mention, index, day);
      } else if (mention.unconfirmed) {
        tie_unconfirmed(mention, article, index, day);
      } else {
        tie_surname(mention, article, index, day);
      }
    }
  }

  std::vector<PersonEntry> entries() const {
    std::vector<PersonEntry> out;
    out.reserve(built_.size() + unresolved_.size());
    for (const auto& [id, person] : built_) out.push_back(person.entry(id));
    for (const auto& [id, person] : unresolved_) out.push_back(person.entry(id));
    std::sort(out.begin(), out.end(),
              [](const PersonEntry& a, const PersonEntry& b) { return a.id < b.id; });
    return out;
  }

 private:
  // The person of a full name's id. Both passes read the same articles, so the first has seen
  // every full name; a name it did not see (an archive changed between the passes) is a person
  // of its own.
  std::string person_of(const std::string& full_id) const {
    const auto found = persons_.owner.find(full_id);
    return found == persons_.owner.end() ? full_id : found->second;
  }

  // The persons of the full names an article quotes.
  std::set<std::string> full_ids_in(const ArticlePeople& article) const {
    std::set<std::string> ids;
    for (const PersonMention& other : article.mentions)
      if (!is_surname_only_id(other.local_id)) ids.insert(person_of(other.local_id));
    return ids;
  }

  // Whether the archive writes a mention's surname, as written, as the name of an organisation
  // (a capitalised word of roles and affiliations: "a Ford Motor spokesman", "an analyst at
  // Bloomberg") in at least as many articles as it quotes someone of that surname by their full
  // name. The word alone then does not say which of the two it is.
  bool names_an_organisation(const PersonMention& mention, const std::string& surname) const {
    const std::string written = lower_ascii(last_word(mention.name));
    const auto organisation = persons_.organisation_uses.find(written);
    if (organisation == persons_.organisation_uses.end()) return false;
    const auto person = persons_.surname_uses.find(surname);
    return person == persons_.surname_uses.end() || organisation->second >= person->second;
  }

  const Known* known(const std::string& id) const {
    const auto found = persons_.known.find(id);
    return found == persons_.known.end() ? nullptr : &found->second;
  }

  void leave_alone(const PersonMention& mention, const std::string& surname, std::size_t index,
                   const std::string& day, std::string why = {}) {
    PersonBuilder& person = unresolved_[surname];
    person.mark_unresolved();
    person.add(mention, index, day);
    if (!why.empty()) person.why().push_back(std::move(why));
  }

  // A surname-only mention: linked when exactly one person fits (link_people's contract).
  void tie_surname(const PersonMention& mention, const ArticlePeople& article, std::size_t index,
                   const std::string& day) {
    const std::string surname = mention.local_id.substr(0, mention.local_id.find('@'));
    // "I've", "We'll": a contraction the extractor took for a name ties to no one.
    if (is_contraction(mention.name)) return leave_alone(mention, surname, index, day);
    const NameKey key = name_key(mention.name);
    // The article, so a reader can check the link (news-query --show ID).
    const std::string where = fmt::format("{}, article {}", day.empty() ? "undated" : day,
                                          mention.local_id.substr(surname.size() + 1));
    const std::set<std::string> in_article = full_ids_in(article);
    const std::set<std::string> mention_roles = role_words(mention.role);
    const std::set<std::string> mention_titles = titles_of(mention);
    // A person of the mention's own article with that surname is who it is, or someone else the
    // article tells apart: not for the archive to decide.
    const bool namesake_in_article =
        std::any_of(in_article.begin(), in_article.end(),
                    [&](const std::string& id) { return full_id_surname(id) == surname; });
    std::vector<std::string> fitting;     // a role in common with the mention's
    std::vector<std::string> considered;  // could be them: initial, titles and sex agree
    if (const auto found = persons_.by_surname.find(surname);
        found != persons_.by_surname.end() && !namesake_in_article) {
      for (const std::string& id : found->second) {
        const Known& person = *known(id);
        if (key.given_initial != '\0' && !person.initials.count(key.given_initial)) continue;
        if (!titles_agree(mention_titles, person.titles)) continue;
        considered.push_back(id);
        if (!common_ground(mention_roles, person.role_words, {}, {}).empty()) fitting.push_back(id);
      }
    }
    // With a role: the one person it has in common. Without: the one person there is, unless the
    // word, written without a title, may be a place or an organisation ("Jordan said", "Ford
    // said"): the extractor's guess that it is a person is weakest there.
    bool tie = mention_roles.empty() ? considered.size() == 1 : fitting.size() == 1;
    if (tie && mention_roles.empty() && mention_titles.empty()) {
      const char* other = lexicon::is_place_name(last_word(mention.name)) ? "a place"
                          : names_an_organisation(mention, surname)
                              ? "an organisation in this archive's roles and affiliations"
                              : nullptr;
      if (other) {
        return leave_alone(mention, surname, index, day,
                           fmt::format("{} ({}): surname only, no role; left alone: the word is "
                                       "also the name of {}",
                                       mention.name, where, other));
      }
    }
    // The article names someone of that surname in full, and not by this person's given name:
    // that someone ("Castro" after "Julián Castro", who is not quoted), not this person.
    if (tie) {
      const std::string& id = mention_roles.empty() ? considered.front() : fitting.front();
      if (article.words.contains(named_in_full(surname))) {
        const auto& given = known(id)->given_names;
        tie = std::any_of(given.begin(), given.end(), [&](const std::string& name) {
          return article.words.contains(given_name_pair(name, surname));
        });
      }
    }
    if (tie) {
      const std::string& id = mention_roles.empty() ? considered.front() : fitting.front();
      PersonBuilder& person = built_[id];
      person.add(mention, index, day);
      person.why().push_back(
          mention_roles.empty()
              ? fmt::format("{} ({}): surname only, no role; the archive's one person named {}",
                            mention.name, where, surname)
              : fmt::format(
                    "{} ({}): surname only; of {} persons named {}, the one whose role "
                    "shares \"{}\"",
                    mention.name, where, considered.size(), surname,
                    join(common_ground(mention_roles, known(id)->role_words, {}, {}), ", ")));
      return;
    }
    if (considered.empty()) return leave_alone(mention, surname, index, day);
    const std::vector<std::string>& names = fitting.empty() ? considered : fitting;
    leave_alone(
        mention, surname, index, day,
        !mention_roles.empty() && fitting.empty()
            ? fmt::format("{} ({}): surname only; left alone: the role \"{}\" shares too little "
                          "with any of {}",
                          mention.name, where, mention.role, join(names, ", "))
            : fmt::format("{} ({}): surname only; left alone: {} persons could be them: {}",
                          mention.name, where, names.size(), join(names, ", ")));
  }

  // An unconfirmed mention: tied to the one person of its surname whose role words the article
  // holds (link_people's contract), else dropped.
  void tie_unconfirmed(const PersonMention& mention, const ArticlePeople& article,
                       std::size_t index, const std::string& day) {
    const std::string surname = mention.local_id.substr(0, mention.local_id.find('@'));
    const auto found = persons_.by_surname.find(surname);
    if (found == persons_.by_surname.end()) return;
    // A person of the article with that surname ("al-Rashidi said" after "Oil Minister Mohammed
    // al-Rashidi") is who it is, as far as the article goes: the extractor only missed the link.
    for (const PersonMention& other : article.mentions)
      if (!is_surname_only_id(other.local_id) && full_id_surname(other.local_id) == surname) return;
    const std::set<std::string> in_article = full_ids_in(article);
    // "Ford said", "Bloomberg reported": where the archive uses the word for an organisation as
    // much as for a person, the article must write the person's full name too. Role words would
    // not tell them apart: an article about Ford Motor has the words of its chairman's role.
    const bool organisation = names_an_organisation(mention, surname);
    // The persons of that surname whose role words the article holds: exactly one must fit.
    std::string fitting;
    std::vector<std::string> held;
    for (const std::string& id : found->second) {
      if (in_article.count(id)) continue;
      const Known& person = *known(id);
      if (person.role_words.empty()) continue;
      // The words that say which role: not "minister" or "chief" alone, nor the surname itself
      // (Bill Ford, "chairman of Ford Motor", is not every Ford of an article about cars).
      std::vector<std::string> words;
      for (const std::string& word : person.role_words)
        if (!is_generic_role_word(word) && word != surname && article.words.contains(word))
          words.push_back(word);
      // Two such words ("The Russian foreign minister arrived ... Lavrov said"), or one and the
      // person's full name written ("army chief General Faris al-Zubaidi, who said ...", a
      // sentence the extractor did not read). Less is too often a company ("Ford"), a first name
      // ("Andrew") or a namesake. The given name must come right before the surname ("Faris
      // al-Zubaidi"), not anywhere: "Michael" somewhere and "Bloomberg also reported" are a
      // reporter and a news agency; and a given name alone is no proof: "will" is a word too.
      bool given_name = false;
      for (const std::string& name : person.given_names) {
        if (!article.words.contains(given_name_pair(name, surname))) continue;
        words.push_back("full name with given name " + name);
        given_name = true;
        break;
      }
      const std::size_t role_words_held = words.size() - (given_name ? 1 : 0);
      if (role_words_held < (given_name ? 1u : 2u)) continue;
      if (organisation && !given_name) continue;
      if (!fitting.empty()) return;  // two could fit: no one
      fitting = id;
      held = std::move(words);
    }
    if (fitting.empty()) return;
    PersonBuilder& person = built_[fitting];
    person.add(mention, index, day);
    person.why().push_back(fmt::format(
        "{} ({}, article {}): surname only, not taken for a person on the article alone; the "
        "archive's one person named {} whose words ({}) the article has",
        mention.name, day.empty() ? "undated" : day, mention.local_id.substr(surname.size() + 1),
        surname, join(held, ", ")));
  }

  FullNamePersons persons_;
  std::map<std::string, PersonBuilder> built_;       // by person id
  std::map<std::string, PersonBuilder> unresolved_;  // by surname key
};

}  // namespace

std::vector<PersonEntry> link_people(const ArticleStream& archive) {
  MentionLinker linker(join_full_names(gather_full_names(archive)));
  std::size_t index = 0;
  archive(true, [&](const ArticlePeople& article) { linker.link(article, index++); });
  return linker.entries();
}

std::vector<PersonEntry> link_people(const std::vector<ArticlePeople>& articles) {
  return link_people([&](bool, const ArticleVisitor& visit) {
    for (const ArticlePeople& article : articles) visit(article);
  });
}

}  // namespace news
