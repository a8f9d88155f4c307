#!/usr/bin/env bash
# Stock-out detection of the sell-through job against the sample world's truth: generates the small
# world (its truth/daily_demand.csv.gz has the true stock_out flag per shop × SKU × day), publishes
# it to a local broker, runs `poolcast sell-through --bounded` and lets DuckDB compare the job's
# shop × SKU rows with the truth: precision and recall of stock_out_skus, the stock-out rate, and
# whether the job's units equal the truth's sales.
# Usage: bench/sell-through-stockouts.sh [DAYS=56] [SEED=42] [PORT=39192]
set -euo pipefail
cd "$(dirname "$0")/.."
days=${1:-56}
seed=${2:-42}
port=${3:-39192}
world=out/bench/world-small-$days-$seed
out=out/bench/sell-through-$days-$seed
if [ ! -f "$world/truth/daily_demand.csv.gz" ]; then
  ./poolcast generate --scale small --seed "$seed" --days "$days" --out "$world"
fi
rm -rf "$out"
mkdir -p "$out"
./poolcast --help > /dev/null # build the jar now if sources changed
./poolcast broker --port "$port" > "$out/broker.log" 2>&1 &
broker=$!
trap 'kill $broker' EXIT
until grep -q "ready" "$out/broker.log"; do sleep 1; done
./poolcast publish --bootstrap-servers "localhost:$port" --world "$world"
/usr/bin/env time -f "sell-through wall %e s" \
  ./poolcast sell-through --bootstrap-servers "localhost:$port" --world "$world" --out "$out" --bounded
../shared/tools/sql "
  WITH truth AS (
    SELECT split_part(unique_id, '|', 1) AS shop_id, split_part(unique_id, '|', 2) AS sku,
           CAST(ds AS DATE) AS date, stock_out = 1 AS out, sales
    FROM read_csv('$world/truth/daily_demand.csv.gz', header = true)),
  est AS (
    SELECT shop_id, sku, date, stock_out_skus = 1 AS flagged, stock_known_skus = 1 AS known,
           units_sold
    FROM read_parquet('$out/sell_through/level=shop_sku/**/*.parquet', hive_partitioning = true))
  SELECT count(*) AS truth_days,
         count(*) FILTER (t.out) AS true_out,
         count(*) FILTER (e.flagged) AS flagged,
         count(*) FILTER (t.out AND e.flagged) AS hits,
         round(count(*) FILTER (t.out AND e.flagged) / count(*) FILTER (e.flagged), 3) AS precision,
         round(count(*) FILTER (t.out AND e.flagged) / count(*) FILTER (t.out), 3) AS recall,
         round(count(*) FILTER (t.out AND e.known) / count(*) FILTER (e.known), 3)
           AS true_rate_when_known,
         round(count(*) FILTER (e.flagged) / count(*) FILTER (e.known), 3) AS flagged_rate_when_known,
         count(*) FILTER (t.sales <> coalesce(e.units_sold, 0)) AS sales_mismatches
  FROM truth t LEFT JOIN est e USING (shop_id, sku, date)"
