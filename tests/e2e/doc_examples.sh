#!/usr/bin/env bash
# doc_examples.sh NEWS_QUERY DB CORPUS DOC...: runs the news-query examples of each DOC (the README,
# docs/*.md, the man pages) against DB (indexed from CORPUS, corpus/) and checks each against its
# expectations. Examples are looked for in the shell blocks of Markdown (```sh, ```shell, ```bash,
# ```console; other blocks hold output, JSON, crontabs ...), and between .EX and .EE in a man page
# (roff's \- \(aq \(dq \e \& undone). Two kinds:
#   - `$ COMMAND` (a transcript, as in docs/query-language.md): COMMAND must run news-query and have
#     expectations on the lines right after it;
#   - a bare command line that runs news-query (as in the README: `news-query --db ./news.db
#     'election'  # a comment`); other command lines (news-index, cmake ...) are left alone. It may
#     have expectations; without any, it must exit 0: find at least one article (grep's code).
# A line runs news-query when it starts with it (after VAR=value assignments, which set the
# environment) or pipes into it (`... | news-query ...`). Its `--db PATH` is replaced by
# `--db news.db`, so that an example written for another database (/srv/news/archive) runs on DB.
# Expectations:
#   # expect: [count=N] [ids=a,b,...] [first=a,b,...] [exit=N]
#   # expect-output: EXTENDED-REGEX
# count is the JSON "total"; ids the exact set of articles listed (file names without .txt); first
# the articles the listing starts with, in order; exit the exit code (default 0, or 1 with count=0);
# expect-output a regex the command's own output (stdout + stderr) must match. The command runs as
# written (through bash, in a fresh directory where it may write files), with news-query on PATH,
# and news.db and corpus in the working directory pointing at DB and CORPUS; for count/ids/first it
# runs again, its trailing comment cut, with --format json (and --limit 1000 unless it gives a
# limit).
set -u
query_bin=$1 db=$2 corpus=$3
shift 3
work=$(mktemp -d "${TMPDIR:-/tmp}/doc-examples.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir "$work/bin"
ln -s "$query_bin" "$work/bin/news-query"
ln -s "$db" "$work/news.db"
ln -s "$corpus" "$work/corpus"
unset NEWS_QUERY_NOW NEWS_DB

failures=0 examples=0
fail() {
  echo "FAIL: $where: $command: $*"
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
  if [ -z "$expect" ] && [ ${#outputs[@]} -eq 0 ] && [ "$transcript" = 1 ]; then
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
  local extra=" --format json" bare=$command
  [[ $command =~ (--limit|-n\ ) ]] || extra+=" --limit 1000"
  [[ $command =~ ^(.*[^\ ])\ +#\ .*$ ]] && bare=${BASH_REMATCH[1]}
  local json
  json=$(cd "$work" && PATH="$work/bin:$PATH" bash -c "$bare$extra" 2>/dev/null)
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

# runs_news_query LINE: whether LINE starts with news-query (after VAR=value assignments) or pipes
# into it.
runs_news_query() {
  [[ $1 =~ ^([A-Z_]+=[^\ ]+\ )*news-query(\ |$) || $1 =~ \|\ *news-query(\ |$) ]]
}

# on_database LINE: LINE with its --db PATH made --db news.db.
on_database() {
  sed -E 's/--db +[^ ]+/--db news.db/' <<<"$1"
}

# unroff LINE: a line of a man page's example as the shell sees it.
unroff() {
  sed -e 's/\\-/-/g' -e 's/\\(aq/'"'"'/g' -e 's/\\(dq/"/g' -e 's/\\&//g' -e 's/\\e/\\/g' <<<"$1"
}

command="" expect="" outputs=() transcript=0 where=""
flush() {
  if [ -n "$command" ]; then
    examples=$((examples + 1))
    check_example
  fi
  command="" expect="" outputs=()
}
# examples_of DOC: checks the examples of one document.
examples_of() {
  local doc=$1 in_block=0 shell=0 line_no=0 text fence='^```' shell_fence='^```(sh|shell|bash|console)$'
  local roff=0
  if [[ $doc == *.[1-8] ]]; then
    fence='^\.(EX|EE)$' shell_fence='^\.EX$' roff=1
  fi
  while IFS= read -r text || [ -n "$text" ]; do
    line_no=$((line_no + 1))
    if [[ $text =~ $fence ]]; then
      flush
      in_block=$((1 - in_block)) shell=0
      [[ $in_block = 1 && $text =~ $shell_fence ]] && shell=1
      continue
    fi
    [ "$shell" = 1 ] || continue
    [ "$roff" = 1 ] && text=$(unroff "$text")
    if [[ $text =~ ^#\ expect:\ (.*)$ ]] && [ -n "$command" ]; then
      expect+=" ${BASH_REMATCH[1]}"
    elif [[ $text =~ ^#\ expect-output:\ (.*)$ ]] && [ -n "$command" ]; then
      outputs+=("${BASH_REMATCH[1]}")
    elif [[ $text =~ ^\$\ (.*)$ ]]; then
      local next=${BASH_REMATCH[1]}
      flush
      command=$next transcript=1 where="${doc##*/}:$line_no"
      if ! runs_news_query "$command"; then
        fail "an example that does not run news-query"
        command=""
      fi
    elif runs_news_query "$text"; then
      flush
      command=$(on_database "$text") transcript=0 where="${doc##*/}:$line_no"
    fi
  done <"$doc"
  flush
}

for doc in "$@"; do
  before=$examples
  examples_of "$doc"
  echo "$doc: $((examples - before)) examples"
done

if [ "$examples" -eq 0 ]; then
  echo "FAIL: no examples found in $*"
  exit 1
fi
if [ "$failures" -gt 0 ]; then
  echo "$failures of $examples example check(s) failed"
  exit 1
fi
echo "all $examples examples give the documented results"
