# shellcheck shell=bash
# What a benchmark script sources first: it sets $repo, the repository the script is in (found
# from this file's own location, so that a script works from any cwd), and loads the helpers of
# bench/lib/, each of which lists its functions at its top:
#   args.sh      the arguments and BENCH_* settings a script takes, the tools it needs
#   report.sh    a report's version and machine lines and number formats; the release build
#   archive.sh   the generated archive of article files, and the text it copies
#   timing.sh    runs under GNU time, their medians and the list of every run
#   database.sh  what a database holds, read with xapian-delve
#   latency.sh   news-query's latency against quest's
#
#   source "$(dirname "${BASH_SOURCE[0]}")/lib/all.sh"

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=bench/lib/args.sh
source "$repo/bench/lib/args.sh"
# shellcheck source=bench/lib/report.sh
source "$repo/bench/lib/report.sh"
# shellcheck source=bench/lib/archive.sh
source "$repo/bench/lib/archive.sh"
# shellcheck source=bench/lib/timing.sh
source "$repo/bench/lib/timing.sh"
# shellcheck source=bench/lib/database.sh
source "$repo/bench/lib/database.sh"
# shellcheck source=bench/lib/latency.sh
source "$repo/bench/lib/latency.sh"
