# shellcheck shell=bash
# Query latency, news-query against quest, shared by bench/query_latency.sh and
# bench/index_scale.sh: the queries of bench/queries.txt, each run as a whole process by both tools
# on the same database, timed with bash's EPOCHREALTIME.
#
#   source "$repo/bench/lib/latency.sh"
#   load_queries FILE                  sets queries: FILE's lines, less blank ones and '#' comments
#   quest_options DB                   sets quest_opts: quest's options for news-query's parser
#   check_both_list SCRIPT NEWS_QUERY DB WORK
#       exits 1, saying so as SCRIPT, unless both tools list results for the first query
#   latency_rounds SCRIPT NEWS_QUERY DB ROUNDS WORK
#       one untimed warm-up round, then ROUNDS timed rounds, of every query with each tool; appends
#       each run's wall microseconds to WORK/nq.times and WORK/quest.times; exits 1 if a run fails
#   latency_stats FILE                 "median p95 p99 mean" of a *.times file, in milliseconds
#
# quest gets news-query's query parser set-up: default operator AND, flags default, wildcard and
# pure_not, English stemming (STEM_SOME, quest's default), and the schema's prefixes (title:S,
# author:A, speaker:XSPEAKER as free-text prefixes; id:Q, byline:XA, who:XWHO, section:XSECTION,
# outlet:XOUTLET, type:XTYPE as boolean ones), so both run the same Xapian query (news-query adds a
# filter on XTYPEarticle, which every document has). quest opens a stub database (a directory
# holding XAPIANDB) as Xapian does: DB may be one.

load_queries() {
  mapfile -t queries < <(grep -v '^[[:space:]]*\(#\|$\)' "$1")
}

quest_options() {
  quest_opts=(-d "$1" -m 10 -o and -f "default,wildcard,pure_not" -s english
    -p title:S -p author:A -p speaker:XSPEAKER
    -b id:Q -b type:XTYPE -b byline:XA -b who:XWHO -b section:XSECTION -b outlet:XOUTLET)
}

check_both_list() {
  local script=$1 news_query=$2 db=$3 work=$4
  "$news_query" --db "$db" --limit 10 "${queries[0]}" >"$work/nq.out" || true
  quest "${quest_opts[@]}" "${queries[0]}" >"$work/quest.out" || true
  if ! grep -q '^ *1\. ' "$work/nq.out" || ! grep -q '^MSet:' "$work/quest.out"; then
    echo "$script: a tool listed nothing for '${queries[0]}':" >&2
    cat "$work/nq.out" "$work/quest.out" >&2
    exit 1
  fi
}

# latency_time_one SCRIPT WORK TAG COMMAND...: runs COMMAND, output to a file, and appends its wall
# microseconds to WORK/TAG.times (TAG skip: to nothing). Exit codes 0 (matches) and 1 (no match)
# are both successes for news-query; quest exits 0 either way.
latency_time_one() {
  local script=$1 work=$2 tag=$3 rc=0
  shift 3
  local start_us=${EPOCHREALTIME/[.,]/}
  "$@" >"$work/out" 2>&1 || rc=$?
  local wall_us=$((${EPOCHREALTIME/[.,]/} - start_us))
  if [ "$rc" -gt 1 ]; then
    echo "$script: '$*' failed with exit code $rc:" >&2
    cat "$work/out" >&2
    exit 1
  fi
  [ "$tag" = skip ] || echo "$wall_us" >>"$work/$tag.times"
}

# The tools alternate query by query, and the one going first alternates from round to round.
latency_rounds() {
  local script=$1 news_query=$2 db=$3 rounds=$4 work=$5 round query nq_tag quest_tag
  for ((round = 0; round <= rounds; round++)); do
    nq_tag=nq quest_tag=quest
    if [ "$round" -eq 0 ]; then nq_tag=skip quest_tag=skip; fi
    for query in "${queries[@]}"; do
      if ((round % 2)); then
        latency_time_one "$script" "$work" "$nq_tag" "$news_query" --db "$db" --limit 10 "$query"
        latency_time_one "$script" "$work" "$quest_tag" quest "${quest_opts[@]}" "$query"
      else
        latency_time_one "$script" "$work" "$quest_tag" quest "${quest_opts[@]}" "$query"
        latency_time_one "$script" "$work" "$nq_tag" "$news_query" --db "$db" --limit 10 "$query"
      fi
    done
  done
}

# Percentiles by nearest rank (the lower middle for the median of an even count).
latency_stats() {
  sort -n "$1" | awk '{ v[NR] = $1; sum += $1 }
    END { p95 = int(NR * 0.95 + 0.999999); if (p95 > NR) p95 = NR
          p99 = int(NR * 0.99 + 0.999999); if (p99 > NR) p99 = NR
          printf "%.2f %.2f %.2f %.2f\n", v[int((NR + 1) / 2)] / 1e3, v[p95] / 1e3, v[p99] / 1e3,
            sum / NR / 1e3 }'
}
