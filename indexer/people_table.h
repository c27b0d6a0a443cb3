// The archive's people table in the database: read the people of every article, link them
// (indexer/people_linker.h), and bring the table's metadata entries (common/people.h) up to date.
// news-index does this at the end of every run that changed an article, so the table always
// describes the articles the database holds.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include <xapian.h>

#include "indexer/people_linker.h"

namespace news {

// The people of every article of `db` (read from the value streams alone, not from the
// documents), in docid order, one article at a time.
ArticleStream article_people_stream(const Xapian::Database& db);

// The metadata entries of a table (every key under the people prefixes of common/people.h).
std::map<std::string, std::string> people_metadata(const std::vector<PersonEntry>& persons);

// Makes the people entries of `db`'s metadata equal `wanted`: writes the keys whose value
// differs and erases those `wanted` does not have. Returns how many keys it wrote or erased (0
// when the table was already so: the database then has nothing new to commit).
std::size_t apply_people_metadata(Xapian::WritableDatabase& db,
                                  const std::map<std::string, std::string>& wanted);

}  // namespace news
