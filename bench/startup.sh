#!/usr/bin/env bash
# Start-up time: from launching `asyncio-answers.jar serve` to the first 200 from /health,
# with an empty index folder (cold: the notes are indexed first) and with the index left by the
# previous start (warm). Bundled notes.
#   bench/startup.sh [--semantic true|false] [--runs N]     (defaults: true, 5)
set -euo pipefail
cd "$(dirname "$0")/.."

SEMANTIC=true
RUNS=5
PORT=18182
while [[ $# -gt 0 ]]; do
  case "$1" in
    --semantic) SEMANTIC=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[[ -f target/asyncio-answers.jar ]] || mvn -q -B -DskipTests package
WORK=$(mktemp -d)
SERVER=""
trap 'if [[ -n $SERVER ]]; then kill "$SERVER" 2>/dev/null || true; fi; rm -rf "$WORK"' EXIT

start_ms() { # prints ms from launch to healthy, then stops the server
  local start=$(date +%s%N)
  java @config/jvm.options -jar target/asyncio-answers.jar serve --port "$PORT" --host 127.0.0.1 --index "$WORK/index" --data-dir "$WORK/data" \
      --semantic-enabled "$SEMANTIC" >"$WORK/log.txt" 2>&1 &
  SERVER=$!
  until curl -sf "http://127.0.0.1:$PORT/health" >/dev/null 2>&1; do
    kill -0 "$SERVER" 2>/dev/null || { echo "server died" >&2; cat "$WORK/log.txt" >&2; exit 1; }
    sleep 0.05
  done
  echo $(( ($(date +%s%N) - start) / 1000000 ))
  kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; SERVER=""
}
median() { sort -n | sed -n "$(( (RUNS + 1) / 2 ))p"; }

cold=(); warm=()
for _ in $(seq 1 "$RUNS"); do
  rm -rf "$WORK/index"
  cold+=("$(start_ms)")
  warm+=("$(start_ms)")
done
echo "semantic=$SEMANTIC runs=$RUNS cold (empty index) ms: ${cold[*]} -> median $(printf '%s\n' "${cold[@]}" | median)"
echo "semantic=$SEMANTIC runs=$RUNS warm (index kept)  ms: ${warm[*]} -> median $(printf '%s\n' "${warm[@]}" | median)"
