package io.poolcast.forecasting.gbm;

import io.poolcast.forecasting.data.Exogenous;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import smile.data.DataFrame;
import smile.data.vector.BaseVector;
import smile.data.vector.FloatVector;

/**
 * The features of one forecast: a pure function of the history before the origin, the step and the
 * calendar. {@code fill(y, start, origin, step, ...)} reads only {@code y[0..origin)} — a feature
 * at origin t never uses {@code y[t..]} — and the target date {@code start + origin + step - 1}
 * (known-future calendar features are used at their true date).
 *
 * <p>Level features are divided by {@link OriginStats#scale()} (the mean of the last 182 days), so
 * one model fits series of any size; the target is scaled the same way and predictions multiplied
 * back. A lag that falls before the series start or is missing is {@link #UNKNOWN} (-1; scaled
 * demand is never negative, so a tree can split it off).
 *
 * <p>With exogenous columns, {@link ExogenousFeatures} appends their features after {@link #NAMES}
 * (the value at the target date is known-future; the rest reads only days before the origin).
 */
public final class FeatureBuilder {
  public static final float UNKNOWN = -1f;
  public static final String TARGET = "y";

  public static final List<String> NAMES =
      List.of(
          "step",
          "lag_a",
          "lag_b",
          "lag_c",
          "same_weekday_last",
          "same_weekday_mean4",
          "mean_7",
          "std_7",
          "mean_28",
          "std_28",
          "mean_182",
          "zero_share_182",
          "log_scale",
          "day_of_week",
          "month",
          "day_of_month",
          "spring_festival_days",
          "spring_festival_holiday",
          "dragon_boat_days",
          "mid_autumn_days",
          "national_day",
          "days_to_618",
          "days_to_double11");

  private final HorizonBucket bucket;
  private final int[] lags;
  private final ExogenousFeatures exogenous;

  public FeatureBuilder(HorizonBucket bucket) {
    this(bucket, ExogenousFeatures.NONE);
  }

  FeatureBuilder(HorizonBucket bucket, ExogenousFeatures exogenous) {
    this.bucket = bucket;
    this.lags = bucket.lags();
    this.exogenous = exogenous;
  }

  public HorizonBucket bucket() {
    return bucket;
  }

  /** Every feature name: {@link #NAMES}, then the exogenous ones. */
  public List<String> names() {
    List<String> all = new ArrayList<>(NAMES);
    all.addAll(exogenous.names());
    return all;
  }

  public int width() {
    return NAMES.size() + exogenous.names().size();
  }

  /** One feature row (convenience for tests and small predictions). */
  public float[] features(double[] y, LocalDate start, int origin, int step) {
    return features(y, Exogenous.NONE, start, origin, step);
  }

  /** One feature row with exogenous values (indexed like {@code y}). */
  public float[] features(double[] y, Exogenous exog, LocalDate start, int origin, int step) {
    float[] row = new float[width()];
    fill(y, exog, start, origin, step, OriginStats.at(y, origin), row);
    return row;
  }

  /**
   * Writes the features of step {@code step} (1-based) after {@code origin} into {@code out}.
   * {@code stats} must be {@code OriginStats.at(y, origin)}; {@code exog} is indexed like {@code y}
   * and may run past the origin (known future).
   */
  public void fill(
      double[] y,
      Exogenous exog,
      LocalDate start,
      int origin,
      int step,
      OriginStats stats,
      float[] out) {
    int target = origin + step - 1;
    double scale = stats.scale();
    int i = 0;
    out[i++] = step;
    for (int lag : lags) {
      out[i++] = observed(y, origin, target - lag, scale);
    }
    int lastWeek = 7 * (int) Math.ceil(step / 7.0);
    out[i++] = observed(y, origin, target - lastWeek, scale);
    out[i++] = sameWeekdayMean(y, origin, target - lastWeek, scale);
    out[i++] = (float) stats.mean7();
    out[i++] = (float) stats.std7();
    out[i++] = (float) stats.mean28();
    out[i++] = (float) stats.std28();
    out[i++] = (float) stats.mean182();
    out[i++] = (float) stats.zeroShare182();
    out[i++] = (float) Math.log1p(scale);
    LocalDate date = start.plusDays(target);
    out[i++] = date.getDayOfWeek().getValue();
    out[i++] = date.getMonthValue();
    out[i++] = date.getDayOfMonth();
    out[i++] = RetailCalendarFeatures.springFestivalDays(date);
    out[i++] = RetailCalendarFeatures.springFestivalHoliday(date);
    out[i++] = RetailCalendarFeatures.dragonBoatDays(date);
    out[i++] = RetailCalendarFeatures.midAutumnDays(date);
    out[i++] = RetailCalendarFeatures.nationalDay(date);
    out[i++] = RetailCalendarFeatures.daysTo618(date);
    out[i++] = RetailCalendarFeatures.daysToDouble11(date);
    exogenous.fill(exog, origin, target, out, i);
  }

  /** y[index] / scale if index is inside the known history [0, origin) and finite. */
  private static float observed(double[] y, int origin, int index, double scale) {
    if (index < 0 || index >= origin || !Double.isFinite(y[index])) {
      return UNKNOWN;
    }
    return (float) (y[index] / scale);
  }

  /** Mean of the last four same-weekday values from {@code index} back, known ones only. */
  private static float sameWeekdayMean(double[] y, int origin, int index, double scale) {
    double sum = 0;
    int count = 0;
    for (int k = 0; k < 4; k++) {
      float v = observed(y, origin, index - 7 * k, scale);
      if (v != UNKNOWN) {
        sum += v;
        count++;
      }
    }
    return count == 0 ? UNKNOWN : (float) (sum / count);
  }

  /** A Smile frame from feature-major columns ({@code columns[feature][row]}) and the target. */
  public DataFrame frame(float[][] columns, float[] target) {
    List<String> names = names();
    if (columns.length != names.size()) {
      throw new IllegalArgumentException(columns.length + " columns, expected " + names.size());
    }
    List<BaseVector<?, ?, ?>> vectors = new ArrayList<>(names.size() + 1);
    for (int f = 0; f < names.size(); f++) {
      vectors.add(FloatVector.of(names.get(f), columns[f]));
    }
    vectors.add(FloatVector.of(TARGET, target));
    return DataFrame.of(vectors.toArray(new BaseVector[0]));
  }
}
