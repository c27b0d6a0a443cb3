#include "common/schema.h"

#include <cctype>

#include "common/error.h"

namespace news {

namespace {

// Xapian refuses terms longer than 245 bytes; keep a margin for the prefix and ':'.
constexpr std::size_t kMaxTermBytes = 240;

}  // namespace

const FieldSpec& field(FieldSource source) {
  for (const auto& spec : kFields) {
    if (spec.source == source) return spec;
  }
  throw Error("internal error: no schema field for a field source");
}

const FieldSpec* find_field(std::string_view name) {
  if (name.empty()) return nullptr;
  for (const auto& spec : kFields) {
    if (spec.name == name) return &spec;
  }
  return nullptr;
}

std::string boolean_term(FieldSource source, std::string_view value) {
  const FieldSpec& spec = field(source);
  std::string term(spec.prefix);
  if (!value.empty() &&
      (std::isupper(static_cast<unsigned char>(value.front())) || value.front() == ':'))
    term += ':';
  term += value;
  if (term.size() > kMaxTermBytes) {
    // Cut at a UTF-8 character boundary so the term stays valid text.
    std::size_t cut = kMaxTermBytes;
    while (cut > 0 && (static_cast<unsigned char>(term[cut]) & 0xC0) == 0x80) --cut;
    term.resize(cut);
  }
  return term;
}

std::string boolean_term_value(FieldSource source, std::string_view value) {
  const std::size_t prefix = field(source).prefix.size();
  // Short enough not to be cut: the value itself, without building the term (the speaker facet
  // asks this for every person of every match).
  if (prefix + 1 + value.size() <= kMaxTermBytes) return std::string(value);
  std::string term = boolean_term(source, value);
  std::size_t start = prefix;
  if (start < term.size() && term[start] == ':') ++start;
  return term.substr(start);
}

}  // namespace news
