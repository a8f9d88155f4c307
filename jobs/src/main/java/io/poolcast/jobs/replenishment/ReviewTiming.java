package io.poolcast.jobs.replenishment;

import io.poolcast.pooling.DeliveryCalendar;
import io.poolcast.pooling.LocalDays;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When a suggestion made at the close of a shop's day is ordered and when it arrives. The order is
 * placed at the last millisecond of the day (the moment the day's stock is known); the supplier's
 * calendar gives its delivery day, and the order of the next day's close gives the delivery after
 * that. The position must last from tomorrow to the day before that next delivery: lead time plus
 * review period, the same window the world's shops review against.
 *
 * @param orderTime the last millisecond of the day in the region's zone
 * @param deliveryDate the delivery day an order placed at {@code orderTime} gets
 * @param nextDeliveryDate the delivery day of an order placed at the next day's close
 * @param daysToCover days from tomorrow to the day before {@code nextDeliveryDate}
 */
public record ReviewTiming(
    Instant orderTime, LocalDate deliveryDate, LocalDate nextDeliveryDate, int daysToCover) {

  public static ReviewTiming at(LocalDate day, ZoneId zone, DeliveryCalendar calendar) {
    Instant orderTime = lastMilliOf(day, zone);
    LocalDate delivery = calendar.deliveryDateFor(orderTime);
    LocalDate next = calendar.deliveryDateFor(lastMilliOf(day.plusDays(1), zone));
    int days = (int) (next.toEpochDay() - day.toEpochDay()) - 1;
    return new ReviewTiming(orderTime, delivery, next, days);
  }

  /** The last millisecond of the region-local day: the event time of what its close produces. */
  public static Instant lastMilliOf(LocalDate day, ZoneId zone) {
    return LocalDays.endOf(day, zone).minusMillis(1);
  }
}
