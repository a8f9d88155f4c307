package io.poolcast.forecasting.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegionalPreferenceTest {
  private static double[] weeks(double... v) {
    return v;
  }

  @Test
  void aSteadyLargeDifferenceIsAPreference() {
    // east: dairy 30 of 100 every week; west: dairy 10 of 100 every week.
    // platform dairy share = 160 / 800 = 20 %; east 30 % -> index 1.5; west 10 % -> index 0.5
    Map<String, Map<String, double[]>> weekly =
        Map.of(
            "east", Map.of("dairy", weeks(30, 30, 30, 30), "snacks", weeks(70, 70, 70, 70)),
            "west", Map.of("dairy", weeks(10, 10, 10, 10), "snacks", weeks(90, 90, 90, 90)));
    List<RegionalPreference> found = RegionalPreference.of(weekly);
    // snacks: east 70 % vs platform 80 % -> 0.875 (gap < 0.2); west 90 % -> 1.125: not told
    assertThat(found).extracting(RegionalPreference::region).containsExactly("west", "east");
    RegionalPreference east = found.get(1);
    assertThat(east.category()).isEqualTo("dairy");
    assertThat(east.index()).isCloseTo(1.5, within(1e-9));
    assertThat(east.regionShare()).isCloseTo(0.30, within(1e-9));
    assertThat(east.platformShare()).isCloseTo(0.20, within(1e-9));
    assertThat(east.describe("2026-02-01"))
        .isEqualTo(
            "east buys 1.50× the platform's share of dairy: 30.0% of its sales value vs 20.0% in"
                + " the 4 weeks to 2026-02-01, every week above");
    assertThat(found.get(0).index()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void oneUnusualWeekIsNotAPreferenceAndOneRegionHasNoPlatform() {
    // east's dairy is only high in one (promotion) week: 4-week index 1.36 but not steady
    Map<String, Map<String, double[]>> weekly =
        Map.of(
            "east", Map.of("dairy", weeks(20, 20, 80, 20), "snacks", weeks(80, 80, 20, 80)),
            "west", Map.of("dairy", weeks(20, 20, 20, 20), "snacks", weeks(80, 80, 80, 80)));
    assertThat(RegionalPreference.of(weekly)).isEmpty();
    assertThat(RegionalPreference.of(Map.of("east", weekly.get("east")))).isEmpty();
  }
}
