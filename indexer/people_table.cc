#include "indexer/people_table.h"

#include <algorithm>
#include <set>

#include "common/name_key.h"
#include "common/schema.h"

namespace news {

ArticlePeople article_people(const Xapian::Document& document) {
  return {document.get_value(slot_number(Slot::kPublished)),
          decode_mentions(document.get_value(slot_number(Slot::kPeople))),
          WordSet::decode(document.get_value(slot_number(Slot::kPeopleContext)))};
}

std::vector<ArticlePeople> read_article_people(const Xapian::Database& db) {
  std::vector<ArticlePeople> out;
  const Xapian::valueno people_slot = slot_number(Slot::kPeople);
  const Xapian::valueno published_slot = slot_number(Slot::kPublished);
  Xapian::ValueIterator published = db.valuestream_begin(published_slot);
  const Xapian::ValueIterator published_end = db.valuestream_end(published_slot);
  const Xapian::valueno context_slot = slot_number(Slot::kPeopleContext);
  Xapian::ValueIterator context = db.valuestream_begin(context_slot);
  const Xapian::ValueIterator context_end = db.valuestream_end(context_slot);
  for (auto it = db.valuestream_begin(people_slot); it != db.valuestream_end(people_slot); ++it) {
    ArticlePeople article{{}, decode_mentions(*it), {}};
    if (article.mentions.empty()) continue;
    // The stream is only moved forward, as the published one.
    if (context != context_end && context.get_docid() < it.get_docid())
      context.skip_to(it.get_docid());
    if (context != context_end && context.get_docid() == it.get_docid())
      article.words = WordSet::decode(*context);
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
      const std::string given = full_id_given(term);
      const std::string surname = full_id_surname(term);
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
