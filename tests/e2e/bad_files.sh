#!/usr/bin/env bash
# bad_files.sh NEWS_INDEX NEWS_QUERY: a directory with a good article and every kind of bad input a
# real archive has: a binary file, an empty file, a Latin-1 file, an unreadable file, an unreadable
# directory, a file over the size limit, a broken link, a link to itself, a directory link that
# loops, a file name that is not UTF-8, and a tree deeper than PATH_MAX. The run completes, exits 1
# (some files skipped), names each skipped file or directory with its reason, and the readable
# articles are searchable. A FIFO named on the command line is refused, not waited on.
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
mkdir -p "$work/archive/locked"
printf 'Locked headline\n\nBody.\n' >"$work/archive/locked/inside.txt"
chmod 000 "$work/archive/locked"
head -c 3000 /dev/zero | tr '\0' 'x' | { printf 'Long headline\n\n'; cat; echo; } >"$work/archive/huge.txt"
ln -s missing.txt "$work/archive/dangling.txt"
ln -s self.txt "$work/archive/self.txt"
ln -s .. "$work/archive/loop"
printf 'Caf\xe9 reopens\n\nCoffee is back on the harbour front.\n' >"$work/archive/caf$(printf '\xe9').txt"
# A tree deeper than PATH_MAX: its bottom cannot be opened by path and is reported, not fatal.
# Built in three steps, each path under PATH_MAX (4096 bytes): 3 x 400 levels of "dddd/".
chunk=$(printf 'dddd/%.0s' $(seq 400))
(cd "$work/archive" && for _ in 1 2 3; do mkdir -p "$chunk" && cd "$chunk" || exit 1; done)

run_index=("$index")
# Root reads any file whatever its mode, so run the indexer as an unprivileged user when root.
if [ "$(id -u)" -eq 0 ]; then
  chmod 777 "$work" "$work/archive"
  run_index=(setpriv --reuid=65534 --regid=65534 --clear-groups "$index")
fi

output=$("${run_index[@]}" --db "$work/db" --max-file-size 2000 "$work/archive" 2>&1)
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
expect '3 added, 0 updated, 0 unchanged, 0 moved, 0 deleted, 8 skipped'
expect 'invalid UTF-8 decoded as Windows-1252'
expect "skipped .*/empty.txt: empty file"
expect "skipped .*/binary.txt: binary file"
expect "skipped .*/unreadable.txt: Permission denied"
expect "skipped .*/locked: Permission denied"
expect "skipped .*/huge.txt: too large \\(3016 bytes; the limit is 2000\\)"
expect "skipped .*/dangling.txt: symbolic link: No such file or directory"
expect "skipped .*/self.txt: symbolic link: Too many levels of symbolic links"
expect "skipped .*/dddd: File name too long"
found=$("$query" --db "$work/db" --format json fee 2>&1)
grep -q '"title": "Transfer fee"' <<<"$found" || { echo "latin-1 article not found: $found"; fail=1; }
grep -q '£15m' <<<"$found" || { echo "pound sign not decoded: $found"; fail=1; }
cafe=$("$query" --db "$work/db" --format json reopens 2>&1)
grep -q '"title": "Café reopens"' <<<"$cafe" || { echo "article with a Latin-1 file name not found: $cafe"; fail=1; }

# A FIFO named on the command line: refused at once (no writer will ever come).
mkfifo "$work/pipe.txt"
fifo_output=$(timeout 20 "$index" --db "$work/db2" "$work/pipe.txt" 2>&1)
fifo_code=$?
printf '%s\n' "$fifo_output"
[ "$fifo_code" -eq 1 ] || { echo "FIFO: expected exit 1, got $fifo_code"; fail=1; }
grep -q "skipped .*/pipe.txt: not a regular file" <<<"$fifo_output" || { echo "FIFO not reported"; fail=1; }
exit $fail
