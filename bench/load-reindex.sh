#!/usr/bin/env bash
# Load with live reindexing: wrk on /api/v1/search (the questions of bench/queries.txt) for the whole
# run while one note file is rewritten in place every 2 s, alternating between two versions whose
# answers carry MARKER_OLD or MARKER_NEW, and a checker (curl loop) asks that note's question again
# and again and records which version it got. The server is target/asyncio-answers.jar (built if
# missing) on a copy of the bundled notes plus that note, in a temp folder, on 127.0.0.1 only.
#   bench/load-reindex.sh                      # 60 s, lexical
#   bench/load-reindex.sh --duration 10        # shorter
#   bench/load-reindex.sh --semantic true      # with semantic retrieval (embeds each new version)
# Options: --duration SECONDS, --connections N (wrk, default 16), --port PORT, --semantic true|false,
#          --debounce MS (watcher debounce, default 200), --heap SIZE (the server's -Xmx, e.g. 256m;
#          default the JVM's, a quarter of RAM, which lets RSS grow far before any GC gives memory back).
# Reports requests, errors and non-2xx, the versions seen, the reindexes (/health generation), the
# server's VmRSS at start and end, and VmRSS, RssAnon and RssFile at each rewrite. Exits 1 if any
# request failed or any answer was neither version.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=60
CONNECTIONS=16
PORT=18183
SEMANTIC=false
DEBOUNCE=200
HEAP=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --duration) DURATION=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --port) PORT=$2; shift 2 ;;
    --semantic) SEMANTIC=$2; shift 2 ;;
    --debounce) DEBOUNCE=$2; shift 2 ;;
    --heap) HEAP=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }
[[ -f target/asyncio-answers.jar ]] || mvn -q -B -DskipTests package

