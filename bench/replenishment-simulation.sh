#!/usr/bin/env bash
# Replenishment suggestions against the world's own (s, S) reorder habit, on the same generated
# world and the same true demand (see docs/metrics.md, "Replenishment simulation").
# Runs the default world (2 regions, 40 shops, 16 suppliers, 400 SKUs, 20-60 listed per shop;
# 56 warm-up days from 2026-03-02, 84 measured days) at the p80 and the p95 service level.
# Usage: bench/replenishment-simulation.sh [MODEL=auto] [extra simulate-replenishment options]
set -euo pipefail
cd "$(dirname "$0")/.."
model=${1:-auto}
shift || true
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time; }
./poolcast --help > /dev/null # build the jar now if sources changed, outside the timing
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
for level in 0.8 0.95; do
  echo "== simulate-replenishment --model $model --service-level $level $*   (load: $(cut -d' ' -f1-3 /proc/loadavg))"
  /usr/bin/env time -f "wall %e s, max RSS %M KB" \
    ./poolcast simulate-replenishment --model "$model" --service-level "$level" "$@"
done
