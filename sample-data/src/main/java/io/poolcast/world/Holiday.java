package io.poolcast.world;

import java.time.LocalDate;

/**
 * One occurrence of a retail event in a given year.
 *
 * @param kind which event
 * @param day the festival day itself (lunar new year's day, Mid-Autumn day, October 1, June 18,
 *     November 11)
 * @param firstDay first day of the public holiday or promotion period
 * @param lastDay last day of the public holiday or promotion period (inclusive)
 * @param leadInDays days before {@code firstDay} in which shoppers already buy for the event
 */
public record Holiday(
    HolidayKind kind, LocalDate day, LocalDate firstDay, LocalDate lastDay, int leadInDays) {

  /** True if the date is inside the holiday or promotion period itself. */
  public boolean covers(LocalDate date) {
    return !date.isBefore(firstDay) && !date.isAfter(lastDay);
  }

  /** True if the date is in the lead-in before the period (the stock-up weeks). */
  public boolean leadsInto(LocalDate date) {
    return date.isBefore(firstDay) && !date.isBefore(firstDay.minusDays(leadInDays));
  }
}
