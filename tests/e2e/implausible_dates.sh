#!/usr/bin/env bash
# implausible_dates.sh NEWS_INDEX NEWS_QUERY: articles dated 9999 and 1600 (a plain-text file and a
# JSON Lines record) are indexed without their date, each noted in the run's summary (text and
# JSON) and in news-index --explain; plausible old and recent dates are kept; and --histogram day
# over the dated matches (1850 to 2020: 62,000 days) is refused with a clear message (exit 2)
# while --histogram month prints. Before the fix the dates were used, and --histogram day over
# 1600..9999 printed 304 MB.
set -euo pipefail
index=$1
query=$2
source "$(dirname "$0")/lib.sh"

mkdir -p "$archive"
article() {  # article FILE HEADLINE DATELINE
  printf '%s\n\nBy Ada Reporter\n\nPublished: %s\n\nThe harbour board met on Monday to discuss the new quay.\n' \
    "$2" "$3" >"$archive/$1"
}
article future.txt "Harbour board looks far ahead" "1 January 9999"
article past.txt "Harbour board looks far back" "1 January 1600"
article old.txt "Harbour board founded" "1 June 1850"
article recent.txt "Harbour board meets" "1 March 2020"
printf '{"title": "Harbour record from the future", "text": "The harbour board met.", "published": "9999-12-31"}\n' \
  >"$archive/records.jsonl"

output=$("$index" --db "$work/db" "$archive" 2>&1) && code=0 || code=$?
echo "$output"
check_eq "exit code of the run (a date not used skips no file)" 0 "$code"
for file in future.txt past.txt records.jsonl:1; do
  if ! grep -Eq "^date not used \(outside 1800-01-01 to [0-9]{4}-[0-9]{2}-[0-9]{2}\): published [0-9-]+ in .*/$file$" <<<"$output"; then
    fail "the text summary does not note the date of $file"
  fi
done
grep -q "3 dates not used" <<<"$output" || fail "the summary line does not count the 3 dates not used"
grep -q "old.txt\|recent.txt" <<<"$(grep '^date not used' <<<"$output")" && fail "a plausible date was noted"

json=$("$index" --db "$work/db2" --summary json "$archive")
check_eq "dates_not_used in the JSON summary" "future.txt past.txt records.jsonl:1" \
  "$(python3 -c 'import json, sys, os
print(" ".join(sorted(os.path.basename(n["path"]) for n in json.load(sys.stdin)["dates_not_used"])))' <<<"$json")"

explained=$("$index" --explain "$archive/future.txt")
grep -q '"published": null' <<<"$explained" || fail "--explain still gives the 9999 date"
grep -Eq 'date not used \(outside 1800-01-01 to [0-9-]+\): published 9999-01-01"' <<<"$explained" ||
  fail "--explain has no warning about the 9999 date"

check_eq "articles dated from 1850 to 2020" 2 "$("$query" --db "$work/db" --count 'date:1850..2020')"
check_eq "undated articles in the histogram" 3 \
  "$("$query" --db "$work/db" --format json --histogram month --limit 0 '' |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["histogram"]["undated"])')"

# Output and exit code apart: before the fix this printed 62,001 lines.
"$query" --db "$work/db" --histogram day '' >/dev/null 2>&1 && code=0 || code=$?
check_eq "exit code of --histogram day over 62,001 days" 2 "$code"
histogram=$("$query" --db "$work/db" --histogram day '' 2>&1 | head -c 2000 || true)
grep -q "news-query: --histogram day would print 62001 days, from 1850-06-01 to 2020-03-01; the limit is 50000 periods: use --histogram week or month, or narrow the query (--since, --until, date:)" <<<"$histogram" ||
  fail "--histogram day: no clear message: $histogram"
check_eq "exit code of --histogram week over the same matches" 0 \
  "$("$query" --db "$work/db" --histogram week '' >/dev/null 2>&1 && echo 0 || echo $?)"

finish
