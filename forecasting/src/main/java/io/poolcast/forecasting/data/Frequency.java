package io.poolcast.forecasting.data;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Sampling frequency of a series. Only daily and weekly demand is planned from. */
public enum Frequency {
  DAILY(1, 7),
  WEEKLY(7, 52);

  private final int stepDays;
  private final int seasonLength;

  Frequency(int stepDays, int seasonLength) {
    this.stepDays = stepDays;
    this.seasonLength = seasonLength;
  }

  /** Days between two consecutive observations. */
  public int stepDays() {
    return stepDays;
  }

  /** The natural season: a week of days, or a year of weeks. */
  public int seasonLength() {
    return seasonLength;
  }

  /** The date {@code steps} observations after {@code date}. */
  public LocalDate plus(LocalDate date, long steps) {
    return date.plusDays(steps * stepDays);
  }

  /**
   * Weekly when there are at least two distinct dates and every date falls on the same weekday (so
   * all steps are multiples of 7 days); daily otherwise.
   */
  public static Frequency detect(Collection<LocalDate> dates) {
    Set<DayOfWeek> weekdays = new HashSet<>();
    Set<LocalDate> distinct = new HashSet<>(dates);
    for (LocalDate d : distinct) {
      weekdays.add(d.getDayOfWeek());
      if (weekdays.size() > 1) {
        return DAILY;
      }
    }
    return distinct.size() >= 2 ? WEEKLY : DAILY;
  }
}
