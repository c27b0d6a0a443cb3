# shellcheck shell=bash
# What a benchmark's database holds, read from the database itself (not from the tools' own
# messages) with Xapian's inspector; shared by bench/index_bbc.sh, bench/nochange_20k.sh,
# bench/index_scale.sh and bench/jsonl_100k.sh.
#
#   source "$repo/bench/lib/database.sh"
#   find_delve SCRIPT     sets delve to the inspector; exits 2, naming the package, without one
#   doc_count DB          the number of documents, from the database's own statistics
#   article_count DB      the number of articles (documents with the term XTYPEarticle)
#   revision DB           the committed revision; a run that writes nothing leaves it as it was
#
# news-index stores one document per article, the people quoted and their quotes inside it; the
# schema leaves room for other kinds of document (common/schema.h), so its databases are counted by
# article_count, omindex's by doc_count. A stub database (a directory holding XAPIANDB, for shards)
# is opened as one.

# Debian names the inspector xapian-delve; upstream builds install it as delve.
find_delve() {
  delve=$(command -v xapian-delve || command -v delve || true)
  if [ -z "$delve" ]; then
    echo "$1: neither xapian-delve nor delve found; install the package 'xapian-tools'" >&2
    exit 2
  fi
}

doc_count() {
  "$delve" "$1" | awk -F' = ' '/^number of documents/ { print $2 }'
}

article_count() {
  "$delve" -t XTYPEarticle "$1" | sed -n 's/.*(termfreq \([0-9]*\),.*/\1/p'
}

revision() {
  "$delve" "$1" | awk -F' = ' '/^revision/ { print $2 }'
}
