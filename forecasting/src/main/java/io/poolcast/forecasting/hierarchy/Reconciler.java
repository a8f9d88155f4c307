package io.poolcast.forecasting.hierarchy;

/**
 * Turns base forecasts of every node into bottom-level forecasts; {@link Reconciliation} then sums
 * them up the hierarchy, so every level adds up exactly.
 */
public interface Reconciler {
  String name();

  /**
   * @param base base forecasts, {@code base[node][step]} in {@link SummingMatrix} node order
   * @return reconciled bottom forecasts {@code [bottom][step]} (may be negative; clamped later)
   */
  double[][] bottom(SummingMatrix s, double[][] base);
}
