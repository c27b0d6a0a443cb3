# shellcheck shell=bash
# Report helpers shared by the benchmarks; they expect $repo to be set.
#
#   source "$repo/bench/lib/report.sh"
#   quoted WORD...                       the words shell-quoted, ready to copy and paste
#   source_version                       the commit built, marked when the tree differs from it
#   build_release NAME [TARGET]          builds the release preset, or one target of it
#   bench_binaries NAME WHAT             sets bin_dir, version and missing_status: BENCH_BIN_DIR's
#                                        binaries as they are, or the release preset's, built now
#   check_built NAME BINARY...           returns 1 unless the build made each BINARY
#   run_html_eval SCRIPT TARGET [ARG...] the whole of a run_eval_*.sh over the HTML sets
#   machine                              "N cores, CPU model, date and time" for a report's header
#   mib KIB                              KiB as MiB (2^20 bytes), to one decimal
#   per_sec AMOUNT SECONDS DECIMALS      AMOUNT / SECONDS (0 for no time), to DECIMALS decimals
#   check_doc_counts EXPECTED WHAT TOOL:DOCS:RERUN_DOCS...
#       warns on stderr, and returns 1, when a tool's database does not hold EXPECTED documents
#       (WHAT names them: "articles", "files") or its no-change re-runs changed the count

quoted() {
  local q
  q=$(printf '%q ' "$@")
  echo "${q% }"
}

check_doc_counts() {
  local expected=$1 what=$2 pair tool docs rerun_docs status=0
  shift 2
  for pair in "$@"; do
    IFS=: read -r tool docs rerun_docs <<<"$pair"
    if [ "$docs" != "$expected" ]; then
      echo "WARNING: $tool indexed $docs documents, but there are $expected $what" >&2
      status=1
    fi
    if [ "$rerun_docs" != "$docs" ]; then
      echo "WARNING: $tool's no-change re-runs changed the document count: $docs -> $rerun_docs" >&2
      status=1
    fi
  done
  return "$status"
}

# source_version: the commit the tree is at, plus " + uncommitted changes" when it differs from it
# (taken at a benchmark's start: the tree may change during a long run).
# shellcheck disable=SC2154  # $repo comes from the script
source_version() {
  local rev
  rev=$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)
  if [ -n "$(GIT_OPTIONAL_LOCKS=0 git -C "$repo" status --porcelain 2>/dev/null)" ]; then
    rev="$rev + uncommitted changes"
  fi
  echo "$rev"
}

# build_release NAME [TARGET]: builds the release preset, or only TARGET of it, progress on stderr;
# returns 1, saying so as NAME, when the build fails. Always asking cmake and ninja is the staleness
# check: when the binaries are up to date both steps are no-ops (well under a second), otherwise
# they rebuild exactly what changed. Benchmarking a debug or stale binary would be worse than
# useless.
build_release() {
  local name=$1 what="the release preset" built="the release build" target_args=()
  if [ $# -gt 1 ]; then
    what="$2 with the release preset" built="the release build of $2" target_args=(--target "$2")
  fi
  echo "$name: building $what (no-op when up to date) ..." >&2
  if ! (cd "$repo" && cmake --preset release >&2 &&
    cmake --build --preset release "${target_args[@]}" >&2); then
    echo "$name: $built failed (sources mid-edit?); fix it or retry later" >&2
    return 1
  fi
}

# bench_binaries NAME WHAT: where the binaries a benchmark runs are. With BENCH_BIN_DIR set, that
# directory's, as they are (exits 2, saying so as NAME, when it is not a directory); otherwise the
# release preset's, built now (exits 1 when the build fails). Sets bin_dir (absolute), version (a
# report's line naming WHAT, "news-index" say, and the commit) and missing_status (the exit code for
# a binary missing from bin_dir: 2 for the user's directory, 1 for a build that should have made it).
# shellcheck disable=SC2034  # version and missing_status are for the script
bench_binaries() {
  local name=$1 what=$2 bin_repo
  if [ -z "${BENCH_BIN_DIR:-}" ]; then
    require_tool "$name" cmake cmake
    version="$what at $(source_version) (release preset)"
    build_release "$name" || exit 1
    bin_dir=$repo/build/release
    missing_status=1
    return
  fi
  if ! bin_dir=$(cd "$BENCH_BIN_DIR" 2>/dev/null && pwd); then
    echo "$name: BENCH_BIN_DIR is not a directory: $BENCH_BIN_DIR" >&2
    exit 2
  fi
  # The version of the checkout the binaries are in, if they are in one; nothing here tells
  # whether they were built from it as it is now.
  bin_repo=$(git -C "$bin_dir" rev-parse --show-toplevel 2>/dev/null || true)
  if [ -n "$bin_repo" ]; then
    version="$what from $bin_dir (BENCH_BIN_DIR, not rebuilt; that checkout is at $(
      repo=$bin_repo source_version))"
  else
    version="$what from $bin_dir (BENCH_BIN_DIR, not rebuilt; version unknown)"
  fi
  missing_status=2
}

# check_built NAME BINARY...: returns 1, saying so as NAME, when a BINARY the build should have made
# is missing.
check_built() {
  local name=$1 binary
  shift
  for binary in "$@"; do
    if [ ! -x "$binary" ]; then
      echo "$name: the build succeeded but $binary is missing" >&2
      return 1
    fi
  done
}

# run_html_eval SCRIPT TARGET [ARG...]: runs the evaluator TARGET (eval_metadata, eval_body) of the
# release build on the HTML sets of $SHARED_DIR (default <repo>/../shared), passing ARGs, and
# exits with its code. -h/--help prints SCRIPT's header comment; without an HTML set it says so
# and exits 0; a failed build exits 1. Never returns.
# shellcheck disable=SC2154  # $repo comes from the script
run_html_eval() {
  local script=$1 target=$2 name shared=${SHARED_DIR:-$repo/../shared}
  shift 2
  name=$(basename "$script")
  case "${1:-}" in
    -h | --help)
      sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$script"
      exit 0
      ;;
  esac
  if ! compgen -G "$shared/corpora/html-*/gold.jsonl" >/dev/null; then
    echo "$name: skipped: no HTML corpora under $shared/corpora (is ../shared beside the project?)"
    exit 0
  fi
  build_release "$name" "$target" || exit 1
  exec "$repo/build/release/bench/${target//_/-}" --shared "$shared" "$@"
}

machine() {
  local cpu_model
  cpu_model=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
  echo "$(nproc) cores, ${cpu_model:-unknown CPU}, $(date '+%Y-%m-%d %H:%M %Z')"
}

mib() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }

per_sec() { awk -v n="$1" -v s="$2" -v d="$3" 'BEGIN { printf "%.*f", d, (s > 0 ? n / s : 0) }'; }
