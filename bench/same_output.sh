#!/usr/bin/env bash
# Whether two builds of news-index write the same databases: the check for a change meant to leave
# behaviour as it is (a restructuring, a speed-up). Each build indexes every corpus of ../shared
# (BBC, PolNeAR, the HTML sets, the JSON sets), corpus/ with the reference article, and the BBC
# set again with parallel writers; each database is dumped with tests/tools/dump_db (every term
# with its positions, every value, the stored record, the metadata), and --explain is run on every
# corpus/ article and JSON file. Then the two sides are compared byte for byte.
#
#   bench/same_output.sh OLD_BUILD NEW_BUILD
#
# OLD_BUILD and NEW_BUILD are build directories (of any preset) holding indexer/news-index, e.g.
#   git worktree add /tmp/before COMMIT && (cd /tmp/before && cmake --preset release &&
#     cmake --build --preset release)
#   bench/same_output.sh /tmp/before/build/release build/release
# dump_db is built from this tree (dev preset); its format is the same for both sides.
#
# Prints the files that differ (diff -r of the two outputs, kept in a temporary directory named
# on stderr) and exits 0 when nothing differs, 1 when something does, 2 for a usage error or a
# missing ../shared.
set -euo pipefail

# shellcheck source=lib/all.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/all.sh"

usage="usage: $0 OLD_BUILD NEW_BUILD   (build directories holding indexer/news-index)"
case "${1:-}" in
  -h | --help) echo "$usage"; exit 0 ;;
esac
if [ $# -ne 2 ]; then echo "$usage" >&2; exit 2; fi
for build in "$1" "$2"; do
  if [ ! -x "$build/indexer/news-index" ]; then
    echo "same_output.sh: no indexer/news-index in $build" >&2
    exit 2
  fi
done
shared=$repo/../shared
if [ ! -d "$shared/corpora" ]; then
  echo "same_output.sh: $shared/corpora not found (../shared beside the clone)" >&2
  exit 2
fi
shared=$(cd "$shared" && pwd)

echo "same_output.sh: building dump_db (dev preset)" >&2
cmake --preset dev >/dev/null
cmake --build --preset dev --target dump_db >/dev/null
dump_db=$repo/build/dev/tests/tools/dump_db

work=$(mktemp -d "${TMPDIR:-/tmp}/same_output.XXXXXX")
echo "same_output.sh: outputs in $work" >&2

# outputs BUILD OUT: what one build makes of the inputs, one file per database or article.
outputs() {
  local index=$1/indexer/news-index out=$2 set file
  mkdir -p "$out"
  for set in bbc polnear html-article-body html-fundus html-postlight html-trafilatura \
             json-newspaper4k json-newsplease; do
    # One writer: docids and the order value do not depend on how parts were merged.
    "$index" --db "$out/$set.db" --writers 1 -q "$shared/corpora/$set" >"$out/$set.summary" 2>&1 || true
    "$dump_db" "$out/$set.db" >"$out/$set.dump"
  done
  "$index" --db "$out/corpus.db" --writers 1 -q "$repo/corpus" "$shared/seed" >"$out/corpus.summary" 2>&1 || true
  "$dump_db" "$out/corpus.db" >"$out/corpus.dump"
  "$index" --db "$out/parallel.db" --writers 2 -q "$shared/corpora/bbc" >"$out/parallel.summary" 2>&1 || true
  "$dump_db" --without-order "$out/parallel.db" >"$out/parallel.dump"
  rm -rf "$out"/*.db
  for file in "$repo"/corpus/*.txt "$shared"/seed/*.txt "$shared"/corpora/json-*/*.json*; do
    "$index" --explain "$file" >"$out/explain-$(basename "$file").json" 2>&1 || true
  done
  # The run time is the one figure of a summary that differs between identical runs.
  sed -i 's/ in [0-9.]*s/ in Xs/' "$out"/*.summary
}

outputs "$1" "$work/old"
outputs "$2" "$work/new"
if diff -r "$work/old" "$work/new"; then
  echo "same output: $(find "$work/old" -type f | wc -l) files identical"
  rm -rf "$work"
  exit 0
fi
exit 1
