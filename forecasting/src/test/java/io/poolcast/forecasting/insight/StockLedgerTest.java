package io.poolcast.forecasting.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The stock estimate and its stock-out signals, day by day, against hand-computed values. */
class StockLedgerTest {
  @Test
  void beforeTheFirstDeliveryStockIsUnknownAndNeverAStockOut() {
    // Opening stock is unknown: selling 4 from an estimate of 0 raises the estimate, flags nothing.
    StockDay day = StockLedger.start().closeDay(0, 4, true);
    assertThat(day.stockKnown()).isFalse();
    assertThat(day.closingUnits()).isZero();
    assertThat(day.signal()).isEqualTo(StockOutSignal.NONE);
  }

  @Test
  void deliveriesMinusSalesDayByDay() {
    // Day 1: 24 delivered, 5 sold → 19. Day 2: 7 sold → 12. Day 3: 12 sold = all on hand → 0,
    // SOLD_OUT. Day 4: nothing on hand, nothing sold → EMPTY_SHELF. Day 5: 12 delivered, 3 sold.
    StockLedger ledger = StockLedger.start();
    long[][] days = {{24, 5}, {0, 7}, {0, 12}, {0, 0}, {12, 3}};
    long[] closing = {19, 12, 0, 0, 9};
    StockOutSignal[] signals = {
      StockOutSignal.NONE,
      StockOutSignal.NONE,
      StockOutSignal.SOLD_OUT,
      StockOutSignal.EMPTY_SHELF,
      StockOutSignal.NONE
    };
    for (int d = 0; d < days.length; d++) {
      StockDay day = ledger.closeDay(days[d][0], days[d][1], true);
      assertThat(day.closingUnits()).as("closing of day %d", d + 1).isEqualTo(closing[d]);
      assertThat(day.signal()).as("signal of day %d", d + 1).isEqualTo(signals[d]);
      ledger = day.ledger();
    }
    // A sixth day without sales: trailing mean (5+7+12+0+3+0)/6 = 4.5.
    StockDay last = ledger.closeDay(0, 0, true);
    assertThat(last.averageDailyUnits()).isCloseTo(27 / 6.0, within(1e-12));
  }

  @Test
  void sellingMoreThanTheEstimateRaisesItAndIsASoldOutDay() {
    StockLedger ledger = StockLedger.start().closeDay(6, 2, true).ledger(); // 4 on hand
    StockDay day = ledger.closeDay(0, 7, true); // 7 sold from 4: at least 3 more were there
    assertThat(day.closingUnits()).isZero();
    assertThat(day.signal()).isEqualTo(StockOutSignal.SOLD_OUT);
  }

  @Test
  void aClosedShopIsNeverOutOfStockAndZeroSalesWithStockIsNot() {
    StockLedger empty = StockLedger.start().closeDay(3, 3, true).ledger();
    assertThat(empty.closeDay(0, 0, false).signal()).isEqualTo(StockOutSignal.NONE);
    StockLedger stocked = StockLedger.start().closeDay(10, 1, true).ledger();
    assertThat(stocked.closeDay(0, 0, true).signal()).isEqualTo(StockOutSignal.NONE);
  }

  @Test
  void trailingAverageCoversTheLastSevenDaysAndCoverFollows() {
    StockLedger ledger = StockLedger.start().closeDay(100, 0, true).ledger();
    for (int d = 0; d < 9; d++) {
      ledger = ledger.closeDay(0, d, true).ledger(); // sold 0..8
    }
    // 100 − (0+…+8) = 64 on hand. An 11th day without sales: the last 7 days sold 3..8 and 0.
    StockDay day = ledger.closeDay(0, 0, true);
    assertThat(day.closingUnits()).isEqualTo(64);
    assertThat(day.averageDailyUnits()).isCloseTo(33 / 7.0, within(1e-12));
    assertThat(day.daysOfCover()).isCloseTo(64 / (33 / 7.0), within(1e-9));
    // Closing stock of the last 7 days: 100 − (0+…+n) after selling 3..8, then 64 again:
    // 94, 90, 85, 79, 72, 64, 64 → mean 548 / 7; turnover = 548 / 33.
    assertThat(day.averageStockUnits()).isCloseTo(548 / 7.0, within(1e-12));
    assertThat(day.turnoverDays()).isCloseTo(548 / 33.0, within(1e-9));
  }

  @Test
  void averageStockFollowsTheSalesWindowAndMatchesTurnoverOverTheSameDays() {
    // Day 1: 10 in, 2 sold → 8. Day 2: 3 sold → 5. Day 3: 5 sold → 0 (sold out).
    StockLedger ledger = StockLedger.start();
    long[] closing = new long[3];
    long[] sold = {2, 3, 5};
    StockDay day = null;
    for (int d = 0; d < 3; d++) {
      day = ledger.closeDay(d == 0 ? 10 : 0, sold[d], true);
      closing[d] = day.closingUnits();
      ledger = day.ledger();
    }
    assertThat(closing).containsExactly(8, 5, 0);
    // Fewer than 7 days: the mean of those seen, (8+5+0)/3, as for the sales average (10/3).
    assertThat(day.averageStockUnits()).isCloseTo(13 / 3.0, within(1e-12));
    assertThat(day.turnoverDays()).isCloseTo(1.3, within(1e-12));
    assertThat(day.turnoverDays()).isCloseTo(StockCover.turnoverDays(closing, sold), within(1e-12));
    // Stock without sales for 7 days: infinite turnover; no stock and no sales: 0.
    StockLedger idle = StockLedger.start().closeDay(4, 0, true).ledger();
    for (int d = 0; d < 6; d++) {
      idle = idle.closeDay(0, 0, true).ledger();
    }
    assertThat(idle.closeDay(0, 0, true).turnoverDays()).isInfinite();
    assertThat(StockLedger.start().closeDay(0, 0, true).turnoverDays()).isZero();
  }

  @Test
  void aListingIdleForEightWeeksIsDormant() {
    StockLedger ledger = StockLedger.start().closeDay(5, 1, true).ledger();
    for (int d = 0; d < StockLedger.DELIST_AFTER_IDLE_DAYS - 1; d++) {
      ledger = ledger.closeDay(0, 0, true).ledger();
    }
    assertThat(ledger.dormant()).isFalse();
    assertThat(ledger.closeDay(0, 0, true).ledger().dormant()).isTrue();
  }
}
