#!/usr/bin/env python3
"""Exports Reuters-21578 stories as plain-text articles, for the Reuters speaker gold (issue 14).

    bench/reuters_texts.py --sgml-dir DIR --out DIR (--ids FILE | --select [--count N])
    bench/reuters_texts.py --sgml-dir DIR --select [--count N] --list

DIR is the Reuters-21578 distribution (reut2-000.sgm ... reut2-021.sgm;
../shared/corpora/README.md). Each story written becomes <NEWID>.txt in --out, in the project's
plain-text article layout:

    line 1   the <TITLE>
    line 2   blank
    then     the body paragraphs, one line each, separated by blank lines

The first paragraph starts with the story's <DATELINE> ("WASHINGTON, March 3 - ..."), as the story
reads on the wire. Reuters bodies are hard-wrapped at about 70 columns and a paragraph starts with
an indented line, so every indented line (or a line after a blank one) starts a paragraph and the
lines of a paragraph are joined with single spaces (runs of spaces inside a line become one space).
The trailing sign-off is dropped: "Reuter", "REUTER", "reuter..." on a line of its own, or ending
the last line of text ("... May 23. REUTER", "... Noranda said. Reuter"; not "told Reuters."), and
so is a trailing "MORE" continuation marker. The <AUTHOR> byline is not written. SGML character
references are decoded (&lt; &gt; &amp; &quot; &#N;); control characters (&#2;, &#3;, &#127; ...)
and carriage returns (also the literal "^M" ending a few lines) are dropped. The .sgm files are read
as bytes decoded as Latin-1, so the one byte of reut2-017.sgm that is not UTF-8 (0xFC) is read as
u-umlaut; the text files are written as UTF-8.

Which stories:
  --ids FILE  the stories named in FILE, one per line, as a NEWID ("1234"), a file name
              ("1234.txt"), or a JSON object with "file": "1234.txt" (so a gold JSONL file serves
              as the list). Blank lines and lines starting with "#" are skipped.
  --select    the gold selection: every story with a <TITLE> and a <BODY> whose exported body has
              at least MIN_WORDS words and contains a speech verb (said, says, told), ordered by
              NEWID, shuffled with random.Random(SEED); the first --count of that order (default
              SELECT_COUNT) are taken. A larger --count only adds stories at the end, so the gold
              can be grown from the same sampler. bench/gold/README-reuters.md records the count.
  --list      with --select: print the selected NEWIDs, one per line in sample order, and write
              nothing.

The output is deterministic: the same arguments give the same files, byte for byte. Prints a
one-line summary on stderr. Exit codes: 0 done; 1 a NEWID asked for is not in the corpus (the others
are still written); 2 usage error or unreadable input.
"""

import argparse
import glob
import json
import os
import random
import re
import sys

SEED = 1987          # the gold selection's shuffle seed (README-reuters.md)
MIN_WORDS = 150      # body length floor for --select, in whitespace-separated words
SELECT_COUNT = 40    # default --count
SPEECH_VERB = re.compile(r"\b(said|says|told)\b")

STORY = re.compile(r"<REUTERS\b([^>]*)>(.*?)</REUTERS>", re.S)
NEWID = re.compile(r'\bNEWID="(\d+)"')
CHAR_REF = re.compile(r"&(#\d+|lt|gt|amp|quot);")
NAMED_REFS = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
# The sign-off: alone on the last line (" Reuter", "REUTER...", "  reuter"), or ending the last line
# of text ("record May 23. REUTER", "(33.7).        REUTER", "Noranda said. Reuter"), but not the
# word in "told Reuters." (the sign-off is always the singular "Reuter").
SIGN_OFF_LINE = re.compile(r"^\s*reuter\W*$", re.I)
SIGN_OFF_END = re.compile(r"(?-i:\s+REUTER)\W*$|(?<=[.!?\"')])\s+reuter\W*$", re.I)
# A few lines end in a literal "^M" (a carriage return printed as text in the source).
CARET_M = re.compile(r"\^M$")
MORE_MARKER = re.compile(r"^\s*more\W*$", re.I)


def element(text, tag):
    """The raw content of the first <tag> ... </tag> in text, or None."""
    match = re.search(r"<%s\b[^>]*>(.*?)</%s>" % (tag, tag), text, re.S)
    return match.group(1) if match else None


def decode(raw):
    """SGML character references decoded; control characters (but not newlines) dropped."""
    def replace(match):
        ref = match.group(1)
        if ref.startswith("#"):
            return chr(int(ref[1:]))
        return NAMED_REFS[ref]
    text = CHAR_REF.sub(replace, raw)
    return "".join(c for c in text if c == "\n" or (ord(c) >= 32 and ord(c) != 127))


def one_line(text):
    return " ".join(text.split())


