#!/usr/bin/env bash
# serve_http.sh NEWS_QUERY DB STATE_DIR QUERIES: the running news-serve (serve_start.sh) over HTTP
# with curl (issue 18):
#   - /api/search answers exactly as news-query --format json, for every query of QUERIES
#     (bench/queries.txt: the query benchmark's 50) and a few option sets;
#   - the pages answer 200 with the security headers, HEAD too;
#   - bad requests get a clear 4xx (unknown routes and parameters, other methods, a query of 1 MB,
#     invalid UTF-8, path tricks, an article id that is a path), and the server keeps serving.
set -euo pipefail
query=$1 db=$2 state=$3 queries=$4
port=$(cat "$state/port")
base="http://127.0.0.1:$port"
failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}
# curl's --data-urlencode with -G builds the query string as a browser's form would.
api() { curl -sS -G "$base/api/search" "$@"; }

# 1. The same answers as news-query.
compared=0
while IFS= read -r q || [ -n "$q" ]; do
  [[ -z "$q" || "$q" == \#* ]] && continue
  for options in "" "limit=3&facet=speaker&facet=year" "sort=newest&histogram=month"; do
    args=(--format json)
    curl_args=(--data-urlencode "q=$q")
    if [ -n "$options" ]; then
      IFS='&' read -r -a pairs <<<"$options"
      for pair in "${pairs[@]}"; do
        args+=("--${pair%%=*}" "${pair#*=}")
        curl_args+=(--data-urlencode "$pair")
      done
    fi
    expected=$("$query" --db "$db" "${args[@]}" -- "$q" 2>&1 || true)
    got=$(api "${curl_args[@]}")
    if [ "$expected" != "$got" ]; then
      fail "/api/search differs from news-query for '$q' ($options)"
      diff <(echo "$expected") <(echo "$got") | head -n 10 >&2 || true
    fi
    compared=$((compared + 1))
  done
done <"$queries"
echo "compared $compared answers of /api/search with news-query --format json"

# 2. Pages and headers.
status() { curl -sS -o /dev/null -w '%{http_code}' "$@"; }
for path in "/" "/?q=election" "/help" "/assets/style.css" "/api/search?q=election" \
  "/api/people?q=election" "/api/histogram?q=election"; do
  [ "$(status "$base$path")" = 200 ] || fail "GET $path is not 200"
  [ "$(status -I "$base$path")" = 200 ] || fail "HEAD $path is not 200"
done
headers=$(curl -sS -D - -o /dev/null "$base/?q=election")
for header in "Content-Security-Policy: default-src 'none'" "X-Content-Type-Options: nosniff" \
  "Referrer-Policy: no-referrer"; do
  grep -qiF "$header" <<<"$headers" || fail "the page lacks the header $header"
done
grep -qi "script-src" <<<"$headers" && fail "the policy allows a script"
id=$("$query" --db "$db" --format json --limit 1 election | grep -o -m1 '"id": "[0-9a-f]*"' | grep -o '[0-9a-f]\{16\}')
[ "$(status "$base/article/$id")" = 200 ] || fail "the article page of $id is not 200"
[ "$(status "$base/api/article/$id")" = 200 ] || fail "/api/article/$id is not 200"

# 3. Bad requests: a clear 4xx, and the server goes on.
expect() {
  local want=$1
  shift
  local got
  got=$(status "$@")
  [ "$got" = "$want" ] || fail "$* answered $got, not $want"
}
expect 404 "$base/no/such/page"
expect 404 "$base/api/nothing"
expect 400 "$base/api/search?q=election&colour=red"
expect 400 "$base/api/search?q=election&db=/etc"
expect 400 "$base/api/search?q=election&batch=/etc/passwd"
expect 400 "$base/api/search?q=%FF%FE"
expect 400 "$base/api/search?q=storms%20AND"
expect 400 "$base/api/search?q=election&limit=100000"
expect 404 "$base/api/article/0000000000000000"
expect 400 "$base/api/article/..%2F..%2Fetc%2Fpasswd"
expect 404 --path-as-is "$base/assets/../../etc/passwd"
expect 404 --path-as-is "$base/../../../../etc/passwd"
expect 405 -X POST -d q=election "$base/api/search"
expect 405 -X PUT -d q=election "$base/"
expect 405 -X DELETE "$base/"
# A 1 MB query string: too long for curl's command line, so written by bash's own printf.
long=$(head -c 1048576 /dev/zero | tr '\0' a)
trap "" PIPE  # the server may close before the whole line is sent
exec 3<>"/dev/tcp/127.0.0.1/$port"
printf 'GET /?q=%s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' "$long" >&3 || true
answer=$(head -n 1 <&3 | tr -d '\r')
exec 3<&-
[[ "$answer" == "HTTP/1.1 414 "* ]] || fail "a 1 MB query string answered '$answer', not 414"
expect 200 "$base/?q=election"  # still serving
grep -q '^GET /api/search 200 [0-9.]* ms$' "$state/log" || fail "no request line in the log"
if [ $failures -gt 0 ]; then
  echo "$failures checks failed" >&2
  exit 1
fi
echo "news-serve answered every check"
