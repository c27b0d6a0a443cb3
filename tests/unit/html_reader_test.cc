// Table-driven cases for the HTML reader: one per metadata source, the order of trust when sources
// disagree, and broken input. The pages are written for these tests; none is a copy of a corpus
// page.
#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "extract/html/reader.h"

namespace news {
namespace {

std::optional<std::string> iso(const std::optional<DateTime>& date) {
  if (!date) return std::nullopt;
  return date->to_iso();
}

// A page with `head` in <head> and `body` in <body>.
std::string page(const std::string& head, const std::string& body) {
  return "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>";
}

const std::string kBody =
    "<article><p>The harbour board voted on Tuesday to extend the quay by forty metres.</p>"
    "<p>Work is to start in the spring, the board said, and to last two years.</p></article>";

struct MetadataCase {
  const char* name;
  std::string html;
  std::string title;
  std::vector<std::string> authors;
  std::optional<std::string> published;
  std::optional<std::string> updated = std::nullopt;
};

const std::vector<MetadataCase>& metadata_cases() {
  static const std::vector<MetadataCase> cases = {
      {"json-ld NewsArticle with an author object",
       page(R"(<script type="application/ld+json">{"@context":"https://schema.org",
            "@type":"NewsArticle","headline":"Quay to be extended",
            "author":{"@type":"Person","name":"Mira Castell"},
            "datePublished":"2023-11-27T14:50:00+01:00",
            "dateModified":"2023-11-27T16:05:00+01:00"}</script>)",
            kBody),
       "Quay to be extended",
       {"Mira Castell"},
       "2023-11-27T14:50+01:00",
       "2023-11-27T16:05+01:00"},
      {"json-ld @graph with a list of authors and an @id reference",
       page(R"(<script type="application/ld+json">{"@graph":[
            {"@type":"WebSite","name":"Porthaven Post"},
            {"@type":["Article","NewsArticle"],"headline":"Ferry fares frozen",
             "author":[{"@id":"#p1"},{"@type":"Person","name":"Tom Lyle"}],
             "datePublished":"2024-03-05"},
            {"@type":"Person","@id":"#p1","name":"Ana Ruiz"}]}</script>)",
            kBody),
       "Ferry fares frozen",
       {"Ana Ruiz", "Tom Lyle"},
       "2024-03-05"},
      {"json-ld in an array, author as a string with two names",
       page(R"(<script type="application/ld+json">[{"@type":"BreadcrumbList"},
            {"@type":"BlogPosting","headline":"Notes from the quay",
             "author":"By Kim Lo and Pat Doe","datePublished":"2022-01-09T08:00:00Z"}]</script>)",
            kBody),
       "Notes from the quay",
       {"Kim Lo", "Pat Doe"},
       "2022-01-09T08:00Z"},
      {"opengraph and article meta; article:author given as a URL is ignored",
       page(R"(<meta property="og:title" content="Tram line approved">
            <meta property="article:author" content="https://social.example/jane">
            <meta name="author" content="Jane Doe">
            <meta property="article:published_time" content="2023-05-02T09:30:00-04:00">
            <meta property="article:modified_time" content="2023-05-03T10:00:00-04:00">)",
            kBody),
       "Tram line approved",
       {"Jane Doe"},
       "2023-05-02T09:30-04:00",
       "2023-05-03T10:00-04:00"},
      {"meta author",
       page(R"(<title>Bridge reopens</title><meta name="author" content="Sam Reed">)", kBody),
       "Bridge reopens",
       {"Sam Reed"},
       std::nullopt},
      {"dublin core",
       page(R"(<meta name="DC.title" content="Library hours extended">
            <meta name="DC.creator" content="Lena Park">
            <meta name="DC.date" content="2021-06-30">)",
            kBody),
       "Library hours extended",
       {"Lena Park"},
       "2021-06-30"},
      {"microdata itemprop",
       page("",
            R"(<article itemscope itemtype="https://schema.org/NewsArticle">
            <h1 itemprop="headline">Market hall to close</h1>
            <span itemprop="author" itemscope itemtype="https://schema.org/Person">
              <span itemprop="name">Omar Haddad</span></span>
            <meta itemprop="datePublished" content="2020-02-11T07:15:00Z">
            <p>The market hall will close for repairs next month, the council said today.</p>
            <div itemscope itemtype="https://schema.org/ScholarlyArticle">
              <meta itemprop="author" content="Cited Person"></div></article>)"),
       "Market hall to close",
       {"Omar Haddad"},
       "2020-02-11T07:15Z"},
      {"time datetime and byline markup",
       page("<title>School roof repaired | Valley News</title>",
            R"(<article><h1>School roof repaired</h1>
            <div class="byline">By <a href="/author/rosa-vidal">Rosa Vidal</a></div>
            <time datetime="2019-09-14T11:20:00+02:00">14 September</time>
            <p>The roof of the primary school was repaired over the summer holidays.</p></article>)"),
       "School roof repaired",
       {"Rosa Vidal"},
       "2019-09-14T11:20+02:00"},
      {"byline text with two names and a role",
       page("<title>Council tax to rise</title>",
            R"(<article><p class="byline">By Ana Ruiz and Tom Lyle, Political Correspondents</p>
            <p>Council tax will rise by three per cent from April, the council confirmed.</p>
            </article>)"),
       "Council tax to rise",
       {"Ana Ruiz", "Tom Lyle"},
       std::nullopt},
      {"title element without the site name suffix",
       page(R"(<title>Floods close the coast road - Harbour Gazette</title>
            <meta property="og:site_name" content="Harbour Gazette">)",
            kBody),
       "Floods close the coast road",
       {},
       std::nullopt},
      {"order of trust: json-ld over opengraph over meta",
       page(R"(<meta property="og:title" content="OG title">
            <meta name="author" content="Meta Author">
            <meta property="article:published_time" content="2020-01-02T00:00:00Z">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"JSON-LD title",
            "author":{"name":"Json Author"},"datePublished":"2020-01-01T10:00:00Z"}</script>)",
            kBody),
       "JSON-LD title",
       {"Json Author"},
       "2020-01-01T10:00Z"},
      {"an author that only names the site gives way to the byline",
       page(R"(<meta property="og:site_name" content="Valley News">
            <meta name="author" content="Valley News"><title>Pool reopens</title>)",
            R"(<article><span class="author-name">Eva Stone</span>
            <p>The town's swimming pool reopened on Saturday after a long refit.</p></article>)"),
       "Pool reopens",
       {"Eva Stone"},
       std::nullopt},
      {"date offset is kept, not converted",
       page(R"(<meta property="article:published_time" content="2023-11-27T14:50:00+01:00">
            <title>Offset kept</title>)",
            kBody),
       "Offset kept",
       {},
       "2023-11-27T14:50+01:00"},
      {"a title cut short with an ellipsis gives way to the next source",
       page(R"(<script type="application/ld+json">{"@type":"NewsArticle",
            "headline":"Harbour board votes to extend the quay by forty..."}</script>
            <title>Harbour board votes to extend the quay by forty metres | Porthaven Post</title>)",
            kBody),
       "Harbour board votes to extend the quay by forty metres",
       {},
       std::nullopt},
      {"the h1 wins when another title repeats it, though the first source differs",
       page(R"(<script type="application/ld+json">{"@type":"NewsArticle",
            "headline":"Quay plan passes"}</script>
            <meta property="og:title" content="Why the harbour needs a longer quay">)",
            "<h1>Why the harbour needs a longer quay</h1>" + kBody),
       "Why the harbour needs a longer quay",
       {},
       std::nullopt},
      {"a shorter first title contained in an unconfirmed h1 is the headline",
       page(R"(<meta property="og:title" content="Quay to be extended">)",
            "<h1>Analysis: Quay to be extended</h1>" + kBody),
       "Quay to be extended",
       {},
       std::nullopt},
      {"a microdata headline in the site header is not the article's",
       page("<title>Site Name</title>",
            R"(<header itemscope itemtype="https://schema.org/WPHeader">
            <p itemprop="headline">Site Name</p></header>
            <h2 itemprop="headline">Ferry timetable changes</h2>)" +
                kBody),
       "Ferry timetable changes",
       {},
       std::nullopt},
      {"an h1 marked as the alternative headline is not the headline",
       page(R"(<meta property="og:title" content="Five ways the quay will change the harbour">
            <title>Quay changes | Porthaven Post</title>)",
            R"(<h1 itemprop="alternativeHeadline">Quay changes</h1>)" + kBody),
       "Five ways the quay will change the harbour",
       {},
       std::nullopt},
      {"without metadata a lone h1 wins over a title element naming the page",
       page("<title>Home</title>", "<h1>Goodbye to the old quay</h1>" + kBody),
       "Goodbye to the old quay",
       {},
       std::nullopt},
      {"an h1 that opens the title element is the site name",
       page("<title>Harbour Notes &raquo; Blog Archive &raquo; Quay works begin</title>",
            "<h1><a href=\"/\">Harbour Notes</a></h1>" + kBody),
       "Quay works begin",
       {},
       std::nullopt},
      {"a UTC timestamp gives way to the local day the page shows, offset inferred",
       page(R"(<meta property="article:published_time" content="2020-02-25T02:25:00+00:00">
            <title>Late sitting</title>)",
            R"(<article><time datetime="2020-02-24 21:25">February 24, 2020</time>
            <p>The council sat late into the night to agree the budget for next year.</p>
            </article>)"),
       "Late sitting",
       {},
       "2020-02-24T21:25-05:00"},
      {"a UTC timestamp stays when the page shows the same day",
       page(R"(<meta property="article:published_time" content="2020-02-25T12:00:00Z">
            <title>Same day</title>)",
            R"(<article><p class="date">25 February 2020</p>
            <p>The council met at noon to agree the budget for next year, as planned.</p>
            </article>)"),
       "Same day",
       {},
       "2020-02-25T12:00Z"},
      {"a date in another language, in a date element inside a sidebar layout",
       page(
           "<title>Audience</title>",
           R"(<div class="layout one-sidebar-second"><span class="published-at">le 7 mai 2020</span>
            <p>L'audience a été renvoyée au mois prochain, a indiqué le tribunal.</p></div>)"),
       "Audience",
       {},
       "2020-05-07"},
      {"an element classed as a date before a meta line with another date",
       page("<title>Results</title>",
            R"(<div class="entry-meta">Results of the meeting held on 19.05.2007</div>
            <span class="published">20. Mai 2007</span>)" +
                kBody),
       "Results",
       {},
       "2007-05-20"},
      {"the site's date of today in the masthead is not the article's",
       page(R"(<meta property="article:published_time" content="2020-02-18T12:53:40+00:00">
            <title>Parity law</title>)",
            R"(<header><span class="top-current-date">mercredi 19 février 2020</span></header>
            <article><p class="post-date">18/02/2020</p>
            <p>The assembly passed the parity law after a long debate on Tuesday.</p></article>)"),
       "Parity law",
       {},
       "2020-02-18T12:53Z"},
      {"a time element in a related list is not the article's",
       page("<title>Phone launch</title>",
            R"(<article><div class="related-articles"><time datetime="2019-03-11T16:10:00+09:00">
            2019.3.11</time></div><p>The new phone goes on sale next month in three colours.</p>
            </article><span><time datetime="2019-04-19T09:39:00+09:00">19 April</time></span>)"),
       "Phone launch",
       {},
       "2019-04-19T09:39+09:00"},
      {"the column holding the headline is not furniture, whatever its id",
       page("<title>Experts</title>",
            R"(<div id="sidebar"><h1>Experts</h1><span class="byline">
            <time datetime="2020-04-09T07:59:57+02:00">9 Apr 2020</time></span>)" +
                kBody + "</div>"),
       "Experts",
       {},
       "2020-04-09T07:59+02:00"},
      {"a Drupal 'submitted' line gives the date; a promoted node is not furniture",
       page("<title>Faircoin</title>",
            R"(<div class="node node-article node-promoted"><div class="submitted">
            Submitted by sam on 24. Juli 2017 - 18:55</div>)" +
                kBody + "</div>"),
       "Faircoin",
       {},
       "2017-07-24T18:55"},
      {"an hAtom abbr gives its date in the title attribute",
       page("<title>Privacy</title>",
            R"(<abbr class="published" title="2018-06-05T08:00:00-07:00">08:00</abbr>)" + kBody),
       "Privacy",
       {},
       "2018-06-05T08:00-07:00"},
      {"a person's page linked from running text or a tag cloud is not a byline",
       page("<title>Estate</title>",
            R"(<article><p><a href="/people/prince/">Prince</a> was married when he died and
            wanted all of his money to go to his wife, according to the documents filed in court
            on Monday by the lawyers for the estate.</p></article>
            <ul class="tag-cloud"><li><a href="/people/prince/">Prince</a></li></ul>)"),
       "Estate",
       {},
       std::nullopt},
      {"an address element holds the article's author",
       page(R"(<meta name="author" content="Harbour Gazette">
            <meta property="og:site_name" content="Harbour Gazette">
            <title>Visit ends</title>)",
            "<address><strong>Agencia Norte</strong></address>" + kBody),
       "Visit ends",
       {"Agencia Norte"},
       std::nullopt},
      {"the article's own footer and a post footer are not page furniture",
       page("<title>Outlook</title>",
            R"(<article><h1>Outlook</h1><footer class="meta">
            <div itemprop="author" itemscope itemtype="https://schema.org/Person">
            <meta itemprop="name" value="Kim Lo"></div></footer>
            <p>The outlook for the world economy darkened again this week, the fund said.</p>
            </article>)"),
       "Outlook",
       {"Kim Lo"},
       std::nullopt},
      {"an author class in French, and a Drupal username",
       page("<title>Architecture</title>",
            R"(<div class="dates_auteurs">par <span class="auteurs">Rémi Caron</span></div>)" +
                kBody),
       "Architecture",
       {"Rémi Caron"},
       std::nullopt},
      {"a user name with digits is read from an author link",
       page("<title>Sigma</title>",
            R"(<div class="byline">von <span class="author vcard">
            <a href="/author/sailor1984/" rel="author">sailor1984</a></span></div>)" +
                kBody),
       "Sigma",
       {"sailor1984"},
       std::nullopt},
      {"the two-word links of a byline are its authors, not a one-word section",
       page("<title>Talks</title>",
            R"(<div class="byline"><a href="/reporter/ana-ruiz-42.cms">Ana Ruiz</a> / TNN /
            in <a href="/world">World</a> <span>Updated: Oct 9, 2019, 11:05 IST</span></div>)" +
                kBody),
       "Talks",
       {"Ana Ruiz"},
       "2019-10-09T11:05"},
      {"the first part of a byline line before a separator",
       page("<title>Election</title>",
            R"(<div class="autor"><h6>Ana María Ruiz | Publicado hace 3 horas</h6></div>)" + kBody),
       "Election",
       {"Ana María Ruiz"},
       std::nullopt},
      {"links of author boxes and biographies are not names",
       page("<title>Rent</title>",
            R"(<div class="byline"><a href="/author/oli-cole">Oli Cole</a>
            <a href="/author/oli-cole/feed">Get author RSS feed</a>
            <a href="/author/oli-cole">Profile</a></div>
            <div class="author-box"><span class="author-name">Oli Cole</span>
            <p class="about">Oli has written for <a href="/author/x">Other Site</a>.</p></div>)" +
                kBody),
       "Rent",
       {"Oli Cole"},
       std::nullopt},
      {"the outlet and a company beside a person are dropped",
       page(R"(<meta property="og:site_name" content="Valley News">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Flood",
            "author":[{"name":"Eva Stone"},{"name":"Valley News"},{"name":"Mediagroup Inc"}]}
            </script>)",
            kBody),
       "Flood",
       {"Eva Stone"},
       std::nullopt},
      {"a link preview's Written by label, when the page shows no byline",
       page(R"(<meta name="twitter:label1" content="Written by">
            <meta name="twitter:data1" content="Lena Park @lenapark"><title>Letter</title>)",
            kBody),
       "Letter",
       {"Lena Park"},
       std::nullopt},
      {"cXense author meta",
       page(R"(<meta name="cXenseParse:author" value="Harbour Staff"><title>Board</title>)", kBody),
       "Board",
       {"Harbour Staff"},
       std::nullopt},
      {"a kicker the page marks is cut from the titles that start with it",
       page(R"(<meta property="og:title" content="Genetics: The secret of the giant flower">)",
            R"(<h2><span class="content__kicker">Genetics</span><span>: </span>
            <span class="content__title">The secret of the giant flower</span></h2>)" +
                kBody),
       "The secret of the giant flower",
       {},
       std::nullopt},
      {"an h1 in a breadcrumb trail is not the headline",
       page(R"(<meta property="og:title" content="Quay works begin next spring">)",
            R"(<ol class="breadcrumbs"><li>News</li><li><h1>Quay works start</h1></li></ol>)" +
                kBody),
       "Quay works begin next spring",
       {},
       std::nullopt},
      {"an h2 that a metadata title repeats, when the h1 is the site's logo",
       page(R"(<meta property="og:site_name" content="Harbour Post">
            <meta property="og:title" content="You will not believe what the board did!">
            <meta name="sailthru.title" content="Board votes to extend the quay">)",
            R"(<h1><a href="/">Harbour Post</a></h1><h2>Site Navigation</h2>
            <h2>Board votes to extend the quay</h2>)" +
                kBody),
       "Board votes to extend the quay",
       {},
       std::nullopt},
      {"a date in the article's own aside",
       page("<title>Spread</title>",
            R"(<article><aside><ul class="meta"><li class="meta__date">26.02.2020</li></ul></aside>
            <p>Two more cases were confirmed on Wednesday, the health ministry said.</p>
            </article>)"),
       "Spread",
       {},
       "2020-02-26"},
      {"a By label with the name in the next element",
       page("<title>Salon</title>",
            R"(<div class="x1"><span class="y2">By</span><span><a href="/team/ana-ruiz">Ana Ruiz</a>
            </span> and <a href="/team/tom-lyle">Tom Lyle</a></div>)" +
                kBody),
       "Salon",
       {"Ana Ruiz", "Tom Lyle"},
       std::nullopt},
      {"a By line with a date after a separator, and a place after in",
       page("<title>Climate</title>",
            "<h4>By Giovanni Rossi | 12/10/2020</h4><p>By Staff, in News, Business</p>" + kBody),
       "Climate",
       {"Giovanni Rossi"},
       std::nullopt},
      {"Posted on a date by a name",
       page("<title>Gadgets</title>",
            "<div class=\"x\">Posted on September 21, 2020 by Dana Weiss</div>" + kBody),
       "Gadgets",
       {"Dana Weiss"},
       std::nullopt},
      {"By in running text is not a byline",
       page("<title>Harbour</title>",
            R"(<article><p>By the end of the week the harbour board had agreed to extend the quay
            by forty metres, and work is to start in the spring, the chair said on Tuesday.</p>
            <p>By the end of the day, two cranes had arrived.</p></article>)"),
       "Harbour",
       {},
       std::nullopt},
      {"a date line classed as the publication, with a weekday in French",
       page("<title>Privatisations</title>",
            R"(<div class="publication"> jeudi 13 juin 2019</div>)" + kBody),
       "Privatisations",
       {},
       "2019-06-13"},
      {"an h1 that opens the title element before the metadata title is the blog's name",
       page(R"(<title>Quay news: Harbour quay news</title>
            <meta property="og:title" content="Harbour quay news">)",
            "<h1>Quay news</h1>" + kBody),
       "Harbour quay news",
       {},
       std::nullopt},
      {"a timestamp with an offset gives way to the next day the page shows",
       page(R"(<meta property="article:published_time" content="2022-05-05T21:00:00-05:00">
            <title>Night session</title>)",
            R"(<article><div class="article-date">6 May 2022</div>
            <p>The court sat through the night and gave its ruling before dawn on Friday.</p>
            </article>)"),
       "Night session",
       {},
       "2022-05-06"},
      {"a timestamp stays when the page shows a date two days off",
       page(R"(<meta property="article:published_time" content="2022-05-05T21:00:00-05:00">)",
            "<h1>Two days</h1><p class=\"article-date\">7 May 2022</p>" + kBody),
       "Two days",
       {},
       "2022-05-05T21:00-05:00"},
      {"a UTC timestamp moves into the zone of the page's other timestamps",
       page(R"(<script type="application/ld+json">{"@type":"NewsArticle","headline":"Late vote",
            "datePublished":"2021-03-04T03:30:00Z",
            "dateModified":"2021-03-04T09:00:00-05:00"}</script>)",
            kBody),
       "Late vote",
       {},
       "2021-03-03T22:30-05:00",
       "2021-03-04T09:00-05:00"},
      {"a UTC timestamp early in the day gives way to the day before in the address",
       page(R"(<link rel="canonical" href="https://news.example/2021/03/03/late-vote">
            <meta property="article:published_time" content="2021-03-04T02:00:00Z">
            <title>Late vote</title>)",
            kBody),
       "Late vote",
       {},
       "2021-03-03"},
      {"a UTC timestamp in the afternoon keeps its day whatever the address says",
       page(R"(<meta property="og:url" content="https://news.example/2021/03/03/vote">
            <meta property="article:published_time" content="2021-03-04T15:00:00Z">)",
            "<h1>Vote</h1>" + kBody),
       "Vote",
       {},
       "2021-03-04T15:00Z"},
      {"a Highwire Press citation date, as scholarly pages give it",
       page(R"(<meta name="citation_publication_date" content="2021-03-04">
            <title>Tidal survey</title>)",
            kBody),
       "Tidal survey",
       {},
       "2021-03-04"},
      {"an account name gives way to the name another source spells with its letters",
       page(R"(<script type="application/ld+json">{"@type":"NewsArticle","headline":"Dredging",
            "author":{"@type":"Person","name":"ana.ruiz.vidal"}}</script>
            <meta name="author" content="Ana Ruiz Vidal">)",
            kBody),
       "Dredging",
       {"Ana Ruiz Vidal"},
       std::nullopt},
      {"a name given surname first, split at its comma, is the byline's one name",
       page(R"(<meta name="parsely-author" content="Lyle, Tom"><title>Tides</title>)",
            R"(<p class="byline">by <a rel="author" href="/author/tom-lyle">Tom Lyle</a></p>)" +
                kBody),
       "Tides",
       {"Tom Lyle"},
       std::nullopt},
      {"a first name alone gives way to the full name the page shows",
       page(R"(<script type="application/ld+json">{"@type":"NewsArticle","headline":"Cranes",
            "author":{"@type":"Person","name":"Mira"}}</script>)",
            R"(<div class="author-name">Mira Castell</div>)" + kBody),
       "Cranes",
       {"Mira Castell"},
       std::nullopt},
      {"a first name that fits two full names, and an agency, stay as they are",
       page(R"(<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferries",
            "author":[{"name":"Tom"},{"name":"AP"}]}</script>
            <meta name="author" content="Tom Lyle, Tom Reed, AP Photo Desk">)",
            kBody),
       "Ferries",
       {"Tom", "AP"},
       std::nullopt},
      {"a joint credit of an agency and the site in the article's author meta",
       page(R"(<meta property="og:article:author" content="AFP/Harbour Post">
            <title>Tattoo</title>)",
            kBody),
       "Tattoo",
       {"AFP/Harbour Post"},
       std::nullopt},
      {"the agency a dateline credits, when nothing else names an author",
       page("<title>Ferry</title>",
            "<article><p>Porthaven (dpa/nds) \u2013 The ferry to the islands will run twice a day "
            "from May, the operator said on Saturday.</p></article>"),
       "Ferry",
       {"dpa/nds"},
       std::nullopt},
      {"a dateline with a date before the credit",
       page("<title>Rates</title>",
            "<article><p>LONDON, March 3 (Reuters) - The central bank left its rates unchanged on "
            "Thursday, as most economists had expected.</p></article>"),
       "Rates",
       {"Reuters"},
       std::nullopt},
      {"brackets in an opening sentence are not a dateline",
       page("<title>Quay</title>",
            "<article><p>The harbour board (which met on Tuesday) - and the council - agreed to "
            "extend the quay by forty metres.</p></article>"),
       "Quay",
       {},
       std::nullopt},
      {"a byline comes before a dateline's credit",
       page(R"(<meta name="author" content="Ana Ruiz"><title>Pier</title>)",
            "<article><p>Porthaven (dpa) \u2013 The pier will be extended, the board said on "
            "Tuesday.</p></article>"),
       "Pier",
       {"Ana Ruiz"},
       std::nullopt},
      {"double-escaped entities in metadata are decoded",
       page(R"(<meta property="og:title" content="Mayor&amp;#8217;s plan &amp;amp; budget">)",
            kBody),
       "Mayor\u2019s plan & budget",
       {},
       std::nullopt},
  };
  return cases;
}

