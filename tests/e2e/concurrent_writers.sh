#!/usr/bin/env bash
# concurrent_writers.sh NEWS_INDEX NEWS_QUERY: two cron jobs that overlap, and searches while an
# index is written.
#
# A first news-index indexes a generated archive of 2,000 articles with --batch-size 100 (20
# commits, so the run lasts a while) and --writers 1: a first index with parallel writers makes
# its articles visible only when it merges them at the end, and this test is about the commits a
# reader sees while a writer works (the parallel case is checked by e2e_parallel_first_index).
# Once it has committed documents:
#   - a second news-index on the same database must exit 75 within 5 s, saying on stderr that the
#     database is locked by another news-index (the message indexer/writable_database.cc writes);
#   - a third, started with --wait 120, must wait for the first and then exit 0, finding every
#     article already indexed (all unchanged, none added): it ran after the first, not beside it;
#   - news-query runs in two loops until the first finishes, one with quick queries (a word,
#     speaker:, date:, title: with author:), one with a quote: query (which reads the record of
#     every match, so it takes longer and must not hold up the quick ones): every query must exit
#     0, or 1 (no match yet), never anything else, and at least 20 must have run.
# The first must then have added every article, and the database must hold all of them.
#
# Then the first moments of a new database: up to 20 times (until 3 fail), a query is run the
# instant news-index has created the database directory. It must exit 0 or 1, or 3 saying there
# is no database yet; any other failure (a half-created database read as broken, or as one of
# another schema version) is a query failing during indexing. The window lasts milliseconds: a
# single attempt can miss it, twenty hardly all do.
set -euo pipefail
index=$1 query=$2
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

total=2000
batch=100
db=$work/db
make_archive "$archive" "$total"

# query_loop LOG QUERY...: runs the queries in turn against the database until the file
# $work/stop-queries exists; one line per query in LOG: exit code, query, first line of stderr.
query_loop() {
  local log=$1 q code
  shift
  until [ -e "$work/stop-queries" ]; do
    for q in "$@"; do
      code=0
      "$query" --db "$db" --limit 3 "$q" >/dev/null 2>"$log.stderr" || code=$?
      printf '%s\t%s\t%s\n' "$code" "$q" "$(head -1 "$log.stderr")" >>"$log"
    done
  done
}

"$index" --db "$db" --batch-size "$batch" --writers 1 --summary json "$archive" >"$work/first.out" \
  2>"$work/first.err" &
first=$!
track "$first"
first_start=$(now)

# The first holds the lock from the moment it opens the database; once documents are committed it
# certainly has it, and the queries have something to find.
has_documents() { "$query" --db "$db" --limit 1 '' >/dev/null 2>&1; }
first_gone() { ! kill -0 "$first" 2>/dev/null; }
has_documents_or_first_gone() { has_documents || first_gone; }
wait_until 120 has_documents_or_first_gone || true
if first_gone; then
  fail "the first news-index ended before the others could overlap it: $(cat "$work/first.err")"
  finish
fi
echo "the first news-index has committed documents after $(elapsed "$first_start") s"

query_loop "$work/quick-queries.log" council speaker:jensen date:2021 \
  'title:harbour author:castell' &
quick_loop=$!
track "$quick_loop"
query_loop "$work/quote-queries.log" 'quote:"build it"' &
quote_loop=$!
track "$quote_loop"

# The second writer: refused at once.
second_start=$(now)
code=0
"$index" --db "$db" --batch-size "$batch" "$archive" >"$work/second.out" 2>"$work/second.err" ||
  code=$?
second_seconds=$(elapsed "$second_start")
echo "second news-index: exit $code after $second_seconds s: $(cat "$work/second.err")"
check_eq "second news-index exit code" 75 "$code"
if awk -v s="$second_seconds" 'BEGIN { exit !(s > 5) }'; then
  fail "the second news-index took $second_seconds s to give up; expected under 5 s"
