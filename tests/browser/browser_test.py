#!/usr/bin/env python3
"""browser_test.py SUITE --port-file FILE --out DIR: news-serve's pages in a browser (issue 18).

Debian's Chromium, headless, driven through Debian's chromedriver by Debian's python3-selenium; the
driver's path is given, so Selenium Manager never runs and nothing is downloaded.

SUITE is one of:
  search   over the corpus database's server (tests/e2e/serve_start.sh): the search box found by its
           label and reached with the keyboard alone (Tab, type, Enter); the results heading and
           titles against /api/search; the pager; a "People quoted" facet (filter shown, count falls
           to the facet's count) and its removal; a bar of the chart (a date: filter, the bar's
           count); an article page (quotes marked, people listed); a person page (spellings, a
           chart). Every page also gets the accessibility basics: labels on every control,
           landmarks, html[lang], a <title> on every SVG chart, text contrast of at least 4.5:1,
           unique ids, one <h1>, counts that read right ("1 article") and no sideways scrolling
           at 320 px wide.
  hostile  over a server of tests/data/hostile (articles whose every field carries markup and
           script): the search, facet, article and person pages, and reflected query parameters. No
           payload runs (window.__pwned undefined, no alert, the title unchanged) although the
           page's Content-Security-Policy is bypassed, so that what is tested is the escaping; no
           script, event handler or javascript:/data: link is in the DOM; the payloads are visible,
           as text, exactly as stored, and fit 320 px wide; the highlight control characters make
           no marks. Then once more with the policy in force: the browser reports no violation of
           it.

A screenshot of each step is kept in DIR (their paths are printed). Exits 0 when every check
passes, 1 when one fails (each failure printed), 77 when Chromium, chromedriver or selenium is
missing (skipped, saying which).
"""
import argparse
import json
import os
import re
import sys
import time
import urllib.parse
import urllib.request

SKIP = 77


def skip(reason):
    print(f"browser_test: skipped: {reason}")
    sys.exit(SKIP)


try:
    from selenium import webdriver
    from selenium.common.exceptions import (NoAlertPresentException, TimeoutException,
                                            UnexpectedAlertPresentException)
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait
except ImportError:
    skip("python3-selenium is not installed (apt-get install python3-selenium)")


class Checks:
    """Collects failures so that one run reports all of them, and the screenshots of the steps."""

    def __init__(self, out_dir):
        self.failures = []
        self.out_dir = out_dir
        self.shots = []

    def check(self, condition, message):
        if not condition:
            self.failures.append(message)
            print(f"FAIL: {message}")
        return condition

    def shot(self, driver, name):
        path = os.path.join(self.out_dir, f"{len(self.shots) + 1:02d}-{name}.png")
        driver.save_screenshot(path)
        self.shots.append(path)
        print(f"screenshot: {path}")


def start_browser(chromium, driver_path):
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    # --no-sandbox: the tests may run as root (a container), where Chromium's sandbox cannot start.
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,1000", "--lang=en", "--no-first-run"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(executable_path=driver_path), options=options)


def navigate(driver, action):
    """Runs `action` (a click, a key) and waits until the next page has loaded."""
    driver.execute_script("window.__before_navigation = true;")
    action()
    WebDriverWait(driver, 10).until(lambda d: d.execute_script(
        "return window.__before_navigation === undefined && document.readyState === 'complete';"))


def get_json(base, path, params=None):
    url = base + path + ("?" + urllib.parse.urlencode(params) if params else "")
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.load(response)


def heading_count(driver):
    """The number of the results heading ("28 articles", "About 30 articles")."""
    text = driver.find_element(By.TAG_NAME, "h1").text
    match = re.fullmatch(r"(?:About )?(\d+) articles?", text)
    return int(match.group(1)) if match else None


def hit_titles(driver):
    return [a.text for a in driver.find_elements(By.CSS_SELECTOR, "ol.hits h2 a")]


def filters_shown(driver):
    return [s.text for s in driver.find_elements(By.CSS_SELECTOR, "ul.filters li span")]


# --- accessibility basics --------------------------------------------------------------------

