package io.poolcast.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** `--exog` and `--future` end to end: daily price and promotion columns reach the GBM model. */
class ExogenousCommandTest {
  private static final LocalDate START = LocalDate.of(2025, 1, 6);
  private static final int DAYS = 126;

  @TempDir Path dir;
  @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

  /** Demand doubles on random promotion days; price is constant per series. */
  private Path history() throws Exception {
    SplittableRandom rng = new SplittableRandom(11);
    List<String> lines = new ArrayList<>(List.of("unique_id,ds,y,price,promo,region"));
    for (String id : List.of("a", "b", "c", "d", "e", "f")) {
      int base = 10 + rng.nextInt(20);
      for (int d = 0; d < DAYS; d++) {
        int promo = rng.nextInt(5) == 0 ? 1 : 0;
        lines.add(
            String.join(
                ",",
                id,
                START.plusDays(d).toString(),
                String.valueOf(base * (1 + promo)),
                "2.5",
                String.valueOf(promo),
                "north"));
      }
    }
    Path file = dir.resolve("history.csv");
    Files.write(file, lines);
    return file;
  }

  private static String day(int offset) {
    return START.plusDays(DAYS - 1 + offset).toString();
  }

  @Test
  void plannedPromotionsRaiseTheGbmForecastAndUnknownSeriesOnlyWarn() throws Exception {
    Path csv = dir.resolve("future.csv");
    Files.write(
        csv,
        List.of(
            "unique_id,ds,promo",
            "a," + day(3) + ",1",
            "a," + day(10) + ",1",
            "zz," + day(1) + ",1"));
    Path parquet = dir.resolve("future.parquet");
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = duck.createStatement()) {
      sql.execute(
          "COPY (SELECT unique_id, ds::DATE AS ds, promo::INT AS promo FROM read_csv('"
              + csv
              + "')) TO '"
              + parquet
              + "' (FORMAT PARQUET)");
    }
    Path history = history();
    Path out = dir.resolve("out");
    int code =
        PoolcastCli.run(
            "forecast",
            "--input",
            history.toString(),
            "--exog",
            "price,promo",
            "--future",
            csv.toString(),
            "--models",
            "gbm",
            "--horizon",
            "14",
            "--threads",
            "1",
            "--out",
            out.toString());
    assertThat(code).as(console.stderr()).isZero();
    List<String> gbm =
        Files.readAllLines(out.resolve("forecasts.csv")).stream()
            .filter(l -> l.startsWith("a,"))
            .collect(Collectors.toList());
    double promoDays = (mean(gbm, 3) + mean(gbm, 10)) / 2;
    double others = 0;
    for (int step : new int[] {1, 2, 4, 5, 6, 7, 8, 9}) {
      others += mean(gbm, step) / 8;
    }
    assertThat(promoDays).isGreaterThan(1.5 * others);
    assertThat(Files.readString(out.resolve("model_card.json")))
        .contains("\"exogenous\"", "\"promo\" : \"event: gap days", "future.csv");
    assertThat(console.stdout())
        .contains("exogenous columns: [price:price, promo:event]")
        .contains("known future: 2 rows for 1 series")
        .contains(
            "warning: future file: skipped 1 rows of 1 series not in the input and 0 rows dated");

    // the same future file as Parquet goes through the same rules (cheap model: only reading)
    assertThat(
            PoolcastCli.run(
                "forecast",
                "--input",
                history.toString(),
                "--exog",
                "price,promo",
                "--future",
                parquet.toString(),
                "--models",
                "snaive",
                "--horizon",
                "7",
                "--threads",
                "1",
                "--out",
                dir.resolve("out-parquet").toString()))
        .isZero();
    assertThat(console.stdout().split("known future: 2 rows for 1 series", -1)).hasSize(3);
  }

  private static double mean(List<String> rows, int step) {
    // unique_id,ds,model,mean,...: the step-th row of the series
    return Double.parseDouble(rows.get(step - 1).split(",")[3]);
  }

  @Test
  void backtestUsesTheHeldOutCovariatesAndAnUnknownColumnIsOneLine() throws Exception {
    Path history = history();
    int code =
        PoolcastCli.run(
            "backtest",
            "--input",
            history.toString(),
            "--exog",
            "price,promo",
            "--models",
            "gbm,snaive",
            "--horizon",
            "14",
            "--windows",
            "1",
            "--threads",
            "1",
            "--out",
            dir.resolve("bt").toString());
    assertThat(code).as(console.stderr()).isZero();
    assertThat(Files.readString(dir.resolve("bt").resolve("backtest_metrics.csv"))).contains("GBM");

    assertThat(
            PoolcastCli.run(
                "forecast",
                "--input",
                history.toString(),
                "--exog",
                "price,stockout",
                "--out",
                dir.resolve("o").toString()))
        .isEqualTo(1);
    assertThat(console.stderr())
        .contains(
            "line 1: unknown exogenous column 'stockout'; columns: unique_id, ds, y, price,"
                + " promo, region");
    assertThat(
            PoolcastCli.run(
                "forecast",
                "--input",
                history.toString(),
                "--future",
                history.toString(),
                "--out",
                dir.resolve("o").toString()))
        .isEqualTo(1);
    assertThat(console.stderr()).contains("--future needs --exog naming its columns");
  }
}
