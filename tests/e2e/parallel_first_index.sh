#!/usr/bin/env bash
# parallel_first_index.sh NEWS_INDEX DUMP_DB NEWS_QUERY: a first full index with parallel writers
# (--writers N: one part database per writer, merged into the database at the end).
#
# On a generated archive of 2,000 articles:
#   - with --writers 3 the database equals, in dump_db's full dump (the order articles were first
#     indexed in included), the database one writer makes;
#   - while a parallel run works, a second news-index on the same database exits 75 (locked), and
#     a search exits 0 or 1;
#   - SIGINT during a parallel run: exit 130, what was written is merged (the database holds the
#     articles the summary counts as added), no part is left behind; a run to the end then leaves
#     the same database as the single writer did, order included (the order goes on from where
#     the stopped run left it, in walk order);
#   - SIGKILL during a parallel run: the database stays empty (parts are merged only at the end),
#     and the next run removes the dead run's parts and indexes everything.
set -euo pipefail
index=$1 dump_db=$2 query=$3
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

total=2000
make_archive "$archive" "$total"

"$index" --db "$work/reference.db" --writers 1 --quiet "$archive"
"$dump_db" "$work/reference.db" >"$work/reference.dump"
check_eq "articles indexed by one writer" "$total" "$(doc_count "$work/reference.db")"

summary=$("$index" --db "$work/three.db" --writers 3 --summary json "$archive")
check_summary "three writers" "$summary" added="$total" writers=3
"$dump_db" "$work/three.db" >"$work/three.dump"
compare_dumps "three writers vs one" "$work/reference.dump" "$work/three.dump"
[ ! -e "$work/three.db.parts" ] || fail "three writers: the parts were left behind"

# part_has_documents DB: the first part of a parallel run into DB has flushed documents.
part_has_documents() { [ "$(doc_count "$1.parts/0")" -gt 0 ]; }

# --- SIGINT: what was written is merged, and a later run completes the same database. ---
db=$work/interrupted.db
"$index" --db "$db" --writers 2 --summary json "$archive" >"$work/out" 2>"$work/err" &
pid=$!
track "$pid"
wait_until 120 part_has_documents "$db" || fail "SIGINT run: no part flushed within 120 s"
code=0
"$index" --db "$db" --quiet "$archive" >/dev/null 2>"$work/second.err" || code=$?
check_eq "a second news-index during a parallel run: exit code" 75 "$code"
code=0
"$query" --db "$db" --limit 1 council >/dev/null 2>&1 || code=$?
if [ "$code" -gt 1 ]; then fail "news-query during a parallel run exited $code"; fi
kill -INT "$pid" 2>/dev/null || true
code=0
wait "$pid" || code=$?
summary=$(cat "$work/out")
echo "SIGINT: exit $code; summary: $summary"
check_eq "SIGINT: exit code" 130 "$code"
check_eq "SIGINT: interrupted_by" 2 "$(json_number "$summary" interrupted_by)"
check_eq "SIGINT: documents = added" "$(json_number "$summary" added)" "$(doc_count "$db")"
[ ! -e "$db.parts" ] || fail "SIGINT: the parts were left behind"
summary=$("$index" --db "$db" --summary json "$archive")
check_eq "completing run: articles" "$total" "$(doc_count "$db")"
check_eq "completing run: writers" 1 "$(json_number "$summary" writers)"
"$dump_db" "$db" >"$work/interrupted.dump"
compare_dumps "stopped by SIGINT, then completed, vs one writer" "$work/reference.dump" \
  "$work/interrupted.dump"

# --- SIGKILL: nothing merged; the next run starts over. ---
db=$work/killed.db
"$index" --db "$db" --writers 2 --quiet "$archive" >/dev/null 2>&1 &
pid=$!
track "$pid"
wait_until 120 part_has_documents "$db" || fail "SIGKILL run: no part flushed within 120 s"
kill -KILL "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
check_eq "SIGKILL: articles in the database" 0 "$(doc_count "$db")"
summary=$("$index" --db "$db" --summary json "$archive")
check_summary "run after SIGKILL" "$summary" added="$total"
[ ! -e "$db.parts" ] || fail "run after SIGKILL: the parts were left behind"
"$dump_db" "$db" >"$work/killed.dump"
compare_dumps "killed, then run again, vs one writer" "$work/reference.dump" "$work/killed.dump"
finish
