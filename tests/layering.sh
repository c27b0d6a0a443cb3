#!/usr/bin/env bash
# layering.sh SOURCE_DIR: checks that each folder of the tools' code includes only the folders
# below it (docs/architecture.md): common/ nothing but common/; extract/ common/; query/ common/;
# indexer/ common/ and extract/; serve/ common/ and query/. news-query and news-serve never pulls in the readers or the extractor, and the
# shared code never depends on either tool. Prints each include that breaks the rule; exit 1 if any.
set -euo pipefail
root=$1
declare -A allowed=(
  [common]="common"
  [extract]="common extract"
  [query]="common query"
  [indexer]="common extract indexer"
  [serve]="common query serve"
)
status=0
for folder in "${!allowed[@]}"; do
  while IFS= read -r line; do
    used=${line#*#include \"}
    used=${used%%/*}
    if [[ " ${allowed[$folder]} " != *" $used "* ]]; then
      echo "$folder/ may not include $used/: ${line#"$root/"}"
      status=1
    fi
  done < <(grep -rn --include='*.h' --include='*.cc' -E '^#include "[a-z_]+/' "$root/$folder" || true)
done
[ $status -eq 0 ] && echo "layering ok: common <- extract <- indexer, common <- query <- serve"
exit $status
