// Person blocks (common/schema.h, docs/quote-blocks.md): the index side (to_document puts each
// person's terms in a block of positions of their own) and the query side (person_block_query
// turns the decider's person-by-person check into windows, or says it cannot).
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "common/document.h"
#include "common/schema.h"
#include "query/quote_blocks.h"

namespace news {
namespace {

Article two_speakers() {
  // Only what the blocks read: the people, their quotes, and the body the quotes come from.
  Article article;
  article.paragraphs = {"Alice Brennan said: \"The budget is there for the harbour.\"",
                        "Carl Dane said: \"The harbour needs 40 new cranes.\""};
  article.people = {{"Alice Brennan", {"Ms Brennan"}, "leader", "Westby Council"},
                    {"Carl Dane", {}, "", ""}};
  article.quotes = {
      {"Alice Brennan", "The budget is there for the harbour.", "said", 0, 21, 57, true},
      {"Carl Dane", "The harbour needs 40 new cranes.", "said", 1, 17, 49, true}};
  return article;
}

// term -> (wdf, positions) of a document.
std::map<std::string, std::pair<Xapian::termcount, std::vector<Xapian::termpos>>> terms_of(
    const Xapian::Document& document) {
  std::map<std::string, std::pair<Xapian::termcount, std::vector<Xapian::termpos>>> out;
  for (auto it = document.termlist_begin(); it != document.termlist_end(); ++it)
    out[*it] = {it.get_wdf(), {it.positionlist_begin(), it.positionlist_end()}};
  return out;
}

// The block a position is in: 0 for the article's own positions, k + 1 for person k's.
Xapian::termpos block_of(Xapian::termpos pos) {
  return pos < kQuoteBlockStart ? 0 : (pos - kQuoteBlockStart) / kQuoteBlockGap + 1;
}

TEST(PersonBlocks, EachPersonsTermsAreInTheirOwnBlock) {
  Xapian::TermGenerator generator = make_term_generator();
  const auto terms = terms_of(to_document(two_speakers(), SourceStamp{}, generator));
  struct Case {
    const char* term;
    Xapian::termpos block;  // every position of the term is in this block
  };
  const Case cases[] = {
      // A quote word the body has as a stemmed term: a position on that term, no term of its own.
      {"Zbudget", 1},
      {"Zneed", 2},
      {"Zcrane", 2},
      // A word the body has no stemmed term for (TermGenerator stems only words that start with a
      // letter): a block term of its own.
      {"ZXSAID40", 2},
      {"XSPEAKERbrennan", 1},
      {"ZXSPEAKERbrennan", 1},
      {"XSPEAKERms", 1},
      {"XSPEAKERdane", 2},
      {"XWHOalice brennan", 1},
      {"XWHOcarl dane", 2},
      {"XORGwestby", 1},
      {"ZXORGcouncil", 1},
      {"Zsaid", 0},  // the body's stems keep no positions of their own
      {"Zthe", 0},   // nor does a function word get one
  };
  for (const auto& c : cases) {
    const auto it = terms.find(c.term);
    ASSERT_NE(it, terms.end()) << c.term;
    for (const Xapian::termpos pos : it->second.second) EXPECT_EQ(block_of(pos), c.block) << c.term;
    EXPECT_EQ(it->second.second.empty(), c.block == 0) << c.term;
  }
  // Neither the body's stems nor a function word get a block term.
  for (const char* absent : {"ZXSAIDbudget", "ZXSAIDharbour", "ZXSAIDthe", "ZXSAIDis"})
    EXPECT_EQ(terms.count(absent), 0u) << absent;
  // Each block starts with XBLOCK.
  std::vector<Xapian::termpos> starts;
  for (const Xapian::termpos pos : terms.at("XBLOCK").second) starts.push_back(pos);
  EXPECT_EQ(starts,
            (std::vector<Xapian::termpos>{kQuoteBlockStart, kQuoteBlockStart + kQuoteBlockGap}));
  // Both people say "harbour": one term, a position in each block.
  std::vector<Xapian::termpos> blocks;
  for (const Xapian::termpos pos : terms.at("Zharbour").second) blocks.push_back(block_of(pos));
  EXPECT_EQ(blocks, (std::vector<Xapian::termpos>{1, 2}));
  // The body phrase positions stay the article's own.
  for (const Xapian::termpos pos : terms.at("harbour").second) EXPECT_EQ(block_of(pos), 0u);
}

TEST(PersonBlocks, QuoteWordsAddNothingToTheDocumentLength) {
  // Ranks must not move: the blocks' quote stems and identity terms have wdf 0, and the speaker
  // and org words keep the wdf they had outside the blocks.
  const auto length = [](const Article& article) {
    Xapian::TermGenerator generator = make_term_generator();
    Xapian::termcount sum = 0;
    for (const auto& [term, entry] : terms_of(to_document(article, SourceStamp{}, generator)))
      sum += entry.first;
    return sum;
  };
  Article without_quotes = two_speakers();
  without_quotes.quotes.clear();
  EXPECT_EQ(length(two_speakers()), length(without_quotes));
  Xapian::TermGenerator generator = make_term_generator();
  const auto terms = terms_of(to_document(two_speakers(), SourceStamp{}, generator));
  EXPECT_EQ(terms.at("ZXSAID40").first, 0u);
  EXPECT_EQ(terms.at("XWHOcarl dane").first, 0u);
  // A body stem keeps the wdf the body gave it ("harbour" twice, "budget" once).
  EXPECT_EQ(terms.at("Zharbour").first, 2u);
  EXPECT_EQ(terms.at("Zbudget").first, 1u);
  EXPECT_EQ(terms.at("XSPEAKERdane").first, 1u);
}

Xapian::Query term(const std::string& t) {
  return Xapian::Query(t);
}

Xapian::Query op(Xapian::Query::op o, std::vector<Xapian::Query> subqueries) {
  return Xapian::Query(o, subqueries.begin(), subqueries.end());
}

TEST(PersonBlockQuery, TranslatesPositiveStructuresAndNotOnTheArticle) {
  using Q = Xapian::Query;
  const std::string window = std::to_string(kQuoteBlockWindow);
  struct Case {
    const char* what;
    Xapian::Query marked;
    std::optional<std::string> expected;  // the description; nullopt: not expressible
  };
  const Case cases[] = {
      {"speaker and quote: one window",
       op(Q::OP_AND, {term("ZXSPEAKERbrennan"), term("ZXSAIDharbour")}),
       "Query((ZXSPEAKERbrennan NEAR " + window + " (ZXSAIDharbour OR Zharbour)))"},
      {"an unstemmed quote word is matched by its stem",
       op(Q::OP_AND, {term("XWHOcarl dane"), term("XSAIDrepairs")}),
       "Query((XWHOcarl dane NEAR " + window + " (ZXSAIDrepair OR Zrepair)))"},
      {"a phrase in quote: is all its words",
       op(Q::OP_AND,
          {term("XWHOcarl dane"), op(Q::OP_PHRASE, {term("XSAIDrepair"), term("XSAIDcrew")})}),
       "Query((XWHOcarl dane NEAR " + window + " (ZXSAIDrepair OR Zrepair) NEAR " + window +
           " (ZXSAIDcrew OR Zcrew)))"},
      {"the speaker expansion stays one subquery",
       op(Q::OP_AND, {op(Q::OP_OR, {term("ZXSPEAKERbrennan"), term("XPERSONalice-brennan")}),
                      term("ZXSAIDbudget")}),
       "Query(((XPERSONalice-brennan OR ZXSPEAKERbrennan) NEAR " + window +
           " (ZXSAIDbudget OR Zbudget)))"},
      {"OR of two people: two windows",
       op(Q::OP_OR, {op(Q::OP_AND, {term("ZXSPEAKERbrennan"), term("ZXSAIDharbour")}),
                     op(Q::OP_AND, {term("ZXSPEAKERdane"), term("ZXSAIDharbour")})}),
       "Query(((ZXSPEAKERbrennan NEAR " + window +
           " (ZXSAIDharbour OR Zharbour)) OR (ZXSPEAKERdane NEAR " + window +
           " (ZXSAIDharbour OR Zharbour))))"},
      // A quote word's block position may sit on the body's stem, which every article with the
      // word has: alone, it is in a window with the block's first term.
      {"body words and dates are the article's",
       op(Q::OP_FILTER, {op(Q::OP_AND, {term("ZXSAIDbudget"), term("Zwall")}),
                         Q(Q::OP_VALUE_RANGE, 0, "2024", "2025")}),
       "Query(((ZXSAIDbudget OR Zbudget) NEAR " + window + " XBLOCK))"},
      {"NOT on the article: left to the article query",
       op(Q::OP_AND_NOT, {term("ZXSAIDharbour"), term("ZXSPEAKERdane")}),
       "Query(((ZXSAIDharbour OR Zharbour) NEAR " + window + " XBLOCK))"},
      {"NOT of no person condition, under OR: open",
       op(Q::OP_OR, {term("ZXSAIDalpha"), op(Q::OP_AND_NOT, {term("ZXSAIDbeta"), term("Ztram")})}),
       "Query(((ZXSAIDalpha OR ZXSAIDbeta OR Zalpha OR Zbeta) NEAR " + window + " XBLOCK))"},
      {"a person's NOT under OR: not expressible",
       op(Q::OP_OR,
          {term("ZXSAIDalpha"), op(Q::OP_AND_NOT, {term("ZXSAIDbeta"), term("ZXSPEAKERdane")})}),
       std::nullopt},
      {"no person condition: the article quotes someone", term("Zsaid"),
       "Query(VALUE_GE " + std::to_string(slot_number(Slot::kSpeakers)) + " \\x00)"},
      // Function words are not in the blocks (is_block_stopword): the article query decides them.
      {"a function word in quote: is the article's",
       op(Q::OP_AND, {term("ZXSPEAKERbrennan"), term("XSAIDwe"), term("ZXSAIDharbour")}),
       "Query((ZXSPEAKERbrennan NEAR " + window + " (ZXSAIDharbour OR Zharbour)))"},
      {"a phrase of function words alone: the article quotes the person",
       op(Q::OP_AND, {term("XWHOcarl dane"),
                      op(Q::OP_PHRASE, {term("XSAIDwe"), term("XSAIDdid"), term("XSAIDnot")})}),
       "Query(XWHOcarl dane)"},
      {"the same word twice needs one position",
       op(Q::OP_AND, {term("ZXSAIDcrew"), term("XSAIDcrews")}),
       "Query(((ZXSAIDcrew OR Zcrew) NEAR " + window + " XBLOCK))"},
      {"two conditions sharing a person id: the id alone, or both words",
       op(Q::OP_AND,
          {op(Q::OP_OR, {term("ZXSPEAKERalice"), term("XPERSONab")}),
           op(Q::OP_OR, {term("ZXSPEAKERbrennan"), term("XPERSONab")}), term("ZXSAIDbudget")}),
       "Query(((XPERSONab NEAR " + window + " (ZXSAIDbudget OR Zbudget)) OR (ZXSPEAKERalice NEAR " +
           window + " ZXSPEAKERbrennan NEAR " + window + " (ZXSAIDbudget OR Zbudget))))"},
      {"speaker: through a surname's shared id: the excluded ids are the article's",
       op(Q::OP_AND, {op(Q::OP_OR, {term("ZXSPEAKERblair"),
                                    op(Q::OP_AND_NOT, {term("XPERSONblair@"),
                                                       op(Q::OP_OR, {term("XPERSONblair@a1"),
                                                                     term("XPERSONblair@a2")})}),
                                    term("XPERSONtony-blair")}),
                      term("ZXSAIDtax")}),
       "Query((((XPERSONtony-blair OR ZXSPEAKERblair) NEAR " + window +
           " (ZXSAIDtax OR Ztax)) OR ((XPERSONblair@ NEAR " + window +
           " (ZXSAIDtax OR Ztax)) AND_NOT (XPERSONblair@a1 OR XPERSONblair@a2))))"},
      {"a shared id excluding another surname's id, under OR: not expressible",
       op(Q::OP_OR, {term("ZXSAIDalpha"),
                     op(Q::OP_AND_NOT, {term("XPERSONblair@"), term("XPERSONbrown@a1")})}),
       std::nullopt},
      // An article carries the XPERSON id of an unconfirmed mention without a block: with the
      // block's first term, a person id alone matches only a person quoted, as QuoteFilter reads.
      {"a person id alone: in a window with the block's first term", term("XPERSONdane@"),
       "Query((XPERSONdane@ NEAR " + window + " XBLOCK))"},
      {"a speaker word alone has no term outside the blocks: no window", term("ZXSPEAKERdane"),
       "Query(ZXSPEAKERdane)"},
      // Pinned, not wanted (docs/quote-blocks.md, section 6): a word and its stem share a
      // position in the block, and NEAR wants one each, so this rejects a person the decider
      // accepts. Only without the people table's expansion (its person ids are shared terms, which
      // separate() splits off): an archive's speaker: conditions come expanded.
      {"a word and its stem: two positions wanted, one there",
       op(Q::OP_AND, {term("XSPEAKERdane"), term("ZXSPEAKERdane"), term("ZXSAIDharbour")}),
       "Query((XSPEAKERdane NEAR " + window + " ZXSPEAKERdane NEAR " + window +
           " (ZXSAIDharbour OR Zharbour)))"},
  };
  for (const auto& c : cases) {
    const std::optional<Xapian::Query> got = person_block_query(c.marked);
    ASSERT_EQ(got.has_value(), c.expected.has_value()) << c.what;
    if (got) {
      EXPECT_EQ(got->get_description(), *c.expected) << c.what;
    }
  }
}

TEST(PersonBlockQuery, SaysWhyItHasNoAnswer) {
  using Q = Xapian::Query;
  // The part of the query, in the query language's words, for the message refusing it remotely.
  const PersonBlocks not_under_or =
      person_blocks(op(Q::OP_OR, {term("ZXSAIDalpha"),
                                  op(Q::OP_AND_NOT, {term("ZXSAIDbeta"), term("ZXSPEAKERdane")})}));
  EXPECT_FALSE(not_under_or.query.has_value());
  EXPECT_NE(not_under_or.obstacle.find("(speaker:dane) inside an OR"), std::string::npos)
      << not_under_or.obstacle;
  const PersonBlocks fine = person_blocks(term("ZXSAIDalpha"));
  EXPECT_TRUE(fine.query.has_value());
  EXPECT_EQ(fine.obstacle, "");
}

TEST(PersonBlockQuery, GivesUpPastTheConjunctionLimit) {
  // (a1 OR b1 ...) AND ... with two-condition ORs of conjunctions: 2^7 = 128 conjunctions.
  std::vector<Xapian::Query> factors;
  for (int i = 0; i < 7; ++i) {
    const std::string n = std::to_string(i);
    factors.push_back(op(Xapian::Query::OP_OR,
                         {op(Xapian::Query::OP_AND, {term("ZXSAIDa" + n), term("ZXSAIDb" + n)}),
                          op(Xapian::Query::OP_AND, {term("ZXSAIDc" + n), term("ZXSAIDd" + n)})}));
  }
  const PersonBlocks blocks = person_blocks(op(Xapian::Query::OP_AND, factors));
  EXPECT_FALSE(blocks.query.has_value());
  EXPECT_NE(blocks.obstacle.find("more than 64 combinations"), std::string::npos)
      << blocks.obstacle;
}

}  // namespace
}  // namespace news
