#include "tests/unit/quote_cases.h"

#include <algorithm>
#include <cctype>
#include <sstream>

#include "extract/quotes/extractor.h"

namespace news::quote_cases {

void PrintTo(const QuoteCase& c, std::ostream* os) {
  *os << c.name;
}

std::string describe(const Article& article) {
  std::ostringstream out;
  out << "  actual people:";
  if (article.people.empty()) out << " (none)";
  for (const Person& p : article.people) {
    out << "\n    {" << p.name << "; aliases [";
    for (std::size_t i = 0; i < p.aliases.size(); ++i) out << (i ? ", " : "") << p.aliases[i];
    out << "]; role \"" << p.role << "\"}";
  }
  out << "\n  actual quotes:";
  if (article.quotes.empty()) out << " (none)";
  for (const Quote& q : article.quotes) {
    out << "\n    [p" << q.paragraph << (q.direct ? " direct" : " indirect") << ", cue \"" << q.cue
        << "\"] " << q.speaker << ": \"" << q.text << "\"";
  }
  return out.str();
}

namespace {

std::string list(const std::vector<std::string>& names) {
  std::string out = "[";
  for (std::size_t i = 0; i < names.size(); ++i) out += (i ? ", " : "") + names[i];
  return out + "]";
}

}  // namespace

std::vector<std::string> mismatches(const QuoteCase& c, const Article& article) {
  std::vector<std::string> problems;
  std::vector<std::string> names;
  for (const Person& p : article.people) names.push_back(p.name);
  if (names != c.people)
    problems.push_back("people: expected " + list(c.people) + ", got " + list(names));

  // The contract of extract_quotes: every quote's speaker is one of the people.
  for (const Quote& q : article.quotes) {
    if (std::find(names.begin(), names.end(), q.speaker) == names.end())
      problems.push_back("quote \"" + q.text + "\" has speaker \"" + q.speaker +
                         "\", who is not among the people");
  }

  if (c.person) {
    const auto it = std::find_if(article.people.begin(), article.people.end(),
                                 [&](const Person& p) { return p.name == c.person->name; });
    if (it == article.people.end()) {
      problems.push_back("person " + c.person->name + ": missing");
    } else {
      for (const std::string& alias : c.person->aliases) {
        if (std::find(it->aliases.begin(), it->aliases.end(), alias) == it->aliases.end())
          problems.push_back("person " + c.person->name + ": alias \"" + alias +
                             "\" missing from " + list(it->aliases));
      }
      if (c.person->role && it->role != *c.person->role)
        problems.push_back("person " + c.person->name + ": role expected \"" + *c.person->role +
                           "\", got \"" + it->role + "\"");
    }
  }

  for (const QuoteCheck& check : c.quotes) {
    std::vector<const Quote*> found;
    for (const Quote& q : article.quotes) {
      if (q.text.find(check.fragment) != std::string::npos) found.push_back(&q);
    }
    if (check.speaker.empty()) {
      for (const Quote* q : found)
        problems.push_back("quote \"" + check.fragment + "\": expected no speaker, got " +
                           q->speaker);
      continue;
    }
    if (found.empty()) {
      problems.push_back("quote \"" + check.fragment + "\": expected " + check.speaker +
                         (check.direct ? (*check.direct ? " (direct)" : " (indirect)") : "") +
                         ", but no quote contains it");
      continue;
    }
    for (const Quote* q : found) {
      if (q->speaker != check.speaker)
        problems.push_back("quote \"" + check.fragment + "\": expected speaker " + check.speaker +
                           ", got " + q->speaker);
      if (check.direct && q->direct != *check.direct)
        problems.push_back("quote \"" + check.fragment + "\": expected " +
                           (*check.direct ? "direct" : "indirect") + ", got " +
                           (q->direct ? "direct" : "indirect"));
    }
  }

  for (const std::string& words : c.not_direct) {
    for (const Quote& q : article.quotes) {
      if (q.direct && q.text.find(words) != std::string::npos)
        problems.push_back("\"" + words + "\" is not a direct quote, got one: " + q.speaker +
                           ": \"" + q.text + "\"");
    }
  }
  for (const std::string& words : c.not_in_quotes) {
    for (const Quote& q : article.quotes) {
      if (q.text.find(words) != std::string::npos)
        problems.push_back("\"" + words + "\" is not quoted content, got: " + q.speaker + ": \"" +
                           q.text + "\"");
    }
  }
  return problems;
}

Article extract(const QuoteCase& c) {
  Article article;
  article.paragraphs = c.paragraphs;
  EXPECT_NO_THROW(extract_quotes(article));
  return article;
}

void check_case(const QuoteCase& c, const char* passes_hint) {
  const Article article = extract(c);
  const std::vector<std::string> problems = mismatches(c, article);
  if (*c.gap != '\0') {
    if (problems.empty()) FAIL() << "known gap \"" << c.name << "\" now passes: " << passes_hint;
    std::string detail;
    for (const std::string& problem : problems) detail += "\n  " + problem;
    GTEST_SKIP() << "known gap: " << c.gap << detail << "\n" << describe(article);
  }
  for (const std::string& problem : problems) ADD_FAILURE() << problem;
  if (!problems.empty()) ADD_FAILURE() << "\n" << describe(article);
}

std::string case_name(const testing::TestParamInfo<QuoteCase>& info) {
  std::string name;
  for (char c : std::string(info.param.name))
    name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return name;
}

}  // namespace news::quote_cases
