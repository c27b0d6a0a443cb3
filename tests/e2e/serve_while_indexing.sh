#!/usr/bin/env bash
# serve_while_indexing.sh NEWS_INDEX NEWS_SERVE: news-serve answers every request while news-index
# updates its database (docs/serve.md). An archive of 3000 generated articles (make_archive.sh),
# one section of it indexed first; then, while news-index adds the rest committing every 10
# articles, /api/search with a page of results is asked again and again: every answer must be 200.
# Before the API ran a command again after the indexer committed between two of its hits (the
# search library cannot, once one is printed), about one answer in a hundred was a 503.
set -uo pipefail
source "$(dirname "$0")/lib.sh"
index=$1 serve=$2
skip_unless_installed curl

make_archive "$archive" 3000
first=$(ls -d "$archive"/*/ | head -n 1)
"$index" -q --db "$work/news.db" "$first" || fail "news-index did not index $first"
start_serve "$serve" "$work/news.db" 4

"$index" -q --batch-size 10 --db "$work/news.db" "$archive" &
indexer=$!
track $indexer
: >"$work/codes"
while kill -0 "$indexer" 2>/dev/null; do
  curl -sS -m 40 -o "$work/body" -w '%{http_code}\n' \
    "http://127.0.0.1:$port/api/search?q=council&limit=20" >>"$work/codes" || echo timeout >>"$work/codes"
  [ "$(tail -n 1 "$work/codes")" = 200 ] || head -c 300 "$work/body" >>"$work/errors"
done
wait "$indexer"
check_eq "exit code of news-index" 0 $?
requests=$(wc -l <"$work/codes")
echo "$requests requests while news-index ran"
[ "$requests" -ge 20 ] || fail "only $requests requests while news-index ran: too few to tell"
check_eq "answers other than 200" "" "$(grep -vx 200 "$work/codes" | sort | uniq -c)"
[ -s "$work/errors" ] && echo "the errors: $(cat "$work/errors")"
check_eq "articles found after the run" 3000 \
  "$(curl -sS "http://127.0.0.1:$port/api/search?count" | tr -d '\n')"
finish
