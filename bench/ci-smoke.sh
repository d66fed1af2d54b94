#!/usr/bin/env bash
# CI's HTTP load smoke test: installs wrk (and curl) when missing, failing loudly if that fails,
# builds the jar when missing, then runs bench/http.sh for 10 s at 16 connections with --ci:
# exits non-zero if the server does not come up or any request errors or is not 2xx. Then 10 s of
# bench/load-reindex.sh: search load while a note is rewritten every 2 s, every answer the old or the new.
#   bench/ci-smoke.sh            (DURATION=SECONDS overrides the 10 s of both)
set -euo pipefail
cd "$(dirname "$0")/.."

install() {
  local sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  echo "ci-smoke: installing $*"
  if ! $sudo apt-get update -qq || ! $sudo apt-get install -y -qq "$@"; then
    echo "ci-smoke: FAILED to install $* with apt-get" >&2
    exit 1
  fi
}
command -v wrk >/dev/null || install wrk
command -v curl >/dev/null || install curl
command -v wrk >/dev/null || { echo "ci-smoke: wrk still missing after install" >&2; exit 1; }

[[ -f target/asyncio-answers.jar ]] || mvn -q -B -DskipTests package
bench/http.sh --duration "${DURATION:-10}" --connections 16 --rounds 1 --warmup 5 --ci
echo "ci-smoke: HTTP load smoke passed"
bench/load-reindex.sh --duration "${DURATION:-10}" --heap 256m
echo "ci-smoke: load with live reindexing passed"
