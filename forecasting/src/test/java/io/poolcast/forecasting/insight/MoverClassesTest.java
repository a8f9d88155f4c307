package io.poolcast.forecasting.insight;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.forecasting.insight.MoverClasses.Classes;
import io.poolcast.forecasting.insight.MoverClasses.SkuDays;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** ABC / XYZ of a supplier's SKUs in a region over the trailing days, by hand. */
class MoverClassesTest {
  private static final long FIRST = 100;

  /** Records {@code units[i]} (and {@code price} × units as value) on day {@code from + i}. */
  private static SkuDays days(long from, long price, long... units) {
    SkuDays d = SkuDays.empty();
    for (int i = 0; i < units.length; i++) {
      d = d.record(from + i, units[i], units[i] * price);
    }
    return d;
  }

  @Test
  void aWeekOldGroupIsClassedOverItsSevenDays() {
    Map<String, SkuDays> skus = new TreeMap<>();
    skus.put("a", days(FIRST, 100, 10, 10, 10, 10, 10, 10, 10)); // 7,000; cv 0 → A X
    skus.put("b", days(FIRST, 20, 0, 20, 0, 20, 0, 20, 10)); // 1,400; mean 10, sd √(600/7) ≈ 9.3
    skus.put("c", SkuDays.empty().record(FIRST + 6, 14, 1_000)); // listed on the 7th day only
    skus.put("d", days(FIRST, 50, 0, 0)); // listed two days, sold nothing

    // Six days seen: no classes yet.
    assertThat(MoverClasses.of(Map.of("a", days(FIRST, 1, 1, 1, 1, 1, 1, 1)), FIRST + 5, FIRST))
        .isEmpty();

    // Value 9,400: a starts at 0 % (A), b at 74.5 % (A), c at 89.4 % (B), d at 100 % (C).
    // b: cv 0.93 → Y. c: {0,0,0,0,0,0,14}: mean 2, sd √24 ≈ 4.9, cv 2.4 → Z (unlisted days read
    // 0). d: no sales → Z.
    assertThat(MoverClasses.of(skus, FIRST + 6, FIRST))
        .containsExactly(
            Map.entry("a", new Classes('A', 'X')),
            Map.entry("b", new Classes('A', 'Y')),
            Map.entry("c", new Classes('B', 'Z')),
            Map.entry("d", new Classes('C', 'Z')));
  }

  @Test
  void theWindowIsTheLastFourWeeksAndDaysAfterTheLastRecordReadZero() {
    long[] steady = new long[31];
    java.util.Arrays.fill(steady, 10);
    steady[0] = steady[1] = steady[2] = 100; // days 100..102 fall out of the window on day 130
    Map<String, SkuDays> skus = new TreeMap<>();
    skus.put("steady", days(FIRST, 10, steady)); // days 100..130
    skus.put("gone", days(FIRST, 10, 50)); // one big day on 100, not listed since
    long day = FIRST + 30;

    // Window 103..130: steady sells 10 a day (X, 2,800 cents); gone has nothing left in it.
    assertThat(MoverClasses.of(skus, day, FIRST))
        .containsExactly(
            Map.entry("gone", new Classes('C', 'Z')), Map.entry("steady", new Classes('A', 'X')));
    assertThat(skus.get("gone").outOfWindow(day)).isTrue();
    assertThat(skus.get("gone").outOfWindow(FIRST + MoverClasses.WINDOW_DAYS - 1)).isFalse();
    assertThat(skus.get("steady").outOfWindow(day)).isFalse();
  }
}
