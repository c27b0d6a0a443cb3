#!/usr/bin/env bash
# Remote shards against the local stub (issue 19): the same news-query searches, timed through a
# stub of "remote" lines naming shards served by xapian-tcpsrv on loopback and through the
# archive's own stub (the same shards opened as local databases), in one run, each run a whole
# process (start-up, opening the shards or connecting to their servers, matching, counting,
# reading and printing the results).
#
#   bench/remote_latency.sh                                    20,000 articles, 5 rounds
#   BENCH_ARTICLES=2000 BENCH_ROUNDS=2 bench/remote_latency.sh  a smaller, quicker run
#
# There is no target: it measures what the remote protocol costs (docs/benchmarks.md, "Remote
# shards against the local stub"). tests/e2e/remote_shards.sh proves the outputs equal; this
# script checks it again for every case it times.
#
# What it does:
#   1. builds news-index and news-query with the release preset (a no-op when up to date);
#   2. generates, in a temporary directory removed at exit, BENCH_ARTICLES articles with
#      bench/gen_corpus.py (text layout, seed 1), so many a day that the dates span about four
#      years from 2023-01-01, and indexes them with news-index --shard-by year (one shard a year,
#      and the undated one) under GNU time;
#   3. starts one xapian-tcpsrv per shard on 127.0.0.1 and a free port, with the options of
#      docs/systemd/news-shard.service (read-only, --idle-timeout), and writes the remote stub;
#   4. for each case of a comparison set mirroring remote_shards.sh (a handful of the queries of
#      bench/queries.txt; --collapse; --count; a facet of each field; the month and day
#      histograms; --people, with --attention; both date sorts; --recent; a quote: search with
#      speaker:; --quotes; --people with quote:), runs news-query through the local and the
#      remote stub, the two alternating case by case and the one going first alternating from
#      round to round, BENCH_ROUNDS rounds after one untimed warm-up round, each run timed whole
#      with bash's EPOCHREALTIME; in the warm-up round each case's two outputs must be equal (but
#      for the number of an estimated total, "about 40 articles match": Xapian estimates per
#      shard, and remote_shards.sh too leaves inexact totals out);
#   5. prints per case the local and the remote median and their ratio, and the sums of the
#      medians.
#
# Environment: BENCH_ARTICLES (default 20000) archive size; BENCH_ROUNDS (default 5) timed rounds.
# Exit codes: 0 done; 1 a tool or the build failed, the archive has one shard, a server did not
# start, or a case's remote output differs from its local output; 2 usage error or a missing tool
# (xapian-tcpsrv from xapian-tools, /usr/bin/time from time, setsid, python3, cmake).
set -euo pipefail

# The repository ($repo) and the helpers, found from the script's own location so that the script
# works from any cwd.
# shellcheck source=lib/all.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/all.sh"

articles=${BENCH_ARTICLES:-20000}
rounds=${BENCH_ROUNDS:-5}
positive_settings remote_latency.sh "BENCH_ARTICLES=$articles" "BENCH_ROUNDS=$rounds" -- "$@"
name=remote_latency.sh

require_tool "$name" cmake cmake
require_tool "$name" xapian-tcpsrv xapian-tools
require_tool "$name" setsid util-linux
require_tool "$name" python3 python3
require_tool "$name" /usr/bin/time time

git_rev=$(source_version)
build_release "$name" news-index || exit 1
build_release "$name" news-query || exit 1
news_index=$repo/build/release/indexer/news-index
news_query=$repo/build/release/query/news-query
check_built "$name" "$news_index" "$news_query" || exit 1

