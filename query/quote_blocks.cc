#include "query/quote_blocks.h"

#include <algorithm>
#include <iterator>
#include <set>
#include <vector>

#include <fmt/format.h>

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

// Thrown inside the translation when Xapian 1.4 cannot say the query as windows; `why` is the
// part of the query and the reason, for PersonBlocks::obstacle.
struct Inexpressible {
  std::string why;
};

// The person conditions of `query` as the query language writes them ("speaker:dane
// person:carl-dane"), each once, for a message: the field's name and the term's word.
std::string person_conditions(const Xapian::Query& query) {
  std::string out;
  std::set<std::string> seen;
  for (auto it = query.get_unique_terms_begin(); it != query.get_unique_terms_end(); ++it) {
    const std::string term = *it;
    if (!is_person_term(term)) continue;
    const std::string_view bare = std::string_view(term).substr(term.starts_with('Z') ? 1 : 0);
    const FieldSpec* best = nullptr;
    for (const FieldSpec& spec : kFields)
      if (!spec.prefix.empty() && bare.starts_with(spec.prefix) &&
          (!best || spec.prefix.size() > best->prefix.size()))
        best = &spec;
    if (!best) continue;
    std::string condition = fmt::format("{}:{}", best->name, bare.substr(best->prefix.size()));
    if (condition.find(' ') != std::string::npos)
      condition = fmt::format("{}:\"{}\"", best->name, bare.substr(best->prefix.size()));
    if (seen.insert(condition).second) out += (out.empty() ? "" : " ") + condition;
  }
  return out;
}

Inexpressible too_many() {
  return {fmt::format(
      "its person conditions, ORs inside ANDs, multiply out to more than {} combinations, each a "
      "window query of its own",
      kMaxBlockConjunctions)};
}

// Every conjunction of `a` with every conjunction of `b`.
Disjunction both(const Disjunction& a, const Disjunction& b) {
  Disjunction out;
  for (const Conjunction& x : a) {
    for (const Conjunction& y : b) {
      Conjunction joined = x;
      joined.insert(joined.end(), y.begin(), y.end());
      out.push_back(std::move(joined));
      if (out.size() > kMaxBlockConjunctions) throw too_many();
    }
  }
  return out;
}

Disjunction either(Disjunction a, const Disjunction& b) {
  a.insert(a.end(), b.begin(), b.end());
  if (a.size() > kMaxBlockConjunctions) throw too_many();
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
      for (std::size_t i = 1; i < query.get_num_subqueries(); ++i) {
        if (!on_article && mentions_person(query.get_subquery(i))) {
          throw Inexpressible{fmt::format(
              "it excludes a person condition ({}) inside an OR, a phrase or NEAR: \"someone who "
              "did not say it\" has no window query, as Xapian's windows cannot exclude a word",
              person_conditions(query.get_subquery(i)))};
        }
      }
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

// Adds to `out` the conjunction `c` written as conjunctions whose atoms share no term. OP_NEAR
// wants each subquery at a position of its own, so two atoms that one term of a person's block
// satisfies would need that term twice (two speaker: conditions that expand to one person id).
// An atom whose terms include another's is implied by it, and dropped; atoms A and B that share
// the terms S (neither including the other) hold together exactly when S holds or A - S and
// B - S both hold: two conjunctions.
void separate(Conjunction c, Disjunction& out) {
  std::stable_sort(c.begin(), c.end(),
                   [](const Atom& a, const Atom& b) { return a.size() < b.size(); });
  for (std::size_t i = 0; i < c.size(); ++i) {
    for (std::size_t j = i + 1; j < c.size(); ++j) {
      Atom shared;
      std::set_intersection(c[i].begin(), c[i].end(), c[j].begin(), c[j].end(),
                            std::inserter(shared, shared.end()));
      if (shared.empty()) continue;
      if (shared.size() == c[i].size()) {  // c[i] implies c[j]
        c.erase(c.begin() + static_cast<std::ptrdiff_t>(j));
        separate(std::move(c), out);
        return;
      }
      Conjunction rest = c;
      for (const std::string& term : shared) {
        rest[i].erase(term);
        rest[j].erase(term);
      }
      c[i] = std::move(shared);
      c.erase(c.begin() + static_cast<std::ptrdiff_t>(j));
      separate(std::move(c), out);
      separate(std::move(rest), out);
      return;
    }
  }
  out.push_back(std::move(c));
  if (out.size() > kMaxBlockConjunctions) throw too_many();
}

Xapian::Query atom_query(const Atom& atom) {
  return atom.size() == 1 ? Xapian::Query(*atom.begin())
                          : Xapian::Query(Xapian::Query::OP_OR, atom.begin(), atom.end());
}

}  // namespace

std::optional<Xapian::Query> person_block_query(const Xapian::Query& marked) {
  return person_blocks(marked).query;
}

PersonBlocks person_blocks(const Xapian::Query& marked) {
  Disjunction conjunctions;
  try {
    for (Conjunction& c : translate(marked, true, english_stemmer()))
      separate(std::move(c), conjunctions);
  } catch (const Inexpressible& e) {
    return {std::nullopt, e.why};
  }
  std::vector<Xapian::Query> windows;
  for (const Conjunction& atoms : conjunctions) {
    if (atoms.empty()) {
      // True for any person: the article quotes someone.
      // Every name is at least one byte, so at least "\0"; an empty bound would be match-all.
      return {Xapian::Query(Xapian::Query::OP_VALUE_GE, slot_number(Slot::kSpeakers),
                            std::string(1, '\0')),
              {}};
    }
    if (atoms.size() == 1) {
      windows.push_back(atom_query(atoms.front()));
      continue;
    }
    std::vector<Xapian::Query> parts;
    for (const Atom& atom : atoms) parts.push_back(atom_query(atom));
    windows.emplace_back(Xapian::Query::OP_NEAR, parts.begin(), parts.end(), kQuoteBlockWindow);
  }
  if (windows.empty()) return {Xapian::Query::MatchNothing, {}};
  return {Xapian::Query(Xapian::Query::OP_OR, windows.begin(), windows.end()), {}};
}

std::string remote_quote_refusal(std::string_view what, std::string_view obstacle) {
  return fmt::format(
      "{} is not available over remote shards: {}; such a query needs a match decider that reads "
      "each article's quotes, and Xapian's remote backend (xapian-tcpsrv) runs only Xapian's own "
      "classes; rewrite it (a NOT on the whole query works) or search a stub of local shards for "
      "it (docs/sharding.md)",
      what, obstacle);
}

}  // namespace news
