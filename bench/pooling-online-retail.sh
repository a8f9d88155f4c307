#!/usr/bin/env bash
# Pooling on real orders: the UCI Online Retail invoices (read in place from ../shared/data)
# become shop orders, then the demo pipeline (embedded broker, archive + pooling jobs in BATCH
# mode) runs on them and prints the pooling report. Figures go to BENCHMARKS.md.
# Usage: bench/pooling-online-retail.sh [path/to/online_retail_2010-12_2011-12.csv.gz]
set -euo pipefail
cd "$(dirname "$0")/.."
input=${1:-../shared/data/online-retail/online_retail_2010-12_2011-12.csv.gz}
rm -rf out/bench/online-retail out/bench/online-retail-demo
time ./poolcast import online-retail --input "$input" --out out/bench/online-retail
time ./poolcast demo --world out/bench/online-retail --out out/bench/online-retail-demo
