#include <string>

#include <gtest/gtest.h>

#include "extract/text_decoding.h"

namespace news {
namespace {

// The first bytes of a PNG file, NULs included.
constexpr char kPngHeader[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0";

TEST(ClassifyContent, Cases) {
  struct Case {
    const char* name;
    std::string bytes;
    ContentKind expected;
  };
  const Case cases[] = {
      {"plain text", "Headline\n\nBody text.\n", ContentKind::kText},
      {"empty", "", ContentKind::kEmpty},
      {"only whitespace", " \n\t\r\n  ", ContentKind::kEmpty},
      {"png header", std::string(kPngHeader, sizeof kPngHeader - 1), ContentKind::kBinary},
      {"many NULs", std::string(100, '\0') + "text", ContentKind::kBinary},
      {"one stray NUL in a long text",
       std::string(500, 'a') + std::string(1, '\0') + std::string(500, 'b'), ContentKind::kText},
      {"latin-1 text is still text",
       "Price \xA3"
       "5\n",
       ContentKind::kText},
      {"text after a long blank head", std::string(9000, ' ') + "Headline", ContentKind::kText},
  };
  for (const auto& c : cases) EXPECT_EQ(classify_content(c.bytes), c.expected) << c.name;
}

TEST(DecodeText, Cases) {
  struct Case {
    const char* name;
    std::string bytes;
    std::string text;
    std::size_t repaired;
  };
  const Case cases[] = {
      {"ascii unchanged", "abc\n", "abc\n", 0},
      {"utf-8 unchanged",
       "\xC2\xA3"
       "5 \xE2\x80\x9Cok\xE2\x80\x9D",
       "\xC2\xA3"
       "5 \xE2\x80\x9Cok\xE2\x80\x9D",
       0},
      {"latin-1 pound",
       "\xA3"
       "15m",
       "\xC2\xA3"
       "15m",
       1},
      {"cp1252 curly quotes", "\x93quoted\x94", "\xE2\x80\x9Cquoted\xE2\x80\x9D", 2},
      {"cp1252 undefined byte", "a\x81z", "a\xEF\xBF\xBDz", 1},
      {"BOM dropped", "\xEF\xBB\xBFHeadline", "Headline", 0},
      {"NUL dropped", std::string("a\0b", 3), "ab", 0},
      {"CRLF and CR", "a\r\nb\rc", "a\nb\nc", 0},
      {"truncated sequence", "caf\xC3", "caf\xC3\x83", 1},
      {"overlong form rejected", "\xC0\xAF", "\xC3\x80\xC2\xAF", 2},
      {"surrogate rejected", "\xED\xA0\x80", "\xC3\xAD\xC2\xA0\xE2\x82\xAC", 3},
      // ASCII is read eight bytes at a time: what stops a run there, at each place in a word.
      {"CR inside a run of eight", "abcdefg\rhijklmnop", "abcdefg\nhijklmnop", 0},
      {"NUL at a word's start", std::string("abcdefgh\0ijklmnop", 17), "abcdefghijklmnop", 0},
      {"non-ASCII after two words", "abcdefghijklmnop\xA3", "abcdefghijklmnop\xC2\xA3", 1},
      {"UTF-8 in the middle of a word",
       "abc\xC3\xA9"
       "defghijkl",
       "abc\xC3\xA9"
       "defghijkl",
       0},
  };
  for (const auto& c : cases) {
    const DecodedText decoded = decode_text(c.bytes);
    EXPECT_EQ(decoded.text, c.text) << c.name;
    EXPECT_EQ(decoded.repaired_bytes, c.repaired) << c.name;
    // is_valid_utf8 says beforehand whether decode_text would repair anything.
    EXPECT_EQ(is_valid_utf8(c.bytes), c.repaired == 0) << c.name;
  }
}

TEST(StripControls, Cases) {
  struct Case {
    const char* name;
    std::string text;
    std::string stripped;
  };
  const Case cases[] = {
      {"plain text unchanged", "Headline\n\nBody\ttext.\n", "Headline\n\nBody\ttext.\n"},
      {"escape sequences lose their escapes", "\033]0;pwned\007\033[2JHeadline",
       "]0;pwned[2JHeadline"},
      {"form feed and vertical tab are spaces", "a\fb\vc", "a b c"},
      {"DEL dropped",
       "a\x7F"
       "b",
       "ab"},
      {"C1 controls dropped",
       "a\xC2\x9B"
       "2Jb\xC2\x85"
       "c",
       "a2Jbc"},
      {"other U+00xx letters kept",
       "\xC2\xA3"
       "5 caf\xC3\xA9",
       "\xC2\xA3"
       "5 caf\xC3\xA9"},
  };
  for (const auto& c : cases) EXPECT_EQ(strip_controls(c.text), c.stripped) << c.name;
}

// Every reader words a UTF-8 repair the same way, and the indexer counts it by that wording.
TEST(RepairWarning, IsRecognisedAndOnlyItIs) {
  EXPECT_EQ(repair_warning(3), "3 byte(s) were not valid UTF-8 and were decoded as Windows-1252");
  EXPECT_TRUE(is_repair_warning(repair_warning(1)));
  EXPECT_FALSE(is_repair_warning("charset windows-1252 decoded"));
  EXPECT_FALSE(is_repair_warning("no article body found: indexed by title and metadata"));
}

}  // namespace
}  // namespace news
