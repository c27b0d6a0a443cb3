#!/usr/bin/env bash
# explain_stdin.sh NEWS_INDEX CORPUS_DIR: news-index --explain reads standard input ("-" and
# /dev/stdin) and other files that are not regular, such as a FIFO, and guesses the reader from
# the content where the name has no useful extension: plain text, an HTML page, JSON Lines records.
# Before the fix, `cat f | news-index --explain /dev/stdin` failed on "cannot make canonical path".
set -euo pipefail
index=$1
corpus=$2
source "$(dirname "$0")/lib.sh"

article=$corpus/velmont-tram-extension-approved.txt
title="Velmont tram extension to Harbourside approved after ten-year wait"
expected_title=$("$index" --explain "$article" | python3 -c 'import json, sys; print(json.load(sys.stdin)["title"])')
check_eq "title read from the file" "$title" "$expected_title"

field() {  # field KEY: the KEY of the article JSON on stdin (of the first record for an array)
  python3 -c 'import json, sys
value = json.load(sys.stdin)
value = value[0] if isinstance(value, list) else value
print(value[sys.argv[1]])' "$1"
}

check_eq "title from --explain -" "$title" "$(cat "$article" | "$index" --explain - | field title)"
check_eq "title from --explain /dev/stdin" "$title" \
  "$(cat "$article" | "$index" --explain /dev/stdin | field title)"
check_eq "the published date from a pipe" "2024-03-04T14:50" \
  "$(cat "$article" | "$index" --explain - | field published)"

mkfifo "$work/fifo"
cat "$article" >"$work/fifo" &
track $!
check_eq "title from a FIFO" "$title" "$("$index" --explain "$work/fifo" | field title)"

check_eq "an HTML page on stdin is read as a page" "Quay opens" \
  "$(printf '<!DOCTYPE html><html><head><title>Quay opens</title></head><body><article><h1>Quay opens</h1><p>The new quay opened on Monday with a brass band.</p></article></body></html>\n' |
    "$index" --explain - | field title)"
check_eq "JSON Lines on stdin are read as records" "Harbour record" \
  "$(printf '{"title": "Harbour record", "text": "The board met."}\n{"title": "Second record", "text": "Again."}\n' |
    "$index" --explain - | field title)"
check_eq "the format of records on stdin" "json" \
  "$(printf '{"title": "Harbour record", "text": "The board met."}\n' | "$index" --explain - | field format)"

# Too much on stdin is refused like a file over --max-file-size, with the limit named.
code=0
message=$(head -c 5000 /dev/zero | tr '\0' 'x' | "$index" --explain - --max-file-size 2000 2>&1) || code=$?
check_eq "exit code for standard input over --max-file-size" 2 "$code"
grep -q "news-index: cannot read standard input as an article: too large (over 2000 bytes" <<<"$message" ||
  fail "no clear message for standard input over the limit: $message"
code=0
message=$("$index" --explain - </dev/null 2>&1) || code=$?
check_eq "exit code for empty standard input" 2 "$code"
grep -q "news-index: cannot read standard input as an article: empty file" <<<"$message" ||
  fail "no clear message for empty standard input: $message"

finish
