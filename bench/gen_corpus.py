#!/usr/bin/env python3
"""Writes a deterministic, seeded corpus of generated news articles for benchmarks (issue 7).

    bench/gen_corpus.py --out DIR --count N [--seed S] [--layout text|html|jsonl|mixed]
                        [--per-dir 100] [--source DIR]

Every article has a headline, one to three bylined authors, a publication date and time (and
sometimes an update), and 6 to 20 body paragraphs of which several quote named people, with a role,
in the forms news text uses ('"...," said Jane Doe, the council's finance chief.' and 'Doe said
...'). Body sentences are drawn from the *.txt articles under --source (the BBC set at
../shared/corpora/bbc when it is there) or, without one, from a built-in vocabulary, so that word
frequencies look like news rather than noise.

Layouts, as news-index reads them:
  text   one .txt file per article: headline, byline, "Published:" line, body (the reference layout)
  html   one .html page per article: JSON-LD NewsArticle, <h1>, byline and <time> markup, <p> body
  jsonl  JSON Lines files of up to 10,000 records each, in the project's own input schema
  mixed  the three in turn

Files go into date directories (YYYY/MM/DD) of --per-dir articles each, as archives are laid out.
The same arguments always give the same bytes (the generator uses its own seeded random stream and
sorts every directory listing it reads), so runs can be compared; --count only adds articles at the
end. Prints a one-line summary on stderr. Exit codes: 0 done, 2 usage error.
"""

import argparse
import datetime
import html
import json
import os
import random
import re
import sys

FIRST = ["Maren", "Tobias", "Ines", "Aled", "Bethan", "Halvard", "Irina", "Gwen", "Tomas", "Ada",
         "Selin", "Ruairi", "Oskar", "Priya", "Noor", "Esther", "Dafydd", "Lucia", "Kwame", "Ilse",
         "Marek", "Yara", "Soren", "Fenna", "Anouk", "Callum", "Rhiannon", "Matteo", "Zofia", "Emre"]
LAST = ["Holloway", "Reinholt", "Calloway", "Pryce", "Coldridge", "Brekke", "Castellan", "Tallis",
        "Ekdahl", "Quill", "Brink", "Achterberg", "Okafor", "Lindqvist", "Marchetti", "Haddad",
        "Vasquez", "Novak", "Fairburn", "Osei", "Kowalczyk", "Thorne", "Albescu", "Mendel",
        "Sørensen", "Dubois", "Nakamura", "Whitcombe", "Ferreira", "Iwu"]
ROLES = ["the council's finance chief", "a spokeswoman for the transport authority",
         "chief executive of the port company", "the health minister", "a union organiser",
         "the opposition leader", "head of research at the institute", "a local shopkeeper",
         "the regional police commissioner", "an economist at the central bank",
         "the club's manager", "the school's head teacher"]
CUES = ["said", "told reporters", "added", "warned", "said in a statement"]
WORDS = ("council plan budget harbour tram line vote minister report growth market police school "
         "hospital water bridge energy price workers union strike election court inquiry funding "
         "year month week residents city region government company shares profits rates").split()
OUTLETS = ["Velmont Post", "Harbourside Gazette", "Northfield Courier", "Example News"]


def load_sentences(source):
    """Sentences of the *.txt articles under `source`, in a fixed order; [] without a source."""
    if not source or not os.path.isdir(source):
        return []
    paths = []
    for root, dirs, files in os.walk(source):
        dirs.sort()
        paths += [os.path.join(root, f) for f in sorted(files)
                  if f.endswith(".txt") and not f.lower().startswith("readme")]
    sentences = []
    for path in sorted(paths):
        with open(path, "rb") as handle:
            text = handle.read().decode("utf-8", "replace")
        body = text.split("\n", 1)[1] if "\n" in text else ""
        for sentence in re.split(r"(?<=[.!?])\s+", body):
            sentence = " ".join(sentence.split())
            # Quotes are the generator's own, with known speakers: leave the source's out.
            if 40 <= len(sentence) <= 300 and '"' not in sentence and "“" not in sentence:
                sentences.append(sentence)
    return sentences


class Generator:
    def __init__(self, seed, sentences):
        self.random = random.Random(seed)
        self.sentences = sentences

    def sentence(self):
        if self.sentences:
            return self.random.choice(self.sentences)
        words = [self.random.choice(WORDS) for _ in range(self.random.randint(8, 20))]
        return " ".join(words).capitalize() + "."

    def person(self):
        return f"{self.random.choice(FIRST)} {self.random.choice(LAST)}", self.random.choice(ROLES)

    def article(self, number, day):
        r = self.random
        authors = sorted({self.person()[0] for _ in range(r.choice([1, 1, 1, 2, 3]))})
        published = datetime.datetime(day.year, day.month, day.day, r.randint(6, 21),
                                      r.randint(0, 59))
        updated = published + datetime.timedelta(minutes=r.randint(5, 300)) \
            if r.random() < 0.3 else None
        speakers = [self.person() for _ in range(r.randint(1, 3))]
        paragraphs = []
        for i in range(r.randint(6, 20)):
            if i > 0 and r.random() < 0.35:
                name, role = speakers[i % len(speakers)]
                quote = self.sentence().rstrip(".")
                if r.random() < 0.6:
                    paragraphs.append(f'"{quote}," {r.choice(CUES)} {name}, {role}.')
                else:
                    paragraphs.append(f'{name.split()[-1]} said {quote[0].lower()}{quote[1:]}.')
            else:
                paragraphs.append(" ".join(self.sentence() for _ in range(r.randint(1, 3))))
        headline = self.sentence().rstrip(".")
        headline = headline if len(headline) <= 90 else headline[:90].rsplit(" ", 1)[0]
        return {"number": number, "title": headline, "authors": authors, "published": published,
                "updated": updated, "paragraphs": paragraphs, "outlet": r.choice(OUTLETS),
                "url": f"https://news.example/{day:%Y/%m/%d}/{number}"}


