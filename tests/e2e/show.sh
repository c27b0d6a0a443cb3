#!/usr/bin/env bash
# show.sh NEWS_INDEX NEWS_QUERY CORPUS: news-query --show ID|PATH prints one article as the database
# holds it: in text, its metadata, the people quoted, their quotes and the body; with --format json,
# exactly what news-index --explain prints for the file. A path of a JSON Lines file shows each of
# its articles; an unknown id or path finds nothing (exit 1); --show with a query or another format
# is refused (exit 2). NEWS_DB stands for --db in both tools when --db is not given.
set -uo pipefail
source "$(dirname "$0")/lib.sh"
index=$1 query=$2 corpus=$3
unset NEWS_DB

mkdir -p "$archive"
tram=$archive/velmont-tram-extension-approved.txt
cp "$corpus/velmont-tram-extension-approved.txt" "$tram"
cat >"$archive/wire.jsonl" <<'RECORDS'
{"url": "https://wire.example/1", "title": "Harbour tunnel reopens", "published": "2024-03-05", "text": "The harbour tunnel reopened on Tuesday."}
{"url": "https://wire.example/2", "title": "Ferry fares frozen", "published": "2024-03-06", "text": "Ferry fares will not rise this year."}
RECORDS
"$index" -q --db "$work/db" "$archive" || fail "indexing the test archive failed"

# expect WHAT REGEX TEXT: TEXT has a line matching the extended REGEX.
expect() {
  if grep -qE -- "$2" <<<"$3"; then
    echo "ok: $1"
  else
    fail "$1: no line matches /$2/ in:"
    head -40 <<<"$3"
  fi
}

id=$("$query" --db "$work/db" --format jsonl 'title:tram' | sed -n 's/.*"id":"\([0-9a-f]*\)".*/\1/p')
check_eq "the tram article's id from the results" 16 "${#id}"

text=$("$query" --db "$work/db" --show "$id")
check_eq "exit code of --show ID" 0 $?
expect "the id" "^id: +$id$" "$text"
expect "the title" "^title: +Velmont tram extension to Harbourside approved after ten-year wait$" "$text"
expect "the path" "^path: +$tram$" "$text"
expect "the authors" "^authors: +Maren Holloway$" "$text"
expect "the date" "^published: +2024-03-04 14:50$" "$text"
expect "the standfirst" "^The new line will add four stops" "$text"
expect "a person quoted, with role, affiliation and alias" \
  "^  Estelle Brandauer: Mayor of Velmont; speaks for Velmont; also Ms Brandauer$" "$text"
expect "a direct quote" "^  Estelle Brandauer, said \\(paragraph 4\\): \"For ten years people in Harbourside" "$text"
expect "reported speech" "^  Marisol Teague, said \\(paragraph 8, reported\\): she feared two years" "$text"
expect "the body" "^City councillors voted 41 to 9 in favour" "$text"

by_path=$(cd "$archive" && "$query" --db "$work/db" --show velmont-tram-extension-approved.txt)
check_eq "--show PATH (relative) shows what --show ID shows" "$text" "$by_path"

# The JSON is news-index --explain's article, from the database.
"$query" --db "$work/db" --show "$id" --format json >"$work/show.json"
check_eq "exit code of --show ID --format json" 0 $?
"$index" --explain "$tram" >"$work/explain.json"
same=$(python3 - "$work/show.json" "$work/explain.json" <<'PY'
import json, sys
shown = json.load(open(sys.argv[1]))
explained = json.load(open(sys.argv[2]))
ok = shown.get("version") == 1 and shown.get("articles") == [explained]
print("same" if ok else json.dumps(shown)[:600] + "\n--- explain:\n" + json.dumps(explained)[:600])
PY
)
check_eq "--show --format json is news-index --explain's article" same "$same"

# A JSON Lines file holds two articles: its path shows both, in record order.
wire=$("$query" --db "$work/db" --show "$archive/wire.jsonl")
check_eq "exit code of --show on a file of two records" 0 $?
check_eq "titles shown for the file of two records" "Harbour tunnel reopens,Ferry fares frozen" \
  "$(sed -n 's/^title: *//p' <<<"$wire" | paste -sd,)"
count=$("$query" --db "$work/db" --show "$archive/wire.jsonl" --format json |
  python3 -c 'import json, sys; print(len(json.load(sys.stdin)["articles"]))')
check_eq "articles in the JSON of the file of two records" 2 "$count"

missing=$("$query" --db "$work/db" --show 0123456789abcdef 2>&1)
check_eq "exit code of --show with an unknown id" 1 $?
check_eq "--show with an unknown id" "No article has the id or path '0123456789abcdef'." "$missing"
missing=$("$query" --db "$work/db" --show 0123456789abcdef --format json)
check_eq "exit code of --show --format json with an unknown id" 1 $?
check_eq "--show --format json with an unknown id" '{"version":1,"articles":[]}' "$(tr -d ' \n' <<<"$missing")"
"$query" --db "$work/db" --show "$archive/no-such-file.txt" >/dev/null
check_eq "exit code of --show with a path never indexed" 1 $?

refused=$("$query" --db "$work/db" --show "$id" election 2>&1)
check_eq "exit code of --show with a query" 2 $?
expect "--show with a query is refused" "^news-query: --show takes no QUERY" "$refused"
refused=$("$query" --db "$work/db" --show "$id" --format csv 2>&1)
check_eq "exit code of --show with --format csv" 2 $?
expect "--show with --format csv is refused" "^news-query: --show prints --format text or json" "$refused"

# NEWS_DB: the database when --db is not given, for both tools; --db wins.
from_env=$(NEWS_DB=$work/db "$query" --show "$id")
check_eq "NEWS_DB for news-query --show" "$text" "$from_env"
NEWS_DB=$work/db "$query" --count tram >/dev/null
check_eq "exit code of a search with NEWS_DB" 0 $?
NEWS_DB=$work/none.db "$query" --db "$work/db" --count tram >/dev/null
check_eq "exit code of a search with --db and a wrong NEWS_DB" 0 $?
NEWS_DB=$work/db2 "$index" -q "$archive"
check_eq "exit code of news-index with NEWS_DB" 0 $?
check_eq "articles news-index wrote to NEWS_DB" 3 "$("$query" --db "$work/db2" --count '')"
required=$("$query" tram 2>&1)
check_eq "exit code of news-query without --db or NEWS_DB" 2 $?
expect "news-query without --db or NEWS_DB" "^news-query: --db PATH is required \\(or set NEWS_DB\\)" "$required"
required=$("$index" "$archive" 2>&1)
check_eq "exit code of news-index without --db or NEWS_DB" 2 $?
expect "news-index without --db or NEWS_DB" "^news-index: --db PATH is required \\(or set NEWS_DB" "$required"
expect "news-query --help names NEWS_DB" "NEWS_DB" "$("$query" --help)"
expect "news-index --help names NEWS_DB" "NEWS_DB" "$("$index" --help)"

finish
