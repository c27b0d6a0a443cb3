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

}  // namespace news