# WCAG 2 contrast of each element's text against the background it is drawn on (the first opaque
# background-color of its ancestors, translucent ones blended in), from getComputedStyle. Returns
# the lowest ratio of each group, with the element that has it.
CONTRAST_JS = r"""
const groups = arguments[0];
function parse(c) {
  const m = c.match(/rgba?\(([^)]*)\)/);
  if (!m) return null;
  const p = m[1].split(/[\s,\/]+/).filter(Boolean).map(Number);
  return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
}
function over(top, below) { return [0, 1, 2].map(k => top[k] * top[3] + below[k] * (1 - top[3])); }
function background(el) {
  const layers = [];
  for (let e = el; e; e = e.parentElement) {
    const c = parse(getComputedStyle(e).backgroundColor);
    if (c && c[3] > 0) { layers.push(c); if (c[3] >= 1) break; }
  }
  let colour = [255, 255, 255];  // the canvas
  for (let i = layers.length - 1; i >= 0; --i) colour = over(layers[i], colour);
  return colour;
}
function luminance(c) {
  const f = v => {
    v /= 255;
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]);
}
const result = {};
for (const [name, selector] of Object.entries(groups)) {
  let lowest = null;
  for (const el of document.querySelectorAll(selector)) {
    if (!el.textContent.trim()) continue;
    const bg = background(el);
    const fg = over(parse(getComputedStyle(el).color), bg);
    const a = luminance(fg), b = luminance(bg);
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    if (!lowest || ratio < lowest.ratio)
      lowest = {ratio, element: el.outerHTML.slice(0, 80), fg: fg.map(Math.round),
                bg: bg.map(Math.round)};
  }
  result[name] = lowest;
}
return result;
"""

CONTRAST_GROUPS = {
    "main text": "body, main p, main li, main h1, main h2, dd, dt, label",
    "links": "a",
    "muted text": ".meta, .count, .help, figcaption, .reading, footer, footer p",
    "marks": "mark, .quote, blockquote",
    "buttons": "button",
}

# Form controls without a label: a <label> (for= or around it), aria-label or aria-labelledby.
UNLABELLED_JS = r"""
const bad = [];
for (const el of document.querySelectorAll('input, select, textarea')) {
  if (el.type === 'hidden') continue;
  const by = (el.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean);
  const named = (el.labels && el.labels.length > 0) || el.getAttribute('aria-label') ||
                (by.length > 0 && by.every(id => document.getElementById(id)));
  if (!named) bad.push(el.outerHTML.slice(0, 80));
}
for (const el of document.querySelectorAll('button'))
  if (!el.textContent.trim() && !el.getAttribute('aria-label')) bad.push(el.outerHTML.slice(0, 80));
return bad;
"""

# SVG charts without a title: a <title> first child with text, and aria-labelledby naming elements
# that exist.
UNTITLED_SVG_JS = r"""
const bad = [];
for (const svg of document.querySelectorAll('svg')) {
  const title = svg.querySelector(':scope > title');
  const ids = (svg.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean);
  if (!title || !title.textContent.trim() || !ids.every(id => document.getElementById(id)))
    bad.push(svg.outerHTML.slice(0, 80));
}
return bad;
"""


def reflows(driver, checks, page, shot=None):
    """WCAG 1.4.10 (reflow): at 320 CSS pixels wide the page scrolls only vertically, however long
    a word or URL it shows."""
    size = driver.get_window_size()
    driver.set_window_size(320, size["height"])
    try:
        scroll, client = driver.execute_script(
            "const e = document.documentElement; return [e.scrollWidth, e.clientWidth];")
        checks.check(scroll <= client, f"{page}: at 320 px wide it is {scroll} px wide: "
                     "it scrolls sideways")
        if shot:
            checks.shot(driver, shot)
    finally:
        driver.set_window_size(size["width"], size["height"])


