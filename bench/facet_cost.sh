#!/usr/bin/env bash
# What the search page's counting costs: on an existing database, news-query with each facet of
# the page alone, then with all of them and the month histogram (what news-serve's search page
# asks for), then the page itself and /api/search from a news-serve on a free loopback port.
#
#   bench/facet_cost.sh DB [QUERY]      QUERY defaults to 'election'
#   BENCH_RUNS=9 bench/facet_cost.sh DB runs of each measurement (default 5; medians reported)
#   BENCH_BIN_DIR=DIR ...               the binaries of DIR (a build directory) as they are,
#                                       instead of the release build made now
#
# Each news-query run is a whole process, so the figures include its start (a few milliseconds:
# the "--count" row). Wall times come from bash's clock in milliseconds, CPU (user + system) from
# GNU time in its 10 ms steps. The page's and the API's times are curl's, after one untimed
# request each, and their CPU news-serve's own (from /proc, a mean over the runs). On a loaded
# machine the wall times grow with the load and the CPU times do not: compare those. The database
# is only read: it must be of the binaries' schema version.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/lib/args.sh
source "$repo/bench/lib/args.sh"
# shellcheck source=bench/lib/timing.sh
source "$repo/bench/lib/timing.sh"
# shellcheck source=bench/lib/report.sh
source "$repo/bench/lib/report.sh"

name=facet_cost.sh
usage="usage: $0 DB [QUERY]   (environment: BENCH_RUNS=N, BENCH_BIN_DIR=DIR)"
case "${1:-}" in
  -h | --help) echo "$usage"; exit 0 ;;
  '') echo "$usage" >&2; exit 2 ;;
esac
if [ $# -gt 2 ]; then echo "$usage" >&2; exit 2; fi
db=$1 query=${2-election} runs=${BENCH_RUNS:-5}
require_positive "$name" "BENCH_RUNS=$runs"
require_tool "$name" curl curl
if [ ! -x /usr/bin/time ]; then
  echo "$name: /usr/bin/time is missing: install the package time" >&2
  exit 2
fi
if [ ! -d "$db" ]; then
  echo "$name: no database at $db" >&2
  exit 2
fi

bench_binaries "$name" "news-query and news-serve"
news_query=$bin_dir/query/news-query news_serve=$bin_dir/serve/news-serve
check_built "$name" "$news_query" "$news_serve" || exit "$missing_status"

work=$(mktemp -d "${TMPDIR:-/tmp}/facet_cost.XXXXXX")
serve_pid=
cleanup() {
  if [ -n "$serve_pid" ]; then kill "$serve_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
timing_setup "$name" "$work" bash split

# The rows: a label and news-query's options before the query.
labels=("--count" "--facet section" "--facet outlet" "--facet author" "--facet year"
  "--facet speaker" "--histogram month" "the page's five facets and histogram")
options=("--count" "--limit 0 --facet section" "--limit 0 --facet outlet"
  "--limit 0 --facet author" "--limit 0 --facet year" "--limit 0 --facet speaker"
  "--limit 0 --histogram month"
  "--limit 0 --facet speaker --facet author --facet section --facet outlet --facet year --histogram month")

matches=$("$news_query" --db "$db" --count "$query")
echo "database: $db ($matches articles match '$query')"
echo "machine: $(machine); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "version: $version"
echo
printf '%-40s %10s %10s\n' "news-query (one process a run)" "wall ms" "CPU ms"
for i in "${!labels[@]}"; do
  # shellcheck disable=SC2206  # the options are words on purpose
  row=(${options[$i]})
  "$news_query" --db "$db" "${row[@]}" "$query" >/dev/null  # warm the page cache
  for _ in $(seq "$runs"); do run_timed "row$i" "$news_query" --db "$db" "${row[@]}" "$query"; done
  printf '%-40s %10.0f %10.0f\n' "${labels[$i]}" "$(awk '{ print $1 * 1000 }' <<<"$(median "$work/row$i.times" 1)")" \
    "$(awk '{ print $1 * 1000 }' <<<"$(median "$work/row$i.times" 3)")"
done

"$news_serve" --db "$db" --listen 127.0.0.1:0 --search-seconds 60 2>"$work/serve.err" &
serve_pid=$!
address=
for _ in $(seq 100); do
  address=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/serve.err" 2>/dev/null || true)
  [ -n "$address" ] && break
  sleep 0.1
done
if [ -z "$address" ]; then
  echo "$name: news-serve did not start:" >&2
  cat "$work/serve.err" >&2
  exit 1
fi
encoded=q=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$query")
echo
# news-serve's CPU time so far (user + system), in milliseconds, from /proc (clock ticks).
serve_cpu_ms() {
  awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); print ($12 + $13) * 1000 / hz }' \
    "/proc/$serve_pid/stat"
}
printf '%-40s %10s %10s\n' "news-serve (curl, after one request)" "median ms" "CPU ms"
for path in "/?$encoded" "/api/search?$encoded"; do
  curl -s -o /dev/null "$address$path"
  : >"$work/page.times"
  cpu_before=$(serve_cpu_ms)
  for _ in $(seq "$runs"); do
    read -r status seconds < <(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$address$path")
    if [ "$status" != 200 ]; then
      echo "$name: $path answered $status" >&2
      exit 1
    fi
    echo "$seconds" >>"$work/page.times"
  done
  printf '%-40s %10.0f %10.0f\n' "$path" "$(awk '{ print $1 * 1000 }' <<<"$(median "$work/page.times" 1)")" \
    "$(awk -v a="$cpu_before" -v b="$(serve_cpu_ms)" -v n="$runs" 'BEGIN { print (b - a) / n }')"
done
