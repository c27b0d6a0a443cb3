#!/usr/bin/python3
"""readability_speed.py: how fast readability-lxml extracts the body of saved pages, in pages and
bytes per second: the other side of bench/html_speed.cc, with the same options and output fields
(bench/body_speed.sh runs both). Only the extraction is timed, not reading the files.

    /usr/bin/python3 bench/readability_speed.py [--rounds N] [--stream] [--decoded] [--json] PATH...

PATH: an HTML file, or a directory walked recursively for *.html and *.htm (any case). By default
every file is loaded into memory first, then read --rounds times; with --stream each file is loaded
just before it is read and dropped after.

Each page is `Document(page_bytes).summary()`: the raw bytes, as a crawler or an archive hands them
over, so readability finds the encoding itself, as it does in practice (readability/encoding.py:
the first <meta charset> or XML declaration that decodes the whole page, else chardet's guess over
the page's text with the tags stripped), decodes with errors replaced, and parses with lxml.
With --decoded each page is decoded before the clock starts, by the same detection, and passed as
text: what readability costs a caller that has the text already (requests' response.text, which
runs its own detection). The detection is a large part of readability's time.

Run it with /usr/bin/python3, Debian's interpreter, where python3-readability installs
(apt-get install python3-readability); another python3 on PATH may not see Debian's packages.
Exit codes: 0 done; 1 a file could not be read, or no HTML file was found; 2 usage error; 3
readability-lxml is not installed (a message says which package to install).
"""

import argparse
import json
import os
import sys
import time


def is_html_name(name):
    return os.path.splitext(name)[1].lower() in (".html", ".htm")


def list_files(paths):
    """The files named, and the HTML files below the directories named, each directory's sorted
    (by bytes, as html-speed sorts them) so that both tools read the pages in the same order."""
    files = []
    for path in paths:
        if not os.path.isdir(path):
            files.append(path)
            continue
        found = []
        for root, _dirs, names in os.walk(path):
            found.extend(os.path.join(root, name) for name in names if is_html_name(name))
        files.extend(sorted(found, key=os.fsencode))
    return files


def load(path, decoded):
    """The file's bytes; with decoded, its text as readability would decode it."""
    with open(path, "rb") as f:
        page = f.read()
    if decoded:
        from readability.encoding import get_encoding
        return page.decode(get_encoding(page) or "utf-8", "replace"), len(page)
    return page, len(page)


def read_one(page, document_class):
    """Extracts one page's body and drops it; returns (bytes of the summary's HTML, seconds, CPU
    seconds): the wall clock, and the process's CPU clock, steadier on a busy machine."""
    start, cpu_start = time.perf_counter(), time.process_time()
    summary = document_class(page).summary()
    cpu_seconds = time.process_time() - cpu_start
    seconds = time.perf_counter() - start
    return len(summary.encode("utf-8")), seconds, cpu_seconds


def measure(files, rounds, stream, decoded, document_class):
    pages = [] if stream else [load(f, decoded) for f in files]
    m = {"pages": 0, "bytes": 0, "seconds": 0.0, "cpu_seconds": 0.0, "output_bytes": 0}
    for _ in range(rounds):
        for i, path in enumerate(files):
            page, size = load(path, decoded) if stream else pages[i]
            out, seconds, cpu_seconds = read_one(page, document_class)
            m["output_bytes"] += out
            m["seconds"] += seconds
            m["cpu_seconds"] += cpu_seconds
            m["bytes"] += size
            m["pages"] += 1
            del page
    return m


def main():
    parser = argparse.ArgumentParser(
        description="Times readability-lxml's Document(bytes).summary() over saved HTML pages")
    parser.add_argument("paths", nargs="+",
                        help="HTML files, or directories walked recursively for *.html and *.htm")
    parser.add_argument("--rounds", type=int, default=1, help="read every page this many times")
    parser.add_argument("--stream", action="store_true",
                        help="load each file just before reading it, not all first")
    parser.add_argument("--decoded", action="store_true",
                        help="decode each page before timing (readability's own detection) and "
                             "pass the text, not the bytes")
    parser.add_argument("--json", action="store_true", help="print the numbers as one JSON object")
    args = parser.parse_args()
    if args.rounds < 1:
        parser.error("--rounds must be 1 or more")
    try:
        import readability
        from readability import Document
    except ImportError:
        print("readability_speed.py: readability-lxml not found for " + sys.executable +
              "; install the package 'python3-readability' (apt-get install python3-readability)"
              " and run this script with /usr/bin/python3", file=sys.stderr)
        return 3
    # readability logs each page's candidates at INFO and DEBUG; keep its default (WARNING) level.
    try:
        files = list_files(args.paths)
        if not files:
            print("readability_speed.py: no *.html or *.htm file in the paths given",
                  file=sys.stderr)
            return 1
        m = measure(files, args.rounds, args.stream, args.decoded, Document)
    except OSError as e:
        print("readability_speed.py: cannot read {}: {}".format(e.filename, e.strerror),
              file=sys.stderr)
        return 1
    seconds = m["seconds"]
    pages_per_s = m["pages"] / seconds if seconds > 0 else 0.0
    mb_per_s = m["bytes"] / 1e6 / seconds if seconds > 0 else 0.0  # MB: 10^6 bytes
    if args.json:
        print(json.dumps({
            "tool": "readability-lxml " + readability_version(readability),
            "mode": "stream" if args.stream else "memory",
            "input": "text" if args.decoded else "bytes",
            "files": len(files), "rounds": args.rounds, "pages": m["pages"], "bytes": m["bytes"],
            "seconds": seconds, "cpu_seconds": m["cpu_seconds"], "pages_per_s": pages_per_s,
            "mb_per_s": mb_per_s, "output_bytes": m["output_bytes"]}))
    else:
        print("pages {}  bytes {}  seconds {:.3f}  CPU seconds {:.3f}  pages/s {:.1f}  MB/s {:.2f}"
              "  output bytes {}".format(m["pages"], m["bytes"], seconds, m["cpu_seconds"],
                                         pages_per_s, mb_per_s, m["output_bytes"]))
    return 0


def readability_version(module):
    """The installed readability-lxml's version, for the report."""
    try:
        from importlib.metadata import version
        return version("readability-lxml")
    except Exception:  # noqa: BLE001 - no metadata: the module's own attribute, if any
        return getattr(module, "__version__", "unknown")


if __name__ == "__main__":
    sys.exit(main())
