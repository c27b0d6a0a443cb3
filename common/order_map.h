// The order articles were first indexed in (Slot::kOrder) as a function of the docid, kept in the
// database's metadata so that a search can break ties of relevance by that order without reading
// the order value of every candidate.
//
// Why: Xapian reads the sort value of each candidate that reaches the proto-MSet, decoding the
// slot's value chunks as it goes; for the order value over 100,000 articles that was 0.8 million
// instructions per search whatever the number of matches (a tenth of news-query's whole run; docs/
// benchmarks.md). A KeyMaker that looks the order up from the docid costs nothing measurable.
//
// Why a map and not the docid itself: docids follow the order only in a database written by one
// writer. A first full index with parallel writers merges its parts one after the other, so part
// 0's runs of articles come first; the map holds that as a few groups of equal runs.
//
// What keeps it right: a document's order never changes once given (a rewritten or moved article
// keeps its docid and its order), so a map stays true for every docid it covers; new articles get
// docids above the map's last one. news-index writes a fresh map at the end of every run that
// added articles, and into every compacted or merged database (docids may be renumbered there).
// A map whose last docid is not the database's (a run killed before its end, an older news-index,
// a compaction by other tools) is not used: the search reads the order values as before.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

namespace news {

// The order value of the `order`-th article (Slot::kOrder): sortable_serialise of the number, so
// that the values compare as the numbers do.
std::string order_value(std::uint64_t order);

class OrderMap {
 public:
  // The map of `db`'s order values (one database: the docids of a stub of several interleave).
  // Documents whose order value is missing or not a whole number are left out (lookup gives
  // nullopt for them).
  static OrderMap build(const Xapian::Database& db);

  // The map stored in `db`'s metadata, or nullopt when there is none, when it does not parse, or
  // when it was made for another last docid than the database's (see the file comment).
  static std::optional<OrderMap> load(const Xapian::Database& db);

  // Writes the map into `db`'s metadata (uncommitted) unless the stored one is already equal.
  // Returns whether it wrote.
  bool store(Xapian::WritableDatabase& db) const;

  // The order value (as Slot::kOrder holds it) of the document `docid`, or nullopt where the map
  // has none. For a docid the map covers but no document has (a deleted article) the answer
  // means nothing, and a search never asks.
  std::optional<std::string> lookup(Xapian::docid docid) const;

  // How many groups of runs the map holds (what a parallel first index leaves: about one per part).
  std::size_t groups() const { return groups_.size(); }

  // The metadata text, "order-map 1 LAST_DOCID" then one line per group.
  std::string serialise() const;

 private:
  // `runs` runs of `run_length` docids each, the first at `first_docid`; docid first_docid + i *
  // run_length + k has order first_order + i * order_stride + k.
  struct Group {
    Xapian::docid first_docid = 0;
    Xapian::docid run_length = 0;
    Xapian::docid runs = 0;
    std::uint64_t first_order = 0;
    std::int64_t order_stride = 0;
  };
  static std::optional<OrderMap> parse(const std::string& text);

  Xapian::docid last_docid_ = 0;
  std::vector<Group> groups_;  // by first_docid, not overlapping
};

// Ties of relevance broken by the order articles were first indexed in, the way
// set_sort_by_relevance_then_value(Slot::kOrder) breaks them, but looked up in `map` (falling
// back to the document's order value for a docid the map lacks).
class OrderKeyMaker : public Xapian::KeyMaker {
 public:
  explicit OrderKeyMaker(OrderMap map) : map_(std::move(map)) {}
  std::string operator()(const Xapian::Document& document) const override;

 private:
  OrderMap map_;
};

}  // namespace news
