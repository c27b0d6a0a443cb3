#!/usr/bin/env bash
# HTML body evaluation: builds eval-body with the release preset and scores the HTML reader's article
# body on the body gold of $SHARED_DIR/corpora (html-article-body, html-fundus) with the
# article-extraction benchmark's metric, printing P, R, F1 and empty pages per set and part.
#
#   bench/run_eval_body.sh [EVAL-BODY OPTIONS...]
#   e.g. bench/run_eval_body.sh --show-pages     (each tuning page's scores, worst first)
#        bench/run_eval_body.sh --census         (pages without a body in all four HTML sets)
#        bench/run_eval_body.sh --json           (the numbers as one JSON object)
#
# Environment: SHARED_DIR (default <repo>/../shared). When no HTML set is there, the script says
# so and exits 0. Exit codes: eval-body's (0 scored or skipped; 2 usage error or unreadable gold;
# 3 internal error); 1 if the build failed. Build output goes to stderr.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=lib/report.sh
source "$repo/bench/lib/report.sh"
run_html_eval "${BASH_SOURCE[0]}" eval_body "$@"
