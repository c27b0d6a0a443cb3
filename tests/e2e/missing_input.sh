#!/usr/bin/env bash
# missing_input.sh NEWS_INDEX NEWS_QUERY: an archive path that is missing exits 66 (EX_NOINPUT),
# which the shipped systemd unit does not count as success (SuccessExitStatus=1 143).
#   - a missing directory among present ones: the others are indexed, the missing one is listed
#     with its reason, exit 66;
#   - a missing file named on the command line: the same;
#   - a directory indexed before and absent now (an unmounted disk with its mount point gone):
#     nothing under it is deleted, exit 66;
#   - precedence: 66 over 4 (deletions held back) and 1 (files skipped), as documented.
set -euo pipefail
index=$1 query=$2
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

db=$work/db

article "$archive/a/harbour.txt" harbour
article "$archive/b/tram.txt" tram
article "$archive/b/bridge.txt" bridge

capture "$index" --db "$db" "$archive/a" "$archive/missing" "$archive/b"
check_eq "a missing directory among present ones: exit code" 66 "$code"
check_grep "a missing directory: listed with its reason" \
  "skipped $archive/missing: No such file or directory" "$err"
check_grep "a missing directory: the others indexed" '3 added' "$err"
check_eq "a missing directory: articles" 3 "$(matches "$db")"

capture "$index" --db "$db" "$archive/a" "$archive/missing.txt"
check_eq "a missing file: exit code" 66 "$code"

capture "$index" --db "$db" "$archive/a" "$archive/b"
check_eq "every path present: exit code" 0 "$code"

# The disk holding b/ unmounted and its mount point gone: nothing under it is deleted.
mv "$archive/b" "$work/b-unmounted"
capture "$index" --summary json --db "$db" "$archive/a" "$archive/b"
check_eq "an absent directory: exit code" 66 "$code"
check_grep "an absent directory: deletes nothing" '"deleted":0,' "$out"
check_eq "an absent directory: articles" 3 "$(matches "$db")"

# 66 comes before 4: a/ emptied (its deletion held back) while b/ is missing.
mv "$archive/a/harbour.txt" "$work/"
capture "$index" --db "$db" "$archive/a" "$archive/b"
check_eq "a missing path and deletions held back: exit code" 66 "$code"
check_grep "a missing path and deletions held back: both said" "held back.*$archive/a" "$err"
check_eq "a missing path and deletions held back: articles" 3 "$(matches "$db")"

# 66 comes before 1: a file skipped (empty) while b/ is missing.
mv "$work/harbour.txt" "$archive/a/"
: >"$archive/a/empty.txt"
capture "$index" --db "$db" "$archive/a" "$archive/b"
check_eq "a missing path and a file skipped: exit code" 66 "$code"
check_grep "a missing path and a file skipped: the file listed" "skipped $archive/a/empty.txt" "$err"

capture "$index" --help
check_grep "--help: exit code 66" '66 ' "$out"

finish
