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
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** `forecast --level` and `backtest --level` on a generated shop x SKU file. */
class LevelCommandTest {
  private static final String[] LEVELS = {
    "--level", "sku,region", "--level", "region,category", "--level", "total"
  };

  @RegisterExtension final ConsoleCapture console = new ConsoleCapture();
  @TempDir Path dir;

  /** 4 shops in 2 regions x 3 SKUs in 2 categories, 120 days with a weekly pattern and noise. */
  static Path shopSku(Path dir) throws Exception {
    List<String> lines = new ArrayList<>(List.of("unique_id,ds,y,shop,sku,region,category"));
    SplittableRandom rng = new SplittableRandom(11);
    LocalDate start = LocalDate.of(2025, 1, 6);
    for (int shop = 1; shop <= 4; shop++) {
      for (int sku = 1; sku <= 3; sku++) {
        for (int d = 0; d < 120; d++) {
          int y = rng.nextInt(6) + (d % 7 >= 5 ? 6 : 0) + sku;
          lines.add(
              String.join(
                  ",",
                  "H" + shop + "_S" + sku,
                  start.plusDays(d).toString(),
                  Integer.toString(y),
                  "H" + shop,
                  "S" + sku,
                  shop <= 2 ? "R1" : "R2",
                  sku == 3 ? "drinks" : "food"));
        }
      }
    }
    Path file = dir.resolve("shop_sku.csv");
    Files.write(file, lines);
    return file;
  }

  private static String[] args(String command, Path input, Path output, String... more) {
    List<String> all =
        new ArrayList<>(
            List.of(
                command,
                "--input",
                input.toString(),
                "--out",
                output.toString(),
                "--threads",
                "1"));
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  private static String[] withLevels(String... more) {
    List<String> all = new ArrayList<>(List.of(LEVELS));
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  @Test
  void forecastLevelsAddUpWithOrderedNonNegativeQuantiles() throws Exception {
    Path input = shopSku(dir);
    Path o = dir.resolve("fc");
    int code =
        PoolcastCli.run(
            args("forecast", input, o, withLevels("--horizon", "14", "--models", "auto,snaive")));
    assertThat(code).as(console.stderr()).isZero();
    assertThat(console.stdout())
        .contains("nodes at levels sku,region | region,category | total | bottom")
        .contains("reconciliation: Auto: MinT-shrink, lambda=");
    String parquet = "read_parquet('" + o.resolve("forecasts.parquet") + "')";
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = duck.createStatement()) {
      ResultSet levels =
          sql.executeQuery(
              "SELECT string_agg(DISTINCT level, ';' ORDER BY level), count(DISTINCT model),"
                  + " min(model) FROM "
                  + parquet);
      levels.next();
      assertThat(levels.getString(1)).isEqualTo("bottom;region,category;sku,region;total");
      assertThat(levels.getLong(2)).isEqualTo(2);
      assertThat(levels.getString(3)).isEqualTo("Auto/MinTShrink");
      ResultSet ordered =
          sql.executeQuery(
              "SELECT count(*), sum((p10 <= p50 AND p50 <= p90)::INT), min(p10), min(mean) FROM "
                  + parquet);
      ordered.next();
      assertThat(ordered.getLong(1)).isEqualTo((12 + 6 + 4 + 1) * 14 * 2);
      assertThat(ordered.getLong(2)).isEqualTo(ordered.getLong(1));
      assertThat(ordered.getDouble(3)).isGreaterThanOrEqualTo(0);
      assertThat(ordered.getDouble(4)).isGreaterThanOrEqualTo(0);
      ResultSet coherent = sql.executeQuery(coherenceQuery(parquet, input));
      coherent.next();
      assertThat(coherent.getLong(1)).isEqualTo((6 + 4 + 1) * 14 * 2); // every aggregate row
      assertThat(coherent.getDouble(2)).isLessThan(1e-6);
      assertThat(coherent.getDouble(3)).isLessThan(1e-6);
    }
    assertThat(Files.readAllLines(o.resolve("forecasts.csv")).get(0))
        .startsWith("unique_id,level,ds,model,mean,p10,p50,p90");
  }

  /** Rows, max |mean - sum of bottom means| and max |p50 - sum of bottom p50| over aggregates. */
  private static String coherenceQuery(String parquet, Path input) {
    return "WITH f AS (SELECT * FROM "
        + parquet
        + "), a AS (SELECT DISTINCT unique_id, sku, region, category FROM read_csv('"
        + input
        + "')), b AS (SELECT f.*, sku, region, category FROM f JOIN a USING (unique_id)"
        + " WHERE level = 'bottom'), s AS ("
        + " SELECT model, ds, 'sku=' || sku || '/region=' || region AS node, sum(mean) m,"
        + " sum(p50) p FROM b GROUP BY ALL"
        + " UNION ALL SELECT model, ds, 'region=' || region || '/category=' || category,"
        + " sum(mean), sum(p50) FROM b GROUP BY ALL"
        + " UNION ALL SELECT model, ds, 'total', sum(mean), sum(p50) FROM b GROUP BY ALL)"
        + " SELECT count(*), max(abs(f.mean - s.m)), max(abs(f.p50 - s.p)) FROM f JOIN s"
        + " ON f.unique_id = s.node AND f.model = s.model AND f.ds = s.ds";
  }

  @Test
  void backtestWritesOneMetricRowPerLevelAndModel() throws Exception {
    Path o = dir.resolve("bt");
    int code =
        PoolcastCli.run(
            args(
                "backtest",
                shopSku(dir),
                o,
                withLevels(
                    "--reconcile",
                    "bottomup",
                    "--horizon",
                    "7",
                    "--windows",
                    "2",
                    "--models",
                    "snaive,naive")));
    assertThat(code).as(console.stderr()).isZero();
    assertThat(console.stdout()).contains("backtest at level total", "backtest at level bottom");
    List<String> csv = Files.readAllLines(o.resolve("backtest_metrics.csv"));
    assertThat(csv.get(0)).startsWith("model,level,series,windows,MAE,RMSE,MASE,RMSSE");
    assertThat(csv).hasSize(1 + 4 * 4); // header + 4 models x 4 levels
    assertThat(csv)
        .anyMatch(l -> l.startsWith("SeasonalNaive/BottomUp,total,1,2,"))
        .anyMatch(l -> l.startsWith("Naive,\"sku,region\",6,12,"))
        .anyMatch(l -> l.startsWith("SeasonalNaive,bottom,12,24,"));
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = duck.createStatement();
        ResultSet rs =
            sql.executeQuery(
                "SELECT count(DISTINCT (model, level)) FROM read_parquet('"
                    + o.resolve("backtest_metrics.parquet")
                    + "') WHERE metric = 'RMSSE'")) {
      rs.next();
      assertThat(rs.getLong(1)).isEqualTo(16);
    }
  }

  @Test
  void anUnknownLevelColumnIsOneLineNamingTheAvailableColumns() throws Exception {
    int code =
        PoolcastCli.run(args("forecast", shopSku(dir), dir.resolve("x"), "--level", "store"));
    assertThat(code).isEqualTo(1);
    assertThat(console.stderr().strip())
        .isEqualTo(
            "poolcast forecast: error: --level: unknown column 'store' in level 'store';"
                + " available: category, region, shop, sku or total");
  }
}
