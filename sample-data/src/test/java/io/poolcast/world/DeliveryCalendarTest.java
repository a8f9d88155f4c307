package io.poolcast.world;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.events.reference.CutoffCalendar;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryCalendarTest {
  private static final LocalDate SPRING_EVE = LocalDate.of(2026, 2, 16);

  private final DeliveryCalendar calendar =
      DeliveryCalendar.of(
          new CutoffCalendar(
              "sup-0001",
              "east-hz",
              "Asia/Shanghai",
              LocalTime.of(20, 0),
              1,
              List.of(DayOfWeek.SUNDAY),
              List.of(SPRING_EVE, SPRING_EVE.plusDays(1))));

  private static Instant shanghai(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(DayContext.ZONE).toInstant();
  }

  @Test
  void orderBeforeCutoffIsDeliveredNextDay() {
    // 2026-01-08 is a Thursday.
    assertThat(calendar.requestedDeliveryDate(shanghai("2026-01-08T19:59:59")))
        .isEqualTo(LocalDate.of(2026, 1, 9));
  }

  @Test
  void orderAtOrAfterCutoffJoinsTheNextPool() {
    assertThat(calendar.requestedDeliveryDate(shanghai("2026-01-08T20:00:00")))
        .isEqualTo(LocalDate.of(2026, 1, 10));
  }

  @Test
  void skipsNoDeliveryWeekdaysAndHolidays() {
    // Saturday evening after the cut-off: Sunday has no delivery, so Monday.
    assertThat(calendar.requestedDeliveryDate(shanghai("2026-01-10T21:00:00")))
        .isEqualTo(LocalDate.of(2026, 1, 12));
    // Sunday 2026-02-15 before cut-off: Monday and Tuesday are holidays, so Wednesday.
    assertThat(calendar.requestedDeliveryDate(shanghai("2026-02-15T10:00:00")))
        .isEqualTo(LocalDate.of(2026, 2, 18));
    assertThat(calendar.isDeliveryDay(SPRING_EVE)).isFalse();
    assertThat(calendar.isDeliveryDay(LocalDate.of(2026, 1, 11))).isFalse();
  }

  @Test
  void cutoffOfADeliveryDayIsLeadDaysBefore() {
    assertThat(calendar.cutoffFor(LocalDate.of(2026, 1, 12)))
        .isEqualTo(shanghai("2026-01-11T20:00:00"));
  }
}
