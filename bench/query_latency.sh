#!/usr/bin/env bash
# Query latency benchmark: news-query against Xapian's own quest, the same 50 queries on the same
# 100,000-article index, in one run, timing each whole process (start-up, opening the database,
# parsing, matching, reading and printing the results).
#
#   bench/query_latency.sh                                   100,000 articles, 5 rounds
#   BENCH_ARTICLES=5000 BENCH_ROUNDS=3 bench/query_latency.sh   a smaller, quicker run
#
# The target it checks: news-query's median latency is at most 1.1 times quest's (issue 19).
#
# What it does:
#   1. builds the release preset (a no-op when up to date);
#   2. generates, in a temporary directory removed at exit, an archive of BENCH_ARTICLES articles
#      as bench/nochange_20k.sh does (bench/lib/archive.sh: the BBC set's text, copies made
#      distinct by a numbered last paragraph), and indexes it once with news-index (with the
#      people quoted: the default, so speaker: and who: queries find something);
#   3. runs each of the 50 queries of bench/queries.txt with news-query (--limit 10, text output,
#      to a file) and with quest (-m 10) on the same database, the tools alternating query by
#      query and the one going first alternating from round to round, BENCH_ROUNDS rounds, after
#      one untimed warm-up round; each run is timed whole with bash's EPOCHREALTIME;
#   4. prints per tool the median, p95 and mean over all runs, and the ratio of the medians.
#
# quest is given the same query parser set-up as news-query (bench/lib/latency.sh, shared with
# bench/index_scale.sh): default operator AND, flags default, wildcard and pure_not, English
# stemming (STEM_SOME, quest's default), and the schema's prefixes (title:S, author:A,
# speaker:XSPEAKER as free-text prefixes; id:Q, byline:XA, who:XWHO, section:XSECTION,
# outlet:XOUTLET, type:XTYPE as boolean ones), so both run the same Xapian query (news-query
# adds a filter on XTYPEarticle, which every document has). The queries use only what
# quest can express: no date: ranges (news-query's own field processor). Each tool's output for the
# first query is checked to list results.
#
# Environment: BENCH_ARTICLES (default 100000) archive size; BENCH_ROUNDS (default 5) timed rounds.
# Exit codes: 0 done, within 1.1x; 1 a tool or the build failed; 2 usage error or a missing tool;
# 3 done, but news-query's median is more than 1.1x quest's.
set -euo pipefail

# The repository ($repo) and the helpers, found from the script's own location so that the script
# works from any cwd.
# shellcheck source=lib/all.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/all.sh"

articles=${BENCH_ARTICLES:-100000}
rounds=${BENCH_ROUNDS:-5}
positive_settings query_latency.sh "BENCH_ARTICLES=$articles" "BENCH_ROUNDS=$rounds" -- "$@"
max_ratio=1.1
queries_file=$repo/bench/queries.txt

require_tool query_latency.sh cmake cmake
require_tool query_latency.sh quest xapian-tools
require_tool query_latency.sh md5sum coreutils

article_source

git_rev=$(source_version)
build_release query_latency.sh || exit 1
news_index=$repo/build/release/indexer/news-index
news_query=$repo/build/release/query/news-query

work=$(mktemp -d "${TMPDIR:-/tmp}/query_latency.XXXXXX")
trap 'rm -rf "$work"' EXIT
archive=$work/archive
db=$work/news.db

echo "query_latency.sh: generating $articles article files ..." >&2
make_archive "$source_dir" "$articles" 100 "$archive" "$work" || exit 1

echo "query_latency.sh: indexing them with news-index ..." >&2
index_start=${EPOCHREALTIME/[.,]/}
rc=0
"$news_index" -q --db "$db" "$archive" >"$work/index.log" 2>&1 || rc=$?
index_s=$(awk -v us=$((${EPOCHREALTIME/[.,]/} - index_start)) 'BEGIN { printf "%.1f", us / 1e6 }')
if [ "$rc" -gt 1 ]; then
  echo "query_latency.sh: news-index failed with exit code $rc:" >&2
  cat "$work/index.log" >&2
  exit 1
fi
db_mib=$(du -sm "$db" | cut -f1)

# The queries: one a line; blank lines and lines starting with '#' are comments.
load_queries "$queries_file"
quest_options "$db"
# One run of each, checked: both list results for the first query.
check_both_list query_latency.sh "$news_query" "$db" "$work"

load_before=$(cut -d' ' -f1 /proc/loadavg)
echo "query_latency.sh: ${#queries[@]} queries, one warm-up round then $rounds timed rounds ..." >&2
latency_rounds query_latency.sh "$news_query" "$db" "$rounds" "$work"

read -r nq_median nq_p95 _ nq_mean < <(latency_stats "$work/nq.times")
read -r quest_median quest_p95 _ quest_mean < <(latency_stats "$work/quest.times")
ratio=$(awk -v a="$nq_median" -v b="$quest_median" 'BEGIN { printf "%.2f", a / b }')
meets=$(awk -v r="$ratio" -v m="$max_ratio" 'BEGIN { print (r <= m) ? "yes" : "no" }')
runs=$(wc -l <"$work/nq.times")

echo "index: $articles articles ($archive_sources $source_name, copies made distinct), indexed" \
  "once with news-index (people quoted included) in ${index_s}s; database ${db_mib} MiB"
echo "machine: $(machine); load average before the queries: $load_before"
echo "versions: news-query at $git_rev (release preset); $(quest --version | head -n 1)"
echo
echo "${#queries[@]} queries (bench/queries.txt) x $rounds rounds = $runs runs per tool after a" \
  "warm-up round; whole process, wall time"
printf '%-11s %10s %10s %10s\n' tool "median ms" "p95 ms" "mean ms"
printf '%-11s %10s %10s %10s\n' news-query "$nq_median" "$nq_p95" "$nq_mean"
printf '%-11s %10s %10s %10s\n' quest "$quest_median" "$quest_p95" "$quest_mean"
echo "ratio news-query/quest median: ${ratio}x; target at most ${max_ratio}x:" \
  "$([ "$meets" = yes ] && echo met || echo NOT met)"
echo
echo "commands (the temporary directory is deleted at exit):"
printf '  %s\n' "$(quoted "$news_query" --db "$db" --limit 10 QUERY)" \
  "$(quoted quest "${quest_opts[@]}" QUERY)"
[ "$meets" = yes ] || exit 3
