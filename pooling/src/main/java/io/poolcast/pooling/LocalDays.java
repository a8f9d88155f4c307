package io.poolcast.pooling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Calendar days as a region lives them. Every daily figure in PoolCast is cut at the region's own
 * midnight, including days that are 23 or 25 hours long in zones with daylight saving.
 */
public final class LocalDays {
  private LocalDays() {}

  /** The region-local calendar day an instant falls on. */
  public static LocalDate dayOf(Instant instant, ZoneId zone) {
    return instant.atZone(zone).toLocalDate();
  }

  /** The first instant of the next local day: a day's figures are complete once time passes it. */
  public static Instant endOf(LocalDate day, ZoneId zone) {
    return day.plusDays(1).atStartOfDay(zone).toInstant();
  }
}
