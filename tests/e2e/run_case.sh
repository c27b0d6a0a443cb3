#!/usr/bin/env bash
# run_case.sh EXPECTED_EXIT COMMAND...: runs COMMAND, prints its output (for ctest's regex) and
# fails unless it exited with EXPECTED_EXIT.
expected=$1
shift
output=$("$@" 2>&1)
code=$?
printf '%s\n' "$output"
if [ "$code" -ne "$expected" ]; then
  echo "run_case: expected exit $expected, got $code"
  exit 1
fi
