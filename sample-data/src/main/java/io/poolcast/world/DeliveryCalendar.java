package io.poolcast.world;

import io.poolcast.events.reference.CutoffCalendar;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * A supplier's {@link CutoffCalendar} for one region, made answerable: on which days it delivers,
 * which delivery day an order placed at a given moment asks for, and until when that pool is open.
 *
 * <p>Rule: an order placed on local day D before the cut-off time joins D's pool, at or after it
 * the next day's; the pool of day P is delivered on P + lead days, moved forward to the next day
 * that is neither a no-delivery weekday nor a holiday.
 */
public final class DeliveryCalendar {
  private static final int MAX_SEARCH_DAYS = 60;

  private final CutoffCalendar source;
  private final ZoneId zone;
  private final Set<DayOfWeek> noDeliveryDays;
  private final Set<LocalDate> holidays;

  private DeliveryCalendar(CutoffCalendar source) {
    this.source = source;
    this.zone = ZoneId.of(source.zoneId());
    this.noDeliveryDays =
        source.noDeliveryDays().isEmpty()
            ? EnumSet.noneOf(DayOfWeek.class)
            : EnumSet.copyOf(source.noDeliveryDays());
    this.holidays = new HashSet<>(source.holidays());
  }

  public static DeliveryCalendar of(CutoffCalendar calendar) {
    return new DeliveryCalendar(calendar);
  }

  public CutoffCalendar source() {
    return source;
  }

  public boolean isDeliveryDay(LocalDate date) {
    return !noDeliveryDays.contains(date.getDayOfWeek()) && !holidays.contains(date);
  }

  /** The first delivery day an order placed at this moment can get. */
  public LocalDate requestedDeliveryDate(Instant orderTime) {
    ZonedDateTime local = orderTime.atZone(zone);
    LocalDate poolDay = local.toLocalDate();
    if (!local.toLocalTime().isBefore(source.cutoffLocalTime())) {
      poolDay = poolDay.plusDays(1);
    }
    return nextDeliveryDayFrom(poolDay.plusDays(source.leadDays()));
  }

  /** The first delivery day on or after the date. */
  public LocalDate nextDeliveryDayFrom(LocalDate date) {
    LocalDate candidate = date;
    for (int i = 0; i < MAX_SEARCH_DAYS; i++) {
      if (isDeliveryDay(candidate)) {
        return candidate;
      }
      candidate = candidate.plusDays(1);
    }
    throw new IllegalStateException(
        "no delivery day within " + MAX_SEARCH_DAYS + " days of " + date + " for " + source);
  }

  /**
   * The last moment an order (or a change to it) still makes the delivery on this day: the cut-off
   * on the day {@code leadDays} before it.
   */
  public Instant cutoffFor(LocalDate deliveryDate) {
    LocalTime cutoff = source.cutoffLocalTime();
    return deliveryDate.minusDays(source.leadDays()).atTime(cutoff).atZone(zone).toInstant();
  }
}
