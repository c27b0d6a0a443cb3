#!/usr/bin/env bash
# remote_shards.sh NEWS_INDEX NEWS_QUERY GEN_CORPUS QUERIES: news-query through a stub naming shards
# served by xapian-tcpsrv gives the same results as searching the shards locally.
#
# 600 generated articles, one a day from 2023 on, indexed with --shard-by year: the undated shard,
# 2023 and 2024. One xapian-tcpsrv per shard, on 127.0.0.1 and a free port, and a stub file of
# "remote 127.0.0.1:PORT" lines. For each query of QUERIES (the query benchmark's set), and with
# --collapse, --all, --like, --format csv, --count, --sort newest|oldest and --recent, news-query's
# output through the remote stub must equal its output on the archive's own (local) stub, byte for
# byte. What the remote backend cannot run must be refused with exit 2 and a message naming the
# feature and docs/sharding.md (--facet, --histogram, quote:, --quotes, --people), and a misspelt
# query must say that spelling suggestions are not available instead of silently having none.
set -euo pipefail
index=$1 query=$2 generator=$3 queries_file=$4
# shellcheck source=tests/e2e/lib.sh
source "$(dirname "$0")/lib.sh"

skip_unless_installed xapian-tcpsrv python3

daily_archive "$generator" "$work/archive" 11
archive=$work/news.db
"$index" --db "$archive" --shard-by year --quiet "$work/archive"
mapfile -t shards < <(sed -n 's/^auto //p' "$archive/XAPIANDB")
check_eq "shards" "undated 2023 2024" "${shards[*]}"

# free_port: a TCP port nobody listens on now (the kernel's pick; a race with another program
# taking it meanwhile is possible, and would show as a server that does not start).
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
# listening PORT: something accepts connections on 127.0.0.1:PORT.
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

stub=$work/remote.stub
: >"$stub"
for shard in "${shards[@]}"; do
  port=$(free_port)
  xapian-tcpsrv --quiet --interface 127.0.0.1 --port "$port" "$archive/$shard" \
    >"$work/tcpsrv-$shard.log" 2>&1 &
  track "$!"
  if ! wait_until 30 listening "$port"; then
    fail "xapian-tcpsrv for $shard did not listen on port $port: $(cat "$work/tcpsrv-$shard.log")"
    finish
  fi
  echo "remote 127.0.0.1:$port" >>"$stub"
done
echo "stub: $(tr '\n' ' ' <"$stub")"

# same ARGS...: news-query ARGS gives the same output and exit code on the remote stub as on the
# local archive (for --format json, as comparable_json in lib.sh has it).
same() {
  local local_code=0 remote_code=0
  "$query" --db "$archive" "$@" >"$work/local.out" 2>&1 || local_code=$?
  "$query" --db "$stub" "$@" >"$work/remote.out" 2>&1 || remote_code=$?
  if [ "$local_code" -gt 1 ]; then
    fail "news-query $* exited $local_code locally: $(head -1 "$work/local.out")"
    return
  fi
  if [ "$1" = --format ] && [ "$2" = json ] && [ "$local_code" -eq 0 ] && [ "$remote_code" -eq 0 ]; then
    comparable_json "$work/local.out" "$work/remote.out" >"$work/local.cmp"
    comparable_json "$work/remote.out" "$work/local.out" >"$work/remote.cmp"
  else
    cp "$work/local.out" "$work/local.cmp"
    cp "$work/remote.out" "$work/remote.cmp"
  fi
  if [ "$local_code" != "$remote_code" ] || ! cmp -s "$work/local.cmp" "$work/remote.cmp"; then
    fail "news-query $*: remote (exit $remote_code) differs from local (exit $local_code)"
    diff "$work/local.out" "$work/remote.out" | head -8 | sed 's/^/    /' || true
  fi
}

# The benchmark's queries in one process per side (--batch): a process per query made the test
# slow under AddressSanitizer.
grep -v '^[[:space:]]*\(#\|$\)' "$queries_file" >"$work/queries.txt"
same --format json --limit 10 --batch "$work/queries.txt"
same --format paths --limit 20 said
same --format json --collapse said
same --all --format jsonl said
same --format csv --limit 30 said
same --count said
# Date sorts (a value slot each) and --recent (value weights scaled per era and year,
# common/date_order.h),
# over every article too, where the undated shard's articles come last or get no bonus.
same --format json --limit 30 --sort newest said
same --format json --limit 30 --sort oldest said
same --format paths --limit 700 --sort newest ''
same --format paths --limit 700 --sort oldest ''
same --format json --limit 30 --recent --now 2024-03-01 said
same --format json --limit 700 --recent --now 2023-07-01T06:30Z ''
# A person under every spelling: Xapian's own terms, with the table from the first shard.
same --format json --limit 20 'speaker:"Tony Blair"'
id=$("$query" --db "$archive" --format paths --limit 1 said >/dev/null && "$query" --db "$archive" \
  --format json --limit 1 said | python3 -c 'import json, sys; print(json.load(sys.stdin)["results"][0]["id"])')
# --like's total is an estimate, which Xapian makes per shard: compare the articles only.
"$query" --db "$archive" --like "$id" --format paths --limit 10 >"$work/like.local"
"$query" --db "$stub" --like "$id" --format paths --limit 10 >"$work/like.remote"
if ! cmp -s "$work/like.local" "$work/like.remote"; then fail "--like: remote differs from local"; fi
matching=$(python3 -c '
import json, sys
print(sum(1 for r in json.load(open(sys.argv[1])) if r["results"]))' <(
  "$query" --db "$archive" --format json --limit 1 --batch "$work/queries.txt"))
echo "benchmark queries matching something: $matching of $(wc -l <"$work/queries.txt")"
if [ "$matching" -lt 25 ]; then
  fail "only $matching of the benchmark's queries matched anything: the comparison proves little"
fi

# refused FEATURE ARGS...: exit 2, the message naming FEATURE, remote shards and the docs.
refused() {
  local feature=$1 code=0
  shift
  "$query" --db "$stub" "$@" >"$work/out" 2>"$work/err" || code=$?
  check_eq "$feature over remote shards: exit code" 2 "$code"
  if ! grep -qF -- "$feature is not available over remote shards" "$work/err" ||
    ! grep -q "docs/sharding.md" "$work/err"; then
    fail "$feature over remote shards: no clear message: $(head -1 "$work/err")"
  fi
}
refused --facet --facet speaker said
refused --histogram --histogram month said
refused "a quote: condition" "quote:said"
refused --quotes --quotes said
refused --people --people said

code=0
"$query" --db "$stub" "councel" >"$work/out" 2>&1 || code=$?
if ! grep -q "no spelling suggestions: Xapian cannot look them up on remote shards" "$work/out"; then
  fail "a misspelt query over remote shards does not say why there is no suggestion: $(cat "$work/out")"
fi
finish
