#!/usr/bin/env bash
# delete_guard.sh NEWS_INDEX NEWS_QUERY: the delete guard (--max-delete, docs/operations.md).
#
# Two roots, a/ (3 articles) and b/ (6), indexed in one run; then:
#   - a/ emptied, as an unmounted disk leaves its mount point, and a new article in b/: the run
#     deletes nothing, indexes the new article, says why on stderr (with --quiet too, and in the
#     JSON summary) and exits 4; --dry-run shows the same decision (no `delete` line, exit 4);
#   - --max-delete all lets the deletions go (exit 0);
#   - 4 of the 7 articles left gone from b/ (57%, more than the default 50%): held back (exit 4);
#     --max-delete 3 holds them back too, --max-delete 60% lets them go;
#   - --max-delete values that mean nothing are usage errors (exit 2), and --help documents the
#     option and exit code 4.
set -euo pipefail
index=$1 query=$2
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

db=$work/db
a=$archive/a
b=$archive/b

for word in harbour tram bridge; do article "$a/$word.txt" "$word"; done
for word in ferry school library market stadium museum; do article "$b/$word.txt" "$word"; done
capture "$index" --db "$db" "$a" "$b"
check_eq "first run: exit code" 0 "$code"
check_eq "first run: articles" 9 "$(matches "$db")"

# --- An emptied root: every article under a/ would go. ---
mkdir "$work/aside"
mv "$a"/* "$work/aside/"
article "$b/park.txt" park

capture "$index" --dry-run --db "$db" "$a" "$b"
check_eq "dry run over the emptied root: exit code" 4 "$code"
check_no_grep "dry run over the emptied root: no delete line" '^delete ' "$out"
check_grep "dry run over the emptied root: the new article" "^add $b/park.txt$" "$out"
check_grep "dry run over the emptied root: says deletions are held back, and why" \
  "held back.*3 articles.*$a" "$err"

capture "$index" --db "$db" "$a" "$b"
check_eq "run over the emptied root: exit code" 4 "$code"
check_grep "run over the emptied root: indexes the rest, deletes nothing" \
  '1 added, 0 updated, 6 unchanged, 0 moved, 0 deleted' "$err"
check_grep "run over the emptied root: says why" "held back.*3 articles.*$a" "$err"
check_grep "run over the emptied root: says what to do" '--max-delete all' "$err"
check_eq "run over the emptied root: articles" 10 "$(matches "$db")"

capture "$index" --quiet --db "$db" "$a" "$b"
check_eq "quiet run over the emptied root: exit code" 4 "$code"
check_grep "quiet run over the emptied root: still says why" "held back.*$a" "$err"

capture "$index" --summary json --db "$db" "$a" "$b"
check_eq "JSON run over the emptied root: exit code" 4 "$code"
check_grep "JSON run over the emptied root: the summary says so" \
  '"deleted":0,.*"held_back":\{"deletions":3,"reason":"[^"]+"\}' "$out"
check_grep "JSON run over the emptied root: stderr says why" "held back.*$a" "$err"

capture "$index" --max-delete all --db "$db" "$a" "$b"
check_eq "--max-delete all: exit code" 0 "$code"
check_grep "--max-delete all: deletes" '0 added, 0 updated, 7 unchanged, 0 moved, 3 deleted' "$err"
check_eq "--max-delete all: articles" 7 "$(matches "$db")"

# --- More than half of the archive gone (4 of 7), the root not emptied. ---
rm "$b"/ferry.txt "$b"/school.txt "$b"/library.txt "$b"/market.txt

capture "$index" --dry-run --db "$db" "$b"
check_eq "dry run, 4 of 7 gone: exit code" 4 "$code"
check_no_grep "dry run, 4 of 7 gone: no delete line" '^delete ' "$out"
check_grep "dry run, 4 of 7 gone: says why" 'held back.*4 articles.*57%.*50%' "$err"

capture "$index" --db "$db" "$b"
check_eq "4 of 7 gone: exit code" 4 "$code"
check_grep "4 of 7 gone: deletes nothing" '0 deleted' "$err"
check_eq "4 of 7 gone: articles" 7 "$(matches "$db")"

capture "$index" --max-delete 3 --db "$db" "$b"
check_eq "4 of 7 gone, --max-delete 3: exit code" 4 "$code"
check_grep "4 of 7 gone, --max-delete 3: says why" 'held back.*4 articles.*--max-delete 3' "$err"

capture "$index" --dry-run --max-delete 60% --db "$db" "$b"
check_eq "dry run, 4 of 7 gone, --max-delete 60%: exit code" 0 "$code"
check_eq "dry run, 4 of 7 gone, --max-delete 60%: delete lines" 4 "$(grep -c '^delete ' <<<"$out")"

capture "$index" --max-delete 60% --db "$db" "$b"
check_eq "4 of 7 gone, --max-delete 60%: exit code" 0 "$code"
check_grep "4 of 7 gone, --max-delete 60%: deletes" ' 4 deleted' "$err"
check_eq "4 of 7 gone, --max-delete 60%: articles" 3 "$(matches "$db")"

# --- The option's values and documentation. ---
for bad in 101% -1 lots 5%% ''; do
  capture "$index" --max-delete "$bad" --db "$db" "$b"
  check_eq "--max-delete '$bad': exit code" 2 "$code"
done
capture "$index" --help
check_grep "--help: the option" '--max-delete' "$out"
check_grep "--help: exit code 4" '4 deletions held back' "$out"

finish
