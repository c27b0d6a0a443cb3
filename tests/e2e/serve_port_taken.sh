#!/usr/bin/env bash
# serve_port_taken.sh NEWS_SERVE DB: a second news-serve on the port a first one listens on fails
# with exit code 4 (cannot listen) and says so, rather than listening beside it and getting half
# of its connections; the first one goes on answering.
set -uo pipefail
source "$(dirname "$0")/lib.sh"
serve=$1 db=$2
skip_unless_installed curl

start_serve "$serve" "$db" 1

timeout 10 "$serve" --db "$db" --listen "127.0.0.1:$port" </dev/null >/dev/null 2>"$work/second"
check_eq "exit code of a second news-serve on port $port" 4 $?
check_grep "its message" "cannot listen on 127\.0\.0\.1:$port" "$(cat "$work/second")"
check_eq "the first one still answers" 200 \
  "$(curl -sS -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/search?count")"
finish
