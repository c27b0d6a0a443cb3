#!/usr/bin/env bash
# Indexing at scale, side by side with omindex (issue 7): a generated corpus (bench/gen_corpus.py)
# indexed by news-index and by Xapian Omega's omindex in one run, on the same machine, the same
# files and the same warm page cache; then a no-change re-run and a re-run after 1% of the articles
# changed; then news-query's latency against quest's on news-index's database.
#
#   bench/index_scale.sh                                          20,000 articles, with omindex
#   BENCH_ARTICLES=250000 BENCH_OMINDEX=0 bench/index_scale.sh    250,000, news-index alone
#   BENCH_ARTICLES=2000 BENCH_ROUNDS=1 bench/index_scale.sh       a small, quick run
#
# The targets it checks (acceptance 1 of issue 7), when omindex runs: news-index's full index at
# least 2.5 times as fast as omindex's (wall time), with at most half omindex's peak RSS; and
# always: news-index's peak RSS under 1 GiB in every run.
#
# What it does:
#   1. builds the release preset (a no-op when up to date), unless BENCH_BIN_DIR names the binaries;
#   2. generates the corpus in a temporary directory removed at exit (under $TMPDIR, else /tmp; the
#      250,000-article run needs several GiB there): gen_corpus.py --count BENCH_ARTICLES --seed
#      BENCH_SEED --layout BENCH_LAYOUT, sentences from ../shared/corpora/bbc when it is there,
#      else the generator's own vocabulary; then reads every file once, so that neither tool meets
#      a cold page cache;
#   3. full index: each tool once into an empty database, news-index first, under /usr/bin/time
#      with a sync before each run: wall and CPU seconds, articles/s, MiB/s, peak RSS, database
#      size (du); checks with xapian-delve that each database holds one document per article, and
#      that news-index's JSON summary counted every article added;
#   4. no-change re-run: one untimed run of each, then one timed run of each; checks that
#      news-index counted every article unchanged and that neither document count moved;
#   5. 1% change: appends a correction paragraph to every 100th article (the 1st, the 101st, ... in
#      byte order of the paths; in a JSON Lines file, to the record's text), moves the changed
#      files' mtime on with touch, and times one re-run of each tool; checks that news-index
#      updated exactly those articles and nothing else, and that neither count moved;
#   6. query latency: the queries of bench/queries.txt with news-query (--limit 10) and quest
#      (-m 10) on news-index's database, as bench/query_latency.sh runs them (bench/lib/latency.sh):
#      one warm-up round, then BENCH_ROUNDS timed rounds; p50, p95, p99 and mean per tool.
# The report goes to stdout; build output and progress go to stderr.
#
# Environment:
#   BENCH_ARTICLES (default 20000)  articles to generate
#   BENCH_SEED (default 1)          the generator's seed (the same seed, the same bytes)
#   BENCH_LAYOUT (default text)     text, html, jsonl or mixed (gen_corpus.py --layout); omindex
#                                   does not split JSON Lines files into records, so jsonl and
#                                   mixed need BENCH_OMINDEX=0
#   BENCH_OMINDEX (default 1)       0: news-index alone (no ratio, no target against omindex)
#   BENCH_ROUNDS (default 3)        timed query rounds
#   BENCH_JOBS                      passed to news-index as --jobs (default: its own, one per core)
#   BENCH_BIN_DIR                   a directory holding indexer/news-index and query/news-query,
#                                   used as they are instead of building the release preset
#   BENCH_INDEX_ARGS                more news-index arguments, split on white space
# Exit codes: 0 done and every target met; 1 a tool or the build failed, or a count is wrong;
# 2 usage error or a missing tool; 3 done, but a target was not met (the report says which).
set -euo pipefail

# The repository ($repo) and the helpers, found from the script's own location so that the script
# works from any cwd.
# shellcheck source=lib/all.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/all.sh"
no_arguments "usage: [BENCH_ARTICLES=N] [BENCH_LAYOUT=text|html|jsonl|mixed] [BENCH_...=...] $0" "$@"

