#include "extract/quotes/people.h"

#include <algorithm>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "common/strings.h"
#include "extract/quotes/text.h"

namespace news::quotes {

using lexicon::Gender;

const std::string& surname_of(const std::vector<std::string>& name) {
  // "John G. Roberts Jr.": the generational suffix is no surname.
  static constexpr std::string_view kSuffixes[] = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"};
  if (name.size() >= 3 &&
      std::find(std::begin(kSuffixes), std::end(kSuffixes), name.back()) != std::end(kSuffixes))
    return name[name.size() - 2];
  return name.back();
}

bool PersonRecord::shows_personhood() const {
  if (honorific_seen || !role.empty() || surname_used || relative_clause || signed_quote ||
      pronoun_after_cue)
    return true;
  if (name.size() >= 2 && lexicon::is_given_name(name.front())) return true;
  for (std::size_t i = 1; i + 1 < name.size(); ++i) {
    if (name[i].size() == 2 && name[i][1] == '.') return true;
  }
  return false;
}

bool PersonRecord::may_be_person() const {
  if (shows_personhood()) return true;
  return name.size() >= 2 && std::none_of(name.begin(), name.end(), [](const std::string& word) {
           return is_all_capitals(word);
         });
}

void People::add_full(const NameMention& mention) {
  PersonRecord* person = find_exact(mention.name);
  if (!person) {
    // A longer form of a known name ("John F. Plumb" after "John Plumb") is the same person when
    // first and last tokens agree.
    // So is a name and its last words ("Aung San Suu Kyi" and "Suu Kyi", "Martin Luther King"
    // and "Luther King"), either first.
    const auto tail_of = [](const std::vector<std::string>& shorter,
                            const std::vector<std::string>& longer) {
      return shorter.size() >= 2 && longer.size() >= 3 && shorter.size() < longer.size() &&
             std::equal(shorter.rbegin(), shorter.rend(), longer.rbegin());
    };
    for (auto& candidate : records_) {
      if ((candidate.name.size() >= 2 && mention.name.size() >= 2 &&
           candidate.name.front() == mention.name.front() &&
           candidate.name.back() == mention.name.back()) ||
          tail_of(candidate.name, mention.name) || tail_of(mention.name, candidate.name)) {
        person = &candidate;
        if (mention.name.size() > candidate.name.size()) candidate.name = mention.name;
        break;
      }
    }
  }
  if (!person) {
    PersonRecord record;
    record.name = mention.name;
    record.company_form = is_company(record.name);
    records_.push_back(std::move(record));
    person = &records_.back();
  }
  ++person->mentions;
  note(*person, mention);
}

PersonRecord* People::add_mononym(const NameMention& mention) {
  if (mention.name.size() != 1 || mention.organisation || mention.determiner) return nullptr;
  // register_people reserved room for kMaxPeople: pointers to records stay valid.
  if (records_.size() >= kMaxPeople) return nullptr;
  const std::string& word = mention.name.front();
  const std::string lower = lower_ascii(word);
  // "Particularly, ...": an adverb opening a sentence is no name.
  const bool adverb = lower.size() > 4 && lower.ends_with("ly");
  if (is_all_capitals(word) || adverb || lexicon::is_place_name(word) ||
      lexicon::is_group_noun(lower) || lexicon::is_demonym(word) || lexicon::is_title_word(lower) ||
      lexicon::is_capitalised_function_word(word) || lexicon::is_role_word(lower) ||
      lexicon::is_organisation_word(word) || lexicon::speech_cue(lower))
    return nullptr;
  // A word of a known person's name is ambiguous, not unknown (two Dunleavys): nobody.
  for (const PersonRecord& person : records_) {
    if (std::find(person.name.begin(), person.name.end(), word) != person.name.end())
      return nullptr;
  }
  PersonRecord record;
  record.name = mention.name;
  record.company_form = is_company(record.name);
  records_.push_back(std::move(record));
  return &records_.back();
}

void People::add_company(const std::vector<std::string>& name) {
  if (name.empty() || is_company(name)) return;
  companies_.push_back(name);
  for (PersonRecord& record : records_) record.company_form |= record.name == name;
}

bool People::is_company(const std::vector<std::string>& name) const {
  return std::find(companies_.begin(), companies_.end(), name) != companies_.end();
}

PersonRecord* People::resolve(const NameMention& mention,
                              const std::function<bool(const PersonRecord*)>& salient) {
  if (mention.name.size() >= 2) {
    if (PersonRecord* exact = find_exact(mention.name)) return exact;
    // "Suu Kyi" for "Aung San Suu Kyi": add_full made them one person, under the longer name.
    PersonRecord* longer = nullptr;
    for (auto& person : records_) {
      if (person.name.size() <= mention.name.size() || person.name.size() < 3 ||
          !std::equal(mention.name.rbegin(), mention.name.rend(), person.name.rbegin()))
        continue;
      if (longer) return nullptr;
      longer = &person;
    }
    return longer;
  }
  const std::string& surname = mention.name.front();
  std::vector<PersonRecord*> matches;
  for (auto& person : records_) {
    if (person.name.size() >= 2 && surname_of(person.name) == surname) matches.push_back(&person);
  }
  // Two people share the surname: a title in the mention that only one of them holds decides
  // ("President Obama" when Michelle Obama is quoted too); otherwise the honorific's gender.
  if (matches.size() > 1 && !mention.role.empty()) {
    // `words` views into `role`, so the lowered role needs a name that outlives it.
    const std::string role = lower_ascii(mention.role);
    const auto words = split(role, " ");
    const std::string head(words.empty() ? std::string_view() : words.back());
    std::vector<PersonRecord*> titled;
    for (PersonRecord* p : matches) {
      if (!head.empty() && lower_ascii(p->role).find(head) != std::string::npos)
        titled.push_back(p);
    }
    if (titled.size() == 1) matches = titled;
  }
  if (matches.size() > 1 && mention.honorific && *mention.honorific != Gender::kUnknown) {
    std::erase_if(matches, [&](PersonRecord* p) {
      return p->gender != Gender::kUnknown && p->gender != *mention.honorific;
    });
  }
  // Still two: if only one of them has been a subject or a speaker so far (Ted Cruz speaks, his
  // father Rafael Cruz is only mentioned), the surname is theirs. Two speakers sharing a surname
  // (Owen and Chloe Smith) stay ambiguous, and the quote gets nobody.
  if (matches.size() > 1 && salient) {
    std::vector<PersonRecord*> active;
    for (PersonRecord* p : matches) {
      if (salient(p)) active.push_back(p);
    }
    if (active.size() == 1) matches = active;
  }
  if (matches.size() == 1) {
    if (surname != matches.front()->name.front()) matches.front()->surname_used = true;
    return matches.front();
  }
  if (!matches.empty()) return nullptr;
  // A given name alone ("said Priya"), or a family name written first ("Mr Xie" for Xie Xuren),
  // when one person of the article starts with it.
  for (auto& person : records_) {
    if (person.name.size() >= 2 && person.name.front() == surname) matches.push_back(&person);
  }
  if (matches.size() == 1) return matches.front();
  if (!matches.empty()) return nullptr;
  // Only a surname with an honorific in the whole article ("Mr Blair"): that is the person.
  for (auto& person : records_) {
    if (person.name.size() == 1 && person.name.front() == surname) return &person;
  }
  return nullptr;
}

void People::note(PersonRecord& person, const NameMention& mention) {
  std::string form = join_words(mention.name);
  if (!mention.honorific_text.empty()) form = mention.honorific_text + " " + form;
  if (std::find(person.forms.begin(), person.forms.end(), form) == person.forms.end())
    person.forms.push_back(form);
  if (mention.honorific) person.honorific_seen = true;
  if (mention.honorific && *mention.honorific != Gender::kUnknown)
    person.gender = *mention.honorific;
  if (person.gender == Gender::kUnknown && mention.name.size() >= 2)
    person.gender = lexicon::given_name_gender(mention.name.front());
  if (person.role.empty() && !mention.role.empty()) person.role = mention.role;
}

void People::merge_single_names() {
  for (std::size_t i = 0; i < records_.size();) {
    if (records_[i].name.size() != 1) {
      ++i;
      continue;
    }
    const std::string& token = records_[i].name.front();
    PersonRecord* target = nullptr;
    for (bool by_last : {true, false}) {
      std::vector<PersonRecord*> matches;
      for (auto& person : records_) {
        if (person.name.size() >= 2 &&
            (by_last ? surname_of(person.name) : person.name.front()) == token)
          matches.push_back(&person);
      }
      if (matches.size() == 1) {
        target = matches.front();
        break;
      }
      if (!matches.empty()) break;
    }
    if (!target) {
      ++i;
      continue;
    }
    for (const auto& form : records_[i].forms) {
      if (std::find(target->forms.begin(), target->forms.end(), form) == target->forms.end())
        target->forms.push_back(form);
    }
    target->honorific_seen |= records_[i].honorific_seen;
    target->mentions += records_[i].mentions;
    if (target->gender == Gender::kUnknown) target->gender = records_[i].gender;
    if (target->role.empty()) target->role = records_[i].role;
    records_.erase(records_.begin() + static_cast<std::ptrdiff_t>(i));
  }
}

PersonRecord* People::find_exact(const std::vector<std::string>& name) {
  for (auto& person : records_) {
    if (person.name == name) return &person;
  }
  return nullptr;
}

namespace {

// A letter for the whole-word test of LowerCaseWords: an ASCII letter or any byte of a multi-byte
// character.
bool is_letter_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
}

// The bytes that join the letter runs of one name token: "o'brien", "jean-luc", "u.s".
bool is_joiner(char c) {
  return c == '\'' || c == '-' || c == '.';
}

// The words the article writes, for the test "is this word of a name also written in lower
// case?". A whole word is `word` with no letter byte right before or after it. The first words
// asked about are looked for with a plain scan of the text, cheaper than collecting every word of
// an article of ordinary length; past kScans words the article's words are collected once and
// looked up, since a scan per word of every candidate name made a long paragraph full of names
// quadratic.
//
// A word of a name is letter runs joined by single joiners, maybe with a final dot ("f.", "u.s."),
// so each of its whole-word occurrences is a window of consecutive runs of one chain of the text
// (maximal letter runs joined by single joiners), followed by a dot for a final dot: the runs and
// such chains are what is kept.
class LowerCaseWords {
 public:
  // `paragraphs` must outlive the index, which views into them.
  explicit LowerCaseWords(const std::vector<std::string>& paragraphs) : paragraphs_(paragraphs) {}