WORK=$(mktemp -d)
# A copy, so that a build during the run cannot swap the jar under the running JVM.
cp target/asyncio-answers.jar "$WORK/server.jar"
cp -r notes "$WORK/notes"
PROBE="$WORK/notes/zz-load-probe.md"
BASE="http://127.0.0.1:$PORT"
SERVER=""
HELPERS=()
cleanup() {
  for pid in "${HELPERS[@]}"; do kill "$pid" 2>/dev/null || true; done
  if [[ -n $SERVER ]]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# The probe note: two blocks with fixed ids, both answers carrying the version's marker.
probe_note() { # MARKER
  printf '### How do I drain the zanzibar reindex probe queue?\n\nCall drain() on the queue; version %s of this answer.\n\nquestion id: 6f1c2a40-0000-4000-8000-00000000a001\n\n' "$1"
  printf '### Why does the zanzibar probe worker stall?\n\nIt awaits a lock held elsewhere; version %s of this answer.\n\nquestion id: 6f1c2a40-0000-4000-8000-00000000a002\n\n' "$1"
}
probe_note MARKER_OLD >"$PROBE"

rss_kb() { awk '/^VmRSS/ { print $2 }' "/proc/$SERVER/status"; }
# VmRSS, and the parts of it that are anonymous (heap, code, stacks) and file-backed (the mapped index).
rss_parts_kb() { awk '/^(VmRSS|RssAnon|RssFile)/ { printf "%s ", $2 } END { print "" }' "/proc/$SERVER/status"; }
generation() { curl -sf "$BASE/health" | sed -nE 's/.*"generation":([0-9]+).*/\1/p'; }

java @config/jvm.options ${HEAP:+-Xmx$HEAP} -jar "$WORK/server.jar" serve --notes "$WORK/notes" --index "$WORK/index" --data-dir "$WORK/data" \
    --port "$PORT" --host 127.0.0.1 --semantic-enabled "$SEMANTIC" --rate-limit-per-second 0 \
    --watch-enabled true --reindex-debounce "$DEBOUNCE" >"$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 600); do
  curl -sf "$BASE/health" >/dev/null 2>&1 && break
  kill -0 "$SERVER" 2>/dev/null || { echo "server died:" >&2; tail -20 "$WORK/server.log" >&2; exit 1; }
  sleep 0.2
done
curl -sf "$BASE/health" >/dev/null || { echo "server not healthy after 120 s" >&2; exit 1; }
GEN_START=$(generation)
RSS_START=$(rss_kb)
echo "server healthy (semantic=$SEMANTIC, debounce $DEBOUNCE ms, heap ${HEAP:-default}); $(nproc) cores shared by server, wrk and checker; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# Rewrites the probe note in place every 2 s, alternating versions; samples RSS each time.
rewriter() {
  local marker=MARKER_OLD
  while true; do
    sleep 2
    [[ $marker == MARKER_OLD ]] && marker=MARKER_NEW || marker=MARKER_OLD
    probe_note "$marker" >"$PROBE"
    echo "$(date +%s%3N) $marker" >>"$WORK/rewrites.txt"
    rss_parts_kb >>"$WORK/rss.txt"
  done
}

# Asks the probe's question in a loop; one line per answer: OLD or NEW when the first block is there
# and both blocks (when both are returned) carry the same version, else BAD <status> <body>.
ID1='"id":"6f1c2a40-0000-4000-8000-00000000a001","question":"[^"]*","answer":"[^"]*(MARKER_[A-Z]+)'
ID2='"id":"6f1c2a40-0000-4000-8000-00000000a002","question":"[^"]*","answer":"[^"]*(MARKER_[A-Z]+)'
checker() {
  local out code body first second
  while true; do
    out=$(curl -s -w '\n%{http_code}' "$BASE/api/v1/search?limit=3&q=how+do+I+drain+the+zanzibar+reindex+probe+queue" || echo $'\n000')
    code=${out##*$'\n'}
    body=${out%$'\n'*}
    first=""; second=""
    [[ $body =~ $ID1 ]] && first=${BASH_REMATCH[1]}
    [[ $body =~ $ID2 ]] && second=${BASH_REMATCH[1]}
    if [[ $code == 200 && ($first == MARKER_OLD || $first == MARKER_NEW) && ( -z $second || $second == "$first" ) ]]; then
      echo "${first#MARKER_}"
    else
      echo "BAD $code ${body:0:300}"
    fi
  done >"$WORK/checks.txt"
}

rewriter & HELPERS+=($!)
checker & HELPERS+=($!)
RESULT=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s -s bench/wrk.lua "$BASE/api/v1/search" -- search bench/queries.txt | grep '^RESULT')
for pid in "${HELPERS[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
HELPERS=()
sleep 1 # the last rewrite's reindex, so that /health counts it
GEN_END=$(generation)
RSS_END=$(rss_kb)
RSS_MAX=$(cut -d' ' -f1 "$WORK/rss.txt" | sort -n | tail -1)

field() { sed -E "s/.* $1=([0-9]+).*/\1/" <<<"$RESULT"; }
REQUESTS=$(field requests)
ERRORS=$(( $(field connect) + $(field read) + $(field write) + $(field timeout) ))
NON2XX=$(field status)
OLD=$(grep -c '^OLD$' "$WORK/checks.txt" || true)
NEW=$(grep -c '^NEW$' "$WORK/checks.txt" || true)
BAD=$(grep -c '^BAD' "$WORK/checks.txt" || true)
REWRITES=$(wc -l <"$WORK/rewrites.txt")
REINDEXES=$(grep -c 'indexed [0-9]* blocks' "$WORK/server.log" || true)

echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| seconds | wrk requests | req/s | p50 ms | p99 ms | errors | non-2xx | checks old/new/neither | rewrites | generation start→end | reindexes logged | RSS start→end (max) MB |"
echo "|---:|---:|---:|---:|---:|---:|---:|---|---:|---|---:|---|"
awk -v r="$RESULT" -v d="$DURATION" -v req="$REQUESTS" -v e="$ERRORS" -v n="$NON2XX" -v o="$OLD" -v nw="$NEW" -v b="$BAD" \
    -v w="$REWRITES" -v g0="$GEN_START" -v g1="$GEN_END" -v ri="$REINDEXES" -v s="$RSS_START" -v t="$RSS_END" -v m="$RSS_MAX" \
    'function f(k) { match(r, " " k "=[0-9]+"); return substr(r, RSTART + length(k) + 2, RLENGTH - length(k) - 2) + 0 }
     BEGIN { printf "| %d | %d | %.0f | %.2f | %.2f | %d | %d | %d / %d / %d | %d | %d→%d | %d | %.0f→%.0f (%.0f) |\n",
             d, req, req / (f("duration_us") / 1e6), f("p50_us") / 1000, f("p99_us") / 1000, e, n, o, nw, b,
             w, g0, g1, ri, s / 1024, t / 1024, m / 1024 }'

for part in "1 VmRSS" "2 RssAnon" "3 RssFile"; do
  read -r column name <<<"$part"
  echo "$name MB at each rewrite (every 2 s): $(awk -v c="$column" '{ printf "%s%.0f", (NR > 1 ? " " : ""), $c / 1024 }' "$WORK/rss.txt")"
done

STATUS=0
if [[ $ERRORS -gt 0 || $NON2XX -gt 0 || $REQUESTS -eq 0 ]]; then
  echo "FAILED: $ERRORS failed requests, $NON2XX not 2xx, $REQUESTS requests" >&2; STATUS=1
fi
if [[ $BAD -gt 0 || $((OLD + NEW)) -eq 0 || $OLD -eq 0 || $NEW -eq 0 ]]; then
  echo "FAILED: $BAD answers were neither version (old $OLD, new $NEW); first ones:" >&2
  grep '^BAD' "$WORK/checks.txt" | head -3 >&2 || true
  STATUS=1
fi
[[ $STATUS -eq 0 ]] && echo "load-reindex: passed"
exit $STATUS
