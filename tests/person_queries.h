// The proof that a search for persons through shared surname ids (query/people.h, PersonsQuery)
// matches exactly what the OR of the persons' ids matches: for every person of a database's
// people table, and for every surname's persons together (what `speaker:SURNAME` adds), both
// queries are run and their documents compared. Shared by the unit cases (small archives of the
// tricky shapes) and the integration tests (corpus/, BBC, PolNeAR).
#pragma once

#include <set>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <xapian.h>
#include <nlohmann/json.hpp>

#include "common/people.h"
#include "common/schema.h"
#include "query/people.h"

namespace news::testing_support {

// What check_person_queries found.
struct PersonQueriesCheck {
  std::size_t persons = 0;               // persons searched alone
  std::size_t surnames = 0;              // surnames searched with all their persons
  std::size_t shared = 0;                // searches that used a shared surname id
  std::size_t old_terms = 0;             // terms of the OR of ids, summed over every search
  std::size_t new_terms = 0;             // terms of the PersonsQuery, summed likewise
  std::vector<std::string> differences;  // one line per search whose matches differ
};

// The documents `query` matches in `db`.
inline std::set<Xapian::docid> matching(const Xapian::Database& db, const Xapian::Query& query) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  std::set<Xapian::docid> out;
  const Xapian::MSet mset = enquire.get_mset(0, db.get_doccount());
  for (auto it = mset.begin(); it != mset.end(); ++it) out.insert(*it);
  return out;
}

// The metadata keys of `db` under `prefix`, without it.
inline std::vector<std::string> metadata_under(const Xapian::Database& db,
                                               std::string_view prefix) {
  const std::string start(prefix);
  std::vector<std::string> out;
  for (auto it = db.metadata_keys_begin(start); it != db.metadata_keys_end(start); ++it)
    out.push_back((*it).substr(start.size()));
  return out;
}

// Each person of `person_ids` alone, and each surname of `surnames` with all its persons (the
// table's person-surname: entry), searched both ways in `db`.
inline PersonQueriesCheck check_person_queries(const Xapian::Database& db,
                                               const std::vector<std::string>& person_ids,
                                               const std::vector<std::string>& surnames) {
  const PeopleTable table(db);
  PersonQueriesCheck check;
  const auto compare = [&](const std::string& what, const std::vector<PersonEntry>& persons) {
    std::vector<Xapian::Query> ids;
    for (const PersonEntry& person : persons)
      for (const std::string& id : person.terms)
        ids.emplace_back(boolean_term(FieldSource::kPerson, id));
    const Xapian::Query old_query(Xapian::Query::OP_OR, ids.begin(), ids.end());
    const PersonsQuery planned = table.persons_query(persons);
    check.old_terms += ids.size();
    check.new_terms += planned.terms();
    if (!planned.shared.empty()) ++check.shared;
    const std::set<Xapian::docid> before = matching(db, old_query);
    const std::set<Xapian::docid> after = matching(db, planned.query());
    if (before != after) {
      check.differences.push_back(fmt::format("{}: {} documents by its ids, {} by {}", what,
                                              before.size(), after.size(),
                                              planned.query().get_description()));
    }
  };
  for (const std::string& id : person_ids) {
    const std::optional<PersonEntry> person = table.person(id);
    if (!person) {
      check.differences.push_back(id + ": unreadable entry");
      continue;
    }
    ++check.persons;
    compare("person " + id, {*person});
  }
  for (const std::string& surname : surnames) {
    std::vector<PersonEntry> persons;
    const std::string value = db.get_metadata(std::string(kPersonSurnameKeyPrefix) + surname);
    for (const std::string& id : nlohmann::json::parse(value).get<std::vector<std::string>>()) {
      if (std::optional<PersonEntry> person = table.person(id)) persons.push_back(*person);
    }
    ++check.surnames;
    compare("surname " + surname, persons);
  }
  return check;
}

// Every person and every surname of `db`'s table.
inline PersonQueriesCheck check_person_queries(const Xapian::Database& db) {
  return check_person_queries(db, metadata_under(db, kPersonKeyPrefix),
                              metadata_under(db, kPersonSurnameKeyPrefix));
}

}  // namespace news::testing_support
