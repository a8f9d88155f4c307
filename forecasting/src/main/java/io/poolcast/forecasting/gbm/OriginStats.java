package io.poolcast.forecasting.gbm;

/**
 * What is known about a series at a forecast origin, computed only from {@code y[0..origin)}: the
 * scale every level feature (and the target) is divided by (the mean of the last 182 days), rolling
 * means and standard deviations over the last 7 and 28 days, and half-year level and share of zero
 * days. Missing (NaN) values are skipped.
 */
public record OriginStats(
    double scale,
    double mean7,
    double std7,
    double mean28,
    double std28,
    double mean182,
    double zeroShare182) {

  /** Days of history that feature values are computed from (and that fits keep). */
  public static final int LOOKBACK = 182;

  public static OriginStats at(double[] y, int origin) {
    if (origin < 1 || origin > y.length) {
      throw new IllegalArgumentException("origin " + origin + " outside 1.." + y.length);
    }
    // the half-year mean: a short window makes targets explode after a closure (Favorita stores)
    double scale = window(y, origin, LOOKBACK)[0];
    if (!(scale > 0)) {
      scale = 1.0; // all-zero recent history: features stay in units
    }
    double[] w7 = window(y, origin, 7);
    double[] w28 = window(y, origin, 28);
    double[] w182 = window(y, origin, LOOKBACK);
    return new OriginStats(
        scale,
        w7[0] / scale,
        w7[1] / scale,
        w28[0] / scale,
        w28[1] / scale,
        w182[0] / scale,
        w182[2]);
  }

  /** Mean, population standard deviation and zero share of the finite values in the window. */
  private static double[] window(double[] y, int origin, int length) {
    int from = Math.max(0, origin - length);
    double sum = 0;
    double sumSq = 0;
    int count = 0;
    int zeros = 0;
    for (int i = from; i < origin; i++) {
      double v = y[i];
      if (Double.isFinite(v)) {
        sum += v;
        sumSq += v * v;
        count++;
        zeros += v == 0 ? 1 : 0;
      }
    }
    if (count == 0) {
      return new double[] {0, 0, 0};
    }
    double mean = sum / count;
    double var = Math.max(0, sumSq / count - mean * mean);
    return new double[] {mean, Math.sqrt(var), zeros / (double) count};
  }
}
