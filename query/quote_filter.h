// "What did X say about Y": checks a query's speaker and quote conditions person by person, so
// that `speaker:X quote:Y` keeps an article only where Y is inside X's own quotes, not merely
// somewhere in an article where X also spoke.
#pragma once

#include <memory>
#include <set>
#include <string>
#include <vector>

#include <xapian.h>
#include <nlohmann/json.hpp>

namespace news {

// One person of an article who satisfies the conditions, with the quotes that show it.
struct SpeakerMatch {
  std::string speaker;      // canonical name
  std::string affiliation;  // whom they speak for (Person::affiliation), "" when unknown
  nlohmann::json quotes;    // that person's quotes containing a searched quote word (all of them
                            // when the query searches no quote words)
};

// A MatchDecider built from the marked reading of a query (ParsedQuery::marked). For each person
// quoted in a candidate article it evaluates the query's boolean structure over that person alone:
// speaker:, who:, person:, org: and quote: terms are true when they hold for the person (names and
// aliases, canonical name, local person id, affiliation, words of the person's quotes, compared by
// their stems as the index's person blocks hold them: block_quote_term); every other
// condition (body words, dates, ...) is left to the database, which has already checked it. The
// article is kept if some person does not make the query false. Phrases and NEAR are checked as
// "all these words in the person's quotes". Runs on local databases only: Xapian's remote backend
// does not run match deciders.
class QuoteFilter : public Xapian::MatchDecider {
 public:
  explicit QuoteFilter(const Xapian::Query& marked);
  ~QuoteFilter() override;

  bool operator()(const Xapian::Document& document) const override;

  // The people of an article record (read_record) who satisfy the conditions, in article order.
  std::vector<SpeakerMatch> matches(const nlohmann::json& record) const;

  // The quote-word terms the query searches, as the person blocks hold them (block_quote_term,
  // common/document.h: the stem, with "Z" and the quote prefix).
  const std::set<std::string>& quote_terms() const;

  struct Node;  // the condition tree (defined in the .cc)

 private:
  std::set<std::string> quote_terms_;  // before root_: building the tree fills it
  std::unique_ptr<Node> root_;
};

}  // namespace news
