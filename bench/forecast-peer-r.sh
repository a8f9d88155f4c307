#!/usr/bin/env bash
# PoolCast's forecasts side by side with a peer, Hyndman's R 'forecast' package
# (../shared/peers/r-forecast.R), on the same training data and the same held-out days.
#
# Per data set: hold out the last H=28 calendar days of the data (one cut-off date for every
# series), forecast them from the days before with the R peer (snaive, ets, stlf; arima within a
# time budget) and with `poolcast forecast --models auto,gbm,snaive`, then score every forecast
# file in one `poolcast score` run (MAE, RMSE, MASE, RMSSE, WRMSSE, pinball, p10-p90 coverage).
# Wall times of every step are printed at the end and written to OUT/times.tsv.
#
# Data sets:
#   favorita       Favorita store transactions, all 54 stores (../shared/data/favorita).
#   online-retail  UCI Online Retail daily units per product (`poolcast import online-retail`),
#                  the TOP_N products (default 500) by units sold before the cut-off, ties by
#                  StockCode — the same subset for every method. R's ets took 180 s for these
#                  500 on the shared 2 cores, so all 3,798 products would take it about 23 min.
#
# The cut (DuckDB through ../shared/tools/sql):
#   train.csv  = rows on or before the cut-off; a series without a row on the cut-off day gets
#                y=0 there, so every method forecasts the same 28 days (no row = no demand).
#   test.csv   = every calendar day after the cut-off for every series, y=0 where the data has no
#                row — the zero-filling rule PoolCast and the R peer both apply inside a series
#                (UCI has no Saturdays: no orders, demand 0).
#
# Usage: bench/forecast-peer-r.sh [favorita|online-retail|all]    (default: all)
# Environment: TOP_N (500), ARIMA_BUDGET seconds for R's auto.arima per data set (300; 0 = skip).
set -euo pipefail
cd "$(dirname "$0")/.."
H=28
TOP_N=${TOP_N:-500}
ARIMA_BUDGET=${ARIMA_BUDGET:-300}
PEER=../shared/peers/r-forecast.R
SQL=../shared/tools/sql

ensure_peer() {
  if ! Rscript -e 'suppressPackageStartupMessages(library(forecast))' >/dev/null 2>&1; then
    echo "R 'forecast' package missing: installing r-cran-forecast with apt-get ..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq r-cran-forecast >/dev/null
  fi
  Rscript -e 'cat("R", as.character(getRversion()), "forecast", as.character(packageVersion("forecast")), "\n")'
}

# Runs a step and records its wall time under a label: timed LABEL command...
# The step's exit status is returned, its time recorded either way.
timed() {
  local label=$1 start status=0
  shift
  start=$(date +%s.%N)
  "$@" || status=$?
  awk -v a="$start" -v b="$(date +%s.%N)" -v l="$label" -v s="$status" \
    'BEGIN { printf "%s\t%.1f%s\n", l, b - a, s == 0 ? "" : " (exit " s ")" }' >>"$out/times.tsv"
  return "$status"
}

