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
# An article whose date is corrected into another year must move to that shard, found once, and a
# run while another holds the archive's lock exits 75; a --shard-by that does not match the
# database exits 2.
# At least half of the queries must match something, or the test would prove little.
set -euo pipefail
index=$1 query=$2 generator=$3 queries_file=$4
# shellcheck source=tests/e2e/lib.sh
source "$(dirname "$0")/lib.sh"

skip_unless_installed python3 flock

daily_archive "$generator" "$archive" 7

"$index" --db "$work/one.db" --writers 2 --quiet "$archive"
"$index" --db "$work/year.db" --shard-by year --quiet "$archive"
"$index" --db "$work/month.db" --shard-by month --quiet "$archive"
check_eq "year shards (stub lines)" 3 "$(grep -c '^auto ' "$work/year.db/XAPIANDB")"
months=$(grep -c '^auto ' "$work/month.db/XAPIANDB")
if [ "$months" -lt 20 ]; then fail "month shards: only $months"; fi

# A second run over the sharded archives changes nothing.
summary=$("$index" --db "$work/year.db" --summary json "$archive")
check_summary "re-run of the year shards" "$summary" added=0 updated=0 deleted=0

# A split that does not match the archive is a usage error (exit 2), saying what to do.
refused_split() {
  local what=$1 code=0
  shift
  "$index" --quiet "$@" "$archive" 2>"$work/split.err" || code=$?
  check_eq "$what: exit code" 2 "$code"
  grep -q "re-index into a new path\|needs a new path" "$work/split.err" ||
    fail "$what: the message does not say what to do: $(head -1 "$work/split.err")"
}
refused_split "--shard-by month on an archive split by year" --db "$work/year.db" --shard-by month
refused_split "--shard-by year on one database" --db "$work/one.db" --shard-by year

# While another news-index holds the archive's lock (here flock(1), the same kind of lock), a run
# exits 75 at once, saying so.
# -o: sleep does not inherit the lock, so killing flock releases it.
flock -o "$work/year.db/.news-index.lock" sleep 30 >/dev/null 2>&1 &
holder=$!
track "$holder"
wait_until 10 bash -c "! flock -n '$work/year.db/.news-index.lock' true"
code=0
"$index" --db "$work/year.db" --quiet "$archive" 2>"$work/locked.err" || code=$?
check_eq "a run while the archive is locked: exit code" 75 "$code"
grep -q "is locked: another news-index is writing to it" "$work/locked.err" ||
  fail "a run while the archive is locked does not say so: $(cat "$work/locked.err")"
kill "$holder" 2>/dev/null || true
wait "$holder" 2>/dev/null || true

# An article whose publication date is corrected into another year moves to that year's shard:
# every archive is re-run, and it must be found once, in its new shard only.
# sed -n 1p, not head -1: head exits early, and sort, killed by SIGPIPE, fails the pipeline
# under pipefail (it did in CI, silently).
moved=$(find "$archive/2023" -name '*.txt' | LC_ALL=C sort | sed -n 1p)
sed -i -E 's/^(Published: [0-9]+ [A-Za-z]+) 2023/\1 2024/' "$moved"
grep -q '^Published: .* 2024' "$moved" || fail "the test could not move $moved to 2024"
id=$("$index" --explain "$moved" | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])')
for db in one year month; do
  summary=$("$index" --db "$work/$db.db" --summary json "$archive")
  check_summary "re-run of $db after the date change" "$summary" added=0 updated=1 deleted=0
  check_eq "$db: documents with the moved article's id" 1 \
    "$("$query" --db "$work/$db.db" --count "id:$id")"
done
# Each shard is a news database of its own: the article is in 2024's, no longer in 2023's.
check_eq "the moved article in the 2023 shard" 0 "$("$query" --db "$work/year.db/2023" --count "id:$id")"
check_eq "the moved article in the 2024 shard" 1 "$("$query" --db "$work/year.db/2024" --count "id:$id")"

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
