#!/usr/bin/env bash
# Scores recognition on a folder of real articles with gold, by half:
# tune = files numbered 01–04, check = 05–08 (see tests/data/dev/README.md).
# Usage: scripts/score-dev.sh [DEV_DIR] [--verbose]
# Uses the release binary; build it first (cargo build --release).
set -euo pipefail
cd "$(dirname "$0")/.."
dev=${1:-tests/data/dev}
verbose=${2:-}
# SHANHAI_BIN picks another binary; a CARGO_TARGET_DIR build is found.
bin=${SHANHAI_BIN:-${CARGO_TARGET_DIR:-target}/release/shanhai}
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
grep -E '"doc": *"r[A-Z]0[1-4]' "$dev/gold.jsonl" >"$t/tune.jsonl"
grep -E '"doc": *"r[A-Z]0[5-8]' "$dev/gold.jsonl" >"$t/check.jsonl"
"$bin" --db "$t/dev.db" ingest "$dev/docs" >/dev/null
for h in tune check; do
  echo "== $h"
  "$bin" --db "$t/dev.db" eval --gold "$t/$h.jsonl" $verbose
done
