#!/usr/bin/env bash
# Checks the ways to run news-index unattended that docs/operations.md documents:
#   - the crontab line(s) in its ```crontab block have five valid time fields and a command, and
#     every option they give news-index is one `news-index --help` lists;
#   - docs/systemd/news-index.service uses only options --help lists, waits for the mounts of
#     every archive path it indexes (RequiresMountsFor=), counts no exit code that needs someone
#     to look (2, 3, 4, 66, 75) as success, and it and news-index.timer pass
#     `systemd-analyze verify`. For that, copies of the units go to a temporary directory,
#     with ExecStart pointing at the built news-index (verify rejects a binary that does not
#     exist) and User/Group set to root (one that exists); the originals are not changed.
#   - docs/systemd/news-serve.service uses only options `news-serve --help` lists, listens on
#     loopback (it is meant for a reverse proxy, and allows only loopback addresses), writes
#     nothing (no ReadWritePaths=, ProtectSystem=strict), and passes `systemd-analyze verify`
#     the same way.
#   - the units of a sharded archive's recipe (docs/sharding.md): docs/systemd/news-shard.service
#     runs xapian-tcpsrv read-only (no --writable) with options `xapian-tcpsrv --help` lists and
#     lets only listed addresses connect (IPAddressDeny=any); news-serve-shards.service runs
#     news-serve on loopback over a stub file, may reach only listed addresses, and writes
#     nothing. Both pass `systemd-analyze verify` (the shard server's ExecStart needs
#     xapian-tcpsrv installed, as xapian-tools is for the tests).
#
#   systemd_units.sh NEWS_INDEX SOURCE_DIR NEWS_SERVE     SOURCE_DIR: the repository (docs/ is
#                                                         read from it)
#
# Exit codes: 0 all checks passed; 1 a check failed; 2 usage error; 77 (skip) systemd-analyze is
# absent or cannot run here. The cron and option checks run first, and still fail the test when
# systemd-analyze would be skipped.
set -euo pipefail

if [ $# -ne 3 ]; then
  echo "usage: $0 NEWS_INDEX SOURCE_DIR NEWS_SERVE" >&2
  exit 2
fi
index=$1
doc=$2/docs/operations.md
service=$2/docs/systemd/news-index.service
timer=$2/docs/systemd/news-index.timer
serve=$3
serve_unit=$2/docs/systemd/news-serve.service
for file in "$index" "$doc" "$service" "$timer" "$serve" "$serve_unit"; do
  if [ ! -e "$file" ]; then
    echo "systemd_units.sh: $file does not exist" >&2
    exit 2
  fi
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail=0
failed() { echo "FAIL: $*"; fail=1; }

help=$("$index" --help)

# check_options WHERE WORD...: WORD... are the words of a news-index command line, binary first.
# Every option up to the first shell operator (redirection, pipe, ';', '||', '&&') must be listed
# by --help. With $tool and $help set to another tool and its --help, that tool's command line.
tool=news-index
check_options() {
  local where=$1 word name
  shift
  if [ "$(basename -- "$1")" != "$tool" ]; then
    failed "$where: the command is '$1', not $tool"
    return
  fi
  shift
  for word in "$@"; do
    case $word in
      '>'* | [0-9]'>'* | '<'* | '|'* | ';'* | '&'*) break ;;
      -*)
        name=${word%%=*}
        if grep -qE -- "(^|[[:space:],])$name([[:space:],=]|$)" <<<"$help"; then
          echo "ok: $where: $name is in $tool --help"
        else
          failed "$where: $name is not an option $tool --help lists"
        fi
        ;;
    esac
  done
}

# --- The crontab block of docs/operations.md. ---
awk '/^```crontab[[:space:]]*$/ { inside = 1; next } /^```/ { inside = 0 } inside' "$doc" \
  >"$work/crontab"