articles=${BENCH_ARTICLES:-20000}
seed=${BENCH_SEED:-1}
layout=${BENCH_LAYOUT:-text}
with_omindex=${BENCH_OMINDEX:-1}
rounds=${BENCH_ROUNDS:-3}
jobs=${BENCH_JOBS:-}
require_positive index_scale.sh "BENCH_ARTICLES=$articles" "BENCH_ROUNDS=$rounds"
if [ -n "$jobs" ]; then require_positive index_scale.sh "BENCH_JOBS=$jobs"; fi
if ! [[ $seed =~ ^[0-9]+$ ]]; then
  echo "index_scale.sh: BENCH_SEED must be a non-negative integer, not '$seed'" >&2
  exit 2
fi
case "$layout" in
  text | html | jsonl | mixed) ;;
  *) echo "index_scale.sh: BENCH_LAYOUT must be text, html, jsonl or mixed, not '$layout'" >&2
     exit 2 ;;
esac
case "$with_omindex" in
  0 | 1) ;;
  *) echo "index_scale.sh: BENCH_OMINDEX must be 0 or 1, not '$with_omindex'" >&2; exit 2 ;;
esac
# omindex indexes a file as one document: it would make one of a whole JSON Lines file of records.
if [ "$with_omindex" = 1 ] && { [ "$layout" = jsonl ] || [ "$layout" = mixed ]; }; then
  echo "index_scale.sh: omindex indexes a JSON Lines file as one document, not one per record;" \
    "with BENCH_LAYOUT=$layout set BENCH_OMINDEX=0" >&2
  exit 2
fi
read -ra index_args <<<"${BENCH_INDEX_ARGS:-}"
jobs_args=()
if [ -n "$jobs" ]; then jobs_args=(--jobs "$jobs"); fi
min_speedup=2.5            # omindex's full index wall time over news-index's, at least
max_rss_ratio=0.5          # news-index's full index peak RSS over omindex's, at most
max_rss_kib=$((1024 * 1024))  # news-index's peak RSS in any run: under 1 GiB
change_every=100           # the 1% change: every 100th article

# --- Required tools: say which Debian package provides a missing one (setup.sh installs all). ---
if [ "$with_omindex" = 1 ]; then require_tool index_scale.sh omindex xapian-omega; fi
require_tool index_scale.sh quest xapian-tools
find_delve index_scale.sh
require_tool index_scale.sh /usr/bin/time time
require_tool index_scale.sh /usr/bin/python3 python3

# --- The binaries: BENCH_BIN_DIR's as they are, or the release preset, built now. ---
bench_binaries index_scale.sh news-index
news_index=$bin_dir/indexer/news-index
news_query=$bin_dir/query/news-query
for binary in "$news_index" "$news_query"; do
  if [ ! -x "$binary" ]; then
    echo "index_scale.sh: $binary is missing or not executable" >&2
    exit "$missing_status"
  fi
done

# --- Scratch space, removed however the script ends. ---
work=$(mktemp -d "${TMPDIR:-/tmp}/index_scale.XXXXXX")
trap 'rm -rf "$work"' EXIT
archive=$work/archive
ni_db=$work/news-index.db
om_db=$work/omindex.db
# --summary json: news-index's counts (added, updated, unchanged, ...) as one object on stdout.
ni_cmd=("$news_index" -q --summary json --db "$ni_db" "${jobs_args[@]}" "${index_args[@]}"
        "$archive")
# The same omindex arguments as bench/index_bbc.sh and bench/nochange_20k.sh. --url is required
# (the URL the directory is served under). omindex picks the type from the extension (.txt is
# text/plain, .html text/html, both indexed natively) and, by default, skips a file whose mtime is
# not newer than the one it stored. The generator writes no README, so the README.* rules change
# nothing here, but they keep the command identical to the other benchmarks'.
om_cmd=(omindex --db "$om_db" --url / --mime-type-match='README.*:ignore'
        --mime-type-match='readme.*:ignore' "$archive")
gen_cmd=(/usr/bin/python3 "$repo/bench/gen_corpus.py" --out "$archive" --count "$articles"
         --seed "$seed" --layout "$layout")

