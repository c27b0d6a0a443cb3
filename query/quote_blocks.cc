#include "query/quote_blocks.h"

#include <algorithm>
#include <set>
#include <vector>

#include "common/document.h"
#include "common/schema.h"

namespace news {

namespace {

// One person condition: true when the person has any of these block terms (an OR of terms, which
// is what OP_NEAR takes as a subquery in Xapian 1.4).
using Atom = std::set<std::string>;
// Person conditions that must hold for one person together.
using Conjunction = std::vector<Atom>;
// A condition in disjunctive form: some conjunction holds. Empty: false; a conjunction without
// atoms: true for any person.
using Disjunction = std::vector<Conjunction>;

bool has_prefix(std::string_view term, std::string_view prefix) {
  // Stemmed terms carry a leading "Z" before the field prefix.
  return term.starts_with(prefix) || (term.starts_with('Z') && term.substr(1).starts_with(prefix));
}

bool is_quote_term(std::string_view term) {
  return has_prefix(term, field(FieldSource::kQuote).prefix);
}

// The terms QuoteFilter checks on a person (its kSpeakerTerm and kQuoteTerm leaves).
bool is_person_term(std::string_view term) {
  return is_quote_term(term) || has_prefix(term, field(FieldSource::kSpeaker).prefix) ||
         term.starts_with(field(FieldSource::kSpeakerExact).prefix) ||
         term.starts_with(field(FieldSource::kPerson).prefix) ||
         has_prefix(term, field(FieldSource::kAffiliation).prefix);
}

bool mentions_person(const Xapian::Query& query) {
  for (auto it = query.get_terms_begin(); it != query.get_terms_end(); ++it)
    if (is_person_term(*it)) return true;
  return false;
}

// Thrown inside the translation when Xapian 1.4 cannot say the query as windows.
struct Inexpressible {};

// Every conjunction of `a` with every conjunction of `b`.
Disjunction both(const Disjunction& a, const Disjunction& b) {
  Disjunction out;
  for (const Conjunction& x : a) {
    for (const Conjunction& y : b) {
      Conjunction joined = x;
      joined.insert(joined.end(), y.begin(), y.end());
      out.push_back(std::move(joined));
      if (out.size() > kMaxBlockConjunctions) throw Inexpressible{};
    }
  }
  return out;
}

Disjunction either(Disjunction a, const Disjunction& b) {
  a.insert(a.end(), b.begin(), b.end());
  if (a.size() > kMaxBlockConjunctions) throw Inexpressible{};
  return a;
}

// True when every conjunction is one atom: an OR of such is one atom (an OR of terms).
bool single_atoms(const Disjunction& d) {
  return std::all_of(d.begin(), d.end(), [](const Conjunction& c) { return c.size() == 1; });
}

// `query` in disjunctive form, with conditions on anything but persons taken as true (the
// article-level query decides them). `on_article`: every ancestor is an AND, so the article-level
// query holds this node's NOTs for the whole article (see AND_NOT below).
Disjunction translate(const Xapian::Query& query, bool on_article, const Xapian::Stem& stemmer) {
  const auto subqueries = [&](std::size_t from, bool keep_on_article) {
    std::vector<Disjunction> out;
    for (std::size_t i = from; i < query.get_num_subqueries(); ++i)
      out.push_back(translate(query.get_subquery(i), keep_on_article, stemmer));
    return out;
  };
  switch (query.get_type()) {
    case Xapian::Query::LEAF_TERM: {
      const std::string term = *query.get_terms_begin();
      if (!is_person_term(term)) return {Conjunction{}};
      return {Conjunction{Atom{is_quote_term(term) ? block_quote_term(term, stemmer) : term}}};
    }
    case Xapian::Query::LEAF_MATCH_NOTHING:
      return {};
    case Xapian::Query::OP_AND:
    case Xapian::Query::OP_FILTER:
    case Xapian::Query::OP_PHRASE:
    case Xapian::Query::OP_NEAR: {
      // Phrases and NEAR: all their words in the person's quotes, as QuoteFilter checks them.
      const bool positional = query.get_type() == Xapian::Query::OP_PHRASE ||
                              query.get_type() == Xapian::Query::OP_NEAR;
      Disjunction out{Conjunction{}};
      for (const Disjunction& d : subqueries(0, on_article && !positional)) out = both(out, d);
      return out;
    }
    case Xapian::Query::OP_OR:
    case Xapian::Query::OP_XOR:
    case Xapian::Query::OP_SYNONYM:
    case Xapian::Query::OP_MAX:
    case Xapian::Query::OP_ELITE_SET: {
      const std::vector<Disjunction> parts = subqueries(0, false);
      if (std::all_of(parts.begin(), parts.end(), single_atoms) && !parts.empty()) {
        // An OR of single conditions is one condition: one OR of terms inside the window.
        Atom merged;
        bool any = false;
        for (const Disjunction& d : parts) {
          for (const Conjunction& c : d) {
            merged.insert(c.front().begin(), c.front().end());
            any = true;
          }
        }
        return any ? Disjunction{Conjunction{merged}} : Disjunction{};
      }
      Disjunction out;
      for (const Disjunction& d : parts) out = either(std::move(out), d);
      return out;
    }
    case Xapian::Query::OP_AND_NOT: {
      // QuoteFilter negates the excluded part person by person, in three-valued logic. Excluded
      // conditions on no person are open (true). On the article as a whole (every ancestor an
      // AND), the article-level query has already made the excluded part false for the article,
      // and then it is false or open for each person (a person's terms are the article's), so
      // its negation is never false. Elsewhere a person's NOT cannot be said in windows.
      for (std::size_t i = 1; i < query.get_num_subqueries(); ++i)
        if (!on_article && mentions_person(query.get_subquery(i))) throw Inexpressible{};
      return translate(query.get_subquery(0), on_article, stemmer);
    }
    case Xapian::Query::OP_AND_MAYBE:
    case Xapian::Query::OP_SCALE_WEIGHT:
      // As QuoteFilter: the optional part and a scale change nothing.
      return query.get_num_subqueries() > 0 ? translate(query.get_subquery(0), on_article, stemmer)
                                            : Disjunction{Conjunction{}};
    default:
      // Value ranges, wildcards, match-all: decided by the article-level query.
      return {Conjunction{}};
  }
}

// Drops the atoms another atom of the conjunction implies (a superset of its terms, or the same
// set): OP_NEAR wants each subquery at a position of its own, and one term of the person's block
// satisfies both.
Conjunction without_implied(Conjunction c) {
  std::stable_sort(c.begin(), c.end(),
                   [](const Atom& a, const Atom& b) { return a.size() < b.size(); });
  Conjunction out;
  for (const Atom& atom : c) {
    const bool implied = std::any_of(out.begin(), out.end(), [&](const Atom& kept) {
      return std::includes(atom.begin(), atom.end(), kept.begin(), kept.end());
    });
    if (!implied) out.push_back(atom);
  }
  return out;
}

Xapian::Query atom_query(const Atom& atom) {
  return atom.size() == 1 ? Xapian::Query(*atom.begin())
                          : Xapian::Query(Xapian::Query::OP_OR, atom.begin(), atom.end());
}

}  // namespace

std::optional<Xapian::Query> person_block_query(const Xapian::Query& marked) {
  Disjunction d;
  try {
    d = translate(marked, true, english_stemmer());
  } catch (const Inexpressible&) {
    return std::nullopt;
  }
  std::vector<Xapian::Query> windows;
  for (const Conjunction& c : d) {
    const Conjunction atoms = without_implied(c);
    if (atoms.empty()) {
      // True for any person: the article quotes someone.
      // Every name is at least one byte, so at least "\0"; an empty bound would be match-all.
      return Xapian::Query(Xapian::Query::OP_VALUE_GE, slot_number(Slot::kSpeakers),
                           std::string(1, '\0'));
    }
    if (atoms.size() == 1) {
      windows.push_back(atom_query(atoms.front()));
      continue;
    }
    std::vector<Xapian::Query> parts;
    for (const Atom& atom : atoms) parts.push_back(atom_query(atom));
    windows.emplace_back(Xapian::Query::OP_NEAR, parts.begin(), parts.end(), kQuoteBlockWindow);
  }
  if (windows.empty()) return Xapian::Query::MatchNothing;
  return Xapian::Query(Xapian::Query::OP_OR, windows.begin(), windows.end());
}

}  // namespace news
