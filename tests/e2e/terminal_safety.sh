#!/usr/bin/env bash
# terminal_safety.sh NEWS_INDEX NEWS_QUERY: control characters never reach a terminal raw (issue 15,
# item 5). A plain-text article full of escape sequences (retitle the window, clear the screen,
# hide text), a file name holding one, an empty file whose name holds one, and queries and a
# --batch line holding them: the plain-text reader stores the article without them, and what both
# tools print for people (the text listing, --explain, --facet, messages, --dry-run lines on a
# terminal) shows every control character but tab and line feed escaped (\x1b, \u009b). On a
# terminal, --format paths escapes too; in a pipe it gives the exact bytes.
set -uo pipefail
index=$1
query=$2
# shellcheck source=tests/e2e/lib.sh
source "$(dirname "$0")/lib.sh"

mkdir -p "$archive"
printf '\033]0;pwned\007\033[2JHarbour headline\xc2\x9b\x7f\n\nBy Jane \033[8mDoe\n\nThe harbour \033[31mferry\033[0m returns \xc2\x85today.\n' \
  >"$archive/evil.txt"
bad_name="name$(printf '\033')]0;x$(printf '\007').txt"
printf 'Quiet harbour\n\nA calm harbour story.\n' >"$archive/$bad_name"
: >"$archive/empty$(printf '\033')[2J.txt"

# check_clean WHAT TEXT: TEXT holds no control character but tab and line feed (C0, DEL, C1).
check_clean() {
  local found
  found=$(python3 -c '
import re, sys
data = sys.stdin.buffer.read()
bad = re.findall(rb"[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]", data)
print(" ".join(repr(b) for b in bad[:5]))' <<<"$2")
  if [ -n "$found" ]; then
    fail "$1: raw control characters: $found"
  else
    echo "ok: $1 has no raw control character"
  fi
}

# check_has WHAT TEXT EXPECTED: TEXT contains EXPECTED (a fixed string).
check_has() {
  if [[ $2 == *"$3"* ]]; then
    echo "ok: $1 shows $3"
  else
    fail "$1: '$3' missing from: $2"
  fi
}

run=$("$index" --db "$work/db" "$archive" 2>&1)
check_clean "news-index run (a skipped file's name)" "$run"
check_has "news-index run" "$run" 'skipped '"$archive"'/empty\x1b[2J.txt: empty file'

explain=$("$index" --explain "$archive/evil.txt" 2>&1)
check_clean "news-index --explain" "$explain"
check_has "news-index --explain (stored title)" "$explain" '"title": "]0;pwned[2JHarbour headline"'

listing=$("$query" --db "$work/db" --color never harbour 2>&1)
check_clean "news-query text listing" "$listing"
check_has "news-query text listing (path)" "$listing" 'name\x1b]0;x\x07.txt'
check_has "news-query text listing (snippet)" "$listing" 'The **harbour** [31mferry[0m returns today.'
json=$("$query" --db "$work/db" --format json harbour 2>&1)
check_has "news-query --format json (the path, JSON-escaped)" "$json" 'name\u001b]0;x\u0007.txt'
check_clean "news-query --format json" "$json"
facets=$("$query" --db "$work/db" --facet author --limit 0 harbour 2>&1)
check_clean "news-query --facet author" "$facets"

evil_query=$'harbour\033]0;pwned\007'
check_clean "news-query, a query with escapes" "$("$query" --db "$work/db" "$evil_query" 2>&1)"
check_clean "news-query --explain" "$("$query" --db "$work/db" --explain "$evil_query" 2>&1)"
printf 'harbour \033[2J\n' >"$work/batch.txt"
batch=$("$query" --db "$work/db" --batch "$work/batch.txt" 2>&1)
check_clean "news-query --batch text" "$batch"
check_has "news-query --batch text" "$batch" '=== harbour \x1b[2J'
check_clean "news-query --count --batch" "$("$query" --db "$work/db" --count --batch "$work/batch.txt" 2>&1)"
bad_syntax=$("$query" --db "$work/db" $'\033[2J AND' 2>&1)
check_clean "news-query's message for a bad query" "$bad_syntax"
check_has "news-query's message for a bad query" "$bad_syntax" 'cannot parse query'

# In a pipe, --format paths gives the exact bytes (for xargs); on a terminal, escapes.
paths=$("$query" --db "$work/db" --format paths calm 2>&1)
check_eq "news-query --format paths in a pipe" "$archive/$bad_name" "$paths"
if command -v script >/dev/null; then
  # A terminal ends lines with CR LF: the CRs are the pty's, not the tools'.
  tty() { script -qec "$1" /dev/null | tr -d '\r'; }
  on_tty=$(tty "'$query' --db '$work/db' --format paths calm")
  check_clean "news-query --format paths on a terminal" "$on_tty"
  check_has "news-query --format paths on a terminal" "$on_tty" 'name\x1b]0;x\x07.txt'
  rm -rf "$work/db"
  dry=$(tty "'$index' --db '$work/db' --dry-run '$archive'")
  # Only news-index's own progress-bar clearing (CR ESC [K) may be raw.
  check_clean "news-index --dry-run on a terminal" "${dry//$'\033[K'/}"
  check_has "news-index --dry-run on a terminal" "$dry" "add $archive/name\\x1b]0;x\\x07.txt"
else
  echo "skip: script(1) is missing (util-linux): no terminal checks"
fi
finish
