#!/usr/bin/env bash
# Indexing benchmark: news-index against omindex (Xapian Omega) on the BBC corpus, in one run,
# on the same machine, the same files and the same page cache, so the two times are comparable.
#
#   bench/index_bbc.sh [BBC_DIR]      default BBC_DIR: <repo>/../shared/corpora/bbc
#
# For each tool it measures, with /usr/bin/time (wall seconds, peak RSS, CPU seconds):
#   - a full index into an empty database, RUNS times (fresh database each time); the median is
#     reported, because a single run on a shared 2-core machine is too noisy to compare;
#   - a no-change re-run on the database the last full run left (RUNS times, median): the cost of
#     the "nothing to do" path, i.e. of deciding that every file is already indexed;
#   - the size of the database on disk after a full index (du -sk), before any re-run.
# Wall time is the headline number; CPU time (user + sys) is printed beside it because on a busy
# machine it moves much less than wall time, which tells noise from a real difference.
# The table goes to stdout; build output and progress go to stderr.
#
# Environment: BENCH_RUNS (default 3) changes the number of runs of each measurement.
# Exit codes: 0 done; 1 a tool or the build failed; 2 usage error, missing corpus or tool.
set -euo pipefail

usage() { echo "usage: $0 [BBC_DIR]   (default: <repo>/../shared/corpora/bbc)"; }

# The repository is found from the script's own location so the script works from any cwd.
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=lib/report.sh
source "$repo/bench/lib/report.sh"
# shellcheck source=lib/args.sh
source "$repo/bench/lib/args.sh"

case "${1:-}" in
  -h | --help) usage; exit 0 ;;
esac
if [ $# -gt 1 ]; then usage >&2; exit 2; fi
bbc_dir=${1:-$repo/../shared/corpora/bbc}
if [ ! -d "$bbc_dir" ]; then
  echo "index_bbc.sh: BBC corpus directory not found: $bbc_dir" >&2
  echo "(pass its path as the first argument: $0 /path/to/bbc)" >&2
  exit 2
fi
bbc_dir=$(cd "$bbc_dir" && pwd)  # absolute and without '..', for the printed commands

runs=${BENCH_RUNS:-3}
if ! [[ $runs =~ ^[1-9][0-9]*$ ]]; then
  echo "index_bbc.sh: BENCH_RUNS must be a positive integer, not '$runs'" >&2
  exit 2
fi

# --- Required tools: say which Debian package provides a missing one (setup.sh installs all). ---
require_tool index_bbc.sh cmake cmake
require_tool index_bbc.sh omindex xapian-omega
# GNU time by absolute path: the bash keyword 'time' can report neither peak RSS nor to a file.
if [ ! -x /usr/bin/time ]; then
  echo "index_bbc.sh: /usr/bin/time not found; install the package 'time' (apt-get install time)" >&2
  exit 2
fi
# Document counts come from the database itself, not from the tools' own messages. Debian names
# the inspector xapian-delve; upstream builds install it as delve.
delve=$(command -v xapian-delve || command -v delve || true)
if [ -z "$delve" ]; then
  echo "index_bbc.sh: neither xapian-delve nor delve found; install the package 'xapian-tools'" >&2
  exit 2
fi

# --- Release build. Always asking cmake/ninja is the staleness check: when the binaries are up to
# date both steps are no-ops (well under a second), otherwise they rebuild exactly what changed.
# Benchmarking a debug or stale binary would be worse than useless. ---
echo "index_bbc.sh: building the release preset (no-op when up to date) ..." >&2
if ! (cd "$repo" && cmake --preset release >&2 && cmake --build --preset release >&2); then
  echo "index_bbc.sh: the release build failed (sources mid-edit?); fix it or retry later" >&2
  exit 1
fi
news_index=$repo/build/release/indexer/news-index
news_query=$repo/build/release/query/news-query
for binary in "$news_index" "$news_query"; do
  if [ ! -x "$binary" ]; then
    echo "index_bbc.sh: the build succeeded but $binary is missing" >&2
    exit 1
  fi
done

# --- Scratch space, removed however the script ends. ---
work=$(mktemp -d "${TMPDIR:-/tmp}/index_bbc.XXXXXX")
trap 'rm -rf "$work"' EXIT

ni_db=$work/news-index.db
nq_db=$work/news-index-no-quotes.db
om_db=$work/omindex.db
ni_cmd=("$news_index" --db "$ni_db" "$bbc_dir")
# The same without quote extraction, to show what finding the people quoted costs.
nq_cmd=("$news_index" --no-quotes --db "$nq_db" "$bbc_dir")
# omindex needs --url (the URL the base directory is served under; irrelevant here but required
# for the document URLs it stores). It picks the MIME type from the extension, and .txt is
# text/plain, which it indexes natively. Left alone it would also index the corpus's README.TXT,
# which news-index skips as "not an article"; ignoring README.* (as news-index does) makes both
# tools index exactly the same 2225 files.
om_cmd=(omindex --db "$om_db" --url / --mime-type-match='README.*:ignore'
        --mime-type-match='readme.*:ignore' "$bbc_dir")

# --- Corpus facts, measured. An "article" is what news-index would index: a *.txt or *.text file,
# not hidden, not a README. ---
article_list=$work/articles
find "$bbc_dir" -name '.*' -prune -o -type f \( -iname '*.txt' -o -iname '*.text' \) \
  ! -iname 'readme.*' -printf '%s\n' >"$article_list"
articles=$(wc -l <"$article_list")
article_bytes=$(awk '{ s += $1 } END { print s + 0 }' "$article_list")
all_files=$(find "$bbc_dir" -type f | wc -l)
if [ "$articles" -eq 0 ]; then
  echo "index_bbc.sh: no *.txt articles under $bbc_dir" >&2
  exit 2
fi

# Read the corpus once before timing anything, so that neither tool pays for a cold page cache
# (whichever ran first would otherwise be penalised).
find "$bbc_dir" -type f -exec cat {} + >/dev/null

# run_timed TAG COMMAND...: runs COMMAND under GNU time, its output in $work/TAG.log, and appends
# "wall_s rss_kib cpu_s" to $work/TAG.times. news-index exits 1 when it skipped some files, which is a
# successful run (the skips are reported below); anything else non-zero aborts the benchmark.
run_timed() {
  local tag=$1 rc=0
  shift
  # Write back what the previous run left dirty in the page cache, so that its disk writes do not
  # land in this run's fsyncs (each tool commits with fsync; omindex leaves the most behind).
  sync
  /usr/bin/time -o "$work/time.out" -f '%e %M %U %S' "$@" >"$work/$tag.log" 2>&1 || rc=$?
  if [ "$rc" -ne 0 ] && ! { [ "$rc" -eq 1 ] && [ "$1" = "$news_index" ]; }; then
    echo "index_bbc.sh: '$*' failed with exit code $rc; its output:" >&2
    cat "$work/$tag.log" >&2
    exit 1
  fi
  # On failure GNU time writes a "Command exited with non-zero status" line first: take the last.
  tail -n 1 "$work/time.out" | awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }' >>"$work/$tag.times"
}

