#!/usr/bin/env bash
# One JSON Lines file of 100,000 article records, as a scraper writes them: indexed in one run with
# bounded memory, and re-run to show that nothing is updated.
#
#   bench/jsonl_100k.sh                          100,000 records
#   BENCH_RECORDS=5000 bench/jsonl_100k.sh       a smaller, quicker run
#
# What it does:
#   1. builds the release preset (a no-op when up to date);
#   2. writes, in a temporary directory removed at exit, one file of BENCH_RECORDS records in our
#      own input schema (docs/input-formats.md): title, text, published, url. The text is the BBC
#      set's articles (../shared/corpora/bbc) when present, else the team's corpus/*.txt, in turn;
#      each record gets a numbered last paragraph and its own url, so no two are the same;
#   3. indexes the file with news-index (people quoted included) under /usr/bin/time, and prints
#      wall time, records per second, peak RSS and the database size; checks with xapian-delve
#      that the database holds BENCH_RECORDS documents;
#   4. runs news-index again on the unchanged file and checks its JSON summary: 0 added,
#      0 updated, BENCH_RECORDS unchanged.
# The target it checks: peak RSS under 1 GiB whatever the file's size (the file itself is several
# hundred MB: the indexer streams it in chunks of lines).
#
# Environment: BENCH_RECORDS (default 100000).
# Exit codes: 0 done and within the targets; 1 a tool or the build failed, or a check failed;
# 2 usage error or a missing tool; 3 done, but peak RSS is 1 GiB or more.
set -euo pipefail

# The repository ($repo) and the helpers, found from the script's own location so that the script
# works from any cwd.
# shellcheck source=lib/all.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/all.sh"

records=${BENCH_RECORDS:-100000}
positive_settings jsonl_100k.sh "BENCH_RECORDS=$records" -- "$@"
max_rss_kb=$((1024 * 1024))

require_tool jsonl_100k.sh cmake cmake
find_delve jsonl_100k.sh
require_tool jsonl_100k.sh python3 python3
require_tool jsonl_100k.sh /usr/bin/time time

article_source

git_rev=$(source_version)
build_release jsonl_100k.sh || exit 1
news_index=$repo/build/release/indexer/news-index

work=$(mktemp -d "${TMPDIR:-/tmp}/jsonl_100k.XXXXXX")
trap 'rm -rf "$work"' EXIT
file=$work/articles.jsonl
db=$work/news.db

echo "jsonl_100k.sh: writing $records records ..." >&2
python3 - "$source_dir" "$records" "$file" <<'EOF'
import json, os, sys
source, count, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
paths = sorted(os.path.join(d, f) for d, _, fs in os.walk(source) for f in fs
               if f.endswith(".txt") and not f.lower().startswith("readme") and not f.startswith("."))
texts = []
for path in paths:
    with open(path, "rb") as handle:
        lines = handle.read().decode("utf-8", "replace").split("\n")
    texts.append((lines[0].strip(), "\n".join(lines[1:]).strip()))
with open(out, "w", encoding="utf-8") as handle:
    for i in range(count):
        title, body = texts[i % len(texts)]
        day = 1 + i % 28
        record = {"title": title, "text": body + f"\n\nRecord {i}.",
                  "published": f"2024-{1 + i // 28 % 12:02d}-{day:02d}T12:00:00+01:00",
                  "url": f"https://news.example/{i}"}
        handle.write(json.dumps(record, ensure_ascii=False) + "\n")
EOF
file_mib=$(du -m "$file" | cut -f1)

# The times from GNU time, in its steps of 0.01 s; each run's stdout (the JSON summary) in
# $work/TAG.out, stderr in $work/TAG.err.
timing_setup jsonl_100k.sh "$work" time split
index_cmd=("$news_index" -q --summary json --db "$db" "$file")
summary_field() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$1" "$2"; }

echo "jsonl_100k.sh: indexing ..." >&2
run_timed first "${index_cmd[@]}"
read -r first_s first_kb _ <"$work/first.times"
run_timed second "${index_cmd[@]}"
read -r second_s second_kb _ <"$work/second.times"
docs=$(doc_count "$db")
db_mib=$(du -sm "$db" | cut -f1)

status=0
check_doc_counts "$records" records "news-index:$docs:$docs" || status=1
for field in added:0 updated:0 unchanged:$records; do
  value=$(summary_field "$work/second.out" "${field%%:*}")
  if [ "$value" != "${field##*:}" ]; then
    echo "WARNING: the re-run reported ${field%%:*} $value, expected ${field##*:}" >&2
    status=1
  fi
done

rate=$(awk -v n="$records" -v s="$first_s" 'BEGIN { printf "%.0f", n / s }')
echo "file: $records records, $file_mib MiB of JSON Lines (text from $source_dir)"
echo "machine: $(machine)"
echo "version: news-index at $git_rev (release preset)"
echo
printf '%-22s %10s %12s %12s\n' run "wall s" "records/s" "peak RSS MiB"
printf '%-22s %10s %12s %12s\n' "index (one run)" "$first_s" "$rate" "$((first_kb / 1024))"
printf '%-22s %10s %12s %12s\n' "re-run, no change" "$second_s" "-" "$((second_kb / 1024))"
echo "database: $docs documents, $db_mib MiB; re-run: $(summary_field "$work/second.out" added) added," \
  "$(summary_field "$work/second.out" updated) updated, $(summary_field "$work/second.out" unchanged) unchanged"
echo "command: $(quoted "$news_index" -q --summary json --db DB FILE.jsonl)"
[ "$status" -eq 0 ] || exit 1
if [ "$first_kb" -ge "$max_rss_kb" ] || [ "$second_kb" -ge "$max_rss_kb" ]; then
  echo "peak RSS is 1 GiB or more: NOT within the target" >&2
  exit 3
fi