def names(authors):
    """"A", "A and B", "A, B and C": as bylines write them."""
    return authors[0] if len(authors) == 1 else ", ".join(authors[:-1]) + " and " + authors[-1]


def long_date(moment):
    return f"{moment.day} {moment:%B %Y}"


def as_text(a):
    lines = [a["title"], "", "By " + names(a["authors"]),
             f"Published: {long_date(a['published'])} - {a['published']:%H:%M}"]
    if a["updated"]:
        lines.append(f"Updated: {long_date(a['updated'])} - {a['updated']:%H:%M}")
    return "\n".join(lines) + "\n\n" + "\n\n".join(a["paragraphs"]) + "\n"


def as_html(a):
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "author": [{"@type": "Person", "name": n} for n in a["authors"]],
          "datePublished": a["published"].strftime("%Y-%m-%dT%H:%M:00+00:00"),
          "publisher": {"@type": "Organization", "name": a["outlet"]}}
    if a["updated"]:
        ld["dateModified"] = a["updated"].strftime("%Y-%m-%dT%H:%M:00+00:00")
    e = html.escape
    body = "\n".join(f"<p>{e(p)}</p>" for p in a["paragraphs"])
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f"<title>{e(a['title'])} | {e(a['outlet'])}</title>"
            f'<link rel="canonical" href="{a["url"]}">'
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
            f"</head><body><nav><a href=\"/\">Home</a></nav><article><h1>{e(a['title'])}</h1>"
            f'<p class="byline">By {e(names(a["authors"]))}</p>'
            f'<time datetime="{ld["datePublished"]}">{long_date(a["published"])}</time>\n'
            f"{body}\n</article><footer>© {e(a['outlet'])}</footer></body></html>\n")


def as_record(a):
    record = {"title": a["title"], "authors": a["authors"],
              "published": a["published"].strftime("%Y-%m-%dT%H:%M:00Z"), "url": a["url"],
              "outlet": a["outlet"], "text": "\n\n".join(a["paragraphs"])}
    if a["updated"]:
        record["updated"] = a["updated"].strftime("%Y-%m-%dT%H:%M:00Z")
    return json.dumps(record, ensure_ascii=False)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True, help="directory to create (must not exist)")
    parser.add_argument("--count", type=int, required=True, help="articles to write")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--layout", choices=["text", "html", "jsonl", "mixed"], default="text")
    parser.add_argument("--per-dir", type=int, default=100, help="articles per date directory")
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--source", default=os.path.join(here, "..", "..", "shared", "corpora", "bbc"),
                        help="articles to draw sentences from (default ../shared/corpora/bbc)")
    args = parser.parse_args()
    if args.count < 1 or args.per_dir < 1:
        parser.error("--count and --per-dir must be at least 1")
    if os.path.exists(args.out):
        parser.error(f"{args.out} exists; give a new directory")
    sentences = load_sentences(args.source)
    generator = Generator(args.seed, sentences)
    layouts = ["text", "html", "jsonl"] if args.layout == "mixed" else [args.layout]
    start = datetime.date(2023, 1, 1)
    jsonl = None
    jsonl_files = written = 0
    for number in range(args.count):
        day = start + datetime.timedelta(days=number // args.per_dir)
        article = generator.article(number, day)
        layout = layouts[number % len(layouts)]
        if layout == "jsonl":
            if jsonl is None or written % 10000 == 0:
                if jsonl:
                    jsonl.close()
                os.makedirs(os.path.join(args.out, "feeds"), exist_ok=True)
                jsonl = open(os.path.join(args.out, "feeds", f"{jsonl_files:05d}.jsonl"), "w",
                             encoding="utf-8")
                jsonl_files += 1
            jsonl.write(as_record(article) + "\n")
            written += 1
            continue
        directory = os.path.join(args.out, f"{day:%Y/%m/%d}")
        os.makedirs(directory, exist_ok=True)
        suffix, text = (".txt", as_text(article)) if layout == "text" else (".html", as_html(article))
        with open(os.path.join(directory, f"{number:07d}{suffix}"), "w", encoding="utf-8") as out:
            out.write(text)
    if jsonl:
        jsonl.close()
    print(f"gen_corpus.py: {args.count} articles ({args.layout}, seed {args.seed}) in {args.out}; "
          f"sentences from {len(sentences)} source sentences" if sentences else
          f"gen_corpus.py: {args.count} articles ({args.layout}, seed {args.seed}) in {args.out}; "
          "built-in vocabulary (no --source)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
