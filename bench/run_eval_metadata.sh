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
run_html_eval "${BASH_SOURCE[0]}" eval_metadata "$@"