def accessibility(driver, checks, page, landmarks):
    """The accessibility basics of the page open in the browser."""
    lang = driver.execute_script("return document.documentElement.getAttribute('lang');")
    checks.check(bool(lang), f"{page}: <html> has no lang")
    unlabelled = driver.execute_script(UNLABELLED_JS)
    checks.check(not unlabelled, f"{page}: form controls without a label: {unlabelled}")
    for name, selector in landmarks.items():
        checks.check(len(driver.find_elements(By.CSS_SELECTOR, selector)) >= 1,
                     f"{page}: no {name} landmark ({selector})")
    checks.check(len(driver.find_elements(By.TAG_NAME, "main")) == 1, f"{page}: not one <main>")
    ids = driver.execute_script(
        "return Array.from(document.querySelectorAll('[id]'), e => e.id);")
    checks.check(len(ids) == len(set(ids)), f"{page}: ids used twice: "
                 f"{sorted({i for i in ids if ids.count(i) > 1})}")
    checks.check(len(driver.find_elements(By.TAG_NAME, "h1")) == 1, f"{page}: not one <h1>")
    dangling = driver.execute_script(
        "return Array.from(document.querySelectorAll('a[href^=\"#\"]'), a => a.hash)"
        ".filter(h => !document.getElementById(h.slice(1)));")
    checks.check(not dangling, f"{page}: links to no element: {dangling}")
    # The charts' bar titles are read out: "1 article", not "1 articles".
    text = driver.execute_script("return document.body.textContent;")
    plural = re.findall(r"(?<![\d.,])1 (?:articles|quotes)\b", text)
    checks.check(not plural, f"{page}: '1 articles' or '1 quotes' ({len(plural)} times)")
    reflows(driver, checks, page)
    untitled = driver.execute_script(UNTITLED_SVG_JS)
    checks.check(not untitled, f"{page}: SVG charts without a <title>: {untitled}")
    for group, lowest in driver.execute_script(CONTRAST_JS, CONTRAST_GROUPS).items():
        if lowest is None:
            continue
        checks.check(lowest["ratio"] >= 4.5,
                     f"{page}: {group} contrast {lowest['ratio']:.2f}:1 < 4.5:1 "
                     f"(rgb{tuple(lowest['fg'])} on rgb{tuple(lowest['bg'])}: {lowest['element']})")


SEARCH_LANDMARKS = {"banner": "body > header", "search": "form[role=search]", "main": "main",
                    "complementary": "aside[aria-label]", "contentinfo": "body > footer"}
PAGE_LANDMARKS = {"banner": "body > header", "search": "form[role=search]", "main": "main"}


# --- the search suite ------------------------------------------------------------------------