# The shard servers are stopped before the directory goes: each is the leader of a session of its
# own (setsid), and on SIGTERM signals its process group, its forked connection handlers.
server_pids=()
work=$(mktemp -d "${TMPDIR:-/tmp}/remote_latency.XXXXXX")
stop_servers() {
  local pid
  for pid in "${server_pids[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap stop_servers EXIT
archive=$work/archive
db=$work/news.db
remote_stub=$work/remote.stub

# About four years of dates whatever the size: gen_corpus.py starts on 2023-01-01 and moves on a
# day every --per-dir articles.
per_dir=$(((articles + 1459) / 1460))
echo "$name: generating $articles articles, $per_dir a day ..." >&2
run_generator "$name" "$work" /usr/bin/python3 "$repo/bench/gen_corpus.py" --out "$archive" \
  --count "$articles" --seed 1 --per-dir "$per_dir"

echo "$name: indexing them with news-index --shard-by year ..." >&2
# Under GNU time (bench/lib/timing.sh), which also gives the peak RSS and the CPU time.
timing_setup "$name" "$work" bash log
run_timed index "$news_index" -q --db "$db" --shard-by year "$archive"
read -r index_s index_kib index_cpu_s <"$work/index.times"
db_mib=$(du -sm "$db" | cut -f1)
mapfile -t shards < <(sed -n 's/^auto //p' "$db/XAPIANDB")
if [ "${#shards[@]}" -lt 2 ]; then
  echo "$name: the archive has ${#shards[@]} shard(s), not several: $(cat "$db/XAPIANDB")" >&2
  exit 1
fi

# The shard servers: news-shard.service's command, with the loopback address, a free port and the
# shard's path in place of the unit's address, port and archive path.
read -r -a unit_words <<<"$(sed -n 's/^ExecStart=//p' "$repo/docs/systemd/news-shard.service")"
server_options=("${unit_words[@]:1:${#unit_words[@]}-2}")
# A port nobody listens on now (the kernel's pick; another program could take it meanwhile, which
# shows as a server that does not start).
free_port() {
  python3 -c 'import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
accepting() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
: >"$remote_stub"
for shard in "${shards[@]}"; do
  port=$(free_port)
  args=() previous=""
  for word in "${server_options[@]}"; do
    case $previous in
      --interface) word=127.0.0.1 ;;
      --port) word=$port ;;
    esac
    args+=("$word")
    previous=$word
  done
  setsid xapian-tcpsrv "${args[@]}" "$db/$shard" >"$work/tcpsrv-$shard.log" 2>&1 &
  server_pids+=("$!")
  for ((tries = 0; tries < 300; tries++)); do
    accepting "$port" && break
    sleep 0.1
  done
  if ! accepting "$port"; then
    echo "$name: xapian-tcpsrv for $shard did not listen on port $port:" >&2
    cat "$work/tcpsrv-$shard.log" >&2
    exit 1
  fi
  echo "remote 127.0.0.1:$port" >>"$remote_stub"
done
server_command=$(quoted xapian-tcpsrv "${args[@]}" SHARD)

# The comparison set: a name and news-query's arguments after --db, shell-quoted.
case_names=() case_args=()
add_case() {
  case_names+=("$1")
  shift
  case_args+=("$(quoted "$@")")
}
# The quote-level search needs a person of the archive: the most quoted one (the name column of
# --people's CSV; a generated archive's names have no commas).
speaker=$("$news_query" --db "$db" --people --format csv --limit 1 '' |
  awk -F, 'NR == 2 { print $2 }')
for query in election '"interest rates"' 'labour OR tory' 'oil AND prices' \
  '(england OR wales) rugby' 'title:election'; do
  add_case "$query" --limit 10 "$query"
done
add_case "--collapse election" --collapse --limit 10 election
add_case "--count election" --count election
for facet in speaker author section outlet month year; do
  add_case "--facet $facet election" --limit 0 --facet "$facet" election
done
add_case "--histogram month election" --limit 0 --histogram month election
add_case "--histogram day election" --limit 0 --histogram day election
add_case "--people election" --people election
add_case "--people --attention week election" --people --attention week election
add_case "--sort newest election" --limit 10 --sort newest election
add_case "--sort oldest election" --limit 10 --sort oldest election
add_case "--recent election" --limit 10 --recent --now 2026-06-01 election
add_case "speaker:\"$speaker\" quote:people" --limit 10 "speaker:\"$speaker\" quote:people"
add_case "--quotes election" --limit 10 --quotes election
add_case "--people quote:government" --people quote:government