fi
if ! grep -q "database $db is locked: another news-index is writing to it" "$work/second.err"; then
  fail "the second news-index's stderr does not say the database is locked by another" \
    "news-index: '$(cat "$work/second.err")'"
fi
if first_gone; then
  fail "the first news-index had ended when the second gave up: the test did not overlap them"
fi

# The third writer: waits its turn.
"$index" --db "$db" --batch-size "$batch" --wait 120 --summary json "$archive" \
  >"$work/third.out" 2>"$work/third.err" &
third=$!
track "$third"
if first_gone; then
  fail "the first news-index had ended when the third started: the test did not overlap them"
fi

code=0
wait "$first" || code=$?
first_seconds=$(elapsed "$first_start")
touch "$work/stop-queries"
echo "first news-index: exit $code after $first_seconds s: $(cat "$work/first.out")"
check_eq "first news-index exit code" 0 "$code"
check_summary "first news-index" "$(cat "$work/first.out")" added="$total" unchanged=0

code=0
wait "$third" || code=$?
echo "third news-index (--wait 120): exit $code after $(elapsed "$first_start") s from the" \
  "first's start: $(cat "$work/third.out") $(cat "$work/third.err")"
check_eq "third news-index (--wait 120) exit code" 0 "$code"
check_summary "third news-index (--wait 120)" "$(cat "$work/third.out")" added=0 \
  unchanged="$total" updated=0 moved=0 deleted=0

wait "$quick_loop" "$quote_loop" || true
cat "$work/quick-queries.log" "$work/quote-queries.log" >"$work/queries.log"
ran=$(wc -l <"$work/queries.log")
echo "queries run while the first news-index was writing: $ran; by query and exit code:"
cut -f1,2 "$work/queries.log" | sort | uniq -c | sed 's/^/   /'
if [ "$ran" -lt 20 ]; then
  fail "only $ran queries ran during the indexing; expected at least 20"
fi
bad=$(awk -F'\t' '$1 != 0 && $1 != 1' "$work/queries.log")
if [ -n "$bad" ]; then
  fail "$(grep -c . <<<"$bad") queries during the indexing failed (exit, query, stderr):"
  head -10 <<<"$bad" | sed 's/^/    /'
fi

code=0
found=$("$query" --db "$db" --format json --limit 1 '' 2>&1) || code=$?
check_eq "articles in the database after both runs" "$total" \
  "$(sed -n 's/^  "total": \([0-9]*\),$/\1/p' <<<"$found")"

# A new database's first moments: a query the instant the directory appears.
make_archive "$work/small" 20
creation_failures=()
attempts=0
while [ "$attempts" -lt 20 ] && [ "${#creation_failures[@]}" -lt 3 ]; do
  attempts=$((attempts + 1))
  rm -rf "$work/new.db"
  "$index" --db "$work/new.db" -q "$work/small" >/dev/null 2>&1 &
  pid=$!
  track "$pid"
  # Spin, not sleep: the window lasts milliseconds.
  until [ -d "$work/new.db" ] || ! kill -0 "$pid" 2>/dev/null; do :; done
  code=0
  "$query" --db "$work/new.db" --limit 1 council >/dev/null 2>"$work/new.err" || code=$?
  wait "$pid" || true
  if [ "$code" -eq 0 ] || [ "$code" -eq 1 ] ||
    { [ "$code" -eq 3 ] && grep -q "no database at" "$work/new.err"; }; then
    continue
  fi
  creation_failures+=("attempt $attempts: exit $code: $(head -1 "$work/new.err")")
done
if [ "${#creation_failures[@]}" -gt 0 ]; then
  fail "${#creation_failures[@]} of $attempts queries run while news-index was creating a new" \
    "database failed:"
  printf '    %s\n' "${creation_failures[@]}"
else
  echo "ok: $attempts queries run while news-index was creating a new database all answered"
fi

finish
