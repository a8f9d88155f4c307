package io.poolcast.forecasting.uncertainty;

import java.util.Arrays;

/**
 * Split-conformal quantiles over rolling origins: the forecast quantile at level {@code tau} and
 * step {@code j} is {@code mean[j] + r}, where {@code r} is the conformal {@code tau}-quantile of
 * the out-of-sample residuals at step {@code j} (pooled with neighbouring steps until {@link
 * CalibrationSettings#minPool()} residuals; steps beyond the calibrated horizon use the last
 * calibrated step). The conformal rank is {@code ceil((n+1)tau)} for {@code tau >= 0.5} and {@code
 * floor((n+1)tau)} below, clamped to {@code [1, n]} — the finite-sample correction that makes
 * intervals slightly conservative.
 *
 * <p>Then demand rules are enforced: every quantile is clamped at 0, and quantiles are sorted
 * across levels so they never cross (monotone in the level).
 */
public final class ConformalQuantiles {
  private ConformalQuantiles() {}

  /** {@code [level][step]}; without residuals every quantile equals the (clamped) mean. */
  public static double[][] of(
      double[] mean, Residuals residuals, double[] levels, CalibrationSettings settings) {
    int h = mean.length;
    double[][] out = new double[levels.length][h];
    for (int j = 0; j < h; j++) {
      double[] pool = residuals.isEmpty() ? new double[] {0.0} : pool(residuals, j, settings);
      Arrays.sort(pool);
      double[] column = new double[levels.length];
      for (int l = 0; l < levels.length; l++) {
        column[l] = Math.max(0.0, mean[j] + conformalQuantile(pool, levels[l]));
      }
      Arrays.sort(column);
      for (int l = 0; l < levels.length; l++) {
        out[l][j] = column[l];
      }
    }
    return out;
  }

  /** The conformal quantile of a sorted sample (see class comment). */
  static double conformalQuantile(double[] sorted, double tau) {
    int n = sorted.length;
    double position = (n + 1) * tau;
    int rank = tau >= 0.5 ? (int) Math.ceil(position - 1e-9) : (int) Math.floor(position + 1e-9);
    rank = Math.max(1, Math.min(n, rank));
    return sorted[rank - 1];
  }

  private static double[] pool(Residuals residuals, int step, CalibrationSettings settings) {
    double[][] byStep = residuals.byStep();
    int last = byStep.length - 1;
    int centre = Math.min(step, last);
    int lo = centre;
    int hi = centre;
    int size = byStep[centre].length;
    while (size < settings.minPool() && (lo > 0 || hi < last)) {
      if (lo > 0) {
        size += byStep[--lo].length;
      }
      if (hi < last && size < settings.minPool()) {
        size += byStep[++hi].length;
      }
    }
    double[] pool = new double[size];
    int at = 0;
    for (int j = lo; j <= hi; j++) {
      System.arraycopy(byStep[j], 0, pool, at, byStep[j].length);
      at += byStep[j].length;
    }
    return pool;
  }
}
