// dump_db: prints a canonical, diffable text dump of a news database, so that an e2e test can
// compare two databases with diff (an incrementally updated index against a fresh index of the
// same files, a resumed run against an uninterrupted one).
//
//   dump_db [--without-values N,M] [--without-order] [--count] DB
//
// Output, every line ending in '\n':
//   documents N                       the header: the number of documents in the database
//   metadata KEY VALUE                every metadata entry, by key, but the order map
//                                     ("order_map", common/order_map.h), which maps docids
// then one block per document, ordered by its Q (id) term:
//   document Q<id>
//   data KEY JSON                     the stored record, parsed and re-serialised: one line per
//                                     key, keys sorted (a document moved by the indexer is
//                                     rewritten from a parsed record, so its key order differs
//                                     from a fresh one's)
//   value SLOT HEX                    every non-empty value slot, ascending, the bytes in hex
//   term TERM wdf W positions P,P,... every term, ascending ("positions -" when it has none)
// Docids are left out on purpose: an incremental run and a fresh run give the same article
// different docids. --without-order leaves out the order articles were first indexed in too
// (value slot kOrder, the "next_order" metadata and the order bytes that end the date sort keys,
// kOldestKey and kNewestKey), which records the same history: an article added by a later run
// comes after every article of the first, wherever its file lies. A Q term
// held by several documents (a duplicate) gives one block per document, and documents with no Q
// term come last under "document (no id term)"; blocks of either kind are ordered by their text.
// The dump shows such faults rather than hiding them. Bytes below 0x20, 0x7f and '\' in terms and
// values are written as \xNN so that every entry stays on one line.
//
// Exit codes: 0 dumped; 2 usage error; 3 the database cannot be opened or read.
#include <algorithm>
#include <iostream>
#include <set>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <xapian.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "common/database.h"
#include "common/document.h"
#include "common/error.h"
#include "common/schema.h"

