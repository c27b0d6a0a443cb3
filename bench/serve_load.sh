#!/usr/bin/env bash
# news-serve under load, against a CGI-style front end (issue 18): wrk's 16 connections on
# /api/search for 30 s while news-index keeps updating the archive, side by side with the same
# queries answered by one news-query process per request, 16 at a time, as a CGI front end would.
#
#   bench/serve_load.sh                                      100,000 articles, 30 s per front end
#   BENCH_ARTICLES=20000 BENCH_SECONDS=10 bench/serve_load.sh  a smaller, quicker run
#
# wrk is not in setup.sh's package list (only this benchmark needs it): install it with
#   apt-get install wrk
# The script exits 2, saying so, without it.
#
# The targets it checks (issue 18): no errors (every answer 2xx, no socket error, no news-query
# failure); news-serve's throughput at least 3 times the CGI front end's; news-serve's p99 latency
# on /api/search under 50 ms.
#
# What it does:
#   1. builds the release preset (a no-op when up to date), unless BENCH_BIN_DIR names the binaries;
#   2. generates the archive in a temporary directory removed at exit (under $TMPDIR, else /tmp):
#      gen_corpus.py --count BENCH_ARTICLES --seed BENCH_SEED (text layout), and indexes it once
#      with news-index (people quoted included, so speaker: and who: queries find something);
#   3. starts news-serve on a free loopback port (--listen 127.0.0.1:0, the port read from its
#      "listening on" line), its request log in the temporary directory; checks that /api/search
#      answers the first query with results, then asks every query once (warm-up, untimed);
#   4. starts a background loop that keeps news-index updating the archive until both
#      measurements are over: each round appends a paragraph to the next BENCH_UPDATE articles (in
#      byte order of the paths, wrapping round), touches them, re-runs news-index and checks from
#      its JSON summary that it updated exactly those; then the next round, at once;
#   5. news-serve: wrk with BENCH_CONNECTIONS connections on BENCH_WRK_THREADS threads for
#      BENCH_SECONDS, over /api/search?q=QUERY with the queries of bench/queries.txt rotated by a
#      Lua script (written to the temporary directory), which counts the answers that are not 2xx;
#      wrk counts socket errors (connect, read, write, timeout); requests/s and p50/p99 latency
#      from wrk's own histogram;
#   6. the CGI front end: the same queries in the same rotation, each request one
#      `news-query --db DB --format json QUERY` process (its output read through a pipe, as a CGI
#      server reads it), BENCH_CONNECTIONS at a time for BENCH_SECONDS, from a small Python driver;
#      per-request wall time from the fork to the end of the output, a failure being an exit code
#      above 1 (1 is "no match");
#   7. stops the update loop and news-serve (SIGTERM; it must exit 0 within 10 s), prints both
#      front ends side by side with the throughput ratio, the update rounds each measurement ran
#      beside, and the targets.
# Both front ends are measured under the same update loop, one after the other, never at once.
# The report goes to stdout; build output and progress go to stderr.
#
# Environment:
#   BENCH_ARTICLES (default 100000)   articles to generate
#   BENCH_SEED (default 1)            the generator's seed
#   BENCH_SECONDS (default 30)        seconds of each measurement
#   BENCH_CONNECTIONS (default 16)    wrk's connections; processes at a time for the CGI front end
#   BENCH_WRK_THREADS (default 2)     wrk's threads
#   BENCH_UPDATE (default 300)        articles each update round changes
#   BENCH_SERVE_THREADS               news-serve --threads (default: news-serve's own)
#   BENCH_JOBS                        news-index --jobs in the update loop (default: its own)
#   BENCH_INDEX_NICE (default 19)     the update loop's news-index runs under `nice -n` this and
#                                     `ionice -c 3` (idle I/O), as docs/systemd/news-index.service
#                                     runs the nightly index (Nice=19, IOSchedulingClass=idle);
#                                     0 runs it at the serving processes' priority, ionice left out
#   BENCH_BIN_DIR                     a directory holding indexer/news-index, query/news-query and
#                                     serve/news-serve, used as they are instead of building
# Exit codes: 0 done and every target met; 1 a tool or the build failed, an answer was not 2xx, a
# socket error or a failed news-query, or an update round went wrong; 2 usage error or a missing
# tool; 3 done without errors, but a throughput or latency target was not met.
# shellcheck disable=SC2154  # bench/lib's functions set bin_dir, version, missing_status, queries
set -euo pipefail