class HtmlMetadataTest : public testing::TestWithParam<MetadataCase> {};

TEST_P(HtmlMetadataTest, ReadsFields) {
  const MetadataCase& c = GetParam();
  const Article article = read_html(c.html);
  EXPECT_EQ(article.format, "html");
  EXPECT_EQ(article.title, c.title);
  EXPECT_EQ(article.authors, c.authors);
  EXPECT_EQ(iso(article.published), c.published);
  EXPECT_EQ(iso(article.updated), c.updated);
}

INSTANTIATE_TEST_SUITE_P(Cases, HtmlMetadataTest, testing::ValuesIn(metadata_cases()),
                         [](const testing::TestParamInfo<MetadataCase>& param) {
                           std::string name;
                           for (const char* p = param.param.name; *p != '\0'; ++p)
                             name += std::isalnum(static_cast<unsigned char>(*p)) ? *p : '_';
                           return name;
                         });

TEST(HtmlReader, FillsSectionOutletLanguageUrlAndBody) {
  const Article article = read_html(
      R"(<html lang="en-GB"><head><link rel="canonical" href="https://news.example/quay">
      <meta property="og:site_name" content="Porthaven Post">
      <meta property="article:section" content="Local">
      <meta name="description" content="The quay is to grow by forty metres."></head><body>
      <nav><p>Home, News, Sport, Weather, and a long list of other sections</p></nav>
      <article><h1>Quay to be extended</h1>)" +
      kBody +
      R"(<figure><figcaption><p>The quay at dawn, seen from the harbour wall.</p></figcaption>
      </figure><div class="related"><p>Another story about the harbour and its quay.</p></div>
      </article><footer><p>Copyright Porthaven Post, all rights reserved, 2023.</p></footer>
      <script>var x = "<p>not text</p>";</script></body></html>)");
  EXPECT_EQ(article.language, "en");
  EXPECT_EQ(article.url, "https://news.example/quay");
  EXPECT_EQ(article.outlet, "Porthaven Post");
  EXPECT_EQ(article.section, "Local");
  EXPECT_EQ(article.standfirst, std::vector<std::string>{"The quay is to grow by forty metres."});
  EXPECT_EQ(article.paragraphs,
            (std::vector<std::string>{
                "The harbour board voted on Tuesday to extend the quay by forty metres.",
                "Work is to start in the spring, the board said, and to last two years."}));
  EXPECT_TRUE(article.warnings.empty());
}