def search_suite(driver, base, checks):
    query = "minister"  # 28 articles of corpus/: more than a page of 20, several people quoted
    driver.get(base + "/")
    checks.shot(driver, "home")
    accessibility(driver, checks, "/", SEARCH_LANDMARKS)

    # The search box, found by its label and reached with the keyboard alone.
    label = driver.find_element(By.XPATH, "//label[normalize-space()='Search the archive']")
    box = driver.find_element(By.ID, label.get_attribute("for"))
    body = driver.find_element(By.TAG_NAME, "body")
    tabs = 0
    while tabs < 10 and driver.switch_to.active_element != box:
        (driver.switch_to.active_element if tabs else body).send_keys(Keys.TAB)
        tabs += 1
    checks.check(driver.switch_to.active_element == box,
                 "the search box cannot be reached with Tab from the top of the page")
    print(f"the search box is reached with {tabs} presses of Tab")
    outline = driver.execute_script(
        "const s = getComputedStyle(arguments[0]); return [s.outlineStyle, s.outlineWidth];", box)
    checks.check(outline[0] != "none" and outline[1] != "0px",
                 f"the focused search box shows no outline: {outline}")
    navigate(driver, lambda: driver.switch_to.active_element.send_keys(query + Keys.ENTER))
    checks.shot(driver, "results")
    checks.check(urllib.parse.parse_qs(urllib.parse.urlsplit(driver.current_url).query).get("q")
                 == [query], f"Enter did not search for {query}: {driver.current_url}")
    api = get_json(base, "/api/search", {"q": query, "limit": 20})
    total = heading_count(driver)
    checks.check(total == api["total"],
                 f"the heading says {total} articles, the API {api['total']}")
    expected = [hit["title"] or "(no title)" for hit in api["results"]]
    checks.check(hit_titles(driver) == expected,
                 f"the titles differ from /api/search: {hit_titles(driver)} != {expected}")
    checks.check(driver.find_element(By.ID, "q").get_attribute("value") == query,
                 "the search box does not keep the query")
    accessibility(driver, checks, f"/?q={query}",
                  dict(SEARCH_LANDMARKS, navigation="nav[aria-label]"))

    # The pager: the next page starts at 21, and Previous comes back.
    pager = driver.find_elements(By.CSS_SELECTOR, "nav.pager a[rel=next]")
    if total > 20 and checks.check(pager, "more than 20 results but no Next link"):
        navigate(driver, pager[0].click)
        checks.shot(driver, "next-page")
        second = get_json(base, "/api/search", {"q": query, "limit": 20, "offset": 20})
        checks.check(hit_titles(driver) == [h["title"] or "(no title)" for h in second["results"]],
                     "the second page's titles differ from /api/search offset=20")
        checks.check(driver.find_element(By.CSS_SELECTOR, "ol.hits").get_attribute("start") == "21",
                     "the second page is not numbered from 21")
        checks.check(f"Results 21 to {total} of {total}" in driver.find_element(
            By.CSS_SELECTOR, "nav.pager").text, "the pager does not say Results 21 to the end")
        navigate(driver, driver.find_element(By.CSS_SELECTOR, "nav.pager a[rel=prev]").click)
        checks.check(hit_titles(driver) == expected, "Previous does not come back to page one")

    # A facet of "People quoted": the filter shows, and the count falls to the facet's.
    people = driver.find_element(By.XPATH, "//aside//section[h2='People quoted']")
    link = people.find_element(By.CSS_SELECTOR, "li a")
    person = link.text
    facet_count = int(link.find_element(By.XPATH, "following-sibling::span[@class='count']").text)
    navigate(driver, link.click)
    checks.shot(driver, "facet-person")
    shown = filters_shown(driver)
    checks.check(len(shown) == 1 and shown[0].startswith(("person:", "speaker:")),
                 f"the facet {person} shows no person filter: {shown}")
    narrowed = heading_count(driver)
    checks.check(narrowed is not None and narrowed < total and narrowed == facet_count,
                 f"the facet {person} ({facet_count}) gave {narrowed} of {total} articles")
    speakers = [p.text for p in driver.find_elements(By.CSS_SELECTOR, "ol.hits .speakers")]
    checks.check(len(speakers) == narrowed, f"not every result under {person} quotes someone")
    accessibility(driver, checks, "a facet filter", SEARCH_LANDMARKS)
    navigate(driver, driver.find_element(By.CSS_SELECTOR, "ul.filters a").click)
    checks.shot(driver, "facet-removed")
    checks.check(not filters_shown(driver) and heading_count(driver) == total,
                 "removing the filter does not bring back every result")

    # A bar of the chart: a date: filter of its month, with the bar's count.
    bars = driver.find_elements(By.CSS_SELECTOR, "figure.chart svg a")
    checks.check(len(bars) > 1, "the results have no chart of bars")
    bar = next(b for b in bars
               if not b.find_element(By.TAG_NAME, "title").get_attribute("textContent")
               .endswith(": 0 articles"))
    bar_title = bar.find_element(By.TAG_NAME, "title").get_attribute("textContent")
    month, count = re.match(r"(\d{4}-\d{2}): (\d+) article", bar_title).groups()
    navigate(driver, bar.find_element(By.CSS_SELECTOR, "rect.hit").click)
    checks.shot(driver, "chart-bar")
    checks.check(filters_shown(driver) == [f"date:{month}"],
                 f"the bar of {month} shows {filters_shown(driver)}, not date:{month}")
    checks.check(heading_count(driver) == int(count),
                 f"the bar of {month} says {count} articles, the page {heading_count(driver)}")
    navigate(driver, driver.find_element(By.CSS_SELECTOR, "ul.filters a").click)

    # A result: its article page marks the quotes and lists the people.
    navigate(driver, link_to(driver, "//aside//section[h2='People quoted']//li/a", person).click)
    first = driver.find_element(By.CSS_SELECTOR, "ol.hits h2 a")
    title = first.text
    navigate(driver, first.click)
    checks.shot(driver, "article")
    checks.check(driver.find_element(By.TAG_NAME, "h1").text == title,
                 f"the article page's heading is not {title!r}")
    quotes = driver.find_elements(By.CSS_SELECTOR, "section.body .quote")
    checks.check(quotes, "the article page marks no quote")
    checks.check(all(q.get_attribute("title") for q in quotes), "a marked quote names no speaker")
    listed = driver.find_elements(By.XPATH, "//section[h2='People quoted']//li")
    checks.check(listed, "the article page lists nobody quoted")
    accessibility(driver, checks, "an article page", PAGE_LANDMARKS)

    # A person: spellings and a chart.
    navigate(driver, link_to(driver, "//section[h2='People quoted']//li/a", person).click)
    checks.shot(driver, "person")
    checks.check(driver.find_element(By.TAG_NAME, "h1").text == person,
                 f"the person page's heading is not {person!r}")
    spellings = driver.find_elements(By.XPATH, "//section[h2='Spellings']//li")
    checks.check(len(spellings) >= 1, f"the person page of {person} lists no spellings")
    charts = driver.find_elements(By.CSS_SELECTOR, "main .chart svg")
    checks.check(len(charts) == 1, f"the person page of {person} has no chart")
    accessibility(driver, checks, "a person page", PAGE_LANDMARKS)

    # The query language's page, linked from the search box's help.
    navigate(driver, driver.find_element(By.LINK_TEXT, "query language").click)
    checks.shot(driver, "help")
    checks.check(driver.find_element(By.TAG_NAME, "h1").text == "The query language",
                 "the help link does not open the query language")
    accessibility(driver, checks, "/help", {"banner": "body > header", "main": "main"})


