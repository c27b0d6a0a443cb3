#include "common/name_key.h"

#include <dlfcn.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>
#include <unicode/utypes.h>
#include <unicode/uvernum.h>

#include <algorithm>
#include <array>
#include <climits>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/name_folds.h"
#include "common/strings.h"

namespace news {
namespace {

// ---------------------------------------------------------------------------------------------
// to_latin_ascii

// Cyrillic goes through the BGN/PCGN romanisation first because that is the one English-language
// newsrooms use (Khrushchev, Yakovlev, Yulia); ICU's Any-Latin alone gives the scholarly ISO 9
// forms (Hrusev, Akovlev, Ulia) that no newspaper prints. It leaves other scripts alone, which
// Any-Latin then takes; Latin-ASCII drops the accents, Lower the case.
constexpr char16_t kTransliteratorId[] = u"Russian-Latin/BGN; Any-Latin; Latin-ASCII; Lower";

// ICU is loaded with dlopen on the first name outside ASCII, not linked: linking it cost every
// news-query process 0.4 ms of start-up (the dynamic loader relocating libicuuc and libicui18n),
// a tenth of a whole search, for names that nearly all queries never have. Only ICU's C API is
// used, because its functions have plain (versioned) symbol names that dlsym can find:
// <unicode/urename.h> makes `utrans_openU` the macro `utrans_openU_72`, and NEWS_ICU_SYMBOL
// spells that.
#define NEWS_ICU_SYMBOL_NAME(name) #name
#define NEWS_ICU_SYMBOL(name) NEWS_ICU_SYMBOL_NAME(name)

// The library of the ICU release the build's headers describe (Debian's libicu72 for bookworm):
// the functions' versioned names exist only in that release.
constexpr char kIcuLibrary[] = "libicui18n.so." U_ICU_VERSION_SHORT;

// The ICU functions used, resolved from kIcuLibrary (dlsym also searches its dependency
// libicuuc, where u_strFromUTF8WithSub lives).
struct IcuFunctions {
  decltype(&utrans_openU) open = nullptr;
  decltype(&utrans_transUChars) transliterate = nullptr;
  decltype(&utrans_close) close = nullptr;
  decltype(&u_strFromUTF8WithSub) from_utf8 = nullptr;
};

// The functions, or nullopt when the library or one of them is missing.
std::optional<IcuFunctions> load_icu() {
  // RTLD_LOCAL: ICU's symbols stay out of the global scope, where they would slow every later
  // symbol lookup of the process.
  void* library = dlopen(kIcuLibrary, RTLD_NOW | RTLD_LOCAL);
  if (library == nullptr) return std::nullopt;  // kept open for the process's life
  IcuFunctions functions;
  const auto find = [&](auto& function, const char* symbol) {
    function =
        reinterpret_cast<std::remove_reference_t<decltype(function)>>(dlsym(library, symbol));
    return function != nullptr;
  };
  if (!find(functions.open, NEWS_ICU_SYMBOL(utrans_openU)) ||
      !find(functions.transliterate, NEWS_ICU_SYMBOL(utrans_transUChars)) ||
      !find(functions.close, NEWS_ICU_SYMBOL(utrans_close)) ||
      !find(functions.from_utf8, NEWS_ICU_SYMBOL(u_strFromUTF8WithSub))) {
    return std::nullopt;
  }
  return functions;
}

// One transliterator for the process, used under a lock: ICU documents transliterators as not
// safe to share between threads without locking (unicode/utrans.h), and each instance of this
// chain holds about 4.5 MB of compiled rules, which one per worker thread multiplied; names
// outside ASCII are few, so the lock is rarely waited for. `transliterator` is null when ICU
// could not be loaded or could not create it (the library or its data missing): non-ASCII is
// then dropped, which loses names in other scripts but never throws.
struct SharedTransliterator {
  SharedTransliterator() : icu(load_icu()) {
    if (!icu) return;
    UErrorCode status = U_ZERO_ERROR;
    UParseError where{};
    const auto id_length =
        static_cast<std::int32_t>(std::char_traits<char16_t>::length(kTransliteratorId));
    transliterator =
        icu->open(kTransliteratorId, id_length, UTRANS_FORWARD, nullptr, 0, &where, &status);
    if (U_FAILURE(status)) transliterator = nullptr;
  }
  ~SharedTransliterator() {
    if (transliterator != nullptr) icu->close(transliterator);
  }
  SharedTransliterator(const SharedTransliterator&) = delete;
  SharedTransliterator& operator=(const SharedTransliterator&) = delete;

