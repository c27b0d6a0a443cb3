#include "query/quote_blocks.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <optional>
#include <set>
#include <vector>

#include <fmt/format.h>

#include "common/document.h"
#include "common/people.h"
#include "common/schema.h"

namespace news {

namespace {

// One person condition: true when the person has any of these block terms (an OR of terms, which
// is what OP_NEAR takes as a subquery in Xapian 1.4).
using Atom = std::set<std::string>;
// Person conditions that must hold for one person together, and terms the article must not have
// (a person's NOT that is an article-level condition: shared_id_exclusion).
struct Conjunction {
  std::vector<Atom> atoms;
  Atom excluded;
};
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

// The person conditions of `query` as the query language writes them ("speaker:dane"), each
// once, for a message: the field's name and the term's word. The person ids a speaker: condition
// expands to (query/people.h) are left out when other person terms are there: the user wrote
// speaker:, not person:.
std::string person_conditions(const Xapian::Query& query) {
  const std::string_view person_prefix = field(FieldSource::kPerson).prefix;
  bool ids_only = true;
  for (auto it = query.get_unique_terms_begin(); it != query.get_unique_terms_end(); ++it)
    if (is_person_term(*it) && !(*it).starts_with(person_prefix)) ids_only = false;
  std::string out;
  std::set<std::string> seen;
  for (auto it = query.get_unique_terms_begin(); it != query.get_unique_terms_end(); ++it) {
    const std::string term = *it;
    if (!is_person_term(term) || (!ids_only && term.starts_with(person_prefix))) continue;
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
      joined.atoms.insert(joined.atoms.end(), y.atoms.begin(), y.atoms.end());
      joined.excluded.insert(y.excluded.begin(), y.excluded.end());
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
  return std::all_of(d.begin(), d.end(), [](const Conjunction& c) { return c.atoms.size() == 1; });
}

// The speaker: expansion's "a surname's shared id, but not these ids of other persons of that
// surname" (query/people.h: `XPERSONblair@` AND_NOT `XPERSONblair@<article>`...), when `query` is
// that, as one condition: the shared id as the person's atom and the excluded ids as terms the
// article must not have. Exact person by person: a person has the shared id only as a confirmed
// surname-only mention, whose own id is the surname and the article's id; an excluded id names
// its article, so the only one an article can carry is that same id, which then excludes every
// person of the article who has the shared id, as the decider's per-person NOT does.
std::optional<Disjunction> shared_id_exclusion(const Xapian::Query& query) {
  const std::string person_prefix(field(FieldSource::kPerson).prefix);
  const Xapian::Query& shared = query.get_subquery(0);
  if (shared.get_type() != Xapian::Query::LEAF_TERM) return std::nullopt;
  const std::string shared_term = *shared.get_terms_begin();
  if (!shared_term.starts_with(person_prefix)) return std::nullopt;
  const std::string_view shared_id = std::string_view(shared_term).substr(person_prefix.size());
  if (shared_id != shared_surname_id(surname_of_id(shared_id))) return std::nullopt;
  Conjunction out{{Atom{shared_term}}, {}};
  for (std::size_t i = 1; i < query.get_num_subqueries(); ++i) {
    const Xapian::Query& excluded = query.get_subquery(i);
    // Terms, or an OR of terms, only.
    if (excluded.get_type() != Xapian::Query::LEAF_TERM) {
      if (excluded.get_type() != Xapian::Query::OP_OR) return std::nullopt;
      for (std::size_t j = 0; j < excluded.get_num_subqueries(); ++j)
        if (excluded.get_subquery(j).get_type() != Xapian::Query::LEAF_TERM) return std::nullopt;
    }
    for (auto it = excluded.get_terms_begin(); it != excluded.get_terms_end(); ++it) {
      const std::string term = *it;
      if (!term.starts_with(person_prefix)) return std::nullopt;
      const std::string_view id = std::string_view(term).substr(person_prefix.size());
      if (!is_surname_only_id(id) || id == shared_id ||
          surname_of_id(id) != surname_of_id(shared_id))
        return std::nullopt;
      out.excluded.insert(term);
    }
  }
  return Disjunction{std::move(out)};
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
      if (!is_quote_term(term)) return {Conjunction{{Atom{term}}, {}}};
      // A quote word's block position is on the body's stemmed term where the article has one,
      // else on the block term (document.h, body_stem_term); a function word has none, and is
      // left to the article-level query.
      const std::string block_term = block_quote_term(term, stemmer);
      if (is_block_stopword(block_term)) return {Conjunction{}};
      return {Conjunction{{Atom{block_term, body_stem_term(block_term)}}, {}}};
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
        // An OR of single conditions is one condition: one OR of terms inside the window. One
        // with article-level exclusions stays a conjunction of its own.
        Atom merged;
        Disjunction out;
        for (const Disjunction& d : parts) {
          for (const Conjunction& c : d) {
            if (c.excluded.empty()) {
              merged.insert(c.atoms.front().begin(), c.atoms.front().end());
            } else {
              out.push_back(c);
            }
          }
        }
        if (!merged.empty()) out.insert(out.begin(), Conjunction{{std::move(merged)}, {}});
        if (out.size() > kMaxBlockConjunctions) throw too_many();
        return out;
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
      // its negation is never false. Elsewhere a person's NOT cannot be said in windows, except
      // the speaker: expansion's, which is an article-level condition (shared_id_exclusion).
      if (!on_article) {
        if (std::optional<Disjunction> shared = shared_id_exclusion(query)) return *shared;
      }
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
  std::vector<Atom>& atoms = c.atoms;
  std::stable_sort(atoms.begin(), atoms.end(),
                   [](const Atom& a, const Atom& b) { return a.size() < b.size(); });
  for (std::size_t i = 0; i < atoms.size(); ++i) {
    for (std::size_t j = i + 1; j < atoms.size(); ++j) {
      Atom shared;
      std::set_intersection(atoms[i].begin(), atoms[i].end(), atoms[j].begin(), atoms[j].end(),
                            std::inserter(shared, shared.end()));
      if (shared.empty()) continue;
      if (shared.size() == atoms[i].size()) {  // atoms[i] implies atoms[j]
        atoms.erase(atoms.begin() + static_cast<std::ptrdiff_t>(j));
        separate(std::move(c), out);
        return;
      }
      Conjunction rest = c;
      for (const std::string& term : shared) {
        rest.atoms[i].erase(term);
        rest.atoms[j].erase(term);
      }
      atoms[i] = std::move(shared);
      atoms.erase(atoms.begin() + static_cast<std::ptrdiff_t>(j));
      separate(std::move(c), out);
      separate(std::move(rest), out);
      return;
    }
  }
  out.push_back(std::move(c));
  if (out.size() > kMaxBlockConjunctions) throw too_many();
}

// Whether `atom` holds a term an article can carry outside the person blocks (schema.h): an
// XPERSON id (an unconfirmed mention's has no block), or a body stem, "Z" and a word with no
// field prefix (a quote word's block position sits on it, body_stem_term, but every article with
// the word has the term).
bool has_term_outside_blocks(const Atom& atom) {
  const std::string_view prefix = field(FieldSource::kPerson).prefix;
  return std::any_of(atom.begin(), atom.end(), [&](const std::string& term) {
    const bool body_stem =
        term.size() > 1 && term[0] == 'Z' && !std::isupper(static_cast<unsigned char>(term[1]));
    return body_stem || term.starts_with(prefix);
  });
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
  // "The article quotes someone": every name is at least one byte, so at least "\0" (an empty
  // bound would be match-all).
  const Xapian::Query quotes_someone(Xapian::Query::OP_VALUE_GE, slot_number(Slot::kSpeakers),
                                     std::string(1, '\0'));
  std::vector<Xapian::Query> windows;
  for (const Conjunction& c : conjunctions) {
    const std::vector<Atom>& atoms = c.atoms;
    Xapian::Query window;
    if (atoms.empty()) {
      // True for any person.
      if (c.excluded.empty()) return {quotes_someone, {}};
      window = quotes_someone;
    } else if (atoms.size() == 1 && !has_term_outside_blocks(atoms.front())) {
      window = atom_query(atoms.front());
    } else if (atoms.size() == 1) {
      // A person id alone may be an article's term without a block (an unconfirmed mention), and a
      // quote word alone may be the body's stem: in a window with the block's first term, it must
      // be a person's of a block.
      const Xapian::Query parts[] = {atom_query(atoms.front()),
                                     Xapian::Query(boolean_term(FieldSource::kPersonBlock, ""))};
      window = Xapian::Query(Xapian::Query::OP_NEAR, std::begin(parts), std::end(parts),
                             kQuoteBlockWindow);
    } else {
      std::vector<Xapian::Query> parts;
      for (const Atom& atom : atoms) parts.push_back(atom_query(atom));
      window = Xapian::Query(Xapian::Query::OP_NEAR, parts.begin(), parts.end(), kQuoteBlockWindow);
    }
    if (!c.excluded.empty()) {
      window =
          Xapian::Query(Xapian::Query::OP_AND_NOT, window,
                        Xapian::Query(Xapian::Query::OP_OR, c.excluded.begin(), c.excluded.end()));
    }
    windows.push_back(std::move(window));
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