def link_to(driver, xpath, text):
    """The first link of `xpath` whose text is `text` (a person's name in a list)."""
    for link in driver.find_elements(By.XPATH, xpath):
        if link.text == text:
            return link
    raise AssertionError(f"no link {text!r} at {xpath}")


# --- the hostile suite -----------------------------------------------------------------------

# What the page holds that could run: scripts, event-handler attributes, javascript: and data:
# URLs (the data:, favicon is the page's own), elements that load or embed something.
RUNNABLE_JS = r"""
const found = [];
for (const el of document.querySelectorAll('*')) {
  const tags = ['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'IMG', 'STYLE', 'BASE', 'FORM'];
  if (tags.includes(el.tagName) &&
      !(el.tagName === 'FORM' && el.getAttribute('role') === 'search'))
    found.push('<' + el.tagName.toLowerCase() + '>');
  for (const attr of el.attributes) {
    const value = attr.value.trim().toLowerCase();
    if (attr.name.toLowerCase().startsWith('on')) found.push(el.tagName + '@' + attr.name);
    if (['href', 'src', 'action', 'xlink:href', 'formaction'].includes(attr.name.toLowerCase()) &&
        (value.startsWith('javascript:') || value.startsWith('data:')) &&
        !(el.tagName === 'LINK' && el.rel === 'icon' && value === 'data:,'))
      found.push(el.tagName + '@' + attr.name + '=' + value.slice(0, 40));
  }
  if (el.tagName.toLowerCase() === 'svg' && !el.closest('figure.chart, div.chart'))
    found.push('<svg> outside a chart');
}
return found;
"""


def no_alert(driver):
    try:
        alert = driver.switch_to.alert
        text = alert.text
        alert.dismiss()
        return f"an alert is open: {text!r}"
    except NoAlertPresentException:
        return None


def nothing_ran(driver, checks, page):
    """Checks that no payload ran on the page open in the browser, and none is in its DOM."""
    alert = no_alert(driver)
    checks.check(alert is None, f"{page}: {alert}")
    try:
        pwned = driver.execute_script("return window.__pwned;")
        title = driver.execute_script("return document.title;")
        runnable = driver.execute_script(RUNNABLE_JS)
    except UnexpectedAlertPresentException as e:
        checks.check(False, f"{page}: an alert is open: {e}")
        return
    checks.check(pwned is None, f"{page}: a payload ran: window.__pwned = {pwned!r}")
    checks.check(title == "News archive" or title.endswith(" - News archive"),
                 f"{page}: the title was changed to {title!r}")
    checks.check(not runnable, f"{page}: the DOM holds what could run: {runnable}")


def text_of(driver, selector):
    return [e.get_attribute("textContent") for e in driver.find_elements(By.CSS_SELECTOR, selector)]


