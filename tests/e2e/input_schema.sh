#!/usr/bin/env bash
# input_schema.sh SCHEMA DOC: validates the example record of docs/input-formats.md (the ```json
# block after the "input-record-example" comment) against docs/schema/news-article-input.schema.json,
# then checks that broken copies of it fail validation. Exits 77 without python3-jsonschema.
set -uo pipefail
schema=$1 doc=$2
# Debian's python3 (with python3-jsonschema, which setup.sh installs) before any other on PATH.
python=python3
[ -x /usr/bin/python3 ] && /usr/bin/python3 -c 'import jsonschema' 2>/dev/null && python=/usr/bin/python3
"$python" -c 'import jsonschema' 2>/dev/null || {
  echo "input_schema: python3-jsonschema is not installed (apt-get install python3-jsonschema); skipping"
  exit 77
}

"$python" - "$schema" "$doc" <<'PY'
import copy
import json
import re
import sys

import jsonschema

schema_path, doc_path = sys.argv[1:]
with open(schema_path, encoding="utf-8") as f:
    schema = json.load(f)
validator = jsonschema.Draft202012Validator
validator.check_schema(schema)
with open(doc_path, encoding="utf-8") as f:
    doc = f.read()
match = re.search(r"<!-- input-record-example.*?-->\s*```json\n(.*?)\n```", doc, re.S)
if not match:
    print(f"FAIL no example record after an input-record-example comment in {doc_path}")
    sys.exit(1)
example = json.loads(match.group(1))
failures = 0
errors = [e.message for e in validator(schema).iter_errors(example)]
if errors:
    print("FAIL the documented example does not match the schema:", *errors, sep="\n  ")
    failures += 1
else:
    print("ok   the documented example matches the schema")


def mutate(description, change):
    broken = copy.deepcopy(example)
    change(broken)
    return description, broken


breakages = [
    mutate("neither title nor body", lambda d: [d.pop(k) for k in ("title", "text")]),
    mutate("a blank title and no body", lambda d: (d.pop("text"), d.update(title="  "))),
    mutate("authors as a number", lambda d: d.update(authors=3)),
    mutate("an author object without a name", lambda d: d.update(authors=[{"url": "x"}])),
    mutate("a relative url", lambda d: d.update(url="/transport/tunnel")),
    mutate("paragraphs as an object", lambda d: d.update(paragraphs={"0": "x"})),
    mutate("a date as an array", lambda d: d.update(published=["2024-03-05"])),
    mutate("title as a number", lambda d: d.update(title=7)),
]
for description, broken in breakages:
    if validator(schema).is_valid(broken):
        print(f"FAIL a broken copy passed validation: {description}")
        failures += 1
    else:
        print(f"rejected: {description}")
# What the reader accepts and the schema must too: unknown keys, nulls, paragraphs instead of text.
lenient = [
    mutate("an unknown key", lambda d: d.update(shares=12)),
    mutate("nulls", lambda d: d.update(updated=None, section=None, authors=None)),
    mutate("paragraphs instead of text", lambda d: (d.pop("text"), d.update(paragraphs=["One."]))),
    mutate("one byline string and epoch dates",
           lambda d: d.update(authors="By Ines Calloway and Tomas Brink", published=1709626500)),
]
for description, good in lenient:
    errors = [e.message for e in validator(schema).iter_errors(good)]
    if errors:
        print(f"FAIL a valid variant was rejected: {description}:", *errors, sep="\n  ")
        failures += 1
    else:
        print(f"ok   {description}")
sys.exit(1 if failures else 0)
PY
