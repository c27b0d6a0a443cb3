#!/usr/bin/env bash
# unreadable_keeps_articles.sh NEWS_INDEX NEWS_QUERY: what cannot be read is skipped with its
# reason, and its articles stay in the database (not deleted, not updated). Run as nobody when
# root (root reads whatever the modes say); skipped (77) without setpriv.
#   - a subdirectory made unreadable (chmod 000): listed as skipped, "Permission denied"; --dry-run
#     prints no `delete` line for the articles under it, and a run deletes none of them;
#   - an indexed file made unreadable, and an indexed JSON Lines file: each skipped with
#     "Permission denied" (not "Input/output error"), its articles kept;
#   - readable again: nothing to do but take the new stamps (no article added or deleted).
set -euo pipefail
index=$1 query=$2
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"
unprivileged

db=$work/db
run_index() {
  capture "${as_user[@]}" "$index" --db "$db" "$@" "$archive"
}

article "$archive/top.txt" harbour
article "$archive/sub/one.txt" tram
article "$archive/sub/deeper/two.txt" bridge
article "$archive/other/three.txt" ferry
printf '%s\n' '{"title": "Feed one", "body": "The feed speaks of the market."}' \
  '{"title": "Feed two", "body": "The feed speaks of the stadium."}' >"$archive/feed.jsonl"
chmod -R a+rwX "$archive"

run_index
check_eq "first run: exit code" 0 "$code"
check_eq "first run: articles" 6 "$(matches "$db")"

# --- An unreadable subdirectory. ---
chmod 000 "$archive/sub"
run_index --dry-run
check_eq "dry run, unreadable sub/: exit code" 1 "$code"
check_no_grep "dry run, unreadable sub/: no delete line" '^delete ' "$out"
check_grep "dry run, unreadable sub/: skipped with its reason" \
  "skipped $archive/sub: Permission denied" "$err"
run_index
check_eq "run, unreadable sub/: exit code" 1 "$code"
check_grep "run, unreadable sub/: deletes nothing" '0 added, 0 updated, 4 unchanged, 0 moved, 0 deleted, 1 skipped' "$err"
check_grep "run, unreadable sub/: skipped with its reason" "skipped $archive/sub: Permission denied" "$err"
check_eq "run, unreadable sub/: articles" 6 "$(matches "$db")"
chmod 755 "$archive/sub"

# --- An unreadable directory below a readable one. ---
chmod 000 "$archive/sub/deeper"
run_index
check_eq "run, unreadable sub/deeper/: exit code" 1 "$code"
check_grep "run, unreadable sub/deeper/: deletes nothing" ' 0 deleted, 1 skipped' "$err"
check_eq "run, unreadable sub/deeper/: articles" 6 "$(matches "$db")"
chmod 755 "$archive/sub/deeper"

# --- Unreadable files, already indexed: kept, neither deleted nor updated. ---
chmod 000 "$archive/top.txt" "$archive/feed.jsonl"
run_index
check_eq "run, unreadable files: exit code" 1 "$code"
check_grep "run, unreadable files: deletes and updates nothing" \
  '0 added, 0 updated, 3 unchanged, 0 moved, 0 deleted, 2 skipped' "$err"
check_grep "run, unreadable file: Permission denied" "skipped $archive/top.txt: Permission denied" "$err"
check_grep "run, unreadable record file: Permission denied" \
  "skipped $archive/feed.jsonl: Permission denied" "$err"
check_no_grep "run, unreadable files: no I/O error" 'Input/output error' "$err"
check_eq "run, unreadable files: the article is still found" 1 "$(matches "$db" 'title:harbour')"
check_eq "run, unreadable files: the records are still found" 2 "$(matches "$db" 'title:feed')"

chmod 644 "$archive/top.txt" "$archive/feed.jsonl"
run_index
check_eq "readable again: exit code" 0 "$code"
check_grep "readable again: nothing added or deleted" '0 added, 0 updated, 6 unchanged, 0 moved, 0 deleted, 0 skipped' "$err"

finish
