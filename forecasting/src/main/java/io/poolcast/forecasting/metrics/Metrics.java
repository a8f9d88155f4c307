package io.poolcast.forecasting.metrics;

import java.util.List;

/**
 * Forecast accuracy measures. {@code y} are the actuals of the evaluated window, {@code f} the
 * forecasts, {@code insample} the training history before the window (it sets the scale of the
 * scaled measures). Undefined values (zero scale, empty input) are NaN, never an exception, so a
 * report can count and skip them.
 */
public final class Metrics {
  private Metrics() {}

  /** Mean absolute error. */
  public static double mae(double[] y, double[] f) {
    check(y, f);
    double sum = 0;
    for (int i = 0; i < y.length; i++) {
      sum += Math.abs(y[i] - f[i]);
    }
    return y.length == 0 ? Double.NaN : sum / y.length;
  }

  /** Mean squared error. */
  public static double mse(double[] y, double[] f) {
    check(y, f);
    double sum = 0;
    for (int i = 0; i < y.length; i++) {
      double e = y[i] - f[i];
      sum += e * e;
    }
    return y.length == 0 ? Double.NaN : sum / y.length;
  }

  /** Root mean squared error. */
  public static double rmse(double[] y, double[] f) {
    return Math.sqrt(mse(y, f));
  }

  /**
   * Mean absolute scaled error: MAE divided by the in-sample MAE of the seasonal naive forecast
   * {@code mean |x[t] - x[t-season]|} (season 1 = the non-seasonal MASE).
   */
  public static double mase(double[] y, double[] f, double[] insample, int season) {
    double sum = 0;
    int count = 0;
    for (int t = season; t < insample.length; t++) {
      sum += Math.abs(insample[t] - insample[t - season]);
      count++;
    }
    double scale = count == 0 ? Double.NaN : sum / count;
    return scale > 0 ? mae(y, f) / scale : Double.NaN;
  }

  /**
   * Root mean squared scaled error (M5): {@code sqrt(MSE / mean((x[t] - x[t-1])^2))}, the scale
   * taken over the in-sample periods after the series' first non-zero demand (M5 rule: periods
   * before a product is launched do not count).
   */
  public static double rmsse(double[] y, double[] f, double[] insample) {
    double scale = naiveScale(insample);
    return scale > 0 ? Math.sqrt(mse(y, f) / scale) : Double.NaN;
  }

  /** The RMSSE denominator: mean squared one-step change after the first non-zero value. */
  public static double naiveScale(double[] insample) {
    int first = 0;
    while (first < insample.length && insample[first] == 0) {
      first++;
    }
    double sum = 0;
    int count = 0;
    for (int t = first + 1; t < insample.length; t++) {
      double d = insample[t] - insample[t - 1];
      sum += d * d;
      count++;
    }
    return count == 0 ? Double.NaN : sum / count;
  }

  /**
   * Weighted RMSSE (M5): {@code sum_i w_i * RMSSE_i / sum_i w_i}. Weights are usually {@link
   * #revenueWeights}. Series whose RMSSE is undefined (zero scale) are left out and the remaining
   * weights renormalised; NaN when nothing is left.
   */
  public static double wrmsse(
      List<double[]> y, List<double[]> f, List<double[]> insample, double[] weights) {
    if (y.size() != f.size() || y.size() != insample.size() || y.size() != weights.length) {
      throw new IllegalArgumentException("y, f, insample and weights need one entry per series");
    }
    double weighted = 0;
    double total = 0;
    for (int i = 0; i < y.size(); i++) {
      double r = rmsse(y.get(i), f.get(i), insample.get(i));
      if (Double.isFinite(r) && weights[i] > 0) {
        weighted += weights[i] * r;
        total += weights[i];
      }
    }
    return total > 0 ? weighted / total : Double.NaN;
  }

  /**
   * M5 weights: each series' share of revenue (units x unit price) over the last {@code lastDays}
   * periods of its training data. With no prices (all 1.0) this is the share of unit volume.
   */
  public static double[] revenueWeights(
      List<double[]> insampleUnits, double[] unitPrices, int lastDays) {
    double[] revenue = new double[insampleUnits.size()];
    double total = 0;
    for (int i = 0; i < revenue.length; i++) {
      double[] units = insampleUnits.get(i);
      double sum = 0;
      for (int t = Math.max(0, units.length - lastDays); t < units.length; t++) {
        sum += units[t];
      }
      revenue[i] = sum * unitPrices[i];
      total += revenue[i];
    }
    for (int i = 0; i < revenue.length; i++) {
      revenue[i] = total > 0 ? revenue[i] / total : 0.0;
    }
    return revenue;
  }

  /**
   * Pinball (quantile) loss of the forecast quantile {@code q} at level {@code tau}, averaged over
   * the window: {@code max(tau*(y-q), (tau-1)*(y-q))}.
   */
  public static double pinball(double[] y, double[] q, double tau) {
    check(y, q);
    if (!(tau > 0 && tau < 1)) {
      throw new IllegalArgumentException("tau must be in (0,1): " + tau);
    }
    double sum = 0;
    for (int i = 0; i < y.length; i++) {
      double e = y[i] - q[i];
      sum += Math.max(tau * e, (tau - 1) * e);
    }
    return y.length == 0 ? Double.NaN : sum / y.length;
  }

  /** Share of actuals inside {@code [lower, upper]} (both ends included). */
  public static double coverage(double[] y, double[] lower, double[] upper) {
    check(y, lower);
    check(y, upper);
    int inside = 0;
    for (int i = 0; i < y.length; i++) {
      if (y[i] >= lower[i] && y[i] <= upper[i]) {
        inside++;
      }
    }
    return y.length == 0 ? Double.NaN : (double) inside / y.length;
  }

  /** How many actuals lie strictly below {@code q}. */
  public static int countBelow(double[] y, double[] q) {
    check(y, q);
    int n = 0;
    for (int i = 0; i < y.length; i++) {
      if (y[i] < q[i]) {
        n++;
      }
    }
    return n;
  }

  /** How many actuals lie strictly above {@code q}. */
  public static int countAbove(double[] y, double[] q) {
    check(y, q);
    int n = 0;
    for (int i = 0; i < y.length; i++) {
      if (y[i] > q[i]) {
        n++;
      }
    }
    return n;
  }

  private static void check(double[] a, double[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("length mismatch: " + a.length + " vs " + b.length);
    }
  }
}
