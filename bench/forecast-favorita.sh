#!/usr/bin/env bash
# Forecast accuracy on real daily series: Favorita's 54 store transaction series (read in place
# from ../shared/data), rolling-origin backtest h=28, 3 windows, the automatic choice against
# seasonal naive and the global GBM. Figures go to BENCHMARKS.md.
# Usage: bench/forecast-favorita.sh [path/to/favorita/transactions.csv.gz]
set -euo pipefail
cd "$(dirname "$0")/.."
input=${1:-../shared/data/favorita/transactions.csv.gz}
time ./poolcast backtest --input "$input" --id-col store_nbr --ds-col date --y-col transactions \
  --horizon 28 --windows 3 --models gbm,auto,snaive --out out/bench/favorita-backtest
time ./poolcast forecast --input "$input" --id-col store_nbr --ds-col date --y-col transactions \
  --horizon 30 --out out/bench/favorita-forecast
