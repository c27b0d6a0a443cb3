#include "query/people.h"

#include <algorithm>
#include <iterator>
#include <set>

#include "common/name_key.h"
#include "common/schema.h"

namespace news {

std::size_t PersonsQuery::terms() const {
  std::size_t count = listed.size();
  for (const auto& [surname, excluded] : shared) count += 1 + excluded.size();
  return count;
}

Xapian::Query PersonsQuery::query() const {
  const auto term = [](const std::string& id) {
    return Xapian::Query(boolean_term(FieldSource::kPerson, id));
  };
  const auto any_of = [&](const std::vector<std::string>& ids) {
    std::vector<Xapian::Query> terms;
    terms.reserve(ids.size());
    for (const std::string& id : ids) terms.push_back(term(id));
    return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
  };
  std::vector<Xapian::Query> parts;
  if (!listed.empty()) parts.push_back(any_of(listed));
  for (const auto& [surname, excluded] : shared) {
    Xapian::Query all = term(shared_surname_id(surname));
    parts.push_back(
        excluded.empty() ? all : Xapian::Query(Xapian::Query::OP_AND_NOT, all, any_of(excluded)));
  }
  if (parts.empty()) return Xapian::Query::MatchNothing;
  return parts.size() == 1 ? parts.front()
                           : Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
}

PersonsQuery plan_persons_query(
    const std::vector<PersonEntry>& wanted,
    const std::function<std::optional<std::vector<PersonEntry>>(const std::string&)>& owners_of,
    const std::function<std::size_t(const std::string&)>& carrying) {
  std::set<std::string> listed;
  std::map<std::string, std::set<std::string>> by_surname;  // the wanted surname-only ids
  for (const PersonEntry& person : wanted) {
    for (const std::string& id : person.terms) {
      if (is_surname_only_id(id))
        by_surname[std::string(surname_of_id(id))].insert(id);
      else
        listed.insert(id);
    }
  }
  PersonsQuery out;
  for (const auto& [surname, ids] : by_surname) {
    // The shared form takes at least one term, and one more for each article carrying the
    // shared id that is not one of `ids`: no fewer terms than `ids` when that bound says so.
    const std::size_t carriers = ids.size() > 1 ? carrying(surname) : 0;
    const std::size_t at_least = 1 + (carriers > ids.size() ? carriers - ids.size() : 0);
    const std::optional<std::vector<PersonEntry>> owners =
        ids.size() > 1 && at_least < ids.size() ? owners_of(surname) : std::nullopt;
    if (!owners) {
      listed.insert(ids.begin(), ids.end());
      continue;
    }
    // The ids of this surname whose articles carry the shared id: every confirmed mention's,
    // whoever owns it (each is listed by its owner outside unconfirmed_terms).
    std::set<std::string> confirmed;
    // A name for the key the lambda can capture (clang 14 captures no structured binding).
    const std::string& key = surname;
    const auto add_confirmed = [&confirmed, &key](const PersonEntry& person) {
      const std::set<std::string> unconfirmed(person.unconfirmed_terms.begin(),
                                              person.unconfirmed_terms.end());
      for (const std::string& id : person.terms)
        if (is_surname_only_id(id) && surname_of_id(id) == key && !unconfirmed.count(id))
          confirmed.insert(id);
    };
    for (const PersonEntry& person : wanted) add_confirmed(person);
    for (const PersonEntry& person : *owners) add_confirmed(person);
    std::vector<std::string> excluded;     // other owners' confirmed ids
    std::vector<std::string> unconfirmed;  // the set's ids the shared one does not reach
    std::set_difference(confirmed.begin(), confirmed.end(), ids.begin(), ids.end(),
                        std::back_inserter(excluded));
    std::set_difference(ids.begin(), ids.end(), confirmed.begin(), confirmed.end(),
                        std::back_inserter(unconfirmed));
    if (1 + excluded.size() + unconfirmed.size() < ids.size()) {
      out.shared[surname] = std::move(excluded);
      listed.insert(unconfirmed.begin(), unconfirmed.end());
    } else {
      listed.insert(ids.begin(), ids.end());
    }
  }
  out.listed.assign(listed.begin(), listed.end());
  return out;
}

std::optional<PersonEntry> PeopleTable::person(const std::string& id) const {
  if (const auto found = persons_.find(id); found != persons_.end()) return found->second;
  std::optional<PersonEntry> entry;
  const std::string value = db_.get_metadata(std::string(kPersonKeyPrefix) + id);
  if (!value.empty()) {
    try {
      entry = person_from_json(nlohmann::json::parse(value));
    } catch (const nlohmann::json::exception&) {
      // A damaged entry is no person; the search goes on by the names as written.
    }
  }
  persons_.emplace(id, entry);
  return entry;
}

std::vector<PersonEntry> PeopleTable::resolve(std::string_view name) const {
  const NameKey key = name_key(name);
  std::vector<PersonEntry> out;
  if (key.words.empty()) return out;
  if (!key.surname_only()) {
    const std::string id = local_person_id("", name);
    const std::string owner = person_of(id);
    if (auto entry = person(owner.empty() ? id : owner)) {
      out.push_back(std::move(*entry));
      return out;
    }
    // A spelling the archive never wrote: the persons of its loose keys.
    std::set<std::string> ids;
    for (const std::string& given : loose_keys_of(key.given()))
      for (const std::string& surname : loose_keys_of(key.surname()))
        for (const std::string& found :
             ids_at(std::string(kPersonLooseKeyPrefix) + given + ' ' + surname))
          ids.insert(found);
    for (const std::string& found : ids)
      if (auto entry = person(found)) out.push_back(std::move(*entry));
    return out;
  }
  const std::vector<std::string> ids = ids_at(std::string(kPersonSurnameKeyPrefix) + key.surname());
  for (const std::string& id : ids) {
    std::optional<PersonEntry> entry = person(id);
    if (!entry) continue;
    // "J. Plumb": the persons whose given name is written with a J (an unresolved person has
    // no given name, and stays).
    if (key.given_initial != '\0' && !entry->unresolved &&
        std::none_of(entry->variants.begin(), entry->variants.end(), [&](const DatedCount& v) {
          return !name_key(v.text).surname_only() && written_initial(v.text) == key.given_initial;
        }))
      continue;
    out.push_back(std::move(*entry));
  }
  return out;
}

std::string PeopleTable::person_of(const std::string& local_id) const {
  if (const auto found = owners_.find(local_id); found != owners_.end()) return found->second;
  std::string owner = db_.get_metadata(std::string(kPersonOfKeyPrefix) + local_id);
  // A full name's id is its person's own unless the table says otherwise.
  if (owner.empty() && !is_surname_only_id(local_id)) owner = local_id;
  owners_.emplace(local_id, owner);
  return owner;
}

PersonsQuery PeopleTable::persons_query(const std::vector<PersonEntry>& persons) const {
  return plan_persons_query(
      persons,
      [this](const std::string& surname) -> std::optional<std::vector<PersonEntry>> {
        std::vector<PersonEntry> owners;
        for (const std::string& id : ids_at(std::string(kPersonSurnameKeyPrefix) + surname)) {
          std::optional<PersonEntry> owner = person(id);
          // An owner the table cannot read: who owns which ids is not known.
          if (!owner) return std::nullopt;
          owners.push_back(std::move(*owner));
        }
        return owners;
      },
      [this](const std::string& surname) -> std::size_t {
        return db_.get_termfreq(boolean_term(FieldSource::kPerson, shared_surname_id(surname)));
      });
}

std::vector<std::string> PeopleTable::why(const std::string& id) const {
  const std::string value = db_.get_metadata(std::string(kPersonWhyKeyPrefix) + id);
  if (value.empty()) return {};
  try {
    return nlohmann::json::parse(value).get<std::vector<std::string>>();
  } catch (const nlohmann::json::exception&) {
    return {};  // as a malformed entry is no entry (person)
  }
}

std::vector<std::string> PeopleTable::ids_at(const std::string& key) const {
  const std::string value = db_.get_metadata(key);
  if (value.empty()) return {};
  try {
    return nlohmann::json::parse(value).get<std::vector<std::string>>();
  } catch (const nlohmann::json::exception&) {
    return {};  // a damaged entry names no one
  }
}

std::vector<std::string> local_person_ids(const Xapian::Document& document) {
  const std::string prefix(field(FieldSource::kPerson).prefix);
  std::vector<std::string> ids;
  Xapian::TermIterator it = document.termlist_begin();
  it.skip_to(prefix);
  for (; it != document.termlist_end(); ++it) {
    const std::string term = *it;
    if (!term.starts_with(prefix)) break;
    if (term.ends_with('@')) continue;  // a shared surname id (shared_surname_id)
    ids.push_back(term.substr(prefix.size()));
  }
  return ids;
}

}  // namespace news
