// Quote-level search as a pure Xapian query (issue 19; docs/quote-blocks.md): the person-by-person
// check of QuoteFilter (query/quote_filter.h) as window queries over the person blocks of the
// index (common/schema.h), which Xapian evaluates anywhere, remote shards included, where a match
// decider does not run.
#pragma once

#include <optional>
#include <string>
#include <string_view>

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
// conjunctions; the caller then falls back to QuoteFilter (person_blocks says why).
std::optional<Xapian::Query> person_block_query(const Xapian::Query& marked);

// What person_block_query makes of a query, with the reason when it has no answer.
struct PersonBlocks {
  std::optional<Xapian::Query> query;  // person_block_query's answer
  // Without a query: which part of the query the windows cannot say, and why, in words for a
  // message to the user (the person conditions named as the query language writes them,
  // "speaker:dane"); empty with a query.
  std::string obstacle;
};

// person_block_query's answer, or why there is none (PersonBlocks::obstacle): the search refuses
// such a query over remote shards, where the fallback QuoteFilter cannot run, with this reason.
PersonBlocks person_blocks(const Xapian::Query& marked);

// The message refusing over remote shards a quote-level query that person_blocks cannot say
// (`obstacle`: PersonBlocks::obstacle). `what` names the search ("this quote: query"). Remote
// shards run only Xapian's own classes, and the fallback is news-query's match decider.
std::string remote_quote_refusal(std::string_view what, std::string_view obstacle);

// The most conjunctions person_block_query writes out (each an OP_NEAR); past it, a query's
// disjunctive form is too large to be worth running as windows.
inline constexpr std::size_t kMaxBlockConjunctions = 64;

}  // namespace news
