package io.poolcast.forecasting.uncertainty;

import java.math.BigDecimal;
import java.util.Arrays;

/** Validates quantile levels and names their columns ({@code p10}, {@code q0.025}). */
public final class QuantileLevels {
  public static final double[] DEFAULT = {0.1, 0.5, 0.9};

  private QuantileLevels() {}

  /** Sorted, distinct, each strictly between 0 and 1. */
  public static double[] validate(double[] levels) {
    double[] sorted = levels.clone();
    Arrays.sort(sorted);
    for (int i = 0; i < sorted.length; i++) {
      if (!(sorted[i] > 0 && sorted[i] < 1)) {
        throw new IllegalArgumentException("quantile levels must be in (0,1): " + sorted[i]);
      }
      if (i > 0 && sorted[i] == sorted[i - 1]) {
        throw new IllegalArgumentException("duplicate quantile level " + sorted[i]);
      }
    }
    return sorted;
  }

  /** {@code p10} for whole percentages, {@code q0.025} otherwise. */
  public static String label(double level) {
    BigDecimal percent = BigDecimal.valueOf(level).movePointRight(2).stripTrailingZeros();
    if (percent.scale() <= 0) {
      return "p" + percent.toPlainString();
    }
    return "q" + BigDecimal.valueOf(level).stripTrailingZeros().toPlainString();
  }
}
