package io.poolcast.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.forecasting.data.LongFormatCsv;
import io.poolcast.forecasting.data.Series;
import io.poolcast.forecasting.data.SeriesFrame;
import io.poolcast.world.ProgressListener;
import io.poolcast.world.SampleWorldWriter;
import io.poolcast.world.WorldSize;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `generate --series-only` writes a series file that `forecast` reads as it is. */
class SeriesOnlyWorldTest {
  /** Every shop lists every SKU, as at the M5 scale, in miniature: 4 shops × 40 SKUs. */
  private static final WorldSize MINI_M5 = new WorldSize(2, 4, 16, 40, 40, 40, 70);

  @Test
  void generateSeriesOnlyWritesTheSeriesFileInsteadOfEvents(@TempDir Path dir) {
    Path out = dir.resolve("world");
    int code =
        PoolcastCli.run(
            "generate",
            "--scale",
            "small",
            "--series-only",
            "--days",
            "2",
            "--out",
            out.toString());
    assertThat(code).isZero();
    assertThat(out.resolve(SampleWorldWriter.SERIES_FILE)).exists();
    assertThat(out.resolve(SampleWorldWriter.SALES_FILE)).doesNotExist();
    assertThat(out.resolve("world/skus.csv")).exists();
  }

  @Test
  void forecastReadsTheSeriesFileWithItsAttributes(@TempDir Path dir) throws Exception {
    SampleWorldWriter.writeSeries(
        dir.resolve("world"), MINI_M5, 7, LocalDate.of(2026, 1, 5), 70, ProgressListener.NONE);
    Path file = dir.resolve("world").resolve(SampleWorldWriter.SERIES_FILE);

    SeriesFrame frame = LongFormatCsv.read(file);
    assertThat(frame.size()).isEqualTo(4 * 40);
    assertThat(frame.attributeKeys()).containsExactly("category", "region", "shop", "sku");
    Series first = frame.series().get(0);
    assertThat(first.uniqueId())
        .isEqualTo(first.attributes().get("shop") + "|" + first.attributes().get("sku"));

    Path out = dir.resolve("forecast");
    int code =
        PoolcastCli.run(
            "forecast",
            "--input",
            file.toString(),
            "--models",
            "gbm",
            "--horizon",
            "7",
            "--out",
            out.toString(),
            "--threads",
            "1");
    assertThat(code).isZero();
    List<String> rows = Files.readAllLines(out.resolve("forecasts.csv"));
    assertThat(rows).hasSize(1 + 4 * 40 * 7);
    assertThat(rows.get(1)).contains(",GBM,");
  }
}
