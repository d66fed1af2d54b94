#!/usr/bin/env bash
# HTTP throughput and latency of search versus /health on the same server, with wrk.
#   bench/http.sh                                  # 3 rounds of 10 s runs at 1, 16 and 64 connections
#   bench/http.sh --duration 5 --connections "16" --rounds 1  # shorter
#   bench/http.sh --ci                             # fail if any request errors or is not 2xx
#   bench/http.sh --search-cache-size 0            # every search runs: as if every question were new
# Each round runs search and /health at each number of connections, taking turns at going first
# (search in odd rounds, /health in even ones); the table gives the median of the rounds for each
# figure, and the ratio of the median throughputs. Rounds, and a warm-up long enough for the JIT,
# keep a host whose speed drifts from favouring whichever endpoint ran last.
# Options: --duration SECONDS, --connections "LIST", --rounds N (default 3), --warmup SECONDS (search
#          and /health load first, not reported; default 20), --port PORT, --semantic true|false,
#          --log-level LEVEL (the server's; default INFO, its normal one access line a request),
#          --search-cache-size N (the server's result cache; default 1000, its normal size: the 40
#          questions of bench/queries.txt repeat, so after the warm-up they are answered from the
#          cache; 0 turns it off). EXTRA_FLAGS="--flag value" in the environment is passed to serve
#          (e.g. "--query-log-enabled false").
# wrk's timeout is 10 s, so a timeout means a stuck request, not a slow machine.
# Starts target/asyncio-answers.jar (built if missing) on the bundled notes and stops it after.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=10
WARMUP=20
ROUNDS=3
CONNECTIONS="1 16 64"
PORT=18181
SEMANTIC=true
LOG_LEVEL=INFO
CACHE_SIZE=1000
CI_MODE=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    --duration) DURATION=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --rounds) ROUNDS=$2; shift 2
              [[ $ROUNDS =~ ^[1-9][0-9]*$ ]] || { echo "--rounds must be 1 or more" >&2; exit 2; } ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --port) PORT=$2; shift 2 ;;
    --semantic) SEMANTIC=$2; shift 2 ;;
    --log-level) LOG_LEVEL=$2; shift 2 ;;
    --search-cache-size) CACHE_SIZE=$2; shift 2 ;;
    --ci) CI_MODE=true; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }
[[ -f target/asyncio-answers.jar ]] || mvn -q -B -DskipTests package

WORK=$(mktemp -d)
LOG="$WORK/server.log"
START_NS=$(date +%s%N)
LOG_LEVEL=$LOG_LEVEL java @config/jvm.options -jar target/asyncio-answers.jar serve --port "$PORT" --host 127.0.0.1 \
    --index "$WORK/index" --data-dir "$WORK/data" --semantic-enabled "$SEMANTIC" \
    --rate-limit-per-second 0 --search-cache-size "$CACHE_SIZE" ${EXTRA_FLAGS:-} >"$LOG" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null || true; rm -rf "$WORK"' EXIT

for _ in $(seq 1 600); do
  curl -sf "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break
  kill -0 "$SERVER" 2>/dev/null || { echo "server died:" >&2; tail -20 "$LOG" >&2; exit 1; }
  sleep 0.2
done
curl -sf "http://127.0.0.1:$PORT/health" >/dev/null || { echo "server not healthy after 120 s" >&2; exit 1; }
echo "server healthy $(( ($(date +%s%N) - START_NS) / 1000000 )) ms after launch (semantic=$SEMANTIC, log level $LOG_LEVEL, search cache size $CACHE_SIZE)"
echo "wrk $DURATION s per run, median of $ROUNDS rounds, after a $WARMUP s warm-up, on $(nproc) cores shared by server and wrk; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| connections | search req/s | search p50 ms | search p99 ms | /health req/s | /health p50 ms | /health p99 ms | search/health |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|"

FAILED=0
run_wrk() { # MODE CONNECTIONS URL [SECONDS] -> RESULT line
  local threads=$(( $2 < 2 ? $2 : 2 ))
  wrk -t"$threads" -c"$2" -d"${4:-$DURATION}s" --timeout 10s -s bench/wrk.lua "$3" -- "$1" bench/queries.txt | grep '^RESULT'
}
field() { sed -E "s/.* $1=([0-9]+).*/\1/" <<<"$2"; }
errors() { echo $(( $(field connect "$1") + $(field read "$1") + $(field write "$1") + $(field status "$1") + $(field timeout "$1") )); }

if [[ $WARMUP -gt 0 ]]; then
  run_wrk search 16 "http://127.0.0.1:$PORT/api/v1/search" "$WARMUP" >/dev/null
  run_wrk health 16 "http://127.0.0.1:$PORT/health" "$(( (WARMUP + 3) / 4 ))" >/dev/null
fi
declare -A RESULTS
for round in $(seq 1 "$ROUNDS"); do
  for c in $CONNECTIONS; do
    order="search health"
    (( round % 2 == 0 )) && order="health search"
    for mode in $order; do
      url="http://127.0.0.1:$PORT/health"
      [[ $mode == search ]] && url="http://127.0.0.1:$PORT/api/v1/search"
      result=$(run_wrk "$mode" "$c" "$url")
      if [[ $(errors "$result") -gt 0 || $(field requests "$result") -eq 0 ]]; then
        echo "errors at $c connections: $result" >&2
        FAILED=1
      fi
      RESULTS[$mode,$c]+="$result"$'\n'
    done
  done
done
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# throughput, p50 and p99 (us) of one endpoint at one number of connections, each the median of the rounds
figures() {
  local rows
  rows=$(while read -r result; do
    awk -v n="$(field requests "$result")" -v us="$(field duration_us "$result")" 'BEGIN { printf "%.1f ", n / (us / 1e6) }'
    echo "$(field p50_us "$result") $(field p99_us "$result")"
  done <<<"${RESULTS[$1,$2]%$'\n'}")
  echo "$(cut -d' ' -f1 <<<"$rows" | median) $(cut -d' ' -f2 <<<"$rows" | median) $(cut -d' ' -f3 <<<"$rows" | median)"
}
for c in $CONNECTIONS; do
  read -r srps s50 s99 <<<"$(figures search "$c")"
  read -r hrps h50 h99 <<<"$(figures health "$c")"
  awk -v c="$c" -v srps="$srps" -v s50="$s50" -v s99="$s99" -v hrps="$hrps" -v h50="$h50" -v h99="$h99" 'BEGIN {
    printf "| %d | %.0f | %.2f | %.2f | %.0f | %.2f | %.2f | %.0f%% |\n", c, srps, s50 / 1000, s99 / 1000, hrps, h50 / 1000, h99 / 1000, 100 * srps / hrps }'
done
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "result cache of the server (hits are searches answered from it):"
curl -sf "http://127.0.0.1:$PORT/metrics" | grep '^asyncio_search_cache_lookups_total' || true
if [[ $CI_MODE == true && $FAILED -ne 0 ]]; then
  echo "FAILED: some requests errored or were not 2xx" >&2
  exit 1
fi
