// common/safe_output.h: text escaped for a terminal, JSON without raw DEL and C1 controls, and
// write errors turned into OutputError.
#include "common/safe_output.h"

#include <cerrno>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "common/error.h"

namespace news {
namespace {

TEST(EscapeControls, Cases) {
  struct Case {
    const char* name;
    std::string text;
    LineFeeds line_feeds;
    std::string escaped;
  };
  const Case cases[] = {
      {"plain text unchanged", "Tram line approved", LineFeeds::kEscape, "Tram line approved"},
      {"UTF-8 unchanged", "Caf\xC3\xA9 \xE2\x80\x9Cok\xE2\x80\x9D \xC2\xA0", LineFeeds::kEscape,
       "Caf\xC3\xA9 \xE2\x80\x9Cok\xE2\x80\x9D \xC2\xA0"},
      {"window title and clear screen", "\033]0;pwned\007\033[2JHeadline", LineFeeds::kEscape,
       "\\x1b]0;pwned\\x07\\x1b[2JHeadline"},
      {"tab kept", "a\tb", LineFeeds::kEscape, "a\tb"},
      {"line feed escaped in a one-line field", "a\nb", LineFeeds::kEscape, "a\\x0ab"},
      {"line feed kept in several lines", "a\nb\r", LineFeeds::kKeep, "a\nb\\x0d"},
      {"NUL", std::string("a\0b", 3), LineFeeds::kEscape, "a\\x00b"},
      {"DEL", "a\x7F", LineFeeds::kEscape, "a\\x7f"},
      {"C1 CSI and NEL",
       "a\xC2\x9B"
       "2Jb\xC2\x85",
       LineFeeds::kEscape, "a\\u009b2Jb\\u0085"},
      {"U+00A0 is no C1 control", "a\xC2\xA0z", LineFeeds::kEscape, "a\xC2\xA0z"},
      {"byte that is not UTF-8", "caf\xE9.txt", LineFeeds::kEscape, "caf\\xe9.txt"},
      {"lone 0x9b byte",
       "a\x9B"
       "2J",
       LineFeeds::kEscape, "a\\x9b2J"},
      {"truncated sequence at the end", "ok\xE2\x80", LineFeeds::kEscape, "ok\\xe2\\x80"},
      {"backslash left as it is", "C:\\x1b", LineFeeds::kEscape, "C:\\x1b"},
  };
  for (const auto& c : cases) EXPECT_EQ(escape_controls(c.text, c.line_feeds), c.escaped) << c.name;
}

TEST(EscapeJsonControls, Cases) {
  struct Case {
    const char* name;
    std::string json;
    std::string escaped;
  };
  const Case cases[] = {
      {"nothing to escape", "{\"title\":\"Caf\xC3\xA9\"}", "{\"title\":\"Caf\xC3\xA9\"}"},
      {"C0 already escaped by dump", "{\"t\":\"\\u001b[2J\"}", "{\"t\":\"\\u001b[2J\"}"},
      {"DEL", "{\"t\":\"a\x7F\"}", "{\"t\":\"a\\u007f\"}"},
      {"C1",
       "[\"\xC2\x9B"
       "2J\xC2\x80\"]",
       "[\"\\u009b2J\\u0080\"]"},
      {"U+00A0 kept", "[\"\xC2\xA0\"]", "[\"\xC2\xA0\"]"},
  };
  for (const auto& c : cases) EXPECT_EQ(escape_json_controls(c.json), c.escaped) << c.name;
}

TEST(CheckWritten, AGoodStreamPasses) {
  std::ostringstream out;
  out << "results\n";
  EXPECT_NO_THROW(flush_and_check(out));
}

TEST(CheckWritten, AFailedStreamThrowsOutputError) {
  std::ostringstream out;
  out.setstate(std::ios::badbit);
  errno = ENOSPC;
  try {
    check_written(out);
    FAIL() << "no OutputError";
  } catch (const OutputError& e) {
    EXPECT_STREQ(e.what(), "cannot write the output: No space left on device");
  }
}

}  // namespace
}  // namespace news