def hostile_pages(driver, base, checks, bypass):
    """Every page over the hostile articles, checked; returns how many were opened."""
    opened = 0
    label = "without the policy" if bypass else "with the policy"

    def visit(path, name=None):
        nonlocal opened
        driver.get(base + path)
        opened += 1
        nothing_ran(driver, checks, f"{path} ({label})")
        if name and bypass:
            checks.shot(driver, name)
        if bypass:  # long unbroken payloads fit a phone's width too
            reflows(driver, checks, path, name + "-narrow" if name else None)

    # The search pages: titles, authors and snippets as text, exactly as stored.
    visit("/?q=zqxhostile", "hostile-search")
    api = get_json(base, "/api/search", {"q": "zqxhostile", "limit": 20})
    checks.check(api["total"] == 6 and heading_count(driver) == 6,
                 f"the hostile search found {heading_count(driver)} articles, not 6")
    checks.check(hit_titles(driver) == [h["title"] for h in api["results"]],
                 "the hostile titles are not shown as stored")
    metas = " ".join(text_of(driver, "ol.hits .meta"))
    for hit in api["results"]:
        for author in hit["authors"]:
            checks.check(author in metas, f"the author {author!r} is not shown as text")
    facet_links = [(a.get_attribute("href"),
                    int(a.find_element(By.XPATH, "following-sibling::span").text))
                   for a in driver.find_elements(By.CSS_SELECTOR, "aside a")]
    article_links = [a.get_attribute("href")
                     for a in driver.find_elements(By.CSS_SELECTOR, "ol.hits h2 a")]
    facet_values = text_of(driver, "aside li a")
    for value in ("<script>window.__pwned='json-section'</script>",
                  "\"><svg onload=\"window.__pwned='html-section'\">"):
        checks.check(value in facet_values, f"the facet value {value!r} is not shown as text")

    # The highlight control characters of the articles make no marks.
    visit("/?q=zqxmarks", "hostile-marks")
    marks = [m.lower() for m in text_of(driver, "mark")]
    checks.check(marks and set(marks) == {"zqxmarks"}, f"marks other than the query's: {marks}")
    checks.check("forged" in " ".join(text_of(driver, ".snippet")),
                 "the text around the control characters is missing from the snippets")

    # Every facet link, every article and every person of them; each link of a value finds the
    # articles the facet counted, a value holding '"', '<' or "'" too.
    for href, count in facet_links:
        visit(urllib.parse.urlsplit(href).path + "?" + urllib.parse.urlsplit(href).query)
        checks.check(heading_count(driver) == count,
                     f"the facet link {href} finds {heading_count(driver)} articles, not {count}")
    person_links = set()
    author_links = set()
    for href in article_links:
        path = urllib.parse.urlsplit(href).path
        visit(path, "hostile-article" if not person_links else None)
        stored = get_json(base, "/api" + path)
        article = stored["articles"][0] if "articles" in stored else stored
        checks.check(driver.find_element(By.TAG_NAME, "h1").get_attribute("textContent")
                     == article["title"], f"{path}: the title is not shown as stored")
        checks.check(text_of(driver, "section.body p") == article["paragraphs"],
                     f"{path}: the paragraphs are not shown as stored")
        shown_quotes = text_of(driver, "section.body .quote")
        for quote in article["quotes"]:
            checks.check(quote["text"] in shown_quotes or not quote["direct"],
                         f"{path}: the quote {quote['text']!r} is not marked as text")
        meta = driver.find_element(By.CSS_SELECTOR, "dl.meta").get_attribute("textContent")
        for key in ("section", "outlet"):
            checks.check(article[key] in meta, f"{path}: the {key} {article[key]!r} is not shown")
        if article["url"].startswith("https://"):
            source = driver.find_elements(By.CSS_SELECTOR, "dl.meta a[rel~=noopener]")
            checks.check(source and source[0].get_attribute("href").startswith("https://"),
                         f"{path}: the article's https URL is not its source link")
        person_links.update(a.get_attribute("href") for a in driver.find_elements(
            By.CSS_SELECTOR, "main a[href^='/person/']"))
        author_links.update(a.get_attribute("href") for a in driver.find_elements(
            By.CSS_SELECTOR, "dl.meta a[href^='/?q=byline']"))
    checks.check(person_links, "no person page is linked from the hostile articles")
    for href in sorted(author_links):  # an author's link finds at least their article
        visit(urllib.parse.urlsplit(href).path + "?" + urllib.parse.urlsplit(href).query)
        checks.check((heading_count(driver) or 0) >= 1, f"the author link {href} finds nothing")
    for href in sorted(person_links):
        visit(urllib.parse.urlsplit(href).path, "hostile-person" if "okuill" in href else None)
        checks.check(text_of(driver, ".quotes blockquote"), f"{href}: no latest quotes shown")
        if "okuill" in href:  # Ada O'Quill, quoted in two months: the name in a chart
            checks.check(driver.find_elements(By.CSS_SELECTOR, "main .chart svg > title"),
                         f"{href}: no chart")
            chart = driver.find_element(By.CSS_SELECTOR, "main .chart svg")
            checks.check("Ada O'Quill" in chart.get_attribute("textContent"),
                         f"{href}: the chart does not name Ada O'Quill")

    # What a request reflects: the query, a filter, a path.
    payload = "\"><svg onload=\"window.__pwned='reflected'\"><script>window.__pwned=1</script>"
    encode = urllib.parse.urlencode
    for path in ("/?" + encode({"q": payload}),
                 "/?" + encode({"q": "zqxhostile", "filter": payload}),
                 "/?" + encode({"q": "zqxhostile AND " + payload}),
                 "/?" + encode({"q": "zqxhostile", "filter": payload, "explain": 1}),
                 "/article/" + urllib.parse.quote(payload, safe=""),
                 "/person/" + urllib.parse.quote(payload, safe="")):
        visit(path, "hostile-reflected" if path.startswith("/?q=%22") else None)
        if path.startswith("/?"):
            checks.check(driver.find_element(By.ID, "q").get_attribute("value")
                         == urllib.parse.parse_qs(path[2:])["q"][0],
                         f"{path}: the search box does not hold the query as typed")
    return opened


