#!/usr/bin/env bash
# The people table on real news (issue 17, acceptance 2): indexes the BBC set and PolNeAR's
# articles, reports how many persons the table has and how many merges it made, and draws merges at
# random for checking by reading (docs/people.md, "Checking merges").
#
#   bench/people_merges.sh [--sample N] [--seed S] [--sets LIST]
#
# Defaults: 100 merges, seed 17, sets bbc,polnear. `--sets reuters` takes Reuters-21578 instead
# (the stories bench/reuters_texts.py --select exports, 5,204 of them: 1987 newswire), the set
# kept out of the rules' making, for an independent check.
#
# A merge is one line of a person's `why`: several spellings joined by one name key, or a
# surname-only mention tied to a person. Lines that say a mention was left alone are not merges.
# The sample is drawn from both sets together (Python's random.Random(S).sample over the merges in
# a fixed order), so the same seed gives the same sample. Each sampled line is printed with the
# person's canonical name, spellings and roles, and for a tied surname-only mention the article
# id, which `news-query --db DB --show ID` prints in full.
# Needs ../shared/corpora (bbc, polnear, reuters21578 as chosen); spellings counts key and loose-key joins. Exit codes: 0 done; 1 a tool or the build failed; 2 usage
# error or a missing corpus.
set -euo pipefail

# shellcheck source=lib/all.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/all.sh"

sample=100 seed=17 sets=bbc,polnear
while [ $# -gt 0 ]; do
  case $1 in
    --sample) sample=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --sets) sets=$2; shift 2 ;;
    -h | --help) sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0"; exit 0 ;;
    *) echo "people_merges.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
shared=${SHARED_DIR:-$repo/../shared}
bbc=$shared/corpora/bbc polnear=$shared/corpora/polnear reuters=$shared/corpora/reuters21578
IFS=, read -r -a chosen <<<"$sets"
for set in "${chosen[@]}"; do
  case $set in
    bbc) dirs=("$bbc") ;;
    polnear) dirs=("$polnear/train/text" "$polnear/dev/text") ;;
    reuters) dirs=("$reuters") ;;
    *) echo "people_merges.sh: unknown set $set (bbc, polnear, reuters)" >&2; exit 2 ;;
  esac
  for dir in "${dirs[@]}"; do
    if [ ! -d "$dir" ]; then echo "people_merges.sh: $dir not found" >&2; exit 2; fi
  done
done
build_release people_merges.sh || exit 1
bin=$repo/build/release
check_built people_merges.sh "$bin/indexer/news-index" "$bin/query/news-query" || exit 1

work=$(mktemp -d "${TMPDIR:-/tmp}/people-merges.XXXXXX")
trap 'rm -rf "$work"' EXIT

# dump NAME DIR...: indexes DIRs into $work/NAME.db and writes the whole people table as
# news-query --people JSON to $work/NAME.json.
dump() {
  local name=$1
  shift
  "$bin/indexer/news-index" --db "$work/$name.db" --quiet "$@" >&2
  "$bin/query/news-query" --db "$work/$name.db" --people --limit 10000 --format json '' \
    >"$work/$name.json"
}
echo "people_merges.sh at $(source_version), $(date -u +%Y-%m-%d)"
for set in "${chosen[@]}"; do
  case $set in
    bbc) dump bbc "$bbc" ;;
    polnear) dump polnear "$polnear/train/text" "$polnear/dev/text" ;;
    reuters)
      python3 "$repo/bench/reuters_texts.py" --sgml-dir "$reuters" --select --count 21578 \
        --out "$work/reuters-texts" >&2
      dump reuters "$work/reuters-texts"
      ;;
  esac
done

python3 - "$work" "$sample" "$seed" "$sets" <<'PY'
import json, random, sys
work, sample, seed, sets = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4].split(",")
merges = []
print(f"{'set':<8} {'persons':>8} {'merged':>7} {'spellings':>9} {'tied':>5} {'alone':>6} {'unresolved':>10}")
for name in sets:
    people = json.load(open(f"{work}/{name}.json"))["people"]
    spellings = tied = alone = merged = 0
    for person in people:
        lines = [line for line in person["why"] if "left alone" not in line]
        alone += sum("left alone" in line for line in person["why"])
        spellings += sum("one name key" in line or "loose key" in line for line in lines)
        tied += sum("surname only" in line for line in lines)
        merged += bool(lines)
        for line in lines:
            merges.append((name, person, line))
    unresolved = sum(p["unresolved"] for p in people)
    print(f"{name:<8} {len(people):>8} {merged:>7} {spellings:>9} {tied:>5} {alone:>6} {unresolved:>10}")
print(f"\nmerges: {len(merges)} (spellings joined by a key, and surname-only mentions tied)")
chosen = random.Random(seed).sample(merges, min(sample, len(merges)))
print(f"sample of {len(chosen)}, seed {seed}:\n")
for i, (name, person, line) in enumerate(chosen, 1):
    roles = "; ".join(r["role"] for r in person["roles"][:4])
    print(f"{i:>3}. [{name}] {person['name']} ({person['id']}): {line}")
    if roles:
        print(f"     roles: {roles}")
PY
