#!/usr/bin/env bash
# serve_compact.sh NEWS_INDEX NEWS_SERVE CORPUS: news-serve goes on answering, with the new
# contents, after news-index updates its database and after a --compact swaps in another
# directory (docs/serve.md). One worker thread, so that the worker that answers after the swap is
# certainly one that had the old directory open: it answers a few requests, one article's file
# goes, news-index --compact re-indexes and compacts, and each of a few requests again must
# answer 200, within 5 s, with one article fewer. Before the handler followed the swap, such a
# worker answered 503 after 30 s of retries, on every request.
set -uo pipefail
source "$(dirname "$0")/lib.sh"
index=$1 serve=$2 corpus=$3
skip_unless_installed curl

mkdir -p "$archive"
cp "$corpus"/*.txt "$archive/"
"$index" -q --db "$work/news.db" "$archive" || fail "news-index did not index the corpus"
start_serve "$serve" "$work/news.db" 1

# count_all N: N answers of /api/search?count (each status and body on one line), sorted, counted.
count_all() {
  for _ in $(seq "$1"); do
    curl -sS -m 5 -o "$work/body" -w '%{http_code} ' "http://127.0.0.1:$port/api/search?count" ||
      echo -n "timeout "
    cat "$work/body" 2>/dev/null || echo
  done | sort | uniq -c | sed 's/^ *//'
}
before=$(ls "$archive"/*.txt | wc -l)
check_eq "answers before the update" "3 200 $before" "$(count_all 3)"
rm "$(ls "$archive"/*.txt | head -n 1)"
"$index" -q --compact --db "$work/news.db" "$archive" || fail "news-index --compact failed"
check_eq "answers after news-index --compact" "3 200 $((before - 1))" "$(count_all 3)"
finish
