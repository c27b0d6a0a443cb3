#!/usr/bin/env bash
# bad_records_every_run.sh NEWS_INDEX: a JSON Lines record that cannot be read is reported on every
# run, not only the first one that read its file, and every such run exits 1 (files skipped), as
# the first did, also when the file is passed over as unchanged; once the record is fixed, it is
# indexed and the runs exit 0.
set -euo pipefail
index=$1
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

db=$work/db
feed=$archive/feed.jsonl
mkdir -p "$archive"
{
  echo '{"title": "Tram line opens", "body": "The new tram line opened on Tuesday."}'
  echo '{"title": "Broken record", "body": '
  echo '{"title": "Bridge repairs", "body": "Repairs to the bridge start in May."}'
} >"$feed"

for run in first second third; do
  capture "$index" --db "$db" "$archive"
  check_eq "$run run: exit code" 1 "$code"
  check_grep "$run run: the bad record reported" "skipped $feed:2: " "$err"
done
capture "$index" --summary json --db "$db" "$archive"
check_eq "JSON run: exit code" 1 "$code"
check_grep "JSON run: the bad record in the summary" "\"skipped\":\\[\\{\"path\":\"$feed:2\"" "$out"
check_grep "JSON run: the others unchanged" '"added":0,"updated":0,"unchanged":2,' "$out"

# Fixed: indexed, and the runs after it are clean.
sed -i '2s/.*/{"title": "Record mended", "body": "The record was mended."}/' "$feed"
capture "$index" --db "$db" "$archive"
check_eq "the record fixed: exit code" 0 "$code"
check_grep "the record fixed: indexed" '1 added, 0 updated, 2 unchanged' "$err"
capture "$index" --db "$db" "$archive"
check_eq "the run after: exit code" 0 "$code"

finish
