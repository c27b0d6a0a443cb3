# shellcheck shell=bash
# lib.sh: helpers for the e2e scripts that run news-index as cron would (incremental runs, kills,
# concurrent writers). Source it after `set -euo pipefail`; it sets $work (a temporary directory
# removed on exit, with every background process the script registered with `track` killed),
# $archive ($work/archive: where a script has make_archive or daily_archive write the articles it
# indexes) and $failures (the number of failed checks). Every check prints what it compared when
# it fails and lets the script go on, so one run shows every problem; the script ends with
# `finish`.

# The e2e scripts' own directory, where make_archive.sh is.
e2e_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/news-e2e.XXXXXX")
# shellcheck disable=SC2034  # for the scripts
archive=$work/archive
failures=0
tracked_pids=()

cleanup() {
  local pid
  for pid in "${tracked_pids[@]}"; do
    kill -9 "$pid" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT

# track PID: kill PID on exit if it is still running (a failed check must not leave it behind).
track() {
  tracked_pids+=("$1")
}

# fail MESSAGE...: records a failed check.
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

# check_eq WHAT EXPECTED ACTUAL
check_eq() {
  if [ "$2" != "$3" ]; then
    fail "$1: expected '$2', got '$3'"
  else
    echo "ok: $1 = $3"
  fi
}

# skip_unless_installed COMMAND...: exits 77 (ctest's "skipped", SKIP_RETURN_CODE) when a command
# the test needs is missing, saying which; setup.sh installs them all.
skip_unless_installed() {
  local tool
  for tool in "$@"; do
    if ! command -v "$tool" >/dev/null 2>&1; then
      echo "SKIP: $tool is not installed (setup.sh installs it)"
      exit 77
    fi
  done
}

# make_archive DIR N [FIRST]: writes N generated plain-text articles, numbered from FIRST (default
# 0), under DIR (tests/e2e/make_archive.sh: the same number always gives the same bytes).
make_archive() {
  bash "$e2e_dir/make_archive.sh" "$@"
}

# daily_archive GEN_CORPUS DIR SEED: writes 600 articles with bench/gen_corpus.py under DIR, one a
# day from 2023 on, in text, HTML and JSON Lines files, for the tests of shards by year and month.
# Sentences come from ../shared/corpora/bbc when present (the benchmark queries are about its
# topics), else from the generator's own vocabulary.
daily_archive() {
  python3 "$1" --out "$2" --count 600 --per-dir 1 --layout mixed --seed "$3" >/dev/null
}

# finish: the script's exit status from the checks made.
finish() {
  if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed"
    exit 1
  fi
  echo "all checks passed"
  exit 0
}

# now: seconds since the epoch, with nanoseconds.
now() {
  date +%s.%N
}

# elapsed START [END]: seconds from START to END (default: now), to two decimals.
elapsed() {
  awk -v a="$1" -v b="${2:-$(now)}" 'BEGIN { printf "%.2f", b - a }'
}

# json_number JSON KEY: the number KEY has in the one-line JSON object (news-index --summary json).
json_number() {
  sed -n "s/.*\"$2\":\([0-9.e+-]*\).*/\1/p" <<<"$1"
}

# check_summary WHAT JSON KEY=VALUE...: checks counts of a --summary json line.
check_summary() {
  local what=$1 json=$2 pair key value
  shift 2
  if [ -z "$json" ]; then
    fail "$what: no summary printed"
    return
  fi
  for pair in "$@"; do
    key=${pair%%=*}
    value=${pair#*=}
    check_eq "$what: $key" "$value" "$(json_number "$json" "$key")"
  done
  if ! grep -q '"skipped":\[\]' <<<"$json"; then
    fail "$what: files were skipped: $json"
  fi
}

# wait_until TIMEOUT_SECONDS COMMAND...: polls COMMAND every 20 ms until it succeeds; fails (returns
# 1) after TIMEOUT_SECONDS.
wait_until() {
  local deadline
  deadline=$(awk -v t="$1" -v n="$(now)" 'BEGIN { printf "%.3f", n + t }')
  shift
  until "$@"; do
    if awk -v d="$deadline" -v n="$(now)" 'BEGIN { exit !(n > d) }'; then
      return 1
    fi
    sleep 0.02
  done
}

# start_serve NEWS_SERVE DB THREADS: starts news-serve on a free loopback port in the background
# (tracked: stopped at exit), its stderr in $work/serve.log, and waits up to 10 s for the line
# naming its port; sets `port`. Fails the test and finishes when it does not listen.
start_serve() {
  "$1" --db "$2" --listen 127.0.0.1:0 --threads "$3" </dev/null >/dev/null 2>"$work/serve.log" &
  track $!
  port=$(serve_port "$work/serve.log")
  [ -n "$port" ] || { fail "news-serve did not listen: $(cat "$work/serve.log")"; finish; }
}

# serve_port LOG: waits up to 10 s for the line of news-serve's stderr LOG that names its loopback
# port, and prints the port (nothing when it does not come).
serve_port() {
  local found=""
  for _ in $(seq 100); do
    found=$(grep -o -m1 'listening on http://127\.0\.0\.1:[0-9]*' "$1" | grep -o '[0-9]*$') && break
    sleep 0.1
  done
  printf '%s' "$found"
}

# compare_dumps WHAT EXPECTED_DUMP ACTUAL_DUMP: the two dump_db outputs must be equal; if not,
# prints the document counts, the ids of the documents that differ (with their paths when the
# record gives one) and the first differing lines.
compare_dumps() {
  local what=$1 expected=$2 actual=$3
  if cmp -s "$expected" "$actual"; then
    echo "ok: $what: dumps are equal ($(head -1 "$actual"))"
    return
  fi
  fail "$what: the dumps differ (expected: $(head -1 "$expected"); actual: $(head -1 "$actual"))"
  # Key every line by its document so that the differences can be told per document.
  local keyed_expected="$expected.keyed" keyed_actual="$actual.keyed"
  local keyed_program='BEGIN { id = "(header)" } /^document / { id = $2 } { print id "\t" $0 }'
  awk "$keyed_program" "$expected" | LC_ALL=C sort >"$keyed_expected"
  awk "$keyed_program" "$actual" | LC_ALL=C sort >"$keyed_actual"
  LC_ALL=C comm -23 "$keyed_expected" "$keyed_actual" >"$expected.only"
  LC_ALL=C comm -13 "$keyed_expected" "$keyed_actual" >"$actual.only"
  local differing
  differing=$(cut -f1 "$expected.only" "$actual.only" | LC_ALL=C sort -u)
  echo "  documents that differ: $(grep -c . <<<"$differing")"
  local id path
  while read -r id; do
    path=$(awk -v id="$id" '$1 == "document" { mine = $2 == id }
      mine && $1 == "data" && $2 == "path" { print $3; exit }' "$actual" "$expected")
    echo "    $id ${path:-(no path)}: $(grep -c -F "$id	" "$expected.only") line(s) only in" \
      "expected, $(grep -c -F "$id	" "$actual.only") only in actual"
  done < <(head -20 <<<"$differing")
  echo "  first differing lines (diff expected actual, long lines cut at 300 bytes):"
  diff "$expected" "$actual" | head -40 | cut -c1-300 | sed 's/^/    /' || true
}

# doc_count DB: the number of documents DB has committed, or 0 if there is no database (yet).
# Needs $dump_db (tests/tools/dump_db).
doc_count() {
  local line
  line=$("$dump_db" --count "$1" 2>/dev/null) || line="documents 0"
  echo "${line#documents }"
}

# comparable_json THIS OTHER: news-query's JSON result in THIS (one results object, or the array
# of them --batch prints) as one canonical line, to compare with OTHER's (made the same way, the
# arguments swapped) when both come from the same articles split differently (shards, remote
# shards). Scores are rounded to 12 significant digits: a stub sums the shards' statistics in
# another order than one database, which can move a score's last bit but not the order of the
# results, since every score is computed with the same statistics; results whose scores are equal
# to those 12 digits are a tie whose order may follow those last bits rather than the article
# order, so within a run of them the results are compared in id order (the generated archive has
# articles of the same words whose scores are equal). `total` and `total_exact` are left out
# unless both counted exactly: Xapian estimates per shard.
comparable_json() {
  python3 - "$1" "$2" <<'PY'
import json, sys
def rounded(value):
    if isinstance(value, dict):
        return {k: (float("%.12g" % v) if k == "score" else rounded(v)) for k, v in value.items()}
    if isinstance(value, list):
        return [rounded(v) for v in value]
    return value
def untied(results):
    # Within a run of equal rounded scores, id order; ranks follow the positions.
    out, run = [], []
    for result in results + [None]:
        if run and (result is None or rounded(result).get("score") != rounded(run[0]).get("score")):
            out.extend(sorted(run, key=lambda r: r.get("id", "")))
            run = []
        if result is not None:
            run.append(result)
    ranks = [result.get("rank") for result in results]
    for result, rank in zip(out, ranks):
        if rank is not None:
            result["rank"] = rank
    return out
def canonical(this, other):
    if isinstance(this, list) and isinstance(other, list) and len(this) == len(other):
        return [canonical(a, b) for a, b in zip(this, other)]
    if isinstance(this, dict) and isinstance(other, dict):
        this = dict(this)
        if not (this.get("total_exact") and other.get("total_exact")):
            this.pop("total", None)
            this.pop("total_exact", None)
        results = this.get("results")
        if isinstance(results, list) and all(isinstance(r, dict) and "score" in r for r in results):
            this["results"] = untied([dict(r) for r in results])
    return rounded(this)
this = json.load(open(sys.argv[1]))
other = json.load(open(sys.argv[2]))
json.dump(canonical(this, other), sys.stdout, sort_keys=True, ensure_ascii=False)
PY
}

# capture COMMAND...: runs COMMAND and sets $code (its exit status), $out (its stdout) and $err
# (its stderr); a failing COMMAND does not stop the script.
capture() {
  code=0
  "$@" >"$work/.captured-out" 2>"$work/.captured-err" || code=$?
  out=$(cat "$work/.captured-out")
  err=$(cat "$work/.captured-err")
}

# check_grep WHAT PATTERN TEXT: TEXT must match the extended regex PATTERN.
check_grep() {
  if grep -qE -- "$2" <<<"$3"; then
    echo "ok: $1"
  else
    fail "$1: no match for /$2/ in: $3"
  fi
}

# check_no_grep WHAT PATTERN TEXT: TEXT must not match the extended regex PATTERN.
check_no_grep() {
  if grep -qE -- "$2" <<<"$3"; then
    fail "$1: /$2/ matches: $(grep -E -- "$2" <<<"$3" | head -3)"
  else
    echo "ok: $1"
  fi
}

# unprivileged: sets the array $as_user to the prefix that runs a command as an ordinary user, for
# the tests of what permissions deny (root reads and writes whatever the modes say): setpriv to
# nobody (65534) when run as root, nothing otherwise; makes $work open to that user. Exits 77
# (skipped), saying why, when root has no setpriv.
unprivileged() {
  as_user=()
  if [ "$(id -u)" -eq 0 ]; then
    if ! command -v setpriv >/dev/null 2>&1; then
      echo "SKIP: running as root without setpriv (util-linux), so permissions cannot be tested"
      exit 77
    fi
    as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
    chmod 777 "$work"
  fi
}

# article PATH WORD: writes a small plain-text article about WORD, headlined "WORD report", at PATH
# (creating its directory); articles about different words have different bytes.
article() {
  mkdir -p "$(dirname "$1")"
  printf '%s report\n\nThe council discussed %s on Tuesday, and the vote comes next week.\n' \
    "$2" "$2" >"$1"
}

# matches DB [QUERY]: the number of articles of DB that QUERY (default: every article) matches,
# counted by news-query ($query).
matches() {
  "$query" --db "$1" --count "${2:-}" || true
}

# help_options TOOL: the options TOOL --help lists (-h, --help, --db, ...), one a line, sorted.
help_options() {
  "$1" --help | sed -n 's/^ *\(-[^ ]*\).*/\1/p' | tr ',' '\n' | sed -n '/^-/p' | LC_ALL=C sort -u
}
