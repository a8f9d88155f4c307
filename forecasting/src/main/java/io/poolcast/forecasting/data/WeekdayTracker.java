package io.poolcast.forecasting.data;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;

/** Streams the dates of a file and says whether they are all on one weekday (weekly data). */
final class WeekdayTracker {
  private final EnumSet<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
  private LocalDate first;
  private boolean moreThanOneDate;

  void add(LocalDate date) {
    weekdays.add(date.getDayOfWeek());
    if (first == null) {
      first = date;
    } else if (!first.equals(date)) {
      moreThanOneDate = true;
    }
  }

  Frequency frequency() {
    return moreThanOneDate && weekdays.size() == 1 ? Frequency.WEEKLY : Frequency.DAILY;
  }
}
