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
  static const std::set<std::string, std::less<>> kLittle = {
      "a", "an", "and", "at", "by", "for", "from", "in", "its", "of", "on", "the", "to", "s"};
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

bool shares_word(const std::set<std::string>& a, const std::set<std::string>& b) {
  return std::any_of(a.begin(), a.end(), [&](const std::string& word) { return b.count(word); });
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
    terms.insert(is_surname_only_id(mention.local_id) || draft.unresolved ? mention.local_id : id);
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

// The surname key of a full name's local id ("sergei-lavrov" -> "lavrov").
std::string surname_of_full_id(const std::string& id) {
  const std::size_t dash = id.rfind('-');
  return dash == std::string::npos ? id : id.substr(dash + 1);
}

std::string given_of_full_id(const std::string& id) {
  return id.substr(0, id.find('-'));
}

// The local ids of the full names an article quotes.
std::set<std::string> full_ids_in(const ArticlePeople& article) {
  std::set<std::string> ids;
  for (const PersonMention& other : article.mentions)
    if (!is_surname_only_id(other.local_id)) ids.insert(other.local_id);
  return ids;
}

// An unconfirmed mention: tied to the one person of its surname whose role words the article
// holds (link_people's contract), else dropped.
void tie_unconfirmed(const Placed& placed, const std::vector<ArticlePeople>& articles,
                     const std::map<std::string, std::vector<std::string>>& by_surname,
                     const std::map<std::string, std::set<std::string>>& role_words_of,
                     std::map<std::string, Draft>& drafts) {
  const PersonMention& mention = *placed.mention;
  const ArticlePeople& article = articles[placed.article];
  const std::string surname = mention.local_id.substr(0, mention.local_id.find('@'));
  const auto found = by_surname.find(surname);
  if (found == by_surname.end()) return;
  const std::set<std::string> in_article = full_ids_in(article);
  std::vector<std::string> candidates;
  for (const std::string& id : found->second)
    if (!in_article.count(id)) candidates.push_back(id);
  if (candidates.size() != 1) return;
  const auto roles = role_words_of.find(candidates.front());
  if (roles == role_words_of.end() || roles->second.empty()) return;
  std::vector<std::string> held;
  for (const std::string& word : roles->second)
    if (article.words.count(word)) held.push_back(word);
  if (held.size() < std::min<std::size_t>(2, roles->second.size())) return;
  const std::string day = day_of(article.published);
  drafts[candidates.front()].mentions.push_back(placed);
  drafts[candidates.front()].why.push_back(fmt::format(
      "{} ({}, article {}): surname only, not taken for a person on the article alone; the "
      "archive's one person named {}, whose role words ({}) the article has",
      mention.name, day.empty() ? "undated" : day, mention.local_id.substr(surname.size() + 1),
      surname, join(held, ", ")));
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
                      given_of_full_id(id) + ' ' + surname_of_full_id(id)));
    }
  }
  // The persons of each surname, and the role words each has been given.
  std::map<std::string, std::vector<std::string>> by_surname;
  std::map<std::string, std::set<std::string>> role_words_of;
  for (const auto& [id, draft] : drafts) {
    by_surname[surname_of_full_id(id)].push_back(id);
    std::set<std::string>& words = role_words_of[id];
    for (const Placed& placed : draft.mentions) {
      const auto more = role_words(placed.mention->role);
      words.insert(more.begin(), more.end());
    }
  }
  // Surname-only mentions: linked when exactly one person fits.
  std::map<std::string, Draft> unresolved;
  for (const Placed& placed : surname_only) {
    const PersonMention& mention = *placed.mention;
    if (mention.unconfirmed) {
      tie_unconfirmed(placed, articles, by_surname, role_words_of, drafts);
      continue;
    }
    const std::string surname = mention.local_id.substr(0, mention.local_id.find('@'));
    const NameKey key = name_key(mention.name);
    const std::string day = day_of(articles[placed.article].published);
    // The article, so a reader can check the link (news-query --show ID).
    const std::string where = fmt::format("{}, article {}", day.empty() ? "undated" : day,
                                          mention.local_id.substr(surname.size() + 1));
    const std::set<std::string> in_article = full_ids_in(articles[placed.article]);
    const std::set<std::string> mention_roles = role_words(mention.role);
    std::vector<std::string> fitting;
    std::vector<std::string> considered;
    if (const auto found = by_surname.find(surname); found != by_surname.end()) {
      for (const std::string& id : found->second) {
        if (in_article.count(id)) continue;
        if (key.given_initial != '\0' && given_of_full_id(id).front() != key.given_initial)
          continue;
        considered.push_back(id);
        const std::set<std::string>& roles = role_words_of[id];
        if (mention_roles.empty() || roles.empty() || shares_word(mention_roles, roles))
          fitting.push_back(id);
      }
    }
    if (fitting.size() == 1 && (considered.size() == 1 || !mention_roles.empty())) {
      Draft& draft = drafts[fitting.front()];
      draft.mentions.push_back(placed);
      draft.why.push_back(
          considered.size() == 1
              ? fmt::format("{} ({}): surname only; the archive's one person named {}{}",
                            mention.name, where, surname,
                            mention_roles.empty() ? "" : ", with a role in common")
              : fmt::format("{} ({}): surname only; of {} persons named {}, the one whose role "
                            "fits \"{}\"",
                            mention.name, where, considered.size(), surname, mention.role));
      continue;
    }
    Draft& draft = unresolved[surname];
    draft.unresolved = true;
    draft.mentions.push_back(placed);
    if (considered.empty()) continue;
    std::vector<std::string> names;
    for (const std::string& id : fitting.empty() ? considered : fitting) names.push_back(id);
    draft.why.push_back(
        fitting.empty()
            ? fmt::format("{} ({}): surname only; left alone: the role \"{}\" fits none of {}",
                          mention.name, where, mention.role, join(names, ", "))
            : fmt::format("{} ({}): surname only; left alone: {} persons could fit: {}",
                          mention.name, where, fitting.size(), join(names, ", ")));
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