  // `text` (UTF-8) in Latin ASCII and other UTF-16 units; empty for an ICU error.
  std::u16string transliterate(std::string_view text) {
    // u_strFromUTF8WithSub reads each invalid byte sequence as U+FFFD, which is not ASCII and is
    // dropped by the caller. ICU string lengths are int32_t: a name longer than that is cut (none
    // is).
    const auto length = static_cast<std::int32_t>(
        std::min<std::size_t>(text.size(), static_cast<std::size_t>(INT32_MAX / 8)));
    std::u16string units(static_cast<std::size_t>(length), u'\0');
    std::int32_t units_length = 0;
    UErrorCode status = U_ZERO_ERROR;
    icu->from_utf8(units.data(), length, &units_length, text.data(), length, 0xFFFD, nullptr,
                   &status);
    if (U_FAILURE(status)) return {};
    units.resize(static_cast<std::size_t>(units_length));
    // A script can grow several times in Latin (one Han character is a syllable); when the
    // buffer is too small ICU says how long the result is, and the transliteration runs again
    // from the original text into a buffer that long.
    std::u16string out;
    std::int32_t capacity = 4 * units_length + 16;
    for (int attempt = 0; attempt < 2; ++attempt) {
      out = units;
      out.resize(static_cast<std::size_t>(capacity));
      std::int32_t out_length = units_length;
      std::int32_t limit = units_length;
      status = U_ZERO_ERROR;
      {
        const std::lock_guard<std::mutex> held(lock);
        icu->transliterate(transliterator, out.data(), &out_length, capacity, 0, &limit, &status);
      }
      if (status == U_BUFFER_OVERFLOW_ERROR && out_length > capacity) {
        capacity = out_length + 1;
        continue;
      }
      if (U_FAILURE(status)) return {};
      out.resize(static_cast<std::size_t>(std::min(out_length, capacity)));
      return out;
    }
    return {};
  }

