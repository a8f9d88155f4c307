package io.poolcast.jobs.replenishment;

import io.poolcast.forecasting.replenishment.DemandOutlook;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The 30 daily rows of one shop × SKU forecast issued on one day, gathered row by row (keyed state
 * of {@link ReplenishFunction}). A day not received yet is NaN; the forecast is usable once all 30
 * are in.
 *
 * @param issuedOn the day the forecast was issued (its last day of data)
 * @param modelCardId the model card of its rows
 * @param mean mean demand per step, index 0 = step 1 (the day after {@code issuedOn})
 * @param p90 90% quantile per step
 */
public record ForecastDays(LocalDate issuedOn, String modelCardId, double[] mean, double[] p90) {
  /** Target days per issue day, as the forecast job publishes them. */
  public static final int HORIZON = 30;

  /** The level of {@link #p90}: the upper quantile the spread of a multi-day sum is read from. */
  static final double UPPER_LEVEL = 0.9;

  /** A forecast with no day received yet. */
  static ForecastDays start(LocalDate issuedOn, String modelCardId) {
    double[] none = new double[HORIZON];
    Arrays.fill(none, Double.NaN);
    return new ForecastDays(issuedOn, modelCardId, none, none.clone());
  }

  /** With the row of {@code step} (1..{@value #HORIZON}) in; a repeated step replaces the old. */
  ForecastDays with(int step, double stepMean, double stepP90) {
    double[] m = mean.clone();
    double[] u = p90.clone();
    m[step - 1] = stepMean;
    u[step - 1] = stepP90;
    return new ForecastDays(issuedOn, modelCardId, m, u);
  }

  boolean complete() {
    return Arrays.stream(mean).noneMatch(Double::isNaN);
  }

  /**
   * Demand from the day after {@code day} to the forecast's last day, or null when the forecast was
   * issued after {@code day} or no longer reaches past it.
   */
  DemandOutlook outlookAfter(LocalDate day) {
    long from = day.toEpochDay() - issuedOn.toEpochDay();
    if (from < 0 || from >= HORIZON) {
      return null;
    }
    return new DemandOutlook(
        Arrays.copyOfRange(mean, (int) from, HORIZON),
        Arrays.copyOfRange(p90, (int) from, HORIZON),
        UPPER_LEVEL);
  }
}
