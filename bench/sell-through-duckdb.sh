#!/usr/bin/env bash
# The sell-through backfill's table computed by DuckDB (bench/sell-through-duckdb.sql) from the
# event archive, timed (wall, max RSS), then compared with a backfill's output of the same range:
# per level, the rows only one side has and the rows whose columns differ (doubles within 1e-9
# relative), with the columns that do.
# Defaults: the seed year's last 28 days, as `ARCHIVE=1 JSON=0 STEPS=sell-through
# bench/backfill-seed-insight.sh 28 7 2` backfills them into out/bench/insight-seed-365/.
# Environment: ARCHIVE (holding events/pos_sales/ and events/shop_orders/), WORLD (holding
# world/*.csv), OUT (DuckDB writes OUT/sell_through/, replaced), BACKFILL (the backfill's output
# folder, holding sell_through/; no comparison if it has none), THREADS (2), MEMORY (8GB),
# TEMP_DIR (DuckDB's spill folder).
# Usage: [ARCHIVE=…] [WORLD=…] [OUT=…] [BACKFILL=…] bench/sell-through-duckdb.sh [FROM] [TO]
set -euo pipefail
cd "$(dirname "$0")/.."
from=${1:-2026-12-08}
to=${2:-2027-01-04}
archive=${ARCHIVE:-out/bench/insight-seed-365/archive}
world=${WORLD:-out/bench/world-seed-365}
out=${OUT:-out/bench/insight-seed-365/duckdb-sell-through}
backfill=${BACKFILL:-out/bench/insight-seed-365/archive-sell-through}
temp=${TEMP_DIR:-${TMPDIR:-/tmp}/poolcast-duckdb-sell-through}
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time; }
rm -rf "$out/sell_through" && mkdir -p "$out" "$temp"

# One argument per statement (the tool runs each in one session); a statement ends with a line
# ending in ';' that is not a comment.
mapfile -d '' -t statements < <(sed -e "s|{{EVENTS}}|$archive/events|g" \
  -e "s|{{WORLD}}|$world/world|g" -e "s|{{OUT}}|$out|g" -e "s|{{FROM}}|$from|g" \
  -e "s|{{TO}}|$to|g" bench/sell-through-duckdb.sql |
  awk '{ print } !/^[[:space:]]*--/ && /;[[:space:]]*$/ { printf "%c", 0 }')
echo "== DuckDB: sell-through $from..$to from $archive (uptime: $(uptime | sed 's/.*load/load/'))"
/usr/bin/time -f "wall %e s, max RSS %M KB" ../shared/tools/sql \
  "SET threads = ${THREADS:-2}" "SET memory_limit = '${MEMORY:-8GB}'" \
  "SET temp_directory = '$temp'" "SET preserve_insertion_order = false" "${statements[@]}"
../shared/tools/sql "SELECT level, count(*) AS rows, count(DISTINCT date) AS days,
    sum(units_sold) AS units_sold
  FROM read_parquet('$out/sell_through/*/*/*.parquet') GROUP BY level ORDER BY level"

[ -d "$backfill/sell_through" ] || exit 0
echo "== compared with $backfill/sell_through (the backfill's)"
columns=(units_sold value_cents listed_skus selling_skus sell_through_rate delivered_units
  estimated_stock_units stock_known_skus average_daily_units days_of_cover average_stock_units
  turnover_days stock_out_skus stock_out_rate abc_class xyz_class closed_at)
differs=()
for c in "${columns[@]}"; do
  case $c in
    *_rate|average_*|days_of_cover|turnover_days) # doubles: within 1e-9 relative
      differs+=("CASE WHEN NOT (a.$c IS NOT DISTINCT FROM b.$c OR abs(a.$c - b.$c)
        <= 1e-9 * greatest(abs(a.$c), abs(b.$c))) THEN '$c' END") ;;
    *) differs+=("CASE WHEN a.$c IS DISTINCT FROM b.$c THEN '$c' END") ;;
  esac
done
list=$(IFS=,; echo "${differs[*]}")
../shared/tools/sql "SET threads = ${THREADS:-2}" "SET memory_limit = '${MEMORY:-8GB}'" \
  "SET temp_directory = '$temp'" "
  CREATE TEMP TABLE joined AS
  WITH a AS (SELECT * FROM read_parquet('$backfill/sell_through/*/*/*.parquet',
                                        hive_partitioning = false)
             WHERE date BETWEEN DATE '$from' AND DATE '$to'),
  b AS (SELECT * FROM read_parquet('$out/sell_through/*/*/*.parquet', hive_partitioning = false))
  SELECT coalesce(a.level, b.level) AS level, a.level IS NOT NULL AS in_backfill,
         b.level IS NOT NULL AS in_duckdb,
         list_filter([$list], x -> x IS NOT NULL) AS differing
  FROM a FULL JOIN b ON a.level = b.level AND a.region_id = b.region_id
    AND a.shop_id IS NOT DISTINCT FROM b.shop_id
    AND a.supplier_id IS NOT DISTINCT FROM b.supplier_id
    AND a.category IS NOT DISTINCT FROM b.category AND a.sku IS NOT DISTINCT FROM b.sku
    AND a.date = b.date" "
  SELECT level, count(*) FILTER (WHERE in_backfill) AS backfill_rows,
         count(*) FILTER (WHERE in_duckdb) AS duckdb_rows,
         count(*) FILTER (WHERE in_backfill AND in_duckdb AND len(differing) = 0) AS equal_rows,
         count(*) FILTER (WHERE NOT in_duckdb) AS only_backfill,
         count(*) FILTER (WHERE NOT in_backfill) AS only_duckdb,
         count(*) FILTER (WHERE in_backfill AND in_duckdb AND len(differing) > 0) AS differing_rows
  FROM joined GROUP BY level ORDER BY level" "
  SELECT level, column_name AS differing_column, count(*) AS rows
  FROM (SELECT level, unnest(differing) AS column_name FROM joined
        WHERE in_backfill AND in_duckdb)
  GROUP BY ALL ORDER BY ALL"