  const std::optional<IcuFunctions> icu;
  std::mutex lock;
  UTransliterator* transliterator = nullptr;
};

SharedTransliterator& shared_transliterator() {
  static SharedTransliterator shared;  // made on first use, once (a thread-safe static)
  return shared;
}

bool is_ascii(std::string_view text) {
  for (const char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// The fold table of name_word_key (docs/people.md, "Name keys", lists the same steps with the
// census that decided each). The steps run in order over the lower-case ASCII letters and digits
// of one name word; each rewrites, left to right, every place where one of `from` matches
// (the first that matches, so longer forms are listed first) and `where` holds, to `to`. Later
// steps see earlier steps' output, so the order is part of the algorithm: w and j are rewritten
// before the rules that read v and y, German ch for kh before the other ch rules, the longest
// German and French spellings of Russian shch and ch before their parts ("tch" inside "chtch"),
// "ts" only after them ("tsch"), y as i before "ye" is read, and doubled letters are collapsed only
// after the rewrites that make them ("Kadhafi" -> "kadafi", "Gaddafi" -> "kaddafi" -> "kadafi").

enum class Where {
  kAnywhere,
  kStart,                 // at the start of the word
  kEnd,                   // at the end of the word
  kWord,                  // the whole word
  kStartBeforeConsonant,  // at the start, a consonant following
  kStartOrBeforeVowel,    // at the start, or a vowel following
  kStartOrAfterVowel,     // at the start, or a vowel preceding
  kNotBeforeI,            // anywhere but before an i ("Louis" is not "Luis")
  kBeforeEOrI,            // an e or an i following
  kJAsY,                  // German j for y: at the start before a or u, or after a vowel
  kYAsI,                  // y as a vowel: not at the start; at the end not after a doubled
                          // consonant (Sergey, Zelensky, Yevgeny; not Terry/Terri)
};

enum class Kind {
  kRewrite,          // `from` -> `to` where `where` holds
  kCollapseDoubles,  // a letter of `from[0]` twice in a row -> once
};

// The most forms one step rewrites.
constexpr std::size_t kMaxForms = 10;

struct Fold {
  std::string_view name;
  Kind kind;
  std::array<std::string_view, kMaxForms> from;
  std::string_view to;
  Where where;
  std::string_view why;
};

// clang-format off
constexpr std::array kFolds = {
  Fold{"x-ks", Kind::kRewrite, {"x"}, "ks", Where::kAnywhere,
       "Alexander/Aleksandr, Alexei/Aleksei"},
  Fold{"q-k", Kind::kRewrite, {"q"}, "k", Where::kAnywhere,
       "Arabic qaf as q or k: Qaddafi/Kaddafi, Qassem/Kassem"},
  Fold{"w-v", Kind::kRewrite, {"w"}, "v", Where::kAnywhere,
       "German and Polish w for v: Lawrow/Lavrov, Wladimir/Vladimir, Pawel/Pavel"},
  Fold{"j-y", Kind::kRewrite, {"j"}, "y", Where::kJAsY,
       "German j for y: Sergej, Jakowlew, Juri, Selenskyj; not Kenji, Joko, Jed"},
  Fold{"ou-u", Kind::kRewrite, {"ou", "oo"}, "u", Where::kNotBeforeI,
       "French ou and English oo for u: Khrouchtchev, Mouammar, Farouk/Farooq; not Louis/Luis"},
  Fold{"ch-kh", Kind::kRewrite, {"ch"}, "kh", Where::kStartBeforeConsonant,
       "German ch for Russian kh, where English ch cannot be meant: Chruschtschow/Khrushchev; "
       "kh itself stays (Khan is not Han)"},
  Fold{"shch", Kind::kRewrite, {"schtsch", "chtch", "stsch"}, "shch", Where::kAnywhere,
       "Russian shch as German and French write it: Chruschtschow/Khrouchtchev/Khrushchev"},
  Fold{"tsch-ch", Kind::kRewrite, {"tsch", "tch"}, "ch", Where::kAnywhere,
       "Russian ch as German tsch and French tch: Gorbatschow/Gorbatchev/Gorbachev"},
  Fold{"sch-sh", Kind::kRewrite, {"sch"}, "sh", Where::kAnywhere,
       "German sch for sh: Schostakowitsch/Shostakovich, Fischer/Fisher; not French ch, which "
       "is English ch too (Chen is not Shen)"},
  Fold{"ts-z", Kind::kRewrite, {"ts", "tz"}, "z", Where::kStartOrBeforeVowel,
       "Russian ts as German z: Tsoi/Zoi, Kuznetsov; not at the end (Watts/Vaz)"},
  Fold{"dh-d", Kind::kRewrite, {"dh"}, "d", Where::kAnywhere,
       "Arabic dhal: Kadhafi/Gaddafi"},
  Fold{"gu-g", Kind::kRewrite, {"gu"}, "g", Where::kBeforeEOrI,
       "French gu for a hard g before e and i: Serguei/Sergei, Guennadi/Gennady, Evgueni"},
  Fold{"final-iy", Kind::kRewrite, {"iy", "yy", "yi", "ii"}, "i", Where::kEnd,
       "Russian -ий/-ый/-ій as -iy/-yy/-yi/-ii: Zelenskiy/Zelenskyy/Zelenskyi, Dmitriy"},
  Fold{"y-i", Kind::kRewrite, {"y"}, "i", Where::kYAsI,
       "y as a vowel: Sergey/Sergei, Zelensky/Zelenski, Natalya/Natalia, Bryan/Brian; not at "
       "the start (Yan/Ian) nor after a doubled consonant (Terry/Terri)"},
  Fold{"ye-e", Kind::kRewrite, {"ye", "ie"}, "e", Where::kStartOrAfterVowel,
       "Russian e as ye/e: Yelena/Elena, Alekseyev/Alekseev, Dostoyevsky/Dostoevsky"},
  Fold{"moh-muh", Kind::kRewrite, {"moh"}, "muh", Where::kStart,
       "Mohammed/Muhammad"},
  Fold{"moa-mua", Kind::kRewrite, {"moa"}, "mua", Where::kStart,
       "Moammar/Muammar"},
  Fold{"gad-kad", Kind::kRewrite, {"gad"}, "kad", Where::kStart,
       "Arabic qaf as g: Gaddafi/Qaddafi/Kadhafi; only there (Gamal is not Kamal)"},
  Fold{"ff-v", Kind::kRewrite, {"ff"}, "v", Where::kEnd,
       "old French and English -off/-eff: Smirnoff/Smirnov"},
  Fold{"chev-chov", Kind::kRewrite, {"chev"}, "chov", Where::kEnd,
       "Russian yo after ch and shch, e in English and French, o in German: Gorbachev/"
       "Gorbatschow, Khrushchev/Chruschtschow"},
  Fold{"cheva-chova", Kind::kRewrite, {"cheva"}, "chova", Where::kEnd,
       "the same in the feminine: Gorbacheva/Gorbatschowa (kept apart from Gorbachev)"},
  Fold{"doubles", Kind::kCollapseDoubles, {"bcdfghkmnprstvzi"}, "", Where::kAnywhere,
       "doubled consonants and i: Gaddafi/Gadafi, Mohammed/Mohamed, Zelenskii; not l "
       "(Mitchell/Michel) nor the other vowels (Lee/Le)"},
  Fold{"muhamad", Kind::kRewrite, {"muhamed"}, "muhamad", Where::kWord,
       "Mohammed/Muhammad: the name only (Hamed is not Hamad)"},
  Fold{"ahmad", Kind::kRewrite, {"ahmed"}, "ahmad", Where::kWord,
       "Ahmed/Ahmad: the name only"},
};
// clang-format on

static_assert(kFolds.size() <= 64, "name_folds::word_key_without takes a 64-bit mask");

bool is_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

bool holds(Where where, std::string_view s, std::size_t at, std::size_t length) {
  const std::size_t after = at + length;
  const bool at_end = after == s.size();
  const bool vowel_after = !at_end && is_vowel(s[after]);
  const bool vowel_before = at > 0 && is_vowel(s[at - 1]);
  switch (where) {
    case Where::kAnywhere:
      return true;
    case Where::kStart:
      return at == 0;
    case Where::kEnd:
      return at_end;
    case Where::kWord:
      return at == 0 && at_end;
    case Where::kStartBeforeConsonant:
      return at == 0 && !at_end && !vowel_after;
    case Where::kStartOrBeforeVowel:
      return at == 0 || vowel_after;
    case Where::kStartOrAfterVowel:
      return at == 0 || vowel_before;
    case Where::kNotBeforeI:
      return at_end || s[after] != 'i';
    case Where::kBeforeEOrI:
      return !at_end && (s[after] == 'e' || s[after] == 'i');
    case Where::kJAsY:
      return (at == 0 && !at_end && (s[after] == 'a' || s[after] == 'u')) || vowel_before;
    case Where::kYAsI:
      // English -y after a doubled consonant is a pet form with an -i twin that is another
      // name (Terry/Terri, Sammy/Sami); Russian names have no such ending (Yevgeny, Dmitry).
      return at > 0 && (!at_end || vowel_before || at < 2 || s[at - 1] != s[at - 2]);
  }
  return false;
}

// One step over `in`, written to `out` (cleared first). Linear in the word's length: each place
// is tried against at most kMaxForms short forms.
void apply(const Fold& fold, std::string_view in, std::string& out) {
  out.clear();
  if (fold.kind == Kind::kCollapseDoubles) {
    for (std::size_t i = 0; i < in.size(); ++i) {
      if (i > 0 && in[i] == in[i - 1] && fold.from[0].find(in[i]) != std::string_view::npos) {
        continue;
      }
      out.push_back(in[i]);
    }
    return;
  }
  // Most steps find nothing to do in most words: a step whose forms' first letters are not in the
  // word copies it whole.
  char firsts[kMaxForms + 1] = {};
  std::size_t count = 0;
  for (const std::string_view form : fold.from) {
    if (form.empty()) break;
    firsts[count++] = form[0];
  }
  const std::string_view first_letters(firsts, count);
  if (in.find_first_of(first_letters) == std::string_view::npos) {
    out.assign(in);
    return;
  }
  std::size_t i = 0;
  while (i < in.size()) {
    bool rewritten = false;
    for (const std::string_view form : fold.from) {
      if (form.empty()) break;
      if (in[i] == form[0] && in.compare(i, form.size(), form) == 0 &&
          holds(fold.where, in, i, form.size())) {
        out.append(fold.to);
        i += form.size();
        rewritten = true;
        break;
      }
    }
    if (!rewritten) out.push_back(in[i++]);
  }
}

// A leading Arabic article joined to the name by a hyphen or an apostrophe ("al-Gaddafi",
// "el-Sisi", "ash-Shara", "Al'Aqsa"); the sun letters assimilate it (ad-, ar-, as-, ash-, ...).
// Only with the joiner: "Alexander" and "Elton" begin with the same letters.
std::string_view without_arabic_article(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kArticles = {
      "al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ath", "adh", "ul"};
  for (const std::string_view article : kArticles) {
    if (word.size() > article.size() + 1 && starts_with_ci(word, article)) {
      const char joiner = word[article.size()];
      if (joiner == '-' || joiner == '\'') return word.substr(article.size() + 1);
    }
  }
  return word;
}

// to_latin_ascii(word) reduced to its letters and digits, the Arabic article taken off.
std::string letters_and_digits(std::string_view word) {
  std::string ascii = to_latin_ascii(without_arabic_article(word));
  std::string kept;
  kept.reserve(ascii.size());
  for (const char c : ascii) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) kept.push_back(c);
  }
  return kept;
}

std::string folded(std::string word, std::uint64_t skipped) {
  std::string next;
  for (std::size_t i = 0; i < kFolds.size(); ++i) {
    if ((skipped >> i) & 1U) continue;
    apply(kFolds[i], word, next);
    word.swap(next);
  }
  return word;
}

// ---------------------------------------------------------------------------------------------
// Honorifics, titles, suffixes

std::string_view without_final_dot(std::string_view word) {
  if (word.ends_with('.')) word.remove_suffix(1);
  return word;
}

// Words that are a title before a name and never the name itself when they come first, lower
// case without the dot. A superset of the quote extractor's honorifics (extract/quotes/lexicon.cc,
// which adds a gender to each; a unit test checks that each of them is here), with the military,
// political and religious titles news puts before a name. Left out: words that are as often a
// given name or a role noun as a title ("Father", "Private", "Del").
constexpr std::array<std::string_view, 78> kHonorifics = {
    "mr",        "mrs",        "ms",
    "miss",      "mx",         "mister",
    "messrs",    "mme",        "mlle",
    "madame",    "monsieur",   "herr",
    "frau",      "dr",         "doctor",
    "prof",      "professor",  "sir",
    "dame",      "lord",       "lady",
    "baroness",  "baron",      "rev",
    "revd",      "reverend",   "col",
    "colonel",   "gen",        "general",
    "lt",        "lieutenant", "capt",
    "captain",   "maj",        "major",
    "sgt",       "sergeant",   "adm",
    "admiral",   "cmdr",       "cdr",
    "commander", "cpl",        "corporal",
    "brig",      "brigadier",  "sen",
    "senator",   "rep",        "representative",
    "gov",       "governor",   "pres",
    "president", "minister",   "chancellor",
    "secretary", "ambassador", "mayor",
    "judge",     "justice",    "hon",
    "rt",        "cllr",       "councillor",
    "supt",      "insp",       "det",
    "sheikh",    "imam",       "rabbi",
    "cardinal",  "bishop",     "archbishop",
    "king",      "queen",      "prince",
};

// Words that make a title of the honorific after them ("Prime Minister", "Vice President").
constexpr std::array<std::string_view, 3> kTitleModifiers = {"prime", "vice", "deputy"};

// Generational suffixes, lower case without the dot.
constexpr std::array<std::string_view, 7> kSuffixes = {"jr", "jnr", "sr", "snr", "ii", "iii", "iv"};

template <std::size_t N>
bool in_list(const std::array<std::string_view, N>& list, std::string_view word) {
  word = without_final_dot(word);
  for (const std::string_view entry : list) {
    if (equals_ci(word, entry)) return true;
  }
  return false;
}

bool is_title_modifier(std::string_view word) {
  return in_list(kTitleModifiers, word);
}
bool is_suffix(std::string_view word) {
  return in_list(kSuffixes, word);
}

// A word that is an Arabic article standing alone ("Muammar al Gaddafi").
bool is_arabic_article(std::string_view word) {
  return equals_ci(word, "al") || equals_ci(word, "el");
}

// An initial: one letter, or single letters joined by dots and hyphens ("F", "F.", "J.R.",
// "J.-P.", "Ю."); "Ed" and "JR" are not. Returns its first letter, as written, when it is one.
std::optional<std::string_view> initial_of(std::string_view word) {
  std::optional<std::string_view> first;
  std::size_t letters = 0;
  std::size_t i = 0;
  while (i < word.size()) {
    const char c = word[i];
    if (c == '.' || c == '-') {
      ++i;
      continue;
    }
    // A letter must start a segment: "Ed" has two letters in one.
    if (i > 0 && word[i - 1] != '.' && word[i - 1] != '-') return std::nullopt;
    std::size_t length = 1;
    if (static_cast<unsigned char>(c) >= 0x80) {
      length = utf8_sequence_length(word, i);
      if (length == 0) return std::nullopt;
    } else if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
      return std::nullopt;
    }
    if (!first) first = word.substr(i, length);
    ++letters;
    i += length;
  }
  // Two or more letters are initials only with dots ("J.R."); "A-B" is a name.
  if (letters > 1 && word.find('.') == std::string_view::npos) return std::nullopt;
  return first;
}

// Splits `name` on whitespace, taking off the commas and semicolons that separate a suffix
// ("Smith, Jr.").
std::vector<std::string_view> name_words(std::string_view name) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < name.size()) {
    while (i < name.size() && is_space(name[i])) ++i;
    std::size_t end = i;
    while (end < name.size() && !is_space(name[end])) ++end;
    std::string_view word = name.substr(i, end - i);
    while (!word.empty() && (word.back() == ',' || word.back() == ';')) word.remove_suffix(1);
    if (!word.empty()) words.push_back(word);
    i = end;
  }
  return words;
}

}  // namespace

