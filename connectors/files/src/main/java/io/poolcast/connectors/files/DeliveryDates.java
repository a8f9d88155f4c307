package io.poolcast.connectors.files;

import io.poolcast.events.reference.CutoffCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The delivery day a cut-off calendar gives an order: an order placed on local day D at or before
 * the cut-off time joins the pool delivered on D + leadDays; after the cut-off it counts as placed
 * on D + 1. A delivery day that falls on a no-delivery weekday or a holiday moves to the next day
 * that is neither.
 */
public final class DeliveryDates {
  /** Days a shop still accepts after its requested day. */
  public static final int LATEST_AFTER_REQUESTED_DAYS = 2;

  private DeliveryDates() {}

  public static LocalDate requestedDelivery(CutoffCalendar calendar, Instant placedAt) {
    ZonedDateTime local = placedAt.atZone(ZoneId.of(calendar.zoneId()));
    LocalDate orderDay = local.toLocalDate();
    if (local.toLocalTime().isAfter(calendar.cutoffLocalTime())) {
      orderDay = orderDay.plusDays(1);
    }
    return nextDeliveryDay(calendar, orderDay.plusDays(calendar.leadDays()));
  }

  public static LocalDate latestDelivery(LocalDate requested) {
    return requested.plusDays(LATEST_AFTER_REQUESTED_DAYS);
  }

  /** The day itself if deliveries happen on it, else the next day they do. */
  static LocalDate nextDeliveryDay(CutoffCalendar calendar, LocalDate day) {
    LocalDate candidate = day;
    // A calendar always has at least one delivery weekday, so a few weeks of holidays at most.
    for (int i = 0; i < 366; i++) {
      if (!calendar.noDeliveryDays().contains(candidate.getDayOfWeek())
          && !calendar.holidays().contains(candidate)) {
        return candidate;
      }
      candidate = candidate.plusDays(1);
    }
    throw new IllegalArgumentException("calendar has no delivery day within a year: " + calendar);
  }
}
