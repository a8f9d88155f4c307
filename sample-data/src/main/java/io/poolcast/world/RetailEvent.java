package io.poolcast.world;

/**
 * What the retail calendar says about one day.
 *
 * @param holiday the event occurrence
 * @param phase lead-in or during
 * @param daysToDay days from this date to the festival day (negative after it)
 */
public record RetailEvent(Holiday holiday, EventPhase phase, int daysToDay) {

  public HolidayKind kind() {
    return holiday.kind();
  }
}
