#include "indexer/people_linker.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include <fmt/format.h>

#include "common/name_key.h"
#include "common/strings.h"

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

// One mention with the article it is in.
struct Placed {
  std::size_t article;
  const PersonMention* mention;
};

// What a person is built from while linking.
struct Draft {
  std::vector<Placed> mentions;
  std::vector<std::string> why;
  bool unresolved = false;
};

// True when a draft's names start with a compound whose second part is lower-case ("Paris-based
// Euronext", "London-born Smith"): an adjective, not a given name.
bool has_adjective_compound_given_name(const Draft& draft) {
  return std::any_of(draft.mentions.begin(), draft.mentions.end(), [](const Placed& placed) {
    const std::string& name = placed.mention->name;
    const std::size_t space = name.find(' ');
    const std::size_t hyphen = name.find('-');
    return hyphen != std::string::npos && (space == std::string::npos || hyphen < space) &&
           hyphen + 1 < name.size() && name[hyphen + 1] >= 'a' && name[hyphen + 1] <= 'z';
  });
}

// Counts of one kind of text (names, roles, affiliations) over a person's articles.
class Tally {
 public:
  // Counts `text` once for `article`, grouped by `group` (the text itself, or its lower case).
  void add(const std::string& group, const std::string& text, std::size_t article,
           const std::string& day) {
    Entry& entry = entries_[group];
    if (entry.articles.insert(article).second) {
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
    std::set<std::size_t> articles;
    std::map<std::string, std::size_t> spellings;
  };
  std::map<std::string, Entry> entries_;
};

std::string lower(const std::string& text) {
  return lower_ascii(text);
}

PersonEntry build_entry(const std::string& id, const Draft& draft,
                        const std::vector<ArticlePeople>& articles) {
  PersonEntry entry;
  entry.id = id;
  entry.unresolved = draft.unresolved;
  Tally names;
  Tally full_names;
  Tally roles;
  Tally affiliations;
  std::set<std::string> terms;
  std::set<std::size_t> article_set;
  for (const Placed& placed : draft.mentions) {
    const PersonMention& mention = *placed.mention;
    const std::string day = day_of(articles[placed.article].published);
    article_set.insert(placed.article);
    entry.quotes += mention.quotes;
    terms.insert(mention.local_id);
    names.add(mention.name, mention.name, placed.article, day);
    for (const auto& alias : mention.aliases) names.add(alias, alias, placed.article, day);
    if (!name_key(mention.name).surname_only())
      full_names.add(mention.name, mention.name, placed.article, day);
    if (!mention.role.empty()) roles.add(lower(mention.role), mention.role, placed.article, day);
    if (!mention.affiliation.empty())
      affiliations.add(lower(mention.affiliation), mention.affiliation, placed.article, day);
    if (!day.empty()) {
      if (entry.first.empty() || day < entry.first) entry.first = day;
      if (day > entry.last) entry.last = day;
    }
  }
  entry.articles = article_set.size();
  entry.variants = names.counts();
  entry.roles = roles.counts();
  entry.affiliations = affiliations.counts();
  // The canonical name: the most frequent full form; ties to the form quoted first, then the
  // smallest. Unresolved persons have no full form: their most frequent form.
  std::vector<DatedCount> full = full_names.counts();
  if (full.empty()) full = entry.variants;
  if (!full.empty()) {
    const auto best = std::min_element(full.begin(), full.end(), [](const auto& a, const auto& b) {
      if (a.count != b.count) return a.count > b.count;
      const std::string a_first = a.first.empty() ? "~" : a.first;
      const std::string b_first = b.first.empty() ? "~" : b.first;
      if (a_first != b_first) return a_first < b_first;
      return a.text < b.text;
    });
    entry.name = best->text;
  }
  entry.terms.assign(terms.begin(), terms.end());
  entry.why = draft.why;
  std::sort(entry.why.begin(), entry.why.end());
  return entry;
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

// The persons of the full names an article quotes (`owner`: a full name's id -> its person's).
std::set<std::string> full_ids_in(const ArticlePeople& article,
                                  const std::map<std::string, std::string>& owner) {
  std::set<std::string> ids;
  for (const PersonMention& other : article.mentions) {
    if (is_surname_only_id(other.local_id)) continue;
    const auto found = owner.find(other.local_id);
    ids.insert(found == owner.end() ? other.local_id : found->second);
  }
  return ids;
}

// An unconfirmed mention: tied to the one person of its surname whose role words the article
// holds (link_people's contract), else dropped.
void tie_unconfirmed(const Placed& placed, const std::vector<ArticlePeople>& articles,
                     const std::map<std::string, std::string>& owner,
                     const std::map<std::string, std::vector<std::string>>& by_surname,
                     const std::map<std::string, std::set<std::string>>& role_words_of,
                     const std::map<std::string, std::set<std::string>>& given_names_of,
                     std::map<std::string, Draft>& drafts) {
  const PersonMention& mention = *placed.mention;
  const ArticlePeople& article = articles[placed.article];
  const std::string surname = mention.local_id.substr(0, mention.local_id.find('@'));
  const auto found = by_surname.find(surname);
  if (found == by_surname.end()) return;
  // A person of the article with that surname ("al-Rashidi said" after "Oil Minister Mohammed
  // al-Rashidi") is who it is, as far as the article goes: the extractor only missed the link.
  for (const PersonMention& other : article.mentions)
    if (!is_surname_only_id(other.local_id) && full_id_surname(other.local_id) == surname) return;
  const std::set<std::string> in_article = full_ids_in(article, owner);
  // The persons of that surname whose role words the article holds: exactly one must fit.
  std::string fitting;
  std::vector<std::string> held;
  for (const std::string& id : found->second) {
    if (in_article.count(id)) continue;
    // The article writes the person's given name too ("army chief General Faris al-Zubaidi, who
    // said ...", a sentence the extractor did not read): that is them.
    const auto roles = role_words_of.find(id);
    if (roles == role_words_of.end() || roles->second.empty()) continue;
    // The words that say which role: not "minister" or "chief" alone, nor the surname itself
    // (Bill Ford, "chairman of Ford Motor", is not every Ford of an article about cars).
    std::vector<std::string> words;
    for (const std::string& word : roles->second)
      if (!is_generic_role_word(word) && word != surname && article.words.contains(word))
        words.push_back(word);
    // The article writes the person's given name too ("army chief General Faris al-Zubaidi, who
    // said ...", a sentence the extractor did not read): with one role word, that is them. A given
    // name alone is no proof: "will" is a word too.
    // Two such words ("The Russian foreign minister arrived ... Lavrov said"), or one and the
    // person's full name written ("army chief General Faris al-Zubaidi, who said ...", a sentence
    // the extractor did not read). Less is too often a company ("Ford"), a first name ("Andrew")
    // or a namesake.
    bool given_name = false;
    if (const auto given = given_names_of.find(id); given != given_names_of.end()) {
      for (const std::string& name : given->second) {
        // The given name right before the surname ("Faris al-Zubaidi"), not anywhere: "Michael"
        // somewhere and "Bloomberg also reported" are a reporter and a news agency.
        if (!article.words.contains(given_name_pair(name, surname))) continue;
        words.push_back("full name with given name " + name);
        given_name = true;
        break;
      }
    }
    const std::size_t role_words_held = words.size() - (given_name ? 1 : 0);
    if (role_words_held < (given_name ? 1u : 2u)) continue;
    if (!fitting.empty()) return;  // two could fit: no one
    fitting = id;
    held = std::move(words);
  }
  if (fitting.empty()) return;
  const std::string day = day_of(article.published);
  drafts[fitting].mentions.push_back(placed);
  drafts[fitting].why.push_back(fmt::format(
      "{} ({}, article {}): surname only, not taken for a person on the article alone; the "
      "archive's one person named {} whose words ({}) the article has",
      mention.name, day.empty() ? "undated" : day, mention.local_id.substr(surname.size() + 1),
      surname, join(held, ", ")));
}

// Joins full names whose given names and surnames meet by loose keys (common/name_key.h) and whose
// persons share a role or an affiliation, and who are never quoted side by side in one article.
// Returns the person each full name's id now belongs to (itself when not joined): the joined
// person keeps the id of its member quoted in most articles (ties: the smallest).
std::map<std::string, std::string> join_loose_spellings(std::map<std::string, Draft>& drafts) {
  std::map<std::string, std::set<std::string>> roles;
  std::map<std::string, std::set<std::string>> orgs;
  std::map<std::string, std::set<std::size_t>> in_articles;
  std::map<std::string, std::vector<std::string>> by_loose_key;
  for (const auto& [id, draft] : drafts) {
    for (const Placed& placed : draft.mentions) {
      const auto words = role_words(placed.mention->role);
      roles[id].insert(words.begin(), words.end());
      if (!placed.mention->affiliation.empty())
        orgs[id].insert(lower_ascii(placed.mention->affiliation));
      in_articles[id].insert(placed.article);
    }
    for (const std::string& given : loose_keys_of(full_id_given(id)))
      for (const std::string& surname : loose_keys_of(full_id_surname(id)))
        by_loose_key[given + ' ' + surname].push_back(id);
  }
  std::map<std::string, std::string> parent;
  for (const auto& [id, draft] : drafts) parent[id] = id;
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
        // Quoted side by side: two people, whatever their names.
        // "Donald Trump Jr." and "Donald Trump" are two people (local_person_id).
        if (a.find('.') != std::string::npos || b.find('.') != std::string::npos) {
          if (a.substr(a.find('.') == std::string::npos ? a.size() : a.find('.')) !=
              b.substr(b.find('.') == std::string::npos ? b.size() : b.find('.')))
            continue;
        }
        const auto& articles_a = in_articles[a];
        if (std::any_of(in_articles[b].begin(), in_articles[b].end(),
                        [&](std::size_t article) { return articles_a.count(article) > 0; }))
          continue;
        const std::vector<std::string> shared = common_ground(roles[a], roles[b], orgs[a], orgs[b]);
        if (shared.empty()) continue;
        parent[root(b)] = root(a);
        reasons[a].push_back(fmt::format(
            "{}, {}: spellings the folds keep apart, joined by the loose key \"{}\" and what "
            "they share ({})",
            a, b, key, join(shared, ", ")));
      }
    }
  }
  // The groups, and the member each keeps the id of.
  std::map<std::string, std::vector<std::string>> groups;
  for (const auto& [id, draft] : drafts) groups[root(id)].push_back(id);
  std::map<std::string, std::string> owner;
  for (const auto& [group_root, members] : groups) {
    const std::string keeper = *std::min_element(members.begin(), members.end(),
                                                 [&](const std::string& x, const std::string& y) {
                                                   const std::size_t nx = in_articles[x].size();
                                                   const std::size_t ny = in_articles[y].size();
                                                   return nx != ny ? nx > ny : x < y;
                                                 });
    for (const std::string& member : members) owner[member] = keeper;
  }
  for (const auto& [first, lines] : reasons) {
    Draft& kept = drafts[owner[first]];
    kept.why.insert(kept.why.end(), lines.begin(), lines.end());
  }
  for (const auto& [member, keeper] : owner) {
    if (member == keeper) continue;
    Draft& kept = drafts[keeper];
    Draft& joined = drafts[member];
    kept.mentions.insert(kept.mentions.end(), joined.mentions.begin(), joined.mentions.end());
    kept.why.insert(kept.why.end(), joined.why.begin(), joined.why.end());
    drafts.erase(member);
  }
  return owner;
}

}  // namespace

