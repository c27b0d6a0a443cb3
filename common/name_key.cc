// TEMPORARY STUB (not to be committed): replaced by the name-key branch.
#include "common/name_key.h"
#include <cctype>
#include <set>
namespace news {
std::string to_latin_ascii(std::string_view text) {
  std::string out;
  for (char c : text) if (static_cast<unsigned char>(c) < 0x80) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}
std::string name_word_key(std::string_view word) {
  std::string out;
  for (char c : to_latin_ascii(word)) if (std::isalnum(static_cast<unsigned char>(c))) out += c;
  if (out.starts_with("al") && word.size() > 3 && (word[2] == '-')) out.erase(0, 2);
  if (out.size() > 3 && (out.ends_with("yy") || out.ends_with("iy"))) { out.pop_back(); out.back() = 'i'; }
  else if (out.size() > 3 && out.back() == 'y') out.back() = 'i';
  return out;
}
bool is_name_honorific(std::string_view word) {
  static const std::set<std::string> k = {"mr","mrs","ms","miss","dr","prof","sir","col","gen","president"};
  std::string w = to_latin_ascii(word);
  if (!w.empty() && w.back() == '.') w.pop_back();
  return k.count(w) > 0;
}
const std::string& NameKey::surname() const { static const std::string empty; return words.empty() ? empty : words.back(); }
std::string NameKey::given() const { return words.size() >= 2 ? words.front() : std::string(); }
std::string NameKey::full() const { return words.size() >= 2 ? given() + ' ' + surname() : surname(); }
NameKey name_key(std::string_view name) {
  NameKey key;
  std::string word;
  std::vector<std::string> raw;
  for (std::size_t i = 0; i <= name.size(); ++i) {
    if (i == name.size() || name[i] == ' ') { if (!word.empty()) raw.push_back(word); word.clear(); }
    else word += name[i];
  }
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (is_name_honorific(raw[i])) continue;
    std::string k = name_word_key(raw[i]);
    if (k.empty()) continue;
    if (k.size() == 1) { if (key.words.empty() && i + 1 < raw.size()) key.given_initial = k[0]; continue; }
    key.words.push_back(k);
  }
  if (key.words.size() >= 2) key.given_initial = '\0';
  return key;
}
}  // namespace news
