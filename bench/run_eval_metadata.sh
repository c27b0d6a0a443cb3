#!/usr/bin/env bash
# HTML metadata evaluation: builds eval-metadata with the release preset and scores the HTML reader
# (title, date, authors) on the HTML sets of $SHARED_DIR/corpora (html-trafilatura, html-fundus,
# html-postlight), printing a table per set and overall.
#
#   bench/run_eval_metadata.sh [EVAL-METADATA OPTIONS...]
#   e.g. bench/run_eval_metadata.sh --show-misses   (each page's wrong fields)
#        bench/run_eval_metadata.sh --json          (the numbers as one JSON object)
#
# Environment: SHARED_DIR (default <repo>/../shared). When no HTML set is there, the script says
# so and exits 0. Exit codes: eval-metadata's (0 scored or skipped; 2 unreadable gold; 3 internal
# error); 1 if the build failed. Build output goes to stderr.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=lib/report.sh
source "$repo/bench/lib/report.sh"
shared=${SHARED_DIR:-$repo/../shared}

case "${1:-}" in
  -h | --help)
    sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"
    exit 0
    ;;
esac

if ! compgen -G "$shared/corpora/html-*/gold.jsonl" >/dev/null; then
  echo "run_eval_metadata.sh: skipped: no HTML corpora under $shared/corpora (is ../shared beside the project?)"
  exit 0
fi

build_release run_eval_metadata.sh eval_metadata || exit 1
exec "$repo/build/release/bench/eval-metadata" --shared "$shared" "$@"
