// The work news-index hands to its worker threads: read a file (or a chunk of a record file),
// extract its article, build its Xapian document, and hand that back to the writer's thread.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "common/article.h"
#include "extract/load.h"

namespace news {

// What a worker makes of an article: nothing but whether it reads (a dry run); its document (for
// a part writer, which takes the spelling words from its database at the end); or its document
// and spelling words (for the one writer, which adds them up per batch).
enum class Build { kNothing, kDocument, kDocumentAndWords };

// One record of a record file, as a worker hands it to the writer.
struct LoadedRecordDocument {
  std::size_t number = 0;
  std::string id;
  bool unchanged = false;
  bool repaired = false;
  std::vector<std::string> dates_not_used;  // drop_implausible_dates' warnings
  std::string error;
  std::optional<Xapian::Document> document;
  std::vector<std::string> spelling_words;
};

struct RecordFile;  // indexer/record_files.h

// What a worker hands back to the writer for one file: the document to write, or why not. For a
// record file, one job per chunk, with its records, and a last job that closes the file.
struct Loaded {
  std::string path;
  std::string canonical;  // the path the article is known by (its id comes from it)
  std::string id_term;
  bool exists = false;  // an older version of the article is in the database
  std::optional<Xapian::Document> document;
  std::vector<std::string> spelling_words;  // the document's words for the spelling table
  bool repaired = false;
  bool without_body = false;                // a page indexed by title and metadata only
  std::vector<std::string> dates_not_used;  // drop_implausible_dates' warnings
  std::string skip_reason;
  std::shared_ptr<RecordFile> record_file;  // set for the jobs of a record file
  std::vector<LoadedRecordDocument> records;
  bool closes_file = false;  // the record file's last job: all its chunks came before
};

// Reads and extracts the file of `job` (path, canonical) and builds what `build` asks for; runs on
// a worker thread. Each worker has its own term generator (Xapian objects are not shared between
// threads), and lets go of the finished document before handing it over, so only the writer's
// thread touches it afterwards.
Loaded load_for_writing(Loaded job, const LoadOptions& options, Build build);

// Builds the document of an article read by a worker (see load_for_writing), with the file's
// `stamp`, and its spelling words when `build` asks for them. Runs on the worker's thread.
void build_document(const Article& article, const SourceStamp& stamp, Build build,
                    std::optional<Xapian::Document>& document,
                    std::vector<std::string>& spelling_words);

// True if the reader repaired invalid UTF-8 in the article (counted as "repaired").
bool repaired_utf8(const Article& article);

// The warnings of dates the article was read without (drop_implausible_dates), for the summary.
std::vector<std::string> dates_not_used(const Article& article);

}  // namespace news
