#!/usr/bin/env bash
# Quote extraction on one very long paragraph (issue 14): its cost must grow in proportion to the
# paragraph's length, like the rest of indexing, not in its square.
#
#   bench/quotes_scale.sh            articles of 1, 4 and 8 MiB
#   bench/quotes_scale.sh --large    and one of 30 MiB (under the 32 MiB --max-file-size)
#   BENCH_RUNS=5 bench/quotes_scale.sh
#
# What it does:
#   1. builds news-index with the release preset (a no-op when up to date);
#   2. writes, in a temporary directory removed at exit, one plain-text article per size: a title
#      line, a blank line, then the whole body on one line. The body is news prose made from
#      templates with fictional names drawn at random (a fixed seed: the same bytes every run):
#      direct quotes with their cue before or after them ("..., said the harbour master",
#      "... said Transport Minister Tomas O'Morbranvy"), reported speech, "according to",
#      appositives, hyphenated names, initials, honorifics, headings in capitals, and lower-case
#      words that are also parts of names. Its full stops make sentences of ordinary length;
#   3. indexes each article into an empty database with and without --no-quotes, BENCH_RUNS
#      times each (the two alternating), each under /usr/bin/time, and prints the median wall
#      time and peak RSS of each, and the ratio with quotes / without.
# The target it checks (issue 14): at 4 MiB, indexing with quote extraction takes at most 3 times
# as long as with --no-quotes. Before issue 14 the ratio grew with the size (30 at 4 MiB); the
# ratios at every size show whether it still does, and the RSS columns whether memory stays
# proportional to the size.
#
# Environment: BENCH_RUNS (default 3) runs of each command; the median is reported.
# Exit codes: 0 done and within the target; 1 the 4 MiB ratio is over 3, or a tool or the build
# failed; 2 usage error or a missing tool.
set -euo pipefail

# shellcheck source=lib/all.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/all.sh"

usage="usage: [BENCH_RUNS=N] $0 [--large]"
sizes=(1 4 8)
case "${1:-}" in
  -h | --help) echo "$usage"; exit 0 ;;
  --large) sizes+=(30); shift ;;
