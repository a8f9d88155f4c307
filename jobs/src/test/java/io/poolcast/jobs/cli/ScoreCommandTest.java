package io.poolcast.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `poolcast score` end to end: actuals with other column names, a separate history, an R-style file
 * and a PoolCast-style file. Expected values worked out by hand below.
 */
class ScoreCommandTest {

  /**
   * History of s1 (01-01..01-04): 10, 12, 10, 12 -> one-step squared changes 4,4,4 -> scale 4.
   * Actuals on 01-05, 01-06: 11, 13. Forecast "peer" p50 = 12, 12 -> errors -1, 1 -> MAE 1, RMSE 1,
   * RMSSE sqrt(1/4) = 0.5; its p10..p90 = [11,13] holds both -> coverage 1. Forecast "Naive" mean
   * 12, 12 too but p10..p90 = [12,12] holds neither -> coverage 0.
   */
  @Test
  void scoresTwoFilesSideBySideAndCountsWhatItCannotScore(@TempDir Path dir) throws Exception {
    Path history = dir.resolve("train.csv");
    Files.writeString(
        history,
        "store,date,sales\ns1,2024-01-01,10\ns1,2024-01-02,12\ns1,2024-01-03,10\ns1,2024-01-04,12\n");
    Path actuals = dir.resolve("test.csv");
    Files.writeString(actuals, "store,date,sales\ns1,2024-01-05,11\ns1,2024-01-06,13\n");
    Path peer = dir.resolve("peer.csv");
    Files.writeString(
        peer,
        "unique_id,ds,p10,p50,p90\n"
            + "s1,2024-01-05,11,12,13\ns1,2024-01-06,11,12,13\n"
            + "s1,2024-01-07,11,12,13\ns9,2024-01-05,1,1,1\n");
    Path own = dir.resolve("forecasts.csv");
    Files.writeString(
        own,
        "unique_id,ds,model,mean,p10,p50,p90,fallback_reason\n"
            + "s1,2024-01-05,Naive,12.0,12.0,12.0,12.0,\ns1,2024-01-06,Naive,12.0,12.0,12.0,12.0,\n");
    Path out = dir.resolve("score");

    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    int code;
    try {
      code =
          PoolcastCli.run(
              "score",
              "--forecasts",
              peer + "," + own,
              "--actuals",
              actuals.toString(),
              "--history",
              history.toString(),
              "--id-col",
              "store",
              "--ds-col",
              "date",
              "--y-col",
              "sales",
              "--out",
              out.toString());
    } finally {
      System.setOut(stdout);
    }

    assertThat(code).isZero();
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains(
            "scored 4 forecast rows; left out: 1 without an actual value, 1 of series not in the"
                + " actuals, 0 of series without history before the forecast, 0 with a blank"
                + " number");
    List<String> metrics = Files.readAllLines(out.resolve("score_metrics.csv"));
    assertThat(metrics.get(0))
        .isEqualTo(
            "model,series,windows,MAE,RMSE,MASE,RMSSE,WRMSSE,pinball,coverage_p10_p90,below_p10,above_p90,undefined");
    // MASE (weekly scale) is undefined on 4 days of history: an empty cell.
    assertThat(metrics.get(1)).startsWith("peer,1,1,1.0,1.0,,0.5,0.5,").endsWith(",1.0,0.0,0.0,0");
    // Naive's interval is the point 12: 11 falls below it, 13 above
    assertThat(metrics.get(2)).startsWith("Naive,1,1,1.0,1.0,,0.5,0.5,").endsWith(",0.0,0.5,0.5,0");
    assertThat(Files.readAllLines(out.resolve("scored_forecasts.csv"))).hasSize(5);
  }

  @Test
  void aMissingForecastFileIsOneLine(@TempDir Path dir) throws Exception {
    Path actuals = dir.resolve("a.csv");
    Files.writeString(actuals, "unique_id,ds,y\ns1,2024-01-05,11\n");
    int code =
        PoolcastCli.run(
            "score",
            "--forecasts",
            dir.resolve("nope.csv").toString(),
            "--actuals",
            actuals.toString());
    assertThat(code).isEqualTo(OneLineErrors.EXIT_FAILURE);
  }
}
