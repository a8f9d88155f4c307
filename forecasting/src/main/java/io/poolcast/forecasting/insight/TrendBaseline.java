package io.poolcast.forecasting.insight;

import java.util.Optional;

/**
 * Which days a week of sales is compared with: the same 7 days 52 weeks earlier (same weekdays)
 * when a year of history exists; otherwise the up to {@value #RECENT_BASELINE} days just before the
 * week ("the previous 4 weeks"), which catches a new trend or a festival build-up in a young
 * series. With fewer than {@value #MIN_RECENT_BASELINE} baseline days there is no comparison. The
 * test itself is {@link Trend}'s (Welch, p &lt; 0.05 and |change| ≥ 10 %).
 *
 * @param trend the comparison
 * @param baseline how the baseline reads in a sentence
 * @param weekMean mean daily value of the week
 * @param baselineMean mean daily value of the baseline days
 */
public record TrendBaseline(Trend trend, String baseline, double weekMean, double baselineMean) {
  public static final String LAST_YEAR = "the same weeks last year";
  static final int WEEK = 7;
  static final int YEAR_BACK = 364;
  static final int RECENT_BASELINE = 28;
  static final int MIN_RECENT_BASELINE = 14;

  /** The week ending on the history's newest day against the best baseline it has. */
  public static Optional<TrendBaseline> of(DailyHistory history) {
    int before = history.days() - WEEK;
    if (before < MIN_RECENT_BASELINE) {
      return Optional.empty();
    }
    double[] week = history.window(WEEK, 0);
    if (history.days() >= WEEK + YEAR_BACK) {
      double[] lastYear = history.window(WEEK, YEAR_BACK);
      return Optional.of(
          new TrendBaseline(Trend.of(week, lastYear), LAST_YEAR, mean(week), mean(lastYear)));
    }
    int n = Math.min(before, RECENT_BASELINE);
    double[] recent = history.window(n, WEEK);
    return Optional.of(
        new TrendBaseline(Trend.of(week, recent), previous(n), mean(week), mean(recent)));
  }

  /** "the previous 4 weeks", or "the previous 17 days" when not whole weeks. */
  static String previous(int days) {
    return days % WEEK == 0
        ? "the previous " + days / WEEK + " weeks"
        : "the previous " + days + " days";
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }
}
