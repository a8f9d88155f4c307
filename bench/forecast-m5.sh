#!/usr/bin/env bash
# Issue #5's performance goal at M5 size: 30,490 daily series (3,049 SKUs × 10 shops) × up to
# 1,941 days from the sample world, a 30-day forecast with the global GBM (and its statistical
# fallback for series it cannot forecast) in ≤ 15 minutes and ≤ 4 GiB heap on 2 cores.
# Generates the set once (out/bench/m5-world, ≈ 350 MB), then runs the forecast under
# /usr/bin/time -v with a GC log and prints wall time, max RSS, peak heap after GC and the
# command's own time split (read, fit, forecast, write). Figures go to BENCHMARKS.md.
# Usage: bench/forecast-m5.sh [seed]
set -euo pipefail
cd "$(dirname "$0")/.."
seed=${1:-42}
world=out/bench/m5-world
series=$world/series/daily_sales.csv.gz
out=out/bench/m5-forecast
mkdir -p "$out"

if [ ! -x /usr/bin/time ]; then # GNU time reports max RSS; bash's builtin does not
  apt-get install -y -q time >/dev/null || { apt-get update -q && apt-get install -y -q time; }
fi

if [ ! -f "$series" ]; then
  echo "== generating the M5-sized series set (seed $seed) into $world"
  /usr/bin/time -f "generate: %e s wall, %M KB max RSS" \
    ./poolcast generate --scale m5 --series-only --seed "$seed" --out "$world"
else
  echo "== reusing $series ($(du -h "$series" | cut -f1))"
fi

echo "== forecasting: gbm, horizon 30, -Xmx4g"
JAVA_OPTS="-Xmx4g -Xlog:gc:file=$out/gc.log" /usr/bin/time -v -o "$out/time.txt" \
  ./poolcast forecast --input "$series" --models gbm --horizon 30 --seed "$seed" --out "$out" \
  2> >(grep -v 'BaselineFallback\|fell back to' >&2) | tee "$out/forecast.log"

echo "== figures"
grep -E 'Elapsed \(wall clock\)|Maximum resident set size|User time|System time|Percent of CPU' \
  "$out/time.txt"
# G1 lines look like "Pause Young (Normal) (G1 Evacuation Pause) 1899M->438M(2578M) 40.3ms"
awk '/Pause/ && /->/ {
       split($0, a, "->"); n = split(a[1], b, " "); before = b[n] + 0; after = a[2] + 0
       if (after > peak_after) peak_after = after; if (before > peak_before) peak_before = before
       pauses++ }
     END { printf "GC: %d pauses, peak heap before GC %d MB, peak heap after GC %d MB\n",
                  pauses, peak_before, peak_after }' "$out/gc.log"
grep '^time:' "$out/forecast.log"