esac
if [ $# -gt 0 ]; then echo "$usage" >&2; exit 2; fi
runs=${BENCH_RUNS:-3}
require_positive quotes_scale.sh "BENCH_RUNS=$runs"
max_ratio=3
target_size=4

require_tool quotes_scale.sh cmake cmake
require_tool quotes_scale.sh python3 python3
require_tool quotes_scale.sh /usr/bin/time time

git_rev=$(source_version)
build_release quotes_scale.sh news-index || exit 1
news_index=$repo/build/release/indexer/news-index
check_built quotes_scale.sh "$news_index" || exit 1

work=$(mktemp -d "${TMPDIR:-/tmp}/quotes_scale.XXXXXX")
trap 'rm -rf "$work"' EXIT

# write_article MIB FILE: the one-paragraph article of MIB MiB described above.
write_article() {
  python3 - "$1" "$2" <<'EOF'
import random, sys
size, out = int(sys.argv[1]) * 1024 * 1024, sys.argv[2]
rng = random.Random(14)
given = ["Maren", "Tomas", "Ilse", "Rafael", "Priya", "Oskar", "Lena", "Dario", "Greta", "Felix",
         "Nadia", "Owen", "Chloe", "Jonas", "Amira", "Viktor", "Selma", "Hugo", "Ines", "Marek"]
syllables = ["hol", "lo", "way", "bran", "dau", "er", "kess", "ler", "mor", "vik", "dun", "lea",
             "vy", "ash", "ford", "tren", "wick", "sol", "berg", "cal", "der", "pen", "rose", "tal"]
roles = ["transport minister", "council leader", "spokeswoman", "union official", "harbour master",
         "chief executive", "local resident", "head teacher", "police inspector", "analyst"]
topics = ["the tram extension", "the harbour wall", "the budget", "the new school", "bus fares",
          "the flood barrier", "the night market", "rail works", "the library", "parking charges"]
claims = ["would be finished by spring", "had cost far more than planned",
          "was never properly consulted on", "should be paused until the review",
          "will help families across the district", "is the best plan the city has had in years",
          "needs another look before winter"]
def surname():
    return "".join(rng.choice(syllables) for _ in range(rng.randint(2, 3))).capitalize()
def person():
    first, last, form = rng.choice(given), surname(), rng.random()
    if form < 0.2: return f"{first} O'{last}"
    if form < 0.4: return f"{first} {last}-{surname()}"
    if form < 0.6: return f"{first} {rng.choice('KLMT')}. {last}"
    if form < 0.8: return f"Dr. {last}"
    return f"{first} {last}"
# The sentence forms, each with its share of the sentences (they add up to 1).
forms = [
    (0.15, lambda topic, claim, who:
        f"\"{topic.capitalize()} {claim} and we all know it,\" said the {rng.choice(roles)}."),
    (0.15, lambda topic, claim, who: f"\"{topic.capitalize()} {claim} and nobody listened,\" "
        f"said {rng.choice(roles).title()} {who}."),
    (0.15, lambda topic, claim, who:
        f"{who}, who lives by the {surname().lower()} road, said {topic} {claim}."),
    (0.1, lambda topic, claim, who: f"The {surname()} {rng.choice(['Review', 'Group', 'Trust'])} "
        f"said the U.S. firm was in the {surname().lower()}-{surname().lower()} market."),
    (0.15, lambda topic, claim, who: f"{who.split()[-1]} told reporters that {topic} {claim}, "
        "adding: \"We will keep going whatever it costs us.\""),
    (0.1, lambda topic, claim, who: f"Harbour Works Update from {who} and {person()} on {topic}."),
    (0.1, lambda topic, claim, who: f"He said {topic} {claim} and that the "
        f"o'{surname().lower()} was a {surname().lower()}."),
    (0.1, lambda topic, claim, who: f"According to the {rng.choice(roles)}, {topic} {claim}."),
]
def sentence():
    topic, claim, who, pick = rng.choice(topics), rng.choice(claims), person(), rng.random()
    for share, form in forms:
        if pick < share or form is forms[-1][1]:
            return form(topic, claim, who)
        pick -= share
parts, length = [], 0
while length < size:
    parts.append(sentence())
    length += len(parts[-1]) + 1
with open(out, "w", encoding="utf-8") as handle:
    handle.write(f"Council debates the harbour in one long paragraph\n\n{' '.join(parts)}\n")
EOF
}

echo "quotes_scale.sh: writing articles of ${sizes[*]} MiB ..." >&2
for size in "${sizes[@]}"; do
  mkdir "$work/article-$size"
  write_article "$size" "$work/article-$size/article.txt"
done

timing_setup quotes_scale.sh "$work" time log
for size in "${sizes[@]}"; do
  echo "quotes_scale.sh: indexing the $size MiB article ..." >&2
  for ((run = 1; run <= runs; run++)); do
    # Which mode goes first alternates, so that neither always runs after the other's writes.
    modes=(quotes no-quotes)
    if ((run % 2 == 0)); then modes=(no-quotes quotes); fi
    for mode in "${modes[@]}"; do
      args=()
      if [ "$mode" = no-quotes ]; then args=(--no-quotes); fi
      rm -rf "$work/db"
      run_timed "$mode-$size" "$news_index" -q "${args[@]}" --db "$work/db" "$work/article-$size"
    done
  done
done

echo "article: one paragraph of generated news prose, ${sizes[*]} MiB (title, blank line, one line)"
echo "machine: $(machine); load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "version: news-index at $git_rev (release preset)"
echo
echo "median of $runs runs each, into an empty database; RSS = peak"
printf '%-8s %14s %14s %16s %16s %12s\n' MiB "quotes wall s" "no-quotes s" "quotes RSS MiB" \
  "no-quotes RSS" "time ratio"
status=0
for size in "${sizes[@]}"; do
  with_s=$(median "$work/quotes-$size.times" 1)
  with_kb=$(median "$work/quotes-$size.times" 2)
  without_s=$(median "$work/no-quotes-$size.times" 1)
  without_kb=$(median "$work/no-quotes-$size.times" 2)
  ratio=$(awk -v a="$with_s" -v b="$without_s" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
  printf '%-8s %14s %14s %16s %16s %12s\n' "$size" "$with_s" "$without_s" "$(mib "$with_kb")" \
    "$(mib "$without_kb")" "$ratio"
  if [ "$size" = "$target_size" ] && awk -v r="$ratio" -v m="$max_ratio" 'BEGIN { exit !(r > m) }'
  then
    status=1
  fi
done
echo
echo "all runs (wall s/peak RSS KiB/CPU s):"
for size in "${sizes[@]}"; do print_runs 14 "quotes-$size" "no-quotes-$size"; done
echo "commands: $(quoted "$news_index" -q --db DB DIR) and the same with --no-quotes"
if [ "$status" -ne 0 ]; then
  echo "quotes_scale.sh: at $target_size MiB, indexing with quotes took more than $max_ratio times" \
    "as long as with --no-quotes: NOT within the target" >&2
  exit 1
fi
echo "target met: at $target_size MiB, indexing with quotes takes at most $max_ratio times as long as with --no-quotes"
