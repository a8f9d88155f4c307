package io.poolcast.forecasting.gbm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FeatureBuilderTest {
  private static final LocalDate START = LocalDate.of(2024, 1, 1);

  private static double[] randomSeries(int n) {
    SplittableRandom rng = new SplittableRandom(7);
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = rng.nextInt(20);
    }
    return y;
  }

  @Test
  void aFeatureAtOriginNeverReadsTheValuesFromTheOriginOn() {
    double[] y = randomSeries(300);
    for (HorizonBucket bucket : GbmSettings.DEFAULT.buckets()) {
      FeatureBuilder builder = new FeatureBuilder(bucket);
      for (int origin : new int[] {1, 20, 100, 250}) {
        double[] future = y.clone();
        for (int i = origin; i < future.length; i++) {
          future[i] = i % 2 == 0 ? Double.NaN : 1e9; // anything read from here would show
        }
        for (int step = 1; step <= 40; step++) {
          assertThat(builder.features(future, START, origin, step))
              .as("bucket %s origin %d step %d", bucket, origin, step)
              .containsExactly(builder.features(y, START, origin, step));
        }
      }
    }
  }

  @Test
  void lagsAreScaledPastValuesAndUnknownBeforeTheStart() {
    double[] y = randomSeries(200);
    int origin = 150;
    FeatureBuilder builder = new FeatureBuilder(new HorizonBucket(1, 7));
    float[] f = builder.features(y, START, origin, 3);
    double scale = Arrays.stream(y, Math.max(0, origin - 182), origin).average().orElseThrow();
    int target = origin + 2;
    assertThat(f[FeatureBuilder.NAMES.indexOf("step")]).isEqualTo(3f);
    assertThat(f[FeatureBuilder.NAMES.indexOf("lag_a")]).isEqualTo((float) (y[target - 7] / scale));
    assertThat(f[FeatureBuilder.NAMES.indexOf("lag_c")])
        .isEqualTo((float) (y[target - 28] / scale));
    assertThat(f[FeatureBuilder.NAMES.indexOf("mean_7")])
        .isCloseTo(
            (float) (Arrays.stream(y, origin - 7, origin).average().orElseThrow() / scale),
            org.assertj.core.data.Offset.offset(1e-6f));
    float[] early = builder.features(y, START, 5, 1);
    assertThat(early[FeatureBuilder.NAMES.indexOf("lag_a")]).isEqualTo(FeatureBuilder.UNKNOWN);
  }

  @Test
  void calendarFeaturesUseTheTargetDate() {
    double[] y = randomSeries(400);
    FeatureBuilder builder = new FeatureBuilder(new HorizonBucket(15, 30));
    // origin 2024-09-20 (index 263), step 14 -> 2024-10-03: Thursday in National Day week
    float[] f = builder.features(y, START, 263, 14);
    assertThat(f[FeatureBuilder.NAMES.indexOf("day_of_week")]).isEqualTo(4f);
    assertThat(f[FeatureBuilder.NAMES.indexOf("national_day")]).isEqualTo(1f);
    assertThat(f[FeatureBuilder.NAMES.indexOf("mid_autumn_days")])
        .isEqualTo(99f); // 16 days after 2024-09-17: outside ±15
    assertThat(RetailCalendarFeatures.springFestivalDays(LocalDate.of(2024, 2, 8))).isEqualTo(-2);
    assertThat(RetailCalendarFeatures.springFestivalHoliday(LocalDate.of(2024, 2, 9))).isEqualTo(1);
    assertThat(RetailCalendarFeatures.springFestivalDays(LocalDate.of(2016, 2, 8)))
        .isEqualTo(RetailCalendarFeatures.NONE);
    assertThat(RetailCalendarFeatures.daysToDouble11(LocalDate.of(2019, 11, 9))).isEqualTo(2);
    assertThat(RetailCalendarFeatures.daysTo618(LocalDate.of(2024, 6, 19)))
        .isEqualTo(RetailCalendarFeatures.NONE);
    assertThat(RetailCalendarFeatures.midAutumnDays(LocalDate.of(2031, 9, 30))).isEqualTo(-1);
  }
}
