package io.poolcast.forecasting.replenishment;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The daily demand forecast of one shop × SKU from the first day an order has to cover: the mean
 * and one upper quantile per day (e.g. the conformal p90 of {@code Forecaster}).
 *
 * <p><b>The quantile of a multi-day sum.</b> Summing daily quantiles overstates it (the p80 of a
 * 9-day sum is far below 9 daily p80s: bad days rarely all come together). Instead:
 *
 * <pre>
 * μ = Σ mean_j                                    (means add up exactly)
 * σ_j = max(0, upper_j − mean_j) / z(upperLevel)  (the day's upper spread read as a normal σ)
 * q_τ(sum) = max(0, μ + z(τ) · √(Σ σ_j²))         (days independent, sum roughly normal)
 * </pre>
 *
 * The spread comes from the upper side only: demand is skewed to the right and the target is an
 * upper quantile, while a lower quantile clamped at 0 (intermittent SKUs) would shrink it. The
 * independence assumption understates the spread when daily errors move together (a level that is
 * off for the whole period); the conformal residuals of longer horizons are wider, which offsets
 * part of that.
 */
public final class DemandOutlook {
  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

  private final double[] mean;
  private final double[] upper;
  private final double upperLevel;

  /**
   * @param mean expected demand per day, day 0 = the first day to cover
   * @param upper the {@code upperLevel} quantile of each day's demand
   * @param upperLevel the level of {@code upper}, above 0.5 (e.g. 0.9)
   */
  public DemandOutlook(double[] mean, double[] upper, double upperLevel) {
    if (mean.length != upper.length || mean.length == 0) {
      throw new IllegalArgumentException("one mean and one upper quantile per day are needed");
    }
    if (!(upperLevel > 0.5 && upperLevel < 1)) {
      throw new IllegalArgumentException("upper level must be in (0.5, 1), was " + upperLevel);
    }
    this.mean = mean.clone();
    this.upper = upper.clone();
    this.upperLevel = upperLevel;
  }

  /** Days the outlook reaches. */
  public int days() {
    return mean.length;
  }

  /** The {@code level} quantile of the demand summed over the first {@code days} days. */
  public double quantileOfSum(int days, double level) {
    if (days < 0 || days > mean.length) {
      throw new IllegalArgumentException(
          "days must be in 0.." + mean.length + " (the outlook), was " + days);
    }
    double sigmaUnit = z(upperLevel);
    double mu = 0;
    double variance = 0;
    for (int j = 0; j < days; j++) {
      mu += mean[j];
      double sigma = Math.max(0, upper[j] - mean[j]) / sigmaUnit;
      variance += sigma * sigma;
    }
    return Math.max(0, mu + z(level) * Math.sqrt(variance));
  }

  /** The most days from the start whose demand at {@code level} fits in {@code units}. */
  public int daysCovered(double units, double level) {
    int days = 0;
    while (days < mean.length && quantileOfSum(days + 1, level) <= units) {
      days++;
    }
    return days;
  }

  static double z(double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("service level must be in (0, 1), was " + level);
    }
    return STANDARD_NORMAL.inverseCumulativeProbability(level);
  }

  @Override
  public String toString() {
    return "DemandOutlook[mean="
        + Arrays.toString(mean)
        + ", p"
        + upperLevel
        + "="
        + Arrays.toString(upper)
        + "]";
  }
}
