#!/usr/bin/env bash
# serve_keep_alive.sh STATE_DIR: the running news-serve (serve_start.sh) answers requests on one
# keep-alive connection without waiting for the client's delayed ACK. With Nagle's algorithm on,
# each answer's body (sent after its headers) waited for that ACK, 40 ms on Linux, but for a
# connection's first answer (Linux ACKs at once early in a connection); cpp-httplib closes a
# connection after 5 requests, so 20 requests took 4 connections and at least 16 x 40 ms, however
# fast they were answered (bench/serve_load.sh found it: 587 ms here). With TCP_NODELAY they take a
# few milliseconds each (28 ms in all).
set -euo pipefail
state=$1
port=$(cat "$state/port")
requests=20
limit_ms=400  # under 16 x 40 ms, with room for a loaded machine
urls=()
for _ in $(seq "$requests"); do urls+=("http://127.0.0.1:$port/api/search?q=election"); done
start_us=${EPOCHREALTIME/[.,]/}
# One curl, many URLs: it keeps the connection open between them (-w counts the connections).
connects=$(curl -sS -o /dev/null -w '%{num_connects}\n' "${urls[@]}" | awk '{ n += $1 } END { print n }')
took_ms=$(((${EPOCHREALTIME/[.,]/} - start_us) / 1000))
echo "$requests requests on $connects connection(s) in $took_ms ms"
if [ "$took_ms" -ge "$limit_ms" ]; then
  echo "FAIL: $requests keep-alive requests took $took_ms ms, not under $limit_ms ms" >&2
  exit 1
fi