// itemprop="articleBody" is a signal, not a verdict: it wins over a longer column elsewhere on the
// page when it holds at least a quarter as much text (body.h).
TEST(HtmlReader, ArticleBodyHintWins) {
  const Article article = read_html(page(
      "<title>Hint</title>",
      R"(<div><p>A long side column paragraph, with commas, and more commas, and words, and more.</p>
      <p>Another long side column paragraph, with commas, and more commas, and words, again.</p>
      <p>A third long side column paragraph, with commas, and more commas, and words, again.</p>
      </div><div itemprop="articleBody"><p>The real story is here, told in a sentence or two.</p>
      <p>It goes on in a second paragraph, shorter than the column.</p></div>)"));
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{
                                    "The real story is here, told in a sentence or two.",
                                    "It goes on in a second paragraph, shorter than the column."}));
}

TEST(HtmlReader, JsonLdArticleBodyWhenThePageHasNoParagraphs) {
  const Article article = read_html(page(
      R"(<script type="application/ld+json">{"@type":"NewsArticle","headline":"Short",
      "articleBody":"First paragraph.\nSecond paragraph."}</script>)",
      "<div>nothing here</div>"));
  EXPECT_EQ(article.paragraphs,
            (std::vector<std::string>{"First paragraph.", "Second paragraph."}));
}

