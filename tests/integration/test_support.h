// Helpers shared by the integration tests: temporary directories and the corpus expectations.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace Xapian {
class Database;
class Document;
}  // namespace Xapian

namespace news::testing_support {

// The persons a document's people belong to in the database's people table, each once: the
// brute-force count behind --facet speaker, read from the people slot (common/people.h) decoded
// whole, where the facet reads only its ids (FacetSlots checks those against the terms). A
// confirmed person the table does not know counts under its local id; an unconfirmed mention the
// table did not tie counts for no one.
std::vector<std::string> persons_of(const Xapian::Database& db, const Xapian::Document& document);

// A fresh directory under the system temp dir, removed with everything in it on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// One corpus article and what its .expected says the reader must extract.
struct Expectation {
  std::filesystem::path article;  // corpus/<slug>.txt, or corpus/<subdirectory>/<slug>.txt
  std::string title;
  std::vector<std::string> authors;
  std::optional<std::string> published;  // ISO 8601 as to_iso() writes it
  std::optional<std::string> updated;
  std::string body_starts;
  std::string body_ends;
  nlohmann::json people;
  // Speakers quoted only by a form the article alone cannot resolve (a surname after a sentence
  // naming them by role): only an archive-wide people table can link them, so the per-article
  // extraction is expected not to list them. Empty for most articles.
  std::vector<std::string> archive_only;
  // Canonical names of `people` the extractor is known to miss in this article (a form it does
  // not handle yet): the speakers test expects them missing, and fails once they are found, so
  // that the list shrinks as the extractor learns. Empty for most articles.
  std::vector<std::string> known_misses;
};

// Every article under corpus/ (subdirectories included) with its expectations, sorted by path.
// Fails the calling test (via ADD_FAILURE) for an article without an .expected or with a malformed
// one.
std::vector<Expectation> corpus_expectations();

// ../shared beside the project, or nothing when it is absent (a user's fresh clone).
std::optional<std::filesystem::path> shared_dir();

}  // namespace news::testing_support
