#!/usr/bin/env bash
# man_pages.sh NEWS_INDEX NEWS_QUERY MAN_DIR VERSION NEWS_SERVE: the man pages as CMake installs
# them (MAN_DIR/news-index.1, news-query.1 and news-serve.1, from docs/man/) render with `man -l` without a warning,
# carry the project's VERSION, and list exactly the options --help lists: a page that misses one,
# or documents one --help does not list, fails. Skipped (77) without man (man-db).
set -uo pipefail
source "$(dirname "$0")/lib.sh"
index=$1 query=$2 man_dir=$3 version=$4 serve=$5
skip_unless_installed man col

for tool in news-index news-query news-serve; do
  binary=$index
  [ "$tool" = news-query ] && binary=$query
  [ "$tool" = news-serve ] && binary=$serve
  page=$man_dir/$tool.1
  # No hyphenation or justification, and wide lines: every option stays whole on one line.
  rendered=$(MANWIDTH=200 LC_ALL=C.UTF-8 man --warnings --nh --nj -l "$page" 2>"$work/warnings" |
    col -b)
  check_eq "$tool.1: exit status of man -l" 0 "${PIPESTATUS[0]}"
  if [ -s "$work/warnings" ]; then
    fail "$tool.1: groff warns: $(head -5 "$work/warnings")"
  fi
  grep -qE "^ +$tool - " <<<"$rendered" || fail "$tool.1: no NAME line '$tool - ...'"
  grep -qF "news-search $version" <<<"$rendered" || fail "$tool.1: the footer lacks 'news-search $version'"

  missing=0
  while read -r option; do
    grep -qE -- "(^|[^[:alnum:]-])$option([^[:alnum:]-]|$)" <<<"$rendered" ||
      { fail "$tool.1 does not document $option, which $tool --help lists"; missing=1; }
  done < <(help_options "$binary")
  [ "$missing" = 0 ] && echo "ok: $tool.1 documents every option of $tool --help"

  # The options the page's OPTIONS section names in bold (its entries, and options its text
  # mentions), each as --help lists it.
  help=$(help_options "$binary")
  stale=0
  while read -r option; do
    grep -qxF -- "$option" <<<"$help" ||
      { fail "$tool.1 documents $option, which $tool --help does not list"; stale=1; }
  done < <(sed -n '/^\.SH OPTIONS/,/^\.SH [^O]/p' "$page" | sed 's/\\-/-/g' |
    grep -o '\\fB--\?[a-z][-a-z]*' | sed 's/^\\fB//' | LC_ALL=C sort -u)
  [ "$stale" = 0 ] && echo "ok: every option $tool.1 documents is in $tool --help"
done
finish
