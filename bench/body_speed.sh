#!/usr/bin/env bash
# Body extraction speed (issue 16, item 5): the HTML reader (news::read_html, timed by html-speed,
# bench/html_speed.cc) side by side with readability-lxml (Document(bytes).summary(), timed by
# bench/readability_speed.py) on the same saved pages, in one run, on the same machine. The target:
# at least 20 times readability-lxml's pages per second, with flat memory.
#
#   bench/body_speed.sh                  every page of $SHARED_DIR/corpora/html-*, 3 runs of each
#   BENCH_RUNS=5 bench/body_speed.sh     more runs (the median is reported)
#
# What it does:
#   1. builds html-speed with the release preset (a no-op when up to date);
#   2. runs each tool BENCH_RUNS times over the pages of every html-* set (*.html and *.htm, walked
#      recursively), the two taking turns and the one going first alternating from run to run,
#      each under /usr/bin/time -f %M for its peak RSS. Each tool loads every page into memory
#      first and times only the extraction; html-speed reads the pages BENCH_ROUNDS times per run
#      (its run is short), readability-lxml once;
#   3. runs html-speed --parse-only the same way (each page decoded, prescanned and parsed into the
#      reader's tree, no field read: the floor under read_html), and html-speed --parser libxml2
#      (read_html parsing with libxml2 instead of the reader's own parser: the same tree and
#      articles, for reference);
#   4. runs html-speed --stream (each file loaded just before it is read, nothing kept) over the
#      pages once and over the pages 4 times (--rounds 4), BENCH_RUNS times each: the median peak
#      RSS of the second may be at most 10% above the first's ("flat memory");
#   5. prints the medians side by side: pages/s (wall clock, the target's measure), pages per CPU
#      second (steadier on a busy machine), MB/s (10^6 bytes), peak RSS, the ratio
#      ours/readability, the two stream runs' peak RSS, every run, and the commands.
# read_html reads the metadata too (title, authors, dates, ...), not only the body: the ratio is
# for more work on our side than readability's summary().
# The table goes to stdout; build output and progress go to stderr. It takes a few minutes, nearly
# all of it readability-lxml's.
#
# Needs: cmake, /usr/bin/time (package time), and /usr/bin/python3 with readability-lxml (package
# python3-readability, not in setup.sh: apt-get install python3-readability).
# Environment: SHARED_DIR (default <repo>/../shared); BENCH_RUNS (default 3) runs of each
# measurement; BENCH_ROUNDS (default 3) html-speed's rounds per timed run.
# Exit codes: 0 done and both targets met, or skipped (no HTML set under SHARED_DIR, or no
# readability-lxml: a message says so); 1 a tool or the build failed; 2 usage error or a missing
# tool; 3 done, but a target was not met (each one missed is named on stderr).
set -euo pipefail

# The repository ($repo) and the helpers, found from the script's own location so that the script
# works from any cwd.
# shellcheck source=lib/all.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/all.sh"

case "${1:-}" in
  -h | --help)
    sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"
    exit 0
    ;;
