#!/usr/bin/env bash
# package.sh BUILD_DIR VERSION CORPUS: builds the .deb with cpack from BUILD_DIR and checks it as
# Debian would see it: its files are the binaries, man pages, completions, systemd units and docs,
# each where Debian expects it, and nothing else; it depends on the runtime packages (libxapian30,
# libxml2, ...), each installed here under that name. Then it installs the package with dpkg -i
# into a temporary root, with a dpkg database of its own (a copy of this machine's, so that the
# dependencies are checked against what is installed, while the system is left alone), and runs
# what it installed: news-query --version, an index and a search of CORPUS, the man pages, the
# bash completion, the unit's ExecStart. Skipped (77) without cpack, dpkg-deb or dpkg.
set -uo pipefail
source "$(dirname "$0")/lib.sh"
build=$1 version=$2 corpus=$3
skip_unless_installed cpack dpkg-deb dpkg

if ! cpack --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
  cat "$work/cpack.log"
  fail "cpack failed"
  finish
fi
deb=$(ls "$work"/out/*.deb)
check_eq "package file name" "news-search_${version}_$(dpkg --print-architecture).deb" "${deb##*/}"

expected="./usr/bin/news-index
./usr/bin/news-query
./usr/bin/news-serve
./usr/lib/systemd/system/news-index.service
./usr/lib/systemd/system/news-index.timer
./usr/lib/systemd/system/news-serve.service
./usr/share/bash-completion/completions/news-index
./usr/share/bash-completion/completions/news-query
./usr/share/bash-completion/completions/news-serve
./usr/share/doc/news-search/README.md
./usr/share/man/man1/news-index.1.gz
./usr/share/man/man1/news-query.1.gz
./usr/share/man/man1/news-serve.1.gz
./usr/share/zsh/vendor-completions/_news-index
./usr/share/zsh/vendor-completions/_news-query
./usr/share/zsh/vendor-completions/_news-serve"
files=$(dpkg-deb --fsys-tarfile "$deb" | tar -t | grep -v '/$' | LC_ALL=C sort)
check_eq "files of the package (docs/ aside)" "$expected" "$(grep -v '^./usr/share/doc/news-search/docs/' <<<"$files")"
for doc in query-language.md json.md operations.md serve.md api.md openapi.yaml \
  schema/news-query-results.schema.json schema/news-query-show.schema.json; do
  grep -qxF "./usr/share/doc/news-search/docs/$doc" <<<"$files" || fail "docs/$doc is not in the package"
done

depends=$(dpkg-deb --field "$deb" Depends)
echo "Depends: $depends"
for package in libxapian30 libxml2; do
  grep -qE "(^|, )$package( |,|$)" <<<"$depends" || fail "Depends lacks $package"
done
# ICU is loaded with dlopen, which dpkg-shlibdeps does not see: the package names it itself.
grep -qE "(^|, )libicu[0-9]+( |,|$)" <<<"$depends" || fail "Depends lacks libicu, which is loaded with dlopen"
# Each dependency (the first of alternatives) is a package this machine has installed by that name.
while read -r package; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' ||
    fail "dependency $package is not an installed package here"
done < <(tr ',' '\n' <<<"$depends" | sed -e 's/|.*//' -e 's/(.*//' -e 's/ //g' | sed '/^$/d')

# dpkg -i into a temporary root. Its warnings about the copied database's missing file lists are
# expected (dpkg only needs the status to check dependencies); they go to the log.
root=$work/root admin=$work/dpkg
mkdir -p "$root" "$admin/info" "$admin/updates"
cp /var/lib/dpkg/status "$admin/status"
if dpkg --admindir="$admin" --instdir="$root" --force-not-root --force-script-chrootless \
  -i "$deb" >"$work/dpkg.log" 2>&1; then
  echo "ok: dpkg -i installed $(dpkg-query --admindir="$admin" -W -f='${Package} ${Version}' news-search)"
else
  grep -v "files list file for package" "$work/dpkg.log"
  fail "dpkg -i failed"
  finish
fi

check_eq "installed news-query --version" "news-query $version" "$("$root/usr/bin/news-query" --version | head -1)"
check_eq "installed news-index --version" "news-index $version" "$("$root/usr/bin/news-index" --version | head -1)"
check_eq "installed news-serve --version" "news-serve $version" "$("$root/usr/bin/news-serve" --version | head -1)"
"$root/usr/bin/news-index" -q --db "$work/news.db" "$corpus"
check_eq "exit code of the installed news-index on the corpus" 0 $?
check_eq "the installed news-query finds the corpus's tram article" 1 \
  "$("$root/usr/bin/news-query" --db "$work/news.db" --count 'tram extension')"

if command -v man >/dev/null; then
  for tool in news-index news-query news-serve; do
    man -l "$root/usr/share/man/man1/$tool.1.gz" 2>&1 | grep -qE "^ *$tool - " ||
      fail "man -l does not render the installed $tool.1.gz"
  done
fi
completed=$(bash -c 'source "$1"; COMP_WORDS=(news-query --sor); COMP_CWORD=1; _news_query
  printf "%s\n" "${COMPREPLY[@]}"' _ "$root/usr/share/bash-completion/completions/news-query")
check_eq "the installed bash completion completes --sor" "--sort" "$completed"
check_eq "the installed unit runs the installed news-index" /usr/bin/news-index \
  "$(sed -n 's/^ExecStart=\([^ ]*\).*/\1/p' "$root/usr/lib/systemd/system/news-index.service")"
check_eq "the installed news-serve unit runs the installed news-serve" /usr/bin/news-serve \
  "$(sed -n 's/^ExecStart=\([^ ]*\).*/\1/p' "$root/usr/lib/systemd/system/news-serve.service")"
finish
