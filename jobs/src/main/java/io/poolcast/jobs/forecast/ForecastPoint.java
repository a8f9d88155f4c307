package io.poolcast.jobs.forecast;

import java.time.LocalDate;

/**
 * One forecast value as written to Parquet ({@code forecasts.parquet}): series, day, model, mean
 * and the default 80% interval with its median.
 */
public record ForecastPoint(
    String uniqueId,
    LocalDate ds,
    String model,
    double mean,
    double p10,
    double p50,
    double p90,
    String fallbackReason) {}