# The repository ($repo) and the helpers, found from the script's own location so that the script
# works from any cwd.
# shellcheck source=lib/all.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/all.sh"
no_arguments "usage: [BENCH_ARTICLES=N] [BENCH_SECONDS=N] [BENCH_...=...] $0" "$@"

articles=${BENCH_ARTICLES:-100000}
seed=${BENCH_SEED:-1}
seconds=${BENCH_SECONDS:-30}
connections=${BENCH_CONNECTIONS:-16}
wrk_threads=${BENCH_WRK_THREADS:-2}
update=${BENCH_UPDATE:-300}
serve_threads=${BENCH_SERVE_THREADS:-}
jobs=${BENCH_JOBS:-}
index_nice=${BENCH_INDEX_NICE:-19}
require_positive serve_load.sh "BENCH_ARTICLES=$articles" "BENCH_SECONDS=$seconds" \
  "BENCH_CONNECTIONS=$connections" "BENCH_WRK_THREADS=$wrk_threads" "BENCH_UPDATE=$update"
if [ -n "$serve_threads" ]; then require_positive serve_load.sh "BENCH_SERVE_THREADS=$serve_threads"; fi
if [ -n "$jobs" ]; then require_positive serve_load.sh "BENCH_JOBS=$jobs"; fi
if ! [[ $index_nice =~ ^([0-9]|1[0-9])$ ]]; then
  echo "serve_load.sh: BENCH_INDEX_NICE must be 0 to 19, not '$index_nice'" >&2
  exit 2
fi
if ! [[ $seed =~ ^[0-9]+$ ]]; then
  echo "serve_load.sh: BENCH_SEED must be a non-negative integer, not '$seed'" >&2
  exit 2
fi
if [ "$wrk_threads" -gt "$connections" ]; then
  echo "serve_load.sh: BENCH_WRK_THREADS ($wrk_threads) must not exceed BENCH_CONNECTIONS" \
    "($connections): wrk gives each thread at least one connection" >&2
  exit 2
fi
if [ "$update" -gt "$articles" ]; then
  echo "serve_load.sh: BENCH_UPDATE ($update) must not exceed BENCH_ARTICLES ($articles)" >&2
  exit 2
fi
min_ratio=3      # news-serve's requests/s over the CGI front end's, at least
max_p99_ms=50    # news-serve's p99 latency on /api/search, under
serve_args=()
if [ -n "$serve_threads" ]; then serve_args=(--threads "$serve_threads"); fi
jobs_args=()
if [ -n "$jobs" ]; then jobs_args=(--jobs "$jobs"); fi

# --- Required tools: say which Debian package provides a missing one. ---
require_tool serve_load.sh wrk wrk
require_tool serve_load.sh curl curl
require_tool serve_load.sh /usr/bin/python3 python3

# --- The binaries: BENCH_BIN_DIR's as they are, or the release preset, built now. ---
bench_binaries serve_load.sh "news-serve, news-query and news-index"
news_index=$bin_dir/indexer/news-index
news_query=$bin_dir/query/news-query
news_serve=$bin_dir/serve/news-serve
for binary in "$news_index" "$news_query" "$news_serve"; do
  if [ ! -x "$binary" ]; then
    echo "serve_load.sh: $binary is missing or not executable" >&2
    exit "$missing_status"
  fi
done