# --- The corpus. ---
echo "index_scale.sh: generating $articles articles ($layout layout, seed $seed) ..." >&2
run_generator index_scale.sh "$work" "${gen_cmd[@]}"
echo "$gen_said" >&2
files=$(find "$archive" -type f | wc -l)
# File counts by extension ("600 .txt, 2 .jsonl") and the corpus size in MiB (file bytes, 2^20).
file_kinds=$(find "$archive" -type f -name '*.*' | sed 's/.*\.//' | sort | uniq -c |
  awk '{ printf "%s%s .%s", (NR > 1 ? ", " : ""), $1, $2 }')
corpus_mib=$(find "$archive" -type f -printf '%s\n' |
  awk '{ s += $1 } END { printf "%.2f", s / 1048576 }')
# Read the corpus once, so that whichever tool runs first does not pay for a cold page cache (the
# files were just written, so this is normally a no-op).
find "$archive" -type f -exec cat {} + >/dev/null

field() {  # field TAG COLUMN: one column of TAG's (single) run: 1 wall s, 2 peak RSS KiB, 3 CPU s
  awk -v c="$2" '{ v = $c } END { print v }' "$work/$1.times"
}
# summary TAG: "added updated unchanged deleted skipped" from news-index's JSON summary of run TAG.
summary() {
  /usr/bin/python3 -c 'import json, sys
s = json.load(open(sys.argv[1]))
print(s["added"], s["updated"], s["unchanged"], s["deleted"], len(s["skipped"]))' "$work/$1.out" \
    2>/dev/null || echo "(no JSON summary)"
}

status=0
# check_summary TAG STAGE "ADDED UPDATED UNCHANGED DELETED SKIPPED": warns, and sets status 1, when
# news-index's summary of run TAG says otherwise.
check_summary() {
  local said
  said=$(summary "$1")
  if [ "$said" != "$3" ]; then
    echo "WARNING: news-index's summary of the $2 says (added updated unchanged deleted skipped)" \
      "'$said', expected '$3'" >&2
    status=1
  fi
}
# check_count TOOL STAGE DOCS: warns, and sets status 1, unless DOCS is the number of articles.
check_count() {
  if [ "$3" != "$articles" ]; then
    echo "WARNING: after the $2, $1's database holds $3 articles, not $articles" >&2
    status=1
  fi
}

# Wall times from bash's clock, to the millisecond (GNU time's 0.01 s steps are a small re-run's
# whole time); each run's stdout (news-index's JSON summary) in $work/TAG.out, stderr in TAG.err.
timing_setup index_scale.sh "$work" bash split
load_before=$(cut -d' ' -f1 /proc/loadavg)

# --- 3. Full index, once each, news-index first. ---
if [ "$with_omindex" = 1 ]; then
  echo "index_scale.sh: full index with news-index, then omindex (one run each) ..." >&2
else
  echo "index_scale.sh: full index with news-index (one run; omindex skipped) ..." >&2
fi
run_timed ni-full "${ni_cmd[@]}"
ni_size_kib=$(du -sk "$ni_db" | cut -f1)
ni_docs=$(article_count "$ni_db")
check_count news-index "full index" "$ni_docs"
check_summary ni-full "full index" "$articles 0 0 0 0"
if [ "$with_omindex" = 1 ]; then
  run_timed om-full "${om_cmd[@]}"
  om_size_kib=$(du -sk "$om_db" | cut -f1)
  om_docs=$(doc_count "$om_db")
  check_count omindex "full index" "$om_docs"
fi

# --- 4. No-change re-run: one untimed run each (whatever the full index left behind, dirty pages
# or a cold cache for the database's blocks, then weighs on neither tool), then one timed run each.
echo "index_scale.sh: no-change re-runs (one untimed, then one timed$(
  [ "$with_omindex" = 0 ] || echo ", of each tool")) ..." >&2
