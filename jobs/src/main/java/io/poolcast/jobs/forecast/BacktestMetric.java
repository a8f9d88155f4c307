package io.poolcast.jobs.forecast;

/** One cell of the backtest metric table in long form, as written to Parquet. */
public record BacktestMetric(String model, String level, String metric, double value) {}