// Broken input: each case must read without throwing and give valid, sensible fields.
TEST(HtmlReaderBroken, DeclaredWindows1252PoundSign) {
  const Article article = read_html(
      "<html><head><meta charset=\"windows-1252\"><title>Price \xA3"
      "5</title></head><body><p>It costs \xA3"
      "5 now, up from \xA3"
      "4.</p></body></html>");
  EXPECT_EQ(article.title,
            "Price \xC2\xA3"
            "5");
  ASSERT_EQ(article.paragraphs.size(), 1u);
  EXPECT_EQ(article.paragraphs[0],
            "It costs \xC2\xA3"
            "5 now, up from \xC2\xA3"
            "4.");
  ASSERT_FALSE(article.warnings.empty());
  EXPECT_EQ(article.warnings[0], "charset windows-1252 decoded");
}

TEST(HtmlReaderBroken, ShiftJisDeclaredAndEncoded) {
  // "日本" in Shift_JIS is 93 FA 96 7B.
  const Article article = read_html(
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">"
      "<title>\x93\xFA\x96\x7B</title></head><body></body></html>");
  EXPECT_EQ(article.title, "\xE6\x97\xA5\xE6\x9C\xAC");
}

TEST(HtmlReaderBroken, NulBytesDoNotCutThePage) {
  const std::string html = std::string("<html><head><title>Before") + '\0' +
                           "After</title></head><body><p>One" + '\0' + " two.</p></body></html>";
  const Article article = read_html(html);
  EXPECT_EQ(article.title, "BeforeAfter");
  EXPECT_EQ(article.paragraphs, std::vector<std::string>{"One two."});
}

