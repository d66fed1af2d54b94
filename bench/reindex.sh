#!/usr/bin/env bash
# Benchmarks live reindexing with the shaded jar, on the bundled notes and on a generated corpus of
# 100,000 blocks: the time from saving a note to its new answer being served over HTTP (watcher,
# debounce, incremental reindex, refresh), and the time of a full rebuild (cold into an empty index,
# and forced through POST /api/v1/reindex). Prints medians; every request goes to 127.0.0.1 only.
#
# usage: bench/reindex.sh [save-runs] [blocks]      (defaults: 9 saves per corpus, 100000 blocks)
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${1:-9}
BLOCKS=${2:-100000}
REBUILD_RUNS=3
DEBOUNCE_MS=${REINDEX_DEBOUNCE_MS:-500}
JAR=target/asyncio-answers.jar
TOKEN=bench-token
WORK=$(mktemp -d)
SERVER_PID=""

cleanup() {
    if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

[ -f "$JAR" ] || mvn -q -B package -DskipTests
# A copy, so that a build during the run cannot swap the jar under a running JVM.
cp "$JAR" "$WORK/bench.jar"
JAR="$WORK/bench.jar"

now_ms() { date +%s%3N; }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "n/a"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Writes $2 blocks into 100-block files under $1, shaped like the bundled notes (heading, prose, code).
generate() {
    for t in 0 1 2 3 4 5 6 7 8 9; do mkdir -p "$1/topic0$t"; done
    awk -v dir="$1" -v blocks="$2" 'BEGIN {
        split("task loop future gather timeout queue lock semaphore stream subprocess", topic, " ")
        for (b = 0; b < blocks; b++) {
            file = sprintf("%s/topic%02d/part%04d.md", dir, int(b / 100) % 10, int(b / 100))
            t = topic[b % 10 + 1]
            printf "### How do I use %s number %d with asyncio?\n\n", t, b > file
            printf "Create the %s inside a coroutine and await it; block %d explains why the event loop\n", t, b > file
            printf "must keep running while the %s is pending, and how cancellation reaches it.\n\n", t > file
            printf "```python\nimport asyncio\n\nasync def main():\n    await asyncio.sleep(%d)\n```\n\n", b % 7 > file
            if (b % 100 == 99) close(file)
        }
    }'
}

start_server() { # notes index
    PORT_FILE="$WORK/server.out"
    ADMIN_TOKEN=$TOKEN java @config/jvm.options -jar "$JAR" serve --notes "$1" --index "$2" --host 127.0.0.1 --port 0 \
        --data-dir "$WORK/data" --rate-limit-per-second 0 \
        --semantic-enabled false --watch-enabled true --reindex-debounce "$DEBOUNCE_MS" \
        >"$PORT_FILE" 2>"$WORK/server.log" &
    SERVER_PID=$!
    for _ in $(seq 1 1200); do
        PORT=$(sed -n 's#.*http://127.0.0.1:\([0-9]*\)/.*#\1#p' "$PORT_FILE")
        [ -n "$PORT" ] && return 0
        kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.log" >&2; exit 1; }
        sleep 0.5
    done
    echo "server did not start" >&2; exit 1
}

stop_server() {
    kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""
}

# Saves a new block with a word found nowhere else and polls the API until it answers with it.
save_to_served_ms() { # notes run
    local word start
    word="probe$(echo "$2$RANDOM" | tr 0-9 a-j)"
    start=$(now_ms)
    printf '### How do I %s?\n\nUse %s wisely.\n' "$word" "$word" >"$1/bench-probe.md"
    for _ in $(seq 1 6000); do
        if curl -sf "http://127.0.0.1:$PORT/api/v1/search?limit=1&q=$word" | grep -q "Use $word wisely"; then
            echo $(($(now_ms) - start)); return 0
        fi
        sleep 0.005
    done
    echo "no answer for $word within 30 s" >&2; exit 1
}

bench() { # name notes
    local name=$1 notes=$2 index="$WORK/index-$1" cold warm blocks saves rebuilds work
    cold=$(java -jar "$JAR" index --notes "$notes" --index "$index" --semantic-enabled false 2>/dev/null | head -1)
    blocks=$(echo "$cold" | awk '{ print $2 }')
    warm=$(java -jar "$JAR" index --notes "$notes" --index "$index" --semantic-enabled false 2>/dev/null | head -1)
    start_server "$notes" "$index"
    saves=$(for run in $(seq 1 "$RUNS"); do save_to_served_ms "$notes" "$run"; sleep 1; done | median)
    # The server's own time for those incremental reindexes (lines "indexed N blocks in T ms (files parsed 1, ...").
    work=$(sed -n 's/.*indexed [0-9]* blocks in \([0-9]*\) ms (files parsed 1,.*/\1/p' "$WORK/server.log" | median)
    rebuilds=$(for _ in $(seq 1 $REBUILD_RUNS); do
        curl -sf -X POST -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/v1/reindex" |
            sed 's/.*"tookMs":\([0-9]*\).*/\1/'; echo
    done | median)
    stop_server
    rm -f "$notes/bench-probe.md"
    printf '%-16s %7s blocks | save->served median %5s ms (debounce %s ms, %s saves) | forced rebuild median %6s ms (%s runs)\n' \
        "$name" "$blocks" "$saves" "$DEBOUNCE_MS" "$RUNS" "$rebuilds" "$REBUILD_RUNS"
    printf '%-16s incremental reindex inside the server, median: %s ms\n' "" "$work"
    printf '%-16s cold build: %s\n%-16s restart, notes unchanged: %s\n' "" "$cold" "" "$warm"
}

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
cp -r notes "$WORK/bundled"
bench bundled "$WORK/bundled"
generate "$WORK/generated" "$BLOCKS"
bench "generated" "$WORK/generated"
