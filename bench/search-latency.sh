#!/usr/bin/env bash
# In-process search latency, p50/p90/p99 (median of several runs) over bench/queries.txt.
#   bench/search-latency.sh                         # bundled notes, lexical only
#   bench/search-latency.sh --semantic true         # bundled notes, lexical + semantic
#   bench/search-latency.sh --blocks 100000         # generated corpus of 100,000 blocks
# Other options: --queries FILE, --warmup ROUNDS, --rounds ROUNDS, --runs RUNS (defaults 5, 5, 5).
set -euo pipefail
cd "$(dirname "$0")/.."
CP=$(bench/classpath.sh)
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
exec java -Xmx4g -DLOG_LEVEL=WARN -cp "$CP" io.github.asyncioanswers.bench.SearchLatency "$@"
