// Name keys (common/name_key.h): the spellings of one name that must meet, the names that must
// stay apart (docs/people.md, "Name keys", has the census behind each), whole names with titles,
// initials and suffixes, and input that is empty, invalid, long or read from several threads.
#include <chrono>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "common/name_folds.h"
#include "common/name_key.h"
#include "extract/quotes/lexicon.h"

namespace news {
namespace {

TEST(ToLatinAscii, AnyScriptToLowerCaseAscii) {
  struct Case {
    std::string_view text, expected;
  };
  const Case cases[] = {
      {"Zelenskyy", "zelenskyy"},  // ASCII: only lower-cased
      {"O'Brien-Smith 3rd", "o'brien-smith 3rd"},
      {"Лавров", "lavrov"},      // Cyrillic: BGN/PCGN, as English newsrooms write it
      {"Хрущёв", "khrushchev"},  // not ISO 9's "hrusev"
      {"Юлия", "yuliya"},
      {"Müller", "muller"},  // Latin: accents dropped
      {"Łódź", "lodz"},
      {"Αθήνα", "athena"},                 // Greek through Any-Latin
      {"Anna \xF0\x9F\x98\x80", "anna "},  // an emoji has no Latin form: dropped
      {"", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(to_latin_ascii(c.text), c.expected) << c.text;
}

TEST(ToLatinAscii, InvalidUtf8IsDropped) {
  struct Case {
    std::string_view text, expected;
  };
  const Case cases[] = {
      {"Lavrov\xFF", "lavrov"},       {"\xFF\xFE", ""}, {"\xC3", ""},  // a sequence cut short
      {"\xD0\x9B\xD0\xB0\xD0", "la"},                                  // "Ла" and half a letter
      {"\xED\xA0\x80Smith", "smith"},                                  // a UTF-16 surrogate
      {"\xC0\xAFSmith", "smith"},                                      // an overlong '/'
  };
  for (const Case& c : cases) EXPECT_EQ(to_latin_ascii(c.text), c.expected);
}

// Han grows most in Latin (a character is a syllable): past four times the input's UTF-16 length
// the first buffer is too small, and the whole result must still come back, not a cut one.
TEST(ToLatinAscii, ResultsLongerThanTheFirstBufferComeBackWhole) {
  std::string one = to_latin_ascii("\xE4\xB8\xAD");  // 中
  ASSERT_FALSE(one.empty());
  std::string many_han;
  for (int i = 0; i < 60; ++i) many_han += "\xE4\xB8\xAD";
  const std::string many = to_latin_ascii(many_han);
  EXPECT_GT(many.size(), 4 * 60 + 16);
  EXPECT_EQ(many.substr(many.size() - one.size()), one);
  EXPECT_EQ(many.substr(0, one.size()), one);
}

TEST(ToLatinAscii, SameResultOnEveryThread) {
  const std::vector<std::string> names = {"Сергей Лавров", "Владимир Зеленский", "Müller", "Αθήνα",
                                          "Ivan"};
  std::vector<std::string> expected;
  for (const std::string& name : names) expected.push_back(to_latin_ascii(name));
  std::vector<std::vector<std::string>> results(4);
  std::vector<std::thread> threads;
  for (auto& result : results) {
    threads.emplace_back([&names, &result] {
      for (int round = 0; round < 50; ++round) {
        for (const std::string& name : names) result.push_back(to_latin_ascii(name));
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (const auto& result : results) {
    ASSERT_EQ(result.size(), names.size() * 50);
    for (std::size_t i = 0; i < result.size(); ++i) {
      EXPECT_EQ(result[i], expected[i % names.size()]);
    }
  }
}

// Spellings of one name, in English, French, German, scholarly transliteration and the original
// script: each family must give one key.
TEST(NameWordKey, FamiliesMeet) {
  const std::vector<std::vector<std::string_view>> families = {
      {"Sergey", "Sergei", "Sergej", "Sergueï", "Сергей"},
      {"Zelensky", "Zelenskyy", "Zelenskiy", "Zelenskyi", "Zelenskij", "Зеленский", "Зеленський"},
      {"Gaddafi", "Qaddafi", "Kadhafi", "Gadhafi", "al-Gaddafi", "el-Qaddafi", "Kaddafi",
       "Каддафи"},
      {"Lavrov", "Lawrow", "Lavroff", "Лавров"},
      {"Mohammed", "Muhammad", "Mohamed", "Mohammad", "Muhammed", "Mohamad"},
      {"Khrushchev", "Chruschtschow", "Khrouchtchev", "Хрущёв"},
      {"Yulia", "Julia", "Yuliya", "Юлия"},
      {"Tchaikovsky", "Tschaikowski", "Tchaïkovski", "Chaykovskiy", "Чайковский"},
      {"Gorbachev", "Gorbatschow", "Gorbatchev", "Горбачёв"},
      {"Gorbacheva", "Gorbatschowa", "Горбачёва"},
      {"Dmitry", "Dmitri", "Dmitriy", "Dmitrij", "Дмитрий"},
      {"Yelena", "Elena", "Елена"},
      {"Alexei", "Aleksei", "Alexey", "Aleksej", "Алексей"},
      {"Aleksandr", "Alexandr", "Александр"},
      {"Yevgeny", "Evgeny", "Yevgeniy", "Evgueni", "Евгений"},
      {"Gennady", "Guennadi", "Gennadiy", "Геннадий"},
      {"Yury", "Yuri", "Yuriy", "Юрий"},
      {"Anatoly", "Anatoli", "Anatoliy", "Анатолий"},
      {"Moammar", "Muammar", "Mouammar", "Муаммар"},
      {"Ahmed", "Ahmad"},
      {"Dostoevsky", "Dostoyevsky", "Dostojewski", "Достоевский"},
      {"Tsoi", "Tsoy", "Zoi", "Цой"},
      {"Shostakovich", "Schostakowitsch", "Шостакович"},
      {"Smirnov", "Smirnoff", "Smirnow", "Смирнов"},
      {"Volodymyr", "Володимир"},
      {"Yakovlev", "Jakowlew", "Яковлев"},
      {"Mensah-Bonsu", "Mensah Bonsu", "MENSAH-BONSU"},
  };
  for (const auto& family : families) {
    const std::string key = name_word_key(family.front());
    EXPECT_FALSE(key.empty()) << family.front();
    for (const std::string_view spelling : family) {
      EXPECT_EQ(name_word_key(spelling), key) << spelling << " against " << family.front();
    }
  }
}

// Different names that look alike: no fold may join them (each pair is one the census showed a
// too-wide fold joining, or a case the brief named).
TEST(NameWordKey, DifferentNamesStayApart) {
  struct Pair {
    std::string_view a, b;
  };
  const Pair pairs[] = {
      {"Ivan", "Ivana"},  // a feminine -a is another name
      {"Aleksandr", "Aleksandra"},
      {"Gorbachev", "Gorbacheva"},  // and after the yo fold too
      {"Alexander", "Alexandra"},
      {"Marc", "Mark"},
      {"Ali", "Ala"},
      {"Michelle", "Michel"},
      {"Mitchell", "Michel"},  // l is not collapsed
      {"Lee", "Le"},           // nor e
      {"Chen", "Shen"},        // French ch is not read as sh
      {"Zhu", "Shu"},
      {"Khan", "Han"},     // kh stays
      {"Gamal", "Kamal"},  // g -> k only in Gaddafi's "gad"
      {"Hamed", "Hamad"},  // -med -> -mad only in Mohammed and Ahmed
      {"Louis", "Luis"},   // ou -> u not before i
      {"Kenji", "Kenny"},  // j -> y not after a consonant
      {"Joko", "Yoko"},    // nor at the start before o
      {"Jed", "Ed"},       // nor before e
      {"Ian", "Jan"},      // y at the start stays y
      {"Terry", "Terri"},  // final -y after a consonant stays
      {"Sammy", "Sami"},
      {"Watts", "Vaz"},  // ts -> z not at the end
      {"Julian", "Julia"},
      {"Maria", "Mario"},
      {"Sergey", "Sergeyev"},
      {"Ed", "David"},
  };
  for (const Pair& pair : pairs) {
    EXPECT_NE(name_word_key(pair.a), name_word_key(pair.b)) << pair.a << " / " << pair.b;
  }
}

TEST(NameWordKey, LettersAndDigitsOnly) {
  struct Case {
    std::string_view word, expected;
  };
  const Case cases[] = {
      {"", ""},
      {"-", ""},
      {"...", ""},
      {"\xFF\xFE", ""},
      {"O'Brien", "obrien"},
      {"R2-D2", "r2d2"},  // digits kept
      {"1984", "1984"},
      {"al-", "al"},                // an article with nothing after it is the word
      {"Alexander", "aleksander"},  // "al" without a joiner is no article
      {"Elton", "elton"},
  };
  for (const Case& c : cases) EXPECT_EQ(name_word_key(c.word), c.expected) << c.word;
}

TEST(NameFolds, TableIsWhatNameWordKeyRuns) {
  const auto folds = name_folds::folds();
  ASSERT_LE(folds.size(), 64U);
  std::set<std::string_view> names;
  for (const auto& fold : folds) {
    EXPECT_TRUE(names.insert(fold.name).second) << "duplicate fold " << fold.name;
    EXPECT_FALSE(fold.why.empty()) << fold.name;
  }
  for (const std::string_view word : {"Gaddafi", "Zelenskyy", "Chruschtschow", "Лавров", ""}) {
    EXPECT_EQ(name_folds::word_key_without(word, 0), name_word_key(word)) << word;
    EXPECT_EQ(name_folds::name_key_without(word, 0), name_key(word)) << word;
  }
  // Leaving out every fold leaves the letters and digits only.
  EXPECT_EQ(name_folds::word_key_without("Al-Qaddafi", ~std::uint64_t{0}), "qaddafi");
}

TEST(IsNameHonorific, TitlesInAnyCaseWithOrWithoutDot) {
  struct Case {
    std::string_view word;
    bool expected;
  };
  const Case cases[] = {
      {"Mr", true},       {"mr.", true},     {"MRS", true},   {"Ms.", true},    {"Miss", true},
      {"Mx", true},       {"Dr", true},      {"Prof.", true}, {"Sir", true},    {"Dame", true},
      {"Lord", true},     {"Lady", true},    {"Rev.", true},  {"Col.", true},   {"Gen", true},
      {"Lt.", true},      {"Capt", true},    {"Maj.", true},  {"Sgt", true},    {"Adm.", true},
      {"Cmdr", true},     {"Sen.", true},    {"Rep.", true},  {"Gov.", true},   {"President", true},
      {"Minister", true}, {"Sheikh", true},  {"John", false}, {"Prime", false}, {"Smith", false},
      {"Del", false},     {"Father", false}, {"", false},     {".", false},     {"Mr..", false},
      {"Mrs-", false},
  };
  for (const Case& c : cases) EXPECT_EQ(is_name_honorific(c.word), c.expected) << c.word;
}

// The quote extractor's honorifics are names' titles too, so that a speaker's name, honorific and
// all, gives the same key as the name alone.
TEST(IsNameHonorific, CoversTheExtractorsHonorifics) {
  for (const std::string_view word :
       {"Mr",        "Mrs",    "Ms",   "Miss", "Mx",    "Dr",       "Prof",
        "Professor", "Sir",    "Lord", "Lady", "Dame",  "Baroness", "Rev",
        "Reverend",  "Messrs", "Mr.",  "Dr.",  "Lady.", "Del."}) {
    // "Del." is the extractor's alone: without the dot "Del" is a given name.
    if (lexicon::honorific(word) && word != "Del.") {
      EXPECT_TRUE(is_name_honorific(word)) << word;
    }
  }
}

TEST(NameKey, TitlesInitialsAndSuffixes) {
  struct Case {
    std::string_view name;
    std::vector<std::string> words;
    char given_initial;
  };
  const Case cases[] = {
      {"John F. Plumb", {"john", "plumb"}, '\0'},
      {"Mr John Plumb", {"john", "plumb"}, '\0'},
      {"John Plumb", {"john", "plumb"}, '\0'},
      {"Mr Plumb", {"plumb"}, '\0'},
      {"J. Plumb", {"plumb"}, 'j'},
      {"J Plumb", {"plumb"}, 'j'},
      {"J.F. Plumb", {"plumb"}, 'j'},
      {"Dr. J. Plumb Jr.", {"plumb"}, 'j'},
      {"J. Edgar Hoover", {"edgar", "huver"}, '\0'},  // the initial is not the given name used
      {"Ю. Тимошенко", {"timoshenko"}, 'y'},
      {"John Smith, Jr.", {"john", "smith"}, '\0'},
      {"Martin Luther King Jr", {"martin", "luther", "king"}, '\0'},
      {"Henry Ford III", {"henri", "ford"}, '\0'},
      {"Prime Minister Boris Johnson", {"boris", "johnson"}, '\0'},
      {"John Major", {"john", "maior"}, '\0'},  // a title word as a surname stays
      {"Mr Major", {"maior"}, '\0'},
      {"Major", {"maior"}, '\0'},
      {"Muammar al Gaddafi", {"muamar", "kadafi"}, '\0'},
      {"Al Gore", {"al", "gore"}, '\0'},  // a first word "Al" is a given name
      {"  Sergei   Lavrov ", {"sergei", "lavrov"}, '\0'},
      {"Сергей Лавров", {"sergei", "lavrov"}, '\0'},
      {"50 Cent", {"50", "cent"}, '\0'},
      {"", {}, '\0'},
      {"Mr.", {"mr"}, '\0'},  // never empty for want of a surname
      {"\xFF \xFE", {}, '\0'},
  };
  for (const Case& c : cases) {
    const NameKey key = name_key(c.name);
    EXPECT_EQ(key.words, c.words) << c.name;
    EXPECT_EQ(key.given_initial, c.given_initial) << c.name;
  }
}

TEST(NameKey, SpellingsOfOnePersonMeet) {
  const std::vector<std::vector<std::string_view>> people = {
      {"John F. Plumb", "John Plumb", "Mr John Plumb"},
      {"Col. Moammar Qaddafi", "Muammar Gaddafi", "Muammar al-Gaddafi", "Mouammar Kadhafi",
       "Муаммар Каддафи"},
      {"Sergey Lavrov", "Sergei Lavrov", "Sergej Lawrow", "Сергей Лавров"},
      {"President Volodymyr Zelensky", "Volodymyr Zelenskyy", "Володимир Зеленський"},
  };
  for (const auto& person : people) {
    const NameKey first = name_key(person.front());
    for (const std::string_view spelling : person) {
      EXPECT_EQ(name_key(spelling), first) << spelling << " against " << person.front();
    }
  }
  EXPECT_NE(name_key("Ed Miliband").full(), name_key("David Miliband").full());
  EXPECT_NE(name_key("Barack Obama").full(), name_key("Michelle Obama").full());
}

TEST(NameKey, Accessors) {
  const NameKey full = name_key("Mr John F. Plumb");
  EXPECT_EQ(full.surname(), "plumb");
  EXPECT_EQ(full.given(), "john");
  EXPECT_EQ(full.full(), "john plumb");
  EXPECT_FALSE(full.surname_only());

  const NameKey three = name_key("Martin Luther King");
  EXPECT_EQ(three.full(), "martin king");

  const NameKey surname = name_key("Lavrov");
  EXPECT_EQ(surname.surname(), "lavrov");
  EXPECT_EQ(surname.given(), "");
  EXPECT_EQ(surname.full(), "lavrov");
  EXPECT_TRUE(surname.surname_only());

  const NameKey empty = name_key("");
  EXPECT_EQ(empty.surname(), "");
  EXPECT_EQ(empty.given(), "");
  EXPECT_EQ(empty.full(), "");
  EXPECT_FALSE(empty.surname_only());
}

TEST(WrittenInitial, FirstLetterAfterTitlesAsWritten) {
  const std::vector<std::pair<std::string, char>> cases = {
      {"Julia Smith", 'j'},  // its key is "yulia": the letter as written is what an initial is
      {"Dr J. Smith", 'j'},          {"Mr Plumb", 'p'}, {"Юлия Тимошенко", 'y'},
      {"Col. Moammar Qaddafi", 'm'}, {"", '\0'},        {"...", '\0'}};
  for (const auto& [name, initial] : cases) EXPECT_EQ(written_initial(name), initial) << name;
}

// Every step is linear: a name a thousand times too long still takes well under a second a
// megabyte (a quadratic step would take hours at this size).
TEST(NameKey, LongInputInLinearTime) {
  std::string ascii_word(1 << 20, 'a');
  std::string ascii_words;
  while (ascii_words.size() < (1 << 20)) ascii_words += "Sergej Mensah-Bonsu ";
  std::string cyrillic;
  while (cyrillic.size() < (1 << 18)) cyrillic += "Щербаков";
  const auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(name_word_key(ascii_word), ascii_word);
  EXPECT_EQ(name_key(ascii_words).words.size(), (ascii_words.size() / 20) * 2);
  EXPECT_EQ(name_key(cyrillic).words.size(), 1U);
  const auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_LT(elapsed, std::chrono::seconds(20));
}

}  // namespace
}  // namespace news
