#!/usr/bin/env bash
# Speaker-attribution evaluation: builds eval-speakers with the release preset and scores the quote
# extractor on every gold set that is present, printing each set's report.
#
#   bench/run_eval_speakers.sh [EVAL-SPEAKERS OPTIONS...]
#   e.g. bench/run_eval_speakers.sh --verbose      (false positives and negatives per article)
#        bench/run_eval_speakers.sh --json         (one JSON line per set)
#        bench/run_eval_speakers.sh --min-precision 0.95 --min-recall 0.85
#
# The sets (paths from the repository root). A set whose gold or texts are missing, or whose gold
# file has no annotated line yet, is skipped with a note on stdout:
#   bbc      bench/gold/bbc-speakers.jsonl          texts $SHARED_DIR/corpora/bbc, UK style
#   polnear  bench/gold/polnear-dev-speakers.jsonl  texts $SHARED_DIR/corpora/polnear/dev/text, US
#   reuters  bench/gold/reuters-speakers.jsonl  texts exported from $SHARED_DIR/corpora/reuters21578
#            by bench/reuters_texts.py into a temporary directory (removed on exit), US style
#   reuters-tuning  bench/gold/reuters-tuning-speakers.jsonl  texts exported the same way, US style
#   corpus   corpus/*.expected                 texts beside them (UK and US styles mixed)
#
# The two Reuters sets are not cut by the file-name hash: each is one part whole, so each is always
# scored with --part all (every article; --part sealed or tuning would keep only the half of its
# articles that the hash puts in that part) and any --part given is left out of its run.
#   reuters          sealed whole (bench/gold/README-reuters.md): read only as totals, so -v and
#                    --verbose are left out of its run, and with --part tuning it is skipped
#                    (nothing of it may be tuned on).
#   reuters-tuning   tuning whole (bench/gold/README-reuters-tuning.md): it may be read case by
#                    case, so -v and --verbose are passed on, and with --part sealed it is skipped
#                    (it has no sealed part).
# Both are skipped with a note when python3 is missing.
#
# Environment: SHARED_DIR (default <repo>/../shared).
# Exit codes: the highest exit code of the eval-speakers runs (0 all scored and any thresholds met;
# 1 a threshold not met; 2 unreadable gold or text; 3 the extractor threw); 1 if the build failed;
# 2 if no set could be scored.
# Reports go to stdout; build output goes to stderr. With --json, stdout carries only the JSON
# lines, one per set scored, and the header and skip notes go to stderr.
set -euo pipefail

# The repository is found from the script's own location so the script works from any cwd.
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=lib/report.sh
source "$repo/bench/lib/report.sh"
shared=${SHARED_DIR:-$repo/../shared}

# note TEXT...: the header and the skip notes, kept off stdout when stdout is JSON lines.
json=false
for arg in "$@"; do
  if [ "$arg" = --json ]; then json=true; fi
done
note() {
  if $json; then printf '%s\n' "$@" >&2; else printf '%s\n' "$@"; fi
}

case "${1:-}" in
  -h | --help)
    sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"
    exit 0
    ;;
esac

# --- Release build of the evaluation program only: the numbers are for the optimised build the
# indexer ships, and a no-op when up to date. ---
if ! build_release run_eval_speakers.sh eval_speakers; then
  # The likeliest cause while the extractor is being written: bench/ not yet in the build.
  if ! grep -q '^[[:space:]]*add_subdirectory(bench)' "$repo/CMakeLists.txt"; then
    echo "(the top-level CMakeLists.txt has no add_subdirectory(bench))" >&2
  fi
  exit 1
fi
eval_speakers=$repo/build/release/bench/eval-speakers
check_built run_eval_speakers.sh "$eval_speakers" || exit 1

# Which code the numbers are for. GIT_OPTIONAL_LOCKS=0: only look; do not refresh .git/index
# under the feet of a concurrent git.
git_rev=$(source_version)
note "eval-speakers (release preset) at $git_rev; $(date '+%Y-%m-%d %H:%M %Z')"

