#include "common/order_map.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <iterator>
#include <utility>

#include <fmt/format.h>

#include "common/schema.h"

namespace news {
namespace {

constexpr std::string_view kHeader = "order-map 1";

// Orders are counted from 1; a double holds every whole number up to 2^53 exactly.
constexpr double kLargestOrder = 9007199254740992.0;

// The whole number an order value stands for, if it is one written by order_value.
std::optional<std::uint64_t> order_number(const std::string& value) {
  if (value.empty()) return std::nullopt;
  const double number = Xapian::sortable_unserialise(value);
  if (!(number >= 1 && number <= kLargestOrder) || std::floor(number) != number)
    return std::nullopt;
  const auto order = static_cast<std::uint64_t>(number);
  if (order_value(order) != value) return std::nullopt;
  return order;
}

template <typename Number>
bool read_number(std::string_view& text, Number& out) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
  if (error != std::errc() || end == text.data()) return false;
  text.remove_prefix(static_cast<std::size_t>(end - text.data()));
  return true;
}

}  // namespace

std::string order_value(std::uint64_t order) {
  return Xapian::sortable_serialise(static_cast<double>(order));
}

OrderMap OrderMap::build(const Xapian::Database& db) {
  OrderMap map;
  map.last_docid_ = db.get_lastdocid();
  // Runs first: docids and orders that go up together (a gap in the docids, where an article was
  // deleted, stays in the run when the orders skip the same distance).
  struct Run {
    Xapian::docid first_docid;
    Xapian::docid length;
    std::uint64_t first_order;
  };
  std::vector<Run> runs;
  const Xapian::valueno slot = slot_number(Slot::kOrder);
  // A document without a whole-number order ends the run, so that no run covers it: its lookup
  // is nullopt, and the search reads its value. Every document is walked, not only the value
  // stream, which skips a document without the value as if it had been deleted.
  bool run_ended = true;
  auto value = db.valuestream_begin(slot);
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    const Xapian::docid docid = *it;
    if (value != db.valuestream_end(slot) && value.get_docid() < docid) value.skip_to(docid);
    const std::optional<std::uint64_t> order =
        value != db.valuestream_end(slot) && value.get_docid() == docid ? order_number(*value)
                                                                        : std::nullopt;
    if (!order) {
      run_ended = true;
      continue;
    }
    if (!run_ended) {
      Run& run = runs.back();
      const Xapian::docid step = docid - run.first_docid;
      if (*order >= run.first_order && *order - run.first_order == step) {
        run.length = step + 1;
        continue;
      }
    }
    runs.push_back({docid, 1, *order});
    run_ended = false;
  }
  // Then groups: runs of one length that follow each other in docids with orders a fixed step
  // apart, as one part's runs after a parallel index.
  for (const Run& run : runs) {
    if (!map.groups_.empty()) {
      Group& group = map.groups_.back();
      const bool adjacent = group.run_length == run.length &&
                            run.first_docid == group.first_docid + group.run_length * group.runs;
      if (adjacent) {
        // Orders are at most 2^53: signed arithmetic holds every step between them.
        const auto previous_first = static_cast<std::int64_t>(group.first_order) +
                                    group.order_stride * static_cast<std::int64_t>(group.runs - 1);
        const std::int64_t step = static_cast<std::int64_t>(run.first_order) - previous_first;
        if (group.runs == 1 || step == group.order_stride) {
          if (group.runs == 1) group.order_stride = step;
          ++group.runs;
          continue;
        }
      }
    }
    map.groups_.push_back({run.first_docid, run.length, 1, run.first_order, 0});
  }
  return map;
}

std::string OrderMap::serialise() const {
  std::string out = fmt::format("{} {}\n", kHeader, last_docid_);
  for (const Group& group : groups_) {
    out += fmt::format("{} {} {} {} {}\n", group.first_docid, group.run_length, group.runs,
                       group.first_order, group.order_stride);
  }
  return out;
}

std::optional<OrderMap> OrderMap::parse(const std::string& text) {
  std::string_view rest(text);
  if (!rest.starts_with(kHeader)) return std::nullopt;
  rest.remove_prefix(kHeader.size());
  OrderMap map;
  if (!read_number(rest, map.last_docid_) || rest.empty() || rest.front() != '\n')
    return std::nullopt;
  rest.remove_prefix(1);
  while (!rest.empty()) {
    Group group;
    if (!read_number(rest, group.first_docid) || !read_number(rest, group.run_length) ||
        !read_number(rest, group.runs) || !read_number(rest, group.first_order) ||
        !read_number(rest, group.order_stride) || rest.empty() || rest.front() != '\n') {
      return std::nullopt;
    }
    rest.remove_prefix(1);
    // Groups must be in docid order and not overlap, or lookup's binary search would be wrong.
    if (group.run_length == 0 || group.runs == 0) return std::nullopt;
    if (!map.groups_.empty()) {
      const Group& last = map.groups_.back();
      const std::uint64_t last_end = std::uint64_t{last.first_docid} +
                                     std::uint64_t{last.run_length} * std::uint64_t{last.runs};
      if (group.first_docid < last_end) return std::nullopt;
    }
    map.groups_.push_back(group);
  }
  return map;
}

std::optional<OrderMap> OrderMap::load(const Xapian::Database& db) {
  std::optional<OrderMap> map = parse(db.get_metadata(std::string(kOrderMapKey)));
  if (!map || map->last_docid_ != db.get_lastdocid()) return std::nullopt;
  return map;
}

bool OrderMap::store(Xapian::WritableDatabase& db) const {
  const std::string key(kOrderMapKey);
  const std::string text = serialise();
  if (db.get_metadata(key) == text) return false;
  db.set_metadata(key, text);
  return true;
}

std::optional<std::string> OrderMap::lookup(Xapian::docid docid) const {
  const auto after =
      std::upper_bound(groups_.begin(), groups_.end(), docid,
                       [](Xapian::docid id, const Group& group) { return id < group.first_docid; });
  if (after == groups_.begin()) return std::nullopt;
  const Group& group = *std::prev(after);
  const Xapian::docid offset = docid - group.first_docid;
  const Xapian::docid run = offset / group.run_length;
  if (run >= group.runs) return std::nullopt;
  const std::int64_t order = static_cast<std::int64_t>(group.first_order) +
                             group.order_stride * static_cast<std::int64_t>(run) +
                             static_cast<std::int64_t>(offset % group.run_length);
  if (order < 1) return std::nullopt;
  return order_value(static_cast<std::uint64_t>(order));
}

std::string OrderKeyMaker::operator()(const Xapian::Document& document) const {
  if (std::optional<std::string> value = map_.lookup(document.get_docid())) return *value;
  return document.get_value(slot_number(Slot::kOrder));
}

}  // namespace news
