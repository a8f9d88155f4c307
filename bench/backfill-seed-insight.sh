#!/usr/bin/env bash
# Sell-through and forecast backfills of the seed-scale year side by side with DuckDB (issue #7).
# On an existing seed world (bench/backfill-seed.sh 365 generates one: 5,000 shops, 1,000
# suppliers, a year of events, 151 M POS sales in 28 GB of JSON lines), backfills from the JSON
# lines, each under /usr/bin/time (wall, max RSS):
#   sell-through for the last SELL_DAYS local days (the job reads its 63-day look-back too);
#   forecast for the last FORECAST_DAYS issue days (182-day look-back) with a GBM trained on the
#   same world's sales of the 60 days before the range (bench/TrainOnRecentSales.java: the
#   forecast-train step entered at a byte offset, so the year's JSON is not parsed for it).
# Next to each, DuckDB computes the core aggregate of the same events in the same event window
# (firstEventTime .. endEventTime of the range): sell-through, units and value sold per shop × SKU
# × local day; forecast, daily units per region × SKU. DuckDB does no stock ledger, listings, ABC
# classes or forecasting, so its time is a floor for the same input, not the same work. Local days
# are UTC+8: every region of the generated world is Asia/Shanghai.
# With ARCHIVE=1, the same from Parquet: the window's POS sales as the event archive
# (events/pos_sales/event_date=…, written once by bench/ArchiveFromJsonLines.java), the shop
# orders from the archive bench/backfill-seed.sh writes; backfills and DuckDB read only the window's
# partitions.
# Disk: Flink's BATCH sorts and shuffles spill to java.io.tmpdir; on 2026-11-26 the 28-day
# sell-through wrote more than 11.5 GB there and then failed on the full shared disk (BENCHMARKS.md).
# STEPS picks what runs (default all: "sell-through forecast duckdb"), e.g. to run each one alone;
# JSON=0 skips the runs from JSON lines (with ARCHIVE=1: only the archive's).
# Usage: [WORLD=dir] [ARCHIVE=1] [JSON=0] [STEPS=...] bench/backfill-seed-insight.sh [SELL_DAYS=28]
#        [FORECAST_DAYS=7] [PARALLELISM=2]
set -euo pipefail
cd "$(dirname "$0")/.."
sell_days=${1:-28}
forecast_days=${2:-7}
parallelism=${3:-2}
world=${WORLD:-out/bench/world-seed-365}
out=out/bench/insight-seed-365
archive=$out/archive
steps=" ${STEPS:-sell-through forecast duckdb} "
step() { [[ $steps == *" $1 "* ]]; }
sales=$world/events/pos-sales.jsonl
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time; }
utc() { sed 's/.*"event_time":"\([^"]*\)".*/\1/'; }
if [ -f "$sales" ]; then
  last=$(date -u -d "$(tail -n 1 "$sales" | utc) + 8 hours" +%F) # the last local day with sales
elif [ "${ARCHIVE:-0}" = 1 ] && [ "${JSON:-1}" = 0 ] && [ -d "$archive/events/pos_sales" ]; then
  # the JSON lines are gone (they are 28 GB), the archive made from them is enough
  newest=$(ls -d "$archive"/events/pos_sales/event_date=* | tail -n 1)
  last=$(../shared/tools/sql "SELECT CAST(max(make_timestamp(epoch_us(event_time)))
    + INTERVAL 8 HOUR AS DATE) AS last FROM read_parquet('$newest/*/*.parquet')" | tail -n 1)
else
  echo "no $sales: run bench/backfill-seed.sh 365 first" >&2
  exit 1
fi
sell_from=$(date -d "$last - $((sell_days - 1)) days" +%F)
forecast_from=$(date -d "$last - $((forecast_days - 1)) days" +%F)
# The backfill's event window (BackfillRange): look-back days and 14 h before FROM, to TO + 2 days.
window() { # FROM LOOKBACK → "first end" as UTC timestamps
  echo "$(date -u -d "$1 - $2 days - 14 hours" +%FT%TZ) $(date -u -d "$last + 2 days" +%FT%TZ)"
}
read -r sell_first sell_end <<< "$(window "$sell_from" 63)"
read -r fc_first fc_end <<< "$(window "$forecast_from" 182)"
mkdir -p "$out"
./poolcast --help > /dev/null # build the jar now if sources changed, outside the timing
jar=jobs/target/poolcast.jar
model=$(ls "$out"/models/gbm-*.model 2>/dev/null | head -n 1 || true)
if [ -z "$model" ] && step forecast; then
  echo "== training the GBM on the 60 days before $forecast_from"
  /usr/bin/env time -f "train wall %e s, max RSS %M KB" java -Xmx4g -cp "$jar" \
    bench/TrainOnRecentSales.java "$sales" "$world/world" "$out/models" \
    "$(date -d "$forecast_from - 60 days" +%F)" "$(date -d "$forecast_from - 1 day" +%F)"
  model=$(ls "$out"/models/gbm-*.model | head -n 1)
fi

