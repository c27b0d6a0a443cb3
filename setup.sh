#!/usr/bin/env bash
# The project's one entry point on a fresh Debian 12 machine.
#
#   ./setup.sh          install the packages, build (release), index corpus/ into ./news.db and run
#                       a few example searches
#   ./setup.sh --test   install the packages, then build and run the whole test suite twice: the dev
#                       preset (warnings are errors) and the asan preset (AddressSanitizer + UBSan);
#                       then build the fuzz preset (clang) and run each fuzz target for 20 seconds
#
# Packages are installed with apt-get (through sudo when not root); nothing is downloaded otherwise.
set -euo pipefail
cd "$(dirname "$0")"

packages=(
  cmake ninja-build g++ pkg-config
  libxapian-dev xapian-tools
  libxml2-dev  # the HTML reader (extract/html/)
  libicu-dev   # transliteration of names in any script to Latin (common/name_key.cc)
  libmimalloc-dev  # news-index's allocator (CMakeLists.txt, NEWS_USE_MIMALLOC)
  libcli11-dev libfmt-dev nlohmann-json3-dev
  libcpp-httplib-dev  # news-serve's HTTP server (serve/; docs/serve.md says why this library)
  curl         # the e2e tests of news-serve speak HTTP with it (tests/e2e/serve_http.sh)
  # news-serve's pages in a real browser (tests/browser): headless Chromium driven through its
  # chromedriver by Python's Selenium, all Debian's (Selenium Manager never runs, nothing is
  # downloaded); the tests are skipped without them.
  chromium chromium-driver python3-selenium
  libgtest-dev
  python3-jsonschema  # validates news-query's JSON against docs/schema/ (e2e_query_json_schema)
  python3-yaml  # reads docs/openapi.yaml (e2e_openapi)
  librsvg2-bin  # rsvg-convert renders the --plot charts to PNG in a unit test (AttentionSvg.RendersToPng)
  util-linux   # setpriv, for the unreadable-file test when run as root
  # Installing like a Debian tool (packaging/): dpkg-shlibdeps finds the .deb's dependencies, man
  # renders the man pages (e2e_man_pages), zsh checks its completions' syntax (e2e_completions).
  dpkg-dev man-db zsh
  xapian-omega # omindex, for the side-by-side benchmark in bench/
  time         # /usr/bin/time -v, peak memory in benchmarks
  # The fuzz preset (tests/fuzz): clang, and libFuzzer with clang's sanitizer runtimes, which clang
  # only recommends (not installed with --no-install-recommends); llvm for llvm-symbolizer, without
  # which crash reports have no function names.
  clang libclang-rt-14-dev llvm
)

install_packages() {
  local missing=()
  for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "setup.sh: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
  fi
  echo "setup.sh: installing ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

run_tests() {
  cmake --workflow --preset dev
  cmake --workflow --preset asan
  # A short fuzz run: replays tests/fuzz/regressions and catches crashes that come quickly; longer
  # runs are for local use (tests/fuzz/README.md).
  cmake --workflow --preset fuzz
  tests/fuzz/run_fuzzers.sh build/fuzz 20
}

quick_start() {
  cmake --preset release
  cmake --build --preset release
  local bin=build/release
  rm -rf news.db
  "$bin/indexer/news-index" --db news.db corpus/
  local queries=('election' 'title:satellite' 'author:"Maren Holloway"' 'date:2023-11..2023-12 election'
                 'speaker:brandauer quote:harbourside')
  for query in "${queries[@]}"; do
    echo
    echo "\$ news-query --db news.db --limit 3 '$query'"
    "$bin/query/news-query" --db news.db --limit 3 "$query" || true
  done
  echo
  echo "\$ news-query --db news.db --facet speaker --limit 0 'election'"
  "$bin/query/news-query" --db news.db --facet speaker --limit 0 'election' || true
  echo
  echo "\$ news-query --db news.db --people --limit 3 'speaker:Лавров OR speaker:Plumb'"
  "$bin/query/news-query" --db news.db --people --limit 3 'speaker:Лавров OR speaker:Plumb' || true
  echo
  echo "\$ news-query --db news.db --format json --limit 1 'title:election'"
  "$bin/query/news-query" --db news.db --format json --limit 1 'title:election'
  echo
  echo "Built: $bin/indexer/news-index, $bin/query/news-query and $bin/serve/news-serve; database: ./news.db"
  echo "Search in the browser: $bin/serve/news-serve --db news.db, then open http://127.0.0.1:8080/"
}

install_packages
case "${1:-}" in
  --test) run_tests ;;
  "") quick_start ;;
  *) echo "usage: ./setup.sh [--test]" >&2; exit 2 ;;
esac
