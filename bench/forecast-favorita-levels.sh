#!/usr/bin/env bash
# Hierarchical backtest on real daily series: Favorita's 54 store transaction series (bottom level)
# with the stores' state, city and type, joined by DuckDB into one Parquet file (read in place from
# ../shared/data; also exercises the Parquet input). Levels state | state,city | type | total,
# MinT-shrink reconciliation, h=28, 3 windows, auto vs seasonal naive. Figures go to BENCHMARKS.md.
# Usage: bench/forecast-favorita-levels.sh [path/to/favorita]
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-../shared/data/favorita}
mkdir -p out/bench
input=out/bench/favorita-stores.parquet
../shared/tools/sql "COPY (SELECT t.store_nbr::VARCHAR AS unique_id, t.date::DATE AS ds,
    t.transactions::BIGINT AS y, s.city, s.state, s.type, s.cluster::VARCHAR AS cluster
  FROM read_csv('$data/transactions.csv.gz') t JOIN read_csv('$data/stores.csv') s USING (store_nbr)
  ORDER BY t.date, t.store_nbr) TO '$input' (FORMAT PARQUET)"
time ./poolcast backtest --input "$input" --level state --level state,city --level type \
  --level total --horizon 28 --windows 3 --models auto,snaive --out out/bench/favorita-levels-backtest
