// The archive's people table as news-query reads it (written by news-index: common/people.h,
// indexer/people_table.h): persons by id, by name in any spelling or script, and the person each
// XPERSON term of an article belongs to.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <xapian.h>

#include "common/people.h"

namespace news {

class PeopleTable {
 public:
  // Reads entries from `db`'s metadata as they are asked for (a sharded archive's first shard
  // holds them); `db` must outlive the table.
  explicit PeopleTable(const Xapian::Database& db) : db_(db) {}

  // The person with `id`, or nothing.
  std::optional<PersonEntry> person(const std::string& id) const;

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

 private:
  // The ids in the JSON array stored under a metadata key; none when there is none.
  std::vector<std::string> ids_at(const std::string& key) const;

  const Xapian::Database& db_;
  mutable std::unordered_map<std::string, std::optional<PersonEntry>> persons_;
  mutable std::unordered_map<std::string, std::string> owners_;
};

// The XPERSON terms (without the prefix) of a document: its people's local ids.
std::vector<std::string> local_person_ids(const Xapian::Document& document);

}  // namespace news
