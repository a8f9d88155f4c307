package io.poolcast.connectors.files;

import java.time.LocalDate;
import java.util.Set;

/**
 * One row of Favorita's {@code holidays_events.csv}.
 *
 * @param date the day
 * @param type Holiday, Transfer, Additional, Bridge, Work Day or Event
 * @param locale National, Regional (a state) or Local (a city)
 * @param localeName Ecuador, the state or the city
 * @param description what it is
 * @param transferred true when the holiday was moved to another day (a {@code Transfer} row)
 */
public record FavoritaHoliday(
    LocalDate date,
    String type,
    String locale,
    String localeName,
    String description,
    boolean transferred) {

  /** Types that give a day off when not transferred; Work Day and Event do not. */
  static final Set<String> DAY_OFF_TYPES = Set.of("Holiday", "Transfer", "Additional", "Bridge");

  /** True when this row makes {@link #date} a day off in the given city and state. */
  public boolean isDayOffIn(String city, String state) {
    if (transferred || !DAY_OFF_TYPES.contains(type)) {
      return false;
    }
    return switch (locale) {
      case "National" -> true;
      case "Regional" -> localeName.equals(state);
      case "Local" -> localeName.equals(city);
      default -> false;
    };
  }
}
