package io.poolcast.forecasting.uncertainty;

import io.poolcast.forecasting.data.Series;

/**
 * Out-of-sample residuals {@code actual - forecast} of rolling-origin refits at the end of one
 * series' history: {@code byStep[j]} holds the residuals at horizon step {@code j} (one per
 * origin). Origins keep at least half of the history as training; the calibrated horizon is
 * shortened for short series.
 */
public record Residuals(double[][] byStep, int origins) {

  public static Residuals collect(
      Series series, int h, CalibrationSettings settings, HistoryForecast model) {
    int n = series.length();
    int minTrain = Math.max(2, n / 2);
    int hc = Math.min(h, n - minTrain);
    if (hc < 1) {
      return new Residuals(new double[0][], 0);
    }
    double[][] collected = new double[hc][settings.windows()];
    int origins = 0;
    for (int k = 0; k < settings.windows(); k++) {
      int cutoff = n - hc - k * settings.stride();
      if (cutoff < minTrain) {
        break;
      }
      double[] forecast = model.forecast(series.head(cutoff), hc);
      if (forecast == null) {
        continue;
      }
      for (int j = 0; j < hc; j++) {
        collected[j][origins] = series.y(cutoff + j) - forecast[j];
      }
      origins++;
    }
    double[][] byStep = new double[hc][];
    for (int j = 0; j < hc; j++) {
      byStep[j] = java.util.Arrays.copyOf(collected[j], origins);
    }
    return new Residuals(origins == 0 ? new double[0][] : byStep, origins);
  }

  public boolean isEmpty() {
    return origins == 0;
  }
}
