#!/usr/bin/env bash
# remote_shards.sh NEWS_INDEX NEWS_QUERY GEN_CORPUS QUERIES NEWS_SERVE: news-query through a stub
# naming shards served by xapian-tcpsrv gives the same results as searching the shards locally;
# and the recipe of docs/sharding.md runs: the shard servers run the command of
# docs/systemd/news-shard.service, and news-serve with the options of
# docs/systemd/news-serve-shards.service answers through the remote stub as it does on the local
# archive, fails the requests of a shard host that has gone, and answers again once it is back.
#
# 600 generated articles, one a day from 2023 on, indexed with --shard-by year: the undated shard,
# 2023 and 2024. One xapian-tcpsrv per shard, on 127.0.0.1 and a free port, and a stub file of
# "remote 127.0.0.1:PORT" lines. For each query of QUERIES (the query benchmark's set), and with
# --collapse, --all, --like, --format csv, --count, --sort newest|oldest and --recent, news-query's
# output through the remote stub must equal its output on the archive's own (local) stub, byte for
# byte; so must every facet, histogram and --people listing (with --attention and --plot), and
# the quote-level searches (quote:, --quotes, --people with quote:), which run as window queries
# over the person blocks. What the remote backend cannot run (a person's NOT under an OR, which
# needs the match decider) must be refused with exit 2 and a message naming the condition and
# docs/sharding.md, and a misspelt query must say that spelling suggestions are not available
# instead of silently having none.
set -euo pipefail
index=$1 query=$2 generator=$3 queries_file=$4 serve=$5
units=$(cd "$(dirname "$0")/../../docs/systemd" && pwd)
# shellcheck source=tests/e2e/lib.sh
source "$(dirname "$0")/lib.sh"

skip_unless_installed xapian-tcpsrv python3

daily_archive "$generator" "$work/archive" 11
# Records with sections, which the generated articles lack, so that the section facet counts
# something on every shard (one undated).
cat >"$work/archive/sections.jsonl" <<'JSONL'
{"title": "Ferry timetable changes", "section": "Transport", "published": "2023-04-02T08:00:00Z", "url": "https://e2e.example/t1", "text": "\"The winter timetable ends early,\" said Maren Holloway, the operator's spokeswoman."}
{"title": "Tram line extended", "section": "Transport", "published": "2024-02-11T10:30:00Z", "url": "https://e2e.example/t2", "text": "\"Three new stops open in May,\" said Maren Holloway."}
{"title": "Council budget vote", "section": "Politics", "published": "2023-09-19T17:45:00Z", "url": "https://e2e.example/p1", "text": "\"We said we would balance it,\" said Tobias Reinholt, the council leader."}
{"title": "Budget passes", "section": "Politics", "published": "2024-03-01T12:00:00Z", "url": "https://e2e.example/p2", "text": "The budget passed, it was said, by four votes."}
{"title": "Harbour regatta", "section": "Sport", "url": "https://e2e.example/s1", "text": "\"The wind said everything,\" said Ines Calloway, who won the race."}
JSONL
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

