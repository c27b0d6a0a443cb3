#!/usr/bin/env bash
# incremental_equals_full.sh NEWS_INDEX DUMP_DB: an incremental re-run leaves the same index as a
# fresh full index of the archive's new state.
#
# Indexes a generated archive of 300 articles, then changes it as an archive changes between two
# cron runs: 20 files added, 10 edited in place with the same byte length and their mtime put back
# (only the ctime tells; news-index must still notice), 10 edited with a different length, 10
# renamed or moved (within a directory, to another directory, to a new one), 10 deleted, 5 touched
# without a change. The re-run's --summary json counts must say exactly that (a moved file counts
# as moved, not as added and deleted), a second re-run must change nothing, and the dump_db dump of
# the database must equal, byte for byte, the dump of a fresh index of the new state: same
# documents, data, values (file stamps included) and terms with positions. Only docids and the
# order articles were first indexed in (Slot::kOrder), which record history, are left out.
set -euo pipefail
index=$1 dump_db=$2
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

make_archive "$archive" 300
mapfile -t files < <(find "$archive" -type f -name '*.txt' | LC_ALL=C sort)
check_eq "articles generated" 300 "${#files[@]}"

# run_index WHAT DB EXPECTED_EXIT: runs news-index on the archive; its JSON summary goes to
# $summary.
run_index() {
  local code=0
  summary=$("$index" --db "$2" --summary json "$archive" 2>"$work/stderr") || code=$?
  echo "$1: exit $code: $summary"
  if [ "$code" -ne "$3" ]; then
    fail "$1: expected exit $3, got $code; stderr: $(cat "$work/stderr")"
  fi
}

run_index "first run" "$work/incremental.db" 0
check_summary "first run" "$summary" added=300 updated=0 unchanged=0 moved=0 deleted=0

# The changes. Files are picked by their place in the sorted list, 30 apart, so each kind of
# change is spread over the sections and years: file 30k+0 is edited in place, 30k+1 edited with a
# new length, 30k+2 renamed or moved, 30k+3 deleted, 30k+4 (k < 5) touched.
make_archive "$archive" 20 300
mkdir -p "$archive/relocated/deep"
same_length_edited=()
for k in $(seq 0 9); do
  # In place, same length: the unique reference "NA<number>" becomes "ED<number>", written over
  # the old bytes (same inode), and the mtime is put back to the nanosecond.
  file=${files[30 * k]}
  touch -r "$file" "$work/saved-times"
  size_before=$(stat -c %s "$file")
  offset=$(grep -bo 'reference NA' "$file" | cut -d: -f1)
  printf 'ED' | dd of="$file" bs=1 seek=$((offset + 10)) conv=notrunc status=none
  touch -r "$work/saved-times" "$file"
  if [ "$(stat -c '%s %y' "$file")" != "$size_before $(stat -c %y "$work/saved-times")" ]; then
    fail "the same-length edit of $file changed its size or mtime: $(stat -c '%s %y' "$file")"
  fi
  same_length_edited+=("$(grep -o 'reference ED[0-9]*' "$file")")

  # A new paragraph: a different length and a new mtime.
  printf '\n"It was worth the wait," said Nadia Quist, a resident.\n' >>"${files[30 * k + 1]}"

  file=${files[30 * k + 2]}
  case $((k % 3)) in
    0) mv "$file" "$(dirname "$file")/renamed-$(basename "$file")" ;;
    1)
      target=$archive/local/2024
      [ "$(dirname "$file")" != "$target" ] || target=$archive/sport/2019
      mv "$file" "$target/"
      ;;
    2) mv "$file" "$archive/relocated/deep/" ;;
  esac

  rm "${files[30 * k + 3]}"
  if [ "$k" -lt 5 ]; then
    touch "${files[30 * k + 4]}"
  fi
done
check_eq "articles after the changes" 310 "$(find "$archive" -type f -name '*.txt' | wc -l)"

run_index "re-run after the changes" "$work/incremental.db" 0
check_summary "re-run after the changes" "$summary" added=20 updated=20 unchanged=260 moved=10 \
  deleted=10
run_index "second re-run" "$work/incremental.db" 0
check_summary "second re-run" "$summary" added=0 updated=0 unchanged=310 moved=0 deleted=0

run_index "fresh index of the new state" "$work/full.db" 0
check_summary "fresh index of the new state" "$summary" added=310

# --without-order: the order articles were first indexed in is history, as docids are (the 20 added
# come after the first run's 300 in one database, among them by path in the other).
"$dump_db" --without-order "$work/incremental.db" >"$work/incremental.dump"
"$dump_db" --without-order "$work/full.db" >"$work/full.dump"

# The same-length edits on their own, since only they depend on the ctime: each new reference
# must be in the index (as the term "ed<number>"), and the old one gone.
missing=()
for reference in "${same_length_edited[@]}"; do
  term=$(tr '[:upper:]' '[:lower:]' <<<"${reference#reference }")
  old_term=na${term#ed}
  if ! grep -q "^term $term " "$work/incremental.dump" ||
    grep -q "^term $old_term " "$work/incremental.dump"; then
    missing+=("$reference")
  fi
done
if [ "${#missing[@]}" -gt 0 ]; then
  fail "${#missing[@]} of 10 files edited in place with the same length and their mtime restored" \
    "were not re-indexed (their change shows only in the ctime): ${missing[*]}"
else
  echo "ok: the 10 same-length edits with the mtime restored were re-indexed"
fi

compare_dumps "incremental index vs fresh index" "$work/full.dump" "$work/incremental.dump"
finish
