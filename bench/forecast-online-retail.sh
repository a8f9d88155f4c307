#!/usr/bin/env bash
# Forecast accuracy on a wholesaler's real daily demand: UCI Online Retail, at both levels that
# `poolcast import online-retail` writes — units per product (3,798 series) and per product x
# country (19,497 series). Rolling-origin backtest, h=28, 3 windows 28 days apart, models side by
# side in one run per level: the global GBM, the automatic choice, seasonal naive, and Croston and
# TSB for the intermittent demand most of these series have. No setting is tuned here: every model
# runs with its defaults, so no window (least of all the last) is used to pick anything.
# The import writes every series to the data's last trading day (zeros after its last sale), so
# all series share the cut-offs. Coverage: see below_p10 / above_p90 in BENCHMARKS.md — with most
# days at zero a correct p10 is 0 and the closed p10-p90 interval holds every zero day.
# Figures go to BENCHMARKS.md. Usage: bench/forecast-online-retail.sh [path/to/online_retail.csv.gz]
set -euo pipefail
cd "$(dirname "$0")/.."
input=${1:-../shared/data/online-retail/online_retail_2010-12_2011-12.csv.gz}
data=out/online-retail
models=gbm,auto,snaive,croston,tsb
if [ ! -f "$data/demand/daily_by_product.csv.gz" ] || [ ! -f "$data/demand/daily_by_product_country.csv.gz" ]; then
  time ./poolcast import online-retail --input "$input" --out "$data"
fi
for level in product product_country; do
  echo "== daily units per ${level/_/ x } =="
  time ./poolcast backtest --input "$data/demand/daily_by_$level.csv.gz" \
    --horizon 28 --windows 3 --models "$models" --out "out/bench/online-retail-backtest-$level"
done
