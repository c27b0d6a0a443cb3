#!/usr/bin/env bash
# bad_files.sh NEWS_INDEX NEWS_QUERY: a directory with a good article, a binary file, an empty file,
# a Latin-1 file and an unreadable file. The run completes, exits 1 (some files skipped), names
# each skipped file with its reason, and the good and Latin-1 articles are searchable.
set -u
index=$1
query=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/archive"
printf 'Good headline\n\nA perfectly good body about harbours.\n' >"$work/archive/good.txt"
: >"$work/archive/empty.txt"
printf '\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00' >"$work/archive/binary.txt"
printf 'Transfer fee\n\nA \xa315m transfer fee was agreed.\n' >"$work/archive/latin1.txt"
printf 'Secret headline\n\nBody.\n' >"$work/archive/unreadable.txt"
chmod 000 "$work/archive/unreadable.txt"

run_index=("$index")
# Root reads any file whatever its mode, so run the indexer as an unprivileged user when root.
if [ "$(id -u)" -eq 0 ]; then
  chmod 777 "$work" "$work/archive"
  run_index=(setpriv --reuid=65534 --regid=65534 --clear-groups "$index")
fi

output=$("${run_index[@]}" --db "$work/db" "$work/archive" 2>&1)
code=$?
printf '%s\n' "$output"
fail=0
expect() {
  if ! grep -qE "$1" <<<"$output"; then
    echo "missing: $1"
    fail=1
  fi
}
[ "$code" -eq 1 ] || { echo "expected exit 1, got $code"; fail=1; }
expect '2 added, 0 updated, 0 unchanged, 0 moved, 0 deleted, 3 skipped'
expect 'invalid UTF-8 decoded as Windows-1252'
expect "skipped .*/empty.txt: empty file"
expect "skipped .*/binary.txt: binary file"
expect "skipped .*/unreadable.txt: Permission denied"
found=$("$query" --db "$work/db" --format json fee 2>&1)
grep -q '"title": "Transfer fee"' <<<"$found" || { echo "latin-1 article not found: $found"; fail=1; }
grep -q '£15m' <<<"$found" || { echo "pound sign not decoded: $found"; fail=1; }
exit $fail
