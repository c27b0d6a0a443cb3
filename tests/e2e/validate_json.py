#!/usr/bin/env python3
"""validate_json.py SCHEMA KIND FILE: validates news-query output against its JSON Schema.

KIND says what FILE holds (SCHEMA is docs/schema/news-query-results.schema.json for all but the
show kinds, which take docs/schema/news-query-show.schema.json):
  json         one results object (--format json)
  jsonl        one result object per line (--format jsonl)
  batch-json   an array of results objects (--batch with --format json)
  batch-jsonl  one results object per line (--batch with --format jsonl)
  broken       one results object, valid; each of a list of deliberate breakages of it must FAIL
               validation (shows the schema is strict enough to catch a real change)
  show         one --show object (--show ID|PATH --format json)
  people       one --people object (SCHEMA: docs/schema/news-query-people.schema.json)
  broken-show  one --show object with at least one article, valid; each breakage must FAIL

Exits 0 when valid, 1 when not (with the first errors), 77 when python3-jsonschema is missing.
"""
import copy
import json
import sys

try:
    import jsonschema
except ImportError:
    print("validate_json: python3-jsonschema is not installed (apt-get install python3-jsonschema); skipping")
    sys.exit(77)


def validator_for(schema, ref=None):
    if ref is not None:
        schema = {"$schema": schema["$schema"], "$defs": schema["$defs"], "$ref": ref}
    cls = jsonschema.Draft202012Validator
    cls.check_schema(schema)
    return cls(schema)


def errors(validator, instance):
    return [f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}"
            for e in validator.iter_errors(instance)]


def breakages(good):
    """(description, broken copy) pairs, each a change a consumer could trip on."""
    def mutate(description, change):
        broken = copy.deepcopy(good)
        change(broken)
        return description, broken

    cases = [
        mutate("a required key removed (total)", lambda d: d.pop("total")),
        mutate("an undocumented top-level key", lambda d: d.update(extra=1)),
        mutate("version bumped without the schema", lambda d: d.update(version=2)),
        mutate("total as a string", lambda d: d.update(total=str(d["total"]))),
        mutate("facets with an unknown field", lambda d: d["facets"].update(colour=[])),
    ]
    if good["results"]:
        cases += [
            mutate("an undocumented key in a result", lambda d: d["results"][0].update(docid=7)),
            mutate("rank as a string", lambda d: d["results"][0].update(rank="1")),
            mutate("authors as one string", lambda d: d["results"][0].update(authors="A, B")),
            mutate("snippet removed", lambda d: d["results"][0].pop("snippet")),
            mutate("published in another date form",
                   lambda d: d["results"][0].update(published="27/11/2023")),
            mutate("id not 16 hex digits", lambda d: d["results"][0].update(id="Q123")),
        ]
    if good.get("histogram", {}).get("counts"):
        cases += [
            mutate("a histogram count as a float",
                   lambda d: d["histogram"]["counts"][0].update(count=1.5)),
            mutate("a histogram period renamed",
                   lambda d: d["histogram"]["counts"][0].update(month=d["histogram"]["counts"][0].pop("period"))),
        ]
    return cases


def show_breakages(good):
    """(description, broken copy) pairs of a --show object with at least one article."""
    def mutate(description, change):
        broken = copy.deepcopy(good)
        change(broken)
        return description, broken

    def first(d):
        return d["articles"][0]

    cases = [
        mutate("articles removed", lambda d: d.pop("articles")),
        mutate("an undocumented top-level key", lambda d: d.update(extra=1)),
        mutate("version bumped without the schema", lambda d: d.update(version=2)),
        mutate("an undocumented key in an article", lambda d: first(d).update(docid=7)),
        mutate("paragraphs as one string", lambda d: first(d).update(paragraphs="a\n\nb")),
        mutate("body instead of paragraphs",
               lambda d: first(d).update(body="\n\n".join(first(d).pop("paragraphs")))),
        mutate("published in another date form", lambda d: first(d).update(published="27/11/2023")),
        mutate("format not a reader", lambda d: first(d).update(format="pdf")),
    ]
    if good["articles"][0]["people"]:
        cases.append(mutate("a person without aliases", lambda d: first(d)["people"][0].pop("aliases")))
    if good["articles"][0]["quotes"]:
        cases += [
            mutate("a quote's paragraph as a string",
                   lambda d: first(d)["quotes"][0].update(paragraph="3")),
            mutate("a quote without its text", lambda d: first(d)["quotes"][0].pop("text")),
        ]
    return cases


def check_breakages(validator, good, cases):
    """Prints whether each broken copy is rejected; returns the exit code (1 if one was not)."""
    found = errors(validator, good)
    if found:
        print("validate_json: the sample to break is not valid to begin with:", *found, sep="\n  ")
        return 1
    failed = 0
    for description, broken in cases:
        found = errors(validator, broken)
        if found:
            print(f"rejected as it should be: {description}: {found[0]}")
        else:
            print(f"NOT rejected: {description}")
            failed += 1
    return 1 if failed else 0


def main():
    if len(sys.argv) != 4:
        print(__doc__)
        return 2
    schema_path, kind, path = sys.argv[1:]
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    results = validator_for(schema)
    result = validator_for(schema, "#/$defs/result") if "result" in schema.get("$defs", {}) else None
    if kind in ("json", "people"):
        instances = [(results, json.loads(text))]
    elif kind == "batch-json":
        items = json.loads(text)
        if not isinstance(items, list):
            print("validate_json: --batch --format json must print an array")
            return 1
        instances = [(results, item) for item in items]
    elif kind in ("jsonl", "batch-jsonl"):
        lines = [line for line in text.split("\n") if line]
        instances = [(result if kind == "jsonl" else results, json.loads(line)) for line in lines]
    elif kind == "show":
        instances = [(results, json.loads(text))]
    elif kind == "broken":
        good = json.loads(text)
        return check_breakages(results, good, breakages(good))
    elif kind == "broken-show":
        good = json.loads(text)
        return check_breakages(results, good, show_breakages(good))
    else:
        print(f"validate_json: unknown KIND {kind}")
        return 2
    bad = 0
    for number, (validator, instance) in enumerate(instances, 1):
        found = errors(validator, instance)
        if found:
            bad += 1
            print(f"{path}: object {number} does not match the schema:", *found[:5], sep="\n  ")
    print(f"validate_json: {len(instances) - bad} of {len(instances)} {kind} objects valid")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
