// The word characters of Python's re (`\w` in a str pattern), which the article-extraction
// benchmark's tokens are runs of: letters of every script (Unicode categories Lu, Ll, Lt, Lm, Lo),
// numbers with a numeric value (Nd, Nl, No: "2", "²", "½", "Ⅻ"), and the underscore. Combining
// marks are not word characters (Python splits "é" written as e + U+0301 after the "e", and
// Devanagari words at their vowel signs), nor are circled letters. The table in word_chars.cc is
// generated from Python's own re by bench/gen_word_chars.py, so it matches it code point for code
// point (for the Unicode version named at its top) with no locale or ICU at run time.
#pragma once

namespace news::body_eval {

// True when Python's re matches `c` with \w (str pattern, the default Unicode flags). Surrogates
// and values past U+10FFFF are not word characters.
bool is_word_char(char32_t c);

}  // namespace news::body_eval
