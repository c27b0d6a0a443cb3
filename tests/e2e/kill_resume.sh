#!/usr/bin/env bash
# kill_resume.sh NEWS_INDEX DUMP_DB NEWS_QUERY: news-index killed with SIGKILL at any point of a
# large run loses at most the batch it was writing, and the next run completes the index so that
# it equals an uninterrupted run's, document for document.
#
# Indexes a generated archive of 3,045 articles with --batch-size 50 once without interruption
# (the reference, whose duration T sets the kill points, so that they mean the same on a fast or a
# slow machine), then, each on a new database:
#   twice          SIGKILL early, at 0.1 T, then a second run on the same database killed 0.3 T
#                  after its start;
#   middle         SIGKILL at 0.5 T;
#   final phase    SIGKILL as soon as the last whole batch is committed (polling the count): 3,045
#                  is not a multiple of 50, so the kill lands while the last 45 articles are
#                  written or during the end-of-run work and commit.
# After every kill the database must open and answer a query with news-query (exit 0 when it has
# documents, 1 when it has none; never 3), and hold a whole number of batches (every commit is
# atomic; a killed run loses only its uncommitted batch). Each scenario then re-runs news-index to
# completion: its summary must count the articles already committed as unchanged and only the
# rest as added, and the dump_db dump must equal the reference's, with nothing left out.
# Prints where each kill landed (documents committed, of how many).
set -euo pipefail
index=$1 dump_db=$2 query=$3
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

total=3045
batch=50
make_archive "$archive" "$total"

# run_to_end WHAT DB: runs news-index to completion; its JSON summary goes to $summary.
run_to_end() {
  local code=0
  summary=$("$index" --db "$2" --batch-size "$batch" --summary json "$archive" \
    2>"$work/stderr") || code=$?
  echo "$1: exit $code: $summary"
  if [ "$code" -ne 0 ]; then
    fail "$1: expected exit 0, got $code; stderr: $(cat "$work/stderr")"
  fi
}

start=$(now)
run_to_end "reference (uninterrupted)" "$work/reference.db"
duration=$(elapsed "$start")
echo "reference run: $duration s (T)"
check_summary "reference" "$summary" added="$total" unchanged=0
"$dump_db" "$work/reference.db" >"$work/reference.dump"
check_eq "reference document count" "documents $total" "$(head -1 "$work/reference.dump")"

# check_after_kill WHAT DB BEFORE: the database a killed run left: readable, a whole number of
# batches, at least the BEFORE documents an earlier run committed. Sets $committed.
check_after_kill() {
  local what=$1 db=$2 before=$3 code=0
  committed=$(doc_count "$db")
  if [ ! -e "$db" ]; then
    echo "$what: killed before the database was created"
    return
  fi
  "$query" --db "$db" --limit 1 council >/dev/null 2>"$work/query-stderr" || code=$?
  if [ "$committed" -gt 0 ] && [ "$code" -ne 0 ]; then
    fail "$what: news-query on the $committed documents left exited $code, not 0:" \
      "$(cat "$work/query-stderr")"
  elif [ "$committed" -eq 0 ] && [ "$code" -ne 1 ]; then
    fail "$what: news-query on the empty database left exited $code, not 1:" \
      "$(cat "$work/query-stderr")"
  else
    echo "ok: $what: news-query answers (exit $code)"
  fi
  if [ $((committed % batch)) -ne 0 ] && [ "$committed" -ne "$total" ]; then
    fail "$what: $committed documents committed: not a whole number of batches of $batch"
  fi
  if [ "$committed" -lt "$before" ] || [ "$committed" -gt "$total" ]; then
    fail "$what: $committed documents committed; expected between $before and $total"
  fi
}

# kill_after WHAT DB SECONDS: starts news-index on DB and SIGKILLs it SECONDS after the start, then
# checks what it left (check_after_kill).
kill_after() {
  local what=$1 db=$2 delay=$3 before pid code=0
  before=$(doc_count "$db")
  "$index" --db "$db" --batch-size "$batch" -q "$archive" >"$work/killed.out" 2>&1 &
  pid=$!
  track "$pid"
  sleep "$delay"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || code=$?
  check_killed "$what" "$db" "$before" "$code" "$delay s after the start"
}

# kill_near_end WHAT DB: starts news-index on DB and SIGKILLs it as soon as the last whole batch is
# committed (polling the count), then checks what it left.
kill_near_end() {
  local what=$1 db=$2 before pid code=0 threshold
  threshold=$((total / batch * batch))
  before=$(doc_count "$db")
  "$index" --db "$db" --batch-size "$batch" -q "$archive" >"$work/killed.out" 2>&1 &
  pid=$!
  track "$pid"
  at_threshold() { [ "$(doc_count "$db")" -ge "$threshold" ] || ! kill -0 "$pid" 2>/dev/null; }
  if ! wait_until 300 at_threshold; then
    fail "$what: $threshold documents were not committed within 300 s"
  fi
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || code=$?
  check_killed "$what" "$db" "$before" "$code" "once $threshold documents were committed"
}

# check_killed WHAT DB BEFORE EXIT_CODE WHEN: reports where the kill landed, then check_after_kill.
check_killed() {
  local what=$1 db=$2 before=$3 code=$4 when=$5
  if [ "$code" -eq 137 ]; then
    check_after_kill "$what" "$db" "$before"
    echo "$what: SIGKILL $when landed after $committed of $total documents were committed" \
      "(batch $((committed / batch)) of $(((total + batch - 1) / batch)))"
  else
    # The run ended before the signal: on a machine much faster than the reference run's, say so
    # (the scenario then tests nothing but a re-run) rather than fail.
    echo "note: $what: news-index had already exited ($code) when the SIGKILL $when was sent:" \
      "$(cat "$work/killed.out")"
    committed=$(doc_count "$db")
  fi
}

# resume WHAT DB: runs news-index to completion after kills that left $committed documents; the
# articles committed must count as unchanged, the rest as added, and the result equal the
# reference.
resume() {
  local what=$1 db=$2
  run_to_end "$what: re-run" "$db"
  check_summary "$what: re-run" "$summary" added=$((total - committed)) unchanged="$committed" \
    updated=0 moved=0 deleted=0
  "$dump_db" "$db" >"$work/resumed.dump"
  compare_dumps "$what: resumed index vs the reference" "$work/reference.dump" "$work/resumed.dump"
  rm -rf "$db" "$work"/resumed.dump*
}

# fraction F: F of the reference duration, in seconds.
fraction() {
  awk -v f="$1" -v t="$duration" 'BEGIN { printf "%.2f", f * t }'
}

kill_after "twice, first kill (0.1 T)" "$work/twice.db" "$(fraction 0.1)"
kill_after "twice, second kill (0.3 T)" "$work/twice.db" "$(fraction 0.3)"
resume "twice" "$work/twice.db"

kill_after "middle (0.5 T)" "$work/middle.db" "$(fraction 0.5)"
resume "middle" "$work/middle.db"

kill_near_end "final phase" "$work/final.db"
resume "final phase" "$work/final.db"

finish
