package io.poolcast.jobs.sellthrough;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.events.Insight;
import io.poolcast.events.SellThroughRow;
import io.poolcast.forecasting.insight.DailyHistory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which findings are told: weekly significant trends, stock-out waves, at most 5 of each. */
class InsightRulesJobTest {
  private static final InsightRules RULES =
      new InsightRules(new SellThroughCatalog(TinyWorld.world()));

  private static SellThroughRow row(String level, LocalDate date, long out, long listed) {
    return new SellThroughRow(
        level,
        "east-hz",
        null,
        level.equals(SellThroughRow.REGION_CATEGORY) ? null : "sup-1",
        level.equals(SellThroughRow.SUPPLIER) ? null : "beverages",
        level.equals(SellThroughRow.REGION_SKU) ? "cola" : null,
        date,
        0,
        0,
        listed,
        0,
        0,
        0,
        0,
        0,
        0,
        null,
        0,
        null,
        out,
        0,
        null,
        null,
        Instant.parse("2026-01-25T16:00:00Z"));
  }

  @Test
  void aStockOutWaveIsToldWithItsNumbers() {
    Insight i =
        RULES
            .stockOut(row(SellThroughRow.REGION_SKU, LocalDate.of(2026, 1, 12), 4, 10))
            .orElseThrow();
    assertThat(i.sentence())
        .isEqualTo("Cola (cola) out of stock in 4 of 10 shops (40%) in east-hz on 2026-01-12");
    assertThat(i.kafkaKey()).isEqualTo("sup-1");
    assertThat(i.affected()).isEqualTo(4);
    assertThat(RULES.stockOut(row(SellThroughRow.REGION_SKU, LocalDate.of(2026, 1, 12), 2, 3)))
        .isEmpty();
  }

  @Test
  void trendsAreWeeklyOnSundaysAndOnlyWhenSignificant() {
    DailyHistory rising = DailyHistory.empty();
    DailyHistory flat = DailyHistory.empty();
    LocalDate sunday = LocalDate.of(2026, 1, 25); // day 21 from Monday 2026-01-05
    for (int d = 0; d < 21; d++) {
      long day = LocalDate.of(2026, 1, 5).plusDays(d).toEpochDay();
      rising = rising.record(day, d < 14 ? 1000 + (d % 3) * 10 : 1500 + (d % 3) * 10);
      flat = flat.record(day, 1000 + (d % 3) * 300);
    }
    SellThroughRow category = row(SellThroughRow.REGION_CATEGORY, sunday, 0, 0);
    Insight trend = RULES.trend(category, rising).orElseThrow();
    assertThat(trend.sentence())
        .startsWith("beverages sales in east-hz in the week to 2026-01-25 +")
        .contains("vs the previous 2 weeks (p=0.000)");
    assertThat(trend.kafkaKey()).isEqualTo(SellThroughRow.PLATFORM_KEY);
    assertThat(RULES.trend(category, flat)).isEmpty();
    assertThat(RULES.trend(row(SellThroughRow.REGION_CATEGORY, sunday.minusDays(1), 0, 0), rising))
        .isEmpty();
  }

  @Test
  void aFestivalUpliftIsToldOnTheEveForRegionCategoryRows() {
    LocalDate eve = LocalDate.of(2026, 2, 16); // the Spring Festival of 2026 is on 02-17
    DailyHistory history = DailyHistory.empty();
    for (int d = 41; d >= 0; d--) {
      double value = (d < 14 ? 2500 : 1000) + (d % 2) * 100; // two weeks at 2.5x before the eve
      history = history.record(eve.minusDays(d).toEpochDay(), value);
    }
    Insight uplift =
        RULES.uplift(row(SellThroughRow.REGION_CATEGORY, eve, 0, 0), history).orElseThrow();
    assertThat(uplift.kind()).isEqualTo(Insight.EVENT_UPLIFT);
    assertThat(uplift.sentence())
        .startsWith(
            "beverages sales in east-hz in the 14 days before the Spring Festival (2026-02-17) +")
        .contains("vs the 4 weeks before");
    assertThat(uplift.change()).isGreaterThan(1.3);
    assertThat(RULES.uplift(row(SellThroughRow.REGION_CATEGORY, eve.minusDays(1), 0, 0), history))
        .isEmpty();
    assertThat(RULES.uplift(row(SellThroughRow.SUPPLIER, eve, 0, 0), history)).isEmpty();
  }

  @Test
  void atMostFiveOfEachKindTheStrongestFirst() {
    List<Insight> findings = new ArrayList<>();
    for (int n = 1; n <= 8; n++) {
      findings.add(finding(Insight.STOCK_OUT, "s" + n, n, 0));
      findings.add(finding(Insight.TREND, "t" + n, 0, n % 2 == 0 ? n / 10.0 : -n / 10.0));
    }
    assertThat(InsightRules.strongest(findings))
        .extracting(Insight::subject)
        .containsExactly("s8", "s7", "s6", "s5", "s4", "t8", "t7", "t6", "t5", "t4");
  }

  private static Insight finding(String kind, String subject, long affected, double change) {
    return new Insight(
        kind + subject,
        kind,
        "x",
        "east-hz",
        null,
        subject,
        LocalDate.of(2026, 1, 5),
        "",
        0,
        0,
        change,
        0,
        affected,
        10,
        Instant.EPOCH);
  }
}
