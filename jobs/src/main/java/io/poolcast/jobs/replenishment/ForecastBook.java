package io.poolcast.jobs.replenishment;

import io.poolcast.forecasting.ForecastResult;
import io.poolcast.forecasting.ForecastRow;
import io.poolcast.forecasting.replenishment.DemandOutlook;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The daily forecasts of the last refit per shop × SKU: mean and upper quantile for the days after
 * the refit's last day of history.
 */
final class ForecastBook {
  private final LocalDate lastHistoryDay;
  private final double upperLevel;
  private final Map<String, double[][]> bySeries;

  private ForecastBook(
      LocalDate lastHistoryDay, double upperLevel, Map<String, double[][]> bySeries) {
    this.lastHistoryDay = lastHistoryDay;
    this.upperLevel = upperLevel;
    this.bySeries = bySeries;
  }

  /** No forecasts yet: every SKU keeps the habit. */
  static ForecastBook empty() {
    return new ForecastBook(null, 0.9, Map.of());
  }

  /** The forecasts of one model with one quantile level (the upper one). */
  static ForecastBook of(ForecastResult result, LocalDate lastHistoryDay) {
    int h = result.horizon();
    List<ForecastRow> rows = result.rows();
    Map<String, double[][]> bySeries = new HashMap<>();
    for (int i = 0; i + h <= rows.size(); i += h) {
      double[] mean = new double[h];
      double[] upper = new double[h];
      for (int j = 0; j < h; j++) {
        mean[j] = rows.get(i + j).mean();
        upper[j] = rows.get(i + j).quantiles()[0];
      }
      bySeries.put(rows.get(i).uniqueId(), new double[][] {mean, upper});
    }
    return new ForecastBook(lastHistoryDay, result.quantileLevels()[0], bySeries);
  }

  /**
   * Demand from the day after {@code reviewDay} on, as far as the forecast reaches; null when the
   * series was not forecast (too little history) or the forecast no longer reaches.
   */
  DemandOutlook outlookAfter(String uniqueId, LocalDate reviewDay) {
    double[][] forecast = bySeries.get(uniqueId);
    if (forecast == null) {
      return null;
    }
    int from = (int) (reviewDay.toEpochDay() - lastHistoryDay.toEpochDay());
    int h = forecast[0].length;
    if (from < 0 || from >= h) {
      return null;
    }
    return new DemandOutlook(
        java.util.Arrays.copyOfRange(forecast[0], from, h),
        java.util.Arrays.copyOfRange(forecast[1], from, h),
        upperLevel);
  }
}
