package io.poolcast.forecasting.daily;

import io.poolcast.forecasting.data.Frequency;
import io.poolcast.forecasting.data.Series;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

/**
 * The daily units of one demand series over its last {@code units.length} days (default {@link
 * #DAYS}), as a ring indexed by epoch day: memory per series is fixed whatever its age. Days
 * between the series' first sale and its newest day without a sale are zero (no POS line = no
 * sale). Immutable: {@link #add} returns a new history, so it can live in a state store as a value.
 *
 * @param firstDay epoch day of the first sale ever seen (the series starts there)
 * @param lastDay newest epoch day the ring covers
 * @param lastSaleDay newest epoch day with a sale
 * @param units units per day, slot {@code day mod length}; slots of days after {@code lastDay} or
 *     more than {@code length} days before it are stale
 */
public record DemandHistory(long firstDay, long lastDay, long lastSaleDay, int[] units) {
  /**
   * Half a year: enough for the longest look-back of any model (the GBM reads 182 days; Auto's two
   * 28-day tuning windows and the 8 weekly calibration origins of a 30-day horizon need about 160),
   * and a fixed ~0.75 KB per series.
   */
  public static final int DAYS = 182;

  /** A new series whose first sale is {@code units} on {@code day}. */
  public static DemandHistory start(LocalDate day, int units) {
    return start(day, units, DAYS);
  }

  public static DemandHistory start(LocalDate day, int units, int capacity) {
    long d = day.toEpochDay();
    int[] ring = new int[capacity];
    ring[slot(d, capacity)] = units;
    return new DemandHistory(d, d, d, ring);
  }

  /** True when {@code day} is in the ring's window (or after it): {@link #add} can record it. */
  public boolean canRecord(LocalDate day) {
    return day.toEpochDay() > lastDay - units.length;
  }

  /**
   * Adds units sold on {@code day}; a newer day moves the window forward (the days skipped become
   * zeros). A day before the window is refused: the caller decides what a too-old sale is.
   */
  public DemandHistory add(LocalDate day, int sold) {
    long d = day.toEpochDay();
    if (!canRecord(day)) {
      throw new IllegalArgumentException(day + " is before the kept window of " + units.length);
    }
    int[] ring = units.clone();
    long newLast = Math.max(lastDay, d);
    for (long cleared = lastDay + 1; cleared <= newLast && cleared <= lastDay + ring.length; ) {
      ring[slot(cleared, ring.length)] = 0;
      cleared++;
    }
    ring[slot(d, ring.length)] += sold;
    return new DemandHistory(Math.min(firstDay, d), newLast, Math.max(lastSaleDay, d), ring);
  }

  /** Units sold on {@code day}; 0 for days outside the window. */
  public int unitsOn(LocalDate day) {
    long d = day.toEpochDay();
    if (d > lastDay || d <= lastDay - units.length || d < firstDay) {
      return 0;
    }
    return units[slot(d, units.length)];
  }

  /** The first day the window holds. */
  public LocalDate windowStart() {
    return LocalDate.ofEpochDay(Math.max(firstDay, lastDay - units.length + 1));
  }

  /**
   * Days of history up to and including {@code upTo}, from the window's start (0 if {@code upTo} is
   * before it); days after the newest one count as days without a sale.
   */
  public int daysUpTo(LocalDate upTo) {
    return (int) Math.max(0, upTo.toEpochDay() - windowStart().toEpochDay() + 1);
  }

  /** Days with a sale among the {@code window} days ending on {@code upTo}. */
  public int sellingDays(LocalDate upTo, int window) {
    int count = 0;
    for (int back = 0; back < window; back++) {
      if (unitsOn(upTo.minusDays(back)) > 0) {
        count++;
      }
    }
    return count;
  }

  /** Whole days from the last sale to {@code day}. */
  public long daysSinceLastSale(LocalDate day) {
    return day.toEpochDay() - lastSaleDay;
  }

  /**
   * The series from the window's start to {@code upTo}, as the forecasting library reads it; only
   * days up to {@code upTo} are used, so a refresh of a closed day never sees a later sale.
   */
  public Series series(String id, LocalDate upTo, Map<String, String> attributes) {
    int n = daysUpTo(upTo);
    if (n < 1) {
      throw new IllegalArgumentException(id + " has no history up to " + upTo);
    }
    LocalDate start = windowStart();
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = unitsOn(start.plusDays(i));
    }
    return new Series(id, start, Frequency.DAILY, y, attributes);
  }

  private static int slot(long epochDay, int capacity) {
    return (int) Math.floorMod(epochDay, (long) capacity);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DemandHistory h
        && h.firstDay == firstDay
        && h.lastDay == lastDay
        && h.lastSaleDay == lastSaleDay
        && Arrays.equals(h.units, units);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(lastDay) * 31 + Arrays.hashCode(units);
  }

  @Override
  public String toString() {
    return "DemandHistory[" + windowStart() + ".." + LocalDate.ofEpochDay(lastDay) + "]";
  }
}
