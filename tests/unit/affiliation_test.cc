// Whom a person speaks for, split from role phrases as the quote extractor writes them. The
// phrases are written for these tests; the organisations are invented or generic.
#include "extract/quotes/affiliation.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "common/article.h"
#include "extract/quotes/extractor.h"

namespace news::quotes {
namespace {

struct Case {
  const char* role;
  const char* affiliation;  // "" when the role names no organisation
};

// A capitalised run after at / of / for / with (from: only with an organisation word).
constexpr Case kAfterPreposition[] = {
    {"analyst at IDC", "IDC"},
    {"head of devices at O2", "O2"},
    {"chief executive of Unilever", "Unilever"},
    {"the general secretary of the Transport Salaried Staffs' Association",
     "Transport Salaried Staffs' Association"},
    {"spokeswoman for Oxfam", "Oxfam"},
    {"a pupil at St Cuthbert's", "St Cuthbert's"},
    {"pupil at Larkhill Primary School", "Larkhill Primary School"},
    {"chief economist at the Bank of Eskmoor", "Bank of Eskmoor"},
    {"analyst at the investment bank Corran Pike", "Corran Pike"},
    {"astronomer at the Vell Point Observatory in Dunmarra", "Vell Point Observatory"},
    {"regional organiser for the Federated Porters\xE2\x80\x99 Union",
     "Federated Porters\xE2\x80\x99 Union"},
    // As the extractor writes it, with the possessive mark a token of its own.
    {"organiser for the Federated Porters \xE2\x80\x99 Union",
     "Federated Porters\xE2\x80\x99 Union"},
    {"a volunteer with the Harrowgate Food Bank", "Harrowgate Food Bank"},
    {"a steward from the Pellingford Rowing Club", "Pellingford Rowing Club"},
    {"Mayor of Wexley", "Wexley"},
    {"director of Friends of the Marsh", "Friends of the Marsh"},
    {"trader at Marlow & Finch, the broker", "Marlow & Finch"},
    {"senior partner at Quill's investment arm", "Quill"},
    {"engineer at 3M", "3M"},
};

// A possessive capitalised run at the start, and capitalised words before the role's head.
constexpr Case kBeforeHead[] = {
    {"O2's head of devices", "O2"},
    {"Halloran Motors' chief engineer", "Halloran Motors"},
    {"Unilever UK chief executive", "Unilever UK"},
    {"Arsenal manager", "Arsenal"},
    {"Tarrow Rovers head coach", "Tarrow Rovers"},
    {"Green Horizon Party candidate", "Green Horizon Party"},
    {"BBC Scotland political editor", "BBC Scotland"},
    {"the Pemberton Trust spokesman", "Pemberton Trust"},
    {"Foreign Ministry spokeswoman", "Foreign Ministry"},
    {"Corlan Group Chief Executive", "Corlan Group"},
};

// Roles that name no organisation.
constexpr Case kNone[] = {
    {"Russian Foreign Minister", ""},
    {"Assistant secretary of defence for space policy", ""},
    {"Secretary of State for Defence", ""},
    {"Minister of Foreign Affairs", ""},
    {"professor of Economics", ""},
    {"Prime Minister", ""},
    {"Housing Minister", ""},
    {"Opposition MP", ""},
    {"Labour MP", ""},
    {"Chief executive", ""},
    {"Managing director", ""},
    {"Political scientist", ""},
    {"Local boat operator", ""},
    {"Postal service chief executive", ""},
    {"Estravian economist", ""},
    {"British ambassador", ""},
    {"UK trade secretary", ""},
    {"Britain's foreign secretary", ""},
    {"minister for Europe", ""},
    {"spokesman for the Council", ""},
    {"cycling instructor from Glenhollow", ""},
    {"GP in Hartsmere", ""},
    {"florist on Kiln Lane", ""},
    {"director of the museum", ""},
    {"head of the agency's weather programme", ""},
    {"chair of the trust's ethics committee", ""},
    {"former finance minister", ""},
    {"teenage striker", ""},
    {"coach", ""},
    {"", ""},
};

void check(const Case& c) {
  EXPECT_EQ(affiliation_of_role(c.role), std::string(c.affiliation)) << "role: " << c.role;
}

TEST(AffiliationOfRole, CapitalisedRunAfterPreposition) {
  for (const Case& c : kAfterPreposition) check(c);
}

TEST(AffiliationOfRole, OwnerOrNameBeforeTheRoleHead) {
  for (const Case& c : kBeforeHead) check(c);
}

TEST(AffiliationOfRole, RolesWithoutOrganisation) {
  for (const Case& c : kNone) check(c);
}

// The affiliation the extractor gives a speaker, wherever the article puts the organisation: a
// possessive before the name (issue 14, kind 2), an organisation and role run into it (kind 3),
// a possessive role after it (kind 5), "for ORG" after it, an "at ORG" appositive (kind 6).
struct SpeakerCase {
  const char* text;
  const char* name;
  const char* affiliation;
};

constexpr SpeakerCase kSpeakers[] = {
    {"\"Rents will rise again by the autumn,\" says Halvard Bank's Rhona Tennant.", "Rhona Tennant",
     "Halvard Bank"},
    {"\"Rents will rise again by the autumn,\" says Marrens' Rhona Tennant.", "Rhona Tennant",
     "Marrens"},
    {"\"The order book is full until March,\" said Orrin Foods chief executive Jack Pell.",
     "Jack Pell", "Orrin Foods"},
    {"\"Nobody expected the recall,\" said Ilse Brandt, Veltro's head of devices.", "Ilse Brandt",
     "Veltro"},
    {"\"The numbers are soft in the north,\" wrote Cameron Ladd for Morning Signal.",
     "Cameron Ladd", "Morning Signal"},
    {"\"Card payments will pass cash this year,\" said Nia Rowe, an analyst at Quillmark.",
     "Nia Rowe", "Quillmark"},
};

TEST(SpeakerAffiliation, ComesFromWhereverTheArticlePutsIt) {
  for (const SpeakerCase& c : kSpeakers) {
    Article article;
    article.paragraphs = {c.text};
    extract_quotes(article);
    ASSERT_EQ(article.people.size(), 1U) << c.text;
    EXPECT_EQ(article.people[0].name, c.name) << c.text;
    EXPECT_EQ(article.people[0].affiliation, c.affiliation) << c.text;
  }
}

}  // namespace
}  // namespace news::quotes
