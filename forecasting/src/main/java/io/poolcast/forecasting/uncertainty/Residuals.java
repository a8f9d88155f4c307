package io.poolcast.forecasting.uncertainty;

import io.poolcast.forecasting.data.Series;
import java.util.Arrays;

/**
 * Out-of-sample residuals {@code actual - forecast} of rolling-origin refits at the end of one
 * series' history: {@code byStep[j]} holds the residuals at horizon step {@code j} (one per origin)
 * and {@code zeroByStep[j]} whether that origin's actual was zero — a day without demand, which
 * {@link ConformalQuantiles} keeps at zero instead of shifting it with the current level. Origins
 * keep at least half of the history as training; the calibrated horizon is shortened for short
 * series.
 */
public record Residuals(double[][] byStep, boolean[][] zeroByStep, int origins) {

  /** Residuals without zero actuals (every outcome shifts with the level). */
  public Residuals(double[][] byStep, int origins) {
    this(byStep, noZeros(byStep), origins);
  }

  public static Residuals collect(
      Series series, int h, CalibrationSettings settings, HistoryForecast model) {
    int n = series.length();
    int minTrain = Math.max(2, n / 2);
    int hc = Math.min(h, n - minTrain);
    if (hc < 1) {
      return new Residuals(new double[0][], 0);
    }
    double[][] collected = new double[hc][settings.windows()];
    boolean[][] zeros = new boolean[hc][settings.windows()];
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
        double actual = series.y(cutoff + j);
        collected[j][origins] = actual - forecast[j];
        zeros[j][origins] = actual == 0.0;
      }
      origins++;
    }
    if (origins == 0) {
      return new Residuals(new double[0][], 0);
    }
    double[][] byStep = new double[hc][];
    boolean[][] zeroByStep = new boolean[hc][];
    for (int j = 0; j < hc; j++) {
      byStep[j] = Arrays.copyOf(collected[j], origins);
      zeroByStep[j] = Arrays.copyOf(zeros[j], origins);
    }
    return new Residuals(byStep, zeroByStep, origins);
  }

  public boolean isEmpty() {
    return origins == 0;
  }

  private static boolean[][] noZeros(double[][] byStep) {
    boolean[][] none = new boolean[byStep.length][];
    for (int j = 0; j < byStep.length; j++) {
      none[j] = new boolean[byStep[j].length];
    }
    return none;
  }
}
