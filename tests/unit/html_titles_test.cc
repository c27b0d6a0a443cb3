// Table-driven cases for the titles of HTML pages: how a title splits at its separators, which
// parts name the site (from the page's own signs: its site names, its address, the parts its titles
// share), and the title read_html chooses. The titles and pages are written for these tests; none
// is a copy of a corpus page.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "extract/html/reader.h"
#include "extract/html/title_parts.h"

namespace news {
namespace {

using html::SiteSigns;

struct SplitCase {
  const char* title;
  std::vector<std::string> parts;
  std::vector<std::string> separators;
};

TEST(SplitTitle, Cases) {
  const std::vector<SplitCase> cases = {
      {"Quay reopens | Porthaven Post", {"Quay reopens", "Porthaven Post"}, {" | "}},
      {"Quay reopens - News \xE2\x80\x93 Porthaven Post",
       {"Quay reopens", "News", "Porthaven Post"},
       {" - ", " \xE2\x80\x93 "}},
      // ": " is a headline's own punctuation, not a separator.
      {"Harbour: the quay reopens", {"Harbour: the quay reopens"}, {}},
      // Unspaced bars, and the full-width bar of CJK titles.
      {"Quay reopens|Porthaven Post", {"Quay reopens", "Porthaven Post"}, {"|"}},
      {"\xE5\xB2\xB8\xE5\xA3\x81\xEF\xBD\x9C\xE6\xB8\xAF",
       {"\xE5\xB2\xB8\xE5\xA3\x81", "\xE6\xB8\xAF"},
       {"\xEF\xBD\x9C"}},
      // Guillemets that quote are not separators; a dash after them is.
      {"\xC2\xAB Le quai rouvre \xC2\xBB - Journal du Port",
       {"\xC2\xAB Le quai rouvre \xC2\xBB", "Journal du Port"},
       {" - "}},
      {"Porthaven Notes \xC2\xBB Blog Archive \xC2\xBB Quay works",
       {"Porthaven Notes", "Blog Archive", "Quay works"},
       {" \xC2\xBB ", " \xC2\xBB "}},
      {"", {}, {}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.title);
    const html::TitleParts split = html::split_title(c.title);
    EXPECT_EQ(split.parts, c.parts);
    EXPECT_EQ(split.separators, c.separators);
  }
}

struct SitePartCase {
  const char* part;
  bool names_site;
};

TEST(NamesSite, FromTheSiteNamesTheAddressAndTheSharedEnds) {
  SiteSigns signs;
  signs.names = {"Evening Courier", "AOC Port - Analyse et Critique"};
  signs.hosts = {"harbourgazette.co.uk", "theportreview.example"};
  signs.shared_ends = {"Quayside Weekly"};
  const std::vector<SitePartCase> cases = {
      {"Evening Courier", true},                             // a site name
      {"evening courier", true},                             // in any case
      {"The London Evening Courier", true},                  // holding one, two words more
      {"Analyse et Critique", true},                         // part of one
      {"Harbour Gazette", true},                             // spelling a host label
      {"Harbour Gazette Online", true},                      // a host label and a word
      {"harbourgazette.co.uk", true},                        // the host itself
      {"Port Review", true},                                 // part of a host label
      {"Quayside Weekly", true},                             // an end the titles share
      {"by Jane Doe", true},                                 // an author credit
      {"par Marie Dupont", true},                            // in French
      {"Why the Evening Courier sold its building", false},  // a headline naming the site
      {"Quay reopens after two years of repairs", false},
      {"News", false},
      {"by", false},  // not a credit without a name
      {"The harbour gazette was founded in 1871 by fishermen", false},  // over six words
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.part);
    EXPECT_EQ(html::names_site(c.part, signs), c.names_site);
  }
}

struct StripCase {
  const char* title;
  const char* stripped;
};

TEST(StripSiteParts, Cases) {
  SiteSigns signs;
  signs.names = {"Evening Courier"};
  signs.hosts = {"harbourgazette.co.uk"};
  const std::vector<StripCase> cases = {
      {"Quay reopens | Evening Courier", "Quay reopens"},
      {"Quay reopens | Ports | Evening Courier", "Quay reopens | Ports"},
      {"Evening Courier - Quay reopens", "Quay reopens"},
      {"Quay reopens * Evening Courier * by Jane Doe", "Quay reopens"},
      {"Quay reopens - Harbour Gazette", "Quay reopens"},
      // Only site parts: nothing tells which is the headline.
      {"Evening Courier | Harbour Gazette", "Evening Courier | Harbour Gazette"},
      {"Quay reopens - after two years", "Quay reopens - after two years"},
      // A breadcrumb trail opened by the site: its last crumb.
      {"Evening Courier \xC2\xBB Blog Archive \xC2\xBB Quay reopens", "Quay reopens"},
      {"Quay reopens", "Quay reopens"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.title);
    EXPECT_EQ(html::strip_site_parts(c.title, signs), c.stripped);
  }
}

TEST(SharedTitleEnds, AnEndOfTwoDifferentHeadlinesIsTheSite) {
  EXPECT_EQ(html::shared_title_ends({"Ferry fares frozen | Quayside Weekly",
                                     "Fares frozen for the winter | Quayside Weekly"}),
            std::vector<std::string>{"Quayside Weekly"});
  EXPECT_EQ(html::shared_title_ends(
                {"Opinion | Ferry fares frozen", "Opinion | Why fares must stay frozen"}),
            std::vector<std::string>{"Opinion"});
}

TEST(SharedTitleEnds, NotWhenOneHeadlineStartsOrEndsTheOther) {
  // "Chapter 3 - Storm - Saga" and the same with the site after it: the titles share "Chapter 3"
  // because they are one headline, not because it names the site.
  EXPECT_TRUE(html::shared_title_ends(
                  {"Chapter 3 - Storm - Saga", "Chapter 3 - Storm - Saga | Quayside Reads"})
                  .empty());
  EXPECT_TRUE(html::shared_title_ends({"Ferry fares frozen", "Ferry fares frozen"}).empty());
}

const std::string kBody =
    "<article><p>The harbour board voted on Tuesday to extend the quay by forty metres.</p>"
    "<p>Work is to start in the spring, the board said, and to last two years.</p></article>";

std::string page(const std::string& head, const std::string& body) {
  return "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>";
}

struct TitleCase {
  const char* name;
  std::string html;
  std::string title;
};

const std::vector<TitleCase>& title_cases() {
  static const std::vector<TitleCase> cases = {
      {"a site name the page names nowhere but in its address",
       page(R"(<link rel="canonical" href="https://www.harbourgazette.example/news/quay">
            <meta property="og:title" content="Quay reopens after repairs - Harbour Gazette">)",
            kBody),
       "Quay reopens after repairs"},
      {"a site name the titles share, though they word the headline differently",
       page(R"(<meta property="og:title" content="Ferry fares frozen | Quayside Weekly">
            <title>Fares frozen for the winter | Quayside Weekly</title>)",
            kBody),
       "Ferry fares frozen"},
      {"a section and the site after the headline, and an author credit",
       page(R"(<meta property="og:site_name" content="Evening Courier">
            <meta property="og:title"
              content="Quay reopens after repairs * Evening Courier * by Jane Doe">)",
            kBody),
       "Quay reopens after repairs"},
      {"the h1 that shares the metadata title's words, among the page's many h1s",
       page(R"(<meta property="og:title" content="Quay reopens after two years of repairs">)",
            "<h1>Porthaven Post</h1><h1>Weather: rain all week</h1>"
            "<h1>Quay reopens after two years of repair work</h1><h1>Most read</h1>" +
                kBody),
       "Quay reopens after two years of repair work"},
      {"a title cut short with an ellipsis character gives way to the whole one",
       page(R"(<meta property="og:title" content="Harbour board votes to extend the quay by)"
            "\xE2\x80\xA6"
            R"(">
            <title>Harbour board votes to extend the quay by forty metres | Porthaven Post</title>)",
            kBody),
       "Harbour board votes to extend the quay by forty metres"},
      {"a title element that is a breadcrumb trail opened by the site",
       page(R"(<title>Quayside Notes &raquo; Blog Archive &raquo; Quay works begin</title>
            <link rel="canonical" href="https://quaysidenotes.example/2020/quay-works-begin">)",
            kBody),
       "Quay works begin"},
  };
  return cases;
}

TEST(HtmlTitle, ChoosesTheTitle) {
  for (const auto& c : title_cases()) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(read_html(c.html).title, c.title);
  }
}

}  // namespace
}  // namespace news
