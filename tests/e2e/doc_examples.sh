#!/usr/bin/env bash
# doc_examples.sh NEWS_QUERY DB CORPUS DOC: runs every example of DOC (docs/query-language.md) against
# DB (indexed from CORPUS, corpus/) and checks it against the expectations written under it. An example is a
# line `$ news-query ...` inside a fenced block (an optional `VAR=value` before news-query sets the
# environment); the lines right after it are its expectations:
#   # expect: [count=N] [ids=a,b,...] [first=a,b,...] [exit=N]
#   # expect-output: EXTENDED-REGEX
# count is the JSON "total"; ids the exact set of articles listed (file names without .txt); first
# the articles the listing starts with, in order; exit the exit code (default 0, or 1 with count=0);
# expect-output a regex the command's own output (stdout + stderr) must match. An example without
# any expectation fails. The command runs as written, with news-query on PATH, and news.db and
# corpus in the working directory pointing at DB and CORPUS; for count/ids/first it runs again with --format json (and
# --limit 1000 unless it gives a limit).
set -u
query_bin=$1 db=$2 corpus=$3 doc=$4
work=$(mktemp -d "${TMPDIR:-/tmp}/doc-examples.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir "$work/bin"
ln -s "$query_bin" "$work/bin/news-query"
ln -s "$db" "$work/news.db"
ln -s "$corpus" "$work/corpus"
unset NEWS_QUERY_NOW NEWS_DB

failures=0 examples=0
fail() {
  echo "FAIL: $command: $*"
  failures=$((failures + 1))
}

# The article names (file names without .txt) in JSON output, in order.
paths_of() { grep -o '"path": "[^"]*"' <<<"$1" | sed 's/.*\/\([^/]*\)\.txt"$/\1/'; }
sorted_list() { tr ',' '\n' <<<"$1" | sed '/^$/d' | LC_ALL=C sort; }

check_example() {
  local count="" ids="" first="" exit_code="" token
  for token in $expect; do
    case $token in
      count=*) count=${token#count=} ;;
      ids=*) ids=${token#ids=} ;;
      first=*) first=${token#first=} ;;
      exit=*) exit_code=${token#exit=} ;;
      *) fail "unknown expectation '$token'"; return ;;
    esac
  done
  if [ -z "$expect" ] && [ ${#outputs[@]} -eq 0 ]; then
    fail "no expectation (add a '# expect:' line)"
    return
  fi
  if [ -z "$exit_code" ]; then
    exit_code=0
    [ "$count" = 0 ] && exit_code=1
  fi
  local output code
  output=$(cd "$work" && PATH="$work/bin:$PATH" bash -c "$command" 2>&1)
  code=$?
  [ "$code" = "$exit_code" ] || fail "exit code $code, expected $exit_code; output: $(head -c 400 <<<"$output")"
  local regex
  for regex in "${outputs[@]}"; do
    grep -Eq -- "$regex" <<<"$output" || fail "output does not match /$regex/: $(head -c 400 <<<"$output")"
  done
  [ -z "$count$ids$first" ] && return
  local extra=" --format json"
  [[ $command =~ (--limit|-n\ ) ]] || extra+=" --limit 1000"
  local json
  json=$(cd "$work" && PATH="$work/bin:$PATH" bash -c "$command$extra" 2>/dev/null)
  if [ -n "$count" ]; then
    local total
    total=$(grep -m1 -o '"total": [0-9]*' <<<"$json" | grep -o '[0-9]*$')
    [ "$total" = "$count" ] || fail "count ${total:-none}, expected $count"
  fi
  local listed
  listed=$(paths_of "$json")
  if [ -n "$ids" ]; then
    local got want
    got=$(LC_ALL=C sort <<<"$listed" | paste -sd,)
    want=$(sorted_list "$ids" | paste -sd,)
    [ "$got" = "$want" ] || fail "articles [$got], expected [$want]"
  fi
  if [ -n "$first" ]; then
    local n got
    n=$(sorted_list "$first" | wc -l)
    got=$(head -n "$n" <<<"$listed" | paste -sd,)
    [ "$got" = "$first" ] || fail "first articles [$got], expected [$first]"
  fi
}

in_block=0 line_no=0 command="" expect="" outputs=()
flush() {
  if [ -n "$command" ]; then
    examples=$((examples + 1))
    check_example
  fi
  command="" expect="" outputs=()
}
while IFS= read -r text || [ -n "$text" ]; do
  line_no=$((line_no + 1))
  if [[ $text =~ ^\`\`\` ]]; then
    flush
    in_block=$((1 - in_block))
    continue
  fi
  [ "$in_block" = 1 ] || continue
  if [[ $text =~ ^\$\ (([A-Z_]+=[^ ]+ )*news-query( .*)?)$ ]]; then
    next_command=${BASH_REMATCH[1]}
    flush
    command=$next_command
  elif [[ $text =~ ^#\ expect:\ (.*)$ ]] && [ -n "$command" ]; then
    expect+=" ${BASH_REMATCH[1]}"
  elif [[ $text =~ ^#\ expect-output:\ (.*)$ ]] && [ -n "$command" ]; then
    outputs+=("${BASH_REMATCH[1]}")
  elif [[ $text =~ ^\$\  ]]; then
    flush
    command=${text#\$ }
    fail "an example that does not run news-query"
    command=""
  fi
done <"$doc"
flush

if [ "$examples" -eq 0 ]; then
  echo "FAIL: no examples found in $doc"
  exit 1
fi
if [ "$failures" -gt 0 ]; then
  echo "$failures of $examples example check(s) failed"
  exit 1
fi
echo "all $examples examples of $doc give the documented results"
