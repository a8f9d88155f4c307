package io.poolcast.forecasting.replenishment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class OrderUpToTest {
  /** z(0.9): a p90 this far above the mean means a daily σ of exactly 1. */
  private static final double Z90 = 1.2815515655446004;

  private static final double Z80 = 0.8416212335729143;

  /** Mean 2 a day, σ 1 a day: 9 days sum to μ 18, σ 3; p80 = 18 + 3 × 0.8416 = 20.5249. */
  private static final double P80_OF_9_DAYS = 18 + 3 * Z80;

  private static DemandOutlook twoADay(int days, double sigma) {
    double[] mean = new double[days];
    double[] p90 = new double[days];
    Arrays.fill(mean, 2.0);
    Arrays.fill(p90, 2.0 + sigma * Z90);
    return new DemandOutlook(mean, p90, 0.9);
  }

  @Test
  void quantileOfASumAddsMeansAndVariancesNotDailyQuantiles() {
    DemandOutlook outlook = twoADay(14, 1);

    assertThat(outlook.quantileOfSum(9, 0.8)).isCloseTo(P80_OF_9_DAYS, within(1e-9));
    assertThat(outlook.quantileOfSum(9, 0.5)).isCloseTo(18, within(1e-9));
    // nine daily p80s (2.8416 each) would ask for 25.57 units
    assertThat(outlook.quantileOfSum(9, 0.8)).isLessThan(9 * (2 + Z80) - 5);
    assertThat(outlook.quantileOfSum(0, 0.8)).isZero();
  }

  @Test
  void roundsUpToWholeCases() {
    // need 20.52 − 4 = 16.52 units → ⌈16.52 / 12⌉ = 2 cases; 28 units cover 12 days
    // (2·12 + 0.8416·√12 = 26.9 ≤ 28 < 2·13 + 0.8416·√13 = 29.0)
    Suggestion s = new OrderUpTo(0.8).suggest(twoADay(14, 1), 9, 0, 4, 0, 12, 1);

    assertThat(s.cases()).isEqualTo(2);
    assertThat(s.units()).isEqualTo(24);
    assertThat(s.target()).isCloseTo(P80_OF_9_DAYS, within(1e-9));
    assertThat(s.position()).isEqualTo(4);
    assertThat(s.daysCovered()).isEqualTo(12);
    assertThat(s.explanation())
        .isEqualTo(
            "2 cases of 12: stock 4 + on order 0 + 24 units covers 12 days at p80 demand"
                + " (needed 9 days: 20.5 units)");
  }

  @Test
  void oneUnitShortStillOrdersAWholeCase() {
    // no spread: target = 18 exactly; position 17 → ⌈1 / 6⌉ = 1 case
    Suggestion s = new OrderUpTo(0.8).suggest(twoADay(14, 0), 9, 0, 10, 7, 6, 1);

    assertThat(s.cases()).isEqualTo(1);
    assertThat(s.units()).isEqualTo(6);
    assertThat(s.explanation())
        .isEqualTo(
            "1 case of 6: stock 10 + on order 7 + 6 units covers 11 days at p80 demand"
                + " (needed 9 days: 18.0 units)");
  }

  @Test
  void nothingWhenStockAndOnOrderReachTheTarget() {
    Suggestion exact = new OrderUpTo(0.8).suggest(twoADay(14, 0), 9, 0, 12, 6, 6, 3);
    // 21 ≥ 20.52; 21 units cover 9 days (20.52) but not 10 (20 + 0.8416·√10 = 22.66)
    Suggestion above = new OrderUpTo(0.8).suggest(twoADay(14, 1), 9, 0, 15, 6, 12, 3);

    assertThat(exact.cases()).isZero();
    assertThat(exact.units()).isZero();
    assertThat(above.cases()).isZero();
    assertThat(above.daysCovered()).isEqualTo(9);
    assertThat(above.explanation())
        .isEqualTo(
            "no order: stock 15 + on order 6 covers 9 days at p80 demand (needed 9 days: 20.5"
                + " units)");
  }

  @Test
  void supplierMinimumRaisesAnOrderButNeverCreatesOne() {
    // ⌈16.52 / 6⌉ = 3 cases, raised to the minimum of 5
    Suggestion raised = new OrderUpTo(0.8).suggest(twoADay(14, 1), 9, 0, 4, 0, 6, 5);
    Suggestion none = new OrderUpTo(0.8).suggest(twoADay(14, 1), 9, 0, 25, 0, 6, 5);

    assertThat(raised.cases()).isEqualTo(5);
    assertThat(raised.units()).isEqualTo(30);
    assertThat(raised.explanation())
        .endsWith("; raised to the supplier's minimum of 5 cases")
        .startsWith("5 cases of 6: stock 4 + on order 0 + 30 units covers 14+ days at p80");
    assertThat(none.cases()).isZero();
  }

  @Test
  void cycleDaysOrderLessOftenAndMoreAtATime() {
    OrderUpTo rule = new OrderUpTo(0.8);
    DemandOutlook outlook = twoADay(14, 1);
    // reorder point over 2 days: 4 + 0.8416·√2 = 5.19; target over 2 + 5 days: 14 + 0.8416·√7 =
    // 16.23; stock 3 → ⌈13.23 / 6⌉ = 3 cases, 21 units cover 9 days (20.52 ≤ 21 < 22.66)
    Suggestion below = rule.suggest(outlook, 2, 5, 3, 0, 6, 1);
    // stock 6 lasts to the next delivery (≥ 5.19): nothing, though below the target
    Suggestion above = rule.suggest(outlook, 2, 5, 6, 0, 6, 1);
    // the cycle stops where the forecast does: 9 + 5 of 14 days
    Suggestion cut = rule.suggest(outlook, 9, 10, 0, 0, 1, 1);

    assertThat(below.cases()).isEqualTo(3);
    assertThat(below.target()).isCloseTo(14 + Math.sqrt(7) * Z80, within(1e-9));
    assertThat(below.explanation())
        .isEqualTo(
            "3 cases of 6: stock 3 + on order 0 + 18 units covers 9 days at p80 demand"
                + " (needed 2 + 5 days: 16.2 units)");
    assertThat(above.cases()).isZero();
    assertThat(above.explanation())
        .isEqualTo(
            "no order: stock 6 + on order 0 covers 2 days at p80 demand (needed 2 days: 5.2"
                + " units)");
    assertThat(cut.cases()).isEqualTo((int) Math.ceil(28 + Math.sqrt(14) * Z80));
    assertThat(cut.explanation()).contains("(needed 9 + 5 days: ");
  }

  @Test
  void namesOtherServiceLevels() {
    assertThat(OrderUpTo.percentile(0.8)).isEqualTo("p80");
    assertThat(OrderUpTo.percentile(0.975)).isEqualTo("p97.5");
    Suggestion s = new OrderUpTo(0.5).suggest(twoADay(14, 1), 9, 0, 0, 0, 1, 1);
    assertThat(s.cases()).isEqualTo(18);
    assertThat(s.explanation()).contains("covers 9 days at p50 demand");
  }

  @Test
  void refusesImpossibleInput() {
    OrderUpTo rule = new OrderUpTo(0.8);
    DemandOutlook outlook = twoADay(14, 1);

    assertThatThrownBy(() -> rule.suggest(outlook, 9, 0, 4, 0, 0, 1))
        .hasMessageContaining("pack size");
    assertThatThrownBy(() -> rule.suggest(outlook, 9, -1, 4, 0, 6, 1))
        .hasMessageContaining("cycle days not negative");
    assertThatThrownBy(() -> rule.suggest(outlook, 9, 0, -1, 0, 6, 1))
        .hasMessageContaining("must not be negative");
    assertThatThrownBy(() -> rule.suggest(outlook, 15, 0, 0, 0, 6, 1))
        .hasMessageContaining("days must be in 0..14");
    assertThatThrownBy(() -> new OrderUpTo(1.0)).hasMessageContaining("service level");
  }
}
