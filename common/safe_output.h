// Output that a hostile article or a full disk cannot turn against the reader: text escaped for a
// terminal, JSON text without raw DEL and C1 controls, and write errors caught. Both tools print
// through these (news-query's listing, paths and JSON; news-index's messages, --dry-run lines,
// --explain and --summary json).
#pragma once

#include <iosfwd>
#include <string>
#include <string_view>

namespace news {

// What escape_controls does with a line feed.
enum class LineFeeds {
  kEscape,  // one-line fields (a title, a path): "\x0a", so the layout holds
  kKeep,    // text of several lines (--explain, an error message)
};

// `text` with every control character but tab written as a visible escape, so that text from an
// article, a file name or a query cannot drive the terminal it is shown on (retitle the window,
// clear the screen, move the cursor, hide the text after it):
//   C0 controls (U+0000-U+001F) and DEL   as \xHH     ("\x1b" for ESC)
//   C1 controls (U+0080-U+009F)           as \uHHHH   ("\u009b" for CSI)
//   bytes that are not valid UTF-8        as \xHH     (a lone 0x9b is a CSI to a terminal that
//                                                      is not in UTF-8 mode)
// Everything else, backslashes included, is left as it is: the result is for reading, not for
// parsing back.
std::string escape_controls(std::string_view text, LineFeeds line_feeds = LineFeeds::kEscape);

// JSON text as nlohmann's dump writes it (valid UTF-8, C0 controls already escaped inside
// strings) with DEL and the C1 controls, which dump writes raw, escaped as \u007f and
// \u0080-\u009f. Those bytes can only stand inside strings, so the result is the same JSON value,
// safe to print on a terminal.
std::string escape_json_controls(std::string json);

// Throws OutputError ("cannot write the output: No space left on device") when `out` has failed:
// a write that could not be done (a full disk, a file system gone). Called right after writing,
// while errno still says why. Tools call it after each piece of a long output, so a run stops at
// the first failed write rather than computing output nobody will get.
void check_written(std::ostream& out);

// Flushes `out`, then check_written: the end of a tool's output, where a short output that sat in
// the buffer meets the disk.
void flush_and_check(std::ostream& out);

}  // namespace news
