package io.poolcast.forecasting.insight;

import java.util.Map;
import java.util.TreeMap;

/**
 * Fast and slow movers of one supplier in one region, day by day: each SKU's {@link AbcXyz} class
 * among the supplier's SKUs there over the trailing {@value #WINDOW_DAYS} days.
 *
 * <ul>
 *   <li>The window is the {@value #WINDOW_DAYS} days ending on the day, or fewer while the group
 *       (supplier × region) is younger: the days before it was first seen are unknown, and reading
 *       them as 0 would make every SKU look erratic. No classes before {@value #MIN_DAYS} days.
 *   <li>A day without a figure for a SKU counts as 0 units and 0 value: a region × SKU row exists
 *       for every day some shop there lists the SKU, zero-sales days included, so a missing day is
 *       one on which no shop listed it and nothing can have sold. A SKU listed only recently
 *       therefore reads as erratic (Z) until it has sold steadily for most of the window.
 *   <li>Every SKU with a figure in the window is ranked, so a SKU no longer listed still counts in
 *       the supplier's total value.
 * </ul>
 */
public final class MoverClasses {
  /** Days of the trailing window. */
  public static final int WINDOW_DAYS = 28;

  /** Days of the group's history before classes are given. */
  public static final int MIN_DAYS = 7;

  private MoverClasses() {}

  /** The ABC class (A, B, C) and the XYZ class (X, Y, Z) of one SKU. */
  public record Classes(char abc, char xyz) {}

  /**
   * One SKU's daily units and sales value, {@value #WINDOW_DAYS} days of each (bounded state).
   *
   * @param units units sold per day
   * @param valueCents sales value per day, in cents
   */
  public record SkuDays(DailyHistory units, DailyHistory valueCents) {
    public static SkuDays empty() {
      return new SkuDays(DailyHistory.empty(WINDOW_DAYS), DailyHistory.empty(WINDOW_DAYS));
    }

    /** Records a day's figures; days skipped since the last record read as 0. */
    public SkuDays record(long epochDay, long unitsSold, long value) {
      return new SkuDays(units.record(epochDay, unitsSold), valueCents.record(epochDay, value));
    }

    /**
     * Whether nothing of it is left in the window ending on {@code epochDay}: it can be dropped.
     */
    public boolean outOfWindow(long epochDay) {
      return units.days() == 0 || epochDay - units.lastEpochDay() >= WINDOW_DAYS;
    }
  }

  /**
   * The classes of a group's SKUs on {@code epochDay}.
   *
   * @param skus each SKU's days, recorded through {@code epochDay} at the latest
   * @param firstEpochDay the first day the group was seen
   * @return classes per SKU, in SKU order; empty while the group is younger than {@value #MIN_DAYS}
   *     days
   */
  public static Map<String, Classes> of(
      Map<String, SkuDays> skus, long epochDay, long firstEpochDay) {
    int window = (int) Math.min(WINDOW_DAYS, epochDay - firstEpochDay + 1);
    Map<String, Classes> classes = new TreeMap<>();
    if (window < MIN_DAYS) {
      return classes;
    }
    Map<String, Long> value = new TreeMap<>();
    Map<String, Character> xyz = new TreeMap<>();
    for (Map.Entry<String, SkuDays> e : skus.entrySet()) {
      value.put(e.getKey(), sum(e.getValue().valueCents().trailing(epochDay, window)));
      xyz.put(e.getKey(), AbcXyz.xyz(whole(e.getValue().units().trailing(epochDay, window))));
    }
    AbcXyz.abc(value).forEach((sku, abc) -> classes.put(sku, new Classes(abc, xyz.get(sku))));
    return classes;
  }

  private static long sum(double[] days) {
    long total = 0;
    for (double d : days) {
      total += Math.round(d);
    }
    return total;
  }

  private static long[] whole(double[] days) {
    long[] out = new long[days.length];
    for (int i = 0; i < days.length; i++) {
      out[i] = Math.round(days[i]);
    }
    return out;
  }
}
