// The archive's people table as news-query reads it (written by news-index: common/people.h,
// indexer/people_table.h): persons by id, by name in any spelling or script, and the person each
// XPERSON term of an article belongs to.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <xapian.h>

#include "common/people.h"

namespace news {

// How a search matches the XPERSON terms of a set of persons (PeopleTable::persons_query): the
// same articles as the OR of every id of their entries' `terms`, in fewer terms. Most of a
// surname's ids belong to one person (often its unresolved one), one id an article: that
// surname is matched by its shared id (common/people.h, shared_surname_id), less the ids of the
// surname's other owners, when that takes fewer terms than listing the ids.
struct PersonsQuery {
  std::vector<std::string> listed;  // ids matched one by one
  // Surname key -> the ids of that surname, matched by the shared id, that must not match
  // (owned by no person of the set). The unconfirmed ids of the set are in `listed`.
  std::map<std::string, std::vector<std::string>> shared;

  // The number of terms of the query.
  std::size_t terms() const;
  // The Xapian query (boolean terms, prefix XPERSON); MatchNothing when it has no terms.
  Xapian::Query query() const;
};

// The PersonsQuery of `wanted`, given every person that owns surname-only ids of each surname
// key the wanted persons' ids have (`owners_of(key)`; nothing when the table cannot tell, which
// lists that surname's ids), and how many articles carry each surname's shared id
// (`carrying(key)`: when the shared form would leave out more ids than the wanted persons have,
// they are listed without reading the owners, which may be large). The shared form is exact when
// the owners are complete: an article carries the shared id of a surname exactly when one of its
// confirmed mentions has that surname, and each confirmed mention belongs to one person, whose
// entry lists its id outside `unconfirmed_terms`.
PersonsQuery plan_persons_query(
    const std::vector<PersonEntry>& wanted,
    const std::function<std::optional<std::vector<PersonEntry>>(const std::string&)>& owners_of,
    const std::function<std::size_t(const std::string&)>& carrying);

class PeopleTable {
 public:
  // Reads entries from `db`'s metadata as they are asked for (a sharded archive's first shard
  // holds them); `db` must outlive the table.
  explicit PeopleTable(const Xapian::Database& db) : db_(db) {}

  // The person with `id`, or nothing; its `why` is left empty (why() reads it).
  std::optional<PersonEntry> person(const std::string& id) const;

  // Why the table put the person with `id` together (PersonEntry::why), for --explain; none when
  // the table has no such lines.
  std::vector<std::string> why(const std::string& id) const;

  // The persons a name in the query names, in any spelling or script: a full name ("Sergei
  // Lavrov", "Сергей Лавров") gives the person of its name key, or when the archive never wrote
  // that key, the persons of its loose keys (common/name_key.h); a surname alone ("lavrov",
  // "Лавров", "Mr Plumb") every person of that surname, the unresolved mentions of it included
  // (with an initial, "J. Plumb", only those whose given name starts with it). Sorted by id.
  std::vector<PersonEntry> resolve(std::string_view name) const;

  // The person a local person id (an article's XPERSON term, without the prefix) belongs to, as
  // the table says; a full name's id the table does not mention is its own person's. "" for a
  // surname-only id the table does not know.
  std::string person_of(const std::string& local_id) const;

  // What matches exactly the articles the table ties to any of `persons` (the OR of their
  // `terms`), in the fewest terms (PersonsQuery), with the owners of each surname from the
  // table's person-surname: entries.
  PersonsQuery persons_query(const std::vector<PersonEntry>& persons) const;

 private:
  // The ids in the JSON array stored under a metadata key; none when there is none.
  std::vector<std::string> ids_at(const std::string& key) const;

  const Xapian::Database& db_;
  mutable std::unordered_map<std::string, std::optional<PersonEntry>> persons_;
  mutable std::unordered_map<std::string, std::string> owners_;
};

// The XPERSON terms (without the prefix) of a document: its people's local ids, without the
// shared surname ids (shared_surname_id), which belong to no one person.
std::vector<std::string> local_person_ids(const Xapian::Document& document);

}  // namespace news