run_timed ni-warm "${ni_cmd[@]}"
[ "$with_omindex" = 0 ] || run_timed om-warm "${om_cmd[@]}"
run_timed ni-nochange "${ni_cmd[@]}"
check_count news-index "no-change re-run" "$(article_count "$ni_db")"
check_summary ni-nochange "no-change re-run" "0 0 $articles 0 0"
if [ "$with_omindex" = 1 ]; then
  run_timed om-nochange "${om_cmd[@]}"
  check_count omindex "no-change re-run" "$(doc_count "$om_db")"
  om_revision_nochange=$(revision "$om_db")
fi

# --- 5. 1% change. omindex compares mtimes in whole seconds: wait until the clock has passed the
# second of the newest file, so that every changed file is newer than anything either tool stored.
echo "index_scale.sh: changing every ${change_every}th article, then one re-run$(
  [ "$with_omindex" = 0 ] || echo " of each tool") ..." >&2
newest=$(find "$archive" -type f -printf '%T@\n' | sort -n | tail -n 1)
while [ "$(date +%s)" -le "${newest%.*}" ]; do sleep 0.1; done
# Every CHANGE_EVERY-th article in byte order of the paths, counting each record of a .jsonl file as
# an article: a .txt gets a last paragraph, an .html page a <p> before </article>, a JSON Lines
# record the paragraph at the end of its text (the file's other lines stay byte for byte as they
# were). Writes the changed files' paths to argv[3]; prints the articles seen and changed.
changed_counts=$(/usr/bin/python3 - "$archive" "$change_every" "$work/changed.files" <<'EOF'
import json, os, sys
root, every, listing = sys.argv[1], int(sys.argv[2]), sys.argv[3]
note = "Correction: an earlier version of this article misstated a figure."
paths = [os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs]
paths.sort(key=os.fsencode)
seen = changed = 0
changed_files = []
for path in paths:
    with open(path, "rb") as handle:
        data = handle.read()
    if path.endswith(".jsonl"):
        lines = data.split(b"\n")
        touched = False
        for i, line in enumerate(lines):
            if not line.strip():
                continue
            if seen % every == 0:
                record = json.loads(line)
                record["text"] += "\n\n%s %d" % (note, seen)
                lines[i] = json.dumps(record, ensure_ascii=False).encode("utf-8")
                changed += 1
                touched = True
            seen += 1
        if touched:
            data = b"\n".join(lines)
    else:
        if seen % every != 0:
            seen += 1
            continue
        if path.endswith(".html"):
            paragraph = ("<p>%s %d</p>\n" % (note, seen)).encode("utf-8")
            at = data.rfind(b"</article>")
            if at < 0:
                at = data.rfind(b"</body>")
            data = data + paragraph if at < 0 else data[:at] + paragraph + data[at:]
        else:
            separator = b"\n" if data.endswith(b"\n") else b"\n\n"
            data += separator + ("%s %d\n" % (note, seen)).encode("utf-8")
        seen += 1
        changed += 1
        touched = True
    if touched:
        with open(path, "wb") as handle:
            handle.write(data)
        changed_files.append(path)
with open(listing, "w") as handle:
    handle.write("".join(p + "\n" for p in changed_files))
print(seen, changed)
EOF
)
read -r seen_articles changed_articles <<<"$changed_counts"
changed_files=$(wc -l <"$work/changed.files")
if [ "$seen_articles" != "$articles" ]; then
  echo "index_scale.sh: the corpus holds $seen_articles articles, not $articles" >&2
  exit 1
fi
# The writes moved the mtimes on already; touch says so explicitly (and would for any file whose
# write kept its old time).
xargs -d '\n' -r touch <"$work/changed.files"
run_timed ni-change "${ni_cmd[@]}"
check_count news-index "1% change re-run" "$(article_count "$ni_db")"
check_summary ni-change "1% change re-run" \
  "0 $changed_articles $((articles - changed_articles)) 0 0"
if [ "$with_omindex" = 1 ]; then
  run_timed om-change "${om_cmd[@]}"
  check_count omindex "1% change re-run" "$(doc_count "$om_db")"
  # omindex reports nothing without -v: that it committed shows it saw the changed files.
  om_revision_change=$(revision "$om_db")
  if ! [ "${om_revision_change:-0}" -gt "${om_revision_nochange:-0}" ]; then
    echo "WARNING: omindex's 1% change re-run wrote nothing (database revision" \
      "$om_revision_nochange -> $om_revision_change): it did not see the changed files" >&2
    status=1
  fi