  // True if some paragraph has `word` as a whole word (case-sensitive).
  bool contains(std::string_view word) {
    if (!built_ && scans_ < kScans) {
      ++scans_;
      return scan(word);
    }
    if (!built_) build();
    std::string_view body = word;
    const bool dotted = body.size() > 1 && body.back() == '.';
    if (dotted) body.remove_suffix(1);
    std::size_t runs = 1;
    for (std::size_t i = 0; i < body.size(); ++i) {
      if (is_letter_byte(body[i])) continue;
      // Not the shape of a name token: the tokenizer makes none, but answer all the same.
      if (i == 0 || i + 1 == body.size() || !is_joiner(body[i]) || !is_letter_byte(body[i + 1]))
        return scan(word);
      ++runs;
    }
    if (body.empty()) return scan(word);
    const Windows& windows = windows_of(runs);
    return (dotted ? windows.dotted : windows.plain).count(word) > 0;
  }

 private:
  // The windows of `runs` consecutive runs of one chain (`plain`), and those that end their chain
  // with the dot after it (`dotted`).
  struct Windows {
    std::unordered_set<std::string_view> plain;
    std::unordered_set<std::string_view> dotted;
  };

  // A chain of two or more runs, and whether a dot follows it.
  struct Chain {
    std::string_view text;
    bool dot_after;
  };

