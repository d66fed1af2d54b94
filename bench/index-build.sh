#!/usr/bin/env bash
# Index build time and peak memory (RSS of the whole JVM) for generated corpora, with
# `asyncio-answers.jar index` under /usr/bin/time -v, from an empty index folder each run.
#   bench/index-build.sh                                   # 1k, 10k, 100k blocks, lexical, 3 runs each
#   bench/index-build.sh --sizes "1000" --semantic true    # with embeddings (about 20 ms a block here)
# Options: --sizes "LIST", --semantic true|false, --runs N. Prints the median run of each size.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES="1000 10000 100000"
SEMANTIC=false
RUNS=3
while [[ $# -gt 0 ]]; do
  case "$1" in
    --sizes) SIZES=$2; shift 2 ;;
    --semantic) SEMANTIC=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

[[ -x /usr/bin/time ]] || { echo "/usr/bin/time is not installed (apt-get install -y time)" >&2; exit 1; }
[[ -f target/asyncio-answers.jar ]] || mvn -q -B -DskipTests package
CP=$(bench/classpath.sh)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

echo "| blocks | semantic | wall s (median of $RUNS) | indexing ms (as logged) | peak RSS MB | index size MB |"
echo "|---:|---|---:|---:|---:|---:|"
for n in $SIZES; do
  java -cp "$CP" io.github.asyncioanswers.bench.Corpus "$n" "$WORK/notes-$n" >/dev/null
  rows=()
  for run in $(seq 1 "$RUNS"); do
    rm -rf "$WORK/index"
    /usr/bin/time -v -o "$WORK/time.txt" java -jar target/asyncio-answers.jar index --notes "$WORK/notes-$n" \
        --index "$WORK/index" --semantic-enabled "$SEMANTIC" >"$WORK/out.txt" 2>"$WORK/err.txt"
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$WORK/time.txt")
    rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$WORK/time.txt")
    ms=$(sed -nE 's/^indexed ([0-9]+) blocks .* in ([0-9]+) ms.*/\2/p' "$WORK/out.txt")
    size=$(du -sm "$WORK/index" | cut -f1)
    rows+=("$wall $ms $rss $size")
  done
  median=$(printf '%s\n' "${rows[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
  read -r wall ms rss size <<<"$median"
  echo "| $n | $SEMANTIC | $wall | $ms | $rss | $size |"
done
