#!/usr/bin/env bash
# No-change re-run benchmark: how long news-index takes to decide that nothing changed in an
# archive of 20,000 article files, side by side with omindex (Xapian Omega) doing the same on
# the same files, in one run, on the same machine and the same warm page cache.
#
#   bench/nochange_20k.sh                                 20,000 files, 5 re-runs of each tool
#   BENCH_FILES=2000 BENCH_RUNS=3 bench/nochange_20k.sh   a smaller, quicker run
#
# The target it checks: news-index's no-change re-run takes at most 1.5 times omindex's.
#
# What it does:
#   1. builds the release preset (a no-op when up to date), so it never times a stale binary;
#   2. generates, in a temporary directory removed at exit, an archive of BENCH_FILES .txt
#      articles, 100 per directory, in date directories (YYYY/MM/DD) as a real archive is laid
#      out. The text is the BBC set's articles (../shared/corpora/bbc) when it is there, else the
#      team's corpus/*.txt, taken in turn; each copy gets a numbered last paragraph, so no two
#      files are byte-identical. The same BENCH_FILES always gives the same files;
#   3. indexes the archive once with each tool into an empty database (time printed for
#      information), and checks with xapian-delve that each database holds BENCH_FILES articles;
#   4. runs each tool once more untimed (so both start from the same warm page cache), then
#      times BENCH_RUNS no-change re-runs of each with /usr/bin/time, the tools taking turns and
#      the one going first alternating from round to round, and reports the medians: wall
#      seconds, CPU seconds (user + sys), peak RSS, and the news-index/omindex ratio.
# The table goes to stdout; build output and progress go to stderr.
#
# Environment: BENCH_FILES (default 20000) archive size; BENCH_RUNS (default 5) timed re-runs of
# each tool.
# Exit codes: 0 done, and news-index's re-run is within 1.5x omindex's; 1 a tool or the build
# failed, or a database does not hold the expected number of documents; 2 usage error or a
# missing tool; 3 done, but news-index's re-run takes more than 1.5x omindex's.
set -euo pipefail

# The repository ($repo) and the helpers, found from the script's own location so that the script
# works from any cwd.
# shellcheck source=lib/all.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/all.sh"

files=${BENCH_FILES:-20000}
runs=${BENCH_RUNS:-5}
positive_settings nochange_20k.sh "BENCH_FILES=$files" "BENCH_RUNS=$runs" -- "$@"
max_ratio=1.5      # the target: news-index's no-change re-run at most this many times omindex's
files_per_dir=100  # a day's articles in a date directory

# --- Required tools: say which Debian package provides a missing one (setup.sh installs all). ---
require_tool nochange_20k.sh cmake cmake
require_tool nochange_20k.sh omindex xapian-omega
require_tool nochange_20k.sh md5sum coreutils
require_tool nochange_20k.sh /usr/bin/time time
find_delve nochange_20k.sh

# --- Where the article text comes from. ---
article_source

# --- Release build (a no-op when up to date; otherwise it rebuilds exactly what changed). ---
build_release nochange_20k.sh || exit 1
news_index=$repo/build/release/indexer/news-index
check_built nochange_20k.sh "$news_index" || exit 1

# --- Scratch space, removed however the script ends. ---
work=$(mktemp -d "${TMPDIR:-/tmp}/nochange_20k.XXXXXX")
trap 'rm -rf "$work"' EXIT
archive=$work/archive
ni_db=$work/news-index.db
om_db=$work/omindex.db
ni_cmd=("$news_index" --db "$ni_db" "$archive")
# The same omindex arguments as bench/index_bbc.sh. --url is required (the URL the directory is
# served under). omindex indexes .txt natively as text/plain and, by default, skips a file whose
# mtime is not newer than the one it stored: its own no-change path. The README.* rules change
# nothing here (the archive has none) but keep the command identical to index_bbc.sh's.
om_cmd=(omindex --db "$om_db" --url / --mime-type-match='README.*:ignore'
        --mime-type-match='readme.*:ignore' "$archive")

# --- The archive. Sources in byte order of their paths, so the same BENCH_FILES always makes the
# same files. An article is what news-index reads: *.txt, not hidden, not a README. ---
echo "nochange_20k.sh: generating $files article files ..." >&2
make_archive "$source_dir" "$files" "$files_per_dir" "$archive" "$work" || exit 1
sources=$archive_sources
dirs=$archive_dirs
archive_kib=$(du -sk "$archive" | cut -f1)
# Read the archive once, so that the full index of whichever tool runs first is not penalised by
# a cold page cache (the files were just written, so this is normally a no-op).
find "$archive" -type f -exec cat {} + >/dev/null

# Wall times from bash's clock, to the millisecond (GNU time's 0.01 s steps are 7% of omindex's
# re-run here); each run's output in $work/TAG.log.
timing_setup nochange_20k.sh "$work" bash log
load_before=$(cut -d' ' -f1 /proc/loadavg)

# --- Full index, once each, for information and to have databases to re-run on. ---
echo "nochange_20k.sh: full index with news-index, then omindex (one run each) ..." >&2
run_timed ni-full "${ni_cmd[@]}"
run_timed om-full "${om_cmd[@]}"
ni_size_kib=$(du -sk "$ni_db" | cut -f1)
om_size_kib=$(du -sk "$om_db" | cut -f1)
ni_docs=$(article_count "$ni_db")
om_docs=$(doc_count "$om_db")
ni_revision=$(revision "$ni_db")
om_revision=$(revision "$om_db")

