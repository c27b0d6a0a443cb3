#include "query/people.h"

#include <algorithm>
#include <set>

#include "common/name_key.h"
#include "common/schema.h"

namespace news {

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
    ids.push_back(term.substr(prefix.size()));
  }
  return ids;
}

}  // namespace news
