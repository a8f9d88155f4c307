package io.poolcast.forecasting.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Daily histories, trend baselines, stock-out alerts and the counted sell-through rate. */
class InsightRulesTest {
  @Test
  void historyKeepsDaysInOrderAndFillsGapsWithZero() {
    DailyHistory h = DailyHistory.empty().record(100, 5).record(101, 6).record(104, 9);
    assertThat(h.days()).isEqualTo(5);
    assertThat(h.window(5, 0)).containsExactly(5, 6, 0, 0, 9);
    assertThat(h.window(2, 1)).containsExactly(0, 0);
    assertThatThrownBy(() -> h.window(6, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> h.record(104, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void historyForgetsWhatIsOlderThanItsCapacity() {
    DailyHistory h = DailyHistory.empty();
    for (int d = 0; d < DailyHistory.CAPACITY + 10; d++) {
      h = h.record(d, d);
    }
    assertThat(h.days()).isEqualTo(DailyHistory.CAPACITY);
    assertThat(h.window(1, 0)).containsExactly(DailyHistory.CAPACITY + 9);
    assertThat(h.window(1, DailyHistory.CAPACITY - 1)).containsExactly(10);
  }

  @Test
  void aShortRingReadsTrailingDaysWithZerosWhereNothingWasRecorded() {
    // A 4-day ring: days 10 and 12 recorded (11 skipped). Up to day 14: 11, 13, 14 read 0, and
    // day 9 (before the first record) too.
    DailyHistory h = DailyHistory.empty(4).record(10, 3).record(12, 5);
    assertThat(h.trailing(12, 4)).containsExactly(0, 3, 0, 5);
    assertThat(h.trailing(14, 4)).containsExactly(0, 5, 0, 0);
    assertThat(h.trailing(16, 4)).containsExactly(0, 0, 0, 0);
    assertThat(DailyHistory.empty(4).trailing(3, 2)).containsExactly(0, 0);
    // Day 14 takes day 10's slot: the ring keeps the last 4 days (11 was skipped: 0).
    assertThat(h.record(13, 7).record(14, 1).trailing(14, 4)).containsExactly(0, 5, 7, 1);
    assertThatThrownBy(() -> h.trailing(12, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> h.trailing(11, 2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aYoungSeriesIsComparedWithTheWeeksBeforeAndAnOldOneWithLastYear() {
    DailyHistory young = DailyHistory.empty();
    for (int d = 0; d < 20; d++) {
      young = young.record(d, 100);
    }
    assertThat(TrendBaseline.of(young)).isEmpty(); // 13 baseline days < 14
    young = young.record(20, 100);
    for (int d = 21; d < 28; d++) {
      young = young.record(d, 130 + (d % 2)); // week: 131,130,…,131: 914 / 7
    }
    TrendBaseline recent = TrendBaseline.of(young).orElseThrow();
    assertThat(recent.baseline()).isEqualTo("the previous 3 weeks");
    assertThat(recent.baselineMean()).isEqualTo(100);
    assertThat(recent.weekMean()).isCloseTo(914 / 7.0, within(1e-9));
    assertThat(recent.trend().significant()).isTrue();

    DailyHistory old = DailyHistory.empty();
    for (int d = 0; d < 371; d++) {
      old = old.record(d, d < 7 ? 50 : 100); // the same week last year sold 50 a day
    }
    TrendBaseline yearly = TrendBaseline.of(old).orElseThrow();
    assertThat(yearly.baseline()).isEqualTo(TrendBaseline.LAST_YEAR);
    assertThat(yearly.trend().change()).isCloseTo(1.0, within(1e-12)); // 100 / 50 − 1
    assertThat(TrendBaseline.previous(17)).isEqualTo("the previous 17 days");
  }

  @Test
  void stockOutAlertNeedsThreeShopsAndAFifthOfTheListings() {
    assertThat(StockOutAlert.of(2, 4)).isEmpty(); // 50 % but only 2 shops
    assertThat(StockOutAlert.of(3, 16)).isEmpty(); // 3 shops but 18.75 %
    StockOutAlert alert = StockOutAlert.of(3, 15).orElseThrow(); // exactly 20 %
    assertThat(alert.rate()).isEqualTo(0.2);
    assertThat(alert.describe("Cola (sku-1)", "east-hz", "2026-01-12"))
        .isEqualTo("Cola (sku-1) out of stock in 3 of 15 shops (20%) in east-hz on 2026-01-12");
  }

  @Test
  void countedSellThroughRate() {
    assertThat(SellThroughRate.of(8L, 6L)).isEqualTo(0.75);
    assertThat(SellThroughRate.of(0L, 0L)).isZero();
    assertThatThrownBy(() -> SellThroughRate.of(2L, 3L))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void trendSentenceNamesItsBaseline() {
    Trend t = new Trend(0.3, 0.001, true);
    assertThat(t.describe("gift boxes in east-hz", "the previous 4 weeks"))
        .isEqualTo("gift boxes in east-hz +30% vs the previous 4 weeks (p=0.001)");
  }
}
