#include "indexer/people_table.h"

#include <algorithm>
#include <set>

#include "common/name_key.h"
#include "common/schema.h"
#include "common/strings.h"
#include "indexer/spelling.h"

namespace news {

namespace {

// Whether linking the article's people needs its words: a surname-only or unconfirmed mention.
bool needs_words(const ArticlePeople& article) {
  return std::any_of(article.mentions.begin(), article.mentions.end(),
                     [](const PersonMention& mention) {
                       return mention.unconfirmed || is_surname_only_id(mention.local_id);
                     });
}

// The article's words as written, lower-cased: its unprefixed terms (indexer/spelling.h); and
// each word with the name key of each of the three words after it, as given_name_pair has them,
// from the body text the document stores ("Faris al-Zubaidi": "faris" with "zubaidi").
WordSet words_of(const Xapian::Document& document) {
  std::set<std::string> words;
  for (auto it = document.termlist_begin(); it != document.termlist_end(); ++it) {
    const std::string term = *it;
    if (is_spelling_word(term)) words.insert(term);
  }
  // The body follows the record's two JSON lines (common/document.h, record_data).
  const std::string data = document.get_data();
  const std::size_t first = data.find('\n');
  const std::size_t second = first == std::string::npos ? first : data.find('\n', first + 1);
  if (second != std::string::npos) {
    std::vector<std::string> tokens;  // as written
    std::string token;
    for (std::size_t i = second + 1; i <= data.size(); ++i) {
      const unsigned char c = i < data.size() ? static_cast<unsigned char>(data[i]) : ' ';
      if (c >= 0x80 || std::isalnum(c)) {
        token += static_cast<char>(c);
      } else if (c == '-' && !token.empty()) {
        token += '-';  // "al-Zubaidi" is one name word
      } else if (!token.empty()) {
        tokens.push_back(std::move(token));
        token.clear();
      }
    }
    std::vector<std::string> keys;
    keys.reserve(tokens.size());
    for (const std::string& written : tokens) keys.push_back(name_word_key(written));
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      const std::string lower = lower_ascii(tokens[i]);
      for (std::size_t j = i + 1; j < tokens.size() && j <= i + 3; ++j)
        words.insert(given_name_pair(lower, keys[j]));
      // A capitalised word that is no title right before a surname: someone of that surname is
      // named in full ("Julián Castro").
      const unsigned char head = static_cast<unsigned char>(tokens[i][0]);
      if (i + 1 < tokens.size() && (head >= 0x80 || std::isupper(head)) &&
          !is_name_honorific(tokens[i]))
        words.insert(named_in_full(keys[i + 1]));
    }
  }
  return WordSet(words);
}

}  // namespace

ArticlePeople article_people(const Xapian::Document& document) {
  ArticlePeople article{document.get_value(slot_number(Slot::kPublished)),
                        decode_mentions(document.get_value(slot_number(Slot::kPeople))),
                        {}};
  if (needs_words(article)) article.words = words_of(document);
  return article;
}

std::vector<ArticlePeople> read_article_people(const Xapian::Database& db) {
  std::vector<ArticlePeople> out;
  const Xapian::valueno people_slot = slot_number(Slot::kPeople);
  const Xapian::valueno published_slot = slot_number(Slot::kPublished);
  Xapian::ValueIterator published = db.valuestream_begin(published_slot);
  const Xapian::ValueIterator published_end = db.valuestream_end(published_slot);
  for (auto it = db.valuestream_begin(people_slot); it != db.valuestream_end(people_slot); ++it) {
    ArticlePeople article{{}, decode_mentions(*it), {}};
    if (article.mentions.empty()) continue;
    // Only the articles with a surname-only mention are read in full.
    if (needs_words(article)) article.words = words_of(db.get_document(it.get_docid()));
    // Both streams run in docid order: the published stream is only ever moved forward.
    if (published != published_end && published.get_docid() < it.get_docid())
      published.skip_to(it.get_docid());
    if (published != published_end && published.get_docid() == it.get_docid())
      article.published = *published;
    out.push_back(std::move(article));
  }
  return out;
}

std::map<std::string, std::string> people_metadata(const std::vector<PersonEntry>& persons) {
  std::map<std::string, std::string> out;
  std::map<std::string, std::set<std::string>> by_surname;
  std::map<std::string, std::set<std::string>> by_loose_key;
  for (const PersonEntry& person : persons) {
    out[std::string(kPersonKeyPrefix) + person.id] = to_json(person).dump();
    if (person.unresolved) by_surname[person.id].insert(person.id);
    for (const std::string& term : person.terms) {
      if (term != person.id) out[std::string(kPersonOfKeyPrefix) + term] = person.id;
      if (is_surname_only_id(term)) {
        by_surname[term.substr(0, term.find('@'))].insert(person.id);
        continue;
      }
      // A full name's id: given name '-' surname (common/people.h).
      const std::size_t dash = term.find('-');
      const std::string given = term.substr(0, dash);
      std::string surname = term.substr(dash + 1);
      surname = surname.substr(0, surname.find('.'));  // without a ".jr" (local_person_id)
      by_surname[surname].insert(person.id);
      for (const std::string& loose_given : loose_keys_of(given))
        for (const std::string& loose_surname : loose_keys_of(surname))
          by_loose_key[loose_given + ' ' + loose_surname].insert(person.id);
    }
  }
  for (const auto& [prefix, index] : {std::pair{kPersonSurnameKeyPrefix, &by_surname},
                                      std::pair{kPersonLooseKeyPrefix, &by_loose_key}}) {
    for (const auto& [key, ids] : *index) {
      out[std::string(prefix) + key] =
          nlohmann::json(std::vector<std::string>(ids.begin(), ids.end())).dump();
    }
  }
  return out;
}

std::size_t apply_people_metadata(Xapian::WritableDatabase& db,
                                  const std::map<std::string, std::string>& wanted) {
  std::size_t changed = 0;
  for (const std::string_view prefix :
       {kPersonKeyPrefix, kPersonSurnameKeyPrefix, kPersonOfKeyPrefix, kPersonLooseKeyPrefix}) {
    std::vector<std::string> stale;
    const std::string prefix_string(prefix);
    for (auto it = db.metadata_keys_begin(prefix_string); it != db.metadata_keys_end(prefix_string);
         ++it) {
      if (!wanted.count(*it)) stale.push_back(*it);
    }
    for (const std::string& key : stale) {
      db.set_metadata(key, "");
      ++changed;
    }
  }
  for (const auto& [key, value] : wanted) {
    if (db.get_metadata(key) == value) continue;
    db.set_metadata(key, value);
    ++changed;
  }
  return changed;
}

}  // namespace news