std::string to_latin_ascii(std::string_view text) {
  if (is_ascii(text)) return lower_ascii(text);
  std::string out;
  SharedTransliterator& shared = shared_transliterator();
  if (shared.transliterator == nullptr) {
    for (const char c : text) {
      if (static_cast<unsigned char>(c) < 0x80) out.push_back(c);
    }
    return lower_ascii(out);
  }
  const std::u16string latin = shared.transliterate(text);
  out.reserve(latin.size());
  for (const char16_t unit : latin) {
    if (unit < 0x80) out.push_back(static_cast<char>(unit));
  }
  // Lower did not see what the earlier steps made upper case in every script; ASCII is cheap to
  // lower again.
  return lower_ascii(out);
}

std::string name_word_key(std::string_view word) {
  return folded(letters_and_digits(word), 0);
}

bool is_name_honorific(std::string_view word) {
  return in_list(kHonorifics, word);
}

const std::string& NameKey::surname() const {
  static const std::string kEmpty;
  return words.empty() ? kEmpty : words.back();
}

std::string NameKey::given() const {
  return words.size() >= 2 ? words.front() : std::string();
}

std::string NameKey::full() const {
  if (words.size() < 2) return surname();
  return words.front() + ' ' + words.back();
}

NameKey name_key(std::string_view name) {
  // Remembered per thread: the indexer keys each person of each article several times (ids,
  // blocks, the people table), the same names recur across articles, and a key costs tens of
  // thousands of instructions. A pure function, so a bounded cache (cleared when full) is exact.
  constexpr std::size_t kCacheSize = std::size_t{1} << 14;
  thread_local std::unordered_map<std::string, NameKey> cache;
  const std::string text(name);
  if (const auto it = cache.find(text); it != cache.end()) return it->second;
  if (cache.size() >= kCacheSize) cache.clear();
  return cache.emplace(text, name_folds::name_key_without(name, 0)).first->second;
}

