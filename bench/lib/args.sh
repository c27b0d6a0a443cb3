# shellcheck shell=bash
# Argument checks shared by the benchmark scripts.
#
#   source "$repo/bench/lib/args.sh"
#   no_arguments USAGE "$@"                  -h/--help: USAGE, exit 0; any other argument: exit 2
#   positive_settings SCRIPT NAME=VALUE... -- "$@"
#       for a script that takes no arguments, only positive whole numbers in BENCH_* variables
#   require_positive SCRIPT NAME=VALUE...    exit 2, saying which, unless each VALUE is 1, 2, ...
#   require_tool SCRIPT COMMAND PACKAGE      exit 2, naming the Debian package, without COMMAND

no_arguments() {
  local usage=$1
  shift
  case "${1:-}" in
    -h | --help) echo "$usage"; exit 0 ;;
  esac
  if [ $# -gt 0 ]; then echo "$usage" >&2; exit 2; fi
}

# positive_settings SCRIPT NAME=VALUE... -- "$@": for a script that takes no arguments, only
# positive whole numbers in environment variables: with -h or --help prints its usage,
# "usage: [NAME=N]... $0", and exits 0; with any other argument prints it on stderr and exits 2
# (no_arguments); then exits 2 unless each VALUE is a positive whole number (require_positive).
positive_settings() {
  local script=$1 usage=usage: pairs=()
  shift
  while [ "$1" != -- ]; do
    pairs+=("$1")
    usage+=" [${1%%=*}=N]"
    shift
  done
  shift
  no_arguments "$usage $0" "$@"
  require_positive "$script" "${pairs[@]}"
}

require_positive() {
  local script=$1 pair
  shift
  for pair in "$@"; do
    if ! [[ ${pair#*=} =~ ^[1-9][0-9]*$ ]]; then
      echo "$script: ${pair%%=*} must be a positive integer, not '${pair#*=}'" >&2
      exit 2
    fi
  done
}

require_tool() {
  if ! command -v "$2" >/dev/null 2>&1; then
    echo "$1: '$2' not found; install the package '$3' (apt-get install $3)" >&2
    exit 2
  fi
}
