#!/usr/bin/env bash
# Where in-process search time goes: runs bench/search-latency.sh's main under JFR and prints the
# share of CPU samples under each of our methods and the hottest methods overall.
#   bench/profile-search.sh                        # bundled notes, lexical
#   bench/profile-search.sh --blocks 100000        # any option of bench/search-latency.sh
set -euo pipefail
cd "$(dirname "$0")/.."
CP=$(bench/classpath.sh)
JFR=$(mktemp --suffix .jfr)
trap 'rm -f "$JFR"' EXIT
java -Xmx4g -DLOG_LEVEL=WARN -XX:StartFlightRecording=settings=profile,filename="$JFR" \
    -cp "$CP" io.github.asyncioanswers.bench.SearchLatency "$@" 2>/dev/null | grep -v '^run '
java -cp "$CP" io.github.asyncioanswers.bench.ProfileSummary "$JFR"
