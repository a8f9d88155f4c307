package io.poolcast.forecasting;

import java.time.LocalDate;

/**
 * One cross-validation forecast: like {@link ForecastRow} plus the cutoff (last date of the
 * training history), the step index after the cutoff (0-based) and the actual {@code y}.
 */
public record CvRow(
    String uniqueId,
    LocalDate cutoff,
    LocalDate ds,
    int step,
    String model,
    double y,
    double mean,
    double[] quantiles,
    String fallbackReason) {}
