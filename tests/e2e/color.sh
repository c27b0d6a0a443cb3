#!/usr/bin/env bash
# color.sh QUERY DB: the matched words are coloured on a terminal (a pty from script(1)) unless
# NO_COLOR is set to a value that is not empty (no-color.org: set but empty, it asks for nothing) or
# --color never is given, and never in a pipe unless --color always is given.
# Exits 77 without script(1).
set -uo pipefail
query=$1 db=$2
command -v script >/dev/null || { echo "color.sh: script(1) is missing (util-linux); skipping"; exit 77; }
esc=$'\033'
failures=0
# expect NAME yes|no COMMAND: whether COMMAND's output holds an escape sequence.
expect() {
  local name=$1 want=$2
  shift 2
  local output
  output=$("$@" 2>&1)
  local got=no
  [[ $output == *"$esc["* ]] && got=yes
  if [ "$got" = "$want" ]; then echo "ok   $name"; else echo "FAIL $name: colour $got, expected $want"; failures=$((failures + 1)); fi
}
tty() { script -qec "$1" /dev/null; }
cmd="'$query' --db '$db' election"
expect "terminal" yes tty "$cmd"
expect "terminal, NO_COLOR set" no tty "NO_COLOR=1 $cmd"
expect "terminal, NO_COLOR set but empty" yes tty "NO_COLOR= $cmd"
expect "terminal, --color never" no tty "$cmd --color never"
expect "terminal, --format json" no tty "$cmd --format json"
expect "pipe" no "$query" --db "$db" election
expect "pipe, --color always" yes "$query" --db "$db" --color always election
[ "$failures" -eq 0 ]
