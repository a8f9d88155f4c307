package io.poolcast.forecasting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.poolcast.forecasting.data.Frequency;
import io.poolcast.forecasting.data.LongFormatCsv;
import io.poolcast.forecasting.data.Series;
import io.poolcast.forecasting.data.SeriesFrame;
import io.poolcast.forecasting.models.AutoModel;
import io.poolcast.forecasting.models.Ets;
import io.poolcast.forecasting.models.ForecastModel;
import io.poolcast.forecasting.models.MovingAverage;
import io.poolcast.forecasting.models.SeasonalNaive;
import io.poolcast.forecasting.uncertainty.CalibrationSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForecasterTest {
  private static final double[] P10_50_90 = {0.1, 0.5, 0.9};
  private static final CalibrationSettings FAST = new CalibrationSettings(4, 7, 20);
  @TempDir Path dir;

  private static List<ForecastModel> models() {
    return List.of(new AutoModel(14, 2), Ets.dampedSeasonal(), new SeasonalNaive());
  }

  @Test
  void oneRowPerSeriesDateAndModelInASortedFrame() {
    SeriesFrame frame = SyntheticFrames.mixed(6, 90, 1);
    ForecastResult result =
        new Forecaster(models(), Frequency.DAILY, 7, 2)
            .withCalibration(FAST)
            .forecast(frame, 30, P10_50_90);
    assertThat(result.rows()).hasSize(6 * 3 * 30);
    ForecastRow first = result.rows().get(0);
    assertThat(first.uniqueId()).isEqualTo("s000");
    assertThat(first.model()).isEqualTo("Auto");
    assertThat(first.ds()).isEqualTo(frame.get("s000").lastDate().plusDays(1));
    assertThat(result.rows().get(30).model()).isEqualTo("ETS");
    for (ForecastRow r : result.rows()) {
      assertThat(r.mean()).isGreaterThanOrEqualTo(0);
      assertThat(r.quantiles()[0]).isGreaterThanOrEqualTo(0);
      assertThat(r.quantiles()[1]).isGreaterThanOrEqualTo(r.quantiles()[0]);
      assertThat(r.quantiles()[2]).isGreaterThanOrEqualTo(r.quantiles()[1]);
    }
    assertThat(result.labelCounts("Auto").values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(6);
  }

  @Test
  void sameInputAndSeedGiveIdenticalForecastsAndCardOnAnyThreadCount() throws IOException {
    Path input = dir.resolve("demand.csv");
    StringBuilder csv = new StringBuilder("unique_id,ds,y,region\n");
    for (Series s : SyntheticFrames.mixed(12, 100, 3).series()) {
      for (int t = 0; t < s.length(); t++) {
        csv.append(s.uniqueId())
            .append(',')
            .append(s.dateAt(t))
            .append(',')
            .append((long) s.y(t))
            .append(',')
            .append(s.attributes().get("region"))
            .append('\n');
      }
    }
    Files.writeString(input, csv);
    List<String> outputs = new ArrayList<>();
    for (int threads : new int[] {1, 2}) {
      SeriesFrame frame = LongFormatCsv.read(input);
      Forecaster forecaster =
          new Forecaster(models(), frame.frequency(), 42, threads).withCalibration(FAST);
      ForecastResult result = forecaster.forecast(frame, 28, P10_50_90);
      Path out = dir.resolve("forecast" + threads + ".csv");
      ForecastCsv.write(result, out);
      ModelCard card = ModelCard.of(List.of(input), frame, forecaster, result, null);
      Path cardFile = dir.resolve("card" + threads + ".json");
      card.write(cardFile);
      assertThat(ModelCard.read(cardFile).toJson()).isEqualTo(card.toJson());
      outputs.add(Files.readString(out) + card.toJson());
    }
    assertThat(outputs.get(1)).isEqualTo(outputs.get(0));
    assertThat(outputs.get(0)).contains("\"sha256\"").contains("\"asOf\" : \"2024-04-09\"");
  }

  @Test
  void poisonedSeriesFallBackWithAReasonAndTheRunCompletes() {
    List<Series> series = new ArrayList<>(SyntheticFrames.mixed(98, 60, 5).series());
    double[] withNan = series.get(0).y();
    withNan[30] = Double.NaN;
    series.add(
        new Series("poisoned-nan", SyntheticFrames.START, Frequency.DAILY, withNan, Map.of()));
    series.add(Series.of("one-point", SyntheticFrames.START, Frequency.DAILY, 4));
    AtomicLong lastDone = new AtomicLong();
    ForecastResult result =
        new Forecaster(List.of(new AutoModel(14, 1), Ets.dampedSeasonal()), Frequency.DAILY, 1, 2)
            .withCalibration(new CalibrationSettings(2, 7, 10))
            .withProgress((done, total) -> lastDone.accumulateAndGet(done, Math::max))
            .forecast(new SeriesFrame(series), 14, P10_50_90);
    assertThat(result.rows()).hasSize(100 * 2 * 14);
    assertThat(lastDone.get()).isEqualTo(100);
    assertThat(result.rows()).allSatisfy(r -> assertThat(r.mean()).isFinite().isNotNegative());
    SeriesFit nanEts = fit(result, "poisoned-nan", "ETS");
    assertThat(nanEts.fellBack()).isTrue();
    assertThat(nanEts.reason()).contains("fell back to SeasonalNaive");
    assertThat(fit(result, "poisoned-nan", "Auto").reason()).contains("missing");
    SeriesFit oneEts = fit(result, "one-point", "ETS");
    assertThat(oneEts.reason()).contains("ETS needs at least 3").contains("fell back to Naive");
    assertThat(fit(result, "one-point", "Auto").reason()).contains("single observation");
    assertThat(result.fallbackCount("ETS")).isEqualTo(2);
  }

  private static SeriesFit fit(ForecastResult result, String id, String model) {
    return result.fits().stream()
        .filter(f -> f.uniqueId().equals(id) && f.model().equals(model))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void conformalIntervalsCoverAboutEightyPercentOfPoissonDemand() {
    SplittableRandom rng = new SplittableRandom(11);
    List<Series> series = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      double[] y = new double[200];
      double level = 10 + i % 20;
      for (int t = 0; t < y.length; t++) {
        y[t] = SyntheticFrames.poisson(rng, level);
      }
      series.add(Series.of("p" + i, SyntheticFrames.START, Frequency.DAILY, y));
    }
    // 40 series x 3 windows x 14 days = 1680 scored points per model
    CrossValidationResult cv =
        new Forecaster(List.of(new MovingAverage(28), new SeasonalNaive()), Frequency.DAILY, 0, 2)
            .crossValidation(new SeriesFrame(series), 14, 3, 14, P10_50_90);
    BacktestReport report = BacktestReport.of(cv);
    for (String model : List.of("MovingAverage28", "SeasonalNaive")) {
      assertThat(report.metric(model, "coverage_p10_p90")).as(model).isBetween(0.70, 0.90);
    }
  }

  @Test
  void crossValidationHasTheForecastShapePlusActualsAndFeedsTheReport() throws IOException {
    SeriesFrame frame = SyntheticFrames.mixed(6, 120, 9);
    CrossValidationResult cv =
        new Forecaster(List.of(new AutoModel(14, 2), new SeasonalNaive()), Frequency.DAILY, 0, 2)
            .withCalibration(FAST)
            .crossValidation(frame, 14, 2, 7, P10_50_90);
    assertThat(cv.rows()).hasSize(6 * 2 * 2 * 14);
    CvRow first = cv.rows().get(0);
    assertThat(first.cutoff()).isEqualTo(frame.get("s000").dateAt(120 - 14 - 7 - 1));
    assertThat(first.ds()).isEqualTo(first.cutoff().plusDays(1));
    assertThat(first.y()).isEqualTo(frame.get("s000").y(120 - 21));
    BacktestReport report = BacktestReport.of(cv);
    assertThat(report.byModel().rowCount()).isEqualTo(2);
    assertThat(report.byAttribute("region").rowCount()).isEqualTo(4);
    assertThat(report.metric("SeasonalNaive", "windows")).isEqualTo(12);
    assertThat(report.metric("Auto", "RMSSE")).isFinite().isPositive();
    assertThat(report.print()).contains("WRMSSE");
    Path out = dir.resolve("cv.csv");
    ForecastCsv.write(cv, out);
    assertThat(Files.readAllLines(out).get(0))
        .isEqualTo("unique_id,cutoff,ds,model,y,mean,p10,p50,p90,fallback_reason");
    report.writeCsv(dir.resolve("report.csv"));
    assertThat(Files.readAllLines(dir.resolve("report.csv"))).hasSize(3);
  }

  @Test
  void seasonalNaiveBacktestMatchesHandComputedMae() {
    // y repeats 1..7 except the last week, which is all 10s: a seasonal naive forecast made
    // before the last week predicts 1..7, so MAE = mean(9,8,7,6,5,4,3) = 6.
    double[] y = new double[35];
    for (int t = 0; t < 28; t++) {
      y[t] = 1 + t % 7;
    }
    java.util.Arrays.fill(y, 28, 35, 10);
    SeriesFrame frame =
        new SeriesFrame(List.of(Series.of("a", SyntheticFrames.START, Frequency.DAILY, y)));
    CrossValidationResult cv = CrossValidation.run(frame, List.of(new SeasonalNaive()), 7, 1, 7);
    assertThat(BacktestReport.of(cv).metric("SeasonalNaive", "MAE")).isCloseTo(6, within(1e-12));
  }
}