namespace name_folds {

// The words of a name that are part of it: [begin, end) of `words`, without the suffixes at the
// end and the titles at the start; never the last word, so that "Mr Major", "Judge" and "John
// Major" keep a surname.
std::pair<std::size_t, std::size_t> name_part(const std::vector<std::string_view>& words) {
  std::size_t end = words.size();
  while (end > 1 && is_suffix(words[end - 1])) --end;
  std::size_t begin = 0;
  while (begin + 1 < end) {
    if (is_name_honorific(words[begin])) {
      ++begin;
    } else if (is_title_modifier(words[begin]) && is_name_honorific(words[begin + 1]) &&
               begin + 2 < end) {
      begin += 2;
    } else {
      break;
    }
  }
  return {begin, end};
}

NameKey name_key_without(std::string_view name, std::uint64_t skipped) {
  const std::vector<std::string_view> words = name_words(name);
  const auto [begin, end] = name_part(words);
  NameKey key;
  bool given_seen = false;
  for (std::size_t i = begin; i < end; ++i) {
    const std::string_view word = words[i];
    if (const auto initial = initial_of(word)) {
      if (!given_seen && key.given_initial == '\0') {
        const std::string latin = to_latin_ascii(*initial);
        if (!latin.empty() && latin[0] >= 'a' && latin[0] <= 'z') key.given_initial = latin[0];
      }
      given_seen = true;
      continue;
    }
    if (i > begin && i + 1 < end && is_arabic_article(word)) continue;
    std::string word_key = word_key_without(word, skipped);
    if (word_key.empty()) continue;
    key.words.push_back(std::move(word_key));
    given_seen = true;
  }
  // An initial counts as the given name only when it stands for one: "J. Plumb", not
  // "J. Edgar Hoover", whose given name is then Edgar.
  if (key.words.size() != 1) key.given_initial = '\0';
  return key;
}

std::vector<FoldInfo> folds() {
  std::vector<FoldInfo> infos;
  infos.reserve(kFolds.size());
  for (const Fold& fold : kFolds) infos.push_back({fold.name, fold.why});
  return infos;
}

std::string word_key_without(std::string_view word, std::uint64_t skipped) {
  return folded(letters_and_digits(word), skipped);
}

}  // namespace name_folds

