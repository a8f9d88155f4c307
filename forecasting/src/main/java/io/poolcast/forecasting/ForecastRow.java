package io.poolcast.forecasting;

import java.time.LocalDate;

/**
 * One forecast: series, date, model, point forecast (mean), the quantiles in the order of {@link
 * ForecastResult#quantileLevels()}, and the fallback or selection note (null when none).
 */
public record ForecastRow(
    String uniqueId,
    LocalDate ds,
    String model,
    double mean,
    double[] quantiles,
    String fallbackReason) {}
