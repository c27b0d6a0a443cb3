#!/usr/bin/env bash
# Replays the saved regressions, then runs every fuzz target for a fixed time, from a fresh working
# corpus seeded with our own inputs. Exits non-zero if any target crashed, hung or broke a contract.
#
#   tests/fuzz/run_fuzzers.sh BUILD_DIR [SECONDS]     e.g. tests/fuzz/run_fuzzers.sh build/fuzz 20
#
# SECONDS is per target (default 30). Crash artifacts are written to BUILD_DIR/fuzz-artifacts/TARGET/
# (emptied at the start of each run). Set FUZZ_CORPUS_DIR to keep the working corpora there between
# runs instead of in a temporary directory, which makes longer local runs build on each other.
set -euo pipefail

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: $0 BUILD_DIR [SECONDS]" >&2
  exit 2
fi
build=$(cd "$1" && pwd)
seconds=${2:-30}
root=$(cd "$(dirname "$0")/../.." && pwd)
fuzz_dir=$root/tests/fuzz
artifacts=$build/fuzz-artifacts

# Stack traces for UBSan reports too (ASan prints them anyway); keep the caller's settings if any.
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
# Leaks that are Xapian's own (lsan.supp says which); keep the caller's settings if any.
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$(cd "$(dirname "$0")" && pwd)/lsan.supp}

work=$(mktemp -d "${TMPDIR:-/tmp}/news-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT
corpora=${FUZZ_CORPUS_DIR:-$work/corpus}

targets=(fuzz_date fuzz_decoding fuzz_html_parser fuzz_html_reader fuzz_json_reader fuzz_text_reader
  fuzz_query_parser)

# Per-target settings. Dates are single lines, so 256 bytes is plenty; queries get a little over
# their 4096-byte limit, so that the limit itself is reached; text targets get 64 KiB, several times
# a long article, so that size-dependent paths are reached without making each run slow.
max_len() {
  case $1 in
    fuzz_date) echo 256 ;;
    fuzz_query_parser) echo 4200 ;;
    *) echo 65536 ;;
  esac
}

dictionary() {
  case $1 in
    fuzz_date) echo "$fuzz_dir/date.dict" ;;
    fuzz_json_reader) echo "$fuzz_dir/json.dict" ;;
    fuzz_text_reader) echo "$fuzz_dir/text.dict" ;;
    fuzz_html_reader | fuzz_html_parser) echo "$fuzz_dir/html.dict" ;;
    fuzz_query_parser) echo "$fuzz_dir/query.dict" ;;
  esac
}

# Copies the target's seeds into its working corpus: the team's own articles for the text targets
# (read from corpus/ at run time, never duplicated into tests/), the date strings for fuzz_date, the
# hand-written pages of seeds/html/ for fuzz_html_reader and fuzz_html_parser, the hand-written
# records of seeds/json/ for fuzz_json_reader, the queries of seeds/query/ for fuzz_query_parser.
seed() {
  local target=$1 into=$2
  case $target in
    fuzz_date) cp "$fuzz_dir"/seeds/date/* "$into"/ ;;
    fuzz_html_reader | fuzz_html_parser) cp "$fuzz_dir"/seeds/html/* "$into"/ ;;
    fuzz_json_reader) cp "$fuzz_dir"/seeds/json/* "$into"/ ;;
    fuzz_query_parser) cp "$fuzz_dir"/seeds/query/* "$into"/ ;;
    *) cp "$root"/corpus/*.txt "$into"/ ;;
  esac
}

# Runs the saved crash inputs of a target once each; returns non-zero if any still fails.
replay_regressions() {
  local target=$1 binary=$2 log=$3
  local dir=$fuzz_dir/regressions/$target
  local inputs=()
  [ -d "$dir" ] && mapfile -t inputs < <(find "$dir" -type f ! -name '.*' | sort)
  if [ ${#inputs[@]} -eq 0 ]; then
    echo "  regressions: none saved"
    return 0
  fi
  # libFuzzer writes what crashes to the artifact prefix, the working directory by default.
  if "$binary" -timeout=25 -artifact_prefix="$artifacts/$target/regression-" "${inputs[@]}" >"$log" 2>&1; then
    echo "  regressions: ${#inputs[@]} input(s) from ${dir#"$root"/} pass"
    return 0
  fi
  echo "  regressions: FAILED (${dir#"$root"/}):"
  show_report "$log"
  return 1
}

# Prints the start of the failure report in a libFuzzer log (the sanitizer's error line and stack,
# a broken contract, an uncaught exception, a timeout), or the log's end if none is recognised.
show_report() {
  local log=$1 report
  # awk reads the whole log itself: `sed | head` would fail the script under pipefail (SIGPIPE).
  report=$(awk '/ERROR: |runtime error|contract violated|terminate called|ALARM|deadly signal/ { found = 1 }
                found && shown++ < 40' "$log")
  [ -n "$report" ] || report=$(tail -n 40 "$log")
  printf '%s\n' "$report" | sed 's/^/    /'
}

# Prints runs, exec/s and coverage from libFuzzer's final statistics and its last status line.
summarise() {
  local log=$1
  local runs rate cov ft corp
  runs=$(sed -n 's/^stat::number_of_executed_units: //p' "$log" | tail -n 1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
  cov=$(grep -Eo 'cov: [0-9]+' "$log" | tail -n 1 | cut -d' ' -f2)
  ft=$(grep -Eo 'ft: [0-9]+' "$log" | tail -n 1 | cut -d' ' -f2)
  corp=$(grep -Eo 'corp: [0-9]+/[0-9]+[a-zA-Z]+' "$log" | tail -n 1 | cut -d' ' -f2)
  echo "${runs:-?} runs, ${rate:-?} exec/s, coverage: ${cov:-?} edges, ${ft:-?} features, corpus ${corp:-?}"
}

echo "Fuzzing ${#targets[@]} targets for ${seconds}s each; crash artifacts go to $artifacts/"
failed=()
summary=()
for target in "${targets[@]}"; do
  binary=$build/tests/fuzz/$target
  echo "== $target"
  if [ ! -x "$binary" ]; then
    echo "  missing $binary: build it with cmake --workflow --preset fuzz"
    failed+=("$target (not built)")
    summary+=("$target: not built")
    continue
  fi
  rm -rf "${artifacts:?}/$target"
  mkdir -p "$artifacts/$target" "$corpora/$target"
  replayed=true
  if ! replay_regressions "$target" "$binary" "$work/$target.replay.log"; then
    failed+=("$target (regression)")
    replayed=false
  fi

  seed "$target" "$corpora/$target"
  options=(-max_total_time="$seconds" -max_len="$(max_len "$target")" -timeout=25
           -print_final_stats=1 -artifact_prefix="$artifacts/$target/")
  dict=$(dictionary "$target")
  [ -n "$dict" ] && options+=(-dict="$dict")
  log=$work/$target.log
  if "$binary" "${options[@]}" "$corpora/$target" >"$log" 2>&1; then
    line="$target: $(summarise "$log")"
    echo "  $line"
  else
    echo "  FAILED:"
    show_report "$log"
    echo "  reproducer(s) in $artifacts/$target/:"
    find "$artifacts/$target" -type f | sed 's/^/    /'
    failed+=("$target")
    line="$target: FAILED"
  fi
  $replayed || line="$line; regressions FAILED"
  summary+=("$line")
done

echo
echo "Summary (${seconds}s per target):"
printf '  %s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
  echo "FAILED: ${failed[*]}; see $artifacts/ and tests/fuzz/README.md (adding a regression)" >&2
  exit 1
fi
