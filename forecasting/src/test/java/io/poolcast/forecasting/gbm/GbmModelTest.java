package io.poolcast.forecasting.gbm;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.forecasting.ForecastCsv;
import io.poolcast.forecasting.ForecastResult;
import io.poolcast.forecasting.Forecaster;
import io.poolcast.forecasting.data.Frequency;
import io.poolcast.forecasting.data.Series;
import io.poolcast.forecasting.data.SeriesFrame;
import io.poolcast.forecasting.models.Fitted;
import io.poolcast.forecasting.models.SeasonalNaive;
import io.poolcast.forecasting.uncertainty.CalibrationSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GbmModelTest {
  /** History ends 2023-09-24; the 30 held-out days include the National Day week. */
  private static final LocalDate CUTOFF = LocalDate.of(2023, 9, 24);

  private static final int H = 30;

  @Test
  void learnsTheWeeklyPatternAndTheHolidaySpikeBetterThanSeasonalNaive() {
    SeriesFrame full = HolidayFrames.shops(40, CUTOFF.plusDays(H), 11);
    List<Series> histories = new ArrayList<>();
    for (Series s : full.series()) {
      histories.add(s.head(s.length() - H));
    }
    Map<String, Fitted> fits = new GbmModel().fitGlobal(new SeriesFrame(histories), 5);
    double gbm = 0;
    double naive = 0;
    for (Series s : histories) {
      double[] actual = full.get(s.uniqueId()).slice(s.length(), s.length() + H);
      gbm += mse(actual, fits.get(s.uniqueId()).predictMean(H));
      naive += mse(actual, new SeasonalNaive().fit(s).predictMean(H));
    }
    assertThat(gbm).isLessThan(0.5 * naive);
  }

  @Test
  void theSameSeedGivesIdenticalForecastsOnAnyThreadCount(@TempDir Path dir) throws Exception {
    SeriesFrame frame = HolidayFrames.shops(12, CUTOFF, 3);
    GbmModel gbm = new GbmModel(GbmSettings.DEFAULT.withTrees(20));
    CalibrationSettings cal = new CalibrationSettings(2, 7, 10);
    ForecastResult one =
        new Forecaster(List.of(gbm), Frequency.DAILY, 9, 1).withCalibration(cal).forecast(frame, H);
    ForecastResult two =
        new Forecaster(List.of(gbm), Frequency.DAILY, 9, 2).withCalibration(cal).forecast(frame, H);
    ForecastCsv.write(one, dir.resolve("one.csv"));
    ForecastCsv.write(two, dir.resolve("two.csv"));
    assertThat(Files.readString(dir.resolve("two.csv")))
        .isEqualTo(Files.readString(dir.resolve("one.csv")));
    assertThat(one.fallbackCount("GBM")).isZero();
    assertThat(one.labelCounts("GBM")).containsEntry("GBM", 12);

    double[] a = gbm.fitGlobal(frame, 1).get("shop000").predictMean(H);
    double[] b = gbm.fitGlobal(frame, 1).get("shop000").predictMean(H);
    double[] c = gbm.fitGlobal(frame, 2).get("shop000").predictMean(H);
    assertThat(b).containsExactly(a);
    assertThat(c).isNotEqualTo(a); // the seed drives row sampling and subsampling
  }

  @Test
  void seriesTooShortFallBackWithAReason() {
    List<Series> series = new ArrayList<>(HolidayFrames.shops(6, CUTOFF, 4).series());
    series.add(Series.of("new", CUTOFF.minusDays(2), Frequency.DAILY, 3, 4, 5));
    ForecastResult result =
        new Forecaster(
                List.of(new GbmModel(GbmSettings.DEFAULT.withTrees(10))), Frequency.DAILY, 1, 1)
            .withCalibration(new CalibrationSettings(1, 7, 5))
            .forecast(new SeriesFrame(series), 7);
    assertThat(result.fallbackCount("GBM")).isEqualTo(1);
    assertThat(result.fits().stream().filter(f -> f.uniqueId().equals("new")).findFirst())
        .hasValueSatisfying(f -> assertThat(f.reason()).contains("needs 7 days"));
  }

  private static double mse(double[] actual, double[] forecast) {
    double sum = 0;
    for (int i = 0; i < actual.length; i++) {
      sum += (actual[i] - forecast[i]) * (actual[i] - forecast[i]);
    }
    return sum / actual.length;
  }
}
