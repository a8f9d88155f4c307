package io.poolcast.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Test;

class ChineseRetailCalendarTest {
  private final ChineseRetailCalendar calendar = ChineseRetailCalendar.instance();

  @Test
  void knowsTheLunarFestivals() {
    assertThat(calendar.springFestival(2024)).isEqualTo(LocalDate.of(2024, 2, 10));
    assertThat(calendar.springFestival(2025)).isEqualTo(LocalDate.of(2025, 1, 29));
    assertThat(calendar.springFestival(2026)).isEqualTo(LocalDate.of(2026, 2, 17));
    assertThat(calendar.springFestival(2027)).isEqualTo(LocalDate.of(2027, 2, 6));
    assertThat(calendar.midAutumn(2025)).isEqualTo(LocalDate.of(2025, 10, 6));
    assertThat(calendar.midAutumn(2026)).isEqualTo(LocalDate.of(2026, 9, 25));
    assertThat(calendar.dragonBoat(2025)).isEqualTo(LocalDate.of(2025, 5, 31));
    assertThat(calendar.dragonBoat(2026)).isEqualTo(LocalDate.of(2026, 6, 19));
  }

  @Test
  void everySupportedYearHasSixEventsInDateOrder() {
    for (int year = ChineseRetailCalendar.FIRST_YEAR;
        year <= ChineseRetailCalendar.LAST_YEAR;
        year++) {
      var holidays = calendar.holidays(year);
      assertThat(holidays).hasSize(6);
      assertThat(holidays)
          .allSatisfy(h -> assertThat(h.day().getYear()).isEqualTo(h.firstDay().getYear()));
      for (int i = 1; i < holidays.size(); i++) {
        assertThat(holidays.get(i).day()).isAfterOrEqualTo(holidays.get(i - 1).day());
      }
      // The Spring Festival always falls between January 21 and February 20.
      LocalDate spring = calendar.springFestival(year);
      assertThat(spring).isBetween(LocalDate.of(year, 1, 21), LocalDate.of(year, 2, 20));
    }
  }

  @Test
  void classifiesDays() {
    assertThat(calendar.eventOn(LocalDate.of(2026, 3, 10))).isEmpty();
    RetailEvent stockUp = calendar.eventOn(LocalDate.of(2026, 2, 10)).orElseThrow();
    assertThat(stockUp.kind()).isEqualTo(HolidayKind.SPRING_FESTIVAL);
    assertThat(stockUp.phase()).isEqualTo(EventPhase.LEAD_IN);
    assertThat(stockUp.daysToDay()).isEqualTo(7);
    RetailEvent newYear = calendar.eventOn(LocalDate.of(2026, 2, 17)).orElseThrow();
    assertThat(newYear.phase()).isEqualTo(EventPhase.DURING);
    assertThat(calendar.eventOn(LocalDate.of(2026, 10, 3)).orElseThrow().kind())
        .isEqualTo(HolidayKind.NATIONAL_DAY);
    assertThat(calendar.eventOn(LocalDate.of(2026, 11, 11)).orElseThrow().kind())
        .isEqualTo(HolidayKind.DOUBLE_11);
    assertThat(calendar.eventOn(LocalDate.of(2026, 6, 5)).orElseThrow().kind())
        .isEqualTo(HolidayKind.SHOPPING_618);
  }

  @Test
  void overlappingFestivalsAreAllReported() {
    // 2025: Mid-Autumn fell inside the National Day golden week.
    var events = calendar.eventsOn(LocalDate.of(2025, 10, 6));
    assertThat(events)
        .extracting(RetailEvent::kind)
        .containsExactly(HolidayKind.MID_AUTUMN, HolidayKind.NATIONAL_DAY);
    assertThat(calendar.eventOn(LocalDate.of(2025, 10, 6)).orElseThrow().kind())
        .isEqualTo(HolidayKind.MID_AUTUMN);
  }

  @Test
  void springFestivalLeadInStartsThreeWeeksBeforeTheEve() {
    // 2031-01-23: eve on the 22nd, 21 lead-in days from 2031-01-01.
    assertThat(calendar.eventsOn(LocalDate.of(2031, 1, 1)))
        .extracting(RetailEvent::kind)
        .contains(HolidayKind.SPRING_FESTIVAL);
    assertThat(calendar.eventsOn(LocalDate.of(2030, 12, 31))).isEmpty();
    assertThat(calendar.holidayOf(2026, HolidayKind.NATIONAL_DAY).lastDay())
        .isEqualTo(LocalDate.of(2026, Month.OCTOBER, 7));
  }

  @Test
  void refusesUnknownYears() {
    assertThatThrownBy(() -> calendar.holidays(2019)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> calendar.holidays(2032)).isInstanceOf(IllegalArgumentException.class);
  }
}