def body_paragraphs(raw_body, dateline):
    """The body as a list of one-line paragraphs, sign-off dropped, dateline leading the first."""
    lines = [CARET_M.sub("", line) for line in decode(raw_body).split("\n")]
    while lines and not lines[-1].strip():
        lines.pop()
    # Wire markers at the end: "MORE", then the sign-off (alone or ending the last line of text).
    while lines and (not lines[-1].strip() or MORE_MARKER.match(lines[-1])):
        lines.pop()
    if lines and SIGN_OFF_LINE.match(lines[-1]):
        lines.pop()
    elif lines:
        lines[-1] = SIGN_OFF_END.sub("", lines[-1])
    while lines and not lines[-1].strip():
        lines.pop()
    paragraphs, current = [], []
    for line in lines:
        starts_paragraph = line[:1].isspace() or not line.strip()
        if starts_paragraph and current:
            paragraphs.append(" ".join(current))
            current = []
        if line.strip():
            current.append(one_line(line))
    if current:
        paragraphs.append(" ".join(current))
    if dateline and paragraphs:
        paragraphs[0] = dateline + " " + paragraphs[0]
    return paragraphs


def read_stories(sgml_dir):
    """Every story of the corpus as a dict (newid, title, paragraphs, words), in NEWID order."""
    files = sorted(glob.glob(os.path.join(sgml_dir, "reut2-*.sgm")))
    if not files:
        raise OSError("no reut2-*.sgm files in %s" % sgml_dir)
    stories = []
    for path in files:
        with open(path, "rb") as f:
            text = f.read().decode("latin-1")
        for match in STORY.finditer(text):
            attributes, content = match.groups()
            newid = int(NEWID.search(attributes).group(1))
            title = element(content, "TITLE")
            body = element(content, "BODY")
            dateline = element(content, "DATELINE")
            paragraphs = body_paragraphs(body, one_line(decode(dateline or ""))) if body else []
            body_words = sum(len(p.split()) for p in body_paragraphs(body, "")) if body else 0
            stories.append({
                "newid": newid,
                "title": one_line(decode(title)) if title is not None else None,
                "paragraphs": paragraphs,
                "words": body_words,
                "has_body": body is not None,
            })
    stories.sort(key=lambda s: s["newid"])
    return stories


def selectable(story):
    return (story["title"] and story["has_body"] and story["words"] >= MIN_WORDS
            and any(SPEECH_VERB.search(p) for p in story["paragraphs"]))


def select(stories, count):
    """The first `count` stories of the seeded shuffle of the selectable ones (sorted by NEWID)."""
    candidates = [s for s in stories if selectable(s)]
    order = random.Random(SEED).sample(candidates, len(candidates))
    return order[:count], len(candidates)


def read_ids(path):
    ids = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            name = json.loads(line)["file"] if line.startswith("{") else line
            match = re.fullmatch(r"(\d+)(\.txt)?", name)
            if not match:
                raise ValueError("%s:%d: not a NEWID or NEWID.txt: %r" % (path, number, name))
            ids.append(int(match.group(1)))
    return ids


def article_text(story):
    return story["title"] + "\n\n" + "\n\n".join(story["paragraphs"]) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sgml-dir", required=True, help="the reut2-*.sgm directory")
    parser.add_argument("--out", help="directory the <NEWID>.txt files are written to")
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--ids", help="file naming the stories to export")
    which.add_argument("--select", action="store_true", help="the gold selection (see above)")
    parser.add_argument("--count", type=int, default=SELECT_COUNT, help="stories --select takes")
    parser.add_argument("--list", action="store_true", help="print the --select NEWIDs only")
    args = parser.parse_args()
    if args.list and not args.select:
        parser.error("--list needs --select")
    if not args.list and not args.out:
        parser.error("--out DIR is needed unless --list is given")
    if args.count < 0:
        parser.error("--count must not be negative")

    try:
        stories = read_stories(args.sgml_dir)
        wanted_ids = read_ids(args.ids) if args.ids else None
    except (OSError, ValueError, KeyError) as e:
        print("reuters_texts.py: %s" % e, file=sys.stderr)
        return 2

    missing = []
    if args.select:
        chosen, candidates = select(stories, args.count)
        if args.list:
            for story in chosen:
                print(story["newid"])
            print("reuters_texts.py: %d of %d selectable stories (seed %d)"
                  % (len(chosen), candidates, SEED), file=sys.stderr)
            return 0
    else:
        by_id = {s["newid"]: s for s in stories}
        chosen = []
        for newid in wanted_ids:
            story = by_id.get(newid)
            if story is None or not story["title"] or not story["paragraphs"]:
                missing.append(newid)
            else:
                chosen.append(story)

    os.makedirs(args.out, exist_ok=True)
    for story in chosen:
        path = os.path.join(args.out, "%d.txt" % story["newid"])
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(article_text(story))
    for newid in missing:
        print("reuters_texts.py: no story with a title and body has NEWID %d" % newid,
              file=sys.stderr)
    print("reuters_texts.py: wrote %d stories to %s" % (len(chosen), args.out), file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
