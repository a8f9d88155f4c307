package io.poolcast.jobs.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.poolcast.forecasting.data.InvalidInputException;
import io.poolcast.forecasting.data.LongFormat;
import io.poolcast.forecasting.data.SeriesFrame;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LongFormatInputTest {
  @TempDir Path dir;

  private Path csv() throws Exception {
    Path file = dir.resolve("demand.csv");
    Files.write(
        file,
        List.of(
            "unique_id,ds,y,region",
            "a,2024-01-01,2,north",
            "a,2024-01-03,4.5,north",
            "b,2024-01-02,1,south"));
    return file;
  }

  /** The CSV rewritten by DuckDB with the given select list, named without a .parquet suffix. */
  private Path parquet(String name, String select) throws Exception {
    Path file = dir.resolve(name);
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = duck.createStatement()) {
      sql.execute(
          "COPY (SELECT "
              + select
              + " FROM read_csv('"
              + csv()
              + "', all_varchar = true)) TO '"
              + file
              + "' (FORMAT PARQUET)");
    }
    return file;
  }

  @Test
  void parquetWithDatesTimestampsOrTextReadsLikeTheCsv() throws Exception {
    SeriesFrame expected = LongFormatInput.read(csv(), LongFormat.DEFAULT);
    assertThat(expected.get("a").y()).containsExactly(2, 0, 4.5);
    for (String select :
        List.of(
            "unique_id, ds::DATE AS ds, y::DOUBLE AS y, region",
            "unique_id, ds::TIMESTAMP AS ds, y::DECIMAL(9,2) AS y, region",
            "region, y::FLOAT AS y, unique_id, (ds || ' 00:00:00') AS ds",
            "unique_id, ds::TIMESTAMPTZ AS ds, y::DECIMAL(30,3) AS y, region")) {
      Path file = parquet("demand-" + Math.abs(select.hashCode()) + ".data", select);
      assertThat(LongFormatInput.read(file, LongFormat.DEFAULT).series())
          .as(select)
          .isEqualTo(expected.series());
    }
  }

  @Test
  void aBadParquetRowIsNamedByItsRowNumber() throws Exception {
    Path negative =
        parquet(
            "negative.parquet",
            "unique_id, ds::DATE AS ds,"
                + " CASE WHEN unique_id = 'b' THEN -1 ELSE y::INT END AS y, region");
    assertThatThrownBy(() -> LongFormatInput.read(negative, LongFormat.DEFAULT))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("row 3: y is negative: '-1'");
    Path duplicate = parquet("duplicate.parquet", "'a' AS unique_id, '2024-01-01' AS ds, 1 AS y");
    assertThatThrownBy(() -> LongFormatInput.read(duplicate, LongFormat.DEFAULT))
        .hasMessage("row 2: duplicate (unique_id=a, ds=2024-01-01), first seen on row 1");
    Path renamed = parquet("renamed.parquet", "unique_id AS store, ds, y");
    assertThatThrownBy(() -> LongFormatInput.read(renamed, LongFormat.DEFAULT))
        .hasMessage("missing column 'unique_id' in [store, ds, y]");
  }
}