def hostile_suite(driver, base, checks):
    # The check itself: with the policy bypassed, an injected handler does run.
    driver.execute_cdp_cmd("Page.setBypassCSP", {"enabled": True})
    driver.get(base + "/")
    driver.execute_script("document.body.insertAdjacentHTML('beforeend', "
                          "'<img src=\"/no-such\" onerror=\"window.__pwned=1\">');")
    try:  # the handler runs when the image's request has failed
        WebDriverWait(driver, 5).until(lambda d: d.execute_script("return window.__pwned;") == 1)
    except TimeoutException:
        pass
    if not checks.check(driver.execute_script("return window.__pwned;") == 1,
                        "an injected handler did not run with the policy bypassed: "
                        "the checks below would prove nothing"):
        return
    opened = hostile_pages(driver, base, checks, bypass=True)
    driver.execute_cdp_cmd("Page.setBypassCSP", {"enabled": False})
    driver.get_log("browser")  # drop what came before
    opened += hostile_pages(driver, base, checks, bypass=False)
    violations = [e["message"] for e in driver.get_log("browser")
                  if "Content Security Policy" in e["message"]]
    checks.check(not violations, f"the policy blocked something: {violations[:3]}")
    print(f"opened {opened} pages over the hostile articles")


def first_line(error):
    """An exception's message without the driver's stack trace."""
    lines = str(error).strip().splitlines()
    return lines[0] if lines else ""


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("suite", choices=("search", "hostile"))
    parser.add_argument("--port-file", required=True, help="the port file of serve_start.sh")
    parser.add_argument("--out", required=True, help="where the screenshots go")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--driver", default="/usr/bin/chromedriver")
    args = parser.parse_args()
    for path, package in ((args.chromium, "chromium"), (args.driver, "chromium-driver")):
        if not os.access(path, os.X_OK):
            skip(f"{path} is missing (apt-get install {package})")
    with open(args.port_file, encoding="utf-8") as f:
        base = f"http://127.0.0.1:{f.read().strip()}"
    out = os.path.join(args.out, args.suite)
    os.makedirs(out, exist_ok=True)
    for name in os.listdir(out):  # no screenshot of an earlier run is taken for one of this run
        if name.endswith(".png"):
            os.remove(os.path.join(out, name))
    checks = Checks(out)
    started = time.monotonic()
    try:
        driver = start_browser(args.chromium, args.driver)
    except Exception as e:  # installed but not starting: a failure to see, not a skip
        print(f"FAIL: Chromium did not start through {args.driver}: {first_line(e)}")
        return 1
    try:
        (search_suite if args.suite == "search" else hostile_suite)(driver, base, checks)
    except Exception as e:  # a step that cannot go on: reported as a failure, with a screenshot
        checks.check(False, f"{type(e).__name__}: {first_line(e)}")
        try:
            checks.shot(driver, "failed")
        except Exception:
            pass
    finally:
        driver.quit()
    seconds = time.monotonic() - started
    if checks.failures:
        print(f"{len(checks.failures)} checks failed ({seconds:.1f} s)")
        return 1
    print(f"every check passed in {seconds:.1f} s; {len(checks.shots)} screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
