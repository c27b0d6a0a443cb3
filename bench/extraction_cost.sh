#!/usr/bin/env bash
# What finding the people quoted costs news-index, counted in CPU instructions rather than seconds:
# valgrind's callgrind counts the same total for the same binary and input whatever else the
# machine is doing, where wall and CPU times on a shared 2-core machine vary by 15% or more.
#
#   bench/extraction_cost.sh [CORPUS_DIR]      # default: <repo>/../shared/corpora/bbc
#
# Needs valgrind (Debian package valgrind). Builds the release preset first. Takes a few minutes.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
corpus=${1:-$repo/../shared/corpora/bbc}
[ -d "$corpus" ] || { echo "extraction_cost.sh: no corpus at $corpus" >&2; exit 2; }
command -v valgrind >/dev/null || { echo "extraction_cost.sh: install valgrind" >&2; exit 2; }
(cd "$repo" && cmake --preset release >/dev/null && cmake --build --preset release >/dev/null)
news_index=$repo/build/release/indexer/news-index
work=$(mktemp -d "${TMPDIR:-/tmp}/extraction_cost.XXXXXX")
trap 'rm -rf "$work"' EXIT

# instructions ARGS...: instructions executed by one full index of the corpus into a new database.
instructions() {
  rm -rf "$work/db"
  valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" "$news_index" -q "$@" \
    --db "$work/db" "$corpus" 2>&1 | awk '/I[ ]+refs:/ { gsub(",", "", $NF); print $NF }'
}
with=$(instructions)
without=$(instructions --no-quotes)
echo "corpus: $corpus"
echo "instructions, full index with quote extraction:    $with"
echo "instructions, full index with --no-quotes:         $without"
awk -v w="$with" -v n="$without" 'BEGIN { printf "quote extraction adds %.1f%% instructions\n", 100 * (w - n) / n }'
