package io.poolcast.world;

import io.poolcast.events.reference.ShopFormat;
import java.time.LocalDate;

/**
 * The known calendar multipliers precomputed per format × category × day of the horizon, with
 * running sums, so a shop's forecast over a delivery window costs two array reads.
 */
final class SeasonIndex {
  private final int horizon;
  private final double[][][] factor;
  private final double[][][] cumulative;

  SeasonIndex(MarketSeasonality seasonality, LocalDate start, int horizon) {
    this.horizon = horizon;
    int formats = ShopFormat.values().length;
    int categories = Category.values().length;
    factor = new double[formats][categories][horizon];
    cumulative = new double[formats][categories][horizon + 1];
    for (ShopFormat f : ShopFormat.values()) {
      for (Category c : Category.values()) {
        double[] row = factor[f.ordinal()][c.ordinal()];
        double[] sums = cumulative[f.ordinal()][c.ordinal()];
        for (int d = 0; d < horizon; d++) {
          row[d] = seasonality.factor(c, f, start.plusDays(d));
          sums[d + 1] = sums[d] + row[d];
        }
      }
    }
  }

  double factor(ShopFormat format, Category category, int day) {
    return factor[format.ordinal()][category.ordinal()][clamp(day)];
  }

  /** Sum of the factors over days {@code from..to} inclusive (0 if the window is empty). */
  double sum(ShopFormat format, Category category, int from, int to) {
    if (to < from) {
      return 0;
    }
    double[] sums = cumulative[format.ordinal()][category.ordinal()];
    return sums[clamp(to) + 1] - sums[clamp(from)];
  }

  private int clamp(int day) {
    return Math.max(0, Math.min(horizon - 1, day));
  }
}