# cut_holdout SOURCE_SELECT LIMIT: writes $out/train.csv and $out/test.csv (see the header).
cut_holdout() {
  local select=$1 limit=$2
  "$SQL" "CREATE TABLE raw AS $select" \
    "CREATE TABLE b AS SELECT max(ds) - $H AS cutoff, max(ds) AS last FROM raw" \
    "CREATE TABLE ids AS SELECT unique_id FROM raw, b WHERE ds <= cutoff
       GROUP BY unique_id ORDER BY sum(y) DESC, unique_id LIMIT $limit" \
    "COPY (SELECT r.unique_id, r.ds, r.y FROM raw r JOIN ids USING (unique_id), b WHERE r.ds <= b.cutoff
           UNION ALL
           SELECT i.unique_id, b.cutoff, 0 FROM ids i, b WHERE NOT EXISTS
             (SELECT 1 FROM raw r WHERE r.unique_id = i.unique_id AND r.ds = b.cutoff)
           ORDER BY 1, 2) TO '$out/train.csv' (HEADER)" \
    "CREATE TABLE days AS SELECT CAST(unnest(generate_series(CAST(cutoff + 1 AS TIMESTAMP),
       CAST(last AS TIMESTAMP), INTERVAL 1 DAY)) AS DATE) AS ds FROM b" \
    "COPY (SELECT i.unique_id, d.ds, coalesce(r.y, 0) AS y FROM ids i CROSS JOIN days d
           LEFT JOIN raw r ON r.unique_id = i.unique_id AND r.ds = d.ds ORDER BY 1, 2)
           TO '$out/test.csv' (HEADER)" \
    "SELECT (SELECT count(*) FROM ids) AS series, cutoff, last,
       (SELECT count(*) FROM raw r JOIN ids USING (unique_id), b WHERE r.ds > b.cutoff) AS held_out_rows_in_data
     FROM b"
}

run_peer() {
  local method=$1
  timed "R $method" Rscript "$PEER" "$out/train.csv" "$H" "$method" "$out/r-$method.csv"
}

run_arima() {
  if [ "$ARIMA_BUDGET" -le 0 ]; then
    echo "R arima: skipped (ARIMA_BUDGET=0)"
    return 1
  fi
  # timeout exits 124 when the budget runs out; the row in times.tsv then says so.
  if ! timed "R arima" timeout "$ARIMA_BUDGET" Rscript "$PEER" "$out/train.csv" "$H" arima "$out/r-arima.csv"; then
    echo "R arima: did not finish within ${ARIMA_BUDGET} s; left out"
    rm -f "$out/r-arima.csv"
    return 1
  fi
}

bench() {
  local name=$1 select=$2 limit=$3
  out=out/bench/peer-r-$name
  rm -rf "$out" && mkdir -p "$out"
  echo "== $name: cut (H=$H) =="
  timed "cut (DuckDB)" cut_holdout "$select" "$limit"
  local files=()
  for method in snaive ets stlf; do
    run_peer "$method"
    files+=("$out/r-$method.csv")
  done
  if run_arima; then files+=("$out/r-arima.csv"); fi
  timed "PoolCast auto,gbm,snaive" ./poolcast forecast --input "$out/train.csv" --horizon "$H" \
    --models auto,gbm,snaive --out "$out/poolcast"
  files+=("$out/poolcast/forecasts.csv")
  echo "== $name: score =="
  local list
  list=$(IFS=,; echo "${files[*]}")
  ./poolcast score --forecasts "$list" --actuals "$out/test.csv" --history "$out/train.csv" \
    --out "$out/score"
  echo "== $name: wall times (s) =="
  cat "$out/times.tsv"
}

favorita() {
  bench favorita "SELECT CAST(store_nbr AS VARCHAR) AS unique_id, CAST(date AS DATE) AS ds,
    CAST(transactions AS DOUBLE) AS y
    FROM read_csv_auto('../shared/data/favorita/transactions.csv.gz')" 1000000
}

online_retail() {
  local demand=out/online-retail/demand/daily_by_product.csv.gz
  [ -f "$demand" ] || ./poolcast import online-retail --out out/online-retail
  bench online-retail "SELECT CAST(unique_id AS VARCHAR) AS unique_id, CAST(ds AS DATE) AS ds,
    CAST(y AS DOUBLE) AS y
    FROM read_csv('$demand', header = true, columns = {'unique_id': 'VARCHAR', 'ds': 'DATE', 'y': 'DOUBLE'})" "$TOP_N"
}

ensure_peer
case "${1:-all}" in
  favorita) favorita ;;
  online-retail) online_retail ;;
  all) favorita && online_retail ;;
  *) echo "usage: $0 [favorita|online-retail|all]" >&2; exit 2 ;;
esac
