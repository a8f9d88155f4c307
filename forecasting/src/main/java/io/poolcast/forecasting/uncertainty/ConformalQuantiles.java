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
 * <p>Days without demand stay at zero: an origin whose actual was 0 contributes the outcome 0 to
 * the step's sample instead of {@code mean[j] + r}. Shifting it would say "a zero day at the old
 * level is a below-average day at the new one", which is wrong for intermittent demand — it lifts
 * the lower quantiles above 0 whenever the level has risen since calibration, and the interval then
 * misses the zero days it should cover (on UCI Online Retail the p10 missed 16 % of all points that
 * way). Without zero actuals this is exactly {@code max(0, mean[j] + r_tau)}.
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
      double[] outcomes =
          residuals.isEmpty()
              ? new double[] {Math.max(0.0, mean[j])}
              : outcomes(mean[j], residuals, j, settings);
      Arrays.sort(outcomes);
      double[] column = new double[levels.length];
      for (int l = 0; l < levels.length; l++) {
        column[l] = conformalQuantile(outcomes, levels[l]);
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

  /** The step's calibration outcomes at today's level: zero days stay 0, others shift. */
  private static double[] outcomes(
      double mean, Residuals residuals, int step, CalibrationSettings settings) {
    double[][] byStep = residuals.byStep();
    boolean[][] zeros = residuals.zeroByStep();
    int[] range = poolRange(byStep, step, settings.minPool());
    int size = 0;
    for (int j = range[0]; j <= range[1]; j++) {
      size += byStep[j].length;
    }
    double[] out = new double[size];
    int at = 0;
    for (int j = range[0]; j <= range[1]; j++) {
      for (int i = 0; i < byStep[j].length; i++) {
        out[at++] = zeros[j][i] ? 0.0 : Math.max(0.0, mean + byStep[j][i]);
      }
    }
    return out;
  }

  /** Steps {@code [lo, hi]} around {@code step}, widened until they hold {@code minPool}. */
  private static int[] poolRange(double[][] byStep, int step, int minPool) {
    int last = byStep.length - 1;
    int centre = Math.min(step, last);
    int lo = centre;
    int hi = centre;
    int size = byStep[centre].length;
    while (size < minPool && (lo > 0 || hi < last)) {
      if (lo > 0) {
        size += byStep[--lo].length;
      }
      if (hi < last && size < minPool) {
        size += byStep[++hi].length;
      }
    }
    return new int[] {lo, hi};
  }
}
