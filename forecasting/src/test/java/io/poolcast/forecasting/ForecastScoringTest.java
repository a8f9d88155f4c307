package io.poolcast.forecasting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.poolcast.forecasting.data.InvalidInputException;
import io.poolcast.forecasting.data.LongFormatCsv;
import io.poolcast.forecasting.data.SeriesFrame;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scoring forecast files on a tiny example worked out by hand.
 *
 * <p>Series A, daily from 2024-01-01: history 2,4,2,4,2,4,2,4 (to 01-08), actuals 3,3 on 01-09 and
 * 01-10. Its one-step squared changes are all 4 (RMSSE scale 4); the weekly change |x7 - x0| = 2 is
 * the MASE scale.
 */
class ForecastScoringTest {
  private static final double EPS = 1e-9;

  private static SeriesFrame actuals(Path dir) throws Exception {
    Path file = dir.resolve("actuals.csv");
    Files.writeString(
        file,
        "unique_id,ds,y\n"
            + "A,2024-01-01,2\nA,2024-01-02,4\nA,2024-01-03,2\nA,2024-01-04,4\n"
            + "A,2024-01-05,2\nA,2024-01-06,4\nA,2024-01-07,2\nA,2024-01-08,4\n"
            + "A,2024-01-09,3\nA,2024-01-10,3\n");
    return LongFormatCsv.read(file);
  }

  /** An R-peer style file: no model, no mean (p50 is the point), one row past the actuals. */
  private static ForecastFile peer(Path dir) throws Exception {
    Path file = dir.resolve("r-ets.csv");
    Files.writeString(
        file,
        "\"unique_id\",\"ds\",\"p10\",\"p50\",\"p90\"\n"
            + "A,2024-01-09,1,2,4\nA,2024-01-10,4,5,6\nA,2024-01-11,4,5,6\n"
            + "Z,2024-01-09,1,1,1\nA,2024-01-12,NA,NA,NA\n");
    return ForecastFile.read(file);
  }

  /** A PoolCast style file: model and mean columns. */
  private static ForecastFile poolcast(Path dir) throws Exception {
    Path file = dir.resolve("forecasts.csv");
    Files.writeString(
        file,
        "unique_id,ds,model,mean,p10,p50,p90,fallback_reason\n"
            + "A,2024-01-09,Naive,4.0,3.0,4.0,5.0,\nA,2024-01-10,Naive,4.0,3.0,4.0,5.0,\n");
    return ForecastFile.read(file);
  }

  @Test
  void scoresEachModelWithTheBacktestMetrics(@TempDir Path dir) throws Exception {
    ForecastScoring scoring =
        ForecastScoring.score(List.of(peer(dir), poolcast(dir)), actuals(dir), null);
    BacktestReport report = scoring.report();
    // r-ets: point = p50 = 2,5 vs 3,3 -> errors 1,-2: MAE 1.5, MSE 2.5, RMSE sqrt(2.5),
    // MASE 1.5 / 2 = 0.75, RMSSE sqrt(2.5 / 4). Pinball: tau .1 on q 1,4 -> .2,.9 -> .55;
    // tau .5 on 2,5 -> .5,1 -> .75; tau .9 on 4,6 -> .1,.3 -> .2; mean (.55+.75+.2)/3 = .5.
    // Coverage: 3 in [1,4] yes, 3 in [4,6] no -> 0.5.
    assertThat(report.metric("r-ets", "MAE")).isCloseTo(1.5, within(EPS));
    assertThat(report.metric("r-ets", "RMSE")).isCloseTo(Math.sqrt(2.5), within(EPS));
    assertThat(report.metric("r-ets", "MASE")).isCloseTo(0.75, within(EPS));
    assertThat(report.metric("r-ets", "RMSSE")).isCloseTo(Math.sqrt(2.5 / 4), within(EPS));
    assertThat(report.metric("r-ets", "pinball")).isCloseTo(0.5, within(EPS));
    assertThat(report.metric("r-ets", "coverage_p10_p90")).isCloseTo(0.5, within(EPS));
    assertThat(report.metric("r-ets", "below_p10")).isCloseTo(0.5, within(EPS)); // 3 < 4
    assertThat(report.metric("r-ets", "above_p90")).isZero();
    // Naive: mean 4,4 vs 3,3 -> MAE 1, RMSE 1, MASE 0.5, RMSSE sqrt(1/4) = 0.5. Pinball: tau .1
    // on 3 -> 0; tau .5 on 4 -> .5; tau .9 on 5 -> .1 * 2 = .2; mean .7 / 3. Coverage 1.
    assertThat(report.metric("Naive", "MAE")).isCloseTo(1.0, within(EPS));
    assertThat(report.metric("Naive", "RMSSE")).isCloseTo(0.5, within(EPS));
    assertThat(report.metric("Naive", "MASE")).isCloseTo(0.5, within(EPS));
    assertThat(report.metric("Naive", "pinball")).isCloseTo(0.7 / 3, within(EPS));
    assertThat(report.metric("Naive", "coverage_p10_p90")).isCloseTo(1.0, within(EPS));
    // 01-11 has no actual, Z is unknown, the NA row is blank; 4 rows scored.
    assertThat(scoring.counts()).isEqualTo(new ForecastScoring.Counts(4, 1, 1, 0, 1));
  }

  @Test
  void takesTheScaleFromASeparateHistory(@TempDir Path dir) throws Exception {
    Path history = dir.resolve("history.csv");
    // One-step squared changes 1,1,1 -> scale 1: RMSSE of r-ets = sqrt(2.5) instead.
    Files.writeString(
        history,
        "unique_id,ds,y\nA,2024-01-05,1\nA,2024-01-06,2\nA,2024-01-07,1\nA,2024-01-08,2\n");
    ForecastScoring scoring =
        ForecastScoring.score(List.of(peer(dir)), actuals(dir), LongFormatCsv.read(history));
    assertThat(scoring.report().metric("r-ets", "RMSSE")).isCloseTo(Math.sqrt(2.5), within(EPS));
  }

  @Test
  void seriesWithoutHistoryAreCountedNotScored(@TempDir Path dir) throws Exception {
    Path history = dir.resolve("history.csv");
    Files.writeString(history, "unique_id,ds,y\nA,2024-01-10,1\n");
    ForecastScoring scoring =
        ForecastScoring.score(List.of(poolcast(dir)), actuals(dir), LongFormatCsv.read(history));
    assertThat(scoring.counts()).isEqualTo(new ForecastScoring.Counts(0, 0, 0, 2, 0));
    assertThat(scoring.report().byModel().rowCount()).isZero();
  }

  @Test
  void aCellThatIsNotANumberNamesItsLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.csv");
    Files.writeString(file, "unique_id,ds,p10,p50,p90\nA,2024-01-09,1,two,3\n");
    assertThatThrownBy(() -> ForecastFile.read(file))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("line 2: p50 is not a number: 'two'");
  }

  @Test
  void theSameModelInTwoFilesIsRefused(@TempDir Path dir) throws Exception {
    Path other = Files.createDirectories(dir.resolve("other"));
    assertThatThrownBy(
            () ->
                ForecastScoring.score(List.of(poolcast(dir), poolcast(other)), actuals(dir), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("model 'Naive' is in both");
  }
}