# median FILE COLUMN: the median of one column of a *.times file (the lower middle if even).
median() {
  sort -n -k "$2,$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END { print v[int((NR + 1) / 2)] }'
}

doc_count() {  # doc_count DB: "number of documents = N" from the database's own statistics
  "$delve" "$1" | awk -F' = ' '/^number of documents/ { print $2 }'
}

# article_count DB: news-index also stores one document per quote; its articles carry XTYPEarticle.
article_count() {
  "$delve" -t XTYPEarticle "$1" | sed -n 's/.*(termfreq \([0-9]*\),.*/\1/p'
}

load_before=$(cut -d' ' -f1 /proc/loadavg)
echo "index_bbc.sh: timing $runs full runs and $runs no-change re-runs of each tool ..." >&2

# Full index, fresh database each time. The tools take turns within each run so that a burst of
# background load (e.g. a compile on the other core) is shared between them, not all on one.
# The order rotates from run to run, so that no tool always follows the same one (whatever a run
# leaves behind in caches then weighs on each tool in turn).
run_full() {
  case $1 in
    ni) run_timed ni-full "${ni_cmd[@]}" ;;
    nq) run_timed nq-full "${nq_cmd[@]}" ;;
    om) run_timed om-full "${om_cmd[@]}" ;;
  esac
}
order=(ni nq om)
for ((i = 1; i <= runs; i++)); do
  rm -rf "$ni_db" "$nq_db" "$om_db"
  for ((k = 0; k < 3; k++)); do run_full "${order[(i + k) % 3]}"; done
done
# Size and contents of the databases the last full runs left, before a re-run can touch them.
ni_size_kib=$(du -sk "$ni_db" | cut -f1)
om_size_kib=$(du -sk "$om_db" | cut -f1)
ni_docs=$(article_count "$ni_db")
nq_docs=$(article_count "$nq_db")
nq_size_kib=$(du -sk "$nq_db" | cut -f1)
om_docs=$(doc_count "$om_db")
ni_full_log=$(cat "$work/ni-full.log")
om_full_log=$(cat "$work/om-full.log")

# No-change re-run: the same command on the same database, with no file changed since.
for ((i = 1; i <= runs; i++)); do
  run_timed ni-rerun "${ni_cmd[@]}"
  run_timed om-rerun "${om_cmd[@]}"
done
ni_rerun_docs=$(article_count "$ni_db")
om_rerun_docs=$(doc_count "$om_db")

