package io.poolcast.forecasting.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every sell-through metric against values computed by hand. */
class InsightMetricsTest {
  @Test
  void sellThroughRateIsTheShareOfListedSkusThatSold() {
    // 3 of 4 listed SKUs sold; "x" sold but is not listed and does not count.
    assertThat(SellThroughRate.of(Set.of("a", "b", "c", "d"), Set.of("a", "b", "c", "x")))
        .isEqualTo(0.75);
    assertThat(SellThroughRate.of(Set.of(), Set.of("a"))).isZero();
  }

  @Test
  void daysOfCoverAndTurnover() {
    assertThat(StockCover.daysOfCover(45, 3.0)).isEqualTo(15.0);
    assertThat(StockCover.daysOfCover(0, 3.0)).isZero();
    assertThat(StockCover.daysOfCover(10, 0)).isInfinite();
    // Mean closing stock (10+8+6+4)/4 = 7, mean daily sales (2+2+2+2)/4 = 2 → 3.5 days.
    assertThat(StockCover.turnoverDays(new long[] {10, 8, 6, 4}, new long[] {2, 2, 2, 2}))
        .isEqualTo(3.5);
    // From running means: the same figure; stock and no sales → ∞; no stock → 0.
    assertThat(StockCover.turnoverDays(7.0, 2.0)).isEqualTo(3.5);
    assertThat(StockCover.turnoverDays(7.0, 0)).isInfinite();
    assertThat(StockCover.turnoverDays(0, 0)).isZero();
  }

  @Test
  void stockOutDaysAreDaysThatEndedWithAnEmptyShelf() {
    long[] closing = {5, 0, 3, 0, 0, 7, 1, 2, 4, 6};
    assertThat(StockOuts.censoredDays(closing))
        .containsExactly(false, true, false, true, true, false, false, false, false, false);
    assertThat(StockOuts.days(closing)).isEqualTo(3);
    assertThat(StockOuts.rate(closing)).isEqualTo(0.3);
  }

  @Test
  void abcCutsTheValueRankingAtEightyAndNinetyFivePercent() {
    // Total 1,000: a starts at 0 % → A; b starts at 50 % → A; c starts at 80 % → B;
    // d starts at 90 % → B; e starts at 95 % → C; f starts at 98 % → C.
    Map<String, Long> value = Map.of("a", 500L, "b", 300L, "c", 100L, "d", 50L, "e", 30L, "f", 20L);
    assertThat(AbcXyz.abc(value))
        .containsExactlyEntriesOf(
            new java.util.TreeMap<>(
                Map.of("a", 'A', "b", 'A', "c", 'B', "d", 'B', "e", 'C', "f", 'C')));
  }

  @Test
  void xyzFollowsTheCoefficientOfVariation() {
    // Mean 10, population sd 0 → X; {5, 15}: mean 10, sd 5, cv 0.5 → X (boundary inclusive).
    assertThat(AbcXyz.xyz(new long[] {10, 10, 10, 10})).isEqualTo('X');
    assertThat(AbcXyz.xyz(new long[] {5, 15})).isEqualTo('X');
    // {0, 20}: mean 10, sd 10, cv 1.0 → Y; {0, 0, 0, 40}: mean 10, sd √300 ≈ 17.3 → Z.
    assertThat(AbcXyz.xyz(new long[] {0, 20})).isEqualTo('Y');
    assertThat(AbcXyz.xyz(new long[] {0, 0, 0, 40})).isEqualTo('Z');
    assertThat(AbcXyz.xyz(new long[] {0, 0, 0})).isEqualTo('Z');
  }

  @Test
  void aThirtyPercentRiseWithLittleNoiseIsATrend() {
    double[] lastYear = {100, 98, 102, 101, 99, 100, 100, 97, 103, 100, 99, 101, 100, 100};
    double[] now = new double[lastYear.length];
    for (int i = 0; i < now.length; i++) {
      now[i] = 1.3 * lastYear[(i + 3) % lastYear.length];
    }
    Trend trend = Trend.of(now, lastYear);
    assertThat(trend.change()).isCloseTo(0.30, within(1e-9));
    assertThat(trend.significant()).isTrue();
    assertThat(trend.pValue()).isLessThan(1e-6);
    assertThat(trend.describe("low-sugar drinks"))
        .startsWith("low-sugar drinks +30% vs the same weeks last year (p=0.000)");
  }

  @Test
  void noiseIsNotATrendAndNeitherIsATinySignificantChange() {
    // Same mean, much noise: the means differ by 10 % but the days overlap widely.
    double[] lastYear = {50, 150, 60, 140, 70, 130, 100};
    double[] now = {165, 55, 145, 65, 135, 75, 130};
    Trend noisy = Trend.of(now, lastYear);
    assertThat(noisy.change()).isCloseTo(0.10, within(1e-9));
    assertThat(noisy.significant()).isFalse();
    assertThat(noisy.describe("tea")).endsWith("within noise");

    // Constant +2 %: certain, but below the 10 % that is worth telling.
    double[] flat = {100, 100, 100, 100, 100, 100, 100};
    double[] up = {102, 102, 102, 102, 102, 102, 102};
    assertThat(Trend.of(up, flat).pValue()).isZero();
    assertThat(Trend.of(up, flat).significant()).isFalse();
    assertThat(Trend.of(new double[3], new double[3]).significant()).isFalse(); // too few days
  }
}
