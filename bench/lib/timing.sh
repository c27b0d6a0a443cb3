# shellcheck shell=bash
# Timed runs of the indexers, shared by bench/index_bbc.sh, bench/nochange_20k.sh,
# bench/index_scale.sh and bench/jsonl_100k.sh: each run under GNU time (/usr/bin/time, by
# absolute path: the bash keyword 'time' can report neither peak RSS nor to a file), one line of
# figures per run in a *.times file, medians and the list of every run for the report.
#
#   source "$repo/bench/lib/timing.sh"
#   timing_setup SCRIPT WORK WALL_CLOCK OUTPUT
#       how run_timed works for this script (SCRIPT names it in messages; WORK: scratch directory):
#         WALL_CLOCK  time  GNU time's %e, in its steps of 0.01 s, as it prints it
#                     bash  bash's EPOCHREALTIME around /usr/bin/time, to the millisecond
#         OUTPUT      log   the command's stdout and stderr together in WORK/TAG.log
#                     split its stdout in WORK/TAG.out and its stderr in WORK/TAG.err
#   run_timed TAG COMMAND...
#       runs COMMAND under GNU time after a sync, its output as OUTPUT says, and appends
#       "wall_s rss_kib cpu_s" (cpu_s = user + sys) to WORK/TAG.times. news-index exits 1 when it
#       skipped some files, which is a successful run (the skips are in its output and summary);
#       any other non-zero exit shows the command's output on stderr and exits 1.
#   median FILE COLUMN          the median of one column of a *.times file (the lower middle if even)
#   print_runs WIDTH TAG...     "  TAG  wall/rss/cpu  wall/rss/cpu ..." per TAG that has a *.times
#                               file, TAG padded to WIDTH: every run, so the spread shows

timing_setup() {
  timing_script=$1 timing_work=$2 timing_wall_clock=$3 timing_output=$4
}

run_timed() {
  local tag=$1 rc=0 out err
  shift
  if [ "$timing_output" = split ]; then
    out=$timing_work/$tag.out err=$timing_work/$tag.err
  else
    out=$timing_work/$tag.log err=$timing_work/$tag.log
  fi
  # Write back what the previous run left dirty in the page cache, so that its disk writes do not
  # land in this run's fsyncs (each tool commits with fsync; omindex leaves the most behind).
  sync
  # With WALL_CLOCK bash, wall time from bash's microsecond clock rather than GNU time's %e, whose
  # 0.01 s steps are 7% of omindex's no-change re-run of 20,000 files, and a small re-run's whole
  # time. It includes starting /usr/bin/time (about a millisecond), the same for every tool.
  # ${EPOCHREALTIME/[.,]/}: microseconds, whatever the locale's decimal point.
  local start_us=${EPOCHREALTIME/[.,]/} wall_us=
  if [ "$out" = "$err" ]; then
    /usr/bin/time -o "$timing_work/time.out" -f '%e %M %U %S' "$@" >"$out" 2>&1 || rc=$?
  else
    /usr/bin/time -o "$timing_work/time.out" -f '%e %M %U %S' "$@" >"$out" 2>"$err" || rc=$?
  fi
  if [ "$timing_wall_clock" = bash ]; then wall_us=$((${EPOCHREALTIME/[.,]/} - start_us)); fi
  if [ "$rc" -ne 0 ] && ! { [ "$rc" -eq 1 ] && [ "${1##*/}" = news-index ]; }; then
    echo "$timing_script: '$*' failed with exit code $rc; its output:" >&2
    if [ "$out" = "$err" ]; then cat "$out" >&2; else cat "$out" "$err" >&2; fi
    exit 1
  fi
  # On failure GNU time writes a "Command exited with non-zero status" line first: take the last.
  tail -n 1 "$timing_work/time.out" | awk -v us="$wall_us" '
    { printf "%s %s %.2f\n", (us == "" ? $1 : sprintf("%.3f", us / 1e6)), $2, $3 + $4 }' \
    >>"$timing_work/$tag.times"
}

median() {
  sort -n -k "$2,$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END { print v[int((NR + 1) / 2)] }'
}

print_runs() {
  local width=$1 tag
  shift
  for tag in "$@"; do
    [ -s "$timing_work/$tag.times" ] || continue
    printf "  %-${width}s %s\n" "$tag" \
      "$(awk '{ printf "%s%s/%s/%s", (NR > 1 ? "  " : ""), $1, $2, $3 }' "$timing_work/$tag.times")"
  done
}
