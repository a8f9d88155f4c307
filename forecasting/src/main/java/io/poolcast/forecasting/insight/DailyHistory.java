package io.poolcast.forecasting.insight;

import java.util.Arrays;

/**
 * The last daily values of one series (a ring), by default {@value #CAPACITY} days: enough for
 * "this week vs the same week last year" and nothing more, so state stays bounded however long a
 * job runs. A shorter ring ({@link #empty(int)}) serves series that need only a few weeks.
 *
 * @param values the ring: day {@code d} is at {@code d mod values.length}
 * @param lastEpochDay the newest day recorded; days before the first record read as 0
 * @param days days recorded since the first (capped at the ring's length)
 */
public record DailyHistory(double[] values, long lastEpochDay, int days) {
  /** 52 weeks + 1 week: the same 7 days a year earlier are still in the ring. */
  public static final int CAPACITY = 371;

  public static DailyHistory empty() {
    return empty(CAPACITY);
  }

  /** An empty history that keeps the last {@code capacity} days. */
  public static DailyHistory empty(int capacity) {
    return new DailyHistory(new double[capacity], Long.MIN_VALUE, 0);
  }

  /** Records {@code value} on {@code epochDay}; skipped days in between count as 0. */
  public DailyHistory record(long epochDay, double value) {
    double[] ring = Arrays.copyOf(values, values.length);
    int recorded = days;
    if (days > 0) {
      if (epochDay <= lastEpochDay) {
        throw new IllegalArgumentException("day " + epochDay + " is not after " + lastEpochDay);
      }
      for (long d = lastEpochDay + 1; d < epochDay; d++) {
        ring[slot(d)] = 0;
        recorded++;
      }
    }
    ring[slot(epochDay)] = value;
    return new DailyHistory(ring, epochDay, Math.min(values.length, recorded + 1));
  }

  /**
   * The {@code length} days ending {@code daysBack} days before the newest one, oldest first.
   *
   * @throws IllegalArgumentException if they are not all in the history
   */
  public double[] window(int length, int daysBack) {
    if (daysBack + length > days) {
      throw new IllegalArgumentException("only " + days + " days recorded");
    }
    double[] out = new double[length];
    long end = lastEpochDay - daysBack;
    for (int i = 0; i < length; i++) {
      out[i] = values[slot(end - length + 1 + i)];
    }
    return out;
  }

  /**
   * The {@code length} days ending on {@code epochDay}, oldest first, reading 0 for days without a
   * record: before the first one, skipped, or after the newest.
   *
   * @throws IllegalArgumentException if {@code epochDay} is before the newest day recorded or the
   *     ring is shorter than {@code length}
   */
  public double[] trailing(long epochDay, int length) {
    if (length > values.length || (days > 0 && epochDay < lastEpochDay)) {
      throw new IllegalArgumentException(
          length + " days to " + epochDay + " are not in a ring of " + values.length);
    }
    double[] out = new double[length];
    for (int i = 0; i < length; i++) {
      long d = epochDay - length + 1 + i;
      out[i] = days > 0 && d <= lastEpochDay ? values[slot(d)] : 0;
    }
    return out;
  }

  private int slot(long epochDay) {
    return (int) Math.floorMod(epochDay, (long) values.length);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DailyHistory h
        && lastEpochDay == h.lastEpochDay
        && days == h.days
        && Arrays.equals(values, h.values);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(lastEpochDay) * 31 + days;
  }

  @Override
  public String toString() {
    return "DailyHistory[last=" + lastEpochDay + ", days=" + days + "]";
  }
}
