package io.poolcast.jobs.sellthrough;

import java.time.LocalDate;

/**
 * Which days of a shop are closed (keyed state of {@link ShopStockFunction}).
 *
 * @param lastClosed the last day whose rows were emitted, or the day before the first open one
 * @param closedOnce whether any day was emitted (before that, an earlier event moves the start)
 * @param lastEventDay the latest day an event of the shop fell on (where a bounded run stops)
 */
public record ShopDays(LocalDate lastClosed, boolean closedOnce, LocalDate lastEventDay) {
  /** The first open day. */
  public LocalDate nextOpen() {
    return lastClosed.plusDays(1);
  }

  /** Whether {@code day}'s rows were already emitted. */
  public boolean isClosed(LocalDate day) {
    return closedOnce && !day.isAfter(lastClosed);
  }

  /** Takes an event on {@code day} into account. */
  public static ShopDays seen(ShopDays days, LocalDate day) {
    if (days == null) {
      return new ShopDays(day.minusDays(1), false, day);
    }
    LocalDate start =
        days.closedOnce || day.isAfter(days.lastClosed) ? days.lastClosed : day.minusDays(1);
    LocalDate last = day.isAfter(days.lastEventDay) ? day : days.lastEventDay;
    return new ShopDays(start, days.closedOnce, last);
  }

  public ShopDays closed(LocalDate day) {
    return new ShopDays(day, true, lastEventDay);
  }
}