  // Every run (the windows of one run) and every chain of two or more runs, in one pass.
  void build() {
    built_ = true;
    Windows& single = windows_[1];
    for (const std::string& paragraph : paragraphs_) {
      const std::string_view text = paragraph;
      std::size_t i = 0;
      while (i < text.size()) {
        if (!is_letter_byte(text[i])) {
          ++i;
          continue;
        }
        const std::size_t chain_start = i;
        std::size_t runs = 0;
        std::size_t run_start = i;
        while (true) {
          while (i < text.size() && is_letter_byte(text[i])) ++i;
          single.plain.insert(text.substr(run_start, i - run_start));
          ++runs;
          if (i + 1 < text.size() && is_joiner(text[i]) && is_letter_byte(text[i + 1])) {
            run_start = ++i;
            continue;
          }
          break;
        }
        const bool dot_after = i < text.size() && text[i] == '.';
        if (dot_after) single.dotted.insert(text.substr(run_start, i + 1 - run_start));
        if (runs >= 2) chains_.push_back({text.substr(chain_start, i - chain_start), dot_after});
      }
    }
  }

  // The windows of `runs` runs, collected from the chains the first time they are asked for.
  const Windows& windows_of(std::size_t runs) {
    const auto found = windows_.find(runs);
    if (found != windows_.end()) return found->second;
    Windows& windows = windows_[runs];
    for (const Chain& chain : chains_) {
      // Where each run of the chain starts; a run ends one byte before the next one starts.
      std::vector<std::size_t> starts{0};
      for (std::size_t i = 0; i < chain.text.size(); ++i) {
        if (!is_letter_byte(chain.text[i])) starts.push_back(i + 1);
      }
      for (std::size_t first = 0; first + runs <= starts.size(); ++first) {
        const std::size_t last = first + runs - 1;
        const std::size_t end = last + 1 < starts.size() ? starts[last + 1] - 1 : chain.text.size();
        const std::string_view window = chain.text.substr(starts[first], end - starts[first]);
        windows.plain.insert(window);
        // A view one byte longer still lies in the paragraph: the dot after the chain.
        if (last + 1 == starts.size() && chain.dot_after)
          windows.dotted.insert(std::string_view(window.data(), window.size() + 1));
      }
    }
    return windows;
  }

