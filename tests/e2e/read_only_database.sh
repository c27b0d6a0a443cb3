#!/usr/bin/env bash
# read_only_database.sh NEWS_INDEX: a database news-index cannot write is a database error (exit 3,
# "not writable"), not a lock held by another writer (exit 75, "try again later"), and no --wait
# makes it wait. Run as nobody when root (root writes whatever the modes say); skipped (77)
# without setpriv.
#   - a database owned by root (755), news-index run as nobody;
#   - a database of nobody's, chmod'ed read-only (a-w on the directory and its files).
set -euo pipefail
index=$1
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"
unprivileged

article "$archive/harbour.txt" harbour
chmod -R a+rwX "$archive"

# not_writable WHAT DB: news-index run as the ordinary user on DB must refuse it at once, exit 3.
not_writable() {
  local start
  start=$(now)
  capture "${as_user[@]}" "$index" --wait 5 --db "$2" "$archive"
  check_eq "$1: exit code" 3 "$code"
  check_grep "$1: says the database is not writable" "news-index: .*database $2 is not writable" "$err"
  check_no_grep "$1: not reported as locked" 'locked|try again later' "$err"
  if awk -v s="$(elapsed "$start")" 'BEGIN { exit !(s < 4) }'; then
    echo "ok: $1: did not wait"
  else
    fail "$1: took $(elapsed "$start")s: it waited for a lock"
  fi
}

# Owned by another user: created by this script's own user.
"$index" --quiet --db "$work/owned.db" "$archive"
if [ "$(id -u)" -eq 0 ]; then
  chmod 755 "$work/owned.db"
  not_writable "a database owned by root" "$work/owned.db"
fi

# Chmod'ed read-only: created by the user who runs news-index, then made read-only.
capture "${as_user[@]}" "$index" --quiet --db "$work/readonly.db" "$archive"
check_eq "creating the database to make read-only: exit code" 0 "$code"
chmod -R a-w "$work/readonly.db"
not_writable "a database chmod'ed read-only" "$work/readonly.db"
chmod -R u+w "$work/readonly.db"

finish