# --- Report. Sizes are in MiB (2^20 bytes) throughout, throughput included. ---
mib() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }  # KiB -> MiB
per_sec() { awk -v n="$1" -v s="$2" -v d="$3" 'BEGIN { printf "%.*f", d, (s > 0 ? n / s : 0) }'; }

ni_full=$(median "$work/ni-full.times" 1)
nq_full=$(median "$work/nq-full.times" 1)
nq_rss=$(median "$work/nq-full.times" 2)
nq_cpu=$(median "$work/nq-full.times" 3)
om_full=$(median "$work/om-full.times" 1)
ni_rss=$(median "$work/ni-full.times" 2)
ni_cpu=$(median "$work/ni-full.times" 3)
om_cpu=$(median "$work/om-full.times" 3)
om_rss=$(median "$work/om-full.times" 2)
ni_rerun=$(median "$work/ni-rerun.times" 1)
om_rerun=$(median "$work/om-rerun.times" 1)
article_mib=$(awk -v b="$article_bytes" 'BEGIN { printf "%.2f", b / 1048576 }')
cpu_model=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
git_rev=$(source_version)
row() { printf '%-11s %5s %13s %6s %11s %7s %8s %9s %7s\n' "$@"; }

echo "BBC corpus: $articles article files (*.txt), $article_mib MiB; $all_files files in all ($bbc_dir)"
echo "machine: $(nproc) cores, ${cpu_model:-unknown CPU}, $(date '+%Y-%m-%d %H:%M %Z');" \
  "load average before the run: $load_before"
echo "versions: news-index at $git_rev (release preset); $(omindex --version | head -n 1)"
echo
echo "full index: median of $runs runs, each into an empty database; re-run: median of $runs;" \
  "CPU s = user + sys; RSS = peak"
row tool docs "full index s" "CPU s" articles/s MiB/s "RSS MiB" "re-run s" "db MiB"
row news-index "$ni_docs" "$ni_full" "$ni_cpu" "$(per_sec "$articles" "$ni_full" 0)" \
  "$(per_sec "$article_mib" "$ni_full" 2)" "$(mib "$ni_rss")" "$ni_rerun" "$(mib "$ni_size_kib")"
row "--no-quotes" "$nq_docs" "$nq_full" "$nq_cpu" "$(per_sec "$articles" "$nq_full" 0)" \
  "$(per_sec "$article_mib" "$nq_full" 2)" "$(mib "$nq_rss")" "-" "$(mib "$nq_size_kib")"
row omindex "$om_docs" "$om_full" "$om_cpu" "$(per_sec "$articles" "$om_full" 0)" \
  "$(per_sec "$article_mib" "$om_full" 2)" "$(mib "$om_rss")" "$om_rerun" "$(mib "$om_size_kib")"
echo "ratio omindex/news-index full index time: $(awk -v o="$om_full" -v n="$ni_full" \
  'BEGIN { if (n > 0) printf "%.2fx", o / n; else print "n/a" }')"
echo "quote extraction adds $(awk -v q="$ni_full" -v n="$nq_full" \
  'BEGIN { if (n > 0) printf "%.0f%%", 100 * (q - n) / n; else print "n/a" }') to news-index's full index time" \
  "(wall; CPU: $(awk -v q="$ni_cpu" -v n="$nq_cpu" 'BEGIN { if (n > 0) printf "%.0f%%", 100 * (q - n) / n; else print "n/a" }'))"
echo
# Every run, so the spread (i.e. how much to trust the medians) is visible.
echo "all runs (wall s/peak RSS KiB/CPU s):"
for tag in ni-full nq-full om-full ni-rerun om-rerun; do
  printf '  %-9s %s\n' "$tag" "$(awk '{ printf "%s%s/%s/%s", (NR > 1 ? "  " : ""), $1, $2, $3 }' \
    "$work/$tag.times")"
done
echo "news-index said (last full run): $(tail -n 1 <<<"$ni_full_log" | sed 's/^news-index: //')"
echo "omindex said (last full run): $(if [ -n "$om_full_log" ]; then
  printf '%s' "$om_full_log" | head -n 5 | tr '\n' ' '; else echo '(nothing: no file skipped)'; fi)"
echo
echo "commands (the temporary directory is deleted at exit):"
printf '  %s\n' "$(quoted "${ni_cmd[@]}")" "$(quoted "${nq_cmd[@]}")" "$(quoted "${om_cmd[@]}")"
echo "  each as: /usr/bin/time -f '%e %M %U %S' COMMAND; databases removed before each full run;" \
  "re-runs repeat the same command on the database left by the last full run"

# Sanity checks, after the table so the numbers are still shown: both tools should have indexed
# every article, and a no-change re-run should leave the document count as it was.
status=0
check_doc_counts "$articles" articles "news-index:$ni_docs:$ni_rerun_docs" \
  "omindex:$om_docs:$om_rerun_docs" || status=1
exit "$status"