# --- Scratch space and background processes, removed or stopped however the script ends. ---
work=$(mktemp -d "${TMPDIR:-/tmp}/serve_load.XXXXXX")
serve_pid='' updater_pid=''
cleanup() {
  if [ -n "$updater_pid" ]; then kill "$updater_pid" 2>/dev/null || true; wait "$updater_pid" 2>/dev/null || true; fi
  if [ -n "$serve_pid" ]; then kill "$serve_pid" 2>/dev/null || true; wait "$serve_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
archive=$work/archive
db=$work/news.db
gen_cmd=(/usr/bin/python3 "$repo/bench/gen_corpus.py" --out "$archive" --count "$articles"
         --seed "$seed" --layout text)
index_cmd=("$news_index" -q --summary json --db "$db" "${jobs_args[@]}" "$archive")
# The update loop's news-index, at the priority the documented deployment gives it.
update_cmd=("${index_cmd[@]}")
if [ "$index_nice" != 0 ]; then update_cmd=(nice -n "$index_nice" ionice -c 3 "${index_cmd[@]}"); fi

# --- 2. The archive, indexed once. ---
echo "serve_load.sh: generating $articles articles (seed $seed) ..." >&2
run_generator serve_load.sh "$work" "${gen_cmd[@]}"
LC_ALL=C find "$archive" -type f | LC_ALL=C sort >"$work/files"
files=$(wc -l <"$work/files")
if [ "$files" != "$articles" ]; then
  echo "serve_load.sh: the archive holds $files files, not $articles" >&2
  exit 1
fi
echo "serve_load.sh: indexing them with news-index ..." >&2
index_start=${EPOCHREALTIME/[.,]/}
rc=0
"${index_cmd[@]}" >"$work/index.out" 2>"$work/index.err" || rc=$?
index_s=$(awk -v us=$((${EPOCHREALTIME/[.,]/} - index_start)) 'BEGIN { printf "%.1f", us / 1e6 }')
if [ "$rc" -ne 0 ]; then
  echo "serve_load.sh: news-index failed with exit code $rc:" >&2
  cat "$work/index.out" "$work/index.err" >&2
  exit 1
fi
db_mib=$(du -sm "$db" | cut -f1)

# --- 3. news-serve on a free loopback port, its log (one line per request) in $work. ---
"$news_serve" --db "$db" --listen 127.0.0.1:0 "${serve_args[@]}" </dev/null >/dev/null \
  2>"$work/serve.log" &
serve_pid=$!
port=
for _ in $(seq 100); do
  if port=$(grep -o -m1 'listening on http://127\.0\.0\.1:[0-9]*' "$work/serve.log" |
    grep -o '[0-9]*$'); then
    break
  fi
  if ! kill -0 "$serve_pid" 2>/dev/null; then
    echo "serve_load.sh: news-serve exited before listening:" >&2
    cat "$work/serve.log" >&2
    exit 1
  fi
  sleep 0.1
done
if [ -z "$port" ]; then
  echo "serve_load.sh: news-serve did not listen within 10 s:" >&2
  cat "$work/serve.log" >&2
  exit 1
fi
base_url=http://127.0.0.1:$port

load_queries "$repo/bench/queries.txt"
printf '%s\n' "${queries[@]}" >"$work/queries"
# The first query must list results, both ways: otherwise the benchmark would time empty answers.
first=$(curl -sS -G -o "$work/first.json" -w '%{http_code}' --data-urlencode "q=${queries[0]}" \
  "$base_url/api/search" || true)
"$news_query" --db "$db" --format json "${queries[0]}" >"$work/first-cgi.json" || true
for answer in "$work/first.json" "$work/first-cgi.json"; do
  if ! /usr/bin/python3 -c 'import json, sys
sys.exit(0 if json.load(open(sys.argv[1]))["results"] else 1)' "$answer" 2>/dev/null; then
    echo "serve_load.sh: no results for '${queries[0]}' in $answer (HTTP $first):" >&2
    head -c 2000 "$answer" >&2
    exit 1
  fi
done
# Warm-up: every query once through news-serve, untimed (news-query's runs share the page cache).
for query in "${queries[@]}"; do
  curl -sS -G -o /dev/null --data-urlencode "q=$query" "$base_url/api/search" || true
done

# --- 4. The update loop, in the background until $work/stop exists. Each round: the next $update
# paths of $work/files (wrapping round), a paragraph appended, touched, news-index re-run. One line
# per round in $work/updates: "start_us end_us updated unchanged" (the times from bash's clock, so
# that the report can tell which rounds ran beside which measurement); a failed round writes
# $work/update.failed and stops the loop.
update_loop() {
  local round=0 next=0 start_us end_us said rc
  while [ ! -e "$work/stop" ]; do
    round=$((round + 1))
    # The round's paths: $update lines from line $next + 1 of the list, wrapping round (in one
    # awk: a pipe into head would end the loop through pipefail when head stops reading).
    awk -v from="$next" -v n="$update" -v total="$files" \
      '(NR - 1 - from + total) % total < n' "$work/files" >"$work/round.files"
    next=$(((next + update) % files))
    start_us=${EPOCHREALTIME/[.,]/}
    while IFS= read -r path; do
      printf '\nUpdate %d: a later edition of this report added this paragraph.\n' "$round" >>"$path"
    done <"$work/round.files"
    xargs -d '\n' -r touch <"$work/round.files"
    rc=0
    "${update_cmd[@]}" >"$work/update.out" 2>"$work/update.err" || rc=$?
    end_us=${EPOCHREALTIME/[.,]/}
    said=$(/usr/bin/python3 -c 'import json, sys
s = json.load(open(sys.argv[1]))
print(s["updated"], s["unchanged"], s["added"], s["deleted"], len(s["skipped"]))' \
      "$work/update.out" 2>/dev/null || echo "no summary")
    if [ "$rc" -ne 0 ] || [ "$said" != "$update $((files - update)) 0 0 0" ]; then
      { echo "round $round: news-index exit code $rc, summary (updated unchanged added deleted" \
          "skipped) '$said', expected '$update $((files - update)) 0 0 0'"
        cat "$work/update.err"; } >"$work/update.failed"
      return
    fi
    echo "$start_us $end_us ${said% * * *}" >>"$work/updates"
  done
}
: >"$work/updates"
update_loop &
updater_pid=$!
# Let the first round start before the clock does: the loop is running throughout both runs.
sleep 1

# --- 5. news-serve under wrk. The Lua script rotates the queries (each thread from its own
# offset), counts the answers that are not 2xx, and prints the figures wrk's summary has in a form
# read here: requests, duration µs, p50 µs, p99 µs, non-2xx, socket errors by kind.
cat >"$work/rotate.lua" <<'EOF'
local queries = {}
local next_query = 1
bad = 0  -- a global: done() reads it from each thread with thread:get
local threads = {}
local thread_count = 0

local function encode(text)
  return (text:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function setup(thread)
  thread_count = thread_count + 1
  thread:set("offset", thread_count)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(args[1]) do
    table.insert(queries, "/api/search?q=" .. encode(line))
  end
  next_query = ((offset or 1) - 1) * 7 % #queries + 1
end

function request()
  local path = queries[next_query]
  next_query = next_query % #queries + 1
  return wrk.format("GET", path)
end

function response(status, headers, body)
  if status < 200 or status > 299 then bad = bad + 1 end
end

function done(summary, latency, requests)
  local non_2xx = 0
  for _, thread in ipairs(threads) do non_2xx = non_2xx + thread:get("bad") end
  local e = summary.errors
  io.write(string.format("figures %d %d %d %d %d %d %d %d %d\n", summary.requests,
    summary.duration, latency:percentile(50), latency:percentile(99), non_2xx, e.connect, e.read,
    e.write, e.timeout))
end
EOF
wrk_cmd=(wrk -t "$wrk_threads" -c "$connections" -d "${seconds}s" --latency -s "$work/rotate.lua"
         "$base_url" -- "$work/queries")
echo "serve_load.sh: wrk, $connections connections, ${seconds} s on /api/search ..." >&2
serve_start_us=${EPOCHREALTIME/[.,]/}
if ! "${wrk_cmd[@]}" >"$work/wrk.out" 2>&1; then
  echo "serve_load.sh: wrk failed:" >&2
  cat "$work/wrk.out" >&2
  exit 1
fi
serve_end_us=${EPOCHREALTIME/[.,]/}
if ! read -r _ serve_requests serve_us serve_p50_us serve_p99_us serve_non2xx err_connect \
  err_read err_write err_timeout < <(grep '^figures ' "$work/wrk.out"); then
  echo "serve_load.sh: no figures in wrk's output:" >&2
  cat "$work/wrk.out" >&2
  exit 1
fi
serve_socket_errors=$((err_connect + err_read + err_write + err_timeout))

# --- 6. The CGI front end: one news-query process per request, $connections at a time. ---
echo "serve_load.sh: one news-query per request, $connections at a time, ${seconds} s ..." >&2
cgi_start_us=${EPOCHREALTIME/[.,]/}
if ! /usr/bin/python3 - "$news_query" "$db" "$work/queries" "$connections" "$seconds" \
  >"$work/cgi.out" 2>"$work/cgi.err" <<'EOF'; then
# Each of CONNECTIONS threads runs news-query for the next query of the rotation, reading its
# output through a pipe, until SECONDS have passed; prints "requests duration_us p50_us p99_us
# failures" (nearest-rank percentiles) and each failure's command and output on stderr.
import itertools, subprocess, sys, threading, time
news_query, db, queries_file, connections, seconds = sys.argv[1:6]
queries = [line.rstrip("\n") for line in open(queries_file, encoding="utf-8")]
rotation = itertools.count()
times, failures = [], []
lock = threading.Lock()
start = time.perf_counter_ns()
deadline = start + int(seconds) * 10**9

def client():
    while time.perf_counter_ns() < deadline:
        query = queries[next(rotation) % len(queries)]
        began = time.perf_counter_ns()
        run = subprocess.run([news_query, "--db", db, "--format", "json", query],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        took = time.perf_counter_ns() - began
        with lock:
            times.append(took)
            if run.returncode > 1:
                failures.append((query, run.returncode, run.stderr[:500]))

clients = [threading.Thread(target=client) for _ in range(int(connections))]
for c in clients:
    c.start()
for c in clients:
    c.join()
duration = time.perf_counter_ns() - start
times.sort()
def rank(p):
    return times[min(len(times), max(1, -(-len(times) * p // 100))) - 1]
print(len(times), duration // 1000, rank(50) // 1000, rank(99) // 1000, len(failures))
for query, code, err in failures[:10]:
    print(f"news-query {query!r}: exit code {code}: {err!r}", file=sys.stderr)
EOF
  echo "serve_load.sh: the CGI driver failed:" >&2
  cat "$work/cgi.err" >&2
  exit 1
fi
cgi_end_us=${EPOCHREALTIME/[.,]/}
read -r cgi_requests cgi_us cgi_p50_us cgi_p99_us cgi_failures <"$work/cgi.out"

# --- 7. Stop the update loop (it finishes its round) and news-serve. ---
touch "$work/stop"
updater_rc=0
wait "$updater_pid" || updater_rc=$?
updater_pid=
kill -TERM "$serve_pid"
serve_rc=0
serve_stopped=no
for _ in $(seq 100); do
  if ! kill -0 "$serve_pid" 2>/dev/null; then serve_stopped=yes; break; fi
  sleep 0.1
done
if [ "$serve_stopped" = yes ]; then
  wait "$serve_pid" || serve_rc=$?
else
  kill -KILL "$serve_pid" 2>/dev/null || true
  wait "$serve_pid" 2>/dev/null || true
  serve_rc=killed
fi
serve_pid=

status=0
if [ -e "$work/update.failed" ]; then
  echo "serve_load.sh: an update round failed:" >&2
  cat "$work/update.failed" >&2
  status=1
fi
if [ "$updater_rc" != 0 ]; then
  echo "serve_load.sh: the update loop ended with exit status $updater_rc" >&2
  status=1
fi
if [ "$serve_rc" != 0 ]; then
  echo "serve_load.sh: news-serve did not stop cleanly on SIGTERM (exit status $serve_rc)" >&2
  status=1
fi
if [ -s "$work/cgi.err" ]; then cat "$work/cgi.err" >&2; fi

# --- Report. ---
ms() { awk -v us="$1" 'BEGIN { printf "%.1f", us / 1e3 }'; }
rate() { awk -v n="$1" -v us="$2" 'BEGIN { printf "%.1f", (us > 0 ? n * 1e6 / us : 0) }'; }
met() { if [ "$1" = yes ]; then echo met; else echo "NOT met"; fi; }
# rounds FROM_US TO_US: "N rounds (M of them wholly within), mean S s" of the update rounds that
# overlapped the interval.
rounds() {
  awk -v a="$1" -v b="$2" '$1 < b && $2 > a { n++; t += $2 - $1; if ($1 >= a && $2 <= b) w++ }
    END { if (n) printf "%d rounds overlapped it (%d wholly inside), mean %.1f s a round", n, w, t / n / 1e6
          else print "no update round overlapped it" }' "$work/updates"
}
serve_rate=$(rate "$serve_requests" "$serve_us")
cgi_rate=$(rate "$cgi_requests" "$cgi_us")
ratio=$(awk -v a="$serve_rate" -v b="$cgi_rate" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }')
errors=$((serve_non2xx + serve_socket_errors + cgi_failures))
ratio_ok=$(awk -v r="$ratio" -v m="$min_ratio" 'BEGIN { print (r != "n/a" && r >= m) ? "yes" : "no" }')
p99_ok=$(awk -v us="$serve_p99_us" -v m="$max_p99_ms" 'BEGIN { print (us < m * 1000) ? "yes" : "no" }')
update_rounds=$(wc -l <"$work/updates")
serve_threads_said=${serve_threads:-"its default"}
row() { printf '%-28s %9s %9s %8s %8s %7s\n' "$@"; }

echo "archive: $articles articles (gen_corpus.py, text layout, seed $seed: ${gen_said##*; })," \
  "indexed once with news-index in ${index_s}s; database ${db_mib} MiB at the start"
echo "machine: $(machine); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "versions: $version; $(wrk --version 2>&1 | head -n 1 | cut -d' ' -f1-2)"
echo
echo "/api/search, the ${#queries[@]} queries of bench/queries.txt in rotation, $connections at a" \
  "time for ${seconds} s each, while news-index updates $update articles a round without pause" \
  "($([ "$index_nice" != 0 ] && echo "nice -n $index_nice, ionice -c 3, as the documented" \
    "nightly index runs" || echo "at the same priority as the front ends"))"
row "front end" requests "req/s" "p50 ms" "p99 ms" errors
row "news-serve (wrk)" "$serve_requests" "$serve_rate" "$(ms "$serve_p50_us")" \
  "$(ms "$serve_p99_us")" "$((serve_non2xx + serve_socket_errors))"
row "news-query per request" "$cgi_requests" "$cgi_rate" "$(ms "$cgi_p50_us")" \
  "$(ms "$cgi_p99_us")" "$cgi_failures"
echo "ratio news-serve/CGI throughput: ${ratio}x"
echo "news-serve: $serve_threads_said worker threads; wrk $wrk_threads threads; not 2xx" \
  "$serve_non2xx; socket errors: connect $err_connect, read $err_read, write $err_write," \
  "timeout $err_timeout"
echo "CGI front end: news-query failures (exit code above 1): $cgi_failures"
echo "updates: $update_rounds rounds in all; during news-serve's run $(rounds "$serve_start_us" \
  "$serve_end_us"); during the CGI run $(rounds "$cgi_start_us" "$cgi_end_us")"
echo
echo "no errors: $(met "$([ "$errors" -eq 0 ] && echo yes || echo no)")"
echo "throughput at least ${min_ratio}x the CGI front end's: $(met "$ratio_ok")"
echo "news-serve p99 under ${max_p99_ms} ms: $(met "$p99_ok")"
echo
echo "commands (the temporary directory is deleted at exit):"
printf '  %s\n' "$(quoted "${gen_cmd[@]}")" "$(quoted "${index_cmd[@]}")" \
  "$(quoted "${update_cmd[@]}") (each update round)" \
  "$(quoted "$news_serve" --db "$db" --listen 127.0.0.1:0 "${serve_args[@]}")" \
  "$(quoted "${wrk_cmd[@]}")" "$(quoted "$news_query" --db "$db" --format json QUERY)"
if [ "$errors" -gt 0 ] || [ "$update_rounds" -eq 0 ]; then
  [ "$update_rounds" -gt 0 ] || echo "serve_load.sh: no update round finished" >&2
  status=1
fi
[ "$status" -eq 0 ] || exit "$status"
[ "$ratio_ok" = yes ] && [ "$p99_ok" = yes ] || exit 3
