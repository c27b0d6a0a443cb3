#!/usr/bin/env bash
# explain_reference.sh NEWS_INDEX ARTICLE: --explain on the reference article shows its title,
# author, dates, a body without the "You may like" tail, and its two people with no affiliation
# (neither "Russian Foreign Minister" nor "Assistant secretary of defence for space policy" names
# an organisation). Exit 77 (skip) without ../shared.
set -u
index=$1
article=$2
if [ ! -f "$article" ]; then
  echo "skipped: $article is absent (../shared is not beside this clone)"
  exit 77
fi
json=$("$index" --explain "$article") || exit 1
fail=0
check() {
  if ! grep -qE "$1" <<<"$json"; then
    echo "missing: $1"
    fail=1
  fi
}
check '"title": "'"'"'America flew off the handle'"'"' Russia foreign minister Lavrov'
check '"authors": \[\s*$'
check '^\s*"George Bunn"\s*$'
check '"published": "2023-11-27T14:50"'
check '"updated": "2023-11-27T15:01"'
affiliations=$(grep -c '"affiliation": null' <<<"$json")
if [ "$affiliations" != 2 ] || grep -q '"affiliation": "' <<<"$json"; then
  echo "expected two people with \"affiliation\": null, got:"
  grep '"affiliation"' <<<"$json"
  fail=1
fi
if grep -q 'You may like' <<<"$json"; then
  echo 'the body keeps the "You may like" tail'
  fail=1
fi
printf '%s\n' "$json" | head -20
exit $fail
