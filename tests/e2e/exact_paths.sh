#!/usr/bin/env bash
# exact_paths.sh NEWS_INDEX NEWS_QUERY: file names are given byte for byte (issue 15, item 8). An
# archive with a Latin-1 file name (not UTF-8) and one holding a line feed: news-query --format
# paths prints each path's exact bytes, so `xargs ls` finds the files, and with -0/--null ends them
# with NUL so that the name with a line feed survives `xargs -0`; news-index --dry-run prints the
# exact bytes too, and with --null gives "ACTION PATH\0" records (a move: "move NEW\0OLD\0"). JSON,
# which must be UTF-8, shows U+FFFD for the bad bytes.
set -uo pipefail
index=$1
query=$2
# shellcheck source=tests/e2e/lib.sh
source "$(dirname "$0")/lib.sh"

mkdir -p "$archive"
latin1="$archive/caf$(printf '\xe9').txt"
newline="$archive/two"$'\n'"lines.txt"
printf 'Cafe reopens\n\nThe harbour cafe is back.\n' >"$latin1"
printf 'Two lines\n\nA harbour name with a line feed.\n' >"$newline"
printf 'Plain name\n\nAn ordinary harbour file.\n' >"$archive/plain.txt"

# The expected paths, sorted, NUL-ended (news-index walks in name order: so does news-query's tie
# order for one run over a directory).
find "$archive" -type f -print0 | LC_ALL=C sort -z >"$work/expected.0"

# A dry run on a database that does not exist yet: every file an "add", byte for byte.
"$index" --quiet --db "$work/db" --dry-run --null "$archive" >"$work/dry.0"
python3 - "$work/dry.0" "$work/expected.0" <<'PY' || fail "news-index --dry-run --null: records differ"
import sys
got = open(sys.argv[1], "rb").read().split(b"\0")[:-1]
want = [b"add " + p for p in open(sys.argv[2], "rb").read().split(b"\0")[:-1]]
print("dry run records:", got)
sys.exit(0 if sorted(got) == sorted(want) else 1)
PY
"$index" --quiet --db "$work/db" --dry-run "$archive" >"$work/dry.txt"
if grep -qaF "add $latin1" "$work/dry.txt"; then
  echo "ok: news-index --dry-run prints the Latin-1 name's bytes"
else
  fail "news-index --dry-run: no 'add $latin1' line in: $(cat -v "$work/dry.txt")"
fi

"$index" --quiet --db "$work/db" "$archive" || fail "indexing the archive"

# news-query --format paths: the exact bytes, so ls finds the files (the name with a line feed
# cannot survive a line-based format: that is what --null is for).
"$query" --db "$work/db" --format paths --all harbour >"$work/paths.txt"
grep -av 'lines.txt$' "$work/paths.txt" | grep -av '/two$' >"$work/one-line-paths.txt"
if xargs -d '\n' ls -d -- <"$work/one-line-paths.txt" >/dev/null; then
  echo "ok: xargs ls finds every path news-query --format paths prints"
else
  fail "xargs ls cannot find the paths: $(cat -v "$work/paths.txt")"
fi
if grep -qaxF "$latin1" "$work/paths.txt"; then
  echo "ok: news-query --format paths prints the Latin-1 name's bytes"
else
  fail "news-query --format paths: '$latin1' missing from: $(cat -v "$work/paths.txt")"
fi
"$query" --db "$work/db" --format paths --all --null harbour >"$work/paths.0"
if cmp -s <(LC_ALL=C sort -z "$work/paths.0") "$work/expected.0"; then
  echo "ok: news-query --format paths --null gives every path byte for byte"
else
  fail "news-query --format paths --null: $(cat -v "$work/paths.0")"
fi
if xargs -0 ls -d -- <"$work/paths.0" >/dev/null; then
  echo "ok: xargs -0 ls finds every path of --null, the one with a line feed too"
else
  fail "xargs -0 ls cannot find the paths of --null"
fi
if "$query" --db "$work/db" -0 --format paths harbour | xargs -0 cat | grep -q 'line feed'; then
  echo "ok: -0 is --null"
else
  fail "-0 did not give NUL-ended paths"
fi

# JSON must be valid UTF-8: the Latin-1 byte is U+FFFD there.
json=$("$query" --db "$work/db" --format json cafe)
if grep -qF "\"path\": \"$archive/caf"$'\xef\xbf\xbd'".txt\"" <<<"$json"; then
  echo "ok: JSON shows U+FFFD for the byte that is not UTF-8"
else
  fail "JSON path: $json"
fi

# A move in a dry run: "move OLD -> NEW" as a line; with --null "move NEW\0OLD\0".
moved="$archive/caf$(printf '\xe9')-moved.txt"
mv "$latin1" "$moved"
"$index" --quiet --db "$work/db" --dry-run "$archive" >"$work/move.txt"
if grep -qaxF "move $latin1 -> $moved" "$work/move.txt"; then
  echo "ok: news-index --dry-run: move OLD -> NEW, byte for byte"
else
  fail "news-index --dry-run move line: $(cat -v "$work/move.txt")"
fi
"$index" --quiet --db "$work/db" --dry-run --null "$archive" >"$work/move.0"
if cmp -s "$work/move.0" <(printf 'move %s\0%s\0' "$moved" "$latin1"); then
  echo "ok: news-index --dry-run --null: move NEW\\0OLD\\0"
else
  fail "news-index --dry-run --null move record: $(cat -v "$work/move.0")"
fi

# --null goes with --format paths (news-query) and --dry-run (news-index): anything else is a usage
# error.
"$query" --db "$work/db" --format csv --null harbour >/dev/null 2>&1
check_eq "news-query --null with --format csv: exit code" 2 "$?"
"$index" --quiet --db "$work/db" --null "$archive" >/dev/null 2>&1
check_eq "news-index --null without --dry-run: exit code" 2 "$?"
finish