std::vector<PersonEntry> link_people(const std::vector<ArticlePeople>& articles) {
  // Full names: one person per name key.
  std::map<std::string, Draft> drafts;
  std::vector<Placed> surname_only;
  for (std::size_t a = 0; a < articles.size(); ++a) {
    for (const PersonMention& mention : articles[a].mentions) {
      if (is_surname_only_id(mention.local_id)) {
        surname_only.push_back({a, &mention});
      } else {
        drafts[mention.local_id].mentions.push_back({a, &mention});
      }
    }
  }
  // The spellings a key joined.
  for (auto& [id, draft] : drafts) {
    std::set<std::string> spellings;
    for (const Placed& placed : draft.mentions) spellings.insert(placed.mention->name);
    if (spellings.size() > 1) {
      draft.why.push_back(
          fmt::format("{}: one name key, \"{}\" (spellings, middle initials and "
                      "titles folded; docs/people.md)",
                      join(std::vector<std::string>(spellings.begin(), spellings.end()), ", "),
                      full_id_given(id) + ' ' + full_id_surname(id)));
    }
  }
  const std::map<std::string, std::string> owner = join_loose_spellings(drafts);
  // The persons of each surname (under every surname spelling joined into them), the role words
  // each has been given, and the initials their given names are written with (not their keys':
  // "Julia" has the key "yulia").
  std::map<std::string, std::vector<std::string>> by_surname;
  for (const auto& [member, keeper] : owner) {
    // "Paris-based Euronext": what the extractor took for a given name is an adjective; no
    // surname is tied to it.
    if (has_adjective_compound_given_name(drafts[keeper])) continue;
    std::vector<std::string>& ids = by_surname[full_id_surname(member)];
    if (std::find(ids.begin(), ids.end(), keeper) == ids.end()) ids.push_back(keeper);
  }
  std::map<std::string, std::set<std::string>> role_words_of;
  std::map<std::string, std::set<char>> initials_of;
  std::map<std::string, std::set<std::string>> titles_of_person;
  std::map<std::string, std::set<std::string>> given_names_of;  // as written, lower-cased
  for (const auto& [id, draft] : drafts) {
    std::set<std::string>& words = role_words_of[id];
    for (const Placed& placed : draft.mentions) {
      if (const std::string given = written_given_name(placed.mention->name); given.size() > 1)
        given_names_of[id].insert(given);
      const auto more = role_words(placed.mention->role);
      words.insert(more.begin(), more.end());
      initials_of[id].insert(written_initial(placed.mention->name));
      const auto titles = titles_of(*placed.mention);
      titles_of_person[id].insert(titles.begin(), titles.end());
    }
  }
  // Surname-only mentions: linked when exactly one person fits.
  std::map<std::string, Draft> unresolved;
  for (const Placed& placed : surname_only) {
    const PersonMention& mention = *placed.mention;
    if (mention.unconfirmed) {
      tie_unconfirmed(placed, articles, owner, by_surname, role_words_of, given_names_of, drafts);
      continue;
    }
    const std::string surname = mention.local_id.substr(0, mention.local_id.find('@'));
    const NameKey key = name_key(mention.name);
    // "I've", "We'll": a contraction the extractor took for a name ties to no one.
    if (is_contraction(mention.name)) {
      Draft& draft = unresolved[surname];
      draft.unresolved = true;
      draft.mentions.push_back(placed);
      continue;
    }
    const std::string day = day_of(articles[placed.article].published);
    // The article, so a reader can check the link (news-query --show ID).
    const std::string where = fmt::format("{}, article {}", day.empty() ? "undated" : day,
                                          mention.local_id.substr(surname.size() + 1));
    const std::set<std::string> in_article = full_ids_in(articles[placed.article], owner);
    const std::set<std::string> mention_roles = role_words(mention.role);
    const std::set<std::string> mention_titles = titles_of(mention);
    // A person of the mention's own article with that surname is who it is, or someone else the
    // article tells apart: not for the archive to decide.
    const bool namesake_in_article =
        std::any_of(in_article.begin(), in_article.end(),
                    [&](const std::string& id) { return full_id_surname(id) == surname; });
    std::vector<std::string> fitting;     // a role in common with the mention's
    std::vector<std::string> considered;  // could be them: initial, titles and sex agree
    if (const auto found = by_surname.find(surname);
        found != by_surname.end() && !namesake_in_article) {
      for (const std::string& id : found->second) {
        if (key.given_initial != '\0' && !initials_of[id].count(key.given_initial)) continue;
        if (!titles_agree(mention_titles, titles_of_person[id])) continue;
        considered.push_back(id);
        if (!common_ground(mention_roles, role_words_of[id], {}, {}).empty()) fitting.push_back(id);
      }
    }
    // With a role: the one person it has in common. Without: the one person there is.
    bool tie = mention_roles.empty() ? considered.size() == 1 : fitting.size() == 1;
    // The article names someone of that surname in full, and not by this person's given name:
    // that someone ("Castro" after "Julián Castro", who is not quoted), not this person.
    if (tie) {
      const ArticlePeople& article = articles[placed.article];
      const std::string& id = mention_roles.empty() ? considered.front() : fitting.front();
      if (article.words.contains(named_in_full(surname))) {
        const auto given = given_names_of.find(id);
        tie = given != given_names_of.end() &&
              std::any_of(given->second.begin(), given->second.end(), [&](const std::string& name) {
                return article.words.contains(given_name_pair(name, surname));
              });
      }
    }
    if (tie) {
      const std::string& id = mention_roles.empty() ? considered.front() : fitting.front();
      Draft& draft = drafts[id];
      draft.mentions.push_back(placed);
      draft.why.push_back(
          mention_roles.empty()
              ? fmt::format("{} ({}): surname only, no role; the archive's one person named {}",
                            mention.name, where, surname)
              : fmt::format("{} ({}): surname only; of {} persons named {}, the one whose role "
                            "shares \"{}\"",
                            mention.name, where, considered.size(), surname,
                            join(common_ground(mention_roles, role_words_of[id], {}, {}), ", ")));
      continue;
    }
    Draft& draft = unresolved[surname];
    draft.unresolved = true;
    draft.mentions.push_back(placed);
    if (considered.empty()) continue;
    const std::vector<std::string>& names = fitting.empty() ? considered : fitting;
    draft.why.push_back(
        !mention_roles.empty() && fitting.empty()
            ? fmt::format("{} ({}): surname only; left alone: the role \"{}\" shares too little "
                          "with any of {}",
                          mention.name, where, mention.role, join(names, ", "))
            : fmt::format("{} ({}): surname only; left alone: {} persons could be them: {}",
                          mention.name, where, names.size(), join(names, ", ")));
  }
  std::vector<PersonEntry> out;
  out.reserve(drafts.size() + unresolved.size());
  for (const auto& [id, draft] : drafts) out.push_back(build_entry(id, draft, articles));
  for (const auto& [id, draft] : unresolved) out.push_back(build_entry(id, draft, articles));
  std::sort(out.begin(), out.end(),
            [](const PersonEntry& a, const PersonEntry& b) { return a.id < b.id; });
  return out;
}

}  // namespace news
