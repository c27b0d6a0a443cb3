#!/usr/bin/env bash
# speaker_eval.sh EVAL_SPEAKERS GOLD TEXTS STYLE MIN_P MIN_R PART: scores the quote extractor on a
# part of a gold set (all, tuning or sealed: bench/gold/README-splits.md) and fails if precision or
# recall falls below the floor. Exit 77 (skip) when the texts are absent (../shared is not beside a
# fresh clone).
set -u
eval_speakers=$1 gold=$2 texts=$3 style=$4 min_p=$5 min_r=$6 part=${7:-all}
if [ ! -d "$texts" ]; then
  echo "skipped: $texts is absent (../shared is not beside this clone)"
  exit 77
fi
exec "$eval_speakers" --gold "$gold" --texts "$texts" --style "$style" --min-precision "$min_p" --min-recall "$min_r" --part "$part"