  // The plain scan: for the first words, and for a word that is no name token's shape.
  bool scan(std::string_view word) const {
    for (const auto& paragraph : paragraphs_) {
      for (std::size_t at = paragraph.find(word); at != std::string::npos;
           at = paragraph.find(word, at + 1)) {
        const std::size_t end = at + word.size();
        if ((at == 0 || !is_letter_byte(paragraph[at - 1])) &&
            (end == paragraph.size() || !is_letter_byte(paragraph[end])))
          return true;
      }
    }
    return false;
  }

  // Words looked for by scanning before the words are collected: collecting them costs a few
  // tens of scans (callgrind, BBC set), so articles of ordinary length never do.
  static constexpr int kScans = 32;

  const std::vector<std::string>& paragraphs_;
  int scans_ = 0;
  bool built_ = false;
  std::unordered_map<std::size_t, Windows> windows_;  // by number of runs
  std::vector<Chain> chains_;
};

// "Obama Speech", "Hot Digital Sales": a capitalised run one of whose words the article also uses
// in lower case is a title or a heading, not a name.
bool has_common_word(LowerCaseWords& lower_case_words, const std::vector<std::string>& name) {
  // A known given name first ("Theresa May", "Will Young") makes it a name whatever follows.
  if (name.size() >= 2 && lexicon::is_given_name(name.front())) return false;
  for (std::size_t i = 0; i < name.size(); ++i) {
    if (lexicon::is_name_particle(name[i])) continue;
    if (lower_case_words.contains(lower_name_word(name[i]))) return true;
  }
  return false;
}

// Headlines often give the full name that the body then shortens ("Hillary Clinton Goes After
// ..." then "Clinton said"). Headline words are all capitalised, so only a known given name and
// the word after it are taken as a name.
void register_title_names(std::string_view title, People& people) {
  const std::vector<Token> tokens = tokenize(title, {}, {});
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    if (!is_word(tokens[i]) || !is_word(tokens[i + 1]) || !is_upper_start(tokens[i + 1].text))
      continue;
    if (!lexicon::is_given_name(tokens[i].text)) continue;
    NameMention mention;
    mention.name = {std::string(tokens[i].text), strip_possessive(std::string(tokens[i + 1].text))};
    if (lexicon::is_organisation_word(mention.name.back()) ||
        lexicon::is_capitalised_function_word(mention.name.back()) ||
        lexicon::is_place_name(join_words(mention.name)))
      continue;
    people.add_full(mention);
    ++i;
  }
}

// Legal forms that end a company's name ("Acme Widgets Ltd", "Tessellate Inc."), lower case.
bool is_legal_form(const std::string& word) {
  static constexpr std::string_view kForms[] = {
      "ltd", "inc",     "corp",         "co",          "plc", "llc", "llp", "lp",  "ag",
      "sa",  "nv",      "bv",           "gmbh",        "spa", "srl", "ab",  "asa", "oyj",
      "kk",  "limited", "incorporated", "corporation", "pty", "bhd", "se"};
  std::string lower = lower_ascii(word);
  while (!lower.empty() && lower.back() == '.') lower.pop_back();
  return std::find(std::begin(kForms), std::end(kForms), lower) != std::end(kForms);
}

