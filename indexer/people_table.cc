#include "indexer/people_table.h"

#include <algorithm>
#include <set>

#include "common/name_key.h"
#include "common/schema.h"

namespace news {

ArticleStream article_people_stream(const Xapian::Database& db) {
  return [db](bool with_words, const ArticleVisitor& visit) {
    const Xapian::valueno people_slot = slot_number(Slot::kPeople);
    const Xapian::valueno published_slot = slot_number(Slot::kPublished);
    const Xapian::valueno context_slot = slot_number(Slot::kPeopleContext);
    Xapian::ValueIterator published = db.valuestream_begin(published_slot);
    const Xapian::ValueIterator published_end = db.valuestream_end(published_slot);
    Xapian::ValueIterator context = db.valuestream_begin(context_slot);
    const Xapian::ValueIterator context_end = db.valuestream_end(context_slot);
    // One article at a time: the streams run in docid order and are only ever moved forward.
    const auto at = [](Xapian::ValueIterator& it, const Xapian::ValueIterator& end,
                       Xapian::docid docid) {
      if (it != end && it.get_docid() < docid) it.skip_to(docid);
      return it != end && it.get_docid() == docid;
    };
    ArticlePeople article;
    for (auto it = db.valuestream_begin(people_slot); it != db.valuestream_end(people_slot); ++it) {
      article.mentions = decode_mentions(*it);
      if (article.mentions.empty()) continue;
      article.words = with_words && at(context, context_end, it.get_docid())
                          ? WordSet::decode(*context)
                          : WordSet();
      article.published = at(published, published_end, it.get_docid()) ? *published : std::string();
      visit(article);
    }
  };
}

std::map<std::string, std::string> people_metadata(const std::vector<PersonEntry>& persons) {
  std::map<std::string, std::string> out;
  std::map<std::string, std::set<std::string>> by_surname;
  std::map<std::string, std::set<std::string>> by_loose_key;
  for (const PersonEntry& person : persons) {
    out[std::string(kPersonKeyPrefix) + person.id] = to_json(person).dump();
    if (!person.why.empty())
      out[std::string(kPersonWhyKeyPrefix) + person.id] = nlohmann::json(person.why).dump();
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
       {kPersonKeyPrefix, kPersonWhyKeyPrefix, kPersonSurnameKeyPrefix, kPersonOfKeyPrefix,
        kPersonLooseKeyPrefix}) {
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
