#!/usr/bin/env bash
# serve_start.sh NEWS_SERVE DB STATE_DIR: the ctest fixture that starts news-serve for the e2e
# tests of issue 18 (FIXTURES_SETUP serve): on a free loopback port (--listen 127.0.0.1:0), in
# the background, its stderr (the "listening on" line, then one line per request) in
# STATE_DIR/log. Waits up to 10 s for the line, then writes the port to STATE_DIR/port and the
# process id to STATE_DIR/pid. serve_stop.sh stops it.
set -euo pipefail
serve=$1 db=$2 state=$3
rm -rf "$state"
mkdir -p "$state"
# Every stream away from ctest's pipes: ctest waits for whoever holds them open.
"$serve" --db "$db" --listen 127.0.0.1:0 --threads 4 </dev/null >/dev/null 2>"$state/log" &
echo $! >"$state/pid"
for _ in $(seq 100); do
  if port=$(grep -o -m1 'listening on http://127\.0\.0\.1:[0-9]*' "$state/log" | grep -o '[0-9]*$'); then
    echo "$port" >"$state/port"
    echo "news-serve is listening on port $port (pid $(cat "$state/pid"))"
    exit 0
  fi
  if ! kill -0 "$(cat "$state/pid")" 2>/dev/null; then
    echo "news-serve exited before listening:" >&2
    cat "$state/log" >&2
    exit 1
  fi
  sleep 0.1
done
echo "news-serve did not listen within 10 s:" >&2
cat "$state/log" >&2
exit 1
