package io.poolcast.forecasting.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every expected value is worked out by hand in the comments. */
class MetricsTest {
  private static final double EPS = 1e-9;
  // errors y - f = 1, 0, -2
  private static final double[] Y = {3, 5, 2};
  private static final double[] F = {2, 5, 4};

  @Test
  void maeAndRmse() {
    // MAE = (1 + 0 + 2) / 3 = 1 ; MSE = (1 + 0 + 4) / 3 = 5/3 ; RMSE = sqrt(5/3)
    assertThat(Metrics.mae(Y, F)).isCloseTo(1.0, within(EPS));
    assertThat(Metrics.rmse(Y, F)).isCloseTo(Math.sqrt(5.0 / 3), within(EPS));
  }

  @Test
  void maseUsesTheSeasonalNaiveScale() {
    double[] insample = {1, 2, 4, 3, 5};
    // season 1: |2-1|,|4-2|,|3-4|,|5-3| = 1,2,1,2 -> scale 1.5 -> MASE = 1 / 1.5
    assertThat(Metrics.mase(Y, F, insample, 1)).isCloseTo(2.0 / 3, within(EPS));
    // season 2: |4-1|,|3-2|,|5-4| = 3,1,1 -> scale 5/3 -> MASE = 1 / (5/3) = 0.6
    assertThat(Metrics.mase(Y, F, insample, 2)).isCloseTo(0.6, within(EPS));
    assertThat(Metrics.mase(Y, F, new double[] {4, 4, 4}, 1)).isNaN();
  }

  @Test
  void rmsseSkipsPeriodsBeforeTheFirstSale() {
    double[] insample = {0, 0, 1, 2, 4, 3, 5};
    // scale from the first non-zero (index 2): (2-1)^2,(4-2)^2,(3-4)^2,(5-3)^2 = 1,4,1,4 -> 2.5
    // RMSSE = sqrt((5/3) / 2.5) = sqrt(2/3)
    assertThat(Metrics.rmsse(Y, F, insample)).isCloseTo(Math.sqrt(2.0 / 3), within(EPS));
    assertThat(Metrics.rmsse(Y, F, new double[] {2, 2, 2})).isNaN();
  }

  @Test
  void wrmsseOnATwoSeriesExample() {
    // Series A: insample 2,4,2,4 -> one-step squared changes 4,4,4 -> scale 4.
    //   actual 3,3 vs forecast 1,5 -> errors 2,-2 -> MSE 4 -> RMSSE sqrt(4/4) = 1.
    // Series B: insample 10,10,12 -> squared changes 0,4 -> scale 2.
    //   actual 10 vs forecast 12 -> MSE 4 -> RMSSE sqrt(4/2) = sqrt(2).
    // Revenue over the last 28 days (all of the history here):
    //   A: units 2+4+2+4 = 12 at price 5    -> 60
    //   B: units 10+10+12 = 32 at price 1.25 -> 40     => weights 0.6 and 0.4.
    // WRMSSE = 0.6 * 1 + 0.4 * sqrt(2) = 1.1656854...
    List<double[]> insample = List.of(new double[] {2, 4, 2, 4}, new double[] {10, 10, 12});
    double[] weights = Metrics.revenueWeights(insample, new double[] {5, 1.25}, 28);
    assertThat(weights).containsExactly(new double[] {0.6, 0.4}, within(EPS));
    double wrmsse =
        Metrics.wrmsse(
            List.of(new double[] {3, 3}, new double[] {10}),
            List.of(new double[] {1, 5}, new double[] {12}),
            insample,
            weights);
    assertThat(wrmsse).isCloseTo(0.6 + 0.4 * Math.sqrt(2), within(EPS));
  }

  @Test
  void revenueWeightsOnlyCountTheLastDays() {
    // last 2 days: A 0+2 = 2, B 3+3 = 6 -> 0.25, 0.75 (the early 100 is ignored)
    double[] w =
        Metrics.revenueWeights(
            List.of(new double[] {100, 0, 2}, new double[] {3, 3}), new double[] {1, 1}, 2);
    assertThat(w).containsExactly(new double[] {0.25, 0.75}, within(EPS));
  }

  @Test
  void pinballLoss() {
    double[] q = {4, 4, 4}; // y - q = -1, 1, -2
    // tau 0.9: max(0.9e, -0.1e) = 0.1, 0.9, 0.2 -> 1.2 / 3 = 0.4
    assertThat(Metrics.pinball(Y, q, 0.9)).isCloseTo(0.4, within(EPS));
    // tau 0.1: 0.9, 0.1, 1.8 -> 2.8 / 3
    assertThat(Metrics.pinball(Y, q, 0.1)).isCloseTo(2.8 / 3, within(EPS));
    // tau 0.5 is half the absolute error: (1 + 1 + 2) / 2 / 3
    assertThat(Metrics.pinball(Y, q, 0.5)).isCloseTo(4.0 / 6, within(EPS));
  }

  @Test
  void intervalCoverage() {
    // 3 in [2,4]; 5 above [2,4]; 2 below [3,4] -> 1 of 3
    assertThat(Metrics.coverage(Y, new double[] {2, 2, 3}, new double[] {4, 4, 4}))
        .isCloseTo(1.0 / 3, within(EPS));
    // the misses on each side, strictly outside (an actual equal to a bound is inside)
    assertThat(Metrics.countBelow(Y, new double[] {2, 2, 3})).isEqualTo(1);
    assertThat(Metrics.countAbove(Y, new double[] {4, 4, 4})).isEqualTo(1);
    assertThat(Metrics.countBelow(Y, Y)).isZero();
  }
}
