package io.poolcast.pooling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.poolcast.events.reference.CutoffCalendar;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryCalendarTest {
  private static final String SHANGHAI = "Asia/Shanghai";
  private static final String LONDON = "Europe/London";

  private static DeliveryCalendar calendar(
      String zone, String cutoff, int leadDays, List<DayOfWeek> off, List<LocalDate> holidays) {
    return new DeliveryCalendar(
        new CutoffCalendar(
            "sup-003", "east-hz", zone, LocalTime.parse(cutoff), leadDays, off, holidays));
  }

  private static DeliveryCalendar nextDay(String zone) {
    return calendar(zone, "18:00", 1, List.of(), List.of());
  }

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void cutoffIsLocalTimeLeadDaysBeforeDelivery() {
    // 18:00 in Shanghai (UTC+8) on Monday 5 January for Tuesday's delivery.
    assertThat(nextDay(SHANGHAI).cutoffOf(day("2026-01-06")))
        .isEqualTo(Instant.parse("2026-01-05T10:00:00Z"));
  }

  @Test
  void orderExactlyAtCutoffIsLateAndOneMillisecondBeforeIsOnTime() {
    DeliveryCalendar cal = nextDay(SHANGHAI);
    Instant cutoff = Instant.parse("2026-01-05T10:00:00Z");
    assertThat(cal.deliveryDateFor(cutoff.minusMillis(1))).isEqualTo(day("2026-01-06"));
    assertThat(cal.deliveryDateFor(cutoff)).isEqualTo(day("2026-01-07"));
  }

  @Test
  void orderJustAfterLocalMidnightStillMakesNextDay() {
    // 00:30 Shanghai on 6 January is 16:30Z on the 5th: next delivery is the 7th.
    assertThat(nextDay(SHANGHAI).deliveryDateFor(Instant.parse("2026-01-05T16:30:00Z")))
        .isEqualTo(day("2026-01-07"));
  }

  @Test
  void supplierWithoutSundayDeliversMondayAfterSaturdayOrders() {
    DeliveryCalendar cal = calendar(SHANGHAI, "18:00", 1, List.of(DayOfWeek.SUNDAY), List.of());
    // Saturday 10 January 10:00 local: Sunday is skipped, Monday's cut-off is Sunday 18:00.
    assertThat(cal.deliveryDateFor(Instant.parse("2026-01-10T02:00:00Z")))
        .isEqualTo(day("2026-01-12"));
    assertThat(cal.isDeliveryDay(day("2026-01-11"))).isFalse();
    assertThat(cal.nextDeliveryDayAfter(day("2026-01-10"))).isEqualTo(day("2026-01-12"));
    assertThat(cal.cutoffOf(day("2026-01-12"))).isEqualTo(Instant.parse("2026-01-11T10:00:00Z"));
  }

  @Test
  void springFestivalWeekIsSkipped() {
    List<LocalDate> festival =
        day("2026-02-16").datesUntil(day("2026-02-23")).toList(); // eve to day 6
    DeliveryCalendar cal = calendar(SHANGHAI, "18:00", 1, List.of(), festival);
    assertThat(cal.deliveryDateFor(Instant.parse("2026-02-15T02:00:00Z")))
        .isEqualTo(day("2026-02-23"));
    assertThat(cal.nextDeliveryDayAfter(day("2026-02-15"))).isEqualTo(day("2026-02-23"));
    assertThat(cal.firstDeliveryDayFrom(day("2026-02-17"))).isEqualTo(day("2026-02-23"));
    assertThat(cal.firstDeliveryDayFrom(day("2026-02-23"))).isEqualTo(day("2026-02-23"));
    assertThat(cal.holidays()).hasSize(7);
  }

  @Test
  void shanghaiHasNoDaylightSavingOnEuropesSwitchDays() {
    DeliveryCalendar cal = nextDay(SHANGHAI);
    assertThat(cal.cutoffOf(day("2026-03-29"))).isEqualTo(Instant.parse("2026-03-28T10:00:00Z"));
    assertThat(cal.cutoffOf(day("2026-03-30"))).isEqualTo(Instant.parse("2026-03-29T10:00:00Z"));
    assertThat(cal.cutoffOf(day("2026-10-26"))).isEqualTo(Instant.parse("2026-10-25T10:00:00Z"));
  }

  @Test
  void londonCutoffMovesAnHourEarlierInUtcAfterSpringForward() {
    DeliveryCalendar cal = nextDay(LONDON);
    assertThat(cal.cutoffOf(day("2026-03-29"))).isEqualTo(Instant.parse("2026-03-28T18:00:00Z"));
    assertThat(cal.cutoffOf(day("2026-03-30"))).isEqualTo(Instant.parse("2026-03-29T17:00:00Z"));
    // 17:30Z on the 29th is 18:30 BST: too late for the 30th.
    assertThat(cal.deliveryDateFor(Instant.parse("2026-03-29T17:30:00Z")))
        .isEqualTo(day("2026-03-31"));
    assertThat(cal.deliveryDateFor(Instant.parse("2026-03-29T16:59:59.999Z")))
        .isEqualTo(day("2026-03-30"));
  }

  @Test
  void londonCutoffMovesAnHourLaterInUtcAfterFallBack() {
    DeliveryCalendar cal = nextDay(LONDON);
    assertThat(cal.cutoffOf(day("2026-10-25"))).isEqualTo(Instant.parse("2026-10-24T17:00:00Z"));
    assertThat(cal.cutoffOf(day("2026-10-26"))).isEqualTo(Instant.parse("2026-10-25T18:00:00Z"));
    assertThat(cal.deliveryDateFor(Instant.parse("2026-10-25T17:30:00Z")))
        .isEqualTo(day("2026-10-26"));
  }

  @Test
  void cutoffInTheGapMovesForwardAndInTheOverlapTakesTheEarlierInstant() {
    DeliveryCalendar cal = calendar(LONDON, "01:30", 1, List.of(), List.of());
    // 29 March: clocks jump 01:00 -> 02:00, so 01:30 reads as 02:30 BST = 01:30Z.
    assertThat(cal.cutoffOf(day("2026-03-30"))).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    // 25 October: 01:30 happens twice; the first (BST) is 00:30Z.
    assertThat(cal.cutoffOf(day("2026-10-26"))).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
  }

  @Test
  void twoLeadDaysCloseTwoDaysAhead() {
    DeliveryCalendar cal = calendar(SHANGHAI, "18:00", 2, List.of(DayOfWeek.SUNDAY), List.of());
    // Monday 5 January 10:00 local.
    assertThat(cal.deliveryDateFor(Instant.parse("2026-01-05T02:00:00Z")))
        .isEqualTo(day("2026-01-07"));
    assertThat(cal.cutoffOf(day("2026-01-07"))).isEqualTo(Instant.parse("2026-01-05T10:00:00Z"));
    // Thursday 8 January 19:00 local: Saturday's cut-off passed, Sunday has no delivery.
    assertThat(cal.deliveryDateFor(Instant.parse("2026-01-08T11:00:00Z")))
        .isEqualTo(day("2026-01-12"));
  }

  @Test
  void calendarsNoOrderCouldUseAreRefused() {
    assertThatThrownBy(() -> calendar(SHANGHAI, "18:00", 1, List.of(DayOfWeek.values()), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> calendar(SHANGHAI, "18:00", -1, List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> calendar("Mars/Olympus", "18:00", 1, List.of(), List.of()))
        .isInstanceOf(RuntimeException.class);
  }
}