fi

# --- 6. Query latency on news-index's database, as it is after the 1% change. ---
load_queries "$repo/bench/queries.txt"
quest_options "$ni_db"
check_both_list index_scale.sh "$news_query" "$ni_db" "$work"
echo "index_scale.sh: ${#queries[@]} queries, one warm-up round then $rounds timed rounds ..." >&2
latency_rounds index_scale.sh "$news_query" "$ni_db" "$rounds" "$work"
read -r nq_p50 nq_p95 nq_p99 nq_mean < <(latency_stats "$work/nq.times")
read -r quest_p50 quest_p95 quest_p99 quest_mean < <(latency_stats "$work/quest.times")
query_runs=$(wc -l <"$work/nq.times")

# --- 7. Report. Sizes in MiB (2^20 bytes), throughput included. ---
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
met() { if [ "$1" = yes ]; then echo met; else echo "NOT met"; fi; }
row() { printf '%-10s %7s %12s %8s %10s %6s %7s %7s %11s %11s\n' "$@"; }
tool_row() {  # tool_row NAME PREFIX DOCS DB_KIB
  local wall cpu
  wall=$(field "$2-full" 1)
  cpu=$(field "$2-full" 3)
  row "$1" "$3" "$wall" "$cpu" "$(per_sec "$articles" "$wall" 0)" "$(per_sec "$corpus_mib" "$wall" 2)" \
    "$(mib "$(field "$2-full" 2)")" "$(mib "$4")" "$(field "$2-nochange" 1)" "$(field "$2-change" 1)"
}
reruns() {  # reruns PREFIX: the two timed re-runs, wall s / CPU s / peak RSS MiB
  echo "no-change $(field "$1-nochange" 1)/$(field "$1-nochange" 3)/$(mib "$(field "$1-nochange" 2)")," \
    "1% change $(field "$1-change" 1)/$(field "$1-change" 3)/$(mib "$(field "$1-change" 2)")"
}
said() {  # said TAG: news-index's summary of run TAG in words
  summary "$1" | awk 'NF == 5 { printf "%s added, %s updated, %s unchanged, %s deleted, %s skipped",
    $1, $2, $3, $4, $5; next } { print }'
}

# The targets. news-index's peak RSS: the largest of all its runs.
ni_max_rss=$(cat "$work"/ni-*.times | awk '$2 > m { m = $2 } END { print m + 0 }')
rss_ok=$([ "$ni_max_rss" -lt "$max_rss_kib" ] && echo yes || echo no)
unmet=()
[ "$rss_ok" = yes ] || unmet+=("news-index's peak RSS under 1 GiB in every run")
if [ "$with_omindex" = 1 ]; then
  speedup=$(ratio "$(field om-full 1)" "$(field ni-full 1)")
  rss_ratio=$(ratio "$(field ni-full 2)" "$(field om-full 2)")
  speed_ok=$(awk -v r="$speedup" -v m="$min_speedup" 'BEGIN { print (r != "n/a" && r >= m) ? "yes" : "no" }')
  memory_ok=$(awk -v r="$rss_ratio" -v m="$max_rss_ratio" \
    'BEGIN { print (r != "n/a" && r <= m) ? "yes" : "no" }')
  [ "$speed_ok" = yes ] || unmet+=("full index at least ${min_speedup}x faster than omindex")
  [ "$memory_ok" = yes ] || unmet+=("peak memory at most half omindex's")
fi

echo "corpus: $articles articles in $files files ($file_kinds), $corpus_mib MiB; layout $layout," \
  "seed $seed; gen_corpus.py: ${gen_said##*; }"
echo "machine: $(machine); load average before the run: $load_before"
echo "versions: $version; $(if [ "$with_omindex" = 1 ]; then omindex --version | head -n 1
  else echo "omindex not run (BENCH_OMINDEX=0)"; fi)"
