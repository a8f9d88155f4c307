#!/usr/bin/env bash
# Backfill at seed scale (5,000 shops, 1,000 suppliers, 20,000 SKUs) side by side with DuckDB.
# Generates DAYS days of the seed world (skipped when present), backfills the pooled orders of all
# its delivery days from the JSON-lines events (BATCH, the streaming job's pipeline), then lets
# DuckDB compute the core aggregate of the same events: pooled quantity per supplier, region,
# requested delivery day and SKU from the latest version of every order. DuckDB does no cut-offs,
# routing, tiers or allocations, so its time is a floor for the same input, not the same work.
# Then DuckDB computes and writes the backfill's two tables from the same events
# (bench/pooling-duckdb.sql: prices, tiers, trucks, allocations; no roll-over) into
# out/bench/backfill-seed-DAYS-duckdb, and from the archive into …-duckdb-archive.
# Then the same from Parquet: the events as the event archive (events/shop_orders/event_date=…,
# written once by bench/ArchiveFromJsonLines.java), read by the backfill and by DuckDB.
# Usage: [WORLD=existing world dir] [INPUTS=json,archive] bench/backfill-seed.sh [DAYS=30]
#        [PARALLELISM=2]   (INPUTS=archive runs only the Parquet archive's half)
set -euo pipefail
cd "$(dirname "$0")/.."
days=${1:-30}
parallelism=${2:-2}
world=${WORLD:-out/bench/world-seed-$days}
out=out/bench/backfill-seed-$days
archive=out/bench/archive-seed-$days
start=2026-01-05
inputs=${INPUTS:-json,archive}
# DuckDB writes the backfill's tables from EVENTS (a read_json or read_parquet call) into OUT.
duckdb_same_outputs() {
  local events=$1 target=$2
  rm -rf "$target" && mkdir -p "$target"
  local statements
  # One argument per statement (the tool runs each in one session); a statement ends with a line
  # ending in ';' that is not a comment.
  mapfile -d '' -t statements < <(sed -e "s|{{EVENTS}}|$events|g" -e "s|{{WORLD}}|$world/world|g" \
    -e "s|{{OUT}}|$target|g" bench/pooling-duckdb.sql |
    awk '{ print } !/^[[:space:]]*--/ && /;[[:space:]]*$/ { printf "%c", 0 }')
  /usr/bin/env time -f "duckdb wall %e s, max RSS %M KB" ../shared/tools/sql "${statements[@]}"
  ../shared/tools/sql "SELECT count(*) AS lines, sum(quantity) AS units, count(DISTINCT pool_id) AS pools
    FROM read_parquet('$target/pooled_orders/**/*.parquet')"
}
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time; }
if [ ! -f "$world/events/shop-orders.jsonl" ]; then
  ./poolcast generate --scale seed --days "$days" --start "$start" --out "$world"
fi
from=$start
to=$(date -d "$start + $((days + 6)) days" +%F)
events=$world/events/shop-orders.jsonl
echo "events: $(wc -l < "$events") shop-order lines, $(du -h "$events" | cut -f1)"
rm -rf "$out"
./poolcast --help > /dev/null # build the jar now if sources changed, outside the timing
if [[ $inputs == *json* ]]; then
echo "== poolcast backfill (parallelism $parallelism)"
/usr/bin/env time -f "backfill wall %e s, max RSS %M KB" \
  ./poolcast backfill --from "$from" --to "$to" --input "$events" --world "$world" \
  --out "$out" --parallelism "$parallelism"
echo "== DuckDB: latest version per order, quantity per supplier × region × day × SKU"
/usr/bin/env time -f "duckdb wall %e s, max RSS %M KB" ../shared/tools/sql "
  WITH latest AS (
    SELECT * FROM read_json('$events', format = 'newline_delimited')
    QUALIFY row_number() OVER (PARTITION BY order_id ORDER BY version DESC) = 1)
  SELECT count(*) AS groups, sum(q) AS units FROM (
    SELECT supplier_id, region_id, requested_delivery_date, l.sku, sum(l.quantity) AS q
    FROM latest, unnest(lines) AS t(l)
    WHERE type <> 'CANCELLED'
    GROUP BY ALL)"
echo "== DuckDB, same outputs written (bench/pooling-duckdb.sql)"
duckdb_same_outputs "read_json('$events', format = 'newline_delimited')" "$out-duckdb"
echo "== backfill output"
../shared/tools/sql "SELECT count(*) AS lines, sum(quantity) AS units, count(DISTINCT pool_id) AS pools
  FROM read_parquet('$out/pooled_orders/**/*.parquet')"
fi
[[ $inputs == *archive* ]] || exit 0
if [ ! -d "$archive/events/shop_orders" ]; then
  java -Xmx6g -cp jobs/target/poolcast.jar bench/ArchiveFromJsonLines.java "$events" "$archive"
fi
echo "== poolcast backfill from the Parquet archive (parallelism $parallelism)"
rm -rf "$out-archive"
/usr/bin/env time -f "backfill wall %e s, max RSS %M KB" \
  ./poolcast backfill --from "$from" --to "$to" --input "$archive" --world "$world" \
  --out "$out-archive" --parallelism "$parallelism"
echo "== DuckDB on the Parquet archive"
/usr/bin/env time -f "duckdb wall %e s, max RSS %M KB" ../shared/tools/sql "
  WITH latest AS (
    SELECT * FROM read_parquet('$archive/events/shop_orders/**/*.parquet')
    QUALIFY row_number() OVER (PARTITION BY order_id ORDER BY version DESC) = 1)
  SELECT count(*) AS groups, sum(q) AS units FROM (
    SELECT supplier_id, region_id, requested_delivery_date, l.sku, sum(l.quantity) AS q
    FROM latest, unnest(lines) AS t(l)
    WHERE type <> 'CANCELLED'
    GROUP BY ALL)"
echo "== DuckDB on the Parquet archive, same outputs written"
duckdb_same_outputs "read_parquet('$archive/events/shop_orders/**/*.parquet')" "$out-duckdb-archive"
