// The body gold readers (bench/body_gold.h): a gold line's body as a string (html-article-body) or
// as fundus' summary and sections, and the malformed lines that must stop scoring.
#include "bench/body_gold.h"

#include <string>

#include <gtest/gtest.h>

namespace news::body_eval {
namespace {

struct GoldCase {
  const char* name;
  std::string line;
  std::string file;
  std::string body;
};

const GoldCase kGoldCases[] = {
    {"a string body is kept as it is",
     R"({"file": "pages/a.html", "url": "u", "body": "First.\n\nSecond."})", "pages/a.html",
     "First.\n\nSecond."},
    {"fundus: summary, then each section's headline and paragraphs, in order",
     R"({"file": "pages/uk/b.html", "body": {"summary": ["Sum one", "Sum two"], "sections": [)"
     R"({"headline": [], "paragraphs": ["P1", "P2"]}, {"headline": ["H2"], "paragraphs": ["P3"]}]}})",
     "pages/uk/b.html", "Sum one\n\nSum two\n\nP1\n\nP2\n\nH2\n\nP3"},
    {"fundus: absent summary and headline",
     R"({"file": "c", "body": {"sections": [{"paragraphs": ["Only"]}]}})", "c", "Only"},
    {"fundus: an empty body", R"({"file": "d", "body": {"summary": [], "sections": []}})", "d", ""},
};

TEST(BodyGold, ReadsBothShapes) {
  for (const auto& c : kGoldCases) {
    SCOPED_TRACE(c.name);
    const GoldBody gold = parse_gold_line(c.line, "gold.jsonl:1");
    EXPECT_EQ(gold.file, c.file);
    EXPECT_EQ(gold.body, c.body);
  }
}

struct ErrorCase {
  const char* name;
  std::string line;
  std::string message;  // a part of the error's text
};

const ErrorCase kErrorCases[] = {
    {"not JSON", "{file", "not a JSON object"},
    {"an array", R"(["pages/a.html"])", "not a JSON object"},
    {"no file", R"({"body": "x"})", "no \"file\""},
    {"no body", R"({"file": "a"})", "neither a string nor an object"},
    {"a number as body", R"({"file": "a", "body": 3})", "neither a string nor an object"},
    {"summary not a list", R"({"file": "a", "body": {"summary": "x"}})", "summary is not a list"},
    {"a paragraph not a string", R"({"file": "a", "body": {"sections": [{"paragraphs": [1]}]}})",
     "paragraphs holds a non-string"},
    {"a section not an object", R"({"file": "a", "body": {"sections": ["x"]}})",
     "section is not an object"},
};

TEST(BodyGold, MalformedLinesStopScoring) {
  for (const auto& c : kErrorCases) {
    SCOPED_TRACE(c.name);
    try {
      parse_gold_line(c.line, "gold.jsonl:7");
      ADD_FAILURE() << "no GoldError";
    } catch (const GoldError& e) {
      const std::string what = e.what();
      EXPECT_NE(what.find("gold.jsonl:7"), std::string::npos) << what;
      EXPECT_NE(what.find(c.message), std::string::npos) << what;
    }
  }
}

}  // namespace
}  // namespace news::body_eval
