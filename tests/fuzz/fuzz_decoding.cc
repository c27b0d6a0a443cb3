// Fuzz target for the byte-level front door (extract/text_decoding.h): classify_content and
// decode_text on raw file bytes, checking the promise every reader relies on: the decoded text is
// valid UTF-8 with no NULs and LF line ends.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "extract/text_decoding.h"
#include "tests/fuzz/fuzz_support.h"

namespace news {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
// classify_content's documented window.
constexpr std::size_t kSniffBytes = 8192;

bool is_blank_byte(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// A byte that shows something: not whitespace, not a control character, not NUL.
bool is_visible_byte(char c) {
  return static_cast<unsigned char>(c) >= 0x20 && c != ' ';
}

void fuzz_classify(std::string_view bytes) {
  const ContentKind kind = classify_content(bytes);
  if (bytes.empty() || std::all_of(bytes.begin(), bytes.end(), is_blank_byte)) {
    FUZZ_REQUIRE(kind == ContentKind::kEmpty);
  }
  if (kind == ContentKind::kEmpty) {
    FUZZ_REQUIRE(std::none_of(bytes.begin(), bytes.end(), is_visible_byte));
  }
  // Binary is decided by the first 8 KiB alone.
  const bool head_binary = classify_content(bytes.substr(0, kSniffBytes)) == ContentKind::kBinary;
  FUZZ_REQUIRE((kind == ContentKind::kBinary) == head_binary);
}

void fuzz_decode(std::string_view bytes) {
  const DecodedText decoded = decode_text(bytes);
  const std::string& text = decoded.text;
  FUZZ_REQUIRE(fuzz::is_valid_utf8(text));
  FUZZ_REQUIRE(text.find('\0') == std::string::npos);
  FUZZ_REQUIRE(text.find('\r') == std::string::npos);
  FUZZ_REQUIRE(decoded.repaired_bytes <= bytes.size());

  // Repairs are counted exactly when the input was not UTF-8; clean UTF-8 only loses its BOM and
  // NULs and has its line ends made LF.
  const bool clean = fuzz::is_valid_utf8(bytes);
  FUZZ_REQUIRE((decoded.repaired_bytes == 0) == clean);
  if (clean) {
    std::string expected;
    std::string_view rest = bytes.starts_with(kBom) ? bytes.substr(kBom.size()) : bytes;
    for (std::size_t i = 0; i < rest.size(); ++i) {
      if (rest[i] == '\0') continue;
      if (rest[i] == '\r') {
        expected += '\n';
        if (i + 1 < rest.size() && rest[i + 1] == '\n') ++i;
        continue;
      }
      expected += rest[i];
    }
    FUZZ_REQUIRE(text == expected);
  }

  // Decoded text is already what decode_text makes: decoding it again changes nothing, except that
  // a second BOM (the input began with two) is now the leading one and goes.
  const std::string_view again_input = text;
  const DecodedText again = decode_text(again_input);
  FUZZ_REQUIRE(again.repaired_bytes == 0);
  FUZZ_REQUIRE(again.text ==
               (again_input.starts_with(kBom) ? again_input.substr(kBom.size()) : again_input));
}

}  // namespace
}  // namespace news

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  news::fuzz_classify(bytes);
  news::fuzz_decode(bytes);
  return 0;
}
