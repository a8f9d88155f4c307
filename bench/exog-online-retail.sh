#!/usr/bin/env bash
# Does a daily unit price help the global GBM? UCI Online Retail per-product demand (read in place
# from ../shared/data via `poolcast import online-retail`), the 500 products with the most units
# (ties by StockCode), rolling-origin backtest h=28, 3 windows, GBM without and with
# `--exog unit_price` on the same series. In the backtest the held-out days' actual prices are the
# known future. Figures go to BENCHMARKS.md.
# Usage: bench/exog-online-retail.sh [top-n]
set -euo pipefail
cd "$(dirname "$0")/.."
top=${1:-500}
out=out/bench/exog-online-retail
demand="$out/import/demand/daily_by_product.csv.gz"
[ -f "$demand" ] || ./poolcast import online-retail --out "$out/import"
subset="$out/top$top.csv"
../shared/tools/sql "COPY (SELECT d.* FROM read_csv('$demand', types={'unique_id':'VARCHAR'}) d
  JOIN (SELECT unique_id FROM read_csv('$demand', types={'unique_id':'VARCHAR'}) GROUP BY unique_id
        ORDER BY sum(y) DESC, unique_id LIMIT $top) t USING (unique_id)
  ORDER BY unique_id, ds) TO '$subset' (HEADER)"
time ./poolcast backtest --input "$subset" --horizon 28 --windows 3 --models gbm --threads 2 \
  --out "$out/without-price"
time ./poolcast backtest --input "$subset" --exog unit_price --horizon 28 --windows 3 \
  --models gbm --threads 2 --out "$out/with-price"
# The same cut-offs, mean forecasts only, with a third variant: the price known only up to the
# cut-off (held-out days follow the rule, as a forecast without --future).
java -Xmx4g -cp jobs/target/poolcast.jar bench/ExogPriceCheck.java "$subset" unit_price 28 3
