# shellcheck shell=bash
# Argument checks shared by the benchmark scripts.
#
#   source "$repo/bench/lib/args.sh"
#   no_arguments USAGE_FUNCTION "$@"         -h/--help: usage, exit 0; any other argument: exit 2
#   require_positive SCRIPT NAME=VALUE...    exit 2, saying which, unless each VALUE is 1, 2, ...
#   require_tool SCRIPT COMMAND PACKAGE      exit 2, naming the Debian package, without COMMAND

no_arguments() {
  local usage=$1
  shift
  case "${1:-}" in
    -h | --help) "$usage"; exit 0 ;;
  esac
  if [ $# -gt 0 ]; then "$usage" >&2; exit 2; fi
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
