#!/usr/bin/env bash
# Retrains the learned speaker model: builds train-speakers (release preset) and writes
# extract/quotes/speaker_model_trained.txt from PolNeAR train, its threshold chosen on the tuning
# part of the PolNeAR dev gold (docs/quotes.md, "The speaker model").
#
#   bench/train_speakers.sh [OUT]      (default: extract/quotes/speaker_model_trained.txt)
#
# Deterministic: the same data gives the same file byte for byte (ctest speaker_model_reproducible).
# Environment: SHARED_DIR (default <repo>/../shared). Exit codes: 0 written; 1 build failed;
# 2 PolNeAR or the gold missing or unreadable; 3 internal error.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=lib/report.sh
source "$repo/bench/lib/report.sh"
shared=${SHARED_DIR:-$repo/../shared}
out=${1:-$repo/extract/quotes/speaker_model_trained.txt}
build_release train_speakers.sh train_speakers || exit 1
"$repo/build/release/bench/train-speakers" --polnear "$shared/corpora/polnear" \
  --dev-gold "$repo/bench/gold/polnear-dev-speakers.jsonl" --out "$out"