TEST(HtmlReaderBroken, UnclosedTags) {
  const Article article =
      read_html("<html><head><title>Unclosed<body><div><p>First paragraph<p>Second paragraph");
  EXPECT_EQ(article.title, "Unclosed");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{"First paragraph", "Second paragraph"}));
}

TEST(HtmlReaderBroken, InvalidJsonLdIsIgnoredWithAWarning) {
  const Article article = read_html(page(
      R"(<script type="application/ld+json">{"@type":"NewsArticle","headline":</script>
      <meta property="og:title" content="Fallback title">)",
      kBody));
  EXPECT_EQ(article.title, "Fallback title");
  EXPECT_NE(
      std::find(article.warnings.begin(), article.warnings.end(), "invalid JSON-LD ignored (1)"),
      article.warnings.end());
}

TEST(HtmlReaderBroken, EmptyDocument) {
  const Article article = read_html("");
  EXPECT_EQ(article.format, "html");
  EXPECT_TRUE(article.title.empty());
  EXPECT_TRUE(article.paragraphs.empty());
  EXPECT_FALSE(article.published);
}

TEST(HtmlReaderBroken, NoBodyKeepsTitleAndWarns) {
  const Article article = read_html(page("<title>Only a title</title>", "<nav>Menu</nav>"));
  EXPECT_EQ(article.title, "Only a title");
  EXPECT_TRUE(article.paragraphs.empty());
  EXPECT_NE(std::find(article.warnings.begin(), article.warnings.end(),
                      "no article body found: indexed by title and metadata"),
            article.warnings.end());
}