namespace {

constexpr int kExitOk = 0;
constexpr int kExitUsage = 2;
constexpr int kExitDatabase = 3;

struct DumpOptions {
  std::string db_path;
  std::vector<Xapian::valueno> without_values;  // slots left out of every block
  bool count_only = false;                      // print the header line only
  bool without_order = false;  // leave out Slot::kOrder and the next_order metadata
};

// `bytes` with control characters, DEL and backslash written as \xNN.
std::string escape(const std::string& bytes) {
  if (std::none_of(bytes.begin(), bytes.end(),
                   [](unsigned char c) { return c < 0x20 || c == 0x7f || c == '\\'; }))
    return bytes;
  std::string out;
  out.reserve(bytes.size());
  for (unsigned char c : bytes) {
    if (c < 0x20 || c == 0x7f || c == '\\') {
      out += fmt::format("\\x{:02x}", c);
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::string hex(const std::string& bytes) {
  std::string out;
  out.reserve(bytes.size() * 2);
  for (unsigned char c : bytes) out += fmt::format("{:02x}", c);
  return out;
}

// The lines of one document after its "document ..." line (see the header comment).
std::string document_body(const Xapian::Database& db, Xapian::docid docid,
                          const DumpOptions& options) {
  const Xapian::Document document = db.get_document(docid);
  std::string out;
  const std::optional<nlohmann::json> record = news::parse_record(document.get_data());
  if (!record) {
    out += fmt::format("data-unparsed {}\n", escape(document.get_data()));
  } else {
    // One line per key, so that a diff names the field that differs.
    for (const auto& [key, value] : record->items())
      out += fmt::format("data {} {}\n", key, value.dump());
  }
  for (auto it = document.values_begin(); it != document.values_end(); ++it) {
    const Xapian::valueno slot = it.get_valueno();
    if (std::find(options.without_values.begin(), options.without_values.end(), slot) !=
        options.without_values.end())
      continue;
    std::string value = *it;
    // The date sort keys end in the order value (common/date_order.h): keep their date part.
    if (options.without_order && (slot == news::slot_number(news::Slot::kOldestKey) ||
                                  slot == news::slot_number(news::Slot::kNewestKey))) {
      value.resize(value.starts_with('~') ? 1 : std::min<std::size_t>(value.size(), 12));
    }
    out += fmt::format("value {} {}\n", slot, hex(value));
  }
  // The hot loop of a large dump: appends, not a format call per position.
  for (auto it = document.termlist_begin(); it != document.termlist_end(); ++it) {
    out += "term ";
    out += escape(*it);
    out += " wdf ";
    out += std::to_string(it.get_wdf());
    out += " positions ";
    auto pos = it.positionlist_begin();
    if (pos == it.positionlist_end()) out += '-';
    for (bool first = true; pos != it.positionlist_end(); ++pos, first = false) {
      if (!first) out += ',';
      out += std::to_string(*pos);
    }
    out += '\n';
  }
  return out;
}

void dump(const DumpOptions& options) {
  std::ios::sync_with_stdio(false);
  const Xapian::Database db = news::open_for_read(options.db_path);
  std::cout << "documents " << db.get_doccount() << '\n';
  if (options.count_only) return;
  for (auto it = db.metadata_keys_begin(); it != db.metadata_keys_end(); ++it) {
    if (options.without_order && *it == news::kNextOrderKey) continue;
    // The order map is the order values again, by docid: docids are not dumped (below why).
    if (*it == news::kOrderMapKey) continue;
    std::cout << "metadata " << escape(*it) << ' ' << escape(db.get_metadata(*it)) << '\n';
  }

  const std::string id_prefix(news::field(news::FieldSource::kId).prefix);
  std::set<Xapian::docid> dumped;
  for (auto term = db.allterms_begin(id_prefix); term != db.allterms_end(id_prefix); ++term) {
    std::vector<std::string> blocks;
    for (auto post = db.postlist_begin(*term); post != db.postlist_end(*term); ++post) {
      blocks.push_back(
          fmt::format("document {}\n{}", escape(*term), document_body(db, *post, options)));
      dumped.insert(*post);
    }
    std::sort(blocks.begin(), blocks.end());
    for (const auto& block : blocks) std::cout << block;
  }

  std::vector<std::string> orphans;
  for (auto post = db.postlist_begin(""); post != db.postlist_end(""); ++post) {
    if (!dumped.count(*post))
      orphans.push_back("document (no id term)\n" + document_body(db, *post, options));
  }
  std::sort(orphans.begin(), orphans.end());
  for (const auto& block : orphans) std::cout << block;
}

int run(int argc, char** argv) {
  DumpOptions options;
  CLI::App app{"Print a canonical, diffable dump of a news database (for tests).", "dump_db"};
  app.footer("Exit codes: 0 dumped; 2 usage error; 3 database error.");
  app.add_option("db", options.db_path, "The database to dump")->required()->option_text("DB");
  app.add_option("--without-values", options.without_values,
                 "Leave out these value slots (comma-separated numbers)")
      ->delimiter(',')
      ->option_text("N,M");
  app.add_flag("--without-order", options.without_order,
               "Leave out the order articles were first indexed in (value slot and metadata)");
  app.add_flag("--count", options.count_only, "Print only the document count line");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kExitOk : kExitUsage;
  }
  if (options.without_order)
    options.without_values.push_back(news::slot_number(news::Slot::kOrder));
  dump(options);
  return kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const news::Error& e) {
    std::cerr << "dump_db: " << e.what() << '\n';
    return kExitDatabase;
  } catch (const Xapian::Error& e) {
    std::cerr << "dump_db: database error: " << e.get_description() << '\n';
    return kExitDatabase;
  } catch (const std::exception& e) {
    std::cerr << "dump_db: " << e.what() << '\n';
    return kExitDatabase;
  }
}