echo
echo "full index: one run each, into an empty database, news-index first; no-change: one timed run" \
  "after an untimed one; 1% change: $changed_articles articles changed in $changed_files files," \
  "one run; CPU s = user + sys; RSS = peak; MiB/s = corpus MiB / wall s"
row tool docs "full index s" "CPU s" articles/s MiB/s "RSS MiB" "db MiB" "no-change s" "1% change s"
tool_row news-index ni "$ni_docs" "$ni_size_kib"
if [ "$with_omindex" = 1 ]; then
  tool_row omindex om "$om_docs" "$om_size_kib"
else
  row omindex "-" "-" "-" "-" "-" "-" "-" "-" "-"
fi
echo "re-runs (wall s/CPU s/peak RSS MiB): news-index $(reruns ni)$(if [ "$with_omindex" = 1 ]; then
  echo "; omindex $(reruns om)"; fi)"
if [ "$with_omindex" = 1 ]; then
  echo "ratio omindex/news-index full index wall time: ${speedup}x (CPU: $(ratio \
    "$(field om-full 3)" "$(field ni-full 3)")x)"
  echo "ratio news-index/omindex full index peak RSS: $rss_ratio"
  echo "full index at least ${min_speedup}x faster than omindex: $(met "$speed_ok")"
  echo "peak memory at most half omindex's: $(met "$memory_ok")"
else
  echo "against omindex: not measured (BENCH_OMINDEX=0), so neither target of acceptance 1 is checked"
fi
echo "news-index peak RSS under 1 GiB in every run: $(met "$rss_ok") (largest $(mib "$ni_max_rss") MiB)"
echo "news-index said: full index: $(said ni-full); no-change: $(said ni-nochange);" \
  "1% change: $(said ni-change)"
if [ "$with_omindex" = 1 ]; then
  echo "omindex's database revision: $om_revision_nochange after the no-change re-run," \
    "$om_revision_change after the 1% change (a higher one: it wrote the changed files)"
fi
echo
echo "query latency: ${#queries[@]} queries (bench/queries.txt) x $rounds rounds = $query_runs runs" \
  "per tool after a warm-up round, on news-index's database after the 1% change; whole process," \
  "wall time"
printf '%-11s %8s %8s %8s %8s\n' tool "p50 ms" "p95 ms" "p99 ms" "mean ms"
printf '%-11s %8s %8s %8s %8s\n' news-query "$nq_p50" "$nq_p95" "$nq_p99" "$nq_mean"
printf '%-11s %8s %8s %8s %8s\n' quest "$quest_p50" "$quest_p95" "$quest_p99" "$quest_mean"
echo "ratio news-query/quest median: $(ratio "$nq_p50" "$quest_p50")x"
echo
echo "all runs (wall s/peak RSS KiB/CPU s):"
print_runs 12 ni-full om-full ni-warm om-warm ni-nochange om-nochange ni-change om-change
echo
echo "commands (the temporary directory is deleted at exit):"
printf '  %s\n' "$(quoted "${gen_cmd[@]}")" "$(quoted "${ni_cmd[@]}")"
[ "$with_omindex" = 0 ] || printf '  %s\n' "$(quoted "${om_cmd[@]}")"
echo "  each index run as: /usr/bin/time -f '%e %M %U %S' COMMAND, wall time from bash's" \
  "EPOCHREALTIME around it, after a sync"
echo "  1% change: every ${change_every}th article in byte order of the paths gets the paragraph" \
  "'Correction: an earlier version of this article misstated a figure. N' (N: its number), then" \
  "touch on the changed files"
printf '  %s\n' "$(quoted "$news_query" --db "$ni_db" --limit 10 QUERY)" \
  "$(quoted quest "${quest_opts[@]}" QUERY)"

# Counts first (a wrong count makes the timings meaningless), then the targets.
if [ "$status" -ne 0 ]; then exit "$status"; fi
if [ "${#unmet[@]}" -gt 0 ]; then
  for target in "${unmet[@]}"; do echo "index_scale.sh: target not met: $target" >&2; done
  exit 3
fi
