package io.poolcast.forecasting.daily;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.poolcast.forecasting.data.Series;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemandHistoryTest {
  private static final LocalDate D = LocalDate.of(2026, 1, 5);

  @Test
  void daysWithoutASaleAreZerosAndTheSeriesStartsAtTheFirstSale() {
    DemandHistory h = DemandHistory.start(D, 3).add(D.plusDays(3), 2).add(D.plusDays(1), 4);
    Series s = h.series("r|a", D.plusDays(4), Map.of());
    assertThat(s.start()).isEqualTo(D);
    assertThat(s.y()).containsExactly(3, 4, 0, 2, 0);
    assertThat(h.lastSaleDay()).isEqualTo(D.plusDays(3).toEpochDay());
  }

  @Test
  void aSeriesCutAtAClosedDayNeverSeesALaterSale() {
    DemandHistory h = DemandHistory.start(D, 1).add(D.plusDays(1), 5).add(D.plusDays(2), 7);
    assertThat(h.series("r|a", D.plusDays(1), Map.of()).y()).containsExactly(1, 5);
  }

  @Test
  void theRingKeepsOnlyTheLastCapacityDays() {
    DemandHistory h = DemandHistory.start(D, 9, 7);
    for (int d = 1; d < 10; d++) {
      h = h.add(D.plusDays(d), d);
    }
    // days 3..9 are kept; day 0's 9 units and days 1, 2 are gone
    assertThat(h.windowStart()).isEqualTo(D.plusDays(3));
    assertThat(h.series("r|a", D.plusDays(9), Map.of()).y()).containsExactly(3, 4, 5, 6, 7, 8, 9);
    assertThat(h.unitsOn(D)).isZero();
    assertThat(h.canRecord(D.plusDays(2))).isFalse();
    assertThatThrownBy(() -> DemandHistory.start(D, 1, 7).add(D.plusDays(9), 1).add(D, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aJumpLongerThanTheRingClearsEveryStaleSlot() {
    DemandHistory h = DemandHistory.start(D, 5, 7).add(D.plusDays(1), 5).add(D.plusDays(30), 2);
    assertThat(h.series("r|a", D.plusDays(30), Map.of()).y()).containsExactly(0, 0, 0, 0, 0, 0, 2);
  }

  @Test
  void countsSellingDaysAndDaysOfHistory() {
    DemandHistory h = DemandHistory.start(D, 1).add(D.plusDays(2), 1).add(D.plusDays(9), 1);
    assertThat(h.daysUpTo(D.plusDays(9))).isEqualTo(10);
    assertThat(h.sellingDays(D.plusDays(9), 8)).isEqualTo(2); // days 2..9
    assertThat(h.daysSinceLastSale(D.plusDays(12))).isEqualTo(3);
  }

  @Test
  void equalHistoriesAreEqual() {
    assertThat(DemandHistory.start(D, 2).add(D.plusDays(1), 1))
        .isEqualTo(DemandHistory.start(D, 2).add(D.plusDays(1), 1))
        .isNotEqualTo(DemandHistory.start(D, 2).add(D.plusDays(1), 2));
  }
}