worst=0
scored=0
# run_set NAME ARGS...: one eval-speakers run; a failure is reported and remembered, and the other
# sets still run, so one broken gold line does not hide the other sets' numbers.
run_set() {
  local name=$1 rc=0
  shift
  note ""
  "$eval_speakers" "$@" || rc=$?
  if [ "$rc" -ne 0 ]; then
    note "[$name: eval-speakers exited with $rc]"
    if [ "$rc" -gt "$worst" ]; then worst=$rc; fi
  fi
  scored=$((scored + 1))
}

# run_jsonl_set NAME GOLD TEXTS STYLE OPTIONS...: a JSONL gold set, unless it or its texts are absent.
run_jsonl_set() {
  local name=$1 gold=$2 texts=$3 style=$4
  shift 4
  if [ ! -f "$gold" ]; then
    note "" "[$name: skipped, no gold file $gold]"
  elif ! grep -q '[^[:space:]]' "$gold"; then
    # A gold file just created by the annotators: nothing to score yet, which is not an error.
    note "" "[$name: skipped, gold file $gold has no annotated line yet]"
  elif [ ! -d "$texts" ]; then
    note "" "[$name: skipped, texts directory $texts not found]"
  else
    run_set "$name" --gold "$gold" --texts "$texts" --style "$style" "$@"
  fi
}

run_jsonl_set bbc "$repo/bench/gold/bbc-speakers.jsonl" "$shared/corpora/bbc" uk "$@"
run_jsonl_set polnear "$repo/bench/gold/polnear-dev-speakers.jsonl" \
  "$shared/corpora/polnear/dev/text" us "$@"

# run_reuters_set NAME GOLD KIND OPTIONS...: a Reuters set, one part whole (KIND: sealed or
# tuning; see the header), its stories exported into one temporary directory for all the sets.
reuters_texts=""
run_reuters_set() {
  local name=$1 gold=$2 kind=$3 sgml=$shared/corpora/reuters21578
  local args=() part=all other=tuning texts rc=0 export_errors
  shift 3
  if [ "$kind" = tuning ]; then other=sealed; fi
  while [ $# -gt 0 ]; do
    case "$1" in
      -v | --verbose | --verbose=*)
        if [ "$kind" = tuning ]; then args+=("$1"); fi
        ;;
      --part)
        part=${2:-all}
        if [ $# -gt 1 ]; then shift; fi
        ;;
      --part=*) part=${1#--part=} ;;
      *) args+=("$1") ;;
    esac
    shift
  done
  if [ "$part" = "$other" ]; then
    note "" "[$name: skipped, the whole set is its $kind part: it has no $other part]"
  elif [ ! -f "$gold" ]; then
    note "" "[$name: skipped, no gold file $gold]"
  elif [ ! -d "$sgml" ]; then
    note "" "[$name: skipped, Reuters-21578 directory $sgml not found]"
  elif ! command -v python3 >/dev/null; then
    note "" "[$name: skipped, python3 is needed to export the stories]"
  else
    if [ -z "$reuters_texts" ]; then
      reuters_texts=$(mktemp -d "${TMPDIR:-/tmp}/reuters-texts.XXXXXX")
      trap 'rm -rf "$reuters_texts"' EXIT
    fi
    texts=$reuters_texts/$name
    export_errors=$(python3 "$repo/bench/reuters_texts.py" --sgml-dir "$sgml" --ids "$gold" \
      --out "$texts" 2>&1 >/dev/null) || rc=$?
    if [ "$rc" -ne 0 ]; then
      note "" "$export_errors" "[$name: reuters_texts.py exited with $rc exporting the texts]"
      if [ 2 -gt "$worst" ]; then worst=2; fi
    else
      run_jsonl_set "$name" "$gold" "$texts" us "${args[@]}" --part all
    fi
  fi
}
run_reuters_set reuters "$repo/bench/gold/reuters-speakers.jsonl" sealed "$@"
run_reuters_set reuters-tuning "$repo/bench/gold/reuters-tuning-speakers.jsonl" tuning "$@"
if compgen -G "$repo/corpus/*.expected" >/dev/null; then
  run_set corpus --corpus "$repo/corpus" "$@"
else
  note "" "[corpus: skipped, no $repo/corpus/*.expected]"
fi

if [ "$scored" -eq 0 ]; then
  echo "run_eval_speakers.sh: no gold set could be scored" >&2
  exit 2
fi
exit "$worst"
