#!/usr/bin/env bash
# serve_keep_alive.sh STATE_DIR: the running news-serve (serve_start.sh) answers requests on a
# keep-alive connection without waiting for the client's delayed ACK. With Nagle's algorithm on,
# each answer's body (sent after its headers) waited for that ACK, 40 ms on Linux, on every
# request but the first few of a connection (Linux acknowledges at once early in a connection;
# bench/serve_load.sh found it: 12 of 16 answers on reused connections took 43 ms here). The check
# is that signature, not a time budget: it fails when more than half of the reused-connection
# answers took 39 ms or more, which answers of a few milliseconds do not do by chance on a loaded
# machine (0 of 16 with TCP_NODELAY), and Nagle's wait does.
set -euo pipefail
state=$1
port=$(cat "$state/port")
arguments=()
for _ in $(seq 20); do arguments+=(-o /dev/null "http://127.0.0.1:$port/api/search?q=election"); done
# One curl, many URLs: it keeps the connection open between them. Per transfer: its status,
# whether it opened a connection, and its time in seconds.
timings=$(curl -sS -w '%{http_code} %{num_connects} %{time_total}\n' "${arguments[@]}")
if awk '$1 != 200 { bad = 1 } END { exit !bad }' <<<"$timings"; then
  echo "FAIL: an answer was not 200: $timings" >&2
  exit 1
fi
reused=$(awk '$2 == 0' <<<"$timings" | wc -l)
stalled=$(awk '$2 == 0 && $3 >= 0.039' <<<"$timings" | wc -l)
echo "$reused answers on reused connections, $stalled of them at 39 ms or more"
if [ "$reused" -eq 0 ]; then
  echo "FAIL: curl reused no connection: keep-alive is not tested" >&2
  exit 1
fi
if [ $((2 * stalled)) -gt "$reused" ]; then
  echo "FAIL: most answers on reused connections waited 39 ms or more (Nagle's algorithm)" >&2
  exit 1
fi
