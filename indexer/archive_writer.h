// Where a run writes: the database (or a sharded archive's shards, one writer each) through one
// thread with a commit every --batch-size changes, or, for a first full index into an empty
// database, several part databases written at once on threads of their own and merged into the
// database at the end. Also what goes with every article written: its order value (Slot::kOrder),
// its story (indexer/stories.h) and its words' counts in the spelling table (indexer/spelling.h);
// and at the end, the people table (indexer/people_table.h).
// Lives on the run's writer thread.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "indexer/indexer.h"
#include "indexer/part_writer.h"
#include "indexer/shard_set.h"
#include "indexer/spelling.h"
#include "indexer/stories.h"

namespace news {

class ArchiveWriter {
 public:
  // Opens options.db_path for writing (ShardSet: creating it, under its lock; throws as ShardSet
  // does) and, for a first full index (no articles yet, not sharded, more than one writer by
  // options.writers), starts the part writers.
  explicit ArchiveWriter(const IndexOptions& options);

  ArchiveWriter(const ArchiveWriter&) = delete;
  ArchiveWriter& operator=(const ArchiveWriter&) = delete;

  // Removes the parts after an error: they are scratch.
  ~ArchiveWriter();

  // The database as the run began (the writer itself when not sharded, whose view holds this
  // run's changes). Docids the run looks up here stay valid for the whole run.
  const Xapian::Database& reader() const { return target_.reader(); }

  bool sharded() const { return target_.sharded(); }

  // True for a first full index writing parts (whose documents reader() never shows).
  bool parallel() const { return !parts_.empty(); }

  // The databases written at once: the parts, or 1.
  std::size_t writer_count() const { return std::max<std::size_t>(parts_.size(), 1); }

  // Writes a new or rewritten article whose id term is `id_term`. `previous` is the docid in
  // reader() of its document before this run, 0 for a new article: a rewritten article keeps its
  // order value, and its old words leave the spelling table, where `words` (the new document's
  // spelling words) go. In a parallel run, kPartBatch articles in a row go to each part in turn;
  // else through the writer, with its story, replacing the document with its id term.
  void write_article(const std::string& id_term, Xapian::Document& document,
                     const std::vector<std::string>& words, Xapian::docid previous);

  // Replaces the document at `docid` in reader() (in whichever shard holds it) and counts the
  // change: a file that moved, or was touched without changing, keeps its terms.
  void rewrite_at(Xapian::docid docid, const Xapian::Document& document);

  // Deletes the document at `docid` in reader(), taking its words out of the spelling table. Not
  // counted: the caller counts it if it should commit in its batch.
  void delete_article(Xapian::docid docid);

  // Writes a metadata entry with the documents (into the first part in a parallel run, where the
  // merge keeps it) and counts the change.
  void write_metadata(const std::string& key, const std::string& value);

  // Removes a metadata entry from the database itself, uncounted (the stamp of a record file
  // that has gone).
  void erase_metadata(const std::string& key);

  // Counts one change; every options.batch_size changes, commits (with the spelling counts and
  // the order counter), so that a run killed loses at most one batch.
  void count_change();

  // Ends the run: a parallel run commits its parts and merges them into the database, replacing it
  // atomically (an interrupted one too: what it wrote is kept); otherwise the last commit, then,
  // with options.compact and unless the run was interrupted (summary.interrupted_by), compaction.
  // Sets the summary's commit, merge and compaction figures.
  void finish(IndexSummary& summary);

 private:
  std::string parts_dir() const { return options_.db_path + ".parts"; }
  void start_parts(unsigned count);
  void finish_parts(IndexSummary& summary);
  std::string take_order(const Xapian::Document* previous);
  void store_next_order();
  void store_order_maps();
  void update_people(IndexSummary& summary);

  const IndexOptions& options_;
  ShardSet target_;
  SpellingCounts spelling_;
  DatabaseStories stories_;
  std::uint64_t next_order_ = 1;    // Slot::kOrder of the next new article
  std::uint64_t stored_order_ = 1;  // next_order_ as the database has it
  std::size_t pending_ = 0;         // changes since the last commit
  // A parallel run's writers (empty otherwise), the next one to get an article, and the stories
  // of the articles written (which the parts cannot be asked for).
  std::vector<std::unique_ptr<PartWriter>> parts_;
  std::size_t next_part_ = 0;
  std::size_t part_fill_ = 0;  // articles the next part has had in a row
  std::optional<StoryTable> part_stories_;
  // Whether the run wrote or deleted an article, so the people table must be made again.
  bool people_changed_ = false;
};

}  // namespace news
