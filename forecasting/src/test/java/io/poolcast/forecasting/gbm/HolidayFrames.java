package io.poolcast.forecasting.gbm;

import io.poolcast.forecasting.data.Frequency;
import io.poolcast.forecasting.data.Series;
import io.poolcast.forecasting.data.SeriesFrame;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Seeded daily shops with a weekly pattern and a tripled National Day week. */
final class HolidayFrames {
  static final LocalDate START = LocalDate.of(2021, 1, 1);
  private static final double[] WEEKDAY = {1.0, 0.8, 0.8, 0.9, 1.1, 1.6, 1.4};

  private HolidayFrames() {}

  static SeriesFrame shops(int count, LocalDate end, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    int n = (int) (end.toEpochDay() - START.toEpochDay()) + 1;
    List<Series> series = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      double level = 5 + rng.nextDouble() * 60;
      double[] y = new double[n];
      for (int t = 0; t < n; t++) {
        LocalDate d = START.plusDays(t);
        double mean = level * WEEKDAY[d.getDayOfWeek().getValue() - 1];
        mean *= RetailCalendarFeatures.nationalDay(d) == 1 ? 3.0 : 1.0;
        y[t] = Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian(rng)));
      }
      String id = String.format("shop%03d", i);
      series.add(
          new Series(id, START, Frequency.DAILY, y, Map.of("region", i % 2 == 0 ? "n" : "s")));
    }
    return new SeriesFrame(series);
  }

  static double gaussian(SplittableRandom rng) {
    return Math.sqrt(-2 * Math.log(1 - rng.nextDouble()))
        * Math.cos(2 * Math.PI * rng.nextDouble());
  }
}
