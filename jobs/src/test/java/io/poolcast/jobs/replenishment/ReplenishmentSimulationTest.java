package io.poolcast.jobs.replenishment;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.forecasting.models.Tsb;
import io.poolcast.jobs.replenishment.ReplenishmentSimulation.Result;
import io.poolcast.jobs.replenishment.ReplenishmentSimulation.Settings;
import io.poolcast.world.ProgressListener;
import io.poolcast.world.WorldSize;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReplenishmentSimulationTest {
  private static final WorldSize TINY = new WorldSize(1, 8, 16, 160, 15, 30, 63);

  private static Result run(double serviceLevel) {
    Settings settings =
        new Settings(
            TINY, 11L, LocalDate.of(2026, 3, 2), 35, 28, serviceLevel, 7, -1, 28, new Tsb(), 1);
    return ReplenishmentSimulation.run(settings, ProgressListener.NONE);
  }

  @Test
  void bothPoliciesMeetTheSameDemandAndKeepUnitsWhole() {
    Result r = run(0.8);

    assertThat(r.suggestions().demandFingerprint()).isEqualTo(r.habit().demandFingerprint());
    assertThat(r.suggestions().demandUnits()).isEqualTo(r.habit().demandUnits()).isPositive();
    assertThat(r.suggestions().activeDays()).isEqualTo(r.habit().activeDays());
    // sales ≤ demand, stock ≥ 0, unmet demand only on an empty shelf, every shop × SKU × day
    assertThat(r.habit().violations()).isZero();
    assertThat(r.suggestions().violations()).isZero();
    assertThat(r.activity().refits()).isEqualTo(4);
    assertThat(r.activity().suggestedLines()).isGreaterThan(r.activity().habitLines());
    assertThat(r.suggestions().orders()).isPositive();
    assertThat(r.activity().examples()).allSatisfy(e -> assertThat(e).contains("at p80 demand"));
  }

  @Test
  void runsDeterministically() {
    Result first = run(0.8);
    Result second = run(0.8);

    assertThat(second.habit()).isEqualTo(first.habit());
    assertThat(second.suggestions()).isEqualTo(first.suggestions());
    assertThat(second.activity().examples()).isEqualTo(first.activity().examples());
  }

  @Test
  void aHigherServiceLevelLosesLessAndHoldsMoreStock() {
    Result median = run(0.5);
    Result high = run(0.95);

    assertThat(high.habit()).isEqualTo(median.habit());
    assertThat(high.suggestions().lostRate()).isLessThan(median.suggestions().lostRate());
    assertThat(high.suggestions().unmetDemandRate())
        .isLessThan(median.suggestions().unmetDemandRate());
    assertThat(high.suggestions().turnoverDays())
        .isGreaterThan(median.suggestions().turnoverDays());
  }
}
