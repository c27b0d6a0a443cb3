#include "query/people.h"

#include <algorithm>

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
    if (auto entry = person(key.given() + '-' + key.surname())) out.push_back(std::move(*entry));
    return out;
  }
  const std::string value = db_.get_metadata(std::string(kPersonSurnameKeyPrefix) + key.surname());
  if (value.empty()) return out;
  std::vector<std::string> ids;
  try {
    ids = nlohmann::json::parse(value).get<std::vector<std::string>>();
  } catch (const nlohmann::json::exception&) {
    return out;
  }
  for (const std::string& id : ids) {
    // A full name's id starts with its given name's key; an unresolved one has no given name.
    if (key.given_initial != '\0' && id.find('-') != std::string::npos &&
        id.front() != key.given_initial)
      continue;
    if (auto entry = person(id)) out.push_back(std::move(*entry));
  }
  return out;
}

std::string PeopleTable::person_of(const std::string& local_id) const {
  if (!is_surname_only_id(local_id)) return local_id;
  if (const auto found = owners_.find(local_id); found != owners_.end()) return found->second;
  std::string owner = db_.get_metadata(std::string(kPersonOfKeyPrefix) + local_id);
  owners_.emplace(local_id, owner);
  return owner;
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
