// Searches for persons through shared surname ids (common/people.h shared_surname_id,
// query/people.h PersonsQuery), on small archives of the shapes that could make them wrong: each
// archive is linked (indexer/people_linker.h), its documents carry the ids to_document gives, and
// every person and every surname must match exactly the documents the OR of their ids matches, in
// the number of terms the case expects.
#include <gtest/gtest.h>

#include <map>

#include "common/people.h"
#include "indexer/people_linker.h"
#include "indexer/people_table.h"
#include "query/people.h"
#include "query/quote_filter.h"
#include "tests/case_name.h"
#include "tests/person_queries.h"

namespace news {
namespace {

using testing_support::check_person_queries;

// One person of one article, as the test writes it.
struct Quoted {
  std::string name;
  std::string role = "";
  bool unconfirmed = false;  // a one-word speaker the extractor did not take for a person
};

// One article: its id, people, and the words the linker reads around unconfirmed ones.
struct Piece {
  std::string id;
  std::vector<Quoted> people;
  std::set<std::string> words = {};
};

struct ShapeCase {
  std::string what;
  std::vector<Piece> articles;
  // The terms of the search for the person of a full name ("Sergey Lavrov"), for the person of
  // an id ("id lavrov"), or for every person of a surname ("surname Lavrov"): what shows
  // whether the shared id was used.
  std::map<std::string, std::size_t> terms;
};

// gtest's name for a case in a failure.
void PrintTo(const ShapeCase& c, std::ostream* os) {
  *os << c.what;
}

// An archive indexed in memory with its people table, as news-index leaves a database, and
// the table's person ids and surname keys (the in-memory backend cannot list metadata keys).
struct InMemory {
  Xapian::WritableDatabase db{std::string(), Xapian::DB_BACKEND_INMEMORY};
  std::vector<std::string> person_ids;
  std::vector<std::string> surnames;
};

InMemory index_in_memory(const std::vector<Piece>& pieces) {
  InMemory out;
  Xapian::WritableDatabase& db = out.db;
  std::vector<ArticlePeople> archive;
  for (const Piece& piece : pieces) {
    ArticlePeople article{"202401010900", {}, WordSet(piece.words)};
    for (const Quoted& quoted : piece.people) {
      article.mentions.push_back({.local_id = local_person_id(piece.id, quoted.name),
                                  .name = quoted.name,
                                  .aliases = {},
                                  .role = quoted.role,
                                  .affiliation = "",
                                  .quotes = quoted.unconfirmed ? 0u : 1u,
                                  .unconfirmed = quoted.unconfirmed});
    }
    Xapian::Document document;
    for (const std::string& id : document_person_ids(article.mentions))
      document.add_boolean_term(boolean_term(FieldSource::kPerson, id));
    db.add_document(document);
    archive.push_back(std::move(article));
  }
  for (const auto& [key, value] : people_metadata(link_people(archive))) {
    db.set_metadata(key, value);
    for (auto [prefix, list] : {std::pair{kPersonKeyPrefix, &out.person_ids},
                                std::pair{kPersonSurnameKeyPrefix, &out.surnames}}) {
      if (key.starts_with(prefix)) list->push_back(key.substr(prefix.size()));
    }
  }
  db.commit();
  return out;
}

// The terms of one search of the case: a person's, or a surname's persons together.
std::size_t terms_of(const Xapian::Database& db, const std::string& what) {
  const PeopleTable table(db);
  std::vector<PersonEntry> persons;
  if (what.starts_with("id ")) {
    if (std::optional<PersonEntry> person = table.person(what.substr(3)))
      persons.push_back(*person);
  } else {
    persons = table.resolve(what.starts_with("surname ") ? what.substr(8) : what);
    if (!what.starts_with("surname ")) {
      EXPECT_EQ(persons.size(), 1u) << what;
    }
  }
  EXPECT_FALSE(persons.empty()) << what << ": no such person in the table";
  return table.persons_query(persons).terms();
}

class SharedSurnameIds : public testing::TestWithParam<ShapeCase> {};

TEST_P(SharedSurnameIds, MatchWhatTheIdsMatch) {
  const ShapeCase& c = GetParam();
  const InMemory archive = index_in_memory(c.articles);
  const Xapian::Database& db = archive.db;
  const auto check = check_person_queries(db, archive.person_ids, archive.surnames);
  EXPECT_GT(check.persons, 0u);
  EXPECT_TRUE(check.differences.empty()) << testing::PrintToString(check.differences);
  EXPECT_GT(check.shared, 0u) << "no search used a shared surname id";
  for (const auto& [what, terms] : c.terms) EXPECT_EQ(terms_of(db, what), terms) << what;
}

const std::set<std::string> kForeignMinister = {"the", "russian", "foreign", "minister"};

INSTANTIATE_TEST_SUITE_P(
    Shapes, SharedSurnameIds,
    testing::Values(
        // Sergey Lavrov owns five confirmed surname-only ids and one unconfirmed; Ivan Lavrov
        // none; "Mr Lavrov" without a role could be either (unresolved, twice); an unconfirmed
        // Lavrov the words tie to no one carries no shared id and matches no one.
        ShapeCase{"tied unconfirmed mentions",
                  {{"a1", {{"Sergey Lavrov", "Russian Foreign Minister"}}},
                   {"a2", {{"Ivan Lavrov", "ice hockey coach"}}},
                   {"a3", {{"Lavrov", "foreign minister"}}},
                   {"a4", {{"Lavrov", "foreign minister"}}},
                   {"a5", {{"Lavrov", "Russia's foreign minister"}}},
                   {"a6", {{"Lavrov", "foreign minister"}}},
                   {"a7", {{"Lavrov", "foreign minister"}}},
                   {"a8", {{"Lavrov", "", true}}, kForeignMinister},
                   {"a9", {{"Mr Lavrov"}}},
                   {"a10", {{"Mr Lavrov"}}},
                   {"a11", {{"Lavrov", "", true}}, {"weather"}}},
                  // Sergey: his full id, lavrov@ less the two unresolved, a8 (5 for 7 ids).
                  // Every Lavrov: two full ids, lavrov@, a8 (4 for 10). The unresolved Lavrov:
                  // its two ids.
                  {{"Sergey Lavrov", 5}, {"surname Lavrov", 4}, {"id lavrov", 2}}},
        // One article quotes "Mr Lavrov" (left alone) and has an unconfirmed Lavrov tied to
        // Sergey: one id, owned by both, which the shared id reaches.
        ShapeCase{"one id confirmed for one person and unconfirmed for another",
                  {{"a1", {{"Sergey Lavrov", "Russian Foreign Minister"}}},
                   {"a2", {{"Ivan Lavrov", "ice hockey coach"}}},
                   {"a3", {{"Lavrov", "foreign minister"}}},
                   {"a4", {{"Lavrov", "foreign minister"}}},
                   {"a5", {{"Lavrov", "foreign minister"}}},
                   {"a6", {{"Mr Lavrov"}, {"Lavrov", "", true}}, kForeignMinister}},
                  {{"Sergey Lavrov", 2}, {"surname Lavrov", 3}}},
        // Three surname-only mentions tied to each Miliband by role: each alone is cheaper
        // listed; both together are the surname's shared id alone.
        ShapeCase{"two persons of one surname",
                  {{"a1", {{"Ed Miliband", "Labour leader"}}},
                   {"a2", {{"David Miliband", "Foreign Secretary"}}},
                   {"a3", {{"Miliband", "Labour leader"}}},
                   {"a4", {{"Miliband", "the Labour leader"}}},
                   {"a5", {{"Miliband", "Labour leader"}}},
                   {"a6", {{"Miliband", "the foreign secretary"}}},
                   {"a7", {{"Miliband", "foreign secretary"}}},
                   {"a8", {{"Miliband", "foreign secretary"}}}},
                  {{"Ed Miliband", 4}, {"David Miliband", 4}, {"surname Miliband", 3}}},
        // Surname-only mentions no full name ties: the unresolved person is the shared id.
        ShapeCase{"an unresolved remainder",
                  {{"a1", {{"Madonna"}}},
                   {"a2", {{"Madonna"}}},
                   {"a3", {{"Madonna"}}},
                   {"a4", {{"Madonna"}}},
                   {"a5", {{"Jane Roe", "analyst"}}}},
                  {{"surname Madonna", 1}}},
        // Omar Qarawi and Omar Karaoui are one person by loose keys and role: the surname-only
        // "Karaoui" mentions are tied to a person whose own id has the other surname key.
        ShapeCase{"a spelling variant tie",
                  {{"a1", {{"Omar Qarawi", "opposition leader"}}},
                   {"a2", {{"Omar Karaoui", "leader of the opposition"}}},
                   {"a3", {{"Omar Karaoui", "leader of the opposition"}}},
                   {"a4", {{"Karaoui", "opposition leader"}}},
                   {"a5", {{"Karaoui", "opposition leader"}}},
                   {"a6", {{"Karaoui", "opposition leader"}}},
                   {"a7", {{"Qarawi", "opposition leader"}}}},
                  // Both full ids, karaoui@, and the one qarawi id.
                  {{"Omar Karaoui", 4}, {"Omar Qarawi", 4}, {"surname Karaoui", 4}}}),
    testing_support::case_name<ShapeCase>);

// What a document carries: the shared id for a confirmed surname-only mention alone.
TEST(DocumentPersonIds, SharedIdForConfirmedSurnamesOnly) {
  const auto mention = [](std::string id, bool unconfirmed) {
    PersonMention m;
    m.local_id = std::move(id);
    m.unconfirmed = unconfirmed;
    return m;
  };
  EXPECT_EQ(document_person_ids({mention("sergei-lavrov", false), mention("lavrov@a1", false)}),
            (std::vector<std::string>{"lavrov@", "lavrov@a1", "sergei-lavrov"}));
  EXPECT_EQ(document_person_ids({mention("lavrov@a1", true)}),
            (std::vector<std::string>{"lavrov@a1"}));
  EXPECT_EQ(document_person_ids({mention("lavrov@a1", false), mention("lavrov@a1", true)}),
            (std::vector<std::string>{"lavrov@", "lavrov@a1"}));
}

// speaker: with quote: checks person by person (query/quote_filter.h): a surname-only person of
// the record has its surname's shared id, and the ids left out still leave it out.
TEST(QuoteFilterSharedId, ChecksTheSharedIdPersonByPerson) {
  const auto term = [](const std::string& id) {
    return Xapian::Query(boolean_term(FieldSource::kPerson, id));
  };
  const QuoteFilter filter(
      Xapian::Query(Xapian::Query::OP_AND_NOT, term(shared_surname_id("lavrov")),
                    Xapian::Query(Xapian::Query::OP_OR, term("lavrov@a2"), term("lavrov@a3"))));
  const auto speakers = [&](const std::string& article) {
    const nlohmann::json record = {
        {"id", article}, {"people", {{{"name", "Mr Lavrov"}}, {{"name", "Ivan Petrov"}}}}};
    std::vector<std::string> out;
    for (const SpeakerMatch& match : filter.matches(record)) out.push_back(match.speaker);
    return out;
  };
  EXPECT_EQ(speakers("a1"), std::vector<std::string>{"Mr Lavrov"});
  EXPECT_TRUE(speakers("a2").empty());
}

// Without every owner of a surname (an entry the table cannot read), the ids are listed; when
// more articles carry the shared id than the shared form could pay for, the owners are not read.
TEST(PlanPersonsQuery, ListsWhenTheOwnersAreUnknownOrTooMany) {
  PersonEntry person;
  person.id = "madonna";
  person.terms = {"madonna@a1", "madonna@a2", "madonna@a3"};
  const auto three = [](const std::string&) -> std::size_t { return 3; };
  const PersonsQuery unknown = plan_persons_query(
      {person}, [](const std::string&) { return std::nullopt; }, three);
  EXPECT_EQ(unknown.listed, person.terms);
  EXPECT_TRUE(unknown.shared.empty());
  bool asked = false;
  const PersonsQuery too_many = plan_persons_query(
      {person},
      [&](const std::string&) {
        asked = true;
        return std::vector<PersonEntry>{person};
      },
      [](const std::string&) -> std::size_t { return 5; });
  EXPECT_EQ(too_many.listed, person.terms);
  EXPECT_FALSE(asked);
  const PersonsQuery shared = plan_persons_query(
      {person}, [&](const std::string&) { return std::vector<PersonEntry>{person}; }, three);
  EXPECT_TRUE(shared.listed.empty());
  EXPECT_EQ(shared.shared, (std::map<std::string, std::vector<std::string>>{{"madonna", {}}}));
}

}  // namespace
}  // namespace news
