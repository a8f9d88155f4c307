package io.poolcast.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `poolcast forecast` and `poolcast backtest` end to end on a small weekly-patterned file. */
class ForecastCommandTest {

  private static Path weeklyPattern(Path dir) throws Exception {
    List<String> lines = new ArrayList<>(List.of("unique_id,ds,y,region"));
    LocalDate start = LocalDate.of(2025, 1, 6);
    for (String id : List.of("a", "b", "c")) {
      for (int d = 0; d < 140; d++) {
        int y = (d % 7 >= 5 ? 20 : 10) + (id.equals("c") ? 5 : 0);
        lines.add(
            id + "," + start.plusDays(d) + "," + y + "," + (id.equals("a") ? "east" : "west"));
      }
    }
    Path file = dir.resolve("series.csv");
    Files.write(file, lines);
    return file;
  }

  @Test
  void forecastWritesCsvParquetAndAModelCard(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    int code =
        PoolcastCli.run(
            "forecast",
            "--input",
            weeklyPattern(dir).toString(),
            "--horizon",
            "14",
            "--models",
            "auto,snaive",
            "--out",
            out.toString(),
            "--threads",
            "1");
    assertThat(code).isZero();
    assertThat(out.resolve("forecasts.csv")).exists();
    assertThat(Files.readString(out.resolve("model_card.json"))).contains("\"seriesCount\" : 3");
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = duck.createStatement();
        ResultSet rs =
            sql.executeQuery(
                "SELECT count(*), min(p10), sum((p10 <= p50 AND p50 <= p90)::INT),"
                    + " max(abs(p50 - CASE WHEN dayofweek(ds) IN (0, 6) THEN 20 ELSE 10 END))"
                    + " FROM read_parquet('"
                    + out.resolve("forecasts.parquet")
                    + "') WHERE unique_id = 'a' AND model = 'SeasonalNaive'")) {
      rs.next();
      assertThat(rs.getLong(1)).isEqualTo(14);
      assertThat(rs.getDouble(2)).isGreaterThanOrEqualTo(0);
      assertThat(rs.getLong(3)).isEqualTo(14);
      assertThat(rs.getDouble(4)).isLessThan(1e-9); // a pure weekly pattern is reproduced
    }
  }

  @Test
  void backtestWritesTheMetricTable(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("bt");
    int code =
        PoolcastCli.run(
            "backtest",
            "--input",
            weeklyPattern(dir).toString(),
            "--horizon",
            "7",
            "--windows",
            "2",
            "--by",
            "region",
            "--out",
            out.toString(),
            "--threads",
            "1");
    assertThat(code).isZero();
    assertThat(Files.readString(out.resolve("backtest_metrics.csv"))).contains("RMSSE");
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = duck.createStatement();
        ResultSet rs =
            sql.executeQuery(
                "SELECT count(DISTINCT level) FROM read_parquet('"
                    + out.resolve("backtest_metrics.parquet")
                    + "') WHERE metric = 'MAE'")) {
      rs.next();
      assertThat(rs.getLong(1)).isEqualTo(3); // all, east, west
    }
  }

  @Test
  void aNegativeValueIsOneLineNamingTheRow(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.csv");
    Files.write(file, List.of("unique_id,ds,y", "a,2025-01-06,1", "a,2025-01-07,-3"));
    assertThat(
            PoolcastCli.run(
                "forecast", "--input", file.toString(), "--out", dir.resolve("o").toString()))
        .isEqualTo(1);
  }

  @Test
  void parquetInputForecastsLikeTheCsvAndABadRowIsNamed(@TempDir Path dir) throws Exception {
    Path csv = weeklyPattern(dir);
    Path parquet = dir.resolve("series.parquet");
    Path bad = dir.resolve("bad.parquet");
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = duck.createStatement()) {
      String source =
          "SELECT unique_id, ds::DATE AS ds, y::INT AS y, region FROM read_csv('" + csv + "')";
      sql.execute("COPY (" + source + ") TO '" + parquet + "' (FORMAT PARQUET)");
      sql.execute(
          "COPY (SELECT unique_id, ds, CASE WHEN ds = DATE '2025-01-10' AND unique_id = 'a'"
              + " THEN 'NaN'::DOUBLE ELSE y END AS y FROM ("
              + source
              + ") ORDER BY unique_id, ds) TO '"
              + bad
              + "' (FORMAT PARQUET)");
    }
    for (Path input : List.of(csv, parquet)) {
      assertThat(
              PoolcastCli.run(
                  "forecast",
                  "--input",
                  input.toString(),
                  "--horizon",
                  "7",
                  "--models",
                  "snaive",
                  "--threads",
                  "1",
                  "--out",
                  dir.resolve("out-" + input.getFileName()).toString()))
          .isZero();
    }
    assertThat(Files.readString(dir.resolve("out-series.parquet").resolve("forecasts.csv")))
        .isEqualTo(Files.readString(dir.resolve("out-series.csv").resolve("forecasts.csv")));
    try (CapturedConsole console = CapturedConsole.start()) {
      assertThat(
              PoolcastCli.run(
                  "forecast", "--input", bad.toString(), "--out", dir.resolve("o").toString()))
          .isEqualTo(1);
      assertThat(console.stderr()).contains("bad.parquet: row 5: y is not a finite number: 'NaN'");
    }
  }
}
