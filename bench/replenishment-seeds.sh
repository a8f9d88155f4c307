#!/usr/bin/env bash
# The replenishment simulation (p80, model Auto) on other seeds and over the festival periods:
# seeds 7 and 2026 over the default period (measured 2026-04-27..07-19), then seed 42 measured
# over Spring Festival (2026-01-26..04-19) and over Mid-Autumn and National Day (2026-08-31..11-22).
# One forecasting thread, so the runs disturb other work less. Figures: BENCHMARKS.md.
# Usage: bench/replenishment-seeds.sh [extra simulate-replenishment options]
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time; }
./poolcast --help > /dev/null # build the jar now if sources changed, outside the timing
run() {
  echo "== simulate-replenishment $*   (load: $(cut -d' ' -f1-3 /proc/loadavg))"
  /usr/bin/env time -f "wall %e s, max RSS %M KB" ./poolcast simulate-replenishment \
    --model auto --service-level 0.8 --threads 1 "$@"
}
run --seed 7 "$@"
run --seed 2026 "$@"
run --seed 42 --start 2025-12-01 "$@"
run --seed 42 --start 2026-07-06 "$@"
