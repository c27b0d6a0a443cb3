# shellcheck shell=bash
# Report helpers shared by the benchmarks; they expect $repo to be set.
#
#   source "$repo/bench/lib/report.sh"
#   quoted WORD...                       the words shell-quoted, ready to copy and paste
#   source_version                       the commit built, marked when the tree differs from it
#   build_release NAME                   builds the release preset
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
source_version() {
  local rev
  rev=$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)
  if [ -n "$(GIT_OPTIONAL_LOCKS=0 git -C "$repo" status --porcelain 2>/dev/null)" ]; then
    rev="$rev + uncommitted changes"
  fi
  echo "$rev"
}

# build_release NAME: builds the release preset (a no-op when up to date), progress on stderr;
# returns 1, saying so as NAME, when the build fails.
build_release() {
  echo "$1: building the release preset (no-op when up to date) ..." >&2
  if ! (cd "$repo" && cmake --preset release >&2 && cmake --build --preset release >&2); then
    echo "$1: the release build failed" >&2
    return 1
  fi
}
