package io.poolcast.pooling;

import io.poolcast.events.reference.CutoffCalendar;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * When a supplier delivers in a region and until when an order makes which delivery.
 *
 * <p>The cut-off of delivery day X is {@code cutoffLocalTime} on the local day X − {@code
 * leadDays}, in the calendar's zone. X is a delivery day unless its weekday is a no-delivery day or
 * it is a holiday. An order belongs to the earliest delivery day whose cut-off is <b>strictly
 * after</b> the order time: an order placed exactly at the cut-off instant is late, so "until
 * 18:00" means "before 18:00:00.000".
 *
 * <p>Daylight saving: a cut-off time that falls in a spring-forward gap moves forward by the gap
 * (01:30 on a day that skips 01:00–02:00 becomes 02:30); one in an autumn overlap takes the earlier
 * of the two instants, so a cut-off is never later than the clock on the wall said.
 */
public final class DeliveryCalendar {
  private final String supplierId;
  private final String regionId;
  private final ZoneId zone;
  private final LocalTime cutoffLocalTime;
  private final int leadDays;
  private final Set<DayOfWeek> noDeliveryDays;
  private final Set<LocalDate> holidays;

  /**
   * @throws IllegalArgumentException if the zone is unknown, lead days are negative or no weekday
   *     is left for delivery (reference data that no order could ever be pooled with)
   */
  public DeliveryCalendar(CutoffCalendar calendar) {
    this.supplierId = calendar.supplierId();
    this.regionId = calendar.regionId();
    this.zone = ZoneId.of(calendar.zoneId());
    this.cutoffLocalTime = calendar.cutoffLocalTime();
    this.leadDays = calendar.leadDays();
    this.noDeliveryDays =
        calendar.noDeliveryDays().isEmpty()
            ? EnumSet.noneOf(DayOfWeek.class)
            : EnumSet.copyOf(calendar.noDeliveryDays());
    this.holidays = new TreeSet<>(calendar.holidays());
    if (cutoffLocalTime == null) {
      throw new IllegalArgumentException("cutoff_local_time is missing for " + key());
    }
    if (leadDays < 0) {
      throw new IllegalArgumentException("lead_days is negative for " + key() + ": " + leadDays);
    }
    if (noDeliveryDays.size() == DayOfWeek.values().length) {
      throw new IllegalArgumentException("no delivery weekday left for " + key());
    }
  }

  private String key() {
    return supplierId + PoolKey.SEPARATOR + regionId;
  }

  public String supplierId() {
    return supplierId;
  }

  public String regionId() {
    return regionId;
  }

  public ZoneId zone() {
    return zone;
  }

  /** True if the supplier delivers in the region on this day. */
  public boolean isDeliveryDay(LocalDate date) {
    return !noDeliveryDays.contains(date.getDayOfWeek()) && !holidays.contains(date);
  }

  /** The instant the pool of this delivery day closes (see the class comment for DST). */
  public Instant cutoffOf(LocalDate deliveryDate) {
    return ZonedDateTime.of(deliveryDate.minusDays(leadDays), cutoffLocalTime, zone).toInstant();
  }

  /**
   * The earliest delivery day whose cut-off is strictly after {@code orderTime}: an order exactly
   * at a cut-off goes to the next delivery day.
   */
  public LocalDate deliveryDateFor(Instant orderTime) {
    // The day before "local day + lead days" has its cut-off on the previous local day, so
    // starting there never skips a candidate.
    LocalDate candidate = LocalDays.dayOf(orderTime, zone).plusDays(leadDays - 1L);
    while (!isDeliveryDay(candidate) || !cutoffOf(candidate).isAfter(orderTime)) {
      candidate = candidate.plusDays(1);
    }
    return candidate;
  }

  /** The first delivery day after {@code date} (the day an under-minimum pool rolls over to). */
  public LocalDate nextDeliveryDayAfter(LocalDate date) {
    return firstDeliveryDayFrom(date.plusDays(1));
  }

  /** {@code date} itself if it is a delivery day, else the next one. */
  public LocalDate firstDeliveryDayFrom(LocalDate date) {
    LocalDate candidate = date;
    while (!isDeliveryDay(candidate)) {
      candidate = candidate.plusDays(1);
    }
    return candidate;
  }

  /** Holidays, sorted (for display). */
  public List<LocalDate> holidays() {
    return List.copyOf(holidays);
  }
}