char written_initial(std::string_view name) {
  const std::vector<std::string_view> words = name_words(name);
  const auto [begin, end] = name_folds::name_part(words);
  if (begin >= end) return '\0';
  for (const char c : to_latin_ascii(words[begin]))
    if (c >= 'a' && c <= 'z') return c;
  return '\0';
}

namespace {

// The skeleton of one spelling in which "ch" has been decided (loose_keys_of, steps after it).
std::string skeleton(std::string word) {
  std::string out;
  // Digraphs to one consonant; "sch" before "ch" and "sh".
  for (std::size_t i = 0; i < word.size();) {
    const std::string_view rest = std::string_view(word).substr(i);
    if (rest.starts_with("sch")) {
      out += 's';
      i += 3;
    } else if (rest.starts_with("sh") || rest.starts_with("zh")) {
      out += 's';
      i += 2;
    } else if (rest.starts_with("kh") || rest.starts_with("dh") || rest.starts_with("th") ||
               rest.starts_with("gh") || rest.starts_with("ph")) {
      out += rest[0] == 'p' ? 'f' : rest[0];
      i += 2;
    } else if (rest.starts_with("ou")) {
      out += 'u';
      i += 2;
    } else {
      out += rest[0];
      i += 1;
    }
  }
  // Consonant classes; j as y.
  for (char& c : out) {
    if (c == 'c' || c == 'g' || c == 'q') c = 'k';
    if (c == 'z') c = 's';
    if (c == 'w') c = 'v';
    if (c == 'j') c = 'y';
  }
  // A glide into the first vowel: "yuri", "iuri" -> "uri".
  if (out.size() >= 2 && (out[0] == 'y' || out[0] == 'i') && is_vowel(out[1]) && out[1] != 'y')
    out.erase(0, 1);
  // u between vowels is a w: "karaui" -> "karavi".
  for (std::size_t i = 1; i + 1 < out.size(); ++i) {
    if (out[i] == 'u' && is_vowel(out[i - 1]) && is_vowel(out[i + 1])) out[i] = 'v';
  }
  std::string key;
  if (!out.empty() && is_vowel(out[0])) key += '_';
  for (std::size_t i = 0; i < out.size(); ++i) {
    // Doubled letters once ("yussef"); letters a vowel apart stay two ("tatiana").
    if (is_vowel(out[i]) || (i > 0 && out[i - 1] == out[i])) continue;
    key += out[i];
  }
  if (out.size() > 1 && out.back() == 'a') key += 'a';
  return key;
}

}  // namespace

std::vector<std::string> loose_keys_of(std::string_view word_key) {
  // Each "ch" read as "k" and as "sh"; at most four of them are read both ways.
  std::vector<std::string> spellings = {std::string()};
  std::size_t forks = 0;
  for (std::size_t i = 0; i < word_key.size(); ++i) {
    if (word_key.substr(i).starts_with("ch")) {
      const bool fork = forks++ < 4;
      std::vector<std::string> next;
      for (const std::string& spelling : spellings) {
        next.push_back(spelling + "k");
        if (fork) next.push_back(spelling + "sh");
      }
      spellings = std::move(next);
      ++i;
      continue;
    }
    for (std::string& spelling : spellings) spelling += word_key[i];
  }
  std::vector<std::string> keys;
  for (std::string& spelling : spellings) {
    std::string key = skeleton(std::move(spelling));
    if (!key.empty()) keys.push_back(std::move(key));
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

}  // namespace news