# unit_command UNIT: the words of UNIT's ExecStart in the array `command`.
unit_command() {
  read -r -a command <<<"$(sed -n 's/^ExecStart=//p' "$units/$1")"
  [ "${#command[@]}" -gt 1 ] || { fail "$1 has no ExecStart="; finish; }
}
# The recipe's shard server: the command of news-shard.service, with this machine's loopback
# address, a free port and the shard's path for the unit's address, port and archive path.
unit_command news-shard.service
shard_server_args=("${command[@]:1:${#command[@]}-2}")
declare -A shard_pid shard_port
# serve_shard SHARD PORT: starts the shard's server and waits until it listens.
serve_shard() {
  local args=() previous="" word
  for word in "${shard_server_args[@]}"; do
    case $previous in
      --interface) word=127.0.0.1 ;;
      --port) word=$2 ;;
    esac
    args+=("$word")
    previous=$word
  done
  # In a session of its own: on SIGTERM xapian-tcpsrv signals its whole process group (its
  # forked children), which would otherwise be this script's and ctest's.
  setsid xapian-tcpsrv "${args[@]}" "$archive/$1" >"$work/tcpsrv-$1.log" 2>&1 &
  shard_pid[$1]=$!
  track "$!"
  if ! wait_until 30 listening "$2"; then
    fail "xapian-tcpsrv for $1 did not listen on port $2: $(cat "$work/tcpsrv-$1.log")"
    finish
  fi
}
stub=$work/remote.stub
: >"$stub"
for shard in "${shards[@]}"; do
  shard_port[$shard]=$(free_port)
  serve_shard "$shard" "${shard_port[$shard]}"
  echo "remote 127.0.0.1:${shard_port[$shard]}" >>"$stub"
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
# common/date_order.h), over every article too, where the undated shard's articles come last or
# get no bonus.
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

# Facets, histograms and the people quoted: counted by Xapian's own ValueCountMatchSpy on each
# shard and merged (query/facets.h), over the whole archive ('') and a query's matches.
for q in '' said; do
  for facet in speaker author section outlet month year; do
    same --limit 0 --facet "$facet" --facet-limit 1000 "$q"
  done
  for interval in month week day; do same --limit 0 --histogram "$interval" "$q"; done
  # With hits as well: Xapian 1.4 passes some remote hits to the local spies too (search.cc).
  same --format json --limit 5 --facet speaker --facet author --facet month --histogram week "$q"
  same --format json --limit 50 --facet-limit 1000 --facet speaker --facet year --histogram day "$q"
  same --format json --all --facet-limit 1000 --facet author --facet section "$q"
  same --people --limit 1000 "$q"
  same --people --format json --attention week "$q"
  same --people --format csv --attention month "$q"
done
same --people --limit 1000 'speaker:"Tony Blair"'

# Quote-level searches: Xapian's own window queries over the person blocks (query/quote_blocks.h),
# so the same answers as the local stub, where the same windows run.
quote_queries=(
  'quote:said'
  'speaker:"Tony Blair" quote:people'
  'speaker:blair quote:people OR speaker:howard quote:people'
  'quote:people NOT speaker:blair'
  'quote:"prime minister"'
  'quote:government date:2024'
)
for q in "${quote_queries[@]}"; do
  same --format json --limit 30 "$q"
  same --count "$q"
done
same --format json --limit 30 --quotes said
same --format json --limit 30 --quotes 'speaker:"Tony Blair"'
same --format json --all --quotes --facet speaker 'quote:people'
same --people --limit 1000 'quote:people'
same --people --format json --attention week 'speaker:"Tony Blair" quote:people'
# The comparison must be worth something: most of these queries find articles.
found=0
for q in "${quote_queries[@]}"; do
  n=$("$query" --db "$stub" --count "$q")
  echo "quote-level over remote shards: $n articles for $q"
  if [ "$n" -gt 0 ]; then found=$((found + 1)); fi
done
if [ "$found" -lt 5 ]; then
  fail "only $found of ${#quote_queries[@]} quote-level queries found articles: the comparison proves little"
fi
"$query" --db "$archive" --people --plot "$work/local.svg" said >/dev/null
"$query" --db "$stub" --people --plot "$work/remote.svg" said >/dev/null
if ! cmp -s "$work/local.svg" "$work/remote.svg"; then fail "--plot: remote chart differs from local"; fi
# The counts must be worth comparing: many speakers and authors, several of every other facet
# (the text output's "speaker (927 distinct):" lines).
distinct=$("$query" --db "$stub" --limit 0 --facet-limit 1 --facet speaker --facet author \
  --facet section --facet outlet --facet month --facet year '' |
  sed -n 's/^\([a-z]*\) (\([0-9]*\) distinct):$/\1=\2/p' | tr '\n' ' ')
