package io.poolcast.events.reference;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * When a supplier closes its pools in a region and on which days it delivers there.
 *
 * @param supplierId the supplier
 * @param regionId the region
 * @param zoneId the time zone the cut-off time is read in (the region's zone)
 * @param cutoffLocalTime orders until this local time on day D join the pool delivered on D +
 *     {@code leadDays}
 * @param leadDays days between cut-off and delivery (1 for next-day delivery)
 * @param noDeliveryDays weekdays without delivery (e.g. Sunday for some suppliers)
 * @param holidays dates without delivery
 */
public record CutoffCalendar(
    String supplierId,
    String regionId,
    String zoneId,
    LocalTime cutoffLocalTime,
    int leadDays,
    List<DayOfWeek> noDeliveryDays,
    List<LocalDate> holidays) {

  public CutoffCalendar {
    noDeliveryDays = noDeliveryDays == null ? List.of() : List.copyOf(noDeliveryDays);
    holidays = holidays == null ? List.of() : List.copyOf(holidays);
  }
}
