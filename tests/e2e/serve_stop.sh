#!/usr/bin/env bash
# serve_stop.sh STATE_DIR: the ctest fixture that stops the news-serve serve_start.sh started
# (FIXTURES_CLEANUP serve): SIGTERM, then it must exit with status 0 within 10 s (a clean stop),
# its log naming every request it answered. Prints the log's last lines.
set -euo pipefail
state=$1
pid=$(cat "$state/pid")
kill -TERM "$pid"
for _ in $(seq 100); do
  if ! kill -0 "$pid" 2>/dev/null; then
    wait "$pid" 2>/dev/null || true
    tail -n 5 "$state/log"
    # Not our child: the exit status is in no wait; a clean stop writes no error line.
    if grep -q '^news-serve: ' <(grep -v 'listening on' "$state/log"); then
      echo "news-serve reported an error" >&2
      exit 1
    fi
    echo "news-serve stopped on SIGTERM"
    exit 0
  fi
  sleep 0.1
done
echo "news-serve did not stop within 10 s of SIGTERM" >&2
kill -KILL "$pid"
exit 1
