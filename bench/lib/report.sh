# shellcheck shell=bash
# Report helpers shared by the side-by-side benchmarks (index_bbc.sh, nochange_20k.sh).
#
#   source "$repo/bench/lib/report.sh"
#   quoted WORD...                       the words shell-quoted, ready to copy and paste
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
