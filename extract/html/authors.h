// An HTML page's authors: the first of its sources, in order of trust, that names someone.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/html/json_ld.h"
#include "extract/html/page.h"

namespace news::html {

// The article's authors, from the first of these sources that names someone: JSON-LD author (else
// creator), article:author meta, other author meta (author, dc.creator, parsely-author, ...),
// microdata, byline markup, names after a "By" label, a link preview's "Written by". A source
// that names only the site (`sites`, from read_site_names) gives way to a later one that names a
// person; the site or a company credited beside people is dropped. A name written partly takes the
// fuller spelling another source gives, when exactly one fits (an account name "jane.doe" or a
// first name "Jane" for "Jane Doe"; "Doe, Jane", split as two names, for "Jane Doe"). No
// duplicates (ignoring case).
std::vector<std::string> read_authors(const Page& page, const JsonLd& ld,
                                      const std::vector<std::string>& sites);

// The credit a dateline opens the article with, "Hamburg (dpa/lno) - ...", "LONDON, March 3
// (Reuters) - ...": the agency or desk in brackets after a place of six words or fewer and before
// a dash. Nothing when the paragraph does not open so.
std::optional<std::string> dateline_credit(std::string_view first_paragraph);

}  // namespace news::html
