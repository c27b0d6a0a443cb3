#!/usr/bin/env bash
# affiliation.sh NEWS_INDEX NEWS_QUERY: an article whose speaker's role names an organisation shows
# it as "affiliation" in --explain, and is found with org:, alone and with quote: (then the JSON
# result names the speaker's affiliation), while the organisation's words outside the people's
# affiliations find nothing through org:.
set -u
index=$1 query=$2
work=$(mktemp -d "${TMPDIR:-/tmp}/affiliation.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir "$work/archive"
cat >"$work/archive/ferries.txt" <<'ARTICLE'
Winter ferry sailings cut

By Nora Quill

Published: 14/02/2024

Two island routes will lose their winter sailings from next month, Northwind Ferries confirmed.

"Nobody books a crossing in January, and we cannot sail empty boats," said Ilsa Brandvik, head of routes at Northwind Ferries.

Union official Dorian Pask said: "This is a betrayal of the islanders and of the crews."
ARTICLE

fail=0
expect() {  # expect DESCRIPTION REGEX TEXT
  if ! grep -qE "$2" <<<"$3"; then
    echo "FAIL: $1: no match for $2 in:"
    printf '%s\n' "$3"
    fail=1
  fi
}

explained=$("$index" --explain "$work/archive/ferries.txt") || exit 1
expect "--explain shows the affiliation" \
  '"role": "head of routes at Northwind Ferries",[[:space:]]*$' "$explained"
expect "--explain shows the affiliation" '"affiliation": "Northwind Ferries"' "$explained"
expect "--explain shows null for a role without one" '"affiliation": null' "$explained"

"$index" -q --db "$work/db" "$work/archive" || exit 1
found=$("$query" --db "$work/db" --format paths 'org:northwind')
expect "org: finds the article" 'ferries\.txt$' "$found"
found=$("$query" --db "$work/db" --format paths 'org:"northwind ferries"')
expect "org: takes a phrase" 'ferries\.txt$' "$found"
said=$("$query" --db "$work/db" --format json 'org:northwind quote:crossing')
expect "org: with quote: names the speaker and affiliation" \
  '"speaker": "Ilsa Brandvik",[[:space:]]*"affiliation": "Northwind Ferries"' "$(tr -d '\n' <<<"$said")"
"$query" --db "$work/db" --format paths 'org:northwind quote:betrayal' >/dev/null
status=$?
if [ "$status" != 1 ]; then
  echo "FAIL: the union official's words are not Northwind's (exit $status, expected 1)"
  fail=1
fi
"$query" --db "$work/db" --format paths 'org:confirmed' >/dev/null
status=$?
if [ "$status" != 1 ]; then
  echo "FAIL: org: searched body words (exit $status, expected 1)"
  fail=1
fi
exit $fail
