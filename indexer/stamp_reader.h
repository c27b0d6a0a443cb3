// The source stamps (Slot::kSourceStamp) of a database's documents, read in about the order the
// walk meets them.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <xapian.h>

namespace news {

// Reads stamps through a few value-stream iterators that only move forward. A re-run meets files
// in walk order, which is about the order their documents were given docids in: one database
// written in one run numbers its articles in walk order; the parts of a parallel first index each
// number a share of the walk (so the walk moves along up to 4 docid ranges in turn); articles
// added later are numbered after. Reading the next stamp of a stream then decodes a few bytes of
// a block already read, where Document::get_value looked the stamp up from the B-tree's root:
// 29% of the instructions of a no-change run over 50,000 files (docs/benchmarks.md).
class StampReader {
 public:
  // Reads `db` as it is now, with reopen() when a writer's commits move on past what it reads.
  explicit StampReader(Xapian::Database db);

  // The Slot::kSourceStamp value of document `docid`, empty when it has none. Any order of
  // docids is answered; the walk's order cheaply.
  std::string value(Xapian::docid docid);

 private:
  std::string look_up(Xapian::docid docid);

  struct Lane {
    Xapian::ValueIterator stream;
    std::size_t last_used = 0;
  };

  Xapian::Database db_;
  std::vector<Lane> lanes_;
  std::size_t lookups_ = 0;
};

}  // namespace news
