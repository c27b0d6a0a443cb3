// news-query --show's text: what each part of an article becomes, and what is left out when the
// article does not give it.
#include "query/show.h"

#include <gtest/gtest.h>

#include "common/article.h"

namespace news {
namespace {

struct ShowCase {
  const char* name;
  Article article;
  const char* text;
};

Article bare() {
  Article article;
  article.id = "00000000000000ab";
  article.path = "/archive/a.txt";
  article.format = "text";
  article.title = "Harbour strike ends";
  article.paragraphs = {"Dockers voted to return.", "Cranes moved again."};
  return article;
}

Article full() {
  Article article = bare();
  article.format = "html";
  article.url = "https://example.org/strike";
  article.outlet = "gazette";
  article.standfirst = {"Two weeks of stoppage end", "Photo: the quay"};
  article.authors = {"Mira Castell", "Tom Lyle"};
  article.published = parse_date("2024-03-05 09:15");
  article.people = {{"Mira Castell", {"Castell", "Ms Castell"}, "union leader", "Dockers' Union"},
                    {"Tom Lyle", {}, "", ""}};
  article.quotes = {{"Mira Castell", "voted to return", "said", 0, 8, 23, false},
                    {"Tom Lyle", "Cranes moved", "", 1, 0, 12, true}};
  article.warnings = {"invalid UTF-8 decoded as Windows-1252"};
  return article;
}

TEST(Show, ArticleToText) {
  const ShowCase cases[] = {
      {"nothing but a title and a body", bare(),
       "id:        00000000000000ab\n"
       "title:     Harbour strike ends\n"
       "path:      /archive/a.txt\n"
       "format:    text\n"
       "authors:   (none)\n"
       "published: (no date)\n"
       "updated:   (no date)\n"
       "\n"
       "people quoted: none\n"
       "\n"
       "body:\n"
       "Dockers voted to return.\n"
       "\n"
       "Cranes moved again.\n"},
      {"every part", full(),
       "id:        00000000000000ab\n"
       "title:     Harbour strike ends\n"
       "path:      /archive/a.txt\n"
       "format:    html\n"
       "authors:   Mira Castell, Tom Lyle\n"
       "published: 2024-03-05 09:15\n"
       "updated:   (no date)\n"
       "url:       https://example.org/strike\n"
       "outlet:    gazette\n"
       "warnings:  invalid UTF-8 decoded as Windows-1252\n"
       "\n"
       "Two weeks of stoppage end\n"
       "Photo: the quay\n"
       "\n"
       "people quoted (2):\n"
       "  Mira Castell: union leader; speaks for Dockers' Union; also Castell, Ms Castell\n"
       "  Tom Lyle\n"
       "\n"
       "quotes (2):\n"
       "  Mira Castell, said (paragraph 1, reported): voted to return\n"
       "  Tom Lyle (paragraph 2): \"Cranes moved\"\n"
       "\n"
       "body:\n"
       "Dockers voted to return.\n"
       "\n"
       "Cranes moved again.\n"},
  };
  for (const ShowCase& c : cases) {
    EXPECT_EQ(article_to_text(to_json(c.article)), c.text) << c.name;
  }
}

}  // namespace
}  // namespace news
