#!/usr/bin/env bash
# write_errors.sh NEWS_INDEX NEWS_QUERY: a failed write of the output is an error (issue 15, item 6).
# Every output of both tools sent to /dev/full (every write fails with ENOSPC) exits 74 (EX_IOERR)
# with "TOOL: cannot write the output: No space left on device" on stderr: each --format of
# news-query, alone, with --all and with --batch, and --explain; news-index's --summary json,
# --dry-run (with and without --null) and --explain. The same commands to /dev/null exit as before.
set -uo pipefail
index=$1
query=$2
# shellcheck source=tests/e2e/lib.sh
source "$(dirname "$0")/lib.sh"

[ -w /dev/full ] || { echo "SKIP: /dev/full is missing"; exit 77; }
make_archive "$archive" 40
"$index" --quiet --db "$work/db" "$archive" || fail "indexing the archive"
printf 'council\nmuseum\n' >"$work/batch.txt"

# check_full TOOL WHAT OK_CODE COMMAND...: COMMAND exits OK_CODE writing to /dev/null, and 74 with
# the message writing to /dev/full.
check_full() {
  local tool=$1 what=$2 ok=$3
  shift 3
  local code message
  "$@" >/dev/null 2>&1
  check_eq "$what > /dev/null: exit code" "$ok" "$?"
  message=$("$@" 2>&1 >/dev/full)
  code=$?
  check_eq "$what > /dev/full: exit code" 74 "$code"
  check_eq "$what > /dev/full: message" "$tool: cannot write the output: No space left on device" \
    "$message"
}

for format in text json jsonl csv paths count; do
  check_full news-query "news-query --format $format" 0 "$query" --db "$work/db" --format "$format" ''
  check_full news-query "news-query --format $format --all" 0 \
    "$query" --db "$work/db" --format "$format" --all ''
  check_full news-query "news-query --format $format --batch" 0 \
    "$query" --db "$work/db" --format "$format" --batch "$work/batch.txt"
done
# No match: the little there is to print (a line, a header, a count) must still get out; jsonl and
# paths print nothing then.
for format in text json csv count; do
  check_full news-query "news-query --format $format, no match" 1 \
    "$query" --db "$work/db" --format "$format" xylophonequagmire
done
check_full news-query "news-query --format paths --null" 0 \
  "$query" --db "$work/db" --format paths --null --all ''
check_full news-query "news-query --facet, --histogram" 0 \
  "$query" --db "$work/db" --facet speaker --histogram month ''
check_full news-query "news-query --quotes" 0 "$query" --db "$work/db" --quotes 'quote:decision'
check_full news-query "news-query --explain" 0 "$query" --db "$work/db" --explain council

check_full news-index "news-index --summary json" 0 \
  "$index" --db "$work/db" --summary json "$archive"
rm -rf "$work/new.db"
check_full news-index "news-index --dry-run" 0 "$index" --quiet --db "$work/new.db" --dry-run "$archive"
check_full news-index "news-index --dry-run --null" 0 \
  "$index" --quiet --db "$work/new.db" --dry-run --null "$archive"
check_full news-index "news-index --dry-run --summary json" 0 \
  "$index" --db "$work/new.db" --dry-run --summary json "$archive"
first=$(find "$archive" -name '*.txt' | sort | head -1)
check_full news-index "news-index --explain" 0 "$index" --explain "$first"
finish
