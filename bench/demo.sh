#!/usr/bin/env bash
# Time of the walking skeleton end to end: the small world (300 shops, 60 suppliers, 28 days),
# embedded broker, archive + pooling jobs. Figures go to BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf out/bench/demo
time ./poolcast demo --out out/bench/demo
