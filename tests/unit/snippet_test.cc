// Highlighter: which words a query's terms mark, and how snippets are cut.
#include "query/snippet.h"

#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

namespace news {
namespace {

SnippetOptions brackets(std::size_t bytes = 240) {
  return {bytes, "[", "]"};
}

struct MarkCase {
  const char* name;
  std::vector<std::string> terms;
  const char* prefix;
  const char* text;
  const char* marked;
};

TEST(Highlighter, MarksTheWordsTheTermsMatch) {
  const MarkCase cases[] = {
      {"plain word, any case",
       {"tram"},
       "",
       "Trams and a TRAM and a tram.",
       "Trams and a [TRAM] and a [tram]."},
      {"stem matches inflections",
       {"Zelect"},
       "",
       "Elections elected an electorate.",
       "[Elections] [elected] an electorate."},
      {"irregular stem: dying -> die",
       {"Zdie"},
       "",
       "He was dying; they die.",
       "He was [dying]; they [die]."},
      {"prefixed terms are not body words",
       {"XSPEAKERblair", "Sblair"},
       "",
       "Blair spoke.",
       "Blair spoke."},
      {"quote prefix",
       {"XQUOTEspace", "ZXQUOTEweapon"},
       "XQUOTE",
       "space weapons, Space",
       "[space] [weapons], [Space]"},
      {"typographic apostrophe",
       {"Zblair"},
       "",
       "Blair\xE2\x80\x99s plan and Blair's plan",
       "[Blair\xE2\x80\x99s] plan and [Blair's] plan"},
      {"non-ASCII capitals lower-case",
       {"\xC3\xA9"
        "cole"},
       "",
       "\xC3\x89"
       "cole and "
       "\xC3\xA9"
       "cole",
       "[\xC3\x89"
       "cole] and ["
       "\xC3\xA9"
       "cole]"},
      {"quote marks are not part of a word",
       {"war"},
       "",
       "\xE2\x80\x9CWar\xE2\x80\x9D, he said",
       "\xE2\x80\x9C[War]\xE2\x80\x9D, he said"},
      {"no terms: unchanged", {}, "", "Nothing to mark.", "Nothing to mark."},
      {"a word inside another is not a match",
       {"art"},
       "",
       "Art, party, start",
       "[Art], party, start"},
  };
  for (const auto& c : cases) {
    const Highlighter highlighter(c.terms.begin(), c.terms.end(), c.prefix);
    EXPECT_EQ(highlighter.mark(c.text, brackets()), c.marked) << c.name;
  }
}

TEST(Highlighter, SnippetStartsWhereAQueryWordFirstOccurs) {
  const std::vector<std::string> terms = {"harbour"};
  const Highlighter highlighter(terms.begin(), terms.end(), "");
  std::string body = "Opening paragraph about other things entirely.\n\n";
  for (int i = 0; i < 20; ++i) body += "Filler sentence number " + std::to_string(i) + " here. ";
  body += "\n\nThe harbour line opens next year.\n\nA closing paragraph.";
  const std::string snippet = highlighter.snippet(body, brackets(80));
  EXPECT_TRUE(snippet.starts_with("...The [harbour] line")) << snippet;
  EXPECT_EQ(snippet.find("\n"), std::string::npos) << "paragraph breaks become spaces";
  EXPECT_LE(snippet.size(), 80u + 2 * 3 + 2 + 20) << snippet;  // about the size asked for
}

TEST(Highlighter, SnippetWithoutAMatchIsTheStartOfTheBody) {
  const std::vector<std::string> terms = {"absent"};
  const Highlighter highlighter(terms.begin(), terms.end(), "");
  std::string body;
  for (int i = 0; i < 40; ++i) body += "word" + std::to_string(i) + " ";
  const std::string snippet = highlighter.snippet(body, brackets(60));
  EXPECT_TRUE(snippet.starts_with("word0 word1")) << snippet;
  EXPECT_TRUE(snippet.ends_with("...")) << snippet;
}

TEST(Highlighter, CropKeepsContextBeforeTheFirstMatchAndNeverSplitsAMarkedWord) {
  const std::vector<std::string> terms = {"target"};
  const Highlighter highlighter(terms.begin(), terms.end(), "");
  std::string text;
  for (int i = 0; i < 30; ++i) text += "lead" + std::to_string(i) + " ";
  text += "target ";
  for (int i = 0; i < 30; ++i) text += "tail" + std::to_string(i) + " ";
  const std::string snippet = highlighter.mark(text, brackets(100));
  EXPECT_TRUE(snippet.starts_with("...lead")) << snippet;
  EXPECT_NE(snippet.find("[target]"), std::string::npos) << snippet;
  EXPECT_TRUE(snippet.ends_with("...")) << snippet;
}

// For the text listing the text around the marks is escaped, and the marks (colour escapes there)
// stay raw; other formats get the text as it is.
TEST(Highlighter, EscapesControlCharactersAroundTheMarksWhenAsked) {
  const std::vector<std::string> terms = {"ferry"};
  const Highlighter highlighter(terms.begin(), terms.end(), "");
  const std::string body = "The \033[2J ferry\033]0;x\007 sails\xC2\x9B today.";
  SnippetOptions colour{240, "\033[1;31m", "\033[0m", true};
  EXPECT_EQ(highlighter.snippet(body, colour),
            "The \\x1b[2J \033[1;31mferry\033[0m\\x1b]0;x\\x07 sails\\u009b today.");
  EXPECT_EQ(highlighter.mark(body, colour),
            "The \\x1b[2J \033[1;31mferry\033[0m\\x1b]0;x\\x07 sails\\u009b today.");
  colour.escape_controls = false;
  EXPECT_EQ(highlighter.snippet(body, colour),
            "The \033[2J \033[1;31mferry\033[0m\033]0;x\007 sails\xC2\x9B today.");
}

// news-serve's workers mark snippets at once, each with its own Highlighter: stemming the words
// must not share state between threads (it did, through one Xapian::Stem, and corrupted the heap).
TEST(Highlighter, MarksTheSameFromManyThreadsAtOnce) {
  const std::vector<std::string> terms = {"Zelect", "Zgovern", "Zannounc"};
  const Highlighter highlighter(terms.begin(), terms.end(), "");
  const std::string text =
      "Elections were announced as the governing party's elected governors announced governments "
      "electing announcers; the electorate governs what elections announce.";
  const std::string expected = highlighter.mark(text, brackets(1000));
  ASSERT_NE(expected, text);
  constexpr int kThreads = 8;
  std::vector<int> mismatches(kThreads, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 2000; ++i) {
        if (highlighter.mark(text, brackets(1000)) != expected) ++mismatches[t];
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(mismatches, std::vector<int>(kThreads, 0));
}

}  // namespace
}  // namespace news