entries=0
while IFS= read -r line; do
  case $line in
    '' | '#'*) continue ;;
  esac
  # NAME=value lines (MAILTO=, PATH=) set cron's environment.
  if [[ $line =~ ^[A-Za-z_][A-Za-z0-9_]*= ]]; then continue; fi
  entries=$((entries + 1))
  read -r -a words <<<"$line"
  if [ "${#words[@]}" -lt 6 ]; then
    failed "crontab: not five time fields and a command: $line"
    continue
  fi
  # Each field: *, a number or a name, ranges (a-b), steps (/n) and lists (,); numbers in range.
  names='jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|sun|mon|tue|wed|thu|fri|sat'
  element="(\*|([0-9]+|$names)(-([0-9]+|$names))?)(/[0-9]+)?"
  ranges=("minute 0 59" "hour 0 23" "day-of-month 1 31" "month 1 12" "day-of-week 0 7")
  fail_before=$fail
  for k in 0 1 2 3 4; do
    read -r field low high <<<"${ranges[k]}"
    value=${words[k],,}
    if ! [[ $value =~ ^$element(,$element)*$ ]]; then
      failed "crontab: bad $field field '${words[k]}' in: $line"
      continue
    fi
    IFS=, read -r -a elements <<<"$value"
    for item in "${elements[@]}"; do
      item=${item%%/*}  # a step (/n) is a count, not a value of the field
      IFS=- read -r -a bounds <<<"$item"
      for number in "${bounds[@]}"; do
        if [[ $number =~ ^[0-9]+$ ]] && ((10#$number < low || 10#$number > high)); then
          failed "crontab: $field $number is outside $low-$high in: $line"
        fi
      done
    done
  done
  if [ "$fail" -eq "$fail_before" ]; then
    echo "ok: crontab: five time fields (${words[*]:0:5}) and a command"
  fi
  check_options crontab "${words[@]:5}"
done <"$work/crontab"
if [ "$entries" -eq 0 ]; then
  failed "no crontab entry found in a \`\`\`crontab block of $doc"
fi

# --- The options in the service's ExecStart. ---
exec_start=$(sed -n 's/^ExecStart=//p' "$service")
if [ -z "$exec_start" ]; then
  failed "$service has no ExecStart="
else
  read -r -a words <<<"$exec_start"
  check_options ExecStart "${words[@]}"
fi

# --- The archive paths' mounts, and the exit codes counted as success. ---
# The paths ExecStart indexes: its words that are neither options nor an option's value (--help
# shows an option that takes one with its value's name: "--db PATH").
if [ -n "$exec_start" ]; then
  read -r -a words <<<"$exec_start"
  mounts=" $(sed -n 's/^RequiresMountsFor=//p' "$service" | tr '\n' ' ') "
  takes_value=0
  for word in "${words[@]:1}"; do
    if [ "$takes_value" -eq 1 ]; then
      takes_value=0
    elif [[ $word == -* ]]; then
      if [[ $word != *=* ]] && grep -qE -- "(^|[[:space:],])${word} [A-Za-z]" <<<"$help"; then
        takes_value=1
      fi
    else
      covered=no
      for mount in $mounts; do
        if [ "$word" = "$mount" ] || [[ $word == "${mount%/}"/* ]]; then covered=yes; fi
      done
      if [ "$covered" = yes ]; then
        echo "ok: the archive path $word is under RequiresMountsFor="
      else
        failed "the archive path $word of ExecStart is not under RequiresMountsFor=${mounts}"
      fi
    fi
  done
fi
success=" $(sed -n 's/^SuccessExitStatus=//p' "$service" | tr '\n' ' ') "
for code in 2 3 4 66 74 75; do
  if [[ $success == *" $code "* ]]; then
    failed "SuccessExitStatus= counts exit code $code as success"
  fi
done

# --- news-serve.service: its options, loopback, read-only. ---
serve_exec=$(sed -n 's/^ExecStart=//p' "$serve_unit")
read -r -a words <<<"$serve_exec"
tool=news-serve help=$("$serve" --help) check_options "news-serve ExecStart" "${words[@]}"
listen=$(sed -n 's/.*--listen[ =]\([^ ]*\).*/\1/p' <<<"$serve_exec")
if [[ $listen == 127.* || $listen == "[::1]:"* ]]; then
  echo "ok: news-serve.service listens on loopback ($listen)"
else
  failed "news-serve.service listens on '$listen', not a loopback address"
fi
grep -q '^ReadWritePaths=' "$serve_unit" && failed "news-serve.service may write (ReadWritePaths=)"
grep -qx 'ProtectSystem=strict' "$serve_unit" || failed "news-serve.service lacks ProtectSystem=strict"

# --- The sharded archive's units: a shard server and a query host. ---
shard_unit=$2/docs/systemd/news-shard.service
query_host_unit=$2/docs/systemd/news-serve-shards.service
tcpsrv=$(command -v xapian-tcpsrv || true)
shard_exec=$(sed -n 's/^ExecStart=//p' "$shard_unit")
read -r -a words <<<"$shard_exec"
if [ -n "$tcpsrv" ]; then
  tool=xapian-tcpsrv help=$("$tcpsrv" --help 2>&1) check_options "news-shard ExecStart" "${words[@]}"
fi
[[ " $shard_exec " == *" --writable "* ]] && failed "news-shard.service serves the archive writable"
grep -qx 'IPAddressDeny=any' "$shard_unit" || failed "news-shard.service lets any address connect"
grep -q '^IPAddressAllow=' "$shard_unit" || failed "news-shard.service allows no address at all"
query_host_exec=$(sed -n 's/^ExecStart=//p' "$query_host_unit")
read -r -a words <<<"$query_host_exec"
tool=news-serve help=$("$serve" --help) check_options "news-serve-shards ExecStart" "${words[@]}"
listen=$(sed -n 's/.*--listen[ =]\([^ ]*\).*/\1/p' <<<"$query_host_exec")
[[ $listen == 127.* || $listen == "[::1]:"* ]] ||
  failed "news-serve-shards.service listens on '$listen', not a loopback address"
grep -qx 'IPAddressDeny=any' "$query_host_unit" ||
  failed "news-serve-shards.service may reach any address"
grep -q '^ReadWritePaths=' "$query_host_unit" && failed "news-serve-shards.service may write"
grep -qx 'ProtectSystem=strict' "$query_host_unit" ||
  failed "news-serve-shards.service lacks ProtectSystem=strict"

# --- systemd-analyze verify, on copies that can be verified here. ---
analyze=$(command -v systemd-analyze || true)
if [ -z "$analyze" ]; then
  echo "skipped: systemd-analyze is not installed (Debian package systemd), so the units were" \
    "not verified"
  [ "$fail" -eq 0 ] && exit 77
  exit 1
fi
# A unit that is certainly valid first: if even that fails, systemd-analyze cannot run here (e.g.
# in a container without what it needs), which says nothing about our units.
printf '[Unit]\nDescription=probe\n[Service]\nType=oneshot\nExecStart=%s --help\n' \
  "$(readlink -f "$index")" >"$work/probe.service"
if ! probe=$("$analyze" verify "$work/probe.service" 2>&1); then
  echo "skipped: systemd-analyze verify cannot run here; on a unit known to be valid it said:"
  printf '%s\n' "$probe"
  [ "$fail" -eq 0 ] && exit 77
  exit 1
fi
mkdir "$work/units"
sed -e "s|^ExecStart=[^ ]*|ExecStart=$(readlink -f "$index")|" -e 's/^User=.*/User=root/' \
  -e 's/^Group=.*/Group=root/' "$service" >"$work/units/news-index.service"
cp "$timer" "$work/units/news-index.timer"
# news-serve's: its group (newsindex) set to one that exists too.
sed -e "s|^ExecStart=[^ ]*|ExecStart=$(readlink -f "$serve")|" \
  -e 's/^SupplementaryGroups=.*/SupplementaryGroups=root/' "$serve_unit" \
  >"$work/units/news-serve.service"
sed -e "s|^ExecStart=[^ ]*|ExecStart=$(readlink -f "$serve")|" "$query_host_unit" \
  >"$work/units/news-serve-shards.service"
units=(news-index.service news-index.timer news-serve.service news-serve-shards.service)
if [ -n "$tcpsrv" ]; then
  sed -e "s|^ExecStart=[^ ]*|ExecStart=$tcpsrv|" \
    -e 's/^SupplementaryGroups=.*/SupplementaryGroups=root/' "$shard_unit" \
    >"$work/units/news-shard.service"
  units+=(news-shard.service)
else
  echo "note: xapian-tcpsrv is not installed, so news-shard.service was not verified"
fi
# verify exits non-zero on errors, but only warns (exit 0) about e.g. an unknown key: any output
# about our units is a failure too.
rc=0
output=$(cd "$work/units" && "$analyze" verify "${units[@]/#/./}" 2>&1) || rc=$?
if [ "$rc" -ne 0 ] || grep -q 'news-\(index\|serve\|shard\)[a-z-]*\.\(service\|timer\)' <<<"$output"; then
  failed "systemd-analyze verify (exit code $rc):"
  printf '%s\n' "$output"
else
  echo "ok: systemd-analyze verify ${units[*]}"
fi
exit "$fail"
