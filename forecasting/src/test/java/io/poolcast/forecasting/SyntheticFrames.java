package io.poolcast.forecasting;

import io.poolcast.forecasting.data.Frequency;
import io.poolcast.forecasting.data.Series;
import io.poolcast.forecasting.data.SeriesFrame;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Seeded demand series: weekly-seasonal Poisson shops, intermittent SKUs. */
final class SyntheticFrames {
  static final LocalDate START = LocalDate.of(2024, 1, 1);
  private static final double[] WEEKDAY = {1.0, 0.8, 0.8, 0.9, 1.1, 1.5, 1.3};

  private SyntheticFrames() {}

  static int poisson(SplittableRandom rng, double mean) {
    // Knuth for small means, normal approximation above 30 (enough for tests)
    if (mean > 30) {
      return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian(rng)));
    }
    double limit = Math.exp(-mean);
    double product = rng.nextDouble();
    int k = 0;
    while (product > limit) {
      product *= rng.nextDouble();
      k++;
    }
    return k;
  }

  private static double gaussian(SplittableRandom rng) {
    return Math.sqrt(-2 * Math.log(1 - rng.nextDouble()))
        * Math.cos(2 * Math.PI * rng.nextDouble());
  }

  static Series seasonal(String id, int n, double level, SplittableRandom rng, String region) {
    double[] y = new double[n];
    for (int t = 0; t < n; t++) {
      y[t] = poisson(rng, level * WEEKDAY[t % 7]);
    }
    return new Series(id, START, Frequency.DAILY, y, Map.of("region", region));
  }

  static Series intermittent(String id, int n, SplittableRandom rng, String region) {
    double[] y = new double[n];
    for (int t = 0; t < n; t++) {
      y[t] = rng.nextDouble() < 0.25 ? 1 + poisson(rng, 3) : 0;
    }
    return new Series(id, START, Frequency.DAILY, y, Map.of("region", region));
  }

  static SeriesFrame mixed(int count, int n, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    List<Series> series = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String id = String.format("s%03d", i);
      String region = i % 2 == 0 ? "north" : "south";
      series.add(
          i % 3 == 2 ? intermittent(id, n, rng, region) : seasonal(id, n, 5 + i % 20, rng, region));
    }
    return new SeriesFrame(series);
  }
}
