// Whom a quoted person speaks for, read from their role phrase: "analyst at IDC" -> "IDC".
#pragma once

#include <string>
#include <string_view>

namespace news::quotes {

// The organisation a role phrase (PersonRecord::role, as the extractor writes it) names, as
// written, without a leading "the"; "" when it names none. Three general forms, tried in order:
//   - a possessive capitalised run at the start: "O2's head of devices" -> "O2";
//   - capitalised words before the role's head: "Unilever UK chief executive" -> "Unilever UK",
//     "Arsenal manager" -> "Arsenal";
//   - a capitalised run after at, of, for or with, or after from when the run has an
//     organisation word, possibly across a determiner and a short lowercase descriptor:
//     "the general secretary of the Transport Salaried Staffs' Association", "analyst at the
//     investment bank Ridley Marsh" -> "Ridley Marsh".
// A run of nothing but nationalities, places, role and title words is not an organisation
// ("Russian Foreign Minister", "Secretary of State for Defence", "Mayor" -> ""), and neither is a
// lowercase noun phrase ("secretary of defence for space policy" -> "").
std::string affiliation_of_role(std::string_view role);

}  // namespace news::quotes
