#!/usr/bin/env bash
# speaker_eval_reuters.sh EVAL_SPEAKERS EXPORTER GOLD SGML_DIR MIN_P MIN_R: exports the Reuters gold
# stories (bench/reuters_texts.py) and scores the quote extractor on all of them (the Reuters gold
# is sealed whole: totals only), failing below the floors. Exit 77 (skip) when the Reuters files or
# python3 are absent.
set -u
eval_speakers=$1 exporter=$2 gold=$3 sgml=$4 min_p=$5 min_r=$6
if [ ! -d "$sgml" ]; then
  echo "skipped: $sgml is absent (../shared is not beside this clone)"
  exit 77
fi
if ! command -v python3 >/dev/null; then
  echo "skipped: python3 is needed to export the Reuters stories"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$exporter" --sgml-dir "$sgml" --out "$tmp" --ids "$gold" || exit 1
exec "$eval_speakers" --gold "$gold" --texts "$tmp" --style us --min-precision "$min_p" \
  --min-recall "$min_r"
