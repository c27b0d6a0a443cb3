#!/usr/bin/env bash
# speaker_model_reproducible.sh TRAIN_SPEAKERS POLNEAR_DIR DEV_GOLD MODEL: retrains the learned
# speaker model into a temporary file and fails unless it equals MODEL byte for byte. Exit 77 (skip)
# when PolNeAR is absent (../shared is not beside a fresh clone).
set -u
train=$1 polnear=$2 gold=$3 model=$4
if [ ! -d "$polnear/train" ]; then
  echo "skipped: $polnear/train is absent (../shared is not beside this clone)"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$train" --polnear "$polnear" --dev-gold "$gold" --out "$tmp/model.txt" || exit 1
if ! cmp "$tmp/model.txt" "$model"; then
  diff "$model" "$tmp/model.txt"
  echo "retraining gave a different model: run bench/train_speakers.sh and commit the file" >&2
  exit 1
fi
echo "retrained model equals $model"