sell_through() { # INPUT OUT
  rm -rf "$2"
  echo "== poolcast backfill --jobs sell-through $sell_from..$last from $1 (parallelism $parallelism)"
  /usr/bin/env time -f "backfill wall %e s, max RSS %M KB" \
    ./poolcast backfill --jobs sell-through --from "$sell_from" --to "$last" --input "$1" \
    --world "$world" --out "$2" --parallelism "$parallelism"
  ../shared/tools/sql "SELECT count(*) AS rows, count(DISTINCT date) AS days
    FROM read_parquet('$2/sell_through/**/*.parquet', hive_partitioning = true)"
}
forecast() { # INPUT OUT
  rm -rf "$2"
  echo "== poolcast backfill --jobs forecast $forecast_from..$last from $1 (parallelism $parallelism)"
  /usr/bin/env time -f "backfill wall %e s, max RSS %M KB" \
    ./poolcast backfill --jobs forecast --from "$forecast_from" --to "$last" --input "$1" \
    --world "$world" --model-file "$model" --out "$2" --parallelism "$parallelism"
  ../shared/tools/sql "SELECT count(*) AS rows, count(DISTINCT (level, region, sku, shop_id, issued_on))
    AS forecasts FROM read_parquet('$2/forecasts/**/*.parquet', hive_partitioning = true)"
}
# The POS sales as a relation with a UTC timestamp ts: JSON lines (event_time is text ending in Z)
# or the archive's Parquet (a TIMESTAMPTZ; only the event_date partitions FIRST..END are read).
sales_json() {
  echo "(SELECT *, CAST(left(event_time, 19) AS TIMESTAMP) AS ts FROM read_json('$sales',
    format = 'newline_delimited', columns = {shop_id: 'VARCHAR', region_id: 'VARCHAR',
    sku: 'VARCHAR', quantity: 'INTEGER', unit_price_cents: 'BIGINT', event_time: 'VARCHAR'}))"
}
sales_parquet() { # FIRST END
  echo "(SELECT *, make_timestamp(epoch_us(event_time)) AS ts
    FROM read_parquet('$archive/events/pos_sales/*/*/*.parquet', hive_partitioning = true)
    WHERE event_date BETWEEN '${1%%T*}' AND '${2%%T*}')"
}
duckdb() { # LABEL SALES-FUNCTION
  echo "== DuckDB ($1): sell-through core aggregate, units and value per shop × SKU × local day"
  /usr/bin/env time -f "duckdb wall %e s, max RSS %M KB" ../shared/tools/sql "
    SELECT count(*) AS groups, sum(units) AS units, sum(value) AS value_cents FROM (
      SELECT shop_id, sku, CAST(ts + INTERVAL 8 HOUR AS DATE) AS day,
        sum(quantity) AS units, sum(quantity * unit_price_cents) AS value
      FROM $($2 "$sell_first" "$sell_end")
      WHERE ts >= TIMESTAMP '${sell_first%Z}' AND ts < TIMESTAMP '${sell_end%Z}'
      GROUP BY ALL)"
  echo "== DuckDB ($1): forecast core aggregate, daily units per region × SKU over the look-back"
  /usr/bin/env time -f "duckdb wall %e s, max RSS %M KB" ../shared/tools/sql "
    SELECT count(*) AS groups, count(DISTINCT (region_id, sku)) AS series, sum(units) AS units
    FROM (
      SELECT region_id, sku, CAST(ts + INTERVAL 8 HOUR AS DATE) AS day, sum(quantity) AS units
      FROM $($2 "$fc_first" "$fc_end")
      WHERE ts >= TIMESTAMP '${fc_first%Z}' AND ts < TIMESTAMP '${fc_end%Z}'
      GROUP BY ALL)"
}

if [ -f "$sales" ]; then
  echo "events: $(du -h "$sales" | cut -f1) of POS sales as JSON lines; last local day $last"
else
  echo "events: the POS sales' archive only; last local day $last"
fi
if [ "${JSON:-1}" = 1 ]; then
  ! step sell-through || sell_through "$world" "$out/json-sell-through"
  ! step forecast || forecast "$world" "$out/json-forecast"
  ! step duckdb || duckdb "JSON lines" sales_json
fi

[ "${ARCHIVE:-0}" = 1 ] || exit 0
shop_orders=${SHOP_ORDER_ARCHIVE:-out/bench/archive-seed-365}/events/shop_orders
if [ ! -d "$archive/events/pos_sales" ]; then
  echo "== archiving the POS sales from ${fc_first%%T*} (UTC days)"
  /usr/bin/env time -f "archive wall %e s, max RSS %M KB" java -Xmx4g -cp "$jar" \
    bench/ArchiveFromJsonLines.java "$sales" "$archive" "${fc_first%%T*}"
fi
[ -e "$archive/events/shop_orders" ] || ln -s "$(realpath "$shop_orders")" "$archive/events/shop_orders"
! step sell-through || sell_through "$archive" "$out/archive-sell-through"
! step forecast || forecast "$archive" "$out/archive-forecast"
! step duckdb || duckdb "Parquet archive" sales_parquet
