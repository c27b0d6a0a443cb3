// One table of names per enum of news-query (sort orders, output formats, facet fields, histogram
// intervals, colour modes), declared beside its enum: the command line accepts these names, and
// the text and JSON output write them, so a name is spelled in one place.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace news {

// One enumerator and its name.
template <typename Enum>
struct EnumName {
  Enum value;
  std::string_view name;
};

// The name of `value` in `table`; empty when the table has none for it.
template <typename Enum, std::size_t N>
constexpr std::string_view name_of(const std::array<EnumName<Enum>, N>& table, Enum value) {
  for (const auto& entry : table) {
    if (entry.value == value) return entry.name;
  }
  return {};
}

}  // namespace news
