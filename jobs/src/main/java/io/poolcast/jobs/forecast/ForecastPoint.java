package io.poolcast.jobs.forecast;

import java.time.LocalDate;

/**
 * One forecast value as written to Parquet ({@code forecasts.parquet}): series (or hierarchy node)
 * and its level ({@code bottom} for the input series, else e.g. {@code region,category} or {@code
 * total}), day, model, mean and the default 80% interval with its median.
 */
public record ForecastPoint(
    String uniqueId,
    String level,
    LocalDate ds,
    String model,
    double mean,
    double p10,
    double p50,
    double p90,
    String fallbackReason) {}