# run_case LOCATION CASE TAG: one timed run of a case through the local or the remote stub, its
# wall microseconds appended to WORK/TAG.times (TAG skip: to nothing), its output in WORK/out.
run_case() {
  local stub=$db
  [ "$1" = local ] || stub=$remote_stub
  eval "local args=(${case_args[$2]})"
  # shellcheck disable=SC2154  # args is set by the eval
  latency_time_one "$name" "$work" "$3" "$news_query" --db "$stub" "${args[@]}"
}

# comparable OUTPUT: news-query's output, less the number of an estimated total ("about 40 articles
# match ..."): Xapian estimates per shard, so the remote estimate may differ (as remote_shards.sh
# leaves out an inexact total); an exact count must be equal.
comparable() { sed -E '1s/^about [0-9]+ /about N /' "$1"; }

load_before=$(cut -d' ' -f1 /proc/loadavg)
echo "$name: ${#case_names[@]} cases over ${#shards[@]} shards, one warm-up round then $rounds" \
  "timed rounds ..." >&2
differ=0
for ((round = 0; round <= rounds; round++)); do
  for i in "${!case_names[@]}"; do
    if [ "$round" -eq 0 ]; then
      run_case local "$i" skip
      mv "$work/out" "$work/local.out"
      run_case remote "$i" skip
      if ! cmp -s <(comparable "$work/local.out") <(comparable "$work/out"); then
        echo "$name: ${case_names[$i]}: remote output differs from local:" >&2
        diff "$work/local.out" "$work/out" | head -8 >&2 || true
        differ=$((differ + 1))
      fi
    elif ((round % 2)); then
      run_case remote "$i" "remote$i"
      run_case local "$i" "local$i"
    else
      run_case local "$i" "local$i"
      run_case remote "$i" "remote$i"
    fi
  done
  if [ "$differ" -gt 0 ]; then
    echo "$name: $differ case(s) differ; nothing timed" >&2
    exit 1
  fi
done

# shellcheck disable=SC2154  # gen_said is set by run_generator (bench/lib/archive.sh)
echo "archive: $articles articles (gen_corpus.py, text layout, seed 1, $per_dir a day from" \
  "2023-01-01: ${gen_said##*; }), indexed with news-index --shard-by year in ${index_s} s" \
  "(CPU ${index_cpu_s} s, peak RSS $(mib "$index_kib") MiB); ${#shards[@]} shards" \
  "(${shards[*]}), ${db_mib} MiB"
echo "machine: $(machine); load average before the queries: $load_before"
echo "versions: news-query at $git_rev (release preset); $(xapian-tcpsrv --version | head -n 1)"
echo
echo "${#case_names[@]} cases x $rounds rounds, local and remote alternating, after a warm-up" \
  "round (outputs checked equal); whole process, wall time, median ms"
printf '%-42s %9s %9s %7s\n' case local remote ratio
local_sum=0 remote_sum=0
for i in "${!case_names[@]}"; do
  read -r local_ms _ < <(latency_stats "$work/local$i.times")
  read -r remote_ms _ < <(latency_stats "$work/remote$i.times")
  printf '%-42s %9s %9s %6sx\n' "${case_names[$i]}" "$local_ms" "$remote_ms" \
    "$(awk -v a="$remote_ms" -v b="$local_ms" 'BEGIN { printf "%.2f", a / b }')"
  local_sum=$(awk -v s="$local_sum" -v a="$local_ms" 'BEGIN { printf "%.2f", s + a }')
  remote_sum=$(awk -v s="$remote_sum" -v a="$remote_ms" 'BEGIN { printf "%.2f", s + a }')
done
printf '%-42s %9s %9s %6sx\n' "total (sum of the medians)" "$local_sum" "$remote_sum" \
  "$(awk -v a="$remote_sum" -v b="$local_sum" 'BEGIN { printf "%.2f", a / b }')"
echo
echo "commands (the temporary directory is deleted at exit):"
echo "  shard servers: $server_command"
echo "  remote stub: $(paste -sd ';' "$remote_stub" | sed 's/;/; /g')"
printf '  %s\n' "$(quoted "$news_query" --db "$db" ARGS)     # the local stub (the archive's)" \
  "$(quoted "$news_query" --db "$remote_stub" ARGS)  # the remote stub"
