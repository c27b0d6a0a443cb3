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
# news-index's full index also runs with --no-quotes, to show what finding the people quoted costs.
# Every database is checked with xapian-delve to hold one document per article (news-index's
# people quoted are inside their article's document), and a re-run not to change that.
# Wall time is the headline number; CPU time (user + sys) is printed beside it because on a busy
# machine it moves much less than wall time, which tells noise from a real difference.
# The table goes to stdout; build output and progress go to stderr.
#
# Environment: BENCH_RUNS (default 3) changes the number of runs of each measurement.
# Exit codes: 0 done; 1 a tool or the build failed, or a document count is wrong; 2 usage error,
# missing corpus or tool.
set -euo pipefail

usage() { echo "usage: $0 [BBC_DIR]   (default: <repo>/../shared/corpora/bbc)"; }

# The repository ($repo) and the helpers, found from the script's own location so that the script
# works from any cwd.
# shellcheck source=lib/all.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/all.sh"

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
require_positive index_bbc.sh "BENCH_RUNS=$runs"

# --- Required tools: say which Debian package provides a missing one (setup.sh installs all). ---
require_tool index_bbc.sh cmake cmake
require_tool index_bbc.sh omindex xapian-omega
require_tool index_bbc.sh /usr/bin/time time
find_delve index_bbc.sh

# --- Release build (a no-op when up to date; otherwise it rebuilds exactly what changed). ---
build_release index_bbc.sh || exit 1
news_index=$repo/build/release/indexer/news-index
news_query=$repo/build/release/query/news-query
check_built index_bbc.sh "$news_index" "$news_query" || exit 1

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

# The times from GNU time, in its steps of 0.01 s; each run's output in $work/TAG.log.
timing_setup index_bbc.sh "$work" time log
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
git_rev=$(source_version)
row() { printf '%-11s %5s %13s %6s %11s %7s %8s %9s %7s\n' "$@"; }

echo "BBC corpus: $articles article files (*.txt), $article_mib MiB; $all_files files in all ($bbc_dir)"
echo "machine: $(machine); load average before the run: $load_before"
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
print_runs 9 ni-full nq-full om-full ni-rerun om-rerun
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