// The name a company goes by without its legal form ("Acme Widgets" for "Acme Widgets Ltd"), or
// nothing when `name` does not end in one.
std::optional<std::vector<std::string>> without_legal_form(std::vector<std::string> name) {
  if (name.size() < 2 || !is_legal_form(name.back())) return std::nullopt;
  while (name.size() > 1 && is_legal_form(name.back())) name.pop_back();
  return name;
}

}  // namespace

People register_people(const std::vector<std::string>& paragraphs,
                       const std::vector<std::vector<Sentence>>& sentences,
                       std::string_view title) {
  // Every full name outside quotes, so that a surname can link to a name given later.
  People people;
  people.records().reserve(People::kMaxPeople);
  LowerCaseWords lower_case_words(paragraphs);
  register_title_names(title, people);
  for (const auto& paragraph : sentences) {
    for (const auto& sentence : paragraph) {
      for (auto [first, end] : capitalised_runs(sentence)) {
        // Most runs are one capitalised word (a sentence start, a place): only an honorific
        // makes one word a name to register, so skip the analysis for the rest.
        if (end - first == 1) continue;
        const auto mention = analyse_run(sentence, first, end);
        // "Acme Widgets Ltd": the article names a company, which "Acme Widgets said" speaks for
        // (the speaker model weighs company_form).
        if (const auto company = mention ? without_legal_form(mention->name) : std::nullopt) {
          people.add_company(*company);
          continue;
        }
        // "Wood Mackenzie and Co", "Hale & Sons": a firm named after its founders.
        if (mention && end + 1 < sentence.size() &&
            ((is_word(sentence[end]) && lower(sentence[end]) == "and") ||
             is_punct(sentence[end], "&")) &&
            is_word(sentence[end + 1]) &&
            (is_legal_form(std::string(sentence[end + 1].text)) ||
             lower(sentence[end + 1]) == "sons" || lower(sentence[end + 1]) == "company")) {
          people.add_company(mention->name);
          continue;
        }
        if (!mention || mention->organisation || mention->determiner) continue;
        if (!mention->honorific && has_common_word(lower_case_words, mention->name)) continue;
        // "President Obama", "Chancellor Merkel": a capitalised title before one name word makes
        // that word a person's name, with the title as role.
        if (mention->name.size() == 1 && !mention->honorific && !mention->role.empty() &&
            is_upper_start(mention->role) && people.records().size() < People::kMaxPeople) {
          if (PersonRecord* person = people.add_mononym(*mention)) {
            ++person->mentions;
            people.note(*person, *mention);
          }
          continue;
        }
        if (mention->name.size() >= 2 || mention->honorific) {
          if (people.records().size() < People::kMaxPeople) {
            people.add_full(*mention);
            // "the Institute for Fiscal Studies": a run after "Capitalised of/for/and" ends an
            // organisation's name more often than it is a person.
            if (first >= 2 && is_word(sentence[first - 1]) && is_name_token(sentence[first - 2])) {
              const std::string_view connector = lower(sentence[first - 1]);
              // "Ruth Callander and Kwabena Asante": after a person's name, "and" joins people.
              const std::size_t before = name_run_start(sentence, first - 2);
              const auto previous = analyse_run(sentence, before, first - 1);
              const bool after_person = connector == "and" && previous && !previous->organisation &&
                                        previous->name.size() >= 2;
              if ((connector == "of" || connector == "for" || connector == "and") &&
                  !after_person) {
                if (PersonRecord* person = people.find_exact(mention->name))
                  person->after_name_connector = true;
              }
            }
            // "Priya Dunleavy, a pupil at St Cuthbert's, won ...": an appositive gives the role.
            // "The opposition leader, Omar Qarawi, said": one before it.
            std::string role = appositive_after(sentence, end);
            if (role.empty()) role = appositive_before(sentence, first, end);
            if (!role.empty()) {
              PersonRecord* person = people.find_exact(mention->name);
              if (person && person->role.empty()) person->role = role;
            }
          }
        }
      }
    }
  }
  people.merge_single_names();
  return people;
}

}  // namespace news::quotes
