#include "indexer/stamp_reader.h"

#include <algorithm>
#include <utility>

#include "common/schema.h"

namespace news {

namespace {

// One lane per docid range the walk moves along: the parts of a parallel first index (at most 4
// writers), and the articles added since.
constexpr std::size_t kLanes = 6;

}  // namespace

StampReader::StampReader(Xapian::Database db) : db_(std::move(db)) {}

std::string StampReader::value(Xapian::docid docid) {
  try {
    return look_up(docid);
  } catch (const Xapian::DatabaseModifiedError&) {
    // The writer has committed twice since db_ was opened: read its latest revision. A stamp that
    // a commit of this run changed belongs to a file the walk has already met.
    db_.reopen();
    lanes_.clear();
    return look_up(docid);
  }
}

std::string StampReader::look_up(Xapian::docid docid) {
  const Xapian::valueno slot = slot_number(Slot::kSourceStamp);
  const Xapian::ValueIterator end;
  ++lookups_;
  // The lane furthest along that has not passed `docid`.
  Lane* best = nullptr;
  for (Lane& lane : lanes_) {
    if (lane.stream == end || lane.stream.get_docid() > docid) continue;
    if (!best || lane.stream.get_docid() > best->stream.get_docid()) best = &lane;
  }
  if (!best) {
    if (lanes_.size() < kLanes) {
      lanes_.push_back({db_.valuestream_begin(slot), 0});
      best = &lanes_.back();
    } else {
      best = &*std::min_element(lanes_.begin(), lanes_.end(), [](const Lane& a, const Lane& b) {
        return a.last_used < b.last_used;
      });
      best->stream = db_.valuestream_begin(slot);
    }
  }
  best->last_used = lookups_;
  if (best->stream == end) return {};
  if (best->stream.get_docid() < docid) best->stream.skip_to(docid);
  if (best->stream == end || best->stream.get_docid() != docid) return {};
  return *best->stream;
}

}  // namespace news
