// A fixed set of short names (tag and attribute names) that answers "is this one of them" with one
// cheap hash and one comparison: the tree builder asks it for every element and attribute, where
// std::unordered_set's hashing of every byte showed in the parse time.
#pragma once

#include <array>
#include <cassert>
#include <cstddef>
#include <initializer_list>
#include <string_view>

namespace news::html {

class NameSet {
 public:
  // At most kSlots / 4 names, none empty.
  NameSet(std::initializer_list<std::string_view> names) {
    // A fuller table would make probes long, and a full one would never end a probe.
    assert(names.size() <= kSlots / 4);
    for (std::string_view name : names) {
      std::size_t slot = hash(name);
      while (!slots_[slot].empty()) slot = (slot + 1) % kSlots;
      slots_[slot] = name;
    }
  }

  // True when `name` is one of the names, byte for byte.
  bool contains(std::string_view name) const {
    if (name.empty()) return false;
    for (std::size_t slot = hash(name);; slot = (slot + 1) % kSlots) {
      if (slots_[slot].empty()) return false;
      if (same(slots_[slot], name)) return true;
    }
  }

 private:
  static constexpr std::size_t kSlots = 256;

  // Byte for byte, in line: names are a few bytes, shorter than a call to memcmp.
  static bool same(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
      if (a[i] != b[i]) return false;
    }
    return true;
  }

  // The length and three bytes: enough to tell the names of one set apart nearly always.
  static std::size_t hash(std::string_view name) {
    const auto byte = [&name](std::size_t i) { return static_cast<unsigned char>(name[i]); };
    return (name.size() * 131 + byte(0) * 31 + byte(name.size() - 1) * 7 + byte(name.size() / 2)) %
           kSlots;
  }

  std::array<std::string_view, kSlots> slots_{};
};

}  // namespace news::html
