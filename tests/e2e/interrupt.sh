#!/usr/bin/env bash
# interrupt.sh NEWS_INDEX DUMP_DB NEWS_QUERY: SIGINT and SIGTERM stop news-index cleanly.
#
# On a generated archive of 3,000 articles indexed with --batch-size 50, with one article of an
# earlier complete run deleted from the archive:
#   - SIGINT once the run has committed its first batch: exit 130, "stopped by SIGINT" on stderr,
#     a JSON summary with interrupted_by 2, and every article it counted as added is in the
#     database (what was read was committed, not only the whole batches); the deleted file's
#     article is still there (an interrupted run has not seen every file, so it deletes nothing);
#   - SIGTERM on the next run: the same with exit 143 and interrupted_by 15;
#   - a run to the end then adds only the rest, deletes the vanished article, and leaves the same
#     index as one uninterrupted run over the archive (dump_db dumps compared).
set -euo pipefail
index=$1 dump_db=$2 query=$3
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

total=3000
batch=50
db=$work/db
make_archive "$archive" "$total"

has_more_than() { [ "$(doc_count "$db")" -gt "$1" ]; }

# A first complete run over one extra article, then that article's file is removed: the runs
# below must not delete it until one of them sees the whole archive.
extra=$work/archive/local/2019/extra-vanishing.txt
make_archive "$work/extra" 1 "$total"
cp "$(find "$work/extra" -name '*.txt' | sed -n 1p)" "$extra"
"$index" --db "$db" --batch-size "$batch" --quiet "$extra"
rm "$extra"
before=$(doc_count "$db")
check_eq "articles before the interrupted runs" 1 "$before"

# interrupt SIGNAL EXPECTED_CODE SIGNAL_NUMBER: runs news-index, sends SIGNAL once it has committed
# a batch more than it started with, and checks how it stopped.
interrupt() {
  local signal=$1 expected_code=$2 number=$3 start_count pid code=0 summary added count
  start_count=$(doc_count "$db")
  "$index" --db "$db" --batch-size "$batch" --summary json "$archive" >"$work/out" \
    2>"$work/err" &
  pid=$!
  track "$pid"
  if ! wait_until 120 has_more_than "$start_count"; then
    fail "SIG$signal: the run committed nothing within 120 s"
  fi
  kill "-$signal" "$pid" 2>/dev/null || true
  wait "$pid" || code=$?
  summary=$(cat "$work/out")
  count=$(doc_count "$db")
  echo "SIG$signal: exit $code with $count documents committed; summary: $summary"
  check_eq "SIG$signal: exit code" "$expected_code" "$code"
  if [ "$code" -eq "$expected_code" ]; then
    check_eq "SIG$signal: interrupted_by" "$number" "$(json_number "$summary" interrupted_by)"
    check_eq "SIG$signal: deleted" 0 "$(json_number "$summary" deleted)"
    added=$(json_number "$summary" added)
    check_eq "SIG$signal: documents = before + added" "$((start_count + added))" "$count"
    if [ "$count" -ge "$((total + before))" ]; then
      echo "note: SIG$signal arrived after the last file was read; the run still stopped cleanly"
    fi
  fi
  if ! grep -q "stopped by SIG$signal after committing" "$work/err"; then
    fail "SIG$signal: stderr does not say how the run stopped: $(cat "$work/err")"
  fi
  "$query" --db "$db" --limit 1 council >/dev/null || fail "SIG$signal: news-query failed after"
}

interrupt INT 130 2
interrupt TERM 143 15

summary=$("$index" --db "$db" --batch-size "$batch" --summary json "$archive")
committed_before=$(($(doc_count "$db")))
echo "completing run: $summary"
check_eq "completing run: deleted" 1 "$(json_number "$summary" deleted)"
check_eq "completing run: interrupted_by" 0 "$(json_number "$summary" interrupted_by)"
check_eq "articles at the end" "$total" "$committed_before"

"$index" --db "$work/reference.db" --batch-size "$batch" --quiet "$archive"
# --without-order: the article of the earlier run came first in this database, and is not in the
# reference at all, so every later article's place differs by one.
"$dump_db" --without-order "$work/reference.db" >"$work/reference.dump"
"$dump_db" --without-order "$db" >"$work/resumed.dump"
compare_dumps "interrupted twice, then completed, vs one uninterrupted run" \
  "$work/reference.dump" "$work/resumed.dump"
finish
