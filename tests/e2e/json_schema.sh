#!/usr/bin/env bash
# json_schema.sh QUERY DB SCHEMA VALIDATOR SHOW_SCHEMA: runs news-query on the corpus database with
# the options whose JSON differs (plain, quote-level, --quotes, every facet, every histogram
# interval, no match, --all, jsonl, --batch) and validates each output against
# docs/schema/news-query-results.schema.json, and --show's against SHOW_SCHEMA
# (docs/schema/news-query-show.schema.json); then checks that deliberately broken outputs fail
# validation. Exits 77 without python3-jsonschema.
set -uo pipefail
query=$1 db=$2 schema=$3 validator=$4 show_schema=$5
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Debian's python3 (with python3-jsonschema, which setup.sh installs) before any other on PATH.
python=python3
[ -x /usr/bin/python3 ] && /usr/bin/python3 -c 'import jsonschema' 2>/dev/null && python=/usr/bin/python3
"$python" -c 'import jsonschema' 2>/dev/null || {
  echo "json_schema: python3-jsonschema is not installed (apt-get install python3-jsonschema); skipping"
  exit 77
}

failures=0
# check NAME KIND EXPECTED_EXIT ARGS...: runs news-query ARGS, checks the exit code, validates
# against $schema ($kind_schema for the show kinds).
check() {
  local name=$1 kind=$2 expected=$3
  shift 3
  local kind_schema=$schema
  [[ $kind == show ]] && kind_schema=$show_schema
  [[ $kind == people ]] && kind_schema=$(dirname "$show_schema")/news-query-people.schema.json
  "$query" --db "$db" "$@" >"$work/$name" 2>"$work/$name.err"
  local code=$?
  if [ "$code" -ne "$expected" ]; then
    echo "FAIL $name: exit $code, expected $expected: $(cat "$work/$name.err")"
    failures=$((failures + 1))
    return
  fi
  if "$python" "$validator" "$kind_schema" "$kind" "$work/$name" >"$work/$name.log"; then
    echo "ok   $name: $(tail -1 "$work/$name.log")"
  else
    echo "FAIL $name:"
    cat "$work/$name.log"
    failures=$((failures + 1))
  fi
}

printf 'election\n# a comment\n\nspeaker:brandauer quote:harbourside\nxylophonequagmire\n' >"$work/queries"

check plain json 0 --format json election
check limit_offset json 0 --format json --limit 2 --offset 1 said
check quote_level json 0 --format json 'speaker:brandauer quote:harbourside'
check quotes json 0 --format json --quotes speaker:brandauer
check facets json 0 --format json --limit 3 --facet speaker --facet author --facet month \
  --facet year --facet section --facet outlet election
check histogram_month json 0 --format json --histogram month ''
check collapse json 0 --format json --collapse --limit 5 ''
check collapse_jsonl jsonl 0 --format jsonl --collapse --all ''
check histogram_week json 0 --format json --histogram week --facet speaker said
check histogram_day json 0 --format json --histogram day 'speaker:brandauer'
check no_match json 1 --format json --histogram month --facet speaker xylophonequagmire
check all json 0 --format json --all --sort newest ''
check jsonl_all jsonl 0 --format jsonl --all ''
check jsonl_quotes jsonl 0 --format jsonl --quotes speaker:brandauer
check batch_json batch-json 0 --format json --batch "$work/queries"
check batch_jsonl batch-jsonl 0 --format jsonl --batch "$work/queries" --facet month
# --show: an article by its id, one by its path, and an unknown id (no article).
tram=$("$query" --db "$db" --format jsonl 'title:tram' | sed -n 's/.*"id":"\([0-9a-f]*\)".*/\1/p')
check show_by_id show 0 --format json --show "$tram"
check people people 0 --format json --people ''
check people_attention people 0 --format json --people --attention month --limit 3 'speaker:lavrov OR speaker:plumb'
check people_week people 0 --format json --people --attention week 'quote:talks' 
check show_by_path show 0 --format json --show "$("$query" --db "$db" --format paths --limit 1 title:museum)"
check show_none show 1 --format json --show 0123456789abcdef
if "$python" "$validator" "$show_schema" broken-show "$work/show_by_id" >"$work/broken.log"; then
  echo "ok   broken copies of show_by_id all rejected ($(grep -c '^rejected' "$work/broken.log") breakages)"
else
  echo "FAIL a broken copy of show_by_id passed validation:"
  cat "$work/broken.log"
  failures=$((failures + 1))
fi

# The schema must be strict enough to catch a real change: break valid outputs on purpose.
for sample in facets histogram_week quote_level; do
  if "$python" "$validator" "$schema" broken "$work/$sample" >"$work/broken.log"; then
    echo "ok   broken copies of $sample all rejected ($(grep -c '^rejected' "$work/broken.log") breakages)"
  else
    echo "FAIL a broken copy of $sample passed validation:"
    cat "$work/broken.log"
    failures=$((failures + 1))
  fi
done

[ "$failures" -eq 0 ] && echo "json_schema: all outputs match the schema" || exit 1
