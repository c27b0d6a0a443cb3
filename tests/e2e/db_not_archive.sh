#!/usr/bin/env bash
# db_not_archive.sh NEWS_INDEX: `news-index --db ARCHIVE_DIR new.db` (the arguments swapped) must
# not write Xapian's files among the articles. A non-empty directory that is not a Xapian database
# is refused as --db with a usage error (exit 2) saying so, for a run, a dry run and a sharded
# archive alike; an empty directory, a new path and an existing database are still fine.
set -euo pipefail
index=$1
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

article "$archive/harbour.txt" harbour
article "$archive/2024/tram.txt" tram
before=$(cd "$archive" && find . | sort)

for options in "" "--dry-run" "--shard-by year"; do
  # shellcheck disable=SC2086  # the options are words
  capture "$index" $options --db "$archive" "$work/new.db"
  check_eq "--db ARCHIVE ${options:-(a run)}: exit code" 2 "$code"
  check_grep "--db ARCHIVE ${options:-(a run)}: says why" \
    "news-index: $archive is not a Xapian database.*not empty" "$err"
  check_eq "--db ARCHIVE ${options:-(a run)}: the archive is untouched" "$before" \
    "$(cd "$archive" && find . | sort)"
done
check_eq "no database made at the other path" no "$([ -e "$work/new.db" ] && echo yes || echo no)"

mkdir "$work/empty.db"
capture "$index" --db "$work/empty.db" "$archive"
check_eq "an empty directory as --db: exit code" 0 "$code"
capture "$index" --db "$work/empty.db" "$archive"
check_eq "an existing database as --db: exit code" 0 "$code"
capture "$index" --shard-by year --db "$work/shards.db" "$archive"
check_eq "a new sharded archive: exit code" 0 "$code"
capture "$index" --db "$work/shards.db" "$archive"
check_eq "an existing sharded archive: exit code" 0 "$code"

finish
