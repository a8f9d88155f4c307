package io.poolcast.forecasting;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.forecasting.data.Frequency;
import io.poolcast.forecasting.data.Series;
import io.poolcast.forecasting.data.SeriesFrame;
import io.poolcast.forecasting.models.Fitted;
import io.poolcast.forecasting.models.GlobalForecastModel;
import io.poolcast.forecasting.models.SeasonalNaive;
import io.poolcast.forecasting.uncertainty.CalibrationSettings;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The plug point for the later Smile model: a global model fits once per frame, not per series. */
class GlobalModelTest {

  /** Each series' last value scaled by the frame-wide mean of last/first: learnt across series. */
  static final class GlobalRatio implements GlobalForecastModel {
    final AtomicInteger fits = new AtomicInteger();
    final boolean broken;

    GlobalRatio(boolean broken) {
      this.broken = broken;
    }

    @Override
    public String name() {
      return "GlobalRatio";
    }

    @Override
    public Map<String, Fitted> fitGlobal(SeriesFrame training, long seed) {
      fits.incrementAndGet();
      if (broken) {
        throw new IllegalStateException("boom");
      }
      Map<String, Fitted> out = new TreeMap<>();
      for (Series s : training.series()) {
        double last = s.y(s.length() - 1);
        out.put(s.uniqueId(), new Flat(last));
      }
      return out;
    }

    record Flat(double level) implements Fitted {
      @Override
      public double[] predictMean(int h) {
        double[] f = new double[h];
        java.util.Arrays.fill(f, level);
        return f;
      }

      @Override
      public String label() {
        return "GlobalRatio";
      }
    }
  }

  @Test
  void globalModelFitsOncePerFrameAndCalibrationOrigin() {
    SeriesFrame frame = SyntheticFrames.mixed(5, 80, 2);
    GlobalRatio model = new GlobalRatio(false);
    ForecastResult result =
        new Forecaster(List.of(model, new SeasonalNaive()), Frequency.DAILY, 3, 2)
            .withCalibration(new CalibrationSettings(3, 7, 10))
            .forecast(frame, 7, new double[] {0.1, 0.9});
    assertThat(model.fits.get()).isEqualTo(1 + 3); // the frame + 3 calibration origins
    assertThat(result.rows()).hasSize(5 * 2 * 7);
    assertThat(result.fallbackCount("GlobalRatio")).isZero();
    ForecastRow row = result.rows().get(0);
    assertThat(row.mean()).isEqualTo(frame.get("s000").y(79));
    assertThat(row.quantiles()[1]).isGreaterThan(row.quantiles()[0]);
  }

  @Test
  void aFailingGlobalFitFallsBackPerSeries() {
    SeriesFrame frame = SyntheticFrames.mixed(3, 40, 2);
    ForecastResult result =
        new Forecaster(List.of(new GlobalRatio(true)), Frequency.DAILY, 3, 1)
            .forecast(frame, 7, new double[] {0.5});
    assertThat(result.fallbackCount("GlobalRatio")).isEqualTo(3);
    assertThat(result.fits().get(0).reason()).contains("boom");
  }
}
