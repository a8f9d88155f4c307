package io.poolcast.forecasting.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SeasonalUpliftTest {
  private static final LocalDate SPRING_FESTIVAL_2026 = LocalDate.of(2026, 2, 17);

  /** {@code before} days at 100 ± 10 then 14 days at 250 ± 10, ending on {@code last}. */
  private static DailyHistory history(LocalDate last, int before) {
    DailyHistory h = DailyHistory.empty();
    LocalDate day = last.minusDays(before + 14 - 1);
    for (int i = 0; i < before + 14; i++, day = day.plusDays(1)) {
      double wobble = i % 2 == 0 ? 10 : -10;
      h = h.record(day.toEpochDay(), (i < before ? 100 : 250) + wobble);
    }
    return h;
  }

  @Test
  void theEveOfTheSpringFestivalComparesTheTwoWeeksBeforeWithTheFourWeeksBeforeThose() {
    LocalDate eve = SPRING_FESTIVAL_2026.minusDays(1);
    SeasonalUplift u = SeasonalUplift.on(eve, history(eve, 40)).orElseThrow();
    // window mean 250, baseline mean 100 (28 alternating ±10 days) -> +150 %
    assertThat(u.festival()).isEqualTo("Spring Festival");
    assertThat(u.festivalDay()).isEqualTo(SPRING_FESTIVAL_2026);
    assertThat(u.baselineDays()).isEqualTo(28);
    assertThat(u.windowMean()).isCloseTo(250, within(1e-9));
    assertThat(u.baselineMean()).isCloseTo(100, within(1e-9));
    assertThat(u.trend().change()).isCloseTo(1.5, within(1e-9));
    assertThat(u.trend().significant()).isTrue();
    assertThat(u.describe("gift boxes sales in east-sh"))
        .startsWith(
            "gift boxes sales in east-sh in the 14 days before the Spring Festival (2026-02-17)"
                + " +150% vs the 4 weeks before (p=0.000)");
  }

  @Test
  void onlyOnAFestivalsEveAndWithTwoWeeksOfBaseline() {
    LocalDate eve = SPRING_FESTIVAL_2026.minusDays(1);
    assertThat(SeasonalUplift.on(eve.minusDays(1), history(eve.minusDays(1), 40))).isEmpty();
    assertThat(SeasonalUplift.on(eve, history(eve, 13))).isEmpty();
    // 20 baseline days: compared with "the 20 days before"
    assertThat(SeasonalUplift.on(eve, history(eve, 20)).orElseThrow().describe("x"))
        .contains("vs the 20 days before");
    // the Mid-Autumn festival of 2026 is on 09-25
    LocalDate midAutumnEve = LocalDate.of(2026, 9, 24);
    assertThat(SeasonalUplift.on(midAutumnEve, history(midAutumnEve, 28)).orElseThrow().festival())
        .isEqualTo("Mid-Autumn festival");
  }
}
