#!/usr/bin/env bash
# sharded_equals_unsharded.sh NEWS_INDEX NEWS_QUERY GEN_CORPUS QUERIES: an archive split into
# shards (news-index --shard-by year, and --shard-by month) answers every query exactly as one
# database does.
#
# 600 generated articles, one a day from 2023 on (text, HTML and JSON Lines files; a JSON Lines
# file's records spread over several shards), are indexed three ways: one database (parallel
# writers, merged), sharded by year (2 shards and the undated one), sharded by month (about 21).
# For every query of QUERIES (bench/queries.txt, the query benchmark's set) and a few more that
# use what a stub of shards must also get right (sorting by date, collapsing, facets, speaker and
# quote filters, --count), news-query's JSON must be the same: the same articles, ranks, snippets
# and facet counts, in the same order, and the same scores to 12 significant digits (a stub sums
# the shards' statistics in another order, which can move a score's last bit). Only `total` may
# differ when it is an estimate (total_exact false): Xapian estimates per shard, so it is compared
# only when exact.
# At least half of the queries must match something, or the test would prove little.
set -euo pipefail
index=$1
query=$2
generator=$3
queries_file=$4
# shellcheck source=tests/e2e/lib.sh
source "$(dirname "$0")/lib.sh"

if ! command -v python3 >/dev/null 2>&1; then
  echo "SKIP: python3 is not installed (setup.sh installs it)"
  exit 77
fi

archive=$work/archive
# Sentences from ../shared/corpora/bbc when present (the benchmark queries are about its topics),
# else the generator's own vocabulary.
python3 "$generator" --out "$archive" --count 600 --per-dir 1 --layout mixed --seed 7 >/dev/null

"$index" --db "$work/one.db" --writers 2 --quiet "$archive"
"$index" --db "$work/year.db" --shard-by year --quiet "$archive"
"$index" --db "$work/month.db" --shard-by month --quiet "$archive"
check_eq "year shards (stub lines)" 3 "$(grep -c '^auto ' "$work/year.db/XAPIANDB")"
months=$(grep -c '^auto ' "$work/month.db/XAPIANDB")
if [ "$months" -lt 20 ]; then fail "month shards: only $months"; fi

# A second run over the sharded archives changes nothing.
summary=$("$index" --db "$work/year.db" --summary json "$archive")
check_summary "re-run of the year shards" "$summary" added=0 updated=0 deleted=0

grep -v '^[[:space:]]*\(#\|$\)' "$queries_file" >"$work/queries.txt"
printf '%s\n' "$(head -1 "$work/queries.txt")" said >"$work/two.txt"
total_queries=$(($(wc -l <"$work/queries.txt")))

compared=0 matched=0 differ=0
# compare QUERIES ARGS...: news-query --format json --batch QUERIES ARGS gives the same results on
# each sharded archive as on one database (as comparable_json in lib.sh has them). One process per
# database and batch: a process per query made the test slow under AddressSanitizer.
compare() {
  local queries=$1 code
  shift
  for db in one year month; do
    code=0
    "$query" --db "$work/$db.db" --format json --limit 20 --batch "$queries" "$@" \
      >"$work/$db.json" 2>"$work/$db.err" || code=$?
    if [ "$code" -gt 1 ]; then
      fail "news-query $* on $db.db exited $code: $(head -1 "$work/$db.err")"
      return
    fi
  done
  local batch matching
  read -r batch matching < <(python3 -c '
import json, sys
results = json.load(open(sys.argv[1]))
print(len(results), sum(1 for r in results if r["results"]))' "$work/one.json")
  compared=$((compared + batch))
  matched=$((matched + matching))
  for db in year month; do
    comparable_json "$work/one.json" "$work/$db.json" >"$work/one.cmp"
    comparable_json "$work/$db.json" "$work/one.json" >"$work/$db.cmp"
    if ! cmp -s "$work/one.cmp" "$work/$db.cmp"; then
      differ=$((differ + 1))
      fail "$* (batch of $batch queries): sharded by $db differs from one database"
      diff <(python3 -m json.tool "$work/one.json") <(python3 -m json.tool "$work/$db.json") |
        head -10 | sed 's/^/    /' || true
    fi
  done
}

compare "$work/queries.txt"
check_eq "benchmark queries compared" "$total_queries" "$compared"
# The same queries, with what else a search over shards must get right.
compare "$work/two.txt" --recent --now 2024-06-01
compare "$work/two.txt" --sort newest
compare "$work/two.txt" --sort oldest
compare "$work/two.txt" --collapse
compare "$work/two.txt" --facet speaker --facet year
compare "$work/two.txt" --histogram month
printf '%s\n' quote:said >"$work/quote.txt"
compare "$work/quote.txt"
compare "$work/quote.txt" --quotes
printf '%s\n' said >"$work/said.txt"
compare "$work/said.txt" --all
# The exact number of matches, for queries with an estimated total above.
for q in said "$(head -1 "$work/queries.txt")"; do
  for db in one year month; do
    "$query" --db "$work/$db.db" --count "$q" >"$work/$db.count" || true
  done
  check_eq "--count '$q', sharded by year" "$(cat "$work/one.count")" "$(cat "$work/year.count")"
  check_eq "--count '$q', sharded by month" "$(cat "$work/one.count")" "$(cat "$work/month.count")"
done

echo "queries compared: $compared, of which $matched matched something; differing: $differ"
if [ "$matched" -lt $((compared / 2)) ]; then
  fail "only $matched of $compared queries matched anything: the comparison proves little"
fi
finish
