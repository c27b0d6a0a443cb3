// news-serve's escaping and its API parameters (serve/html.h, serve/api.h): what reaches a page
// from an article or a request can never become markup, and a URL parameter is read exactly as
// news-query reads the option of that name.
#include <gtest/gtest.h>

#include "common/error.h"
#include "serve/api.h"
#include "serve/html.h"
#include "tests/case_name.h"

namespace news::serve {
namespace {

struct EscapeCase {
  std::string text;
  std::string html;
};

class EscapeHtml : public testing::TestWithParam<EscapeCase> {};

TEST_P(EscapeHtml, NeverMarkup) {
  EXPECT_EQ(escape_html(GetParam().text), GetParam().html);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, EscapeHtml,
    testing::Values(EscapeCase{"plain words", "plain words"},
                    EscapeCase{"<script>alert(1)</script>",
                               "&lt;script&gt;alert(1)&lt;/script&gt;"},
                    EscapeCase{"\" onmouseover=\"x", "&quot; onmouseover=&quot;x"},
                    EscapeCase{"it's & that", "it&apos;s &amp; that"},
                    EscapeCase{"Сергей Лавров", "Сергей Лавров"},
                    EscapeCase{std::string("bad \xFF byte"), "bad \xEF\xBF\xBD byte"},
                    EscapeCase{std::string("cut \xE2\x80", 6), "cut \xEF\xBF\xBD\xEF\xBF\xBD"},
                    EscapeCase{std::string("nul\0bell\x07 tab\t", 14), "nulbell tab\t"}));

TEST(SafeExternalHref, OnlyHttpAndHttps) {
  EXPECT_EQ(safe_external_href("https://example.org/a?b=1&c=2"),
            "https://example.org/a?b=1&amp;c=2");
  EXPECT_EQ(safe_external_href("HTTP://example.org/"), "HTTP://example.org/");
  for (const char* hostile :
       {"javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:x", "data:text/html,<script>",
        "vbscript:x", "//evil.example/", "https:\"><script>"}) {
    const std::string href = safe_external_href(hostile);
    EXPECT_TRUE(href.empty() || href.find('<') == std::string::npos) << hostile;
    EXPECT_TRUE(href.empty() || href.starts_with("https:")) << hostile;
  }
}

TEST(Href, EncodesEveryParameter) {
  EXPECT_EQ(href("/", {{"q", "speaker:\"Сергей\" & <b>"}, {"filter", "date:2023"}}),
            "/?q=speaker%3A%22%D0%A1%D0%B5%D1%80%D0%B3%D0%B5%D0%B9%22%20%26%20%3Cb%3E&amp;"
            "filter=date%3A2023");
  EXPECT_EQ(href("/article/0123456789abcdef", {}), "/article/0123456789abcdef");
}

TEST(Highlighted, MarksMatchesAndEscapesTheRest) {
  const std::string snippet = std::string("a <b> ") + std::string(kHighlightStart) + "tram" +
                              std::string(kHighlightEnd) + " & " + std::string(kHighlightStart) +
                              "<x>";
  EXPECT_EQ(highlighted(snippet), "a &lt;b&gt; <mark>tram</mark> &amp; <mark>&lt;x&gt;</mark>");
  EXPECT_EQ(highlighted(std::string(kHighlightEnd) + "x"), "x");  // an end without a start
}

struct ApiCase {
  std::string what;
  Params params;
  bool refused;
};

class ApiParameters : public testing::TestWithParam<ApiCase> {};

TEST_P(ApiParameters, ReadAsNewsQueryReadsItsOptions) {
  const ApiCase& c = GetParam();
  if (c.refused) {
    EXPECT_THROW(api_command(ApiRoute::kSearch, c.params), UsageError) << c.what;
  } else {
    EXPECT_NO_THROW(api_command(ApiRoute::kSearch, c.params)) << c.what;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ApiParameters,
    testing::Values(
        ApiCase{"a query and paging", {{"q", "tram"}, {"limit", "20"}, {"offset", "40"}}, false},
        ApiCase{"facets repeat", {{"facet", "speaker"}, {"facet", "year"}}, false},
        ApiCase{"flags", {{"recent", ""}, {"collapse", "1"}, {"quotes", "off"}}, false},
        ApiCase{"a query starting with a dash", {{"q", "-tram"}}, false},
        ApiCase{"an unknown parameter", {{"colour", "red"}}, true},
        ApiCase{"the database is the server's", {{"db", "/etc"}}, true},
        ApiCase{"no file is read", {{"batch", "/etc/passwd"}}, true},
        ApiCase{"no file is written", {{"plot", "/tmp/x.svg"}}, true},
        ApiCase{"no path is shown", {{"show", "/etc/passwd"}}, true},
        ApiCase{"the format is JSON", {{"format", "csv"}}, true},
        ApiCase{"not every match", {{"all", ""}}, true},
        ApiCase{"a flag's value", {{"recent", "maybe"}}, true},
        ApiCase{"a value news-query refuses", {{"sort", "sideways"}}, true},
        ApiCase{"too many results", {{"limit", "1001"}}, true},
        ApiCase{"a query too long", {{"q", std::string(4097, 'a')}}, true}),
    testing_support::case_name<ApiCase>);

TEST(ApiParameters, FillTheCommand) {
  const QueryCommand command = api_command(
      ApiRoute::kSearch,
      {{"q", "tram"}, {"limit", "20"}, {"facet", "speaker"}, {"facet", "year"}, {"recent", "1"}});
  EXPECT_EQ(command.search.query, "tram");
  EXPECT_EQ(command.search.limit, 20u);
  EXPECT_EQ(command.search.facets.size(), 2u);
  EXPECT_TRUE(command.recent);
  EXPECT_EQ(command.format, OutputFormat::kJson);
  const QueryCommand people = api_command(ApiRoute::kPeople, {{"q", "tram"}});
  EXPECT_TRUE(people.people);
  const QueryCommand histogram = api_command(ApiRoute::kHistogram, {{"q", "tram"}});
  EXPECT_EQ(histogram.search.histogram, HistogramInterval::kMonth);
  EXPECT_EQ(histogram.search.limit, 0u);
}

// A refusal names the parameter as the request wrote it, not news-query's option.
TEST(ApiParameters, RefusalsNameTheParameter) {
  const auto message = [](ApiRoute route, const Params& params) -> std::string {
    try {
      api_command(route, params);
    } catch (const UsageError& e) {
      return e.what();
    }
    return "(accepted)";
  };
  EXPECT_EQ(
      message(ApiRoute::kSearch, {{"q", "tram"}, {"limit", "abc"}}).rfind("parameter limit: ", 0),
      0u);
  EXPECT_EQ(message(ApiRoute::kSearch, {{"sort", "sideways"}}).rfind("parameter sort: ", 0), 0u);
  for (const char* name : {"limit", "offset"}) {
    const std::string refused = message(ApiRoute::kHistogram, {{"q", "tram"}, {name, "5"}});
    EXPECT_EQ(
        refused.rfind(std::string("parameter ") + name + " does not go with /api/histogram", 0), 0u)
        << refused;
  }
}

TEST(ArticleCommand, OnlyAnArticleId) {
  EXPECT_EQ(article_command("0123456789abcdef").show, "0123456789abcdef");
  for (const char* bad : {"", "../../etc/passwd", "README", "0123456789ABCDEF", "0123456789abcde",
                          "0123456789abcdef0", "/tmp/x"})
    EXPECT_THROW(article_command(bad), UsageError) << bad;
}

}  // namespace
}  // namespace news::serve
