#include "extract/quotes/people.h"

#include <algorithm>
#include <utility>

#include "common/strings.h"

namespace news::quotes {

using lexicon::Gender;

bool PersonRecord::shows_personhood() const {
  if (honorific_seen || !role.empty() || surname_used || relative_clause || signed_quote ||
      pronoun_after_cue)
    return true;
  if (name.size() >= 2 && lexicon::given_name_gender(name.front()) != Gender::kUnknown) return true;
  for (std::size_t i = 1; i + 1 < name.size(); ++i) {
    if (name[i].size() == 2 && name[i][1] == '.') return true;
  }
  return false;
}

bool PersonRecord::may_be_person() const {
  if (shows_personhood()) return true;
  if (name.size() < 2) return false;
  return std::none_of(name.begin(), name.end(), [](const std::string& word) {
    return word.size() >= 2 &&
           std::all_of(word.begin(), word.end(), [](char c) { return !(c >= 'a' && c <= 'z'); });
  });
}

void People::add_full(const NameMention& mention) {
  PersonRecord* person = find_exact(mention.name);
  if (!person) {
    // A longer form of a known name ("John F. Plumb" after "John Plumb") is the same person when
    // first and last tokens agree.
    for (auto& candidate : records_) {
      if (candidate.name.size() >= 2 && mention.name.size() >= 2 &&
          candidate.name.front() == mention.name.front() &&
          candidate.name.back() == mention.name.back()) {
        person = &candidate;
        if (mention.name.size() > candidate.name.size()) candidate.name = mention.name;
        break;
      }
    }
  }
  if (!person) {
    PersonRecord record;
    record.name = mention.name;
    records_.push_back(std::move(record));
    person = &records_.back();
  }
  ++person->mentions;
  note(*person, mention);
}

PersonRecord* People::resolve(const NameMention& mention,
                              const std::function<bool(const PersonRecord*)>& salient) {
  if (mention.name.size() >= 2) return find_exact(mention.name);
  const std::string& surname = mention.name.front();
  std::vector<PersonRecord*> matches;
  for (auto& person : records_) {
    if (person.name.size() >= 2 && person.name.back() == surname) matches.push_back(&person);
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
            (by_last ? person.name.back() : person.name.front()) == token)
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

// True if some paragraph has `word` (lower case) as a whole word. A plain scan: it runs for the
// few words of candidate names only, cheaper than collecting every word of the article.
bool written_in_lower_case(const std::vector<std::string>& paragraphs, const std::string& word) {
  const auto is_letter_byte = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           static_cast<unsigned char>(c) >= 0x80;
  };
  for (const auto& paragraph : paragraphs) {
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

// "Obama Speech", "Hot Digital Sales": a capitalised run one of whose words the article also uses
// in lower case is a title or a heading, not a name.
bool has_common_word(const std::vector<std::string>& paragraphs,
                     const std::vector<std::string>& name) {
  // A known given name first ("Theresa May", "Will Young") makes it a name whatever follows.
  if (name.size() >= 2 && lexicon::given_name_gender(name.front()) != Gender::kUnknown)
    return false;
  for (std::size_t i = 0; i < name.size(); ++i) {
    if (lexicon::is_name_particle(name[i])) continue;
    if (written_in_lower_case(paragraphs, lower_ascii(name[i]))) return true;
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
    if (lexicon::given_name_gender(tokens[i].text) == Gender::kUnknown) continue;
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

}  // namespace

People register_people(const std::vector<std::string>& paragraphs,
                       const std::vector<std::vector<Sentence>>& sentences,
                       std::string_view title) {
  // Every full name outside quotes, so that a surname can link to a name given later.
  People people;
  people.records().reserve(256);
  register_title_names(title, people);
  for (const auto& paragraph : sentences) {
    for (const auto& sentence : paragraph) {
      for (auto [first, end] : capitalised_runs(sentence)) {
        // Most runs are one capitalised word (a sentence start, a place): only an honorific
        // makes one word a name to register, so skip the analysis for the rest.
        if (end - first == 1) continue;
        const auto mention = analyse_run(sentence, first, end);
        if (!mention || mention->organisation || mention->determiner) continue;
        if (!mention->honorific && has_common_word(paragraphs, mention->name)) continue;
        if (mention->name.size() >= 2 || mention->honorific) {
          if (people.records().size() < 256) {
            people.add_full(*mention);
            // "the Institute for Fiscal Studies": a run after "Capitalised of/for/and" ends an
            // organisation's name more often than it is a person.
            if (first >= 2 && is_word(sentence[first - 1]) && is_name_token(sentence[first - 2])) {
              const std::string_view connector = lower(sentence[first - 1]);
              if (connector == "of" || connector == "for" || connector == "and") {
                if (PersonRecord* person = people.find_exact(mention->name))
                  person->after_name_connector = true;
              }
            }
            // "Priya Dunleavy, a pupil at St Cuthbert's, won ...": an appositive gives the role.
            std::string role = appositive_after(sentence, end);
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
