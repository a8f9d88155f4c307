package io.poolcast.jobs.replenishment;

import static io.poolcast.jobs.replenishment.ReplenishmentTestWorld.THU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.poolcast.forecasting.replenishment.DemandOutlook;
import org.junit.jupiter.api.Test;

class ForecastDaysTest {
  private static ForecastDays rampFrom(int steps) {
    ForecastDays f = ForecastDays.start(THU, "card");
    for (int step = 1; step <= steps; step++) {
      f = f.with(step, step, step + 1.0); // mean = step, p90 = step + 1
    }
    return f;
  }

  @Test
  void usableOnlyWhenAllThirtyDaysAreIn() {
    assertThat(rampFrom(29).complete()).isFalse();
    assertThat(rampFrom(30).complete()).isTrue();
  }

  @Test
  void theOutlookStartsTheDayAfterTheGivenDay() {
    // Two days after the issue day, the outlook starts at step 3 and has 28 days.
    DemandOutlook outlook = rampFrom(30).outlookAfter(THU.plusDays(2));
    assertThat(outlook.days()).isEqualTo(28);
    // Mean of steps 3 and 4 = 7; σ_j = 1 / z(0.9) each; at the median (τ = 0.5) only μ is left.
    assertThat(outlook.quantileOfSum(2, 0.5)).isCloseTo(7.0, within(1e-9));
  }

  @Test
  void noOutlookBeforeTheIssueDayOrBeyondItsReach() {
    ForecastDays f = rampFrom(30);
    assertThat(f.outlookAfter(THU.minusDays(1))).isNull();
    assertThat(f.outlookAfter(THU.plusDays(30))).isNull();
    assertThat(f.outlookAfter(THU.plusDays(29)).days()).isEqualTo(1);
  }
}