TEST(HtmlReaderBroken, InvalidUtf8WithoutDeclarationIsDecodedAsWindows1252) {
  const Article article = read_html("<title>Caf\xE9</title>");
  EXPECT_EQ(article.title, "Caf\xC3\xA9");
}

struct SplitCase {
  const char* text;
  std::vector<std::string> names;
};

TEST(SplitAuthorNames, Cases) {
  const std::vector<SplitCase> cases = {
      {"By Jane Doe", {"Jane Doe"}},
      {"Ana Ruiz, Tom Lyle and Kim Lo", {"Ana Ruiz", "Tom Lyle", "Kim Lo"}},
      {"Lena Park und Omar Haddad", {"Lena Park", "Omar Haddad"}},
      {"Pat Doe, PhD", {"Pat Doe"}},
      {"AP", {"AP"}},
      {"Associated Press", {"Associated Press"}},
      {"https://social.example/jane", {}},
      {"jane@example.org", {}},
      {"Jane Doe @janedoe", {"Jane Doe"}},
      {"Jane Doe jane@example.org", {"Jane Doe"}},
      {"Sam Reed; sam reed", {"Sam Reed"}},
      {"", {}},
  };
  for (const auto& c : cases) EXPECT_EQ(split_author_names(c.text), c.names) << c.text;
}

}  // namespace
}  // namespace news
