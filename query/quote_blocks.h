// Quote-level search as a pure Xapian query (issue 19; docs/quote-blocks.md): the person-by-person
// check of QuoteFilter (query/quote_filter.h) as window queries over the person blocks of the
// index (common/schema.h), which Xapian evaluates anywhere, remote shards included, where a match
// decider does not run.
#pragma once

#include <optional>
#include <string>

#include <xapian.h>

namespace news {

// The condition "some person of the article does not make the query false", as QuoteFilter
// evaluates it on `marked` (ParsedQuery::marked), as a Xapian query over the person blocks: an OR,
// over the conjunctions of the query's speaker, who, person, org and quote conditions in
// disjunctive form, of OP_NEAR windows that cannot reach from one person's block into another's.
// Conditions on anything else (body words, dates) count as true here: the article-level query
// decides them, and the caller filters it by this query (OP_FILTER), so ranks do not move. When
// no conjunction names a person condition, "the article quotes someone" (Slot::kSpeakers set).
// Phrases and NEAR inside quote: are "all these words in the person's quotes", as QuoteFilter
// checks them; a quote word is matched by its stem (blocks hold stems only: block_quote_term,
// common/document.h).
// Returns nullopt where Xapian 1.4 cannot say it: a NOT over person conditions that is not on the
// article as a whole (under an OR: "a OR (b NOT speaker:x)"), or more than kMaxBlockConjunctions
// conjunctions; the caller then falls back to QuoteFilter.
std::optional<Xapian::Query> person_block_query(const Xapian::Query& marked);

// The most conjunctions person_block_query writes out (each an OP_NEAR); past it, a query's
// disjunctive form is too large to be worth running as windows.
inline constexpr std::size_t kMaxBlockConjunctions = 64;

}  // namespace news
