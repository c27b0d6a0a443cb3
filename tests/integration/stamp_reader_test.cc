// StampReader (indexer/stamp_reader.h) against Document::get_value, in the orders a walk asks in
// and in others.
#include "indexer/stamp_reader.h"

#include <algorithm>
#include <numeric>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <xapian.h>

#include "common/document.h"
#include "common/schema.h"
#include "tests/integration/test_support.h"

namespace news {
namespace {

using testing_support::TempDir;

constexpr Xapian::doccount kDocuments = 3000;

// Stamps of different lengths, and every 7th document without one.
std::string stamp_of(Xapian::docid docid, int revision) {
  return std::string(48 + docid % 5, 'a' + static_cast<char>(docid % 26)) +
         std::to_string(docid * 31 + static_cast<Xapian::docid>(revision));
}

void build(const std::string& path) {
  Xapian::WritableDatabase db(path, Xapian::DB_CREATE);
  for (Xapian::docid docid = 1; docid <= kDocuments; ++docid) {
    Xapian::Document doc;
    doc.add_boolean_term(id_term(std::to_string(docid)));
    if (docid % 7 != 0) doc.add_value(slot_number(Slot::kSourceStamp), stamp_of(docid, 0));
    db.add_document(doc);
  }
  db.commit();
}

std::string expected(const Xapian::Database& db, Xapian::docid docid) {
  if (docid == 0 || docid > db.get_lastdocid()) return {};
  return db.get_document(docid).get_value(slot_number(Slot::kSourceStamp));
}

// The orders docids are asked in: the walk of a database written in one run, of one merged from
// two or four parallel parts (runs of 100 in turn), with later additions, and orders no walk
// gives.
std::vector<std::pair<const char*, std::vector<Xapian::docid>>> orders() {
  std::vector<Xapian::docid> ascending(kDocuments);
  std::iota(ascending.begin(), ascending.end(), 1);
  const auto parts = [](Xapian::docid count) {
    std::vector<Xapian::docid> out;
    const Xapian::docid share = kDocuments / count;
    for (Xapian::docid run = 0; run * 100 < share; ++run)
      for (Xapian::docid part = 0; part < count; ++part)
        for (Xapian::docid i = 1; i <= 100 && run * 100 + i <= share; ++i)
          out.push_back(part * share + run * 100 + i);
    return out;
  };
  std::vector<Xapian::docid> with_additions = parts(2);
  with_additions.resize(with_additions.size() / 2);
  for (Xapian::docid docid = kDocuments - 50; docid <= kDocuments + 3; ++docid)
    with_additions.push_back(docid);
  std::vector<Xapian::docid> descending(ascending.rbegin(), ascending.rend());
  std::vector<Xapian::docid> shuffled = ascending;
  std::mt19937 random(7);
  std::shuffle(shuffled.begin(), shuffled.end(), random);
  shuffled.resize(700);
  std::vector<Xapian::docid> repeats = {5, 5, 7, 7, 6, 1, 3000, 3001, 0, 2, 2999};
  return {{"one run", ascending},
          {"two parallel parts", parts(2)},
          {"four parallel parts", parts(4)},
          {"parts, then additions and docids past the last", with_additions},
          {"descending", descending},
          {"shuffled", shuffled},
          {"repeats, gaps and docids out of range", repeats}};
}

TEST(StampReader, GivesEachDocumentsStampWhateverTheOrder) {
  TempDir dir;
  const std::string path = (dir.path() / "db").string();
  build(path);
  const Xapian::Database db(path);
  for (const auto& [name, docids] : orders()) {
    StampReader reader(Xapian::Database{path});
    for (Xapian::docid docid : docids)
      ASSERT_EQ(reader.value(docid), expected(db, docid)) << name << ", docid " << docid;
  }
}

// A writer commits while the reader is part way: stamps it did not change read as before, and a
// reader that must reopen (after two commits) goes on.
TEST(StampReader, ReadsOnWhileAWriterCommits) {
  TempDir dir;
  const std::string path = (dir.path() / "db").string();
  build(path);
  StampReader reader(Xapian::Database{path});
  Xapian::WritableDatabase writer(path, Xapian::DB_OPEN);
  for (Xapian::docid docid = 1; docid <= kDocuments; ++docid) {
    const std::string before = expected(Xapian::Database(path), docid);
    ASSERT_EQ(reader.value(docid), before) << "docid " << docid;
    // The walk changes a document after reading its stamp, and commits now and then.
    if (docid % 3 == 0) {
      Xapian::Document doc = writer.get_document(docid);
      doc.add_value(slot_number(Slot::kSourceStamp), stamp_of(docid, 1));
      doc.add_term("Xchanged" + std::to_string(docid));
      writer.replace_document(docid, doc);
    }
    if (docid % 200 == 0) writer.commit();
  }
}

}  // namespace
}  // namespace news