echo "distinct values over remote shards: $distinct"
for least in speaker=50 author=20 section=3 outlet=2 month=12 year=2; do
  got=$(tr ' ' '\n' <<<"$distinct" | sed -n "s/^${least%=*}=//p")
  if [ "${got:-0}" -lt "${least#*=}" ]; then
    fail "the ${least%=*} facet counts ${got:-0} distinct values (at least ${least#*=} wanted): the comparison proves little"
  fi
done
people=$("$query" --db "$stub" --people --format json --limit 1 '' |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["distinct"])')
echo "people quoted over remote shards: $people"
if [ "$people" -lt 50 ]; then fail "--people lists $people people: the comparison proves little"; fi

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
# What the windows cannot say, and the decider could only say locally: "someone who did not
# say it" under an OR. The message names the condition.
refused "this quote: query" 'quote:people OR (quote:said NOT speaker:blair)'
if ! grep -qF '(speaker:blair) inside an OR' "$work/err"; then
  fail "the refusal does not name the condition: $(head -1 "$work/err")"
fi
refused "this quote: query" --people 'quote:people OR (quote:said NOT speaker:blair)'
refused "--quotes with this query" --quotes 'people OR (said NOT speaker:blair)'

code=0
"$query" --db "$stub" "councel" >"$work/out" 2>&1 || code=$?
if ! grep -q "no spelling suggestions: Xapian cannot look them up on remote shards" "$work/out"; then
  fail "a misspelt query over remote shards does not say why there is no suggestion: $(cat "$work/out")"
fi

# --- The query host: news-serve with news-serve-shards.service's options, over the stub. ---
unit_command news-serve-shards.service
query_host_args=() previous=""
for word in "${command[@]:1}"; do
  case $previous in
    --db) word=$stub ;;
    --listen) word=127.0.0.1:0 ;;
  esac
  query_host_args+=("$word")
  previous=$word
done
"$serve" "${query_host_args[@]}" </dev/null >/dev/null 2>"$work/query-host.log" &
track "$!"
remote_port=$(serve_port "$work/query-host.log")
[ -n "$remote_port" ] || { fail "the query host did not listen: $(cat "$work/query-host.log")"; finish; }
start_serve "$serve" "$archive" 2
# api PORT PATH: the answer's HTTP status, then its body, in $work/api.out.
api() { curl -sS -o "$work/api.out" -w '%{http_code}' "http://127.0.0.1:$1$2"; }
# same_api PATH: the query host answers PATH as news-serve does on the local archive.
same_api() {
  local local_status remote_status
  local_status=$(api "$port" "$1") && cp "$work/api.out" "$work/api.local"
  remote_status=$(api "$remote_port" "$1") && cp "$work/api.out" "$work/api.remote"
  check_eq "query host: HTTP status of $1" "$local_status" "$remote_status"
  if ! cmp -s <(comparable_json "$work/api.local" "$work/api.remote") \
    <(comparable_json "$work/api.remote" "$work/api.local"); then
    fail "query host: $1 differs from the local archive's answer"
  fi
}
same_api "/api/search?q=said&limit=10"
same_api "/api/search?q=speaker:%22Tony+Blair%22&limit=5"
same_api "/api/search?q=speaker:%22Tony+Blair%22+quote:people&limit=5"
# A shard host that goes away: its requests fail with an error, not a partial answer.
gone=${shards[-1]}
kill "${shard_pid[$gone]}"
wait "${shard_pid[$gone]}" 2>/dev/null || true
status=$(api "$remote_port" "/api/search?q=said&limit=10") || true
if [ "$status" = 200 ]; then
  fail "query host: answered 200 with the shard $gone gone: $(head -c 200 "$work/api.out")"
else
  echo "ok: with the shard $gone gone the query host answers $status: $(head -c 160 "$work/api.out")"
fi
# Back on its port: the next request opens the shards afresh, with no restart of news-serve.
serve_shard "$gone" "${shard_port[$gone]}"
same_api "/api/search?q=said&limit=10"
finish
