#!/usr/bin/env bash
# completions.sh NEWS_INDEX NEWS_QUERY PACKAGING_DIR NEWS_SERVE: the bash and zsh completions
# (packaging/bash-completion/TOOL, packaging/zsh/_TOOL) know every option TOOL --help lists, and
# offer, after an option that takes one of a fixed set of names, exactly the names TOOL accepts
# (found by giving it a name it refuses: "must be one of a, b, c"). The bash completion is run as
# bash runs it (COMP_WORDS, COMP_CWORD); the zsh one is checked for syntax when zsh is installed.
set -uo pipefail
source "$(dirname "$0")/lib.sh"
index=$1 query=$2 packaging=$3 serve=$4

# complete_words FILE FUNCTION WORD...: what the bash completion offers for the last WORD.
complete_words() {
  local file=$1 function=$2
  shift 2
  (
    # shellcheck disable=SC1090
    source "$file"
    COMP_WORDS=("$@")
    COMP_CWORD=$(($# - 1))
    COMPREPLY=()
    "$function"
    printf '%s\n' "${COMPREPLY[@]}" | LC_ALL=C sort
  )
}

for tool in news-index news-query news-serve; do
  binary=$index
  [ "$tool" = news-query ] && binary=$query
  [ "$tool" = news-serve ] && binary=$serve
  bash_file=$packaging/bash-completion/$tool
  zsh_file=$packaging/zsh/_$tool
  function=_${tool//-/_}

  offered=$(complete_words "$bash_file" "$function" "$tool" -)
  while read -r option; do
    grep -qxF -- "$option" <<<"$offered" || fail "bash: $tool $option is not completed"
    # zsh specs write an option as '--name[', '--name=[', '{-n+,--limit=}' ...
    grep -qE -- "(['{,)*])$option([=+]?[[,}]|')" "$zsh_file" || fail "zsh: $tool $option is not in $zsh_file"
  done < <(help_options "$binary")
  check_eq "bash: $tool completes exactly the options of --help" "$(help_options "$binary")" \
    "$(grep -v '^$' <<<"$offered")"

  # Each option that takes a value: if the tool accepts only some names, both completions offer
  # exactly those. A refused value goes no further than the command line: nothing is read or
  # written (news-index has no PATH to index; the database does not exist).
  while read -r option; do
    refused=$("$binary" --db "$work/none.db" "$option" zzz-not-a-value 2>&1)
    names=$(sed -n "s/.*$option: must be one of \(.*\); got 'zzz-not-a-value'.*/\1/p" <<<"$refused")
    [ -n "$names" ] || continue
    want=$(tr -d ' ' <<<"$names" | tr ',' '\n' | LC_ALL=C sort)
    check_eq "bash: $tool $option completes the names $tool accepts" "$want" \
      "$(complete_words "$bash_file" "$function" "$tool" "$option" "")"
    zsh_names=$(grep -E -- "[{',)*]$option[=+]?[[,}]" "$zsh_file" | sed -n 's/.*:(\([^)]*\))'"'"'.*/\1/p' |
      tr ' ' '\n' | LC_ALL=C sort)
    check_eq "zsh: $tool $option completes the names $tool accepts" "$want" "$zsh_names"
  done < <("$binary" --help | sed -n 's/^ *\(-[^ ]*\) [A-Za-z|].*/\1/p' | sed 's/.*,//')

  # File names where a file is wanted.
  mkdir -p "$work/files"
  : >"$work/files/queries.txt"
  file_option=--db
  check_eq "bash: $tool $file_option completes file names" "$work/files/queries.txt" \
    "$(complete_words "$bash_file" "$function" "$tool" "$file_option" "$work/files/q")"

  if command -v zsh >/dev/null; then
    zsh -n "$zsh_file" && echo "ok: zsh -n $zsh_file" || fail "zsh: $zsh_file does not parse"
  else
    echo "note: zsh is not installed; $zsh_file is not checked for syntax"
  fi
done
finish
