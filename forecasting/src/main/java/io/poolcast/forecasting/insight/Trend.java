package io.poolcast.forecasting.insight;

import java.util.Locale;
import org.apache.commons.math3.stat.inference.TTest;

/**
 * Whether sales moved against the same weeks last year, with a rule that keeps noise from being
 * called a trend: Welch's two-sample t-test on the daily values (unequal variances) must give p
 * &lt; {@value #MAX_P_VALUE} <b>and</b> the change must be at least {@value #MIN_CHANGE} (10 %).
 * Both periods need {@value #MIN_DAYS} days or more.
 *
 * @param change relative change of the daily mean: this / last year − 1
 * @param pValue two-sided p-value of Welch's t-test; 1 when it cannot be computed
 * @param significant whether this is a trend worth telling
 */
public record Trend(double change, double pValue, boolean significant) {
  public static final double MAX_P_VALUE = 0.05;
  public static final double MIN_CHANGE = 0.10;
  public static final int MIN_DAYS = 7;

  /** Compares this period's daily values with the same days a year earlier. */
  public static Trend of(double[] thisPeriod, double[] lastYear) {
    if (thisPeriod.length < MIN_DAYS || lastYear.length < MIN_DAYS) {
      return new Trend(0, 1, false);
    }
    double before = mean(lastYear);
    double now = mean(thisPeriod);
    double change = before == 0 ? (now == 0 ? 0 : Double.POSITIVE_INFINITY) : now / before - 1;
    double p = pValue(thisPeriod, lastYear);
    return new Trend(change, p, p < MAX_P_VALUE && Math.abs(change) >= MIN_CHANGE);
  }

  private static double pValue(double[] a, double[] b) {
    if (variance(a) == 0 && variance(b) == 0) {
      return mean(a) == mean(b) ? 1 : 0; // two constant series: a certain difference, or none
    }
    return new TTest().tTest(a, b);
  }

  /** One readable sentence, e.g. "low-sugar drinks +30% vs the same weeks last year (p=0.001)". */
  public String describe(String subject) {
    return describe(subject, TrendBaseline.LAST_YEAR);
  }

  /** The sentence against a named baseline, e.g. "the previous 4 weeks". */
  public String describe(String subject, String baseline) {
    return String.format(
        Locale.ROOT,
        "%s %+.0f%% vs %s (p=%.3f)%s",
        subject,
        100 * change,
        baseline,
        pValue,
        significant ? "" : ", within noise");
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  private static double variance(double[] values) {
    double m = mean(values);
    double s = 0;
    for (double v : values) {
      s += (v - m) * (v - m);
    }
    return s / values.length;
  }
}