esac
if [ $# -gt 0 ]; then
  echo "usage: [BENCH_RUNS=N] [BENCH_ROUNDS=N] [SHARED_DIR=DIR] $0   (--help: what it does)" >&2
  exit 2
fi
runs=${BENCH_RUNS:-3}
rounds=${BENCH_ROUNDS:-3}
require_positive body_speed.sh "BENCH_RUNS=$runs" "BENCH_ROUNDS=$rounds"
min_ratio=20        # the target: at least this many times readability-lxml's pages per second
stream_rounds=4     # the flat-memory check reads the pages once, then this many times
# ... and the second's peak RSS may be at most this much above the first's. The peak is the
# largest page's parse, and it moves by about 10% from run to run (allocator, address layout); a
# process that kept only the body text of each page (2 MB a pass over these sets) would add 6 MB,
# about 25%, over three more passes.
max_growth_pct=10
python=/usr/bin/python3

shared=${SHARED_DIR:-$repo/../shared}
sets=()
for dir in "$shared"/corpora/html-*/; do
  [ -d "$dir" ] && sets+=("$(cd "$dir" && pwd)")
done
if [ ${#sets[@]} -eq 0 ]; then
  echo "body_speed.sh: skipped: no HTML set under $shared/corpora (is ../shared beside the project?)"
  exit 0
fi
if [ ! -x "$python" ] || ! "$python" -c 'import readability' 2>/dev/null; then
  echo "body_speed.sh: skipped: readability-lxml not found for $python; install it with" \
    "'apt-get install python3-readability' (Debian's package, for Debian's $python)"
  exit 0
fi
require_tool body_speed.sh cmake cmake
require_tool body_speed.sh /usr/bin/time time

git_rev=$(source_version)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
build_release body_speed.sh html_speed || exit 1
html_speed=$repo/build/release/bench/html-speed
check_built body_speed.sh "$html_speed" || exit 1
readability_speed=$repo/bench/readability_speed.py

work=$(mktemp -d "${TMPDIR:-/tmp}/body_speed.XXXXXX")
trap 'rm -rf "$work"' EXIT
timing_setup body_speed.sh "$work" time split

# --- The pages, counted as both tools find them. ---
set_counts="" pages=0 bytes=0
for set in "${sets[@]}"; do
  count=$(find "$set" -type f \( -iname '*.html' -o -iname '*.htm' \) | wc -l)
  set_counts+="${set_counts:+, }${set##*/} $count"
  pages=$((pages + count))
done
bytes=$(find "${sets[@]}" -type f \( -iname '*.html' -o -iname '*.htm' \) -printf '%s\n' |
  awk '{ s += $1 } END { print s + 0 }')

ours_cmd=("$html_speed" --json --rounds "$rounds" "${sets[@]}")
theirs_cmd=("$python" "$readability_speed" --json "${sets[@]}")
parse_cmd=("$html_speed" --json --parse-only --rounds "$rounds" "${sets[@]}")
libxml2_cmd=("$html_speed" --json --parser libxml2 --rounds "$rounds" "${sets[@]}")
once_cmd=("$html_speed" --json --stream "${sets[@]}")
many_cmd=("$html_speed" --json --stream --rounds "$stream_rounds" "${sets[@]}")

# record TAG EXPECTED_PAGES: after a run of TAG, appends "pages_per_s mb_per_s pages_per_cpu_s"
# from its JSON to TAG.speed; exits 1 unless it read EXPECTED_PAGES pages and extracted some text.
record() {
  local tag=$1 expected=$2 line
  line=$("$python" -c 'import json, sys
d = json.load(open(sys.argv[1]))
cpu = d["cpu_seconds"]
print(d["pages"], d["output_bytes"], "%.3f %.3f %.3f" % (d["pages_per_s"], d["mb_per_s"],
      d["pages"] / cpu if cpu > 0 else 0))' "$work/$tag.out")
  read -r got_pages out_bytes pages_per_s mb_per_s pages_per_cpu_s <<<"$line"
  if [ "$got_pages" != "$expected" ] || [ "$out_bytes" -eq 0 ]; then
    echo "body_speed.sh: $tag read $got_pages pages (expected $expected), $out_bytes bytes of" \
      "text out" >&2
    exit 1
  fi
  echo "$pages_per_s $mb_per_s $pages_per_cpu_s" >>"$work/$tag.speed"
}

for ((run = 1; run <= runs; run++)); do
  echo "body_speed.sh: run $run of $runs ..." >&2
  if ((run % 2)); then order=(ours theirs); else order=(theirs ours); fi
  for tool in "${order[@]}"; do
    if [ "$tool" = ours ]; then
      run_timed ours "${ours_cmd[@]}"
      record ours $((pages * rounds))
    else
      run_timed theirs "${theirs_cmd[@]}"
      record theirs "$pages"
    fi
  done
  run_timed parse "${parse_cmd[@]}"
  record parse $((pages * rounds))
  run_timed libxml2 "${libxml2_cmd[@]}"
  record libxml2 $((pages * rounds))
  run_timed once "${once_cmd[@]}"
  record once "$pages"
  run_timed many "${many_cmd[@]}"
  record many $((pages * stream_rounds))
done

# --- Medians (speed from the tools' own timers; peak RSS from GNU time, column 2 of *.times). ---
ours_pps=$(median "$work/ours.speed" 1) ours_mbs=$(median "$work/ours.speed" 2)
theirs_pps=$(median "$work/theirs.speed" 1) theirs_mbs=$(median "$work/theirs.speed" 2)
ours_cpu=$(median "$work/ours.speed" 3) theirs_cpu=$(median "$work/theirs.speed" 3)
parse_pps=$(median "$work/parse.speed" 1) parse_mbs=$(median "$work/parse.speed" 2)
parse_cpu=$(median "$work/parse.speed" 3) parse_rss=$(median "$work/parse.times" 2)
libxml2_pps=$(median "$work/libxml2.speed" 1) libxml2_mbs=$(median "$work/libxml2.speed" 2)
libxml2_cpu=$(median "$work/libxml2.speed" 3) libxml2_rss=$(median "$work/libxml2.times" 2)
ours_rss=$(median "$work/ours.times" 2) theirs_rss=$(median "$work/theirs.times" 2)
once_rss=$(median "$work/once.times" 2) many_rss=$(median "$work/many.times" 2)
once_pps=$(median "$work/once.speed" 1) many_pps=$(median "$work/many.speed" 1)
ratio_of() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b > 0 ? a / b : 0) }'; }
ratio=$(ratio_of "$ours_pps" "$theirs_pps") cpu_ratio=$(ratio_of "$ours_cpu" "$theirs_cpu")
growth=$(awk -v a="$once_rss" -v b="$many_rss" 'BEGIN { printf "%+.1f", (b - a) * 100 / a }')
status=0
speed_verdict=met flat_verdict=flat
if awk -v r="$ratio" -v m="$min_ratio" 'BEGIN { exit !(r < m) }'; then
  speed_verdict="NOT met"
  echo "body_speed.sh: target missed: $ratio times readability-lxml's pages/s (at least $min_ratio)" >&2
  status=3
fi
if awk -v g="$growth" -v m="$max_growth_pct" 'BEGIN { exit !(g > m) }'; then
  flat_verdict="NOT flat"
  echo "body_speed.sh: target missed: peak RSS grew ${growth}% from 1 to $stream_rounds rounds" \
    "(at most +${max_growth_pct}%)" >&2
  status=3
fi

lxml_version=$("$python" -c 'import lxml.etree as e; print(".".join(map(str, e.LXML_VERSION[:3])))')
readability_version=$(dpkg-query -W -f='${Version}' python3-readability 2>/dev/null || echo "?")

megabytes=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
echo "pages: $pages files (*.html, *.htm) from ${#sets[@]} sets ($set_counts), $megabytes MB" \
  "(${sets[0]%/*})"
echo "machine: $(machine); load average before the run: $load_before"
echo "versions: html-speed at $git_rev (release preset); readability-lxml (python3-readability" \
  "$readability_version), lxml $lxml_version, $("$python" --version 2>&1)"
echo
echo "median of $runs runs; speed from each tool's own clocks around the extraction only (pages/CPU s: by"
echo "the process's CPU clock); html-speed reads the pages $rounds times per run, readability once;"
echo "RSS = the process's peak, every page loaded first"
printf '%-22s %9s %11s %8s %8s\n' tool pages/s "pages/CPU s" MB/s "RSS MiB"
printf '%-22s %9.1f %11.1f %8.2f %8s\n' "read_html (html-speed)" "$ours_pps" "$ours_cpu" "$ours_mbs" \
  "$(mib "$ours_rss")"
printf '%-22s %9.1f %11.1f %8.2f %8s\n' readability-lxml "$theirs_pps" "$theirs_cpu" "$theirs_mbs" \
  "$(mib "$theirs_rss")"
printf '%-22s %9.1f %11.1f %8.2f %8s\n' "decode + parse only" "$parse_pps" "$parse_cpu" "$parse_mbs" \
  "$(mib "$parse_rss")"
printf '%-22s %9.1f %11.1f %8.2f %8s\n' "read_html, libxml2" "$libxml2_pps" "$libxml2_cpu" \
  "$libxml2_mbs" "$(mib "$libxml2_rss")"
echo "ratio ours/readability pages/s: ${ratio}x (CPU: ${cpu_ratio}x; MB/s the same as pages/s: the same pages);"
echo "target at least ${min_ratio}x (pages/s): $speed_verdict; ${min_ratio}x readability is" \
  "$(awk -v p="$theirs_pps" -v m="$min_ratio" 'BEGIN { printf "%.0f", p * m }') pages/s;" \
  "'decode + parse only' (html-speed --parse-only) is read_html's first steps alone;" \
  "'read_html, libxml2' (--parser libxml2) parses with libxml2 instead of the reader's own parser"
echo
echo "flat memory: html-speed --stream (each file loaded just before it is read, nothing kept);" \
  "median of $runs runs"
printf '  %-26s %9s %8s\n' "" pages/s "RSS MiB"
printf '  %-26s %9.1f %8s\n' "pages once ($pages)" "$once_pps" "$(mib "$once_rss")"
printf '  %-26s %9.1f %8s\n' "pages $stream_rounds times ($((pages * stream_rounds)))" "$many_pps" "$(mib "$many_rss")"
echo "peak RSS from 1 to $stream_rounds rounds: ${growth}% (at most +${max_growth_pct}%): $flat_verdict"
echo
echo "all runs (wall s/peak RSS KiB/CPU s; wall includes loading the pages and, for readability, Python's start):"
print_runs 7 ours theirs parse libxml2 once many
echo "pages/s and pages/CPU s of each run:"
for tag in ours theirs parse libxml2 once many; do
  printf "  %-7s %s\n" "$tag" \
    "$(awk '{ printf "%s%s/%s", (NR > 1 ? "  " : ""), $1, $3 }' "$work/$tag.speed")"
done
echo
echo "commands:"
echo "  /usr/bin/time -f %M $(quoted "${ours_cmd[@]}")"
echo "  /usr/bin/time -f %M $(quoted "${theirs_cmd[@]}")"
echo "  /usr/bin/time -f %M $(quoted "${parse_cmd[@]}")"
echo "  /usr/bin/time -f %M $(quoted "${libxml2_cmd[@]}")"
echo "  /usr/bin/time -f %M $(quoted "${once_cmd[@]}")"
echo "  /usr/bin/time -f %M $(quoted "${many_cmd[@]}")"
exit "$status"