# --- No-change re-runs. One untimed run each first: whatever a full index leaves behind (dirty
# pages being written back, a cold cache for the database's blocks) then weighs on neither tool.
echo "nochange_20k.sh: one untimed re-run of each, then $runs timed no-change re-runs each ..." >&2
run_timed ni-warm "${ni_cmd[@]}"
run_timed om-warm "${om_cmd[@]}"
for ((i = 1; i <= runs; i++)); do
  if ((i % 2)); then
    run_timed ni-rerun "${ni_cmd[@]}"
    run_timed om-rerun "${om_cmd[@]}"
  else
    run_timed om-rerun "${om_cmd[@]}"
    run_timed ni-rerun "${ni_cmd[@]}"
  fi
done
ni_rerun_docs=$(article_count "$ni_db")
om_rerun_docs=$(doc_count "$om_db")
ni_rerun_revision=$(revision "$ni_db")
om_rerun_revision=$(revision "$om_db")

# --- Report. Sizes in MiB (2^20 bytes). ---
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2fx", a / b; else print "n/a" }'; }
us_per_file() { awk -v s="$1" -v n="$files" 'BEGIN { printf "%.1f", 1e6 * s / n }'; }

ni_full_wall=$(median "$work/ni-full.times" 1)
ni_full_rss=$(median "$work/ni-full.times" 2)
ni_full_cpu=$(median "$work/ni-full.times" 3)
om_full_wall=$(median "$work/om-full.times" 1)
om_full_rss=$(median "$work/om-full.times" 2)
om_full_cpu=$(median "$work/om-full.times" 3)
ni_rerun_wall=$(median "$work/ni-rerun.times" 1)
ni_rerun_rss=$(median "$work/ni-rerun.times" 2)
ni_rerun_cpu=$(median "$work/ni-rerun.times" 3)
om_rerun_wall=$(median "$work/om-rerun.times" 1)
om_rerun_rss=$(median "$work/om-rerun.times" 2)
om_rerun_cpu=$(median "$work/om-rerun.times" 3)
wall_ratio=$(ratio "$ni_rerun_wall" "$om_rerun_wall")
cpu_ratio=$(ratio "$ni_rerun_cpu" "$om_rerun_cpu")
meets=$(awk -v a="$ni_rerun_wall" -v b="$om_rerun_wall" -v m="$max_ratio" \
  'BEGIN { print (b > 0 && a / b <= m) ? "yes" : "no" }')
git_rev=$(source_version)
row() { printf '%-10s %5s %8s %6s %8s | %8s %6s %8s %8s\n' "$@"; }

echo "archive: $files article files (*.txt), $(mib "$archive_kib") MiB, $files_per_dir per date" \
  "directory (YYYY/MM/DD, $dirs directories); text from $sources $source_name ($source_dir)," \
  "each copy made distinct by a numbered last paragraph"
echo "machine: $(machine); load average before the run: $load_before"
echo "versions: news-index at $git_rev (release preset); $(omindex --version | head -n 1)"
echo
echo "full index: one run each, into an empty database; no-change re-run: median of $runs runs" \
  "after one untimed run each; CPU s = user + sys; RSS = peak"
row "" "" "full" "" "" "re-run" "" "" ""
row tool docs "index s" "CPU s" "RSS MiB" "wall s" "CPU s" "RSS MiB" "us/file"
row news-index "$ni_docs" "$ni_full_wall" "$ni_full_cpu" "$(mib "$ni_full_rss")" \
  "$ni_rerun_wall" "$ni_rerun_cpu" "$(mib "$ni_rerun_rss")" "$(us_per_file "$ni_rerun_wall")"
row omindex "$om_docs" "$om_full_wall" "$om_full_cpu" "$(mib "$om_full_rss")" \
  "$om_rerun_wall" "$om_rerun_cpu" "$(mib "$om_rerun_rss")" "$(us_per_file "$om_rerun_wall")"
echo "db MiB after the full index: news-index $(mib "$ni_size_kib"), omindex $(mib "$om_size_kib")"
echo "ratio news-index/omindex no-change re-run: $wall_ratio wall (CPU: $cpu_ratio);" \
  "target at most ${max_ratio}x: $([ "$meets" = yes ] && echo met || echo NOT met)"
echo
# Every run, so the spread (i.e. how much to trust the medians) is visible.
echo "all runs (wall s/peak RSS KiB/CPU s):"
print_runs 9 ni-full om-full ni-warm om-warm ni-rerun om-rerun
last_line() {  # last_line LOG: the last line a run printed, or "(nothing)"
  if [ -s "$1" ]; then tail -n 1 "$1" | sed 's/^news-index: //'; else echo "(nothing)"; fi
}
echo "news-index said (full run): $(last_line "$work/ni-full.log")"
echo "news-index said (last re-run): $(last_line "$work/ni-rerun.log")"
echo "omindex said (full run / last re-run): $(last_line "$work/om-full.log") /" \
  "$(last_line "$work/om-rerun.log")"
echo "database revisions after the full index -> after all re-runs (unchanged: the re-runs wrote" \
  "nothing): news-index $ni_revision -> $ni_rerun_revision," \
  "omindex $om_revision -> $om_rerun_revision"
echo
echo "commands (the temporary directory is deleted at exit):"
printf '  %s\n' "$(quoted "${ni_cmd[@]}")" "$(quoted "${om_cmd[@]}")"
echo "  each as: /usr/bin/time -f '%e %M %U %S' COMMAND, wall time from bash's EPOCHREALTIME" \
  "around it; the full index into an empty database, then every re-run on the database it left"

# Sanity checks, after the table so the numbers are still shown: each database holds one document
# per file, and the re-runs did not change that.
status=0
check_doc_counts "$files" files "news-index:$ni_docs:$ni_rerun_docs" \
  "omindex:$om_docs:$om_rerun_docs" || status=1
if [ "$status" -eq 0 ] && [ "$meets" != yes ]; then status=3; fi
exit "$status"
