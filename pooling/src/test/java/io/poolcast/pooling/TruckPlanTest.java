package io.poolcast.pooling;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.pooling.TruckPlan.LoadDimension;
import org.junit.jupiter.api.Test;

class TruckPlanTest {
  // A truck of 1 000 kg and 10 000 litres.
  private static TruckPlan plan(long grams, long ml) {
    return TruckPlan.of(grams, ml, 1_000, 10_000);
  }

  @Test
  void emptyLoadNeedsNoTruck() {
    TruckPlan plan = plan(0, 0);
    assertThat(plan.trucks()).isZero();
    assertThat(plan.fill()).isZero();
    assertThat(plan.isFull(0.5)).isFalse();
  }

  @Test
  void heavyLoadIsBoundByWeight() {
    TruckPlan plan = plan(1_500_000, 2_000_000); // 1.5 trucks by weight, 0.2 by volume
    assertThat(plan.trucks()).isEqualTo(2);
    assertThat(plan.binding()).isEqualTo(LoadDimension.WEIGHT);
    assertThat(plan.fill()).isEqualTo(0.75);
  }

  @Test
  void bulkyLoadIsBoundByVolume() {
    TruckPlan plan = plan(100_000, 25_000_000); // 0.1 by weight, 2.5 by volume
    assertThat(plan.trucks()).isEqualTo(3);
    assertThat(plan.binding()).isEqualTo(LoadDimension.VOLUME);
    assertThat(plan.fill()).isCloseTo(25.0 / 30.0, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void exactlyOneTruckIsFullAndOneGramMoreNeedsASecond() {
    assertThat(plan(1_000_000, 0).trucks()).isEqualTo(1);
    assertThat(plan(1_000_000, 0).fill()).isEqualTo(1.0);
    assertThat(plan(1_000_000, 0).isFull(0.95)).isTrue();
    assertThat(plan(1_000_001, 0).trucks()).isEqualTo(2);
    assertThat(plan(1_000_001, 0).isFull(0.95)).isFalse();
  }

  @Test
  void tieGoesToWeight() {
    assertThat(plan(500_000, 5_000_000).binding()).isEqualTo(LoadDimension.WEIGHT);
  }

  @Test
  void unlimitedDimensionsAreIgnored() {
    TruckPlan volumeOnly = TruckPlan.of(9_000_000, 5_000_000, 0, 10_000);
    assertThat(volumeOnly.binding()).isEqualTo(LoadDimension.VOLUME);
    assertThat(volumeOnly.trucks()).isEqualTo(1);
    TruckPlan none = TruckPlan.of(9_000_000, 5_000_000, 0, 0);
    assertThat(none.binding()).isEqualTo(LoadDimension.NONE);
    assertThat(none.trucks()).isEqualTo(1);
    assertThat(none.fill()).isZero();
  }
}
