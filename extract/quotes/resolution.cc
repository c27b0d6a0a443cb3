#include "extract/quotes/resolution.h"

#include <algorithm>

#include "common/strings.h"

namespace news::quotes {

using lexicon::Gender;

int Resolver::index_of(const PersonRecord* person) const {
  if (!person) return -1;
  return static_cast<int>(person - people_.records().data());
}

int Resolver::person_for(const NameMention& mention, std::string* role_out) {
  if (mention.organisation || mention.determiner) return -1;
  PersonRecord* person = people_.resolve(mention, [this](const PersonRecord* p) {
    const int index = index_of(p);
    return std::find(recent_.begin(), recent_.end(), index) != recent_.end();
  });
  if (!person) person = people_.add_mononym(mention);
  if (!person) return -1;
  people_.note(*person, mention);
  if (role_out && person->role.empty() && !role_out->empty()) person->role = *role_out;
  return index_of(person);
}

int Resolver::resolve_pronoun(std::size_t paragraph, Gender gender) {
  if (last_person_ < 0 || paragraph > last_person_paragraph_ + 2) return -1;
  PersonRecord& person = record(last_person_);
  if (person.gender != Gender::kUnknown && person.gender != gender) {
    // The most recent person is of the other gender: take the most recent compatible speaker.
    for (int i = static_cast<int>(recent_.size()) - 1; i >= 0; --i) {
      const PersonRecord& candidate = record(recent_[static_cast<std::size_t>(i)]);
      if (candidate.gender == gender) return recent_[static_cast<std::size_t>(i)];
    }
    for (int i = static_cast<int>(recent_.size()) - 1; i >= 0; --i) {
      PersonRecord& candidate = record(recent_[static_cast<std::size_t>(i)]);
      if (candidate.gender == Gender::kUnknown) {
        candidate.gender = gender;
        return recent_[static_cast<std::size_t>(i)];
      }
    }
    return -1;
  }
  if (person.gender == Gender::kUnknown) person.gender = gender;
  return last_person_;
}

int Resolver::resolve_descriptor(const Sentence& s, std::size_t last,
                                 std::size_t first_hint) const {
  if (!is_word(s[last])) return -1;
  const std::string_view head = lower(s[last]);
  std::size_t first = last;
  while (first > 0 && is_word(s[first - 1]) && !is_determiner(lower(s[first - 1])) &&
         last - first < 4)
    --first;
  if (first_hint != std::string::npos) first = first_hint + 1;
  const bool determiner = first > 0 && is_word(s[first - 1]) && is_determiner(lower(s[first - 1]));
  if (!determiner && first_hint == std::string::npos) return -1;
  if (lexicon::is_group_noun(head)) return -1;
  if (head.ends_with("-year-old")) return last_person_;
  if (!lexicon::is_role_word(head)) return -1;
  // The most recent person whose role has this head noun.
  for (int i = static_cast<int>(recent_.size()) - 1; i >= 0; --i) {
    const PersonRecord& person = record(recent_[static_cast<std::size_t>(i)]);
    const std::string role = lower_ascii(person.role);
    if (!role.empty() && (role.find(head) != std::string::npos))
      return recent_[static_cast<std::size_t>(i)];
  }
  for (const auto& person : people_.records()) {
    if (!person.role.empty() && lower_ascii(person.role).find(head) != std::string::npos)
      return index_of(&person);
  }
  return -1;
}

void Resolver::mark_salient(int person, std::size_t paragraph) {
  // Pronouns refer back to people: a company or a place never becomes "he" or "she". Whether
  // this is a person is decided only at the end (the speaker model); here a personal-name shape
  // is enough.
  if (person < 0 || !record(person).may_be_person()) return;
  last_person_ = person;
  last_person_paragraph_ = paragraph;
  std::erase(recent_, person);
  recent_.push_back(person);
}

}  // namespace news::quotes
