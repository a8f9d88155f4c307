package io.poolcast.forecasting.hierarchy;

import java.util.Arrays;

/**
 * Coherent, non-negative forecasts from base forecasts of every node. The reconciler gives bottom
 * forecasts; negatives (possible with MinT) and non-finite values are set to 0 <em>at the
 * bottom</em>, and every node is then the sum of its bottom series ({@link
 * SummingMatrix#aggregate}), so levels add up exactly and nothing is negative.
 *
 * <p>Quantiles: each quantile level is reconciled like the mean (same reconciler, same clamping),
 * then the bottom quantiles are sorted across levels and summed up. Aggregate quantiles are thus
 * sums of bottom quantiles — coherent and monotone, but as wide as if the bottom series moved
 * together (conservative for the aggregates).
 */
public final class Reconciliation {
  private Reconciliation() {}

  /**
   * @return {@code [node][step]} coherent forecasts for the base {@code [node][step]}.
   */
  public static double[][] reconcile(SummingMatrix s, double[][] base, Reconciler reconciler) {
    check(s, base);
    return aggregate(s, clampedBottom(s, base, reconciler));
  }

  /**
   * @param base {@code [level][node][step]}, levels in increasing order
   * @return {@code [level][node][step]} coherent, non-negative, monotone in the level
   */
  public static double[][][] reconcileQuantiles(
      SummingMatrix s, double[][][] base, Reconciler reconciler) {
    double[][][] bottom = new double[base.length][][];
    for (int l = 0; l < base.length; l++) {
      check(s, base[l]);
      bottom[l] = clampedBottom(s, base[l], reconciler);
    }
    if (base.length > 0) {
      int steps = bottom[0][0].length;
      double[] column = new double[base.length];
      for (int b = 0; b < s.bottomCount(); b++) {
        for (int j = 0; j < steps; j++) {
          for (int l = 0; l < base.length; l++) {
            column[l] = bottom[l][b][j];
          }
          Arrays.sort(column);
          for (int l = 0; l < base.length; l++) {
            bottom[l][b][j] = column[l];
          }
        }
      }
    }
    double[][][] out = new double[base.length][][];
    for (int l = 0; l < base.length; l++) {
      out[l] = aggregate(s, bottom[l]);
    }
    return out;
  }

  private static double[][] clampedBottom(SummingMatrix s, double[][] base, Reconciler r) {
    double[][] bottom = r.bottom(s, base);
    for (double[] row : bottom) {
      for (int j = 0; j < row.length; j++) {
        row[j] = Double.isFinite(row[j]) && row[j] > 0 ? row[j] : 0.0;
      }
    }
    return bottom;
  }

  private static double[][] aggregate(SummingMatrix s, double[][] bottom) {
    int steps = bottom.length == 0 ? 0 : bottom[0].length;
    double[][] out = new double[s.nodeCount()][steps];
    double[] column = new double[s.bottomCount()];
    for (int j = 0; j < steps; j++) {
      for (int b = 0; b < column.length; b++) {
        column[b] = bottom[b][j];
      }
      double[] all = s.aggregate(column);
      for (int i = 0; i < all.length; i++) {
        out[i][j] = all[i];
      }
    }
    return out;
  }

  private static void check(SummingMatrix s, double[][] base) {
    if (base.length != s.nodeCount()) {
      throw new IllegalArgumentException(
          base.length + " base forecasts, hierarchy has " + s.nodeCount() + " nodes");
    }
  }
}
