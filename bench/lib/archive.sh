# shellcheck shell=bash
# The benchmark archive generator shared by bench/nochange_20k.sh and bench/query_latency.sh, and
# the article text it and bench/jsonl_100k.sh take.
#
#   source "$repo/bench/lib/archive.sh"
#   article_source                       sets source_dir and source_name: the text to copy
#   make_archive SOURCE_DIR FILES FILES_PER_DIR ARCHIVE WORK     writes the archive
#   run_generator NAME WORK COMMAND...   runs bench/gen_corpus.py's COMMAND; sets gen_said

# article_source: sets source_dir, an absolute path, and source_name, what it holds, for a report:
# the BBC set's articles ($repo/../shared/corpora/bbc) when it is there, else the team's corpus/.
# It expects $repo to be set.
# shellcheck disable=SC2034,SC2154  # source_name is for the script, $repo comes from it
article_source() {
  local bbc_dir=$repo/../shared/corpora/bbc
  if [ -d "$bbc_dir" ]; then
    source_dir=$(cd "$bbc_dir" && pwd)
    source_name="BBC articles"
  else
    source_dir=$repo/corpus
    source_name="corpus/ articles (../shared/corpora/bbc is absent)"
  fi
}

# make_archive SOURCE_DIR FILES FILES_PER_DIR ARCHIVE WORK:
# Writes FILES .txt articles under ARCHIVE (which must not exist), FILES_PER_DIR per date directory
# (YYYY/MM/DD, one day after another from 2023-01-01), as a real archive is laid out. The text is
# the *.txt articles under SOURCE_DIR (not hidden, not README.*), taken in byte order of their
# paths, in turn; each copy gets a numbered last paragraph ("Archive copy N."), so no two files are
# byte-identical. The same arguments always give the same files. WORK is a scratch directory for
# the source and directory lists. Sets archive_sources (the number of source articles) and
# archive_dirs (the number of date directories); returns 1, saying why on stderr, when SOURCE_DIR
# has no articles or the files made are not FILES distinct ones.
make_archive() {
  local source_dir=$1 files=$2 per_dir=$3 archive=$4 work=$5
  LC_ALL=C find "$source_dir" -name '.*' -prune -o -type f -name '*.txt' ! -iname 'readme.*' \
    -print | LC_ALL=C sort >"$work/sources"
  archive_sources=$(wc -l <"$work/sources")
  if [ "$archive_sources" -eq 0 ]; then
    echo "make_archive: no *.txt articles under $source_dir" >&2
    return 1
  fi
  archive_dirs=$(((files + per_dir - 1) / per_dir))
  seq 0 $((archive_dirs - 1)) | sed 's/.*/2023-01-01 +& day/' | date -f - '+%Y/%m/%d' \
    >"$work/dirs"
  mkdir "$archive" && (cd "$archive" && xargs mkdir -p <"$work/dirs")
  # Each file: a source article as it is (headline, blank line, paragraphs), then a paragraph with
  # the file's number. awk reads every source once and writes all the files (no process per file).
  LC_ALL=C awk -v n="$files" -v per="$per_dir" -v out="$archive" -v dirs="$work/dirs" '
    BEGIN {
      while ((getline path < ARGV[1]) > 0) {
        text = ""
        while ((getline line < path) > 0) text = text line "\n"
        close(path)
        source[count++] = text
      }
      while ((getline dir < dirs) > 0) dir_of[ndirs++] = dir
      for (i = 0; i < n; i++) {
        file = sprintf("%s/%s/%05d.txt", out, dir_of[int(i / per)], i)
        printf "%s\nArchive copy %d.\n", source[i % count], i > file
        close(file)
      }
      exit
    }' "$work/sources"
  local made duplicates
  made=$(find "$archive" -type f -name '*.txt' | wc -l)
  duplicates=$(find "$archive" -type f -exec md5sum {} + | cut -c1-32 | sort | uniq -d | wc -l)
  if [ "$made" -ne "$files" ] || [ "$duplicates" -ne 0 ]; then
    echo "make_archive: generated $made files ($duplicates byte-identical groups), not $files" \
      "distinct ones" >&2
    return 1
  fi
}

# run_generator NAME WORK COMMAND...: runs COMMAND (bench/gen_corpus.py and its arguments), its
# messages in WORK/gen.log, and sets gen_said to their last line (what it wrote, from what); exits
# 1, saying so as NAME and showing the messages, when it fails.
run_generator() {
  local name=$1 work=$2
  shift 2
  if ! "$@" 2>"$work/gen.log"; then
    echo "$name: gen_corpus.py failed:" >&2
    cat "$work/gen.log" >&2
    exit 1
  fi
  # shellcheck disable=SC2034  # gen_said is for the script
  gen_said=$(tail -n 1 "$work/gen.log")
}
