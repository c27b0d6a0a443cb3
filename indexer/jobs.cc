#include "indexer/jobs.h"

#include <algorithm>
#include <iterator>

#include "common/document.h"
#include "extract/html/reader.h"
#include "extract/text_decoding.h"
#include "indexer/spelling.h"

namespace news {

namespace {

bool body_not_found(const Article& article) {
  return std::find(article.warnings.begin(), article.warnings.end(), kNoBodyWarning) !=
         article.warnings.end();
}

}  // namespace

bool repaired_utf8(const Article& article) {
  return std::any_of(article.warnings.begin(), article.warnings.end(),
                     [](const std::string& w) { return is_repair_warning(w); });
}

std::vector<std::string> dates_not_used(const Article& article) {
  std::vector<std::string> notes;
  std::copy_if(article.warnings.begin(), article.warnings.end(), std::back_inserter(notes),
               [](const std::string& w) { return is_date_not_used_warning(w); });
  return notes;
}

void build_document(const Article& article, const SourceStamp& stamp, Build build,
                    std::optional<Xapian::Document>& document,
                    std::vector<std::string>& spelling_words) {
  if (build == Build::kNothing) return;
  thread_local Xapian::TermGenerator generator = make_term_generator();
  document = to_document(article, stamp, generator);
  generator.set_document(Xapian::Document());
  // Picked out here, on the worker, so the writer's thread (the pipeline's bottleneck) only adds
  // them up.
  if (build == Build::kDocumentAndWords) spelling_words = news::spelling_words(*document);
}

Loaded load_for_writing(Loaded job, const LoadOptions& options, Build build) {
  LoadResult loaded = load_article(job.path, job.canonical, options);
  if (!loaded.article) {
    job.skip_reason = std::move(loaded.skip_reason);
    return job;
  }
  job.repaired = repaired_utf8(*loaded.article);
  job.without_body = body_not_found(*loaded.article);
  job.dates_not_used = dates_not_used(*loaded.article);
  build_document(*loaded.article, loaded.stamp, build, job.document, job.spelling_words);
  return job;
}

}  // namespace news
