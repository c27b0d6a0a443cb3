#!/usr/bin/env bash
# bench/gen_corpus.py, the benchmarks' corpus generator: the same seed gives the same bytes and
# another seed other bytes; every layout indexes, one article per generated article; the bylines,
# dates and quoted people it writes are what news-index extracts.
#
#   gen_corpus.sh NEWS_INDEX NEWS_QUERY GEN_CORPUS
set -euo pipefail
news_index=$1
news_query=$2
generator=$3
# shellcheck source=tests/e2e/lib.sh
source "$(dirname "$0")/lib.sh"

skip_unless_installed python3

digest() { (cd "$1" && find . -type f | LC_ALL=C sort | xargs md5sum | md5sum | cut -d' ' -f1); }

# The built-in vocabulary (no source articles), so the test is the same with or without ../shared.
python3 "$generator" --out "$work/a" --count 90 --layout mixed --seed 3 --source /nonexistent
python3 "$generator" --out "$work/b" --count 90 --layout mixed --seed 3 --source /nonexistent
python3 "$generator" --out "$work/c" --count 90 --layout mixed --seed 4 --source /nonexistent
check_eq "same seed, same bytes" "$(digest "$work/a")" "$(digest "$work/b")"
if [ "$(digest "$work/a")" = "$(digest "$work/c")" ]; then
  fail "another seed gave the same bytes"
fi
check_eq "text files" 30 "$(find "$work/a" -name '*.txt' | wc -l)"
check_eq "html files" 30 "$(find "$work/a" -name '*.html' | wc -l)"
check_eq "jsonl records" 30 "$(cat "$work"/a/feeds/*.jsonl | wc -l)"

"$news_index" -q --summary json --db "$work/db" "$work/a" >"$work/summary.json" || true
check_eq "articles indexed" '"added":90' "$(grep -o '"added":[0-9]*' "$work/summary.json")"
check_eq "nothing skipped" '"skipped":[]' "$(grep -o '"skipped":\[[^]]*\]' "$work/summary.json")"
# Every article has a byline, a date, and a person quoted by name.
check_eq "dated articles" 90 "$("$news_query" --db "$work/db" --count 'date:2023' || true)"
authors=$("$news_query" --db "$work/db" --facet author --facet-limit 1000 --limit 0 '' |
  awk '/^author \(/ { print $2 }' | tr -d '(')
[ "${authors:-0}" -ge 20 ] && echo "ok: $authors distinct authors" ||
  fail "expected at least 20 distinct authors, got '${authors:-none}'"
speakers=$("$news_query" --db "$work/db" --facet speaker --facet-limit 1000 --limit 0 '' |
  awk '/^speaker \(/ { print $2 }' | tr -d '(')
[ "${speakers:-0}" -ge 20 ] && echo "ok: $speakers distinct speakers" ||
  fail "expected at least 20 distinct people quoted, got '${speakers:-none}'"
finish
